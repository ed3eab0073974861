"""``rupturetool import-codes``: bring a markers CSV (an export, or a spreadsheet's codes) into the database.

Registered on the main app by importing this module from ``rupturetool.cli.main``.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Annotated

import typer

from rupturetool.cli.main import _print_json, _project, _state, app


@app.command("import-codes")
def import_codes_cmd(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="A markers CSV (columns of `rupturetool export markers`), optionally with its episodes CSV.",
            show_default=False,
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Import marker codes from a CSV (comma or semicolon); all rows or none, duplicates skipped.

    Required columns: client, session_id or session_date, coder, turn_index, segment_index (or start_char and
    end_char), subtype or family, significance. Markers sharing an episode_id become one episode; an episodes
    CSV (`rupturetool export episodes`) given too adds each episode's family, outcome, stages and strategies.
    """
    from rupturetool.io.codes_csv import CodesCsvError
    from rupturetool.services.codes import import_code_files

    try:
        result = import_code_files(_project(), files)
    except CodesCsvError as exc:
        if _state.get("debug"):
            traceback.print_exception(exc)
        for line in exc.lines():  # one line per bad row, all of them
            typer.echo(f"rupturetool: {line}", err=True)
        raise typer.Exit(1) from None
    if as_json:
        _print_json(result.as_json())
    else:
        typer.echo(result.summary())
