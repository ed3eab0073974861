"""Evaluation and training through the Project: the shipped evaluation set loads (and stays out of the demo),
suggesters are compared with one coder's layer, and training refuses, versions and feeds evaluation."""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from rupturetool.core.domain import Turn
from rupturetool.core.errors import InputError
from rupturetool.core.suggestions import Suggestion
from rupturetool.services import demo, evaluation, paths
from rupturetool.services.demo import load_samples
from rupturetool.services.evaluation import EvaluationRequest, evaluate
from rupturetool.services.project import Project
from rupturetool.services.training import TrainRequest, run

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
EVAL_SET = SAMPLES / "evaluation"
COMPLAINT = "I hate this therapy and it is useless."
APPEASE = "Whatever you think is best, you are right."
CHAT = "The garden looks lovely in the spring sun."


def write_synthetic_set(folder: Path, sessions: int = 4, coder: str = "Gold") -> Path:
    """A client whose sessions repeat a complaint (C3), an appeasing reply (W5) and chat, four times each."""
    client = folder / "SYN-01"
    client.mkdir(parents=True)
    toml = ['[client]\ncode = "SYN-01"\ntherapist = "T"\n']
    for n in range(1, sessions + 1):
        lines = []
        markers = []
        for i, text in enumerate([COMPLAINT, APPEASE, CHAT] * 4):
            ask = f"Week {n}: what do you make of that?" if i == 0 else "What do you make of that?"
            lines += [f"T: {ask}", f"P: {text}"]
            sub = {COMPLAINT: "C3", APPEASE: "W5"}.get(text)
            if sub:
                markers.append((f"m{i}", 2 * i + 1, text, sub))
        (client / f"s{n:02}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        toml.append(f'[[sessions]]\nfile = "s{n:02}.txt"\ndate = "2026-01-{n:02}"\nnumber = {n}\ncoder = "{coder}"\n')
        for mid, turn, quote, sub in markers:
            toml.append(
                f'  [[sessions.markers]]\n  id = "{mid}"\n  turn = {turn}\n  quote = "{quote}"\n  subtype = "{sub}"\n'
            )
        toml.append(
            '  [[sessions.episodes]]\n  family = "confrontation"\n  markers = ["m0"]\n  outcome = "resolved"\n'
            '  stages = [{ stage = 1, turn = 2 }]\n  strategies = [{ code = "R4", turn = 2 }]\n'
        )
    (client / "client.toml").write_text("\n".join(toml), encoding="utf-8")
    return folder


def complaint_rules(turns: Sequence[Turn]) -> list[Suggestion]:
    """A fake rule suggester: C3 on every segment saying "I hate", stage 1 on the turn after it."""
    out = []
    for t in turns:
        for seg in t.segments:
            if "I hate" in t.segment_text(seg):
                out.append(
                    Suggestion(
                        t.index,
                        seg.index,
                        seg.start_char,
                        seg.end_char,
                        "confrontation",
                        "C3",
                        "patient",
                        0.8,
                        "says hate",
                    )
                )
                out.append(Suggestion(t.index + 1, 0, 0, 1, "stage", "1", "therapist", 0.5, "after a complaint"))
    return out


@pytest.fixture
def synthetic(db_url: str, tmp_path: Path) -> Project:
    project = Project(db_url, coder="tester")
    load_samples(project, write_synthetic_set(tmp_path / "samples"))
    yield project
    project.close()


def test_rules_on_all_sessions_against_one_coder(synthetic: Project, tmp_path: Path) -> None:
    report = evaluate(synthetic, EvaluationRequest(), rules=complaint_rules, models=tmp_path / "none")
    assert report["coder"] == "Gold" and len(report["sessions"]) == 4
    [rules] = report["evaluations"]
    assert (rules["suggester"], rules["split"]) == ("rules", "all sessions")
    c3, w5 = rules["subtypes"]["C3"], rules["subtypes"]["W5"]
    assert (c3["tp"], c3["fp"], c3["fn"]) == (16, 0, 0)
    assert (w5["tp"], w5["fp"], w5["fn"], w5["precision"]) == (0, 0, 16, None)
    assert rules["episodes"]["recall_family"] == 1.0
    assert rules["false_alarms"] == {
        "ordinary_turns": 16,
        "suggestions": 0,
        "turns_with_suggestion": 0,
        "per_ordinary_turn": 0.0,
    }
    assert rules["stage1"]["tp"] == 4 and rules["stage1"]["fp"] == 12  # one gold stage 1 per session
    assert any("no trained model for Gold" in n for n in report["notes"])


def test_the_coder_is_one_layer_or_a_one_line_error(synthetic: Project, tmp_path: Path) -> None:
    session_id = synthetic.sessions()[0].id
    turn = synthetic.session(session_id).turns[1]
    synthetic.coder = "Other"
    synthetic.add_marker(synthetic.new_marker(session_id, turn.index, "W2", segment_index=0))
    with pytest.raises(InputError, match="choose one with --coder \\(Gold, Other\\)"):
        evaluate(synthetic, EvaluationRequest(), rules=complaint_rules)
    report = evaluate(synthetic, EvaluationRequest(coder="Other"), rules=complaint_rules, models=tmp_path)
    assert report["sessions"] == [session_id]  # Other coded only this one; the rest are left out and said so
    assert report["evaluations"][0]["subtypes"]["W2"]["support"] == 1
    assert any("3 selected session(s) not coded by Other" in n for n in report["notes"])


def test_training_refuses_with_too_few_examples_and_writes_nothing(sqlite_url: str, tmp_path: Path) -> None:
    project = Project(sqlite_url, coder="tester")
    load_samples(project, write_synthetic_set(tmp_path / "samples"))
    models = tmp_path / "models"
    with pytest.raises(InputError, match=r"no label has 40 marked segments.*C3 12, W5 12.*nothing was written"):
        run(TrainRequest(coder="Gold", min_examples=40, models_dir=models), project=project)
    assert not models.exists()
    project.close()


def test_training_versions_and_evaluation_uses_the_held_out_sessions(sqlite_url: str, tmp_path: Path) -> None:
    project = Project(sqlite_url, coder="tester")
    load_samples(project, write_synthetic_set(tmp_path / "samples"))
    models = tmp_path / "models"
    steps: list[str] = []
    first = run(
        TrainRequest(coder="Gold", epochs=4, models_dir=models), lambda d, t, m: steps.append(m), project=project
    )
    assert first["name"] == "textcat-gold-v1" and Path(first["saved"]).is_dir()
    assert first["labels"] == ["C3", "W5"] and first["counts"]["training"] == {"C3": 12, "W5": 12}
    assert [h["key"] for h in first["held_out"]] and len(first["training_sessions"]) == 3
    assert first["held_out_scores"]["subtypes"]["C3"]["recall"] == 1.0
    assert steps[-1] == "Saved textcat-gold-v1"
    cancelled = run(TrainRequest(coder="Gold", epochs=4, models_dir=models), cancelled=lambda: True, project=project)
    assert cancelled["cancelled"] and not (models / "textcat-gold-v2").exists()
    second = run(TrainRequest(coder="Gold", epochs=4, models_dir=models, min_examples=12), project=project)
    assert second["name"] == "textcat-gold-v2" and second["held_out"] == first["held_out"]  # a seeded split
    assert (models / "textcat-gold-v1").is_dir()  # an older version is kept, never overwritten

    report = evaluate(project, EvaluationRequest(), rules=complaint_rules, models=models)
    assert report["model"]["name"] == "textcat-gold-v2"
    splits = [(e["suggester"], e["split"]) for e in report["evaluations"]]
    assert splits == [
        ("rules", "all sessions"),
        ("rules", "held-out sessions of textcat-gold-v2"),
        ("textcat-gold-v2", "held-out sessions of textcat-gold-v2"),
    ]
    model = report["evaluations"][2]
    assert model["session_keys"] == [h["key"] for h in second["held_out"]]
    assert model["subtypes"]["C3"]["tp"] == 4
    project.close()


def test_the_evaluation_set_loads_with_what_its_readme_says(sqlite_url: str) -> None:
    project = Project(sqlite_url, coder="tester")
    totals = load_samples(project, EVAL_SET)
    assert totals == {"clients": 4, "sessions": 8, "markers": 44, "episodes": 35}
    coders = {m.coder for s in project.sessions() for m in project.markers(s.id)}
    assert coders == {evaluation.EVALUATION_CODER}
    subtypes = Counter(m.subtype for s in project.sessions() for m in project.markers(s.id))
    assert set(subtypes) == {f"{f}{i}" for f in "WC" for i in range(1, 8)} and min(subtypes.values()) >= 3
    client_turns = marked = 0
    for s in project.sessions():
        turns = project.session(s.id).turns
        coded = {m.turn_index for m in project.markers(s.id)}
        client_turns += sum(1 for t in turns if str(t.speaker_role) == "client")
        marked += len(coded)
        assert 50 <= len(turns) <= 90
    assert (client_turns - marked) / client_turns >= 0.6
    readme = (EVAL_SET / "README.md").read_text(encoding="utf-8")
    assert "44 markers" in readme and "35 episodes" in readme and "fictional" in readme
    project.close()


def test_the_demo_does_not_pick_up_the_evaluation_set(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[Path] = []

    def record(path: Path) -> dict:
        read.append(path)
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        return {"client": spec["client"], "sessions": []}  # nothing stored: only which clients the demo reads

    monkeypatch.setattr(demo, "_load_client_file", record)
    totals = load_samples(None, paths.samples_dir())  # type: ignore[arg-type]
    assert totals["clients"] == len(read) >= 4
    assert not [p for p in read if "evaluation" in p.parts]
    assert evaluation.evaluation_set_dir() == paths.samples_dir() / "evaluation"
