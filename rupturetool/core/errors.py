"""Errors that carry a one-line message meant for the user (CLI stderr, GUI dialog)."""


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
