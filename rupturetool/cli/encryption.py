"""``rupturetool encrypt`` / ``decrypt`` / ``rekey``: encrypted or plain copies of a local SQLite database
(SQLCipher, see docs/encryption.md). The original file is never changed: the copy goes to a new file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from rupturetool.cli.main import _state, app
from rupturetool.core.errors import InputError

DbUrl = Annotated[
    str | None,
    typer.Option("--db", envvar="RUPTURETOOL_DB", help="The database to copy (default: the one in use)."),
]
OutFile = Annotated[Path, typer.Option("--out", help="The new database file (must not exist yet).")]
PassphraseFile = Annotated[
    Path | None,
    typer.Option(
        "--passphrase-file",
        help="Read the passphrase from the first line of this file (else RUPTURETOOL_PASSPHRASE, else asked).",
    ),
]


def _url(db: str | None) -> str:
    from rupturetool.services import paths

    return db or _state.get("db") or paths.default_database_url()


def _passphrase(file: Path | None, prompt: str, *, confirm: bool) -> str:
    """From the file, the environment, or (at a terminal only) typed without echo."""
    from rupturetool.services.encryption import PASSPHRASE_SETTING, passphrase_from

    given = passphrase_from(file=file or _state.get("passphrase_file"))
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise InputError(f"no passphrase: give --passphrase-file FILE or set {PASSPHRASE_SETTING}")
    return str(typer.prompt(prompt, hide_input=True, confirmation_prompt=confirm))


@app.command("encrypt")
def encrypt_cmd(out: OutFile, db: DbUrl = None, passphrase_file: PassphraseFile = None) -> None:
    """Write an encrypted copy of a plain SQLite database to a new file (the original is left as it is)."""
    from rupturetool.services.encryption import encrypt_copy

    passphrase = _passphrase(passphrase_file, "New passphrase", confirm=True)
    tables = encrypt_copy(_url(db), out, passphrase)
    typer.echo(f"{out}: encrypted copy written ({tables} tables); the original is unchanged — see docs/encryption.md")


@app.command("decrypt")
def decrypt_cmd(out: OutFile, db: DbUrl = None, passphrase_file: PassphraseFile = None) -> None:
    """Write a plain (unencrypted!) copy of an encrypted database to a new file."""
    from rupturetool.services.encryption import decrypt_copy

    passphrase = _passphrase(passphrase_file, "Passphrase", confirm=False)
    tables = decrypt_copy(_url(db), out, passphrase)
    typer.echo(f"{out}: plain copy written ({tables} tables) — it is NOT encrypted: keep it safe or delete it")


@app.command("rekey")
def rekey_cmd(
    out: OutFile,
    db: DbUrl = None,
    passphrase_file: PassphraseFile = None,
    new_passphrase_file: Annotated[
        Path | None, typer.Option("--new-passphrase-file", help="Read the new passphrase from this file (else asked).")
    ] = None,
) -> None:
    """Write a copy of an encrypted database, encrypted with a new passphrase, to a new file."""
    from rupturetool.services.encryption import passphrase_from, rekey_copy

    old = _passphrase(passphrase_file, "Current passphrase", confirm=False)
    if new_passphrase_file is not None:
        new = passphrase_from({}, new_passphrase_file)
    elif sys.stdin.isatty():
        new = str(typer.prompt("New passphrase", hide_input=True, confirmation_prompt=True))
    else:
        raise InputError("no new passphrase: give --new-passphrase-file FILE")
    assert new is not None
    tables = rekey_copy(_url(db), out, old, new)
    typer.echo(f"{out}: copy with the new passphrase written ({tables} tables); the original is unchanged")
