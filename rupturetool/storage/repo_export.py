"""Read-only rows for exports, and the audit trail."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, func, literal, select

from rupturetool.storage.export_columns import (
    Columns,
    fetch_columns,
    in_sessions,
    records,
    scoped,
    sessions_in_order,
    spread,
    word_count,
)
from rupturetool.storage.repo_base import RepositoryBase
from rupturetool.storage.tables import (
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
        """Every live marker, column by column, joined with what a tidy export needs (``turn_text`` and ``note``
        if asked: verbatim text is not read otherwise).

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
                    (MarkerRow.note if with_text else literal(None)).label("note"),
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
            query = in_sessions(query, client_code, date_from, date_to)
            coders = {
                cid: (name, role) for cid, name, role in orm.execute(select(CoderRow.id, CoderRow.name, CoderRow.role))
            }
            if coder is not None:
                query = query.where(MarkerRow.coder_id.in_([cid for cid, (name, _) in coders.items() if name == coder]))
            found = fetch_columns(orm, query)
            memberships = in_sessions(
                select(EpisodeMarkerRow.marker_id, EpisodeMarkerRow.episode_id)
                .join(MarkerRow, MarkerRow.id == EpisodeMarkerRow.marker_id)
                .join(SessionRow, SessionRow.id == MarkerRow.session_id)
                .order_by(EpisodeMarkerRow.episode_id),
                client_code,
                date_from,
                date_to,
            )
            episodes: dict[int, list[int | None]] = {}
            got = fetch_columns(orm, memberships)
            for marker_id, episode_id in zip(got["marker_id"], got["episode_id"], strict=True):
                episodes.setdefault(marker_id, []).append(episode_id)
            outside: list[int | None] = [None]
            groups = [episodes.get(m, outside) for m in found["marker_id"]]
            if any(len(group) > 1 for group in groups):  # a marker in two episodes: one row per episode, as joined
                found = {k: [v for v, g in zip(values, groups, strict=True) for _ in g] for k, values in found.items()}
            episode_ids = [e for group in groups for e in group]
            sessions = found["session_id"]
            by_session = sessions_in_order(orm, client_code, date_from, date_to)
            per_row = spread(sessions, by_session, ["client", "attachment", "session_date", "session_number"])
            who = [coders[cid] for cid in found.pop("coder_id")]
            return {
                "client": per_row["client"],
                "attachment": per_row["attachment"],
                "session_id": sessions,
                "session_date": per_row["session_date"],
                "session_number": per_row["session_number"],
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
            query = in_sessions(
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
            return fetch_columns(orm, query)

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
            return records(fetch_columns(orm, query))

    def session_ids(
        self, client_code: str | None = None, date_from: date | None = None, date_to: date | None = None
    ) -> list[int]:
        """The ids of the sessions in the selection (one client, a date range)."""
        with self.atomic() as orm:
            return sessions_in_order(orm, client_code, date_from, date_to, SessionRow.id)["session_id"]

    def session_table(
        self, client_code: str | None = None, date_from: date | None = None, date_to: date | None = None
    ) -> Columns:
        """Every session, column by column: client, date, number, turn and word counts, first/last turn times
        (seconds); by client, date, number and id.

        The turns are grouped by session alone (grouping them by the session's fields too made SQLite sort every
        turn with its text); their texts come joined by a space, one string per session, and words are counted
        here (``str.split`` rules, which SQL cannot match).
        """
        with self.atomic() as orm:
            order = (ClientRow.code, SessionRow.session_date, SessionRow.number, SessionRow.id)
            sessions = sessions_in_order(orm, client_code, date_from, date_to, *order)
            query = select(
                TurnRow.session_id,
                func.count(TurnRow.id).label("turns"),
                func.aggregate_strings(TurnRow.text, " ").label("words"),
                func.min(TurnRow.start).label("first_start"),
                func.max(TurnRow.start).label("last_start"),
                func.max(func.coalesce(TurnRow.end, TurnRow.start)).label("last_end"),
            ).group_by(TurnRow.session_id)
            if (client_code, date_from, date_to) != (None, None, None):  # else every session is in the selection
                chosen = in_sessions(select(SessionRow.id), client_code, date_from, date_to)
                query = query.where(TurnRow.session_id.in_(chosen))
            turns = fetch_columns(orm, query)
        turns["words"] = [word_count(text) for text in turns["words"]]
        found = {sid: i for i, sid in enumerate(turns.pop("session_id"))}
        at = [found.get(sid) for sid in sessions["session_id"]]
        none = {"turns": 0, "words": 0, "first_start": None, "last_start": None, "last_end": None}  # no turns
        table = {k: sessions[k] for k in ("client", "attachment", "session_id", "session_date", "session_number")}
        for key, values in turns.items():
            table[key] = [none[key] if i is None else values[i] for i in at]
        return table

    def session_rows(
        self, client_code: str | None = None, date_from: date | None = None, date_to: date | None = None
    ) -> list[dict[str, Any]]:
        """One dict per session (see ``session_table``)."""
        return records(self.session_table(client_code, date_from, date_to))

    def episode_table(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> Columns:
        """Every live episode, column by column, with per episode the lists of its (live) markers' turns, its
        stage events ``(stage, turn)`` and its strategy events ``(code, turn)``, each in turn order."""
        with self.atomic() as orm:
            query = scoped(
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
            found = fetch_columns(orm, query)
            # Every episode's events unless the selection is narrower: then only the selected episodes' (a
            # subquery, no limit on bound values). Events of deleted episodes are read and dropped below.
            narrowed = (client_code, coder, date_from, date_to) != (None, None, None, None)
            ids = query.with_only_columns(EpisodeRow.id).order_by(None) if narrowed else None
            marker_turns = (
                select(EpisodeMarkerRow.episode_id, TurnRow.idx)
                .join(MarkerRow, MarkerRow.id == EpisodeMarkerRow.marker_id)
                .join(TurnRow, TurnRow.id == MarkerRow.turn_id)
                .where(MarkerRow.deleted.is_(False))
                .order_by(TurnRow.idx)
            )
            events = [(fetch_columns(orm, _among(marker_turns, EpisodeMarkerRow.episode_id, ids)), "idx", None)]
            for column in (StageEventRow.stage, StrategyEventRow.code):
                table = column.class_  # StageEventRow or StrategyEventRow: same shape, one query each
                query = (
                    select(table.episode_id, column, TurnRow.idx)
                    .join(TurnRow, TurnRow.id == table.turn_id)
                    .order_by(TurnRow.idx, table.id)
                )
                events.append((fetch_columns(orm, _among(query, table.episode_id, ids)), column.key, "idx"))
        for key, (got, first, second) in zip(("marker_turns", "stages", "strategies"), events, strict=True):
            of: dict[int, list[Any]] = {e: [] for e in found["episode_id"]}
            lists = [of.get(e) for e in got["episode_id"]]
            items = got[first] if second is None else zip(got[first], got[second], strict=True)
            for into, item in zip(lists, items, strict=True):
                if into is not None:
                    into.append(item)
            found[key] = list(of.values())  # in episode order: the dict was filled in that order
        return found

    def episode_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per live episode (see ``episode_table``)."""
        return records(self.episode_table(client_code, coder, date_from, date_to))

    def measure_rows(
        self,
        client_code: str | None = None,
        coder: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[dict[str, Any]]:
        """One dict per session measure; measures entered without a coder belong to every coder."""
        with self.atomic() as orm:
            query = scoped(
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
            return records(fetch_columns(orm, query))


def _among(query: Select[Any], episode_id: Any, ids: Select[Any] | None) -> Select[Any]:
    """``query`` limited to the episodes ``ids`` selects (all of them when None)."""
    return query if ids is None else query.where(episode_id.in_(ids))
