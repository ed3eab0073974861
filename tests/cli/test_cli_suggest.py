"""`rupturetool suggest SESSION_ID [--json]`: the JSON shape is exactly Suggestion.as_json(); a readable table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rupturetool.cli.suggest  # noqa: F401  (registers `suggest` until main.py imports it)
from rupturetool.cli.main import main
from rupturetool.services.project import Project

KEYS = ["turn_index", "segment_index", "start_char", "end_char", "family", "subtype", "actor", "confidence",
        "explanation"]  # fmt: skip
TEXT = (
    "Therapist: What was the week like?\n"
    "Client: I don't know.\n"
    "Therapist: What happened at the weekend?\n"
    "Client: (laughs) You don't get it. Whatever you think.\n"
    "Therapist: I'm sorry. I think I did push you there.\n"
)


@pytest.fixture
def session_url(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    path = tmp_path / "s.txt"
    path.write_text(TEXT, encoding="utf-8")
    project = Project(url, coder="ana")
    try:
        sid = project.import_transcript(path, "CLI-01", therapist="Therapist").session.id
    finally:
        project.close()
    assert sid is not None
    return url, sid


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out = capsys.readouterr()
    return int(done.value.code or 0), out.out, out.err


def test_json_shape(session_url: tuple[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    url, sid = session_url
    code, out, err = run(capsys, "--db", url, "suggest", str(sid), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data) == ["suggestions"]
    rows = data["suggestions"]
    assert rows and all(list(row) == KEYS for row in rows)
    # "I'm sorry. I think I did push you there." right after the complaint: stage 1 and R5 (owns contribution).
    assert {row["family"] for row in rows} == {"withdrawal", "confrontation", "stage", "strategy"}
    assert {(row["turn_index"], row["subtype"]) for row in rows} >= {
        (1, "W2"),
        (3, "C1"),
        (3, "W5"),
        (3, "W6"),
        (4, "1"),
        (4, "R5"),
    }
    assert all(row["actor"] == ("therapist" if row["family"] in ("stage", "strategy") else "patient") for row in rows)
    assert rows == sorted(rows, key=lambda r: (r["turn_index"], r["start_char"]))
    assert all(isinstance(row["confidence"], float) and row["explanation"] for row in rows)


def test_table(session_url: tuple[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    url, sid = session_url
    code, out, err = run(capsys, "--db", url, "suggest", str(sid))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:6] == ["turn", "seg", "chars", "family", "code", "conf"]
    assert any(line.split()[4] == "C1" and "pattern" in line for line in lines[1:])
    assert "suggestions for session" in err


def test_unknown_session_is_one_line(session_url: tuple[str, int], capsys: pytest.CaptureFixture[str]) -> None:
    url, _ = session_url
    code, out, err = run(capsys, "--db", url, "suggest", "999", "--json")
    assert code == 1 and out == "" and err.count("\n") == 1 and "999" in err
