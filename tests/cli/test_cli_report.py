"""`rupturetool report`: a session's review report as HTML or PDF from the command line (PDF with no display)."""

from __future__ import annotations

from pathlib import Path

import pytest

import rupturetool.cli.report  # noqa: F401  (registers the command until main.py imports it)
from rupturetool.cli.main import main
from rupturetool.services.demo import build_demo
from rupturetool.services.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int, str]:
    target = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    url = build_demo(target=target, samples=SAMPLES)["url"]
    project = Project(url, coder="reader")
    session = next(s for s in project.sessions() if s.episodes)
    coder = project.episodes(session.id)[0].coder
    project.close()
    return url, session.id, coder


def run(capsys, *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    return int(done.value.code or 0), capsys.readouterr().err


def test_html(demo, tmp_path: Path, capsys) -> None:
    url, sid, coder = demo
    html = tmp_path / "r.html"
    code, err = run(capsys, "--db", url, "report", str(sid), "--out", str(html), "--coder", coder, "--context", "1")
    assert code == 0, err
    text = html.read_text(encoding="utf-8")
    assert "Contains verbatim clinical material" in text and "Episode 1:" in text and coder in text
    assert "verbatim clinical material" in err


@pytest.mark.gui  # the PDF is printed by Qt: not in the Qt-free run
def test_pdf(demo, tmp_path: Path, capsys, monkeypatch) -> None:
    url, sid, coder = demo
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)  # as on a server: the PDF needs no display
    monkeypatch.delenv("DISPLAY", raising=False)
    pdf = tmp_path / "r.pdf"
    code, err = run(capsys, "--db", url, "report", str(sid), "--out", str(pdf), "--coder", coder)
    assert code == 0, err
    assert pdf.read_bytes()[:5] == b"%PDF-" and b"/Type /Page" in pdf.read_bytes()


def test_errors_are_one_line(demo, tmp_path: Path, capsys) -> None:
    url, sid, coder = demo
    code, err = run(capsys, "--db", url, "report", str(sid), "--out", str(tmp_path / "r.docx"), "--coder", coder)
    assert code == 1 and "written as .html or .pdf" in err and len(err.strip().splitlines()) == 1
    code, err = run(capsys, "--db", url, "report", "9999", "--out", str(tmp_path / "r.html"))
    assert code == 1 and "9999" in err and len(err.strip().splitlines()) == 1
    code, err = run(capsys, "--db", url, "report", str(sid), "--out", str(tmp_path / "r.html"), "--context", "-1")
    assert code == 1 and "--context must be 0 or more" in err
    assert not (tmp_path / "r.html").exists()


def test_a_pdf_without_qt_is_one_line_naming_the_way_out(demo, tmp_path: Path, capsys, monkeypatch) -> None:
    import sys

    url, sid, coder = demo
    monkeypatch.setitem(sys.modules, "rupturetool.gui.report_printing", None)  # as on a machine without PySide6
    code, err = run(capsys, "--db", url, "report", str(sid), "--out", str(tmp_path / "r.pdf"), "--coder", coder)
    assert code == 1 and "needs PySide6" in err and "write .html instead" in err
    assert len(err.strip().splitlines()) == 1 and not (tmp_path / "r.pdf").exists()
