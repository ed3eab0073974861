"""PySide6 6.12.0 on CPython 3.11 over-releases None in void-returning methods and aborts the interpreter
("Fatal Python error: none_dealloc") after a few thousand calls. pyproject pins PySide6 <6.12; this proves the
installed one survives 50,000 such calls in one process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib.metadata import version


def test_pinned_pyside6_is_below_6_12():
    major, minor = (int(part) for part in version("PySide6").split(".")[:2])
    assert (major, minor) >= (6, 10)
    assert (major, minor) < (6, 12)


def test_fifty_thousand_void_calls_do_not_crash_the_interpreter():
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        model = QStandardItemModel()
        refs_before = sys.getrefcount(None)
        for i in range(25_000):
            label.setText(str(i))          # void-returning
            model.appendRow(QStandardItem(str(i)))  # void-returning
        assert model.rowCount() == 25_000 and label.text() == "24999"
        print("ok", sys.getrefcount(None) - refs_before)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"interpreter died ({done.returncode}): {done.stderr[-500:]}"
    assert done.stdout.startswith("ok")
