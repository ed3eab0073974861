"""``rupturetool evaluate`` and ``train`` in-process: the JSON report's shape, one-line errors, and the shipped
evaluation set evaluated with one command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import rupturetool.cli.evaluate
import rupturetool.cli.train  # noqa: F401  (registers `train`; main.py imports both once the lead adds them)
from rupturetool.cli.main import main
from rupturetool.core.suggestions import Suggestion
from rupturetool.services import evaluation

STATS = {"tp", "fp", "fn", "support", "suggested", "precision", "recall", "f1"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    return int(done.value.code or 0), out, err


def first_segment_w2(turns: Any) -> list[Suggestion]:
    """A fake rule suggester: W2 on the first segment of every client turn under five words."""
    return [
        Suggestion(
            t.index, 0, t.segments[0].start_char, t.segments[0].end_char, "withdrawal", "W2", "patient", 0.6, "short"
        )
        for t in turns
        if str(t.speaker_role) == "client" and len(t.text.split()) < 5 and t.segments
    ]


@pytest.fixture
def coded_db(capsys: pytest.CaptureFixture[str], sqlite_url: str, transcript: Path, tmp_path: Path) -> str:
    codes = tmp_path / "codes.csv"
    codes.write_text(
        "client,session_date,coder,turn_index,segment_index,subtype,significance\n"
        "EV-01,2026-04-01,anna,1,0,W1,2\nEV-01,2026-04-01,anna,5,0,C5,3\n",
        encoding="utf-8",
    )
    assert (
        run(capsys, "--db", sqlite_url, "import", str(transcript), "--client", "EV-01", "--date", "2026-04-01")[0] == 0
    )
    code, _, err = run(capsys, "--db", sqlite_url, "import-codes", str(codes))
    assert code == 0, err
    return sqlite_url


def test_json_report_has_every_statistic_under_its_code(
    capsys: pytest.CaptureFixture[str], coded_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evaluation, "rule_suggester", lambda: first_segment_w2)
    code, out, err = run(capsys, "--db", coded_db, "evaluate", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["coder"] == "anna" and report["model"] is None
    [rules] = report["evaluations"]
    assert set(rules["families"]) == {"withdrawal", "confrontation"}
    assert len(rules["subtypes"]) == 14 and all(set(b) >= STATS for b in rules["subtypes"].values())
    assert rules["subtypes"]["W1"]["support"] == 1 and rules["subtypes"]["C5"]["fn"] == 1
    assert rules["subtypes"]["W2"]["recall"] is None and "nothing marked" in rules["subtypes"]["W2"]["note"]
    assert {"micro", "macro"} <= set(rules["averages"]["subtype"])
    assert set(rules["floors"]) == {"episode_recall_family", "episode_recall_subtype", "false_alarms_per_ordinary_turn"}

    code, out, _ = run(capsys, "--db", coded_db, "evaluate", "--coder", "anna", "--no-model")
    assert code == 0
    assert "rules — all sessions" in out and "  W1" in out and "false alarms:" in out


def test_errors_are_one_line(capsys: pytest.CaptureFixture[str], coded_db: str) -> None:
    code, _, err = run(capsys, "--db", coded_db, "evaluate", "--coder", "nobody")
    assert code == 1 and err.count("\n") == 1 and "no coder 'nobody'" in err
    code, _, err = run(capsys, "--db", coded_db, "evaluate", "--sessions", "x")
    assert code == 1 and "--sessions 'x'" in err
    code, _, err = run(capsys, "--db", coded_db, "train", "--coder", "anna")
    assert code == 1 and "at least 2 coded sessions" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", coded_db, "train")
    assert code == 1 and "give --coder NAME" in err


def test_the_evaluation_set_in_one_command(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    if evaluation.rule_suggester() is None:  # before the rule suggester lands, a fake stands in for it
        monkeypatch.setattr(evaluation, "rule_suggester", lambda: first_segment_w2)
    code, out, err = run(capsys, "evaluate", "--evaluation-set", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["coder"] == "Evaluation gold" and len(report["sessions"]) == 8
    rules = report["evaluations"][0]
    assert (rules["suggester"], rules["split"]) == ("rules", "all sessions")
    assert sum(b["support"] for b in rules["subtypes"].values()) == 45  # 44 markers, two on one segment
    assert rules["episodes"]["episodes"] == 35 and rules["false_alarms"]["ordinary_turns"] == 186
    assert any("no trained model for Evaluation gold" in n for n in report["notes"])
