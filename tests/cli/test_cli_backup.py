"""``rupturetool backup``, ``restore`` and ``backups list``, run in-process: a round trip through a zip and a plain
JSON file, the database chosen by --db or RUPTURETOOL_DB, automatic copies listed, and one-line errors (exit 1)."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from rupturetool.cli import backup as _backup_commands  # noqa: F401  (registers backup, restore, backups)
from rupturetool.cli.main import main
from rupturetool.services import backup as service
from rupturetool.services.project import Project


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    code = done.value.code
    return (code if isinstance(code, int) else 1), out, err


def ok(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out, err


@pytest.fixture
def coded(sqlite_url: str, transcript: Path) -> str:
    ann = Project(sqlite_url, coder="ann")
    sid = ann.import_transcript(transcript, "RIVER-07").session.id
    ann.add_marker(ann.new_marker(sid, 1, "W1", segment_index=0))
    ann.close()
    return sqlite_url


def summary(url: str) -> list[tuple[Any, ...]]:
    project = Project(url, coder="ann")
    try:
        return [(s.id, s.client_code, s.turns, s.markers) for s in project.sessions()]
    finally:
        project.close()


def test_backup_then_restore_into_a_new_database(capsys, coded: str, tmp_path: Path) -> None:
    out = tmp_path / "caseload.zip"
    _, err = ok(capsys, "--db", coded, "backup", "--out", str(out))
    assert err.splitlines() == [
        f"{out}: backup of 1 sessions (" + err.split("(", 1)[1].split("\n")[0],
        "It holds verbatim transcripts: keep it as safe as the database.",
    ]
    assert zipfile.is_zipfile(out)

    target = f"sqlite:///{tmp_path / 'restored.sqlite'}"
    _, err = ok(capsys, "restore", str(out), "--db", target)
    assert err == f"{out}: restored 1 clients, 1 sessions, 1 markers into {target}\n"
    assert summary(target) == summary(coded)


def test_plain_json_and_the_environment_setting(
    capsys, coded: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUPTURETOOL_DB", coded)
    out = tmp_path / "caseload.json"
    data = json.loads(ok(capsys, "backup", "--out", str(out), "--json")[0])
    assert data["zipped"] is False and data["rows"]["markers"] == 1
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "rupturetool-backup"
    forced = tmp_path / "plain.zip"
    ok(capsys, "backup", "--out", str(forced), "--plain")
    assert forced.read_bytes().startswith(b"{")

    target = f"sqlite:///{tmp_path / 'restored.sqlite'}"
    monkeypatch.setenv("RUPTURETOOL_DB", target)
    result = json.loads(ok(capsys, "restore", str(forced), "--json")[0])
    assert (result["kind"], result["database"], result["rows"]["sessions"]) == ("json", target, 1)
    assert summary(target) == summary(coded)


def test_restore_refuses_a_database_with_data_unless_replace(capsys, coded: str, tmp_path: Path) -> None:
    out = tmp_path / "caseload.zip"
    ok(capsys, "--db", coded, "backup", "--out", str(out))
    code, _, err = run(capsys, "--db", coded, "restore", str(out))
    assert code == 1
    assert err == (
        f"rupturetool: {coded}: already holds data (1 sessions); restore into a new, empty database, "
        "or replace what it holds (--replace)\n"
    )
    ok(capsys, "--db", coded, "restore", str(out), "--replace")
    assert summary(coded)[0][1:] == ("RIVER-07", 6, 1)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x00garbage" * 10, "not a rupturetool backup (neither a zip, JSON nor SQLite file)"),
        (b"PK\x03\x04 cut short", "not a rupturetool backup (damaged or truncated zip: File is not a zip file)"),
        (b'{"format": "rupturetool-backup", "format_version": 7}', "made by a newer rupturetool (backup format 7)"),
    ],
)
def test_bad_files_are_one_line_errors(capsys, tmp_path: Path, content: bytes, problem: str) -> None:
    bad = tmp_path / "x.bak"
    bad.write_bytes(content)
    target = tmp_path / "target.sqlite"
    code, out, err = run(capsys, "restore", str(bad), "--db", f"sqlite:///{target}")
    assert (code, out) == (1, "")
    assert err.startswith(f"rupturetool: {bad}: {problem}") and err.count("\n") == 1
    assert not target.exists()


def test_missing_file_and_unwritable_output(capsys, coded: str, tmp_path: Path) -> None:
    code, _, err = run(capsys, "restore", str(tmp_path / "nowhere.zip"))
    assert code == 1 and err == f"rupturetool: {tmp_path / 'nowhere.zip'}: cannot read (No such file or directory)\n"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "--db", coded, "backup", "--out", str(blocker / "sub" / "b.zip"))
    assert code == 1 and err.startswith("rupturetool: ") and "cannot write the backup" in err and err.count("\n") == 1


def test_backups_list(capsys, coded: str, tmp_path: Path) -> None:
    out, err = ok(capsys, "--db", coded, "backups", "list")
    assert out == "" and "no automatic backups yet" in err
    first = service.automatic_backup(coded, now=datetime(2026, 11, 22, 10, 15, 0))
    second = service.automatic_backup(coded, now=datetime(2026, 11, 22, 12, 0, 0))
    lines = ok(capsys, "--db", coded, "backups", "list")[0].splitlines()
    assert [line.split()[:2] for line in lines] == [["2026-11-22", "12:00:00"], ["2026-11-22", "10:15:00"]]
    assert lines[0].endswith(str(second)) and lines[1].endswith(str(first))
    data = json.loads(ok(capsys, "--db", coded, "backups", "list", "--all", "--json")[0])
    assert [b["file"] for b in data["backups"]] == [str(second), str(first)]
    assert data["backups"][0]["database"] == coded.removeprefix("sqlite:///")

    restored = f"sqlite:///{tmp_path / 'from-copy.sqlite'}"
    ok(capsys, "restore", str(first), "--db", restored)  # an automatic copy restores like any backup
    assert summary(restored) == summary(coded)
