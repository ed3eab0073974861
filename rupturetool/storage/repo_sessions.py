"""Sessions: storing imports, reading transcripts, speaker roles and text corrections."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from rupturetool.core.domain import (
    Cue,
    MarkerAnchor,
    Segment,
    Session,
    SessionDetail,
    SessionSummary,
    SpeakerRole,
    SpeakerState,
    Turn,
    TurnState,
)
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.storage import audit_diff, convert
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import (
    ClientRow,
    ClientSpeakerRow,
    CoderRow,
    CueRow,
    EpisodeRow,
    MarkerRow,
    ReviewRow,
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

    # -- whole-turn edits (corrections, splits, merges) and their undo ----------------------------------------------
    def turn_states(self, session_id: int, turn_indexes: Sequence[int] | None = None) -> list[TurnState]:
        """Turns with their segments, cues and live markers, as text edits see them (in turn order)."""
        with self.atomic() as orm:
            if orm.get(SessionRow, session_id) is None:
                raise NotFoundError(f"no session with id {session_id}")
            query = (
                select(TurnRow)
                .where(TurnRow.session_id == session_id)
                .order_by(TurnRow.idx)
                .options(selectinload(TurnRow.segments))
            )
            if turn_indexes is not None:
                query = query.where(TurnRow.idx.in_(turn_indexes))
            rows = list(orm.scalars(query))
            if turn_indexes is not None and len(rows) != len(set(turn_indexes)):
                missing = sorted(set(turn_indexes) - {r.idx for r in rows})[0]
                raise NotFoundError(f"session {session_id} has no turn {missing}")
            ids = [r.id for r in rows]
            cues: dict[int, list[Cue]] = {}
            for turn_id, start, end in orm.execute(
                select(CueRow.turn_id, CueRow.start_char, CueRow.end_char)
                .where(CueRow.turn_id.in_(ids))
                .order_by(CueRow.turn_id, CueRow.start_char, CueRow.id)
            ):
                cues.setdefault(turn_id, []).append(Cue(start, end))
            anchors: dict[int, list[MarkerAnchor]] = {}
            for marker_id, turn_id, start, end, segment in orm.execute(
                select(MarkerRow.id, MarkerRow.turn_id, MarkerRow.start_char, MarkerRow.end_char, SegmentRow.idx)
                .outerjoin(SegmentRow, SegmentRow.id == MarkerRow.segment_id)
                .where(MarkerRow.turn_id.in_(ids), MarkerRow.deleted.is_(False))
                .order_by(MarkerRow.id)
            ):
                anchors.setdefault(turn_id, []).append(MarkerAnchor(marker_id, start, end, segment))
            return [
                TurnState(
                    session_id=session_id,
                    turn_index=r.idx,
                    text=r.text,
                    original_text=r.original_text,
                    segments=tuple(convert.segment(s) for s in r.segments),
                    cues=tuple(cues.get(r.id, ())),
                    markers=tuple(anchors.get(r.id, ())),
                )
                for r in rows
            ]

    def write_turns(self, states: Sequence[TurnState], *, coder: str, action: str) -> list[TurnState]:
        """Store whole turns as given: text, segments (kept ids, new rows), cues and the anchors of their live
        markers. Returns the states with the ids of new segments filled in."""
        with self.atomic() as orm:
            coder_id = self._coder_row(orm, coder).id
            return [self._write_turn(orm, state, coder_id, action) for state in states]

    def _write_turn(self, orm: OrmSession, state: TurnState, coder_id: int, action: str) -> TurnState:
        where = f"turn {state.turn_index + 1}"
        turn = orm.scalar(
            select(TurnRow).where(TurnRow.session_id == state.session_id, TurnRow.idx == state.turn_index)
        )
        if turn is None:
            raise NotFoundError(f"session {state.session_id} has no turn {state.turn_index}")
        self.versions.expect(orm, "turn", turn)
        _check_state(state)
        live = set(orm.scalars(select(MarkerRow.id).where(MarkerRow.turn_id == turn.id, MarkerRow.deleted.is_(False))))
        if live != {m.marker_id for m in state.markers}:
            raise InputError(f"{where} has changed since it was read; reload the session and try again")
        turn.text, turn.original_text = state.text, state.original_text
        audit_diff.touch(orm, turn, "text")  # segments live in other tables; the version moves too

        rows = {r.id: r for r in orm.scalars(select(SegmentRow).where(SegmentRow.turn_id == turn.id))}
        for row in rows.values():  # park the numbers first: renumbering in place would trip (turn_id, idx) UNIQUE
            row.idx = -1 - row.idx
        orm.flush()
        kept = {s.id for s in state.segments if s.id is not None}
        for segment_id, row in rows.items():
            if segment_id not in kept:
                orm.delete(row)  # its markers are re-filed below; the database sets deleted markers' link to NULL
        orm.flush()
        segments = []
        for seg in state.segments:
            row = rows.get(seg.id) if seg.id is not None else None
            if row is None:
                row = SegmentRow(id=seg.id, turn_id=turn.id)
                orm.add(row)
            row.idx, row.start_char, row.end_char = seg.index, seg.start_char, seg.end_char
            segments.append(row)
        orm.flush()
        segment_ids = {row.idx: row.id for row in segments}

        orm.execute(delete(CueRow).where(CueRow.turn_id == turn.id))
        stored = tuple(convert.segment(row) for row in segments)
        probe = Turn(state.turn_index, "", SpeakerRole.OTHER, state.text, segments=stored)
        for cue in state.cues:
            seg = probe.segment_at(cue.start_char)
            orm.add(
                CueRow(
                    turn_id=turn.id,
                    start_char=cue.start_char,
                    end_char=cue.end_char,
                    segment_id=segment_ids[seg.index] if seg else None,
                )
            )
        moved = []
        for anchor in state.markers:
            marker = orm.get(MarkerRow, anchor.marker_id)
            assert marker is not None  # it is one of the turn's live markers, checked above
            self.versions.expect(orm, "marker", marker)
            marker.start_char, marker.end_char = anchor.start_char, anchor.end_char
            marker.segment_id = segment_ids[anchor.segment_index] if anchor.segment_index is not None else None
            moved.append(marker)
        orm.flush()
        self.versions.saw(orm, "turn", turn.id, turn.version)
        for marker in moved:
            self.versions.saw(orm, "marker", marker.id, marker.version)
        orm.expire(turn)
        self._audit(
            orm,
            action,
            "turn",
            turn.id,
            coder_id=coder_id,
            session_id=state.session_id,
            detail=f"{where}: {len(stored)} segments, {len(state.markers)} markers",
        )
        return TurnState(
            session_id=state.session_id,
            turn_index=state.turn_index,
            text=state.text,
            original_text=state.original_text,
            segments=stored,
            cues=state.cues,
            markers=state.markers,
        )

    # -- speaker roles as one undoable state ------------------------------------------------------------------------
    def speaker_state(self, session_id: int) -> SpeakerState:
        """A session's speaker roles, and the roles the client's record remembers for those labels."""
        with self.atomic() as orm:
            session = orm.get(SessionRow, session_id)
            if session is None:
                raise NotFoundError(f"no session with id {session_id}")
            memory = {
                r.label: SpeakerRole(r.role)
                for r in orm.scalars(select(ClientSpeakerRow).where(ClientSpeakerRow.client_id == session.client_id))
            }
            roles = {s.label: SpeakerRole(s.role) for s in session.speakers}
            return SpeakerState(session_id, roles, {label: memory.get(label) for label in roles})

    def write_speakers(self, state: SpeakerState, *, coder: str) -> SpeakerState:
        """Store a session's speaker roles and the client's remembered roles exactly as given (None: forget)."""
        with self.atomic() as orm:
            session = orm.get(SessionRow, state.session_id)
            if session is None:
                raise NotFoundError(f"no session with id {state.session_id}")
            coder_id = self._coder_row(orm, coder).id
            speakers = {s.label: s for s in session.speakers}
            for label, role in state.roles.items():
                speaker = speakers.get(label)
                if speaker is None:
                    raise NotFoundError(f"session {state.session_id} has no speaker {label!r}")
                old = SpeakerRole(speaker.role)
                if old != role:
                    speaker.role = str(role)
                    self._audit(
                        orm,
                        "set",
                        "speaker_role",
                        speaker.id,
                        coder_id=coder_id,
                        session_id=state.session_id,
                        detail=f"{label}: {old} -> {SpeakerRole(role)}",
                    )
            memory = {
                r.label: r
                for r in orm.scalars(select(ClientSpeakerRow).where(ClientSpeakerRow.client_id == session.client_id))
            }
            for label, remembered in state.remembered.items():
                row = memory.get(label)
                if remembered is None:
                    if row is not None:
                        orm.delete(row)
                elif row is None:
                    orm.add(ClientSpeakerRow(client_id=session.client_id, label=label, role=str(remembered)))
                else:
                    row.role = str(remembered)
            return state

    def find_session_by_checksum(self, client_code: str, checksum: str) -> int | None:
        with self.atomic() as orm:
            return orm.scalar(
                select(SessionRow.id)
                .join(ClientRow)
                .where(ClientRow.code == client_code, SessionRow.source_checksum == checksum)
            )

    def sessions(self, client_code: str | None = None, coder: str | None = None) -> list[SessionSummary]:
        """Sessions with their counts; with ``coder``, the status of that coder's review of each (None: none)."""
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
            reviews = (
                select(ReviewRow.session_id, ReviewRow.status)
                .join(CoderRow, CoderRow.id == ReviewRow.coder_id)
                .where(CoderRow.name == coder)
                .subquery()
            )
            own = (
                select(MarkerRow.session_id, func.count().label("n"))
                .join(CoderRow, CoderRow.id == MarkerRow.coder_id)
                .where(MarkerRow.deleted.is_(False), CoderRow.name == coder)
                .group_by(MarkerRow.session_id)
                .subquery()
            )
            awaiting = (
                select(ReviewRow.session_id, func.count().label("n"))
                .join(CoderRow, CoderRow.id == ReviewRow.coder_id)
                .where(ReviewRow.status == "submitted", CoderRow.name != coder)
                .group_by(ReviewRow.session_id)
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
                    reviews.c.status,
                    func.coalesce(own.c.n, 0),
                    func.coalesce(awaiting.c.n, 0),
                )
                .join(ClientRow)
                .outerjoin(turns, turns.c.session_id == SessionRow.id)
                .outerjoin(markers, markers.c.session_id == SessionRow.id)
                .outerjoin(episodes, episodes.c.session_id == SessionRow.id)
                .outerjoin(reviews, reviews.c.session_id == SessionRow.id)
                .outerjoin(own, own.c.session_id == SessionRow.id)
                .outerjoin(awaiting, awaiting.c.session_id == SessionRow.id)
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
            # Plain column rows, not ORM objects: a 5,000-turn session loads in a fraction of the time.
            segments: dict[int, list[Segment]] = {}
            segment_rows = orm.execute(
                select(SegmentRow.turn_id, SegmentRow.idx, SegmentRow.start_char, SegmentRow.end_char, SegmentRow.id)
                .join(TurnRow, TurnRow.id == SegmentRow.turn_id)
                .where(TurnRow.session_id == session_id)
                .order_by(SegmentRow.turn_id, SegmentRow.idx)
            )
            for turn_id, idx, start, end, seg_id in segment_rows:
                segments.setdefault(turn_id, []).append(Segment(idx, start, end, seg_id))
            cues: dict[int, list[Cue]] = {}
            cue_rows = orm.execute(
                select(CueRow.turn_id, CueRow.start_char, CueRow.end_char)
                .join(TurnRow, TurnRow.id == CueRow.turn_id)
                .where(TurnRow.session_id == session_id)
                .order_by(CueRow.turn_id, CueRow.start_char)
            )
            for turn_id, start, end in cue_rows:
                cues.setdefault(turn_id, []).append(Cue(start, end))
            turn_rows = orm.execute(
                select(
                    TurnRow.id,
                    TurnRow.idx,
                    TurnRow.speaker_label,
                    TurnRow.text,
                    TurnRow.start,
                    TurnRow.end,
                    TurnRow.original_text,
                    TurnRow.version,
                )
                .where(TurnRow.session_id == session_id)
                .order_by(TurnRow.idx)
            ).all()
            for turn_id, *_, version in turn_rows:
                self.versions.saw(orm, "turn", turn_id, version)  # the text the coder sees: corrections build on it
            roles = session.speakers
            turns = tuple(
                Turn(
                    index=idx,
                    speaker_label=label,
                    speaker_role=roles.get(label, SpeakerRole.OTHER),
                    text=text,
                    start=start,
                    end=end,
                    segments=tuple(segments.get(turn_id, ())),
                    cues=tuple(cues.get(turn_id, ())),
                    original_text=original,
                    id=turn_id,
                )
                for turn_id, idx, label, text, start, end, original, _version in turn_rows
            )
            return SessionDetail(session=session, turns=turns)


def _check_state(state: TurnState) -> None:
    """A turn state must be storable as it stands: segments numbered 0, 1, 2... and every span inside the text."""
    where = f"turn {state.turn_index + 1}"
    if not state.text.strip():
        raise InputError(f"{where}: a turn's text cannot be empty")
    if sorted(s.index for s in state.segments) != list(range(len(state.segments))):
        raise InputError(f"{where}: segments must be numbered 1, 2, 3... without gaps")
    spans = [(s.start_char, s.end_char, f"segment {s.index + 1}") for s in state.segments]
    spans += [(c.start_char, c.end_char, "a cue") for c in state.cues]
    spans += [(m.start_char, m.end_char, f"marker {m.marker_id}") for m in state.markers]
    for start, end, what in spans:
        if not 0 <= start < end <= len(state.text):
            raise InputError(f"{where}: {what} ({start}–{end}) lies outside the text")
    numbers = {s.index for s in state.segments}
    for marker in state.markers:
        if marker.segment_index is not None and marker.segment_index not in numbers:
            raise InputError(
                f"{where}: marker {marker.marker_id} is on segment {marker.segment_index + 1}, which does not exist"
            )
