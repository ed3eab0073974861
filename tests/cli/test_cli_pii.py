"""`rupturetool pii SESSION_ID [--json] [--redact]`: list likely identifiers, or redact them in one edit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rupturetool.cli.pii  # noqa: F401  (registers the command until main.py imports it)
from rupturetool.cli.main import main

TALK = "T: How was the week?\nP: Priya phoned me on 07700 900123.\nT: And?\nP: Nothing else.\n"


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(["--db", db, *args])
    out, err = capsys.readouterr()
    code = done.value.code
    return (code if isinstance(code, int) else 1), out, err


@pytest.fixture
def session(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> str:
    path = tmp_path / "talk.txt"
    path.write_text(TALK, encoding="utf-8")
    code, out, err = run(capsys, db_url, "import", str(path), "--client", "C", "--json")
    assert code == 0, err
    return str(json.loads(out)["sessions"][0]["id"])


def test_pii_lists_identifiers_as_json(capsys: pytest.CaptureFixture[str], db_url: str, session: str) -> None:
    code, out, err = run(capsys, db_url, "pii", session, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["redacted"] is False
    assert [(i["turn"], i["kind"], i["text"]) for i in data["identifiers"]] == [
        (2, "name", "Priya"),
        (2, "phone", "07700 900123"),
    ]


def test_pii_text_output_and_redact(capsys: pytest.CaptureFixture[str], db_url: str, session: str) -> None:
    code, out, err = run(capsys, db_url, "pii", session)
    assert code == 0
    assert out.splitlines()[0].split("\t")[:3] == ["turn 2", "name", "Priya"]
    assert err.strip() == f"session {session}: 2 likely identifiers found"

    code, _, err = run(capsys, db_url, "pii", session, "--redact")
    assert (code, err.strip()) == (0, f"session {session}: 2 likely identifiers redacted")
    code, out, _ = run(capsys, db_url, "show", session, "--json")
    assert json.loads(out)["turns"][1]["text"] == "[NAME] phoned me on [PHONE]."
    code, out, err = run(capsys, db_url, "pii", session)
    assert (code, out, err.strip()) == (0, "", f"session {session}: 0 likely identifiers found")


def test_pii_of_an_unknown_session_is_one_line(capsys: pytest.CaptureFixture[str], sqlite_url: str) -> None:
    code, out, err = run(capsys, sqlite_url, "pii", "999")
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1 and "999" in err
