"""Before/after for the audit trail, recorded in one place: ORM session events, not the ~30 repository methods.

How it works (one ORM session is one transaction, see ``RepositoryBase.atomic``):

- ``RepositoryBase._audit`` queues its audit row on the session instead of adding it;
- every flush notes what it is about to change: inserted rows (by reference: their ids and defaults come with the
  flush), the changed columns of updated rows (old and new value), the columns of deleted rows; ORM bulk statements
  are noted too: a bulk INSERT as a row count (an import's 5,000 turns never become 5,000 blobs), a bulk DELETE as
  the rows it is about to remove (read first, up to ``MAX_ROWS``, else counted);
- just before commit the queued audit rows are given their ``before``/``after`` and added, so they are written last,
  with everything the transaction changed. Nothing is written for a transaction that rolls back.

Which audit row gets which change: the row an audit event names (entity, entity_id) gives that event its own
top-level ``before``/``after`` (only the changed columns for an update; every column for an insert (after) or a
delete (before)). Any other changed row goes, as ``"table:id": {columns}``, to the event of a row it points to
(a stage event to its episode's event, a turn's segments to the turn's event), else to the transaction's last event.
More than ``MAX_ROWS`` such rows on one event, and bulk inserts, become counts: ``after["_counts"] = {table:
{"inserted": n, "updated": n, "deleted": n}}``. Values are JSON: dates ISO 8601, bytes left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, func, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.attributes import NO_VALUE, flag_modified

from rupturetool.storage.tables import AuditRow

MAX_ROWS = 25  # related rows listed in full on one event; more are counted
QUEUE = "audit_queue"  # session.info keys
CHANGES = "audit_changes"
BULK = "audit_bulk"
TOUCHED = "audit_touched"
WRITTEN = "audit_written"  # the audit rows a committed transaction wrote: the app's own changes, not others'

# The table each audit ``entity`` names (entities not listed here get their changes only as related rows).
ENTITY_TABLES = {
    "assignment": "assignments",
    "coder": "coders",
    "comment": "comments",
    "episode": "episodes",
    "marker": "markers",
    "measure": "session_measures",
    "review": "reviews",
    "session": "sessions",
    "slice_code": "slice_codes",
    "speaker_role": "speakers",
    "suggestion": "suggestion_decisions",
    "turn": "turns",
}


@dataclass
class _Change:
    """What one row went through in the transaction (several flushes merge into one)."""

    obj: Any  # the ORM object, or None for a row removed by a bulk DELETE
    table: Table
    inserted: bool = False
    deleted: bool = False
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    key: tuple[Any, ...] | None = None  # primary key, for rows known only from a bulk DELETE

    def identity(self) -> tuple[Any, ...] | None:
        if self.key is not None:
            return self.key
        state = inspect(self.obj)
        return state.identity


def install(factory: sessionmaker) -> None:
    """Record before/after on every session ``factory`` makes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "do_orm_execute", _on_orm_execute)
    event.listen(factory, "before_commit", _before_commit)


def queue(orm: Session, row: AuditRow) -> None:
    orm.info.setdefault(QUEUE, []).append(row)


def touch(orm: Session, obj: Any, attr: str) -> None:
    """Make the flush UPDATE ``obj`` even if none of its columns changed (so its row version moves when only rows in
    other tables did), without recording a change of ``attr`` that did not happen."""
    if orm.is_modified(obj, include_collections=False):
        return  # a column changed: the UPDATE happens anyway (and flagging would forget the old value)
    flag_modified(obj, attr)
    orm.info.setdefault(TOUCHED, set()).add((id(obj), attr))


# -- noting changes -------------------------------------------------------------------------------------------------
def _changes(orm: Session) -> dict[Any, _Change]:
    return orm.info.setdefault(CHANGES, {})


