"""``rupturetool audit``: the audit trail (who changed what, when, from what to what), printed or exported as CSV.

Registered on the main app by importing this module from ``rupturetool.cli.main``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from rupturetool.cli.main import _print_json, _project, app
from rupturetool.core.errors import InputError


@app.command("audit")
def audit_cmd(
    session: Annotated[int | None, typer.Option("--session", help="Only this session's events.")] = None,
    marker: Annotated[
        int | None, typer.Option("--marker", help="A marker's history (with its comments and episodes).")
    ] = None,
    episode: Annotated[int | None, typer.Option("--episode", help="An episode's history (stages, strategies).")] = None,
    coder: Annotated[str | None, typer.Option("--coder", help="Only changes made by this coder.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only changes from this date/time (ISO 8601) on.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the events as JSON.")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Write the events to this CSV file instead.")] = None,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="Keep transcript text, notes and comments in the output.")
    ] = False,
) -> None:
    """Show the audit trail, newest first: every change with its coder, time, and the values before and after."""
    from rupturetool.services import audit

    if marker is not None and episode is not None:
        raise InputError("--marker and --episode cannot be used together")
    moment = _parse_since(since)
    project = _project()
    try:
        if out is not None:
            count = audit.export_audit(
                project,
                out,
                session_id=session,
                marker_id=marker,
                episode_id=episode,
                coder=coder,
                since=moment,
                include_text=include_text,
            )
            typer.echo(f"{out}: {count} audit events", err=True)
            return
        events = audit.history(
            project, session_id=session, marker_id=marker, episode_id=episode, coder=coder, since=moment
        )
        if as_json:
            _print_json([audit.record(e, include_text=include_text) for e in events])
            return
        for event in events:
            when = event.at.strftime("%Y-%m-%d %H:%M:%S") if event.at else "?"
            what = f"{event.action} {event.entity}" + (f" {event.entity_id}" if event.entity_id is not None else "")
            where = f" (session {event.session_id})" if event.session_id is not None and session is None else ""
            change = audit.summary(event, include_text=include_text)
            typer.echo(f"{when}  {event.coder or '-'}  {what}{where}" + (f": {change}" if change else ""))
        if not events:
            typer.echo("no audit events match", err=True)
    finally:
        project.close()


def _parse_since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"--since {value!r} is not a date or time in the form YYYY-MM-DD[THH:MM]") from None
