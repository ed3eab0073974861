"""``rupturetool agreement``, run in-process on codes brought in with ``import-codes``; statistics checked against
scikit-learn on the units rebuilt from the two coders' CSV files."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from sklearn.metrics import cohen_kappa_score

from rupturetool.cli.main import main

COLUMNS = ["client", "session_date", "coder", "turn_index", "segment_index", "subtype", "significance"]
# (turn, segment, subtype) on the conftest transcript: turns 1, 3 and 5 are the client's (2, 3 and 2 segments).
ANNA = [(1, 0, "W1"), (1, 1, "W1"), (3, 0, "W2"), (3, 1, "W7"), (3, 2, "W1"), (5, 0, "C1"), (5, 1, "C1")]
BEN = [(1, 0, "W1"), (3, 0, "W2"), (3, 1, "W2"), (5, 0, "C1"), (5, 1, "C3"), (2, 1, "W3")]


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], db: str) -> None:
        self.capsys, self.db = capsys, db

    def __call__(self, *args: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as done:
            main(["--db", self.db, *args])
        out, err = self.capsys.readouterr()
        return int(done.value.code or 0), out, err

    def json(self, *args: str) -> Any:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


def write_codes(path: Path, coder: str, codes: list[tuple[int, int, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(["CLI-01", "2026-04-01", coder, t, s, code, 3] for t, s, code in codes)
    return path


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], sqlite_url: str, transcript: Path, tmp_path: Path) -> Cli:
    run = Cli(capsys, sqlite_url)
    assert run("import", str(transcript), "--client", "CLI-01", "--date", "2026-04-01")[0] == 0
    for coder, codes in (("anna", ANNA), ("ben", BEN)):
        code, _, err = run("import-codes", str(write_codes(tmp_path / f"{coder}.csv", coder, codes)))
        assert code == 0, err
    return run


SEGMENTS = [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (3, 0), (3, 1), (3, 2), (4, 0), (5, 0), (5, 1)]


def vector(codes: list[tuple[int, int, str]], wanted: str, turns: set[int] | None = None) -> list[int]:
    marked = {(t, s) for t, s, code in codes if wanted in (code, code[0])}
    return [int(u in marked) for u in SEGMENTS if turns is None or u[0] in turns]


def test_json_holds_each_statistic_under_its_family_or_subtype(cli: Cli) -> None:
    report = cli.json("agreement", "--coders", "anna,ben")
    assert report["coders"] == ["anna", "ben"] and len(report["sessions"]) == 1
    assert report["units"] == len(SEGMENTS)
    for section, code, letter in (("families", "withdrawal", "W"), ("subtypes", "C1", "C1"), ("subtypes", "W2", "W2")):
        a, b = vector(ANNA, letter), vector(BEN, letter)
        block = report[section][code]
        assert block["kappa"] == pytest.approx(cohen_kappa_score(a, b))
        assert block["n_units"] == len(SEGMENTS)
        assert block["confusion"][1][1] == sum(x and y for x, y in zip(a, b, strict=True))
        assert set(block) >= {"percent_agreement", "kappa", "alpha", "n_units", "confusion"}
    assert set(report["icc"]) == {"marker_counts", "marker_significance", "slice_ratings", "session_ratings"}
    assert report["subtypes"]["C7"]["kappa"] is None and "one category only" in report["subtypes"]["C7"]["note"]


def test_speaker_client_counts_only_the_clients_segments(cli: Cli) -> None:
    report = cli.json("agreement", "--coders", "anna,ben", "--speaker", "client")
    client_turns = {1, 3, 5}
    assert report["units"] == 7
    a, b = vector(ANNA, "W", client_turns), vector(BEN, "W", client_turns)
    assert report["families"]["withdrawal"]["kappa"] == pytest.approx(cohen_kappa_score(a, b))
    assert report["subtypes"]["W3"]["marked"] == {"anna": 0, "ben": 0}  # ben's W3 is on a therapist turn
    assert any("outside --speaker client" in n for n in report["notes"])


def test_the_table_and_the_csv_export(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "agreement.csv"
    code, text, err = cli("agreement", "--coders", "anna,ben", "--out", str(out))
    assert code == 0, err
    assert "Agreement between anna, ben: 1 sessions, 11 units" in text
    assert "withdrawal" in text and "ICC(2,1)" in text and "kappa" in text
    assert f"{out}:" in err
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0].keys() == {"level", "measure", "code", "family", "coders", "statistic", "value", "n_units", "note"}
    kappa = next(r for r in rows if (r["level"], r["code"], r["statistic"]) == ("family", "withdrawal", "kappa"))
    assert float(kappa["value"]) == pytest.approx(cohen_kappa_score(vector(ANNA, "W"), vector(BEN, "W")), abs=1e-6)
    undefined = [r for r in rows if r["value"] == ""]
    assert undefined and all(r["note"] for r in undefined)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--coders", "anna"], "two or more coders"),
        (["--coders", "anna,zoe"], "no coder 'zoe'"),
        (["--coders", "anna,ben", "--sessions", "one"], "--sessions 'one'"),
        (["--coders", "anna,ben", "--sessions", "42"], "no session 42"),
        (["--coders", "anna,ben", "--speaker", "nobody"], "--speaker must be client or therapist"),
    ],
)
def test_bad_input_is_one_line_on_stderr(cli: Cli, args: list[str], message: str) -> None:
    code, out, err = cli("agreement", *args)
    assert code == 1 and out == ""
    assert err.startswith("rupturetool: ") and message in err and err.count("\n") == 1