def _before_flush(orm: Session, _context: Any, _instances: Any) -> None:
    changes = _changes(orm)
    for obj in orm.new:
        if not isinstance(obj, AuditRow) and id(obj) not in changes:
            changes[id(obj)] = _Change(obj, obj.__table__, inserted=True)
    for obj in orm.dirty:
        if isinstance(obj, AuditRow):
            continue
        old, new = _column_history(obj, orm.info.get(TOUCHED, ()))
        if not old and not new:
            continue  # touched, not changed
        change = changes.setdefault(id(obj), _Change(obj, obj.__table__))
        if not change.inserted:
            for name, value in old.items():
                change.before.setdefault(name, value)  # the value before the transaction, not before this flush
            change.after.update(new)
    for obj in orm.deleted:
        if isinstance(obj, AuditRow):
            continue
        change = changes.setdefault(id(obj), _Change(obj, obj.__table__))
        change.deleted = True
        change.before = {**_committed_values(obj), **change.before}
        change.after = {}


def _column_history(obj: Any, touched: Any = ()) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history  # never loads: no queries inside a flush
        if not history.has_changes() or (not history.deleted and (id(obj), attr.key) in touched):
            continue
        column = attr.columns[0].name
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before == after:
            continue
        if _storable(before) and _storable(after):
            old[column], new[column] = _json_value(before), _json_value(after)
    return old, new


def _committed_values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history  # never loads: no queries inside a flush
        value = (history.deleted or history.unchanged or [NO_VALUE])[0]
        if value is not NO_VALUE and _storable(value):
            values[attr.columns[0].name] = _json_value(value)
    return values


def _current_values(obj: Any) -> dict[str, Any]:
    """The columns an inserted row holds, as loaded (server defaults not read back are left out: no extra query)."""
    state = inspect(obj)
    loaded = state.dict
    return {
        attr.columns[0].name: _json_value(loaded[attr.key])
        for attr in state.mapper.column_attrs
        if attr.key in loaded and _storable(loaded[attr.key])
    }


def _on_orm_execute(execute: ORMExecuteState) -> None:
    if not (execute.is_insert or execute.is_delete) or execute.bind_mapper is None:
        return
    table = execute.bind_mapper.local_table
    if not isinstance(table, Table) or table.name == AuditRow.__tablename__:
        return
    if execute.is_insert:
        params = execute.parameters
        rows = params if isinstance(params, list) else [params] if params else []
        if not rows:
            return
        _bulk(execute.session).append((table, "inserted", len(rows), dict(rows[0])))
        return
    where = execute.statement.whereclause
    query = select(table) if where is None else select(table).where(where)
    found = execute.session.execute(query.limit(MAX_ROWS + 1)).mappings().all()
    if len(found) > MAX_ROWS:  # too many to list: count them (the audit row keeps a count, not the rows)
        total = execute.session.scalar(select(func.count()).select_from(query.subquery()))
        _bulk(execute.session).append((table, "deleted", int(total or 0), dict(found[0])))
        return
    changes = _changes(execute.session)
    keys = [c.name for c in table.primary_key.columns]
    for row in found:
        values = {k: _json_value(v) for k, v in row.items() if _storable(v)}
        key = tuple(row[k] for k in keys)
        changes[("bulk", table.name, key)] = _Change(None, table, deleted=True, before=values, key=key)


def _bulk(orm: Session) -> list[tuple[Table, str, int, dict[str, Any]]]:
    return orm.info.setdefault(BULK, [])


# -- attaching them to the audit rows -------------------------------------------------------------------------------
def _before_commit(orm: Session) -> None:
    if orm.in_nested_transaction():
        return  # a savepoint released (repo_base._insert_unique): the transaction itself goes on
    rows: list[AuditRow] = orm.info.pop(QUEUE, [])
    if not rows:
        orm.info.pop(CHANGES, None)
        orm.info.pop(BULK, None)
        return
    orm.flush()  # what is still pending gets its ids (and is noted) first
    changes = [c for c in orm.info.pop(CHANGES, {}).values() if not (c.inserted and c.deleted)]
    bulk = orm.info.pop(BULK, [])
    payloads = [_Payload() for _ in rows]
    by_target = {(ENTITY_TABLES.get(r.entity), r.entity_id): i for i, r in enumerate(rows) if r.entity_id is not None}
    for change in changes:
        _place(change, rows, payloads, by_target)
    for table, what, count, sample in bulk:
        target = _owner(table, sample, by_target)
        payloads[len(rows) - 1 if target is None else target].count(table.name, what, count)
    for row, payload in zip(rows, payloads, strict=True):
        row.before, row.after = payload.encode()
        orm.add(row)
    orm.info[WRITTEN] = rows


