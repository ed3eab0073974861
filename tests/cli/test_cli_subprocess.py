"""End to end, as a user runs it: ``python -m rupturetool`` in a fresh process."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path


def rupturetool(*args: str) -> subprocess.CompletedProcess[str]:
    # The environment (an isolated data folder, the coder) comes from the autouse fixture in conftest.py.
    return subprocess.run(
        [sys.executable, "-m", "rupturetool", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_import_then_export_end_to_end(tmp_path: Path, transcript: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e2e.sqlite'}"
    done = rupturetool("--db", db, "import", str(transcript), "--client", "C", "--date", "2026-01-05", "--json")
    assert done.returncode == 0, done.stderr
    [session] = json.loads(done.stdout)["sessions"]
    assert (session["client"], session["turns"]) == ("C", 6)
    assert session["speakers"] == {"Therapist": "therapist", "Client": "client"}

    out = tmp_path / "markers.csv"
    done = rupturetool("--db", db, "export", "markers", "--out", str(out))
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert {"client", "session_id", "subtype", "significance", "episode_id"} <= set(header)


def test_errors_are_one_line_unless_debug(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e2e.sqlite'}"
    missing = tmp_path / "missing.txt"
    done = rupturetool("--db", db, "import", str(missing), "--client", "C")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [f"rupturetool: {missing}: no such file"]

    done = rupturetool("--db", db, "--debug", "import", str(missing), "--client", "C")
    assert done.returncode == 1
    assert "Traceback (most recent call last)" in done.stderr
    assert done.stderr.splitlines()[-1] == f"rupturetool: {missing}: no such file"
