"""`rupturetool import` with many files and folders: one line per bad file, good files imported, --strict,
--max-size, --format, --columns, --fix-ocr, duplicates; and the `speakers` and `corrections` commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rupturetool.cli.main import main
from rupturetool.services.project import Project

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
NAMES = "Anna: Hello.\nBen: Hi.\nAnna: So.\nBen: So.\n"  # an unsure guess: Anna (who opens) therapist


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], db: str) -> None:
        self.capsys = capsys
        self.db = db

    def __call__(self, *args: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as done:
            main(["--db", self.db, *args])
        out, err = self.capsys.readouterr()
        code = done.value.code
        return (code if isinstance(code, int) else 1), out, err

    def json(self, *args: str) -> Any:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    def state(self) -> tuple[list[tuple[str, str | None]], list[str]]:
        """(client, source) of every stored session, and every client code: what is in the database."""
        project = Project(self.db, coder="tester")
        try:
            return [(s.client_code, s.source_name) for s in project.sessions()], [c.code for c in project.clients()]
        finally:
            project.close()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], db_url: str) -> Cli:
    return Cli(capsys, db_url)


@pytest.fixture
def sqlite_cli(capsys: pytest.CaptureFixture[str], sqlite_url: str) -> Cli:
    return Cli(capsys, sqlite_url)


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """Two good transcripts and three bad files, in name order: good, empty, image, no speakers, good."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a_good.txt").write_text("T: How was the week?\nP: Fine.\nT: Fine?\n", encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_image.png").write_bytes(PNG)
    (folder / "d_nospeakers.txt").write_text("Just some notes.\nNo speakers here at all.\n", encoding="utf-8")
    (folder / "e_good.txt").write_text("T: Another week?\nP: Yes.\n", encoding="utf-8")
    return folder


BAD = ("b_empty.txt", "c_image.png", "d_nospeakers.txt")


def assert_error_lines(err: str, names: tuple[str, ...]) -> None:
    lines = err.splitlines()
    assert len(lines) == len(names), err
    assert "Traceback" not in err
    for line, name in zip(lines, names, strict=True):
        assert line.startswith("rupturetool: "), line
        assert name in line, line


def assert_one_line(err: str, *fragments: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("rupturetool: ") and "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


# -- bad input in a batch ----------------------------------------------------------------------------------------


def test_folder_with_good_and_bad_files_json(cli: Cli, mixed_folder: Path) -> None:
    code, out, err = cli("import", str(mixed_folder), "--client", "C", "--json")
    assert code == 1
    assert_error_lines(err, BAD)
    data = json.loads(out)
    assert set(data) == {"sessions", "errors"}
    assert [(s["source"], s["client"], s["turns"]) for s in data["sessions"]] == [
        ("a_good.txt", "C", 3),
        ("e_good.txt", "C", 2),
    ]
    errors = data["errors"]
    assert [Path(e["file"]).name for e in errors] == list(BAD)
    for entry, name in zip(errors, BAD, strict=True):
        assert name in entry["error"] and "\n" not in entry["error"]
    assert "empty" in errors[0]["error"]
    assert "no speaker-labelled turns" in errors[2]["error"]
    assert cli.state() == ([("C", "a_good.txt"), ("C", "e_good.txt")], ["C"])


def test_folder_with_good_and_bad_files_text(sqlite_cli: Cli, mixed_folder: Path) -> None:
    code, out, err = sqlite_cli("import", str(mixed_folder), "--client", "C")
    assert code == 1
    assert_error_lines(err, BAD)
    lines = out.splitlines()
    assert lines[0].startswith("a_good.txt: session 1 for C: 3 turns")
    assert lines[1].startswith("e_good.txt: session 2 for C: 2 turns")
    assert len(lines) == 2


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t\n", "empty"),
        ("image.png", PNG, "not a transcript format"),
        ("image.txt", PNG, "not a transcript format"),  # a binary file with a text suffix: refused all the same
        ("notes.txt", b"Just notes.\nNo speakers.\n", "no speaker-labelled turns"),
    ],
)
def test_a_single_bad_file_is_one_line_and_stores_nothing(
    sqlite_cli: Cli, tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    for args in (("--json",), ()):
        code, out, err = sqlite_cli("import", str(path), "--client", "NEW", *args)
        assert code == 1
        assert_error_lines(err, (name,))
        assert problem in err
        if args:
            assert json.loads(out) == {"sessions": [], "errors": [{"file": str(path), "error": err[13:].strip()}]}
        else:
            assert out == ""
    assert sqlite_cli.state() == ([], [])  # no session and no stray client


def test_a_file_over_max_size(sqlite_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("T: How was the week?\nP: Fine.\n" * 10, encoding="utf-8")  # 300 bytes
    code, out, err = sqlite_cli("import", str(path), "--client", "C", "--max-size", "0.0001")  # 100 bytes
    assert code == 1
    assert out == ""
    assert_error_lines(err, ("long.txt",))
    assert "limit" in err
    assert sqlite_cli.state() == ([], [])
    assert sqlite_cli("import", str(path), "--client", "C", "--max-size", "0.001")[0] == 0


def test_max_size_message_states_a_real_limit(sqlite_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("T: How was the week?\nP: Fine.\n" * 10, encoding="utf-8")
    _, _, err = sqlite_cli("import", str(path), "--client", "C", "--max-size", "0.0001")
    # "file is 0.0 MB, over the 0 MB limit" contradicts itself: the sizes must be told apart.
    assert "over the 0 MB limit" not in err, err
    assert "file is 0.0 MB" not in err, err


def test_strict_stops_at_the_first_bad_file(cli: Cli, mixed_folder: Path) -> None:
    code, out, err = cli("import", str(mixed_folder), "--client", "C", "--strict", "--json")
    assert code == 1
    assert_error_lines(err, ("b_empty.txt",))
    data = json.loads(out)
    assert [s["source"] for s in data["sessions"]] == ["a_good.txt"]
    assert [Path(e["file"]).name for e in data["errors"]] == ["b_empty.txt"]
    assert cli.state() == ([("C", "a_good.txt")], ["C"])  # e_good.txt, after the bad file, is not imported


def test_several_files_and_folders_in_one_call(sqlite_cli: Cli, mixed_folder: Path, transcript: Path) -> None:
    (mixed_folder / ".hidden.txt").write_text("T: Hidden?\nP: Yes.\n", encoding="utf-8")
    sub = mixed_folder / "sub"
    sub.mkdir()
    (sub / "nested.txt").write_text("T: Nested?\nP: Yes.\n", encoding="utf-8")
    code, out, err = sqlite_cli(
        "import", str(transcript), str(mixed_folder), str(mixed_folder / "a_good.txt"), "--client", "C", "--json"
    )
    assert code == 1
    sessions = json.loads(out)["sessions"]
    # The folder stands for its visible files (no hidden ones, no subfolders); a.txt given twice is a duplicate.
    assert [s["source"] for s in sessions] == ["session.txt", "a_good.txt", "e_good.txt"]
    assert_error_lines(err, (*BAD, "a_good.txt"))
    assert "already imported" in err.splitlines()[-1]


def test_duplicates_are_refused_unless_forced(cli: Cli, mixed_folder: Path) -> None:
    good = [str(mixed_folder / "a_good.txt"), str(mixed_folder / "e_good.txt")]
    assert cli("import", *good, "--client", "C")[0] == 0
    code, out, err = cli("import", *good, "--client", "C", "--json")
    assert code == 1
    assert json.loads(out)["sessions"] == []
    assert_error_lines(err, ("a_good.txt", "e_good.txt"))
    assert all("already imported for client C" in line and "--force" in line for line in err.splitlines())
    assert len(cli.state()[0]) == 2

    data = cli.json("import", *good, "--client", "C", "--force")
    assert [(s["source"], s["number"]) for s in data["sessions"]] == [("a_good.txt", 3), ("e_good.txt", 4)]
    assert data["errors"] == []
    assert len(cli.state()[0]) == 4
    assert cli.json("import", *good, "--client", "OTHER")["errors"] == []  # another client: not a duplicate


# -- --format, --columns, --fix-ocr ------------------------------------------------------------------------------


def test_format_option(sqlite_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "session.dat"
    path.write_text("T: How was it?\nP: Fine.\n", encoding="utf-8")
    [session] = sqlite_cli.json("import", str(path), "--client", "C", "--format", "text")["sessions"]
    assert session["turns"] == 2
    code, _, err = sqlite_cli("import", str(path), "--client", "D", "--format", "nope")
    assert code == 1
    assert_error_lines(err, ("unknown format 'nope'",))
    code, _, err = sqlite_cli("import", str(path), "--client", "D", "--format", "vtt")
    assert code == 1
    assert_error_lines(err, ("session.dat",))
    assert sqlite_cli.state()[1] == ["C"]


def test_columns_option(sqlite_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    path.write_text("Who,Said\nTherapist,How was it?\nClient,Fine.\nTherapist,Fine?\n", encoding="utf-8")
    code, _, err = sqlite_cli("import", str(path), "--client", "C")
    assert code == 1
    assert "table.csv" in err
    [session] = sqlite_cli.json("import", str(path), "--client", "C", "--columns", "speaker=Who, text=Said")["sessions"]
    assert (session["turns"], session["speakers"]) == (3, {"Therapist": "therapist", "Client": "client"})
    code, _, err = sqlite_cli("import", str(path), "--client", "C", "--columns", "speaker")
    assert code == 1
    assert_one_line(err, "--columns 'speaker'", "FIELD=COLUMN")


def test_fix_ocr_option_and_corrections_command(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "ocr.txt"
    path.write_text("T: How was it?\nP: | guess it was fine. 1'm ok.\n", encoding="utf-8")
    [session] = cli.json("import", str(path), "--client", "C", "--fix-ocr")["sessions"]
    assert session["corrections"]["applied"] is True
    assert [(c["turn"], c["from"], c["to"]) for c in session["corrections"]["suggested"]] == [
        (1, "|", "I"),
        (1, "1", "I"),
    ]
    sid = str(session["id"])
    shown = cli.json("show", sid)["turns"][1]
    assert (shown["text"], shown["original_text"]) == ("I guess it was fine. I'm ok.", "| guess it was fine. 1'm ok.")

    code, out, err = cli("corrections", sid, "--revert")
    assert (code, out.strip()) == (0, f"session {sid}: 1 turns restored"), err
    shown = cli.json("show", sid)["turns"][1]
    assert shown["text"] == "| guess it was fine. 1'm ok."
    assert "original_text" not in shown or shown["original_text"] is None

    code, out, err = cli("corrections", sid)
    assert (code, out.strip()) == (0, f"session {sid}: 1 turns corrected"), err
    assert cli.json("show", sid)["turns"][1]["text"] == "I guess it was fine. I'm ok."
    code, out, _ = cli("corrections", sid)
    assert (code, out.strip()) == (0, f"session {sid}: 0 turns corrected")


def test_corrections_of_an_unknown_session(sqlite_cli: Cli) -> None:
    code, _, err = sqlite_cli("corrections", "999")
    assert code == 1
    assert_error_lines(err, ("no session with id 999",))
    code, _, err = sqlite_cli("corrections", "999", "--revert")
    assert code == 1
    assert_error_lines(err, ("no session with id 999",))


# -- speakers ----------------------------------------------------------------------------------------------------


def test_speakers_change_persists_and_is_remembered(cli: Cli, tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text(NAMES, encoding="utf-8")
    [session] = cli.json("import", str(first), "--client", "C")["sessions"]
    sid = str(session["id"])
    assert cli.json("speakers", sid) == {
        "session": int(sid),
        "speakers": {"Speaker 1": "therapist", "Speaker 2": "client"},
    }

    changed = cli.json("speakers", sid, "Speaker 1=client", "Speaker 2=therapist")
    assert changed == {"session": int(sid), "speakers": {"Speaker 1": "client", "Speaker 2": "therapist"}}
    assert cli.json("speakers", sid)["speakers"] == {"Speaker 1": "client", "Speaker 2": "therapist"}
    assert [t["speaker_role"] for t in cli.json("show", sid)["turns"]] == ["client", "therapist"] * 2

    code, out, _ = cli("speakers", sid)
    assert (code, out.splitlines()) == (0, ["Speaker 1: client", "Speaker 2: therapist"])

    second = tmp_path / "second.txt"
    second.write_text("Anna: Morning.\nBen: Hey.\nAnna: Well.\nBen: Yes.\n", encoding="utf-8")
    [again] = cli.json("import", str(second), "--client", "C")["sessions"]
    assert again["speakers"] == {"Speaker 1": "client", "Speaker 2": "therapist"}
    assert set(again["speaker_basis"].values()) == {"remembered for this client"}


def test_speakers_label_with_an_equals_sign_and_spaces(sqlite_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "dr.txt"
    # Role words and numbers, not names: such labels are stored as they are (names become pseudonyms).
    path.write_text("Interviewer A: How are you?\nPerson B: Fine.\nInterviewer A: Good.\n", encoding="utf-8")
    [session] = sqlite_cli.json("import", str(path), "--client", "C")["sessions"]
    sid = str(session["id"])
    assert sqlite_cli.json("speakers", sid, "Person B = other")["speakers"] == {
        "Interviewer A": "therapist",
        "Person B": "other",
    }


@pytest.mark.parametrize(
    ("setting", "fragments"),
    [
        ("Speaker 1=boss", ("'Speaker 1=boss'", "LABEL=ROLE")),
        ("Speaker 1", ("'Speaker 1'", "LABEL=ROLE")),
        ("Speaker 1=unknown", ("'Speaker 1=unknown'",)),
        ("Nobody=client", ("no speaker 'Nobody'", "Speaker 1", "Speaker 2")),
    ],
)
def test_bad_speaker_settings_exit_1_and_change_nothing(
    sqlite_cli: Cli, tmp_path: Path, setting: str, fragments: tuple[str, ...]
) -> None:
    path = tmp_path / "names.txt"
    path.write_text(NAMES, encoding="utf-8")
    sid = str(sqlite_cli.json("import", str(path), "--client", "C")["sessions"][0]["id"])
    code, out, err = sqlite_cli("speakers", sid, setting, "--json")
    assert code == 1
    assert out == ""
    assert_one_line(err, *fragments)
    assert sqlite_cli.json("speakers", sid)["speakers"] == {"Speaker 1": "therapist", "Speaker 2": "client"}


def test_a_bad_setting_after_a_good_one_changes_nothing(sqlite_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "names.txt"
    path.write_text(NAMES, encoding="utf-8")
    sid = str(sqlite_cli.json("import", str(path), "--client", "C")["sessions"][0]["id"])
    code, _, err = sqlite_cli("speakers", sid, "Speaker 1=client", "Speaker 2=boss")
    assert code == 1
    assert_error_lines(err, ("'Speaker 2=boss'",))
    # The command failed: it must not have half-applied the settings before the bad one.
    assert sqlite_cli.json("speakers", sid)["speakers"] == {"Speaker 1": "therapist", "Speaker 2": "client"}


def test_speakers_of_an_unknown_session(sqlite_cli: Cli) -> None:
    code, _, err = sqlite_cli("speakers", "999", "Anna=client")
    assert code == 1
    assert_error_lines(err, ("no session with id 999",))
