"""Train the turn models shipped in rupturetool/data/models/ (see rupturetool/nlp/turn_model.py).

stage1.json — positives: therapist turns the development corpora mark as stage 1 (tests/nlp/dev_corpus_d*/e*.py,
the vignettes' STAGE1); negatives: every other therapist turn of those corpora, the vignettes' ordinary therapist
lines, and all therapist turns of the AnnoMI counselling transcripts (../shared/corpora/annomi/, real sessions,
read in place, never copied).
subtypes.json — the client turns those corpora, corpus B and the vignettes mark with a 3RS subtype, one model per
subtype against the others.
The held-out evaluation set (samples/evaluation/) is never used.

    python scripts/train_turn_models.py              # write both models
    python scripts/train_turn_models.py --transfer   # hold out each writer's corpus in turn and measure on it
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "nlp"), str(ROOT / "benchmarks")]

from annomi_suggestions import DEFAULT_CSV, read_sessions  # noqa: E402

from rupturetool.core.domain import SpeakerRole  # noqa: E402
from rupturetool.nlp import turn_model as tm  # noqa: E402

FRAGMENT_CORPORA = ("dev_corpus_d1", "dev_corpus_d2", "dev_corpus_e1", "dev_corpus_e2")
THRESHOLD = 0.75  # chosen on the transfer runs (--transfer): most stage-1 turns of unseen writers, few AnnoMI turns
CODES = tuple(f"{family}{n}" for family in "WC" for n in range(1, 8))
MODELS = ROOT / "rupturetool" / "data" / "models"

Example = tuple[str, bool]  # a therapist turn, and whether it is stage 1
Coded = tuple[str, str]  # a client turn and its subtype


def fragment_corpora() -> list[str]:
    return [n for n in FRAGMENT_CORPORA if (ROOT / "tests" / "nlp" / f"{n}.py").is_file()]


def stage1_examples(name: str) -> list[Example]:
    if name == "dev_vignettes":
        vignettes = importlib.import_module(name)
        return [(t, True) for t in vignettes.STAGE1] + [(t, False) for t in vignettes.THERAPIST_ORDINARY]
    out = []
    for fragment in importlib.import_module(name).FRAGMENTS:
        stage1 = set(fragment.get("stage1", []))
        out += [(text, i in stage1) for i, (role, text) in enumerate(fragment["turns"]) if role == "T"]
    return out


def coded_turns(name: str) -> list[Coded]:
    module = importlib.import_module(name)
    if name == "dev_vignettes":
        return [(v.line, code) for code, vs in module.ALL_MARKERS.items() for v in vs]
    if name == "dev_corpus_b":
        return [(x.client, x.code) for x in module.RUPTURES]
    return [(f["turns"][i][1], code) for f in module.FRAGMENTS for i, code in f["markers"]]


def annomi_examples(csv: Path = DEFAULT_CSV) -> dict[str, list[Example]]:
    """Therapist turns per AnnoMI transcript (all negatives)."""
    return {
        str(tid): [(text, False) for role, text in turns if role == SpeakerRole.THERAPIST]
        for tid, (_quality, turns) in read_sessions(csv).items()
    }


def train_stage1(examples: list[Example], trained_on: str) -> tm.Stage1Model:
    return tm.Stage1Model(tm.fit([t for t, _ in examples], [y for _, y in examples]), THRESHOLD, trained_on)


def train_subtypes(coded: list[Coded], trained_on: str) -> tm.SubtypeModel:
    texts = [t for t, _ in coded]
    return tm.SubtypeModel({c: tm.fit(texts, [code == c for _, code in coded]) for c in CODES}, trained_on)


def shipped_models() -> tuple[tm.Stage1Model, tm.SubtypeModel]:
    corpora = fragment_corpora()
    stage1 = [e for name in [*corpora, "dev_vignettes"] for e in stage1_examples(name)]
    stage1 += [e for turns in annomi_examples().values() for e in turns]
    coded = [c for name in [*corpora, "dev_corpus_b", "dev_vignettes"] for c in coded_turns(name)]
    return (
        train_stage1(stage1, ", ".join(corpora) + ", dev_vignettes; AnnoMI therapist turns as negatives"),
        train_subtypes(coded, ", ".join(corpora) + ", dev_corpus_b, dev_vignettes"),
    )


def transfer() -> None:
    """Each writer's corpus held out in turn; AnnoMI split by transcript so its test half is unseen too."""
    annomi = annomi_examples()
    ids = sorted(annomi)
    seen = [e for i in ids[::2] for e in annomi[i]]
    unseen = [t for i in ids[1::2] for t, _ in annomi[i]]
    corpora = fragment_corpora()
    for held in corpora:
        others = [n for n in corpora if n != held]
        trained = train_stage1([e for n in [*others, "dev_vignettes"] for e in stage1_examples(n)] + seen, "")
        test = stage1_examples(held)
        for th in (0.6, 0.7, 0.75, 0.8):
            model = tm.Stage1Model(trained.model, th, "")  # the same weights at another threshold
            hit = sum(model.attends(t) is not None for t, y in test if y)
            false = sum(model.attends(t) is not None for t, y in test if not y)
            alarms = sum(model.attends(t) is not None for t in unseen)
            print(
                f"stage 1, {held} held out, threshold {th}: {hit}/{sum(y for _, y in test)} stage-1 turns, "
                f"{false}/{sum(not y for _, y in test)} other turns, {alarms}/{len(unseen)} unseen AnnoMI turns"
            )
    for held in [*corpora, "dev_corpus_b", "dev_vignettes"]:
        others = [n for n in [*corpora, "dev_corpus_b", "dev_vignettes"] if n != held]
        model = train_subtypes([c for n in others for c in coded_turns(n)], "")
        test = coded_turns(held)
        subtype = sum(model.best(t)[0] == code for t, code in test)
        family = sum(model.best(t)[0][0] == code[0] for t, code in test)
        print(f"subtypes, {held} held out: subtype {subtype}/{len(test)}, family {family}/{len(test)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transfer", action="store_true", help="measure transfer between the corpora's writers")
    if parser.parse_args().transfer:
        transfer()
        return
    stage1, subtypes = shipped_models()
    MODELS.mkdir(parents=True, exist_ok=True)
    for name, data in (("stage1", stage1.to_json()), ("subtypes", subtypes.to_json())):
        (MODELS / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"stage1: {len(stage1.model.weights)} weights; subtypes: "
          f"{sum(len(m.weights) for m in subtypes.models.values())} weights; from {subtypes.trained_on}")  # fmt: skip


if __name__ == "__main__":
    main()
