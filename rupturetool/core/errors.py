"""Errors that carry a one-line message meant for the user (CLI stderr, GUI dialog)."""

from __future__ import annotations


class RuptureToolError(Exception):
    """Base class: str(error) is a complete one-line message naming the problem."""


class InputError(RuptureToolError):
    """A file or value supplied by the user cannot be used."""


class SchemeError(InputError):
    """A coding scheme file is malformed."""


class NotFoundError(RuptureToolError):
    """A client, session, marker... that was asked for does not exist."""


class StorageError(RuptureToolError):
    """The database cannot be opened, is corrupt, or refused a change."""


class CorruptDatabaseError(StorageError):
    """The database file cannot be read as a database: the app offers to restore the latest backup.

    ``problem`` says what is wrong; ``hint`` (may be empty) which backup to restore and how — the command line
    prints both in one line, the app asks its own question instead of the hint."""

    def __init__(self, problem: str, hint: str = "") -> None:
        super().__init__(f"{problem}. {hint}" if hint else problem)
        self.problem = problem
        self.hint = hint


class ConflictError(StorageError):
    """Someone else changed or removed what an edit was based on after it was read: nothing was stored.

    ``entity`` and ``entity_id`` name the item ("marker", 12); ``event_id`` is the audit event of the other change
    when it is known, so the app can show what that change was."""

    def __init__(
        self,
        message: str,
        *,
        entity: str = "",
        entity_id: int | None = None,
        session_id: int | None = None,
        event_id: int | None = None,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.session_id = session_id
        self.event_id = event_id

    def saying(self, message: str) -> ConflictError:
        """The same conflict told differently (e.g. as the reason an undo step was dropped)."""
        return ConflictError(
            message, entity=self.entity, entity_id=self.entity_id, session_id=self.session_id, event_id=self.event_id
        )