@dataclass
class _Payload:
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    related: list[tuple[str, dict[str, Any] | None, dict[str, Any] | None]] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def count(self, table: str, what: str, n: int) -> None:
        per_table = self.counts.setdefault(table, {})
        per_table[what] = per_table.get(what, 0) + n

    def _net_related(self) -> None:
        """One entry per row: a row deleted and inserted again (an episode's links rewritten) shows what changed."""
        merged: dict[str, list[dict[str, Any] | None]] = {}
        for key, old, new in self.related:
            if key in merged:
                merged[key][1] = new
            else:
                merged[key] = [old, new]
        self.related = []
        _drop_rewritten(merged)
        for key, (old, new) in merged.items():
            if old is not None and new is not None:
                changed = [k for k in {**old, **new} if old.get(k) != new.get(k)]
                if not changed:
                    continue
                old, new = {k: old.get(k) for k in changed}, {k: new.get(k) for k in changed}
            self.related.append((key, old, new))

    def encode(self) -> tuple[str | None, str | None]:
        self._net_related()
        before, after = dict(self.before), dict(self.after)
        if len(self.related) > MAX_ROWS:
            for key, old, new in self.related:
                what = "deleted" if new is None else "inserted" if old is None else "updated"
                self.count(key.split(":", 1)[0], what, 1)
        else:
            for key, old, new in self.related:
                if old is not None:
                    before[key] = old
                if new is not None:
                    after[key] = new
        if self.counts:
            after["_counts"] = self.counts
        return _dump(before), _dump(after)


def _drop_rewritten(merged: dict[str, list[dict[str, Any] | None]]) -> None:
    """Child rows deleted and inserted again unchanged but for their new id (an episode's stages are rewritten on
    every save) are no change: drop both."""
    gone: dict[tuple[str, str], list[str]] = {}
    for key, (old, new) in merged.items():
        if old is not None and new is None:
            gone.setdefault((key.split(":", 1)[0], _content(old)), []).append(key)
    for key, (old, new) in list(merged.items()):
        if old is None and new is not None:
            twins = gone.get((key.split(":", 1)[0], _content(new)))
            if twins:
                del merged[twins.pop()], merged[key]


def _content(values: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in values.items() if k != "id"}, sort_keys=True, default=str)


def _place(change: _Change, rows: list[AuditRow], payloads: list[_Payload], by_target: dict) -> None:
    identity = change.identity()
    if identity is None:
        return  # never reached the database
    own = by_target.get((change.table.name, identity[0])) if len(identity) == 1 else None
    if change.deleted:
        old, new = change.before, None
    elif change.inserted:
        old, new = None, _current_values(change.obj)
    else:
        old, new = change.before, change.after
    if own is not None:
        payloads[own].before.update(old or {})
        payloads[own].after.update(new or {})
        return
    values = old if new is None else new
    if not change.inserted and not change.deleted and change.obj is not None:
        values = {**_current_values(change.obj), **values}  # the foreign keys an update left alone
    target = _owner(change.table, values, by_target)
    key = f"{change.table.name}:{','.join(str(k) for k in identity)}"
    payloads[len(rows) - 1 if target is None else target].related.append((key, old, new))


def _owner(table: Table, values: dict[str, Any], by_target: dict) -> int | None:
    """The audit event of a row ``values`` points to through a foreign key, if the transaction has one."""
    for fk in table.foreign_keys:
        value = values.get(fk.parent.name)
        if value is not None and (fk.column.table.name, value) in by_target:
            return by_target[(fk.column.table.name, value)]
    return None


# -- JSON ---------------------------------------------------------------------------------------------------------
def _storable(value: Any) -> bool:
    return not isinstance(value, bytes | bytearray | memoryview)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _dump(values: dict[str, Any]) -> str | None:
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else None
