"""``rupturetool suggest``: the rule suggester's suggestions for a session, as a table or JSON."""

from __future__ import annotations

from typing import Annotated

import typer

from rupturetool.cli.main import _print_json, _project, app


@app.command("suggest")
def suggest_cmd(
    session_id: Annotated[int, typer.Argument(help="Session id (see `rupturetool sessions`).")],
    as_json: Annotated[bool, typer.Option("--json", help='Print JSON: {"suggestions": [...]}.')] = False,
    all_: Annotated[bool, typer.Option("--all", help="Include suggestions you already decided or coded.")] = False,
) -> None:
    """Suggest rupture markers, stage 1 and resolution strategies for a session (rules; nothing is stored)."""
    from rupturetool.services.suggestions import SuggestionsMixin

    project = _project()
    try:
        found = SuggestionsMixin.suggestions(project, session_id, pending_only=not all_)  # type: ignore[arg-type]
    finally:
        project.close()
    if as_json:
        _print_json({"suggestions": [s.as_json() for s in found]})
        return
    if not found:
        typer.echo(f"session {session_id}: no suggestions")
        return
    typer.echo(f"{'turn':>4} {'seg':>3} {'chars':>11}  {'family':<13} {'code':<4} {'conf':>4}  why")
    for s in found:
        chars = f"{s.start_char}-{s.end_char}"
        typer.echo(
            f"{s.turn_index:>4} {s.segment_index:>3} {chars:>11}  {s.family:<13} {s.subtype:<4} "
            f"{s.confidence:>4.2f}  {s.explanation}"
        )
    typer.echo(f"{len(found)} suggestions for session {session_id}", err=True)
