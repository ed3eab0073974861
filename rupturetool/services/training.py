"""``rupturetool train``: learn a coder's codes as a text classifier, test it on held-out sessions, keep it versioned.

``run(args, progress, cancelled)`` is a plain function so the GUI can run it on a worker thread with progress
and Cancel (see gui/worker.py); a cancelled or refused run writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rupturetool.analytics.agreement import marked_segments
from rupturetool.core.errors import InputError
from rupturetool.services import evaluation, paths
from rupturetool.services.project import Project

DEFAULT_MIN_EXAMPLES = 8


@dataclass(frozen=True)
class TrainRequest:
    coder: str | None = None
    min_examples: int = DEFAULT_MIN_EXAMPLES  # per label, in the training sessions
    epochs: int = 12
    held_out_share: float = 0.25
    seed: int = 7
    threshold: float = 0.5
    models_dir: Path | None = None  # default: <data dir>/models
    evaluation_set: bool = False  # train on the shipped evaluation set (coder "Evaluation gold")


def _quiet_progress(done: int, total: int, message: str) -> None:
    pass


def _never() -> bool:
    return False


def run(
    args: TrainRequest,
    progress: Callable[[int, int, str], None] = _quiet_progress,
    cancelled: Callable[[], bool] = _never,
    *,
    project: Project | None = None,
) -> dict[str, Any]:
    """Train, test on the held-out sessions and save; returns what was done (``cancelled``: nothing saved)."""
    if args.min_examples < 1:
        raise InputError(f"--min-examples must be at least 1, not {args.min_examples}")
    if args.evaluation_set:
        with evaluation.evaluation_set_project() as eval_project:
            coder = args.coder or evaluation.EVALUATION_CODER
            return _train(eval_project, replace(args, coder=coder), progress, cancelled)
    if project is None:
        raise InputError("no database to train from")
    return _train(project, args, progress, cancelled)


def _train(
    project: Project, args: TrainRequest, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
) -> dict[str, Any]:
    from rupturetool.nlp import textcat_training as tt
    from rupturetool.nlp.textcat_suggester import suggester_from

    progress(0, 1, "Reading the coded sessions")
    coder, sessions, _ = evaluation.coded_sessions(project, args.coder)
    by_key = {s.key: s for s in sessions}
    train_keys, held_keys = tt.split_sessions(list(by_key), held_out_share=args.held_out_share, seed=args.seed)
    examples = {
        s.key: tt.build_examples(tt.CodedSession(s.summary.id, s.key, s.turns, s.markers), marked_segments)
        for s in sessions
    }
    train = [ex for k in train_keys for ex in examples[k]]
    counts = tt.label_counts(train)
    labels = [label for label, n in counts.items() if n >= args.min_examples]
    too_few = {label: n for label, n in counts.items() if n < args.min_examples}
    if not labels:
        listed = ", ".join(f"{label} {n}" for label, n in too_few.items()) or "no marked client segments at all"
        raise InputError(
            f"too few examples to train: no label has {args.min_examples} marked segments in {coder}'s "
            f"{len(train_keys)} training session(s) ({listed}); nothing was written"
        )
    base = {"progress": progress, "cancelled": cancelled}
    nlp = tt.train_pipeline(train, labels, epochs=args.epochs, seed=args.seed, **base)
    if nlp is None:
        return {"cancelled": True, "coder": coder, "saved": None}
    folder = args.models_dir or paths.models_dir()
    name = tt.next_model_name(folder, tt.slugify(coder))
    families = {m.subtype: m.family for s in sessions for m in s.markers if m.subtype in labels}
    meta: dict[str, Any] = {
        "name": name,
        "coder": coder,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "scheme_id": project.scheme.id,
        "features": tt.FEATURES,
        "architecture": "spacy.blank('en') + textcat_multilabel (spacy.TextCatBOW.v3, unigrams and bigrams)",
        "labels": labels,
        "families": families,
        "threshold": args.threshold,
        "min_examples": args.min_examples,
        "too_few_examples": too_few,
        "epochs": args.epochs,
        "seed": args.seed,
        "counts": {
            "training": counts,
            "held_out": tt.label_counts(ex for k in held_keys for ex in examples[k]),
            "training_segments": len(train),
            "held_out_segments": sum(len(examples[k]) for k in held_keys),
        },
        "training_sessions": [_session_ref(by_key[k]) for k in train_keys],
        "held_out": [_session_ref(by_key[k]) for k in held_keys],
    }
    progress(args.epochs, args.epochs + 1, "Testing on the held-out sessions")
    held = [by_key[k] for k in held_keys]
    found = evaluation.run_suggester(suggester_from(nlp, meta), held)
    scores = evaluation.quality(project, held, found, suggester=name, split="held-out")
    meta["held_out_scores"] = _compact(scores)
    if cancelled():
        return {"cancelled": True, "coder": coder, "saved": None}
    path = tt.save_model(nlp, folder, name, meta)
    progress(args.epochs + 1, args.epochs + 1, f"Saved {name}")
    return {"cancelled": False, "saved": str(path), **meta}


def _session_ref(session: evaluation.CodedSession) -> dict[str, Any]:
    s = session.summary
    return {
        "key": session.key,
        "session_id": s.id,
        "client": s.client_code,
        "date": s.date.isoformat() if s.date else None,
        "number": s.number,
    }


def _compact(report: dict[str, Any]) -> dict[str, Any]:
    """The held-out scores kept in meta.json: per label and averages, ruptures found and false alarms."""
    keep = ("tp", "fp", "fn", "support", "precision", "recall", "f1")
    return {
        "unit": report["unit"],
        "units": report["units"],
        "subtypes": {
            c: {k: b[k] for k in keep} for c, b in report["subtypes"].items() if b["support"] or b["suggested"]
        },
        "families": {c: {k: b[k] for k in keep} for c, b in report["families"].items()},
        "micro_subtype": {k: report["averages"]["subtype"]["micro"][k] for k in keep},
        "episodes": {k: v for k, v in report["episodes"].items() if k != "missed_subtype"},
        "false_alarms": report["false_alarms"],
    }
