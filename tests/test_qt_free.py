"""Everything outside rupturetool.gui imports with PySide6 unimportable (napari-style headless proof)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "rupturetool"

# Scripts, not library modules: importing them runs them.
SCRIPTS = {"rupturetool.__main__", "rupturetool.storage.migrations.env"}

PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    sys.modules["PySide6"] = None  # any `import PySide6...` now raises ImportError
    sys.modules["shiboken6"] = None
    import rupturetool

    SKIP = set(json.loads(sys.argv[1]))
    imported = []

    def walk(path, prefix):
        for info in pkgutil.iter_modules(path, prefix):
            if info.name in SKIP or info.name == "rupturetool.gui" or info.name.startswith("rupturetool.gui."):
                continue
            module = importlib.import_module(info.name)
            imported.append(info.name)
            if info.ispkg:
                walk(module.__path__, info.name + ".")

    walk(rupturetool.__path__, "rupturetool.")
    loaded_gui = sorted(name for name in sys.modules if name.startswith("rupturetool.gui"))
    print(json.dumps({"imported": imported, "gui": loaded_gui}))
    """
)


def expected_modules() -> set[str]:
    names = set()
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if name != "rupturetool" and not name.startswith("rupturetool.gui") and name not in SCRIPTS:
            names.add(name)
    return names


def test_every_non_gui_module_imports_without_pyside6() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(sorted(SCRIPTS))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result["imported"]) == expected_modules()
    assert {"rupturetool.cli.main", "rupturetool.services.project", "rupturetool.nlp.components"} <= set(
        result["imported"]
    )
    assert result["gui"] == []  # nothing outside gui pulls the gui in at import time
