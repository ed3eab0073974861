"""The command line, run in-process: JSON output, exit codes, one-line errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from rupturetool.cli.main import main

REQUIRED_COLUMNS = {
    "client",
    "session_id",
    "session_date",
    "coder",
    "turn_index",
    "segment_index",
    "speaker_role",
    "family",
    "subtype",
    "significance",
    "episode_id",
    "source",
}


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], db: str) -> None:
        self.capsys = capsys
        self.db = db

    def __call__(self, *args: str, db: bool = True) -> tuple[int, str, str]:
        argv = ["--db", self.db, *args] if db else list(args)
        with pytest.raises(SystemExit) as done:
            main(argv)
        out, err = self.capsys.readouterr()
        code = done.value.code
        return (code if isinstance(code, int) else 1), out, err

    def json(self, *args: str) -> Any:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], db_url: str) -> Cli:
    return Cli(capsys, db_url)


@pytest.fixture
def sqlite_cli(capsys: pytest.CaptureFixture[str], sqlite_url: str) -> Cli:
    return Cli(capsys, sqlite_url)


def assert_one_line_error(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("rupturetool: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def test_import_show_and_sessions_json(cli: Cli, transcript: Path) -> None:
    data = cli.json("import", str(transcript), "--client", "C", "--date", "2026-01-05")
    [session] = data["sessions"]
    assert {"id", "client", "turns", "segments", "speakers", "warnings"} <= set(session)
    assert (session["client"], session["date"], session["turns"]) == ("C", "2026-01-05", 6)
    assert session["speakers"] == {"Therapist": "therapist", "Client": "client"}
    assert session["warnings"] == []

    listed = cli.json("sessions")["sessions"]
    assert [(s["id"], s["client"], s["turns"], s["markers"]) for s in listed] == [(session["id"], "C", 6, 0)]

    shown = cli.json("show", str(session["id"]))
    assert shown["session"]["client"] == "C"
    assert shown["session"]["notes"].startswith("Session 5")
    turns = shown["turns"]
    assert len(turns) == 6
    assert [t["speaker_role"] for t in turns] == ["therapist", "client"] * 3
    assert sum(len(t["segments"]) for t in turns) == session["segments"]
    for turn in turns:
        assert [s["index"] for s in turn["segments"]] == list(range(len(turn["segments"])))
        for segment in turn["segments"]:
            assert set(segment) == {"index", "text", "start_char", "end_char", "cues"}
            assert segment["text"] == turn["text"][segment["start_char"] : segment["end_char"]]
        assert "".join(s["text"] for s in turn["segments"]) == turn["text"]


def test_import_text_output_and_several_files(sqlite_cli: Cli, transcript: Path, tmp_path: Path) -> None:
    second = tmp_path / "second.txt"
    second.write_text("Sam: Hello.\nAnna: Hi.\nSam: So.\nAnna: So.\n", encoding="utf-8")
    code, out, err = sqlite_cli("import", str(transcript), str(second), "--client", "C")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"{transcript.name}: session 1 for C: 6 turns")
    assert lines[1].startswith(f"{second.name}: session 2 for C: 4 turns")
    assert sum("warning: speaker" in line for line in lines) == 2  # Sam and Anna: roles unknown

    code, out, err = sqlite_cli("sessions")
    assert code == 0
    assert [line.split()[:2] for line in out.splitlines()[1:]] == [["1", "C"], ["2", "C"]]


def test_import_with_therapist_label(sqlite_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text("Sam: Hello.\nAnna: Hi.\nSam: So.\nAnna: So.\n", encoding="utf-8")
    [session] = sqlite_cli.json("import", str(path), "--client", "C", "--therapist", "Sam")["sessions"]
    assert session["speakers"] == {"Therapist": "therapist", "Client": "client"}  # names become pseudonyms
    assert session["warnings"] == []


def test_reimport_needs_force(sqlite_cli: Cli, transcript: Path) -> None:
    assert sqlite_cli("import", str(transcript), "--client", "C")[0] == 0
    code, out, err = sqlite_cli("import", str(transcript), "--client", "C")
    assert (code, out) == (1, "")
    assert_one_line_error(err, "already imported", "--force")
    assert sqlite_cli("import", str(transcript), "--client", "C", "--force")[0] == 0
    assert len(sqlite_cli.json("sessions")["sessions"]) == 2


def test_export_markers_header_only(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "f.csv"
    code, _, err = cli("export", "markers", "--out", str(out))
    assert code == 0, err
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1
    assert set(rows[0]) >= REQUIRED_COLUMNS
    assert "marker_text" not in rows[0]
    assert "0 markers" in err


def test_export_excel_and_include_text(sqlite_cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "f.csv"
    assert sqlite_cli("export", "markers", "--out", str(out), "--excel", "--include-text")[0] == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"marker_text" in data and data.endswith(b"\r\n")


def test_missing_file_is_one_line_exit_1(sqlite_cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = sqlite_cli("import", str(missing), "--client", "C")
    assert code == 1
    assert out == ""
    assert_one_line_error(err, str(missing), "no such file")


def test_debug_shows_the_traceback(sqlite_cli: Cli, tmp_path: Path) -> None:
    code, _, err = sqlite_cli("--debug", "import", str(tmp_path / "nope.txt"), "--client", "C")
    assert code == 1
    assert "Traceback (most recent call last)" in err
    assert "InputError" in err
    assert err.splitlines()[-1].startswith("rupturetool: ")


def test_usage_errors_exit_2(sqlite_cli: Cli, transcript: Path) -> None:
    code, _, err = sqlite_cli("import")  # no file
    assert code == 2
    assert "Traceback" not in err
    code, _, err = sqlite_cli("no-such-command")
    assert code == 2
    code, _, err = sqlite_cli("show", "not-a-number")
    assert code == 2


def test_a_file_that_names_no_client_needs_client(sqlite_cli: Cli, transcript: Path) -> None:
    code, _, err = sqlite_cli("import", str(transcript))
    assert code == 1
    assert err.count("\n") == 1 and "--client" in err and "Traceback" not in err


def test_bad_date_exits_1(sqlite_cli: Cli, transcript: Path) -> None:
    code, _, err = sqlite_cli("import", str(transcript), "--client", "C", "--date", "2026-13-01")
    assert code == 1
    assert_one_line_error(err, "--date '2026-13-01'", "YYYY-MM-DD")
    assert sqlite_cli.json("sessions") == {"sessions": []}


def test_unknown_session_exits_1(sqlite_cli: Cli) -> None:
    code, _, err = sqlite_cli("show", "999")
    assert code == 1
    assert_one_line_error(err, "no session with id 999")


def test_corrupt_database_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"this is not a database file at all\x00\xff" * 200)
    code, _, err = Cli(capsys, f"sqlite:///{path}")("sessions")
    assert code == 1
    assert_one_line_error(err, str(path), "corrupt or not a database")


def test_database_from_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, transcript: Path
) -> None:
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("RUPTURETOOL_DB", f"sqlite:///{path}")
    cli = Cli(capsys, "unused")
    assert cli("import", str(transcript), "--client", "ENV", db=False)[0] == 0
    assert path.is_file()
    code, out, _ = cli("sessions", "--json", db=False)
    assert code == 0
    assert [s["client"] for s in json.loads(out)["sessions"]] == ["ENV"]


def test_default_database_lives_in_the_data_folder(
    capsys: pytest.CaptureFixture[str], isolated_environment: Path, transcript: Path
) -> None:
    cli = Cli(capsys, "unused")
    assert cli("import", str(transcript), "--client", "C", db=False)[0] == 0
    assert (isolated_environment / "rupturetool.sqlite").is_file()


def test_schemes_list_and_add(sqlite_cli: Cli, tmp_path: Path, isolated_environment: Path) -> None:
    listed = {s["id"]: s for s in sqlite_cli.json("schemes", "list")["schemes"]}
    assert set(listed) == {"3rs", "pacs", "solution-focused"}
    assert listed["3rs"]["subtypes"] == 14

    source = Path(__file__).resolve().parents[2] / "rupturetool" / "data" / "schemes" / "pacs.toml"
    mine = tmp_path / "mine.toml"
    mine.write_text(source.read_text(encoding="utf-8").replace('id = "pacs"', 'id = "mine"'), encoding="utf-8")
    code, out, err = sqlite_cli("schemes", "add", str(mine))
    assert code == 0, err
    assert "installed scheme 'mine'" in out
    assert (isolated_environment / "schemes" / "mine.toml").is_file()
    assert "mine" in {s["id"] for s in sqlite_cli.json("schemes", "list")["schemes"]}

    bad = tmp_path / "bad.toml"
    bad.write_text("[scheme]\nid = 'x'\nname = 'X'\nversion = '1'\n", encoding="utf-8")
    code, _, err = sqlite_cli("schemes", "add", str(bad))
    assert code == 1
    assert_one_line_error(err, str(bad), "[[families]]")
    assert not (isolated_environment / "schemes" / "x.toml").exists()
