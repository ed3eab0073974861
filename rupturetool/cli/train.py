"""``rupturetool train``: learn a coder's codes as a text classifier, kept as a versioned model in the data folder.

Registered on the main app by importing this module from ``rupturetool.cli.main``.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from rupturetool.cli.main import _print_json, _project, _TerminalProgress, app
from rupturetool.core.errors import InputError


def _print_summary(result: dict[str, Any]) -> None:
    if result["cancelled"]:
        typer.echo("Training cancelled: nothing was saved.")
        return
    counts = result["counts"]["training"]
    typer.echo(
        f"Saved {result['name']} in {result['saved']}\n"
        f"  coder {result['coder']}: {len(result['training_sessions'])} training session(s), "
        f"{result['counts']['training_segments']} client segments; "
        f"held out: {', '.join(h['key'] for h in result['held_out'])}"
    )
    typer.echo("  labels (training examples): " + ", ".join(f"{lab} {counts[lab]}" for lab in result["labels"]))
    if result["too_few_examples"]:
        listed = ", ".join(f"{lab} {n}" for lab, n in result["too_few_examples"].items())
        typer.echo(f"  not learned, fewer than {result['min_examples']} examples: {listed}")
    scores = result["held_out_scores"]
    micro = scores["micro_subtype"]
    episodes = scores["episodes"]
    alarms = scores["false_alarms"]

    def num(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    typer.echo(
        f"  held-out: subtype micro P {num(micro['precision'])} R {num(micro['recall'])} F1 {num(micro['f1'])}; "
        f"ruptures found {episodes['found_family']}/{episodes['episodes']} (family), "
        f"{episodes['found_subtype']}/{episodes['episodes']} (subtype); "
        f"false alarms per ordinary client turn {num(alarms['per_ordinary_turn'])}"
    )


@app.command("train")
def train_cmd(
    coder: Annotated[str | None, typer.Option("--coder", help="Whose codes to learn (one coder's layer).")] = None,
    min_examples: Annotated[
        int, typer.Option("--min-examples", help="Fewest marked segments a subtype needs to be learned.")
    ] = 8,
    epochs: Annotated[int, typer.Option("--epochs", help="Passes over the training examples.")] = 12,
    evaluation_set: Annotated[
        bool, typer.Option("--evaluation-set", help='Train on the shipped evaluation set ("Evaluation gold").')
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the model's meta as JSON.")] = False,
) -> None:
    """Train a text classifier (spaCy textcat, CPU) on a coder's marked segments; it then suggests next to the
    rules, and `rupturetool evaluate` reports both on its held-out sessions. See docs/evaluation.md."""
    from rupturetool.services.training import TrainRequest, run

    if coder is None and not evaluation_set:
        raise InputError("give --coder NAME: whose codes to learn")
    if epochs < 1:
        raise InputError(f"--epochs must be at least 1, not {epochs}")
    request = TrainRequest(coder=coder, min_examples=min_examples, epochs=epochs, evaluation_set=evaluation_set)
    state = _TerminalProgress()
    result = run(request, state.progress, state.cancelled, project=None if evaluation_set else _project())
    if as_json:
        _print_json(result)
    else:
        _print_summary(result)
