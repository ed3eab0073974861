"""``rupturetool import-codes``, run in-process: the demo's markers round-trip, bad rows are listed one per line."""

from __future__ import annotations

import csv
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from rupturetool.cli.main import main
from rupturetool.services.demo import build_demo

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
IDS = ("session_id", "marker_id", "episode_id", "created_at")


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


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], db_url: str) -> Cli:
    return Cli(capsys, db_url)


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("cli-codes-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RUPTURETOOL_DATA_DIR", str(root / "data"))
        return build_demo(target=root / "demo.sqlite", samples=SAMPLES)["url"]


def import_uncoded_caseload(cli: Cli) -> None:
    for folder in sorted(p for p in SAMPLES.iterdir() if (p / "client.toml").is_file()):
        spec = tomllib.loads((folder / "client.toml").read_text(encoding="utf-8"))
        client = spec["client"]
        for session in spec["sessions"]:
            args = ["import", str(folder / session["file"]), "--client", client["code"]]
            args += ["--date", str(session["date"]), "--number", str(session["number"])]
            args += ["--therapist", client["therapist"], "--attachment", client["attachment"]]
            code, _, err = cli(*args)
            assert code == 0, err


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{k: v for k, v in row.items() if k not in IDS} for row in csv.DictReader(handle)]


def test_demo_round_trip_through_the_command_line(
    cli: Cli, capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    exported = tmp_path / "demo-markers.csv"
    assert Cli(capsys, demo_url)("export", "markers", "--out", str(exported), "--excel")[0] == 0
    import_uncoded_caseload(cli)

    counts = cli.json("import-codes", str(exported))
    expected = rows(exported)
    assert counts["markers"] == len(expected) > 0
    assert counts["duplicates"] == 0
    assert counts["sessions"] == len({(r["client"], r["session_date"]) for r in expected})
    assert counts["episodes"] > 0

    again = tmp_path / "again.csv"
    assert cli("export", "markers", "--out", str(again), "--excel")[0] == 0
    assert rows(again) == expected

    code, out, err = cli("import-codes", str(exported))
    assert (code, err) == (0, "")
    assert out.strip() == f"0 markers imported for 0 sessions ({len(expected)} duplicates skipped)"


def test_text_summary(cli: Cli, transcript: Path, tmp_path: Path) -> None:
    assert cli("import", str(transcript), "--client", "C", "--date", "2026-01-05")[0] == 0
    path = tmp_path / "codes.csv"
    path.write_text(
        "client;session_date;coder;turn_index;segment_index;subtype;significance\n"
        "C;2026-01-05;Ana;1;0;W1;2\nC;2026-01-05;Ana;3;0;W2;3\nC;2026-01-05;Ana;3;0;W5;4\n",
        encoding="utf-8",
    )
    code, out, err = cli("import-codes", str(path))
    assert (code, err) == (0, "")
    assert out.strip() == "3 markers imported for 1 session (0 duplicates skipped)"
    assert cli.json("sessions")["sessions"][0]["markers"] == 3


def test_bad_rows_one_line_each_and_nothing_stored(cli: Cli, transcript: Path, tmp_path: Path) -> None:
    session = cli.json("import", str(transcript), "--client", "C", "--date", "2026-01-05")["sessions"][0]
    path = tmp_path / "codes.csv"
    path.write_text(
        "client,session_id,coder,turn_index,segment_index,subtype,significance\n"
        f"C,{session['id']},Ana,1,0,W1,3\n"
        f"C,{session['id']},Ana,1,0,W1,7\n"
        f"C,{session['id']},Ana,1,0,Q7,3\n"
        "\n"
        f"C,{session['id']},Ana,1,0,W1,3\n"
        f"C,{session['id']},Ana,99,0,W1,3\n",
        encoding="utf-8",
    )
    code, out, err = cli("import-codes", str(path))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"rupturetool: {path} line 3: significance 7 is not 1–5",
        f"rupturetool: {path} line 4: unknown subtype 'Q7' (not in any coding scheme)",
        f"rupturetool: {path} line 7: no turn 99 in session {session['id']}",
    ]
    assert cli.json("sessions")["sessions"][0]["markers"] == 0


def test_unusable_files_are_one_line_errors(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("import-codes", str(tmp_path / "missing.csv"))
    assert code == 1
    assert len(err.splitlines()) == 1 and err.startswith("rupturetool: ") and "cannot read" in err
    path = tmp_path / "codes.csv"
    path.write_text("client,coder,turn_index\nC,Ana,1\n", encoding="utf-8")
    code, _, err = cli("import-codes", str(path))
    assert code == 1
    assert err.splitlines() == [
        f"rupturetool: {path}: missing required column(s): significance, session_id or session_date, "
        "subtype or family, segment_index (or start_char and end_char)"
    ]


def test_demo_round_trip_with_the_episodes_csv(
    cli: Cli, capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    demo = Cli(capsys, demo_url)
    markers, episodes = tmp_path / "markers.csv", tmp_path / "episodes.csv"
    assert demo("export", "markers", "--out", str(markers))[0] == 0
    assert demo("export", "episodes", "--out", str(episodes))[0] == 0
    import_uncoded_caseload(cli)

    counts = cli.json("import-codes", str(episodes), str(markers))  # told apart by their columns, in any order
    assert counts["markers"] == len(rows(markers))
    assert counts["episodes"] == len(rows(episodes))

    markers_again, episodes_again = tmp_path / "markers-again.csv", tmp_path / "episodes-again.csv"
    assert cli("export", "markers", "--out", str(markers_again))[0] == 0
    assert cli("export", "episodes", "--out", str(episodes_again))[0] == 0
    assert rows(markers_again) == rows(markers)
    assert rows(episodes_again) == rows(episodes)  # family, outcome, stages and strategies all came back

    again = cli.json("import-codes", str(markers), str(episodes))
    assert again == {"markers": 0, "episodes": 0, "sessions": 0, "duplicates": len(rows(markers))}


def test_two_markers_files_are_refused(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "codes.csv"
    path.write_text("client,session_id,coder,turn_index,segment_index,subtype,significance\n", encoding="utf-8")
    code, _, err = cli("import-codes", str(path), str(path))
    assert code == 1
    assert err.splitlines() == ["rupturetool: give one markers CSV and at most one episodes CSV (got 2 markers files)"]
