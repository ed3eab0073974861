"""With no screen, opening the app is one clear line, not Qt's abort."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rupturetool.cli.main import main


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the DISPLAY check is for Linux/X11 and Wayland")
def test_no_display_gives_one_line(monkeypatch: pytest.MonkeyPatch, capsys, tmp_path: Path) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SystemExit) as done:
        main(["--db", f"sqlite:///{tmp_path / 'x.sqlite'}"])
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no display" in err and "Traceback" not in err
