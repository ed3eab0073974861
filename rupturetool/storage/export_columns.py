"""Helpers of the export queries: results column by column, the shared filters, exact word counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session as OrmSession

from rupturetool.storage.tables import ClientRow, SessionRow

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


def fetch_columns(orm: OrmSession, query: Select[Any]) -> Columns:
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


def take(values: Sequence[Any], at: list[int]) -> list[Any]:
    """``[values[i] for i in at]``, in C."""
    if len(at) > 1:
        return list(itemgetter(*at)(values))
    return [values[i] for i in at]


def scoped(query: Select[Any], client: str | None, date_from: date | None, date_to: date | None) -> Select[Any]:
    """The shared filters: one client, a date range (sessions without a date fall outside any range)."""
    if client is not None:
        query = query.where(ClientRow.code == client)
    if date_from is not None:
        query = query.where(SessionRow.session_date >= date_from)
    if date_to is not None:
        query = query.where(SessionRow.session_date <= date_to)
    return query


def in_sessions(query: Select[Any], client: str | None, date_from: date | None, date_to: date | None) -> Select[Any]:
    """``query`` (over a table with ``session_id``) joined to sessions and clients, with the shared filters."""
    return scoped(query.join(ClientRow, ClientRow.id == SessionRow.client_id), client, date_from, date_to)


def sessions_in_order(
    orm: OrmSession, client: str | None, date_from: date | None, date_to: date | None, *order: Any
) -> Columns:
    """Client code, attachment, date and number of every session in the selection, one row each, in ``order``."""
    query = select(
        SessionRow.id.label("session_id"),
        ClientRow.code.label("client"),
        ClientRow.attachment,
        SessionRow.session_date.label("session_date"),
        SessionRow.number.label("session_number"),
    ).select_from(SessionRow)
    return fetch_columns(orm, in_sessions(query, client, date_from, date_to).order_by(*order))


def spread(session_ids: list[int], by_session: Columns, names: list[str]) -> Columns:
    """Per-row copies of session columns (looked up once per session, not joined and converted once per row)."""
    position = {sid: i for i, sid in enumerate(by_session["session_id"])}
    at = [position[sid] for sid in session_ids]
    return {name: take(by_session[name], at) for name in names}
