"""``rupturetool``: scriptable commands; with no command it opens the desktop app.

Errors print one line on stderr and exit 1 (a traceback only with ``--debug``); usage errors exit 2.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import traceback
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from rupturetool.core.errors import InputError, RuptureToolError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Study alliance ruptures and their repair in psychotherapy transcripts.",
)
schemes_app = typer.Typer(help="Coding schemes: list them, add one of your own.", rich_markup_mode=None)
app.add_typer(schemes_app, name="schemes")

# typer vendors its own copy of click: find that copy's ClickException (usage errors derive from it).
_CLICK_ERRORS = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
_state: dict[str, Any] = {"db": None, "coder": None, "passphrase_file": None}

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="RUPTURETOOL_DB", help="SQLAlchemy URL (default: a SQLite file in your data folder)."),
]


def _project():
    from rupturetool.services.encryption import passphrase_from
    from rupturetool.services.project import Project

    passphrase = passphrase_from(file=_state.get("passphrase_file"))
    return Project(_state["db"], coder=_state["coder"], passphrase=passphrase)


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date in the form YYYY-MM-DD") from None


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    db: DbOption = None,
    coder: Annotated[str | None, typer.Option(envvar="RUPTURETOOL_CODER", help="Who is coding.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
    passphrase_file: Annotated[
        Path | None,
        typer.Option(
            "--passphrase-file",
            help="Encrypted database: its passphrase is the first line of this file (or set RUPTURETOOL_PASSPHRASE).",
        ),
    ] = None,
) -> None:
    _state.update(db=db, coder=coder, debug=debug, passphrase_file=passphrase_file)
    if ctx.invoked_subcommand is None:
        _open_app(db)


def _session_ids(value: str | None) -> tuple[int, ...] | None:
    """``--sessions 3,4,7`` as ids (None when not given)."""
    if value is None:
        return None
    try:
        ids = tuple(int(part) for part in value.split(",") if part.strip())
    except ValueError:
        raise InputError(f"--sessions {value!r}: expected session ids separated by commas, e.g. 3,4,7") from None
    if not ids:
        raise InputError("--sessions is empty: give session ids separated by commas")
    return ids


def _open_app(url: str | None) -> None:
    # Qt aborts the process (no message a user can act on) when there is no screen to open a window on.
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    )
    if headless:
        raise RuptureToolError(
            "no display to open the app on (DISPLAY is not set); use the commands (see --help), or --no-open with demo"
        )
    try:
        from rupturetool.gui.app import run
    except ImportError as exc:
        raise RuptureToolError(f"the desktop app needs PySide6, which cannot be imported ({exc})") from None
    raise typer.Exit(run(url, coder=_state["coder"]))


def _parse_columns(value: str | None) -> dict[str, str]:
    if not value:
        return {}
    mapping = {}
    for part in value.split(","):
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise InputError(f"--columns {value!r}: expected FIELD=COLUMN pairs such as speaker=Who,text=Said")
        mapping[field.strip().lower()] = column.strip()
    return mapping


class _TerminalProgress:
    """Progress lines on stderr, only when it is a terminal (scripts get clean output)."""

    def __init__(self) -> None:
        self.show = sys.stderr.isatty()

    def progress(self, done: int, total: int, message: str) -> None:
        if self.show and total > 1 and done < total:
            typer.echo(f"[{done + 1}/{total}] {message}", err=True)

    def cancelled(self) -> bool:
        return False


@app.command("import")
def import_cmd(
    files: Annotated[list[Path], typer.Argument(help="Transcript files, or folders of them.", show_default=False)],
    client: Annotated[str | None, typer.Option("--client", help="Pseudonymous client code.")] = None,
    on: Annotated[str | None, typer.Option("--date", help="Session date, YYYY-MM-DD.")] = None,
    number: Annotated[int | None, typer.Option("--number", help="Session number (default: next).")] = None,
    therapist: Annotated[str | None, typer.Option("--therapist", help="The therapist's speaker label.")] = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="Override format detection: text, vtt, srt, otter, docx, csv, tsv, xlsx, json."),
    ] = None,
    columns: Annotated[
        str | None, typer.Option("--columns", help="Tabular files: speaker=COL,text=COL,session=COL,time=COL.")
    ] = None,
    fix_ocr: Annotated[
        bool,
        typer.Option(
            "--fix-ocr", help="Apply suggested OCR corrections ('| guess' -> 'I guess'); the imported text is kept."
        ),
    ] = False,
    attachment: Annotated[str | None, typer.Option(help="Client attachment classification.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Import a file already imported for this client.")] = False,
    keep_names: Annotated[
        bool,
        typer.Option(
            "--keep-names",
            help="Store speaker labels as they are (default: names become pseudonyms; the mapping stays local).",
        ),
    ] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first file that fails.")] = False,
    max_size: Annotated[float, typer.Option("--max-size", help="Refuse files larger than this many MB.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
) -> None:
    """Import transcripts: plain text, WebVTT, SRT, Otter, DOCX, CSV/TSV/XLSX, JSON (detected from content)."""
    from rupturetool.services.importing import ImportRequest, import_files

    request = ImportRequest(
        client=client,
        session_date=_parse_date(on),
        number=number,
        therapist=therapist,
        fmt=fmt,
        columns=_parse_columns(columns),
        fix_ocr=fix_ocr,
        attachment=attachment,
        force=force,
        max_bytes=int(max_size * 1_000_000),
        pseudonymise=not keep_names,
    )
    batch = import_files(_project(), files, request, _TerminalProgress(), strict=strict)
    if as_json:
        _print_json(
            {
                "sessions": [r.as_json() for r in batch.imported],
                "errors": [{"file": f, "error": e} for f, e in batch.errors],
            }
        )
    else:
        for result in batch.imported:
            s = result.session
            typer.echo(
                f"{s.source_name}: session {s.id} for {s.client_code}: {result.turns} turns, {result.segments} segments"
            )
            for warning in result.warnings:
                typer.echo(f"  warning: {warning}")
    for (_file, error), exc in zip(batch.errors, batch.exceptions, strict=True):
        if _state.get("debug"):
            traceback.print_exception(exc)
        typer.echo(f"rupturetool: {error}", err=True)
    if batch.errors:
        raise typer.Exit(1)


@app.command("speakers")
def speakers_cmd(
    session_id: Annotated[int, typer.Argument(help="Session id.")],
    settings: Annotated[
        list[str] | None, typer.Argument(help="LABEL=ROLE to change (therapist, client, other).", show_default=False)
    ] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Show a session's speaker roles, or fix them (remembered for the client's next imports)."""
    from rupturetool.core.domain import SpeakerRole

    changes: dict[str, SpeakerRole] = {}
    for setting in settings or []:  # check every setting before changing anything
        label, sep, role = setting.rpartition("=")
        if not sep or not label.strip() or role.strip().lower() not in {"therapist", "client", "other"}:
            raise InputError(f"{setting!r}: expected LABEL=ROLE with ROLE therapist, client or other")
        changes[label.strip()] = SpeakerRole(role.strip().lower())
    project = _project()
    project.set_speaker_roles(session_id, changes)
    speakers = {k: str(v) for k, v in project.session(session_id).session.speakers.items()}
    if as_json:
        _print_json({"session": session_id, "speakers": speakers})
    else:
        for label, role in speakers.items():
            typer.echo(f"{label}: {role}")


