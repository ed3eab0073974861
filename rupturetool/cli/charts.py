"""``rupturetool timeline``: a client's timeline chart as a PNG or SVG file, without opening a window."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rupturetool.cli.main import _project, app


@app.command("timeline")
def timeline_cmd(
    client: Annotated[str, typer.Option("--client", help="The client whose sessions to chart.")],
    out: Annotated[Path, typer.Option("--out", help="Chart file: .png or .svg.")],
    coder: Annotated[str | None, typer.Option("--coder", help="Whose codes (needed when several coded).")] = None,
    per_5min: Annotated[bool, typer.Option("--rate", help="Markers per 5 minutes instead of counts.")] = False,
) -> None:
    """Render a client's timeline: rupture markers per session, resolution and stages reached."""
    from rupturetool.services.charts import render_timeline

    sessions = render_timeline(_project(), client, out, coder=coder, per_5min=per_5min)
    typer.echo(f"{out}: timeline of {sessions} sessions for {client}", err=True)
