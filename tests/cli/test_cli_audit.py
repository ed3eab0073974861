"""``rupturetool audit``, run in-process: a marker's and an episode's history with before and after, filters by
session and coder, JSON, and a CSV export without transcript text unless asked; one-line errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

import rupturetool.cli.audit  # noqa: F401  (registers `audit` until main.py imports it)
from rupturetool.cli.main import main
from rupturetool.services.project import Project


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], db: str) -> None:
        self.capsys, self.db = capsys, db

    def __call__(self, *args: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as done:
            main(["--db", self.db, "--coder", "ann", "audit", *args])
        out, err = self.capsys.readouterr()
        code = done.value.code
        return (code if isinstance(code, int) else 1), out, err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, err
        return out

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], sqlite_url: str, transcript: Path) -> Cli:
    ann = Project(sqlite_url, coder="ann")
    sid = ann.import_transcript(transcript, "RIVER-07").session.id
    ann.add_marker(ann.new_marker(sid, 1, "W1", segment_index=0, note="shrugs: «fine»"))
    [marker] = ann.markers(sid)
    ann.edit_marker(marker.id, significance=5)
    ann.create_episode(sid, [marker.id])
    [episode] = ann.episodes(sid)
    ann.set_stage(episode.id, 1, 3)
    ann.switch_coder("sue")
    ann.add_marker(ann.new_marker(sid, 3, "W5", segment_index=0))
    ann.close()
    return Cli(capsys, sqlite_url)


def test_a_markers_history_shows_before_and_after(cli: Cli) -> None:
    events = cli.json("--marker", "1")
    assert [(e["action"], e["entity"]) for e in events] == [
        ("edit", "episode"),  # the episodes the marker is in come with it
        ("add", "episode"),
        ("edit", "marker"),
        ("add", "marker"),
    ]
    edit = events[2]
    assert (edit["coder"], edit["before"], edit["after"]) == ("ann", {"significance": 3}, {"significance": 5})
    assert events[3]["after"]["note"] == "[text]"  # no verbatim text unless asked
    assert cli.json("--marker", "1", "--include-text")[3]["after"]["note"] == "shrugs: «fine»"
    lines = cli.ok("--marker", "1").splitlines()
    assert len(lines) == 4 and "  ann  edit marker 1 (session 1): significance 3 → 5" in lines[2]


def test_filters_by_episode_session_and_coder(cli: Cli) -> None:
    episode = cli.json("--episode", "1")
    assert [e["action"] for e in episode] == ["edit", "add"]
    assert any(k.startswith("stage_events:") for k in episode[0]["after"])
    assert [e["entity"] for e in cli.json("--coder", "sue")] == ["marker"]
    assert len(cli.json("--session", "1")) == 6
    assert cli.json("--session", "99") == []


def test_export_csv_one_row_per_event(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "audit.csv"
    code, _, err = cli("--session", "1", "--out", str(out))
    assert code == 0 and err.strip() == f"{out}: 6 audit events"
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["id", "at", "coder", "action", "entity", "entity_id", "session_id", "detail", "before",
                             "after"]  # fmt: skip
    assert [r["action"] for r in rows] == ["import", "add", "edit", "add", "edit", "add"]  # oldest first
    assert json.loads(rows[2]["before"]) == {"significance": 3} and rows[2]["coder"] == "ann"
    text = out.read_text(encoding="utf-8")
    assert "shrugs" not in text and "Whatever you think" not in text and "[text]" in text
    cli("--session", "1", "--out", str(out), "--include-text")
    assert "shrugs: «fine»" in out.read_text(encoding="utf-8")


def test_bad_input_is_one_line(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("--marker", "1", "--episode", "1")
    assert code == 1 and err == "rupturetool: --marker and --episode cannot be used together\n"
    code, _, err = cli("--since", "last week")
    assert code == 1 and err.startswith("rupturetool: --since 'last week' is not a date")
    code, _, err = cli("--out", str(tmp_path / "missing" / "a.csv"))
    assert code == 1 and "does not exist" in err and len(err.splitlines()) == 1
