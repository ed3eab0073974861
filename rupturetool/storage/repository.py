"""All queries. Each public method is one transaction unless called inside :meth:`Repository.atomic`."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, func, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload, sessionmaker

from rupturetool.core.domain import (
    AuditEvent,
    Client,
    Coder,
    CoderRole,
    Cue,
    Marker,
    RuptureEpisode,
    Session,
    SessionDetail,
    SessionMeasure,
    SessionSummary,
    SpeakerRole,
    Turn,
)
from rupturetool.core.errors import InputError, NotFoundError, StorageError
from rupturetool.storage import convert
from rupturetool.storage.tables import (
    AuditRow,
    ClientRow,
    ClientSpeakerRow,
    CoderRow,
    CueRow,
    EpisodeMarkerRow,
    EpisodeRow,
    MarkerRow,
    SegmentRow,
    SessionMeasureRow,
    SessionRow,
    SpeakerRow,
    StageEventRow,
    StrategyEventRow,
    TurnRow,
)


class Repository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._local = threading.local()

    # -- transactions -------------------------------------------------------------------------------------
    @contextmanager
    def atomic(self) -> Iterator[OrmSession]:
        """One transaction; repository calls made inside it join it, so they commit or roll back together."""
        current: OrmSession | None = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        try:
            with self._sessions.begin() as orm:
                self._local.session = orm
                try:
                    yield orm
                finally:
                    self._local.session = None
        except IntegrityError as exc:
            raise StorageError(f"the database refused the change ({_reason(exc)})") from None
        except SQLAlchemyError as exc:
            raise StorageError(f"database error: {_reason(exc)}") from None

    def _audit(
        self,
        orm: OrmSession,
        action: str,
        entity: str,
        entity_id: int | None,
        *,
        coder_id: int | None,
        session_id: int | None,
        detail: str = "",
    ) -> None:
        orm.add(
            AuditRow(
                action=action,
                entity=entity,
                entity_id=entity_id,
                coder_id=coder_id,
                session_id=session_id,
                detail=detail,
            )
        )

    # -- coders and clients -------------------------------------------------------------------------------
    def _coder_row(self, orm: OrmSession, name: str, role: CoderRole = CoderRole.THERAPIST) -> CoderRow:
        row = orm.scalar(select(CoderRow).where(CoderRow.name == name))
        if row is None:
            row = CoderRow(name=name, role=str(role))
            orm.add(row)
            orm.flush()
        return row

    def ensure_coder(self, name: str, role: CoderRole = CoderRole.THERAPIST) -> Coder:
        with self.atomic() as orm:
            row = self._coder_row(orm, name, role)
            return Coder(name=row.name, role=CoderRole(row.role), id=row.id)

    def coders(self) -> list[Coder]:
        with self.atomic() as orm:
            rows = orm.scalars(select(CoderRow).order_by(CoderRow.name))
            return [Coder(name=r.name, role=CoderRole(r.role), id=r.id) for r in rows]

    def clients(self) -> list[Client]:
        with self.atomic() as orm:
            return [convert.client(r) for r in orm.scalars(select(ClientRow).order_by(ClientRow.code))]

    def _client_row(self, orm: OrmSession, code: str, attachment: str | None) -> ClientRow:
        row = orm.scalar(select(ClientRow).where(ClientRow.code == code))
        if row is None:
            row = ClientRow(code=code, attachment=attachment)
            orm.add(row)
            orm.flush()
        elif attachment and row.attachment != attachment:
            row.attachment = attachment
        return row

    # -- sessions ----------------------------------------------------------------------------------------
    def add_session(
        self,
        session: Session,
        turns: Sequence[Turn],
        *,
        attachment: str | None = None,
        coder: str | None = None,
        remember: dict[str, SpeakerRole] | None = None,
    ) -> Session:
        """Store a session with its turns, segments and cues, all or nothing (bulk inserts: big files are fast)."""
        with self.atomic() as orm:
            client = self._client_row(orm, session.client_code, attachment)
            row = SessionRow(
                client_id=client.id,
                session_date=session.date,
                number=session.number,
                source_name=session.source_name,
                source_checksum=session.source_checksum,
                notes=session.notes,
            )
            row.speakers = [SpeakerRow(label=k, role=str(v)) for k, v in session.speakers.items()]
            orm.add(row)
            orm.flush()
            turn_ids = (
                orm.scalars(
                    insert(TurnRow).returning(TurnRow.id, sort_by_parameter_order=True),
                    [
                        {
                            "session_id": row.id,
                            "idx": t.index,
                            "speaker_label": t.speaker_label,
                            "text": t.text,
                            "start": t.start,
                            "end": t.end,
                            "original_text": t.original_text,
                        }
                        for t in turns
                    ],
                ).all()
                if turns
                else []
            )
            segments = [(turn_id, s) for turn_id, t in zip(turn_ids, turns, strict=True) for s in t.segments]
            segment_ids = (
                orm.scalars(
                    insert(SegmentRow).returning(SegmentRow.id, sort_by_parameter_order=True),
                    [
                        {"turn_id": turn_id, "idx": s.index, "start_char": s.start_char, "end_char": s.end_char}
                        for turn_id, s in segments
                    ],
                ).all()
                if segments
                else []
            )
            by_segment = {(turn_id, s.index): sid for (turn_id, s), sid in zip(segments, segment_ids, strict=True)}
            cues = [
                {
                    "turn_id": turn_id,
                    "start_char": c.start_char,
                    "end_char": c.end_char,
                    "segment_id": by_segment.get((turn_id, seg.index)) if (seg := t.segment_at(c.start_char)) else None,
                }
                for turn_id, t in zip(turn_ids, turns, strict=True)
                for c in t.cues
            ]
            if cues:
                orm.execute(insert(CueRow), cues)
            self._remember_roles(orm, client.id, session.speakers if remember is None else remember)
            coder_id = self._coder_row(orm, coder).id if coder else None
            self._audit(
                orm,
                "import",
                "session",
                row.id,
                coder_id=coder_id,
                session_id=row.id,
                detail=f"{session.source_name or ''} ({len(turns)} turns)",
            )
            orm.flush()
            orm.refresh(row)
            return convert.session(row)

    # -- speaker roles -------------------------------------------------------------------------------------
    def _remember_roles(self, orm: OrmSession, client_id: int, speakers: dict[str, SpeakerRole]) -> None:
        known = {
            r.label: r for r in orm.scalars(select(ClientSpeakerRow).where(ClientSpeakerRow.client_id == client_id))
        }
        for label, role in speakers.items():
            if role in (SpeakerRole.UNKNOWN, SpeakerRole.OTHER):
                continue
            if label in known:
                known[label].role = str(role)
            else:
                orm.add(ClientSpeakerRow(client_id=client_id, label=label, role=str(role)))

    def remembered_roles(self, client_code: str) -> dict[str, SpeakerRole]:
        with self.atomic() as orm:
            rows = orm.execute(
                select(ClientSpeakerRow.label, ClientSpeakerRow.role)
                .join(ClientRow)
                .where(ClientRow.code == client_code)
            )
            return {label: SpeakerRole(role) for label, role in rows}

    def set_speaker_role(self, session_id: int, label: str, role: SpeakerRole, *, coder: str) -> SpeakerRole:
        """Change what a speaker label means in a session (and remember it for the client); returns the old role."""
        with self.atomic() as orm:
            session = orm.get(SessionRow, session_id)
            if session is None:
                raise NotFoundError(f"no session with id {session_id}")
            speaker = next((s for s in session.speakers if s.label == label), None)
            if speaker is None:
                known = ", ".join(s.label for s in session.speakers)
                raise NotFoundError(f"session {session_id} has no speaker {label!r} (speakers: {known})")
            old = SpeakerRole(speaker.role)
            speaker.role = str(role)
            self._remember_roles(orm, session.client_id, {label: role})
            self._audit(
                orm,
                "set",
                "speaker_role",
                speaker.id,
                coder_id=self._coder_row(orm, coder).id,
                session_id=session_id,
                detail=f"{label}: {old} -> {role}",
            )
            return old

    # -- text corrections ---------------------------------------------------------------------------------
    def correct_turns(self, session_id: int, texts: dict[int, str], *, coder: str) -> dict[int, str]:
        """Replace turn texts by same-length corrections, keeping the imported text; returns the texts replaced."""
        with self.atomic() as orm:
            rows = orm.scalars(select(TurnRow).where(TurnRow.session_id == session_id, TurnRow.idx.in_(texts)))
            before: dict[int, str] = {}
            for row in rows:
                new = texts[row.idx]
                if len(new) != len(row.text):
                    raise InputError(f"turn {row.idx}: a correction must keep the text's length (segments rely on it)")
                before[row.idx] = row.text
                if row.original_text is None:
                    row.original_text = row.text
                row.text = new
                if row.text == row.original_text:
                    row.original_text = None
            self._audit(
                orm,
                "correct",
                "turns",
                None,
                coder_id=self._coder_row(orm, coder).id,
                session_id=session_id,
                detail=f"{len(before)} turns",
            )
            return before

    def find_session_by_checksum(self, client_code: str, checksum: str) -> int | None:
        with self.atomic() as orm:
            return orm.scalar(
                select(SessionRow.id)
                .join(ClientRow)
                .where(ClientRow.code == client_code, SessionRow.source_checksum == checksum)
            )

    def sessions(self, client_code: str | None = None) -> list[SessionSummary]:
        with self.atomic() as orm:
            turns = select(TurnRow.session_id, func.count().label("n")).group_by(TurnRow.session_id).subquery()
            markers = (
                select(MarkerRow.session_id, func.count().label("n"))
                .where(MarkerRow.deleted.is_(False))
                .group_by(MarkerRow.session_id)
                .subquery()
            )
            episodes = (
                select(EpisodeRow.session_id, func.count().label("n"))
                .where(EpisodeRow.deleted.is_(False))
                .group_by(EpisodeRow.session_id)
                .subquery()
            )
            query = (
                select(
                    SessionRow.id,
                    ClientRow.code,
                    SessionRow.session_date,
                    SessionRow.number,
                    SessionRow.source_name,
                    func.coalesce(turns.c.n, 0),
                    func.coalesce(markers.c.n, 0),
                    func.coalesce(episodes.c.n, 0),
                )
                .join(ClientRow)
                .outerjoin(turns, turns.c.session_id == SessionRow.id)
                .outerjoin(markers, markers.c.session_id == SessionRow.id)
                .outerjoin(episodes, episodes.c.session_id == SessionRow.id)
                .order_by(ClientRow.code, SessionRow.session_date, SessionRow.number, SessionRow.id)
            )
            if client_code is not None:
                query = query.where(ClientRow.code == client_code)
            return [SessionSummary(*row) for row in orm.execute(query)]

    def session_detail(self, session_id: int) -> SessionDetail:
        with self.atomic() as orm:
            row = orm.get(
                SessionRow,
                session_id,
                options=[selectinload(SessionRow.speakers), selectinload(SessionRow.client)],
            )
            if row is None:
                raise NotFoundError(f"no session with id {session_id}")
            session = convert.session(row)
            turn_rows = orm.scalars(
                select(TurnRow)
                .where(TurnRow.session_id == session_id)
                .order_by(TurnRow.idx)
                .options(selectinload(TurnRow.segments))
            )
            cues: dict[int, list[Cue]] = {}
            cue_rows = orm.execute(
                select(CueRow.turn_id, CueRow.start_char, CueRow.end_char)
                .join(TurnRow, TurnRow.id == CueRow.turn_id)
                .where(TurnRow.session_id == session_id)
                .order_by(CueRow.turn_id, CueRow.start_char)
            )
            for turn_id, start, end in cue_rows:
                cues.setdefault(turn_id, []).append(Cue(start, end))
            turns = tuple(
                convert.turn(t, session.speakers.get(t.speaker_label, SpeakerRole.OTHER), tuple(cues.get(t.id, ())))
                for t in turn_rows
            )
            return SessionDetail(session=session, turns=turns)

    # -- markers (the AnnotationStore protocol) ----------------------------------------------------------
    def _anchor(self, orm: OrmSession, marker: Marker) -> tuple[TurnRow, SegmentRow | None]:
        turn = orm.scalar(
            select(TurnRow).where(TurnRow.session_id == marker.session_id, TurnRow.idx == marker.turn_index)
        )
        if turn is None:
            raise NotFoundError(f"session {marker.session_id} has no turn {marker.turn_index}")
        if not 0 <= marker.start_char < marker.end_char <= len(turn.text):
            raise InputError(f"span {marker.start_char}–{marker.end_char} lies outside turn {marker.turn_index}")
        segment = None
        if marker.segment_index is not None:
            segment = next((s for s in turn.segments if s.idx == marker.segment_index), None)
            if segment is None:
                raise NotFoundError(f"turn {marker.turn_index} has no segment {marker.segment_index}")
        return turn, segment

    def _marker(self, orm: OrmSession, row: MarkerRow) -> Marker:
        turn = orm.get(TurnRow, row.turn_id)
        segment = orm.get(SegmentRow, row.segment_id) if row.segment_id else None
        coder = orm.get(CoderRow, row.coder_id)
        assert turn is not None and coder is not None
        return convert.marker(row, turn.idx, segment.idx if segment else None, coder.name)

    def _fill_marker(self, orm: OrmSession, row: MarkerRow, marker: Marker) -> None:
        if not 1 <= marker.significance <= 5:
            raise InputError(f"significance must be 1–5, not {marker.significance}")
        turn, segment = self._anchor(orm, marker)
        row.session_id, row.turn_id = marker.session_id, turn.id
        row.segment_id = segment.id if segment else None
        row.coder_id = self._coder_row(orm, marker.coder).id
        row.start_char, row.end_char = marker.start_char, marker.end_char
        row.scheme_id, row.family, row.subtype = marker.scheme_id, marker.family, marker.subtype
        row.actor, row.significance, row.note = str(marker.actor), marker.significance, marker.note
        row.source, row.deleted = str(marker.source), False

    def add_marker(self, marker: Marker) -> Marker:
        with self.atomic() as orm:
            row = MarkerRow()
            self._fill_marker(orm, row, marker)
            orm.add(row)
            orm.flush()
            self._audit(
                orm,
                "add",
                "marker",
                row.id,
                coder_id=row.coder_id,
                session_id=row.session_id,
                detail=f"{row.subtype} sig {row.significance}",
            )
            orm.refresh(row)
            return self._marker(orm, row)

    def delete_marker(self, marker_id: int, *, coder: str) -> Marker:
        """Hide a marker (kept in the database, so undo and the audit trail can bring it back)."""
        with self.atomic() as orm:
            row = orm.get(MarkerRow, marker_id)
            if row is None or row.deleted:
                raise NotFoundError(f"no marker with id {marker_id}")
            row.deleted = True
            self._audit(
                orm,
                "delete",
                "marker",
                row.id,
                coder_id=self._coder_row(orm, coder).id,
                session_id=row.session_id,
                detail=row.subtype,
            )
            return self._marker(orm, row)

    def restore_marker(self, marker: Marker) -> Marker:
        with self.atomic() as orm:
            row = orm.get(MarkerRow, marker.id) if marker.id is not None else None
            if row is None:
                row = MarkerRow(id=marker.id)
                orm.add(row)
            self._fill_marker(orm, row, marker)
            orm.flush()
            self._audit(
                orm,
                "restore",
                "marker",
                row.id,
                coder_id=row.coder_id,
                session_id=row.session_id,
                detail=row.subtype,
            )
            return self._marker(orm, row)

    def markers(self, session_id: int, coder: str | None = None) -> list[Marker]:
        with self.atomic() as orm:
            query = (
                select(MarkerRow, TurnRow.idx, SegmentRow.idx, CoderRow.name)
                .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                .outerjoin(SegmentRow, SegmentRow.id == MarkerRow.segment_id)
                .join(CoderRow, CoderRow.id == MarkerRow.coder_id)
                .where(MarkerRow.session_id == session_id, MarkerRow.deleted.is_(False))
                .order_by(TurnRow.idx, MarkerRow.start_char, MarkerRow.id)
            )
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            return [convert.marker(m, t, s, c) for m, t, s, c in orm.execute(query)]

    # -- episodes and measures ---------------------------------------------------------------------------
    def _turn_ids(self, orm: OrmSession, session_id: int) -> dict[int, int]:
        return dict(orm.execute(select(TurnRow.idx, TurnRow.id).where(TurnRow.session_id == session_id)).all())

    def add_episode(self, episode: RuptureEpisode) -> RuptureEpisode:
        with self.atomic() as orm:
            turn_ids = self._turn_ids(orm, episode.session_id)

            def turn_id(index: int) -> int:
                if index not in turn_ids:
                    raise NotFoundError(f"session {episode.session_id} has no turn {index}")
                return turn_ids[index]

            coder = self._coder_row(orm, episode.coder)
            row = EpisodeRow(
                session_id=episode.session_id,
                coder_id=coder.id,
                family=episode.family,
                outcome=str(episode.outcome) if episode.outcome else None,
                note=episode.note,
            )
            orm.add(row)
            orm.flush()
            for marker_id in episode.marker_ids:
                marker = orm.get(MarkerRow, marker_id)
                if marker is None or marker.session_id != episode.session_id:
                    raise NotFoundError(f"no marker {marker_id} in session {episode.session_id}")
                orm.add(EpisodeMarkerRow(episode_id=row.id, marker_id=marker_id))
            for stage in episode.stages:
                if not 1 <= stage.stage <= 4:
                    raise InputError(f"resolution stage must be 1–4, not {stage.stage}")
                orm.add(StageEventRow(episode_id=row.id, stage=stage.stage, turn_id=turn_id(stage.turn_index)))
            for strategy in episode.strategies:
                orm.add(StrategyEventRow(episode_id=row.id, code=strategy.code, turn_id=turn_id(strategy.turn_index)))
            self._audit(
                orm,
                "add",
                "episode",
                row.id,
                coder_id=coder.id,
                session_id=episode.session_id,
                detail=f"{episode.family} max stage {episode.max_stage}",
            )
            orm.flush()
            return RuptureEpisode(**{**episode.__dict__, "id": row.id})

    def episode_ids_by_marker(self, session_id: int) -> dict[int, int]:
        with self.atomic() as orm:
            query = (
                select(EpisodeMarkerRow.marker_id, EpisodeMarkerRow.episode_id)
                .join(EpisodeRow, EpisodeRow.id == EpisodeMarkerRow.episode_id)
                .where(EpisodeRow.session_id == session_id, EpisodeRow.deleted.is_(False))
            )
            return dict(orm.execute(query).all())

    def set_measure(self, measure: SessionMeasure) -> None:
        with self.atomic() as orm:
            coder_id = self._coder_row(orm, measure.coder).id if measure.coder else None
            row = orm.scalar(
                select(SessionMeasureRow).where(
                    SessionMeasureRow.session_id == measure.session_id,
                    SessionMeasureRow.name == measure.name,
                    SessionMeasureRow.coder_id.is_(None)
                    if coder_id is None
                    else SessionMeasureRow.coder_id == coder_id,
                )
            )
            if row is None:
                row = SessionMeasureRow(session_id=measure.session_id, name=measure.name, coder_id=coder_id)
                orm.add(row)
            row.value = measure.value
            orm.flush()
            self._audit(
                orm,
                "set",
                "measure",
                row.id,
                coder_id=coder_id,
                session_id=measure.session_id,
                detail=f"{measure.name}={measure.value:g}",
            )

    def measures(self, session_id: int) -> list[SessionMeasure]:
        with self.atomic() as orm:
            query = (
                select(SessionMeasureRow, CoderRow.name)
                .outerjoin(CoderRow, CoderRow.id == SessionMeasureRow.coder_id)
                .where(SessionMeasureRow.session_id == session_id)
                .order_by(SessionMeasureRow.name)
            )
            return [
                SessionMeasure(session_id=r.session_id, name=r.name, value=r.value, coder=c, id=r.id)
                for r, c in orm.execute(query)
            ]

    # -- export rows and audit ---------------------------------------------------------------------------
    def marker_rows(self, client_code: str | None = None, coder: str | None = None) -> list[dict[str, Any]]:
        """One plain dict per live marker, joined with what a tidy export needs."""
        with self.atomic() as orm:
            query = (
                select(
                    ClientRow.code.label("client"),
                    ClientRow.attachment,
                    MarkerRow.session_id,
                    SessionRow.session_date.label("session_date"),
                    SessionRow.number.label("session_number"),
                    CoderRow.name.label("coder"),
                    CoderRow.role.label("coder_role"),
                    TurnRow.idx.label("turn_index"),
                    SegmentRow.idx.label("segment_index"),
                    SpeakerRow.role.label("speaker_role"),
                    TurnRow.start.label("turn_start"),
                    MarkerRow.start_char,
                    MarkerRow.end_char,
                    MarkerRow.scheme_id,
                    MarkerRow.family,
                    MarkerRow.subtype,
                    MarkerRow.actor,
                    MarkerRow.significance,
                    EpisodeMarkerRow.episode_id,
                    MarkerRow.source,
                    MarkerRow.id.label("marker_id"),
                    MarkerRow.note,
                    MarkerRow.created_at,
                    TurnRow.text.label("turn_text"),
                )
                .join(SessionRow, SessionRow.id == MarkerRow.session_id)
                .join(ClientRow, ClientRow.id == SessionRow.client_id)
                .join(CoderRow, CoderRow.id == MarkerRow.coder_id)
                .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                .outerjoin(SegmentRow, SegmentRow.id == MarkerRow.segment_id)
                .outerjoin(
                    SpeakerRow,
                    (SpeakerRow.session_id == SessionRow.id) & (SpeakerRow.label == TurnRow.speaker_label),
                )
                .outerjoin(EpisodeMarkerRow, EpisodeMarkerRow.marker_id == MarkerRow.id)
                .where(MarkerRow.deleted.is_(False))
                .order_by(
                    ClientRow.code,
                    SessionRow.session_date,
                    SessionRow.id,
                    TurnRow.idx,
                    MarkerRow.start_char,
                    MarkerRow.id,
                )
            )
            if client_code is not None:
                query = query.where(ClientRow.code == client_code)
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            return [dict(row._mapping) for row in orm.execute(query)]

    def audit_events(self, session_id: int | None = None, limit: int = 200) -> list[AuditEvent]:
        with self.atomic() as orm:
            query = (
                select(AuditRow, CoderRow.name)
                .outerjoin(CoderRow, CoderRow.id == AuditRow.coder_id)
                .order_by(AuditRow.id.desc())
                .limit(limit)
            )
            if session_id is not None:
                query = query.where(AuditRow.session_id == session_id)
            return [convert.audit(r, c) for r, c in orm.execute(query)]


def _reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__
