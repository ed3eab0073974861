"""Charts as files, drawn from the same analytics the app shows."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rupturetool.core.errors import InputError
from rupturetool.services.exports import client_timeline
from rupturetool.services.project import Project

FORMATS = (".png", ".svg")


def render_timeline(
    project: Project, client: str, out: Path, *, coder: str | None = None, per_5min: bool = False
) -> int:
    """Write the client's timeline chart to ``out`` (PNG or SVG); returns the number of sessions drawn."""
    from rupturetool.analytics.timeline_chart import save_figure, timeline_figure

    out = Path(out)
    if out.suffix.lower() not in FORMATS:
        raise InputError(f"{out}: the chart can be written as .png or .svg")
    if not out.parent.is_dir():
        raise InputError(f"{out}: folder {out.parent} does not exist")
    timeline = client_timeline(project, client, coder)
    if timeline.empty:
        raise InputError(f"client {client!r} has no sessions")
    figure = timeline_figure(timeline, client=client, per_5min=per_5min)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    try:
        save_figure(figure, tmp)
        os.replace(tmp, out)  # the file appears whole or not at all
    finally:
        Path(tmp).unlink(missing_ok=True)
    return len(timeline)
