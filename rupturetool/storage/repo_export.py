"""Read-only rows for exports, and the audit trail."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, literal, select
from sqlalchemy.orm import Session as OrmSession

from rupturetool.core.domain import (
    AuditEvent,
)
from rupturetool.storage import convert
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import (
    AuditRow,
    ClientRow,
    CoderRow,
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

Columns = dict[str, list[Any]]  # column name -> one value per row: cheap to build, and pandas takes it as it is

# ASCII whitespace exactly as str.split() sees it (\x1c-\x1f included), every other byte a word character.
_WORD_BYTES = bytes(32 if chr(i).isspace() else 97 for i in range(128)) + b"a" * 128


def word_count(text: str | None) -> int:
    """``len(text.split())`` without building the words: ASCII text is counted as word starts, in C."""
    if not text:
        return 0
    if not text.isascii():
        return len(text.split())
    marks = text.encode("ascii").translate(_WORD_BYTES)  # b" " for whitespace, b"a" for the rest
    return marks.count(b" a") + (marks[:1] == b"a")


def _columns(orm: OrmSession, query: Select[Any]) -> Columns:
    """The result column by column, straight from the driver's tuples.

    At tens of thousands of rows, building SQLAlchemy Row objects cost more than the query; the values are
    converted exactly as SQLAlchemy would (each column type's result processor, e.g. dates stored as text in
    SQLite), once per column.
    """
    result = orm.connection().execute(query)
    keys = list(result.keys())
    dialect, description = result.dialect, result.cursor.description
    processors = [
        column.type.dialect_impl(dialect).result_processor(dialect, described[1])
        for column, described in zip(query.selected_columns, description, strict=True)
    ]
    rows = result.cursor.fetchall()
    result.close()
    columns = zip(*rows, strict=True) if rows else ([] for _ in keys)
    return {
        key: list(values) if process is None else [process(v) for v in values]
        for key, process, values in zip(keys, processors, columns, strict=True)
    }


def records(columns: Columns) -> list[dict[str, Any]]:
    """Column-wise rows as one plain dict per row."""
    keys = list(columns)
    return [dict(zip(keys, values, strict=True)) for values in zip(*columns.values(), strict=True)]


def _dicts(orm: OrmSession, query: Select[Any]) -> list[dict[str, Any]]:
    return records(_columns(orm, query))


def _scoped(query: Select[Any], client: str | None, date_from: date | None, date_to: date | None) -> Select[Any]:
    """The shared filters: one client, a date range (sessions without a date fall outside any range)."""
    if client is not None:
        query = query.where(ClientRow.code == client)
    if date_from is not None:
        query = query.where(SessionRow.session_date >= date_from)
    if date_to is not None:
        query = query.where(SessionRow.session_date <= date_to)
    return query


def _in_sessions(query: Select[Any], client: str | None, date_from: date | None, date_to: date | None) -> Select[Any]:
    """``query`` (over a table with ``session_id``) joined to sessions and clients, with the shared filters."""
    return _scoped(query.join(ClientRow, ClientRow.id == SessionRow.client_id), client, date_from, date_to)


def _by_session(orm: OrmSession, client: str | None, date_from: date | None, date_to: date | None) -> Columns:
    """Client code, attachment, date and number of every session in the selection (one row each)."""
    query = select(
        SessionRow.id.label("session_id"),
        ClientRow.code.label("client"),
        ClientRow.attachment,
        SessionRow.session_date.label("session_date"),
        SessionRow.number.label("session_number"),
    ).select_from(SessionRow)
    return _columns(orm, _in_sessions(query, client, date_from, date_to))


def _session_columns(session_ids: list[int], by_session: Columns, names: list[str]) -> Columns:
    """Per-row copies of session columns (looked up once per session, not joined and converted once per row)."""
    position = {sid: i for i, sid in enumerate(by_session["session_id"])}
    at = [position[sid] for sid in session_ids]
    return {name: [by_session[name][i] for i in at] for name in names}


class ExportQueries(RepositoryBase):
    # -- export rows and audit ---------------------------------------------------------------------------
    def marker_table(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        *,
        with_text: bool = True,
    ) -> Columns:
        """Every live marker, column by column, joined with what a tidy export needs (``turn_text`` if asked).

        Session and coder fields are read once per session and coder and spread over the markers; episode
        membership is read in its own query (joining it per marker made SQLite scan episode_markers per row).
        """
        with self.atomic() as orm:
            query = (
                select(
                    MarkerRow.session_id,
                    MarkerRow.coder_id,
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
                    MarkerRow.source,
                    MarkerRow.id.label("marker_id"),
                    MarkerRow.note,
                    MarkerRow.created_at,
                    (TurnRow.text if with_text else literal(None)).label("turn_text"),
                )
                .join(SessionRow, SessionRow.id == MarkerRow.session_id)
                .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                .outerjoin(SegmentRow, SegmentRow.id == MarkerRow.segment_id)
                .outerjoin(
                    SpeakerRow,
                    (SpeakerRow.session_id == SessionRow.id) & (SpeakerRow.label == TurnRow.speaker_label),
                )
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
            query = _in_sessions(query, client_code, date_from, date_to)
            coders = {
                cid: (name, role) for cid, name, role in orm.execute(select(CoderRow.id, CoderRow.name, CoderRow.role))
            }
            if coder is not None:
                query = query.where(MarkerRow.coder_id.in_([cid for cid, (name, _) in coders.items() if name == coder]))
            found = _columns(orm, query)
            memberships = _in_sessions(
                select(EpisodeMarkerRow.marker_id, EpisodeMarkerRow.episode_id)
                .join(MarkerRow, MarkerRow.id == EpisodeMarkerRow.marker_id)
                .join(SessionRow, SessionRow.id == MarkerRow.session_id)
                .order_by(EpisodeMarkerRow.episode_id),
                client_code,
                date_from,
                date_to,
            )
            episodes: dict[int, list[int | None]] = {}
            got = _columns(orm, memberships)
            for marker_id, episode_id in zip(got["marker_id"], got["episode_id"], strict=True):
                episodes.setdefault(marker_id, []).append(episode_id)
            outside: list[int | None] = [None]
            groups = [episodes.get(m, outside) for m in found["marker_id"]]
            if any(len(group) > 1 for group in groups):  # a marker in two episodes: one row per episode, as joined
                found = {k: [v for v, g in zip(values, groups, strict=True) for _ in g] for k, values in found.items()}
            episode_ids = [e for group in groups for e in group]
            sessions = found["session_id"]
            spread = _session_columns(
                sessions,
                _by_session(orm, client_code, date_from, date_to),
                ["client", "attachment", "session_date", "session_number"],
            )
            who = [coders[cid] for cid in found.pop("coder_id")]
            return {
                "client": spread["client"],
                "attachment": spread["attachment"],
                "session_id": sessions,
                "session_date": spread["session_date"],
                "session_number": spread["session_number"],
                "coder": [name for name, _ in who],
                "coder_role": [role for _, role in who],
                **{k: found[k] for k in ("turn_index", "segment_index", "speaker_role", "turn_start", "start_char")},
                **{k: found[k] for k in ("end_char", "scheme_id", "family", "subtype", "actor", "significance")},
                "episode_id": episode_ids,
                **{k: found[k] for k in ("source", "marker_id", "note", "created_at", "turn_text")},
            }

    def marker_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        *,
        with_text: bool = True,
    ) -> list[dict[str, Any]]:
        """One plain dict per live marker (see ``marker_table``)."""
        return records(self.marker_table(client_code, coder, date_from, date_to, with_text=with_text))

    def marker_code_table(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> Columns:
        """The few marker fields summaries need (no text, no joins to turns), column by column."""
        with self.atomic() as orm:
            query = _in_sessions(
                select(
                    ClientRow.code.label("client"),
                    MarkerRow.session_id,
                    CoderRow.name.label("coder"),
                    MarkerRow.family,
                    MarkerRow.subtype,
                    MarkerRow.significance,
                )
                .select_from(MarkerRow)
                .join(SessionRow, SessionRow.id == MarkerRow.session_id)
                .join(CoderRow, CoderRow.id == MarkerRow.coder_id)
                .where(MarkerRow.deleted.is_(False)),
                client_code,
                date_from,
                date_to,
            )
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            return _columns(orm, query)

    def marker_code_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[dict[str, Any]]:
        """The few marker fields summaries need, one dict per marker (see ``marker_code_table``)."""
        return records(self.marker_code_table(client_code, coder, date_from, date_to))

    def client_rows(self, client_code: str | None = None) -> list[dict[str, Any]]:
        """Every client (with or without sessions): code and attachment."""
        with self.atomic() as orm:
            query = select(ClientRow.code.label("client"), ClientRow.attachment).order_by(ClientRow.code)
            if client_code is not None:
                query = query.where(ClientRow.code == client_code)
            return _dicts(orm, query)

    def session_rows(
        self, client_code: str | None = None, date_from: date | None = None, date_to: date | None = None
    ) -> list[dict[str, Any]]:
        """One dict per session: client, date, number, turn and word counts, first/last turn times (seconds).

        One grouped query: the database counts turns and finds the times; the turns' texts come joined by a
        space, one string per session, and words are counted here (``str.split`` rules; SQL cannot match them).
        """
        with self.atomic() as orm:
            query = _in_sessions(
                select(
                    ClientRow.code.label("client"),
                    ClientRow.attachment,
                    SessionRow.id.label("session_id"),
                    SessionRow.session_date.label("session_date"),
                    SessionRow.number.label("session_number"),
                    func.count(TurnRow.id).label("turns"),
                    func.aggregate_strings(TurnRow.text, " ").label("words"),
                    func.min(TurnRow.start).label("first_start"),
                    func.max(TurnRow.start).label("last_start"),
                    func.max(func.coalesce(TurnRow.end, TurnRow.start)).label("last_end"),
                )
                .select_from(SessionRow)
                .outerjoin(TurnRow, TurnRow.session_id == SessionRow.id)
                .group_by(
                    ClientRow.code, ClientRow.attachment, SessionRow.id, SessionRow.session_date, SessionRow.number
                )
                .order_by(ClientRow.code, SessionRow.session_date, SessionRow.number, SessionRow.id),
                client_code,
                date_from,
                date_to,
            )
            rows = _columns(orm, query)
            rows["words"] = [word_count(text) for text in rows["words"]]
            return records(rows)

    def episode_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per live episode, with its markers' turns, stage events and strategy events."""
        with self.atomic() as orm:
            query = _scoped(
                select(
                    EpisodeRow.id.label("episode_id"),
                    ClientRow.code.label("client"),
                    ClientRow.attachment,
                    EpisodeRow.session_id,
                    SessionRow.session_date.label("session_date"),
                    SessionRow.number.label("session_number"),
                    CoderRow.name.label("coder"),
                    EpisodeRow.family,
                    EpisodeRow.outcome,
                    EpisodeRow.note,
                )
                .join(SessionRow, SessionRow.id == EpisodeRow.session_id)
                .join(ClientRow, ClientRow.id == SessionRow.client_id)
                .join(CoderRow, CoderRow.id == EpisodeRow.coder_id)
                .where(EpisodeRow.deleted.is_(False))
                .order_by(ClientRow.code, SessionRow.session_date, SessionRow.id, EpisodeRow.id),
                client_code,
                date_from,
                date_to,
            )
            if coder is not None:
                query = query.where(CoderRow.name == coder)
            found = _columns(orm, query)
            if not found["episode_id"]:
                return []
            lists: dict[str, dict[int, list[Any]]] = {
                key: {e: [] for e in found["episode_id"]} for key in ("marker_turns", "stages", "strategies")
            }
            ids = query.with_only_columns(EpisodeRow.id).order_by(None)  # a subquery: no limit on bound values
            marker_turns = (
                select(EpisodeMarkerRow.episode_id, TurnRow.idx)
                .join(MarkerRow, MarkerRow.id == EpisodeMarkerRow.marker_id)
                .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                .where(MarkerRow.deleted.is_(False), EpisodeMarkerRow.episode_id.in_(ids))
                .order_by(TurnRow.idx)
            )
            turns_of, got = lists["marker_turns"], _columns(orm, marker_turns)
            for episode_id, turn in zip(got["episode_id"], got["idx"], strict=True):
                turns_of[episode_id].append(turn)
            for column, key in ((StageEventRow.stage, "stages"), (StrategyEventRow.code, "strategies")):
                table = column.class_  # StageEventRow or StrategyEventRow: same shape, one query each
                events = (
                    select(table.episode_id, column, TurnRow.idx)
                    .join(TurnRow, TurnRow.id == table.turn_id)
                    .where(table.episode_id.in_(ids))
                    .order_by(TurnRow.idx, table.id)
                )
                events_of, got = lists[key], _columns(orm, events)
                for episode_id, what, turn in zip(got["episode_id"], got[column.key], got["idx"], strict=True):
                    events_of[episode_id].append((what, turn))
            for key, of in lists.items():
                found[key] = list(of.values())  # in episode order: the dicts were filled in that order
            return records(found)

    def measure_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per session measure; measures entered without a coder belong to every coder."""
        with self.atomic() as orm:
            query = _scoped(
                select(
                    SessionMeasureRow.session_id,
                    SessionMeasureRow.name,
                    SessionMeasureRow.value,
                    CoderRow.name.label("coder"),
                )
                .join(SessionRow, SessionRow.id == SessionMeasureRow.session_id)
                .join(ClientRow, ClientRow.id == SessionRow.client_id)
                .outerjoin(CoderRow, CoderRow.id == SessionMeasureRow.coder_id)
                .order_by(SessionMeasureRow.session_id, SessionMeasureRow.name),
                client_code,
                date_from,
                date_to,
            )
            if coder is not None:
                query = query.where((CoderRow.name == coder) | SessionMeasureRow.coder_id.is_(None))
            return _dicts(orm, query)

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
