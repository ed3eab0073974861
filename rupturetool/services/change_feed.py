"""Other people's changes to the open session, found in the audit trail, so the app can show them without a restart.

Every change anyone makes is written with its audit event in the same transaction, so the trail is a complete,
ordered feed of changes; polling it (one indexed query) works the same on SQLite and PostgreSQL. The app's own
changes are known by their event ids (``Repository.own_events``) and left out, whoever the coder is — the same
coder working in a second window is "someone else" to this one.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from rupturetool.core.domain import AuditEvent
from rupturetool.core.errors import ConflictError
from rupturetool.core.review_commands import SupervisionChange
from rupturetool.services.audit import summary

if TYPE_CHECKING:
    from rupturetool.storage.repository import Repository

# Which views an event of each entity touches (the flags of Change / SupervisionChange).
REFRESH = {
    "marker": ("markers",),
    "suggestion": ("markers",),
    "episode": ("episodes",),
    "measure": ("measures",),
    "slice_code": ("slices",),
    "turn": ("transcript",),
    "speaker_role": ("transcript",),
    "session": ("transcript",),
    "review": ("reviews",),
    "comment": ("comments",),
    "assignment": ("assignments",),
    "coder": ("coders",),
}


class ChangeFeedMixin:
    repo: Repository
    coder: str

    def change_mark(self) -> int:
        """Where the feed starts: changes after this mark are reported by :meth:`others_changes`."""
        return self.repo.last_event_id()

    def others_changes(self, session_id: int, since: int) -> tuple[int, SupervisionChange | None, list[AuditEvent]]:
        """Changes others made to ``session_id`` after ``since``: the new mark, what to refresh (None: nothing), and
        the events. Changes to layers the coder may not see (blind double coding) are not reported."""
        events = self.repo.events_after(session_id, since)
        mark = max((e.id for e in events if e.id is not None), default=since)
        visible = self.visible_coders(session_id)  # type: ignore[attr-defined]  # SupervisionMixin
        theirs = [
            e
            for e in events
            if e.id not in self.repo.own_events and (visible is None or e.coder is None or e.coder in visible)
        ]
        if not theirs:
            return mark, None, []
        flags = {flag for e in theirs for flag in REFRESH.get(e.entity, ())}
        change = SupervisionChange(session_id, description=describe(theirs, self.coder), **dict.fromkeys(flags, True))
        return mark, change, theirs

    def conflict_detail(self, error: ConflictError) -> str:
        """What the other change that caused ``error`` was ("significance 3 → 5"), or "" when it is not known."""
        event = self.repo.audit_event(error.event_id) if error.event_id is not None else None
        if event is None:
            return ""
        # A coder row made in passing (their first change) is not part of what they changed.
        trimmed = {k: v for k, v in (event.after or {}).items() if not k.startswith("coders:")}
        return summary(dataclasses.replace(event, after=trimmed), width=200)


def describe(events: list[AuditEvent], me: str) -> str:
    """One line for the status bar: the change itself when there is one, else how many and by whom."""

    def who(event: AuditEvent) -> str:
        if event.coder == me:
            return "You (elsewhere)"
        return event.coder or "Someone"

    if len(events) == 1:
        [event] = events
        what = summary(event, width=80)
        return f"{who(event)} {_past(event.action)} a {event.entity.replace('_', ' ')}" + (f": {what}" if what else "")
    names = sorted({who(e) for e in events})
    return f"{len(events)} changes to this session by {', '.join(names)}"


def _past(action: str) -> str:
    return {"add": "added", "delete": "removed", "edit": "changed", "restore": "restored"}.get(action, action)
