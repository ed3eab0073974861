"""``rupturetool backup``, ``restore`` and ``backups list``: whole-database backup files and automatic copies.

A backup holds verbatim transcripts: keep it as safe as the database (see docs/backup.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rupturetool.cli.main import DbOption, _print_json, _state, app

backups_app = typer.Typer(help="Automatic backups of a local SQLite database.", rich_markup_mode=None)
app.add_typer(backups_app, name="backups")

JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]


def _database(db: str | None) -> str:
    from rupturetool.services.paths import default_database_url

    return db or _state.get("db") or default_database_url()


@app.command("backup")
def backup_cmd(
    out: Annotated[Path, typer.Option("--out", help="Backup file to write: a zip, or plain JSON if it ends in .json.")],
    plain: Annotated[bool, typer.Option("--plain", help="Plain JSON whatever the file is called.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Write the whole database to one file (zipped JSON), restorable into SQLite or PostgreSQL."""
    from rupturetool.services.backup import backup_to_file

    summary = backup_to_file(_database(db), out, zipped=False if plain else None)
    if as_json:
        _print_json(summary.as_json())
        return
    sessions, rows = summary.counts.get("sessions", 0), sum(summary.counts.values())
    typer.echo(f"{out}: backup of {sessions} sessions ({rows} records in {len(summary.counts)} tables)", err=True)
    typer.echo("It holds verbatim transcripts: keep it as safe as the database.", err=True)


@app.command("restore")
def restore_cmd(
    file: Annotated[Path, typer.Argument(help="A backup file (zip, JSON, or an automatic .sqlite copy).")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Delete what the database holds and put the backup in its place.")
    ] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Restore a backup into an empty database (or, with --replace, instead of what it holds): all or nothing."""
    from rupturetool.services.backup import restore_from_file

    summary = restore_from_file(file, _database(db), replace=replace)
    if as_json:
        _print_json(summary.as_json())
        return
    counts = summary.counts
    typer.echo(
        f"{file}: restored {counts.get('clients', 0)} clients, {counts.get('sessions', 0)} sessions, "
        f"{counts.get('markers', 0)} markers into {summary.database}",
        err=True,
    )
    if summary.upgraded:
        typer.echo(f"The backup's schema ({summary.revision}) was brought up to date.", err=True)
    if summary.set_aside:
        typer.echo(f"The unreadable database file was kept as {summary.set_aside}", err=True)


@backups_app.command("list")
def backups_list(
    every: Annotated[bool, typer.Option("--all", help="Backups of every database, not only this one.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the automatic backups, newest first (restore one with `rupturetool restore FILE`)."""
    from rupturetool.services.backup import list_backups

    found = list_backups(_database(db), every_database=every)
    if as_json:
        _print_json(
            {
                "backups": [
                    {"file": str(b.path), "taken": b.taken.isoformat(), "bytes": b.size, "database": b.database}
                    for b in found
                ]
            }
        )
        return
    if not found:
        typer.echo("no automatic backups yet (they are taken when the app opens a local SQLite database)", err=True)
        return
    for b in found:
        size = f"{b.size / 1_000_000:.1f} MB" if b.size >= 100_000 else f"{b.size / 1000:.0f} kB"
        typer.echo(f"{b.taken:%Y-%m-%d %H:%M:%S}  {size:>9}  {b.path}" + (f"  ({b.database})" if every else ""))