@app.command("corrections")
def corrections_cmd(
    session_id: Annotated[int, typer.Argument(help="Session id.")],
    revert: Annotated[bool, typer.Option("--revert", help="Bring back the imported text.")] = False,
) -> None:
    """Apply the suggested OCR corrections to a stored session, or revert every correction."""
    project = _project()
    changed = project.revert_corrections(session_id) if revert else project.apply_ocr_corrections(session_id)
    typer.echo(f"session {session_id}: {changed} turns {'restored' if revert else 'corrected'}")


@app.command("sessions")
def sessions_cmd(
    client: Annotated[str | None, typer.Option("--client", help="Only this client.")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List sessions, with their turn, marker and episode counts."""
    rows = _project().sessions(client)
    data = [
        {
            "id": s.id,
            "client": s.client_code,
            "date": s.date.isoformat() if s.date else None,
            "number": s.number,
            "source": s.source_name,
            "turns": s.turns,
            "markers": s.markers,
            "episodes": s.episodes,
        }
        for s in rows
    ]
    if as_json:
        _print_json({"sessions": data})
        return
    typer.echo(f"{'id':>5}  {'client':<14} {'date':<10} {'no':>3} {'turns':>5} {'markers':>7} {'episodes':>8}")
    for d in data:
        typer.echo(
            f"{d['id']:>5}  {d['client']:<14} {d['date'] or '-':<10} {d['number'] or '-':>3} "
            f"{d['turns']:>5} {d['markers']:>7} {d['episodes']:>8}"
        )


@app.command("show")
def show_cmd(
    session_id: Annotated[int, typer.Argument(help="Session id (see `rupturetool sessions`).")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Print a session's transcript with its turns and segments."""
    detail = _project().session(session_id)
    s = detail.session
    session = {
        "id": s.id,
        "client": s.client_code,
        "date": s.date.isoformat() if s.date else None,
        "number": s.number,
        "source": s.source_name,
        "notes": s.notes,
        "speakers": {k: str(v) for k, v in s.speakers.items()},
    }
    turns = [_turn_json(t) for t in detail.turns]
    if as_json:
        _print_json({"session": session, "turns": turns})
        return
    typer.echo(f"Session {s.id} — {s.client_code} — {session['date'] or 'no date'} — {s.source_name or ''}")
    for t in detail.turns:
        typer.echo(f"[{t.index}] {t.speaker_label} ({t.speaker_role}): {t.text}")


def _turn_json(turn) -> dict[str, Any]:
    def cues_in(seg) -> list[dict[str, Any]]:
        return [
            {"start_char": c.start_char, "end_char": c.end_char, "text": turn.text[c.start_char : c.end_char]}
            for c in turn.cues
            if seg.start_char <= c.start_char < seg.end_char
        ]

    data = {
        "index": turn.index,
        "speaker_label": turn.speaker_label,
        "speaker_role": str(turn.speaker_role),
        "text": turn.text,
        "start": turn.start,
        "end": turn.end,
        "segments": [
            {
                "index": g.index,
                "text": turn.segment_text(g),
                "start_char": g.start_char,
                "end_char": g.end_char,
                "cues": cues_in(g),
            }
            for g in turn.segments
        ],
    }
    if turn.original_text is not None:
        data["original_text"] = turn.original_text
    return data


class ExportKind(StrEnum):
    markers = "markers"
    episodes = "episodes"
    sessions = "sessions"
    clients = "clients"


def _export_date(value: str | None, flag: str) -> date | None:
    try:
        return _parse_date(value)
    except InputError:
        raise InputError(f"{flag} {value!r} is not a date in the form YYYY-MM-DD") from None


@app.command("export")
def export_cmd(
    what: Annotated[ExportKind, typer.Argument(help="What to export, one row each.")],
    out: Annotated[Path, typer.Option("--out", help="CSV file to write.")],
    client: Annotated[str | None, typer.Option("--client")] = None,
    coder: Annotated[
        str | None,
        typer.Option("--coder", help="Only this coder's codes (sessions/clients: required when several coded)."),
    ] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Sessions on or after YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Sessions on or before YYYY-MM-DD.")] = None,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="Add verbatim marker text and coders' notes.")
    ] = False,
    excel: Annotated[bool, typer.Option("--excel", help="UTF-8 with BOM, CRLF, for Excel.")] = False,
) -> None:
    """Write a tidy CSV (no verbatim transcript text unless --include-text); see docs/data-dictionary.md."""
    from rupturetool.services.exports import ExportKind as Kind
    from rupturetool.services.exports import Selection, export_csv

    selection = Selection(client, coder, _export_date(date_from, "--from"), _export_date(date_to, "--to"))
    project = _project()
    rows = export_csv(project, Kind(what.value), out, selection, include_text=include_text, excel=excel)
    typer.echo(f"{out}: {rows} {what.value}", err=True)
    if include_text:
        from rupturetool.services.deidentify import exported_sessions, pii_warning

        sessions = exported_sessions(project, selection.client, selection.date_from, selection.date_to)
        warning = pii_warning(project, sessions)
        if warning:
            typer.echo(warning, err=True)


@app.command("demo")
def demo_cmd(
    open_app: Annotated[bool, typer.Option("--open/--no-open", help="Open the app on the demo.")] = True,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Build a fresh demo database from the fictional sample caseload and open the app on it."""
    from rupturetool.services.demo import build_demo

    summary = build_demo()
    if as_json:
        _print_json(summary)
    else:
        typer.echo(
            f"Demo caseload: {summary['clients']} clients, {summary['sessions']} sessions, "
            f"{summary['markers']} markers, {summary['episodes']} episodes in {summary['database']}"
        )
    if open_app:
        _state["db"] = summary["url"]
        _open_app(summary["url"])


@schemes_app.command("list")
def schemes_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List the coding schemes available (shipped and your own)."""
    from rupturetool.core.scheme_registry import SchemeRegistry
    from rupturetool.services.paths import user_schemes_dir

    schemes = SchemeRegistry([user_schemes_dir()]).all()
    data = [
        {
            "id": s.id,
            "name": s.name,
            "version": s.version,
            "file": s.source,
            "subtypes": sum(len(f.subtypes) for f in s.families),
        }
        for s in schemes
    ]
    if as_json:
        _print_json({"schemes": data})
    else:
        for d in data:
            typer.echo(f"{d['id']:<18} {d['version']:<8} {d['name']}")


@schemes_app.command("add")
def schemes_add(file: Annotated[Path, typer.Argument(help="A scheme file (TOML) to validate and install.")]) -> None:
    """Validate a scheme file and install it for this user."""
    from rupturetool.core.scheme import load_scheme
    from rupturetool.services.paths import user_schemes_dir

    scheme = load_scheme(file)
    target = user_schemes_dir() / f"{scheme.id}.toml"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, target)
    typer.echo(f"installed scheme {scheme.id!r} ({scheme.name}) as {target}")


from rupturetool.cli import admin as _admin  # noqa: E402, F401  (registers `admin`)
from rupturetool.cli import agreement as _agreement  # noqa: E402, F401  (registers `agreement`)
from rupturetool.cli import audit as _audit  # noqa: E402, F401  (registers `audit`)
from rupturetool.cli import backup as _backup  # noqa: E402, F401  (registers backup, restore, backups)
from rupturetool.cli import charts as _charts  # noqa: E402, F401  (registers `timeline`)
from rupturetool.cli import codes as _codes  # noqa: E402, F401  (registers `import-codes`)
from rupturetool.cli import encryption as _encryption  # noqa: E402, F401  (registers encrypt, decrypt, rekey)
from rupturetool.cli import evaluate as _evaluate  # noqa: E402, F401  (registers `evaluate`)
from rupturetool.cli import pii as _pii  # noqa: E402, F401  (registers `pii`)
from rupturetool.cli import report as _report  # noqa: E402, F401  (registers `report`)
from rupturetool.cli import review as _review  # noqa: E402, F401  (registers review, comments, assign, coders)
from rupturetool.cli import suggest as _suggest  # noqa: E402, F401  (registers `suggest`)
from rupturetool.cli import train as _train  # noqa: E402, F401  (registers `train`)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        # Without standalone mode, click hands back a command's typer.Exit code as the return value.
        code = app(args=args, prog_name="rupturetool", standalone_mode=False)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(1)
    except _CLICK_ERRORS as exc:  # usage errors: click prints usage and the problem, exit code 2
        exc.show()
        sys.exit(exc.exit_code)
    except RuptureToolError as exc:
        if debug:
            traceback.print_exc()
        typer.echo(f"rupturetool: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug: still one line for the user, the traceback on request
        if debug:
            traceback.print_exc()
        typer.echo(f"rupturetool: internal error: {type(exc).__name__}: {exc} (run with --debug for details)", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
