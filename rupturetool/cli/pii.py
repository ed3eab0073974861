"""``rupturetool pii SESSION_ID``: list the likely identifiers in a transcript, or redact them (undoable in the app)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from rupturetool.cli.main import _project, app


@app.command("pii")
def pii_cmd(
    session_id: Annotated[int, typer.Argument(help="Session id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the identifiers as JSON.")] = False,
    redact: Annotated[
        bool, typer.Option("--redact", help="Replace every identifier found with [NAME], [PHONE]... (one edit).")
    ] = False,
) -> None:
    """Scan a session for names, phone numbers, e-mails, dates of birth, addresses and ID numbers."""
    from rupturetool.services.deidentify import redact_session, scan_session

    project = _project()
    hits = scan_session(project, session_id)
    texts = {t.index: t.text for t in project.session(session_id).turns}
    if redact and hits:
        redact_session(project, session_id, hits)
    if as_json:
        found = [{**h.as_json(), "text": texts[h.turn_index][h.start_char : h.end_char]} for h in hits]
        typer.echo(json.dumps({"session": session_id, "redacted": redact, "identifiers": found}, ensure_ascii=False))
        return
    for hit in hits:
        text = texts[hit.turn_index][hit.start_char : hit.end_char]
        typer.echo(f"turn {hit.turn_index + 1}\t{hit.kind}\t{text}\t{hit.reason}")
    verb = "redacted" if redact else "found"
    typer.echo(f"session {session_id}: {len(hits)} likely identifier{'s' if len(hits) != 1 else ''} {verb}", err=True)
