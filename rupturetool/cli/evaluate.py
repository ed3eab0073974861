"""``rupturetool evaluate``: how well the suggesters (rules, a trained model) match one coder's human markers.

Registered on the main app by importing this module from ``rupturetool.cli.main``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer

from rupturetool.cli.main import _print_json, _project, _session_ids, app
from rupturetool.core.errors import InputError

HEADER = f"{'code':<16}{'support':>8}{'suggested':>10}{'TP':>5}{'FP':>5}{'FN':>5}{'prec':>7}{'recall':>7}{'F1':>7}"


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _row(code: str, b: dict[str, Any]) -> str:
    return (
        f"{code:<16}{b['support']:>8}{b['suggested']:>10}{b['tp']:>5}{b['fp']:>5}{b['fn']:>5}"
        f"{_num(b['precision']):>7}{_num(b['recall']):>7}{_num(b['f1']):>7}"
    )


def _print_evaluation(ev: dict[str, Any]) -> None:
    typer.echo(
        f"\n== {ev['suggester']} — {ev['split']}: {len(ev['sessions'])} session(s), {ev['units']} units "
        f"(each a {ev['unit']})"
    )
    typer.echo(HEADER)
    for fam, block in ev["families"].items():
        typer.echo(_row(fam, block))
        for code, b in ev["subtypes"].items():
            if b["family"] == fam:
                typer.echo(_row(f"  {code}", b))
    for code, b in ev["subtypes"].items():
        if b["family"] is None:
            typer.echo(_row(f"{code} (?)", b))
    for level in ("family", "subtype"):
        avg = ev["averages"][level]
        typer.echo(_row(f"micro ({level})", avg["micro"]))
        macro = avg["macro"]
        typer.echo(
            f"{'macro (' + level + ')':<16}{'':>38}{_num(macro['precision']):>7}{_num(macro['recall']):>7}"
            f"{_num(macro['f1']):>7}" + (f"  ({macro['note']})" if macro.get("note") else "")
        )
    ep, fa = ev["episodes"], ev["false_alarms"]
    typer.echo(
        f"ruptures (episodes) found: {ep['found_family']}/{ep['episodes']} at family level "
        f"({_num(ep['recall_family'])}), {ep['found_subtype']}/{ep['episodes']} at subtype level "
        f"({_num(ep['recall_subtype'])})"
    )
    typer.echo(
        f"false alarms: {fa['suggestions']} suggestion(s) on {fa['turns_with_suggestion']} of {fa['ordinary_turns']} "
        f"ordinary client turns = {_num(fa['per_ordinary_turn'])} per ordinary turn"
    )
    stage, strat = ev["stage1"], ev["strategies"]
    typer.echo(f"stage 1 (therapist turns): {_turn_line(stage)}")
    typer.echo(f"strategies, any (therapist turns): {_turn_line(strat['any'])}")
    for code, b in strat["codes"].items():
        if b["tp"] + b["fp"] + b["fn"]:
            typer.echo(f"  {code}: {_turn_line(b)}")
    verdicts = []
    for name, f in ev["floors"].items():
        mark = "n/a" if f["met"] is None else "met" if f["met"] else "NOT met"
        verdicts.append(f"{name} {_num(f['value'])} ({f['kind']} {f['floor']:.2f}: {mark})")
    typer.echo("floors: " + "; ".join(verdicts))
    undefined: dict[str, list[str]] = {}  # the same reason for many codes is said once
    for code, b in [*ev["families"].items(), *ev["subtypes"].items()]:
        if b.get("note"):
            undefined.setdefault(b["note"], []).append(code)
    lines = [f"{', '.join(codes)}: {reason}" for reason, codes in undefined.items()]
    for note in [*lines, *[n for n in (ep.get("note"), fa.get("note")) if n], *ev["notes"]]:
        typer.echo(f"note: {note}")


def _turn_line(b: dict[str, Any]) -> str:
    return (
        f"support {b['support']}, suggested {b['suggested']}, TP {b['tp']}, "
        f"precision {_num(b['precision'])}, recall {_num(b['recall'])}, F1 {_num(b['f1'])}"
    )


def print_report(report: dict[str, Any]) -> None:
    typer.echo(f"Suggestions against {report['coder']}'s markers, {len(report['sessions'])} coded session(s)")
    if report["model"]:
        typer.echo(f"model: {report['model']['name']} ({report['model']['path']})")
    for ev in report["evaluations"]:
        _print_evaluation(ev)
    for note in report["notes"]:
        typer.echo(f"note: {note}")


@app.command("evaluate")
def evaluate_cmd(
    coder: Annotated[str | None, typer.Option("--coder", help="Whose markers are the reference (one coder).")] = None,
    client: Annotated[str | None, typer.Option("--client", help="Only this client's sessions.")] = None,
    sessions: Annotated[str | None, typer.Option("--sessions", help="Only these session ids: 3,4,7.")] = None,
    model: Annotated[
        Path | None, typer.Option("--model", help="A trained model folder (default: the coder's latest).")
    ] = None,
    no_model: Annotated[bool, typer.Option("--no-model", help="Evaluate the rules only.")] = False,
    evaluation_set: Annotated[
        bool,
        typer.Option("--evaluation-set", help='Use the shipped, held-out evaluation set ("Evaluation gold").'),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole report as JSON.")] = False,
) -> None:
    """Precision, recall and F1 of the suggestions per subtype and family (units: client segments), ruptures
    found, false alarms per ordinary client turn, stage-1 and strategy suggestions. See docs/evaluation.md."""
    from rupturetool.services.evaluation import (
        EVALUATION_CODER,
        EvaluationRequest,
        evaluate,
        evaluation_set_project,
    )

    if model is not None and no_model:
        raise InputError("--model and --no-model contradict each other: give one")
    request = EvaluationRequest(
        coder=coder, client=client, session_ids=_session_ids(sessions), model=model, use_model=not no_model
    )
    if evaluation_set:
        with evaluation_set_project() as project:
            report = evaluate(project, replace(request, coder=coder or EVALUATION_CODER))
    else:
        report = evaluate(_project(), request)
    if as_json:
        _print_json(report)
    else:
        print_report(report)
