"""The audit trail for people: who changed what, when, from what to what; filtered, summarised and exported.

Exports carry no transcript text unless asked (``include_text``): the values of text columns (a turn's words, notes,
comments, reasons) are replaced by "[text]". A blind coder who has not yet submitted sees no other coder's events in
that session (the events would show their codes).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rupturetool.core.domain import AuditEvent
from rupturetool.core.errors import InputError

if TYPE_CHECKING:
    from rupturetool.services.project import Project

TEXT_COLUMNS = frozenset({"text", "original_text", "note", "notes", "reason"})
TEXT_MARK = "[text]"
CSV_COLUMNS = ("id", "at", "coder", "action", "entity", "entity_id", "session_id", "detail", "before", "after")


def history(
    project: Project,
    *,
    session_id: int | None = None,
    marker_id: int | None = None,
    episode_id: int | None = None,
    coder: str | None = None,
    since: datetime | None = None,
    limit: int | None = None,
) -> list[AuditEvent]:
    """Audit events, newest first: of a session, a marker or an episode (with its children's), a coder, since."""
    if marker_id is not None and episode_id is not None:
        raise InputError("ask for the history of a marker or of an episode, not both")
    entity, entity_id = ("marker", marker_id) if marker_id is not None else ("episode", episode_id)
    events = project.repo.audit_events(
        session_id,
        entity=entity if entity_id is not None else None,
        entity_id=entity_id,
        coder=coder,
        since=since,
        limit=limit,
    )
    return _visible(project, events)


def _visible(project: Project, events: list[AuditEvent]) -> list[AuditEvent]:
    seen: dict[int, frozenset[str] | None] = {}
    kept = []
    for event in events:
        if event.session_id is not None and event.session_id not in seen:
            seen[event.session_id] = project.visible_coders(event.session_id)
        visible = seen.get(event.session_id) if event.session_id is not None else None
        if visible is None or event.coder is None or event.coder in visible:
            kept.append(event)
    return kept


def without_text(values: Any) -> Any:
    """``values`` with the contents of text columns replaced by "[text]" (at any depth: related rows too)."""
    if isinstance(values, dict):
        return {
            k: TEXT_MARK if k in TEXT_COLUMNS and isinstance(v, str) and v else without_text(v)
            for k, v in values.items()
        }
    return values


def record(event: AuditEvent, *, include_text: bool = False) -> dict[str, Any]:
    """One event as plain values (JSON- and CSV-ready)."""
    before, after = event.before, event.after
    if not include_text:
        before, after = without_text(before), without_text(after)
    return {
        "id": event.id,
        "at": event.at.isoformat() if event.at else None,
        "coder": event.coder,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "session_id": event.session_id,
        "detail": event.detail,
        "before": before,
        "after": after,
    }


def summary(event: AuditEvent, *, include_text: bool = False, width: int = 120) -> str:
    """One line on what an event changed: "significance 3 → 5" (the changed columns of the event's own row), or
    "added: <detail>" / "removed: <detail>" for a whole row, else the detail; other rows it touched are named."""
    before = event.before or {}
    after = event.after or {}
    if not include_text:
        before, after = without_text(before), without_text(after)
    own = [k for k in {**before, **after} if ":" not in k and not k.startswith("_")]
    if before and after and own:
        text = ", ".join(f"{k} {_short(before.get(k))} → {_short(after.get(k))}" for k in own)
    elif own:  # the whole row came or went: the detail says it better than a dozen columns
        text = ("added" if after else "removed") + (f": {event.detail}" if event.detail else "")
    else:
        text = event.detail
    related = {k.split(":", 1)[0] for k in {**before, **after} if ":" in k}
    counts = after.get("_counts") or {}
    extra = sorted(related | set(counts))
    if extra:
        text = f"{text}; also {', '.join(extra)}" if text else f"{', '.join(extra)}"
    return text if len(text) <= width else text[: width - 1] + "…"


def _short(value: Any) -> str:
    if value is None:
        return "–"
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) and not value else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def export_audit(
    project: Project,
    out: Path,
    *,
    session_id: int | None = None,
    marker_id: int | None = None,
    episode_id: int | None = None,
    coder: str | None = None,
    since: datetime | None = None,
    include_text: bool = False,
) -> int:
    """Write the selected events (oldest first) to ``out`` as a tidy CSV, one row per event, before/after as JSON
    text. The file appears whole or not at all. Returns the number of events."""
    events = history(
        project, session_id=session_id, marker_id=marker_id, episode_id=episode_id, coder=coder, since=since
    )
    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(f"{out}: folder {out.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, CSV_COLUMNS, lineterminator="\n")
            writer.writeheader()
            for event in reversed(events):
                row = record(event, include_text=include_text)
                for key in ("before", "after"):
                    row[key] = "" if row[key] is None else json.dumps(row[key], ensure_ascii=False, sort_keys=True)
                writer.writerow({k: "" if v is None else v for k, v in row.items()})
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return len(events)
