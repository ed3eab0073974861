"""Sessions: storing imports, reading transcripts, speaker roles and text corrections."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from rupturetool.core.domain import (
    Cue,
    Session,
    SessionDetail,
    SessionSummary,
    SpeakerRole,
    Turn,
)
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.storage import convert
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import (
    ClientRow,
    ClientSpeakerRow,
    CueRow,
    EpisodeRow,
    MarkerRow,
    SegmentRow,
    SessionRow,
    SpeakerRow,
    TurnRow,
)


class SessionQueries(RepositoryBase):
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
