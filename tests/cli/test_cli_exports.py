"""`rupturetool export markers|episodes|sessions|clients` on the demo caseload."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from rupturetool.cli.main import main
from rupturetool.services.demo import build_demo

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("cli-exports")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RUPTURETOOL_DATA_DIR", str(root / "data"))
        return build_demo(target=root / "demo.sqlite", samples=SAMPLES)


def run(capsys: pytest.CaptureFixture[str], demo: dict[str, Any], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        main(["--db", demo["url"], *args])
    _, err = capsys.readouterr()
    code = done.value.code
    return (code if isinstance(code, int) else 1), err


def rows(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    ("kind", "total", "extra"),
    [
        ("markers", "markers", []),
        ("episodes", "episodes", []),
        ("sessions", "sessions", ["--coder", "Sam Okafor"]),
        ("clients", "clients", ["--coder", "Dr. Amal Reyes"]),
    ],
)
def test_one_row_each(
    capsys: pytest.CaptureFixture[str], demo: dict[str, Any], tmp_path: Path, kind: str, total: str, extra: list[str]
) -> None:
    out = tmp_path / f"{kind}.csv"
    code, err = run(capsys, demo, "export", kind, "--out", str(out), *extra)
    assert code == 0, err
    assert err.strip() == f"{out}: {demo[total]} {kind}"
    assert len(rows(out)) == demo[total]


def test_two_coders_on_one_session_is_a_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from rupturetool.services.project import Project

    transcript = tmp_path / "t.txt"
    transcript.write_text("T: How are you?\nP: Fine, I guess.\nT: Just fine?\nP: Yes.\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'mixed.sqlite'}"
    project = Project(url, coder="ana")
    session_id = project.import_transcript(transcript, "MIX-1").session.id
    for coder in ("ana", "ben"):
        project.repo.add_marker(project.new_marker(session_id, 1, "W2", segment_index=0, coder=coder))
    project.close()
    out = tmp_path / "s.csv"
    code, err = run(capsys, {"url": url}, "export", "sessions", "--out", str(out))
    assert code == 1 and not out.exists()
    assert err.strip() == (
        f"rupturetool: session {session_id} holds codes from 2 coders (ana, ben): choose one with --coder"
    )


def test_filters_text_and_excel(capsys: pytest.CaptureFixture[str], demo: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    args = ["--client", "HOLLIS-11", "--from", "2026-02-01", "--to", "2026-02-28"]
    assert run(capsys, demo, "export", "markers", "--out", str(out), *args)[0] == 0
    plain = rows(out)
    assert plain and {r["client"] for r in plain} == {"HOLLIS-11"}
    assert all(r["session_date"].startswith("2026-02-") for r in plain)
    assert "marker_text" not in plain[0] and "note" not in plain[0]

    assert run(capsys, demo, "export", "markers", "--out", str(out), *args, "--include-text", "--excel")[0] == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfclient,")
    with_text = rows(out, "utf-8-sig")
    assert len(with_text) == len(plain) and all(r["marker_text"] for r in with_text)

    episodes = tmp_path / "e.csv"
    assert run(capsys, demo, "export", "episodes", "--out", str(episodes), "--include-text")[0] == 0
    assert "note" in rows(episodes)[0]


def test_bad_dates(capsys: pytest.CaptureFixture[str], demo: dict[str, Any], tmp_path: Path) -> None:
    out = str(tmp_path / "x.csv")
    code, err = run(capsys, demo, "export", "clients", "--out", out, "--from", "03/02/2026")
    assert (code, err.strip()) == (1, "rupturetool: --from '03/02/2026' is not a date in the form YYYY-MM-DD")
    code, err = run(capsys, demo, "export", "clients", "--out", out, "--from", "2026-03-01", "--to", "2026-02-01")
    assert code == 1 and "--from 2026-03-01 is after --to 2026-02-01" in err
    assert run(capsys, demo, "export", "everything", "--out", out)[0] == 2
