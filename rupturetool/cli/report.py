"""``rupturetool report``: a session's review report for a supervision meeting, as HTML or PDF.

Registered on the main app by importing this module from ``rupturetool.cli.main``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rupturetool.cli.main import _project, app
from rupturetool.core.errors import InputError, RuptureToolError

SUFFIXES = (".html", ".htm", ".pdf")


@app.command("report")
def report_cmd(
    session_id: Annotated[int, typer.Argument(help="The session's id (see `rupturetool sessions`).")],
    out: Annotated[Path, typer.Option("--out", help="Report file: .html or .pdf.")],
    coder: Annotated[
        str | None, typer.Option("--coder", help="Whose layer (needed when several coded the session).")
    ] = None,
    context: Annotated[int, typer.Option("--context", help="Turns shown before and after each episode.")] = 2,
) -> None:
    """Write a session's review report: its numbers, each episode's transcript excerpt with the coded spans, stages,
    strategies and comments. It holds verbatim transcript text: treat it as you would the session record."""
    from rupturetool.services.review_report import report_title, review_report_html, write_html

    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"--out {out.name}: the report is written as .html or .pdf")
    project = _project()
    html = review_report_html(project, session_id, coder, context_turns=context)
    if suffix == ".pdf":
        try:  # Qt only for PDF (offscreen: no display needed)
            from rupturetool.gui.report_printing import write_pdf
        except ImportError as exc:
            raise RuptureToolError(
                f"a PDF report needs PySide6 (Qt), which cannot be imported ({exc}); write .html instead"
            ) from None
        write_pdf(html, out, title=report_title(project, session_id, coder))
    else:
        write_html(html, out)
    typer.echo(f"{out}: review report of session {session_id} (contains verbatim clinical material)", err=True)
