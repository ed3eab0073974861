"""``rupturetool agreement``: inter-rater reliability between coders on the sessions they all coded.

Registered on the main app by importing this module from ``rupturetool.cli.main``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from rupturetool.cli.main import _print_json, _project, _session_ids, app


def _names(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _num(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value:.1f}%" if percent else f"{value:.3f}"


def _print_table(report: dict[str, Any]) -> None:
    coders = report["coders"]
    typer.echo(
        f"Agreement between {', '.join(coders)}: {len(report['sessions'])} sessions, "
        f"{report['units']} units (each a {report['unit']})"
    )
    marked = "  ".join(f"{c[:8]:>8}" for c in coders)
    kappa = "kappa" if len(coders) == 2 else "Fleiss κ"
    typer.echo(f"\n{'code':<16} {marked}  {'agree':>7} {kappa:>8} {'alpha':>7}")
    undefined: dict[str, list[str]] = {}  # the same reason for many codes is said once
    rows = [(f, report["families"][f]) for f in report["families"]]
    for fam, block in rows:
        subs = [(f"  {code}", b) for code, b in report["subtypes"].items() if b["family"] == fam]
        for code, b in [(fam, block), *subs]:
            counts = "  ".join(f"{b['marked'][c]:>8}" for c in coders)
            k = b["kappa"] if len(coders) == 2 else b.get("fleiss_kappa")
            typer.echo(
                f"{code:<16} {counts}  {_num(b['percent_agreement'], True):>7} {_num(k):>8} {_num(b['alpha']):>7}"
            )
            if b.get("note") and (k is None or b["alpha"] is None):
                undefined.setdefault(b["note"], []).append(code.strip())
    for code, b in report["subtypes"].items():
        if b["family"] is None:
            typer.echo(f"{code + ' (?)':<16} {_num(b['percent_agreement'], True):>7} {_num(b['alpha']):>7}")
    notes = [f"{', '.join(codes)}: {reason}" for reason, codes in undefined.items()]
    typer.echo("\nICC(2,1), two-way random, absolute agreement, single rater:")
    labels = {
        "marker_counts": "markers per 5-minute segment",
        "marker_significance": "highest marker significance per 5-minute segment",
        "slice_ratings": "3RS significance ratings per 5-minute segment",
        "session_ratings": "session ratings",
    }
    for measure, blocks in report["icc"].items():
        if not blocks or all(b["n_subjects"] == 0 for b in blocks.values()):
            who = "every coder" if measure == "slice_ratings" else "two or more of the coders"
            typer.echo(f"  {labels[measure]}: none given by {who} in the same sessions")
            continue
        parts = [f"{code} {_num(b['icc'])} (n={b['n_subjects']})" for code, b in blocks.items()]
        typer.echo(f"  {labels[measure]}: " + ", ".join(parts))
        notes += [
            f"ICC {measure} {code}: {b['note']}" for code, b in blocks.items() if b["icc"] is None and b.get("note")
        ]
    for note in [*report["notes"], *notes]:
        typer.echo(f"note: {note}")


@app.command("agreement")
def agreement_cmd(
    coders: Annotated[str, typer.Option("--coders", help="Two or more coders, comma-separated: A,B.")],
    client: Annotated[str | None, typer.Option("--client", help="Only this client's sessions.")] = None,
    sessions: Annotated[str | None, typer.Option("--sessions", help="Only these session ids: 3,4,7.")] = None,
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Only segments of client or therapist turns (default: both).")
    ] = None,
    uncoded_as_none: Annotated[
        bool,
        typer.Option(
            "--uncoded-as-none",
            help="Count a session a coder left without any code as coded with no markers (see docs/agreement.md).",
        ),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole report as JSON.")] = False,
    out: Annotated[Path | None, typer.Option("--out", help="Also write the table as a tidy CSV.")] = None,
    excel: Annotated[bool, typer.Option("--excel", help="CSV for Excel: UTF-8 with BOM, CRLF.")] = False,
) -> None:
    """Inter-rater agreement: percent agreement, Cohen's kappa and Krippendorff's alpha per family and subtype
    (units: segments), ICC(2,1) on marker counts, significance and session ratings. See docs/agreement.md."""
    from rupturetool.services.agreement import AgreementRequest, compute_agreement, write_agreement_csv

    request = AgreementRequest(
        coders=_names(coders),
        client=client,
        session_ids=_session_ids(sessions),
        speaker=speaker.strip().lower() if speaker else None,
        uncoded_as_none=uncoded_as_none,
    )
    report = compute_agreement(_project(), request)
    if out is not None:
        rows = write_agreement_csv(report, out, excel=excel)
        typer.echo(f"{out}: {rows} rows", err=True)
    if as_json:
        _print_json(report)
    else:
        _print_table(report)
