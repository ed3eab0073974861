"""The learned turn models (rupturetool/nlp/turn_model.py, trained by scripts/train_turn_models.py): they are what the
script makes from the development corpora, they transfer to a writer they were not trained on, they stay quiet on
real counselling talk, and a broken model file fails with one clear line."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from rupturetool.nlp import turn_model as tm

ROOT = Path(__file__).resolve().parents[2]
ANNOMI = ROOT.parent / "shared" / "corpora" / "annomi" / "AnnoMI-simple.csv"
PROBES = [
    "I notice you went quiet when I mentioned the homework. What happened for you just then?",
    "It sounds like I got that wrong, and it landed badly. Can we look at that together?",
    "How many drinks would you say you have on a Friday?",
    "You sound really fed up with your sister.",
]


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    if not ANNOMI.is_file():
        pytest.fail(f"the AnnoMI transcripts are needed to train the models and were not found at {ANNOMI}")
    spec = importlib.util.spec_from_file_location("train_turn_models", ROOT / "scripts" / "train_turn_models.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_models_are_what_the_training_script_makes(trainer: ModuleType) -> None:
    stage1, subtypes = trainer.shipped_models()
    shipped_stage1, shipped_subtypes = tm.shipped_stage1(), tm.shipped_subtypes()
    assert shipped_stage1.trained_on == stage1.trained_on and "evaluation" not in stage1.trained_on
    assert shipped_subtypes.trained_on == subtypes.trained_on
    for text in PROBES:
        assert shipped_stage1.model.probability(text) == pytest.approx(stage1.model.probability(text), abs=1e-3)
        assert shipped_subtypes.best(text)[0] == subtypes.best(text)[0]


def test_stage_1_model_transfers_to_an_unseen_writer_and_stays_quiet_on_real_counselling(trainer: ModuleType) -> None:
    annomi = trainer.annomi_examples()
    ids = sorted(annomi)
    held = "dev_corpus_e2"
    train = [e for n in trainer.fragment_corpora() if n != held for e in trainer.stage1_examples(n)]
    train += trainer.stage1_examples("dev_vignettes") + [e for i in ids[::2] for e in annomi[i]]
    model = trainer.train_stage1(train, "test")
    test = trainer.stage1_examples(held)
    stage1 = [t for t, y in test if y]
    found = sum(model.attends(t) is not None for t in stage1)
    unseen = [t for i in ids[1::2] for t, _ in annomi[i]]
    alarms = sum(model.attends(t) is not None for t in unseen)
    assert found / len(stage1) >= 0.65  # measured: 19 of 28
    assert alarms / len(unseen) <= 0.01  # measured: 10 of 2,477


def test_subtype_model_transfers_to_an_unseen_writer(trainer: ModuleType) -> None:
    held = "dev_corpus_e1"
    names = [n for n in [*trainer.fragment_corpora(), "dev_corpus_b", "dev_vignettes"] if n != held]
    model = trainer.train_subtypes([c for n in names for c in trainer.coded_turns(n)], "test")
    test = trainer.coded_turns(held)
    family = sum(model.best(text)[0][0] == code[0] for text, code in test)
    subtype = sum(model.best(text)[0] == code for text, code in test)
    assert family / len(test) >= 0.8  # measured: 101 of 121 (the rules' choice: about 0.6)
    assert subtype / len(test) >= 0.5  # measured: 68 of 121


def test_the_family_a_cue_names_bounds_the_subtype() -> None:
    model = tm.shipped_subtypes()
    line = "You always scribble something when I talk about my drinking."
    assert model.best(line)[0] == "C1"
    assert model.best(line, family="W")[0].startswith("W")


@pytest.mark.parametrize(
    ("content", "problem"),
    [("{not json", "cannot be read"), (json.dumps({"format": "other", "kind": "stage1"}), "is not a stage1 model")],
)
def test_a_broken_model_file_fails_with_one_clear_line(
    content: str, problem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "stage1.json").write_text(content, encoding="utf-8")
    monkeypatch.setattr(tm.resources, "files", lambda _package: tmp_path)
    with pytest.raises(RuntimeError, match=problem) as raised:
        tm._read("stage1", "stage1")
    assert "\n" not in str(raised.value) and "reinstall" in str(raised.value)


def test_explanations_describe_the_model_and_never_quote_the_therapist() -> None:
    from turns_support import P, T, session

    from rupturetool.nlp.rule_suggester import suggest

    therapist = "I wonder if something about the way I put that didn't sit right with you?"
    found = suggest(session([(T, "How did the week go?"), (P, "Fine. Did the sheet. Whatever."), (T, therapist)]))
    read_back = [s for s in found if s.turn_index == 1 and "attends to a rupture" in s.explanation]
    assert read_back and all("put that" not in s.explanation for s in found)
