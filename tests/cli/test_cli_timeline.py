"""`rupturetool timeline`: the client chart as a file, with no window."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupturetool.cli.main import main
from rupturetool.services.demo import build_demo

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    target = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return build_demo(target=target, samples=SAMPLES)["url"]


def run(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    return int(done.value.code or 0), capsys.readouterr().err


def test_png_and_svg(demo_url, tmp_path, capsys):
    code, err = run(capsys, "--db", demo_url, "timeline", "--client", "MARLOW-03", "--out", str(tmp_path / "m.png"))
    assert code == 0, err
    assert (tmp_path / "m.png").read_bytes()[:4] == b"\x89PNG"
    assert "4 sessions" in err
    code, err = run(
        capsys, "--db", demo_url, "timeline", "--client", "MARLOW-03", "--rate", "--out", str(tmp_path / "m.svg")
    )
    assert code == 0, err
    assert "<svg" in (tmp_path / "m.svg").read_text(encoding="utf-8")


def test_bad_suffix_and_unknown_client_are_one_line(demo_url, tmp_path, capsys):
    code, err = run(capsys, "--db", demo_url, "timeline", "--client", "MARLOW-03", "--out", str(tmp_path / "m.jpg"))
    assert code == 1 and err.count("\n") == 1 and ".png or .svg" in err
    code, err = run(capsys, "--db", demo_url, "timeline", "--client", "NOBODY", "--out", str(tmp_path / "n.png"))
    assert code == 1 and err.count("\n") == 1 and "NOBODY" in err
    assert not (tmp_path / "n.png").exists()
