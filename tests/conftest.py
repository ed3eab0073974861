"""Shared fixtures: an isolated data folder per test, and databases on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The Qt-free run (.ci/run sets RUPTURETOOL_BLOCK_QT=1): PySide6 cannot be imported at all, which proves
# that everything outside rupturetool.gui works without it.
QT_BLOCKED = bool(os.environ.get("RUPTURETOOL_BLOCK_QT"))
if QT_BLOCKED:
    sys.modules["PySide6"] = None  # type: ignore[assignment]
    sys.modules["shiboken6"] = None  # type: ignore[assignment]
    collect_ignore = ["gui"]  # the whole folder, its conftest.py included


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    # pytest-qt imports PySide6 as it configures itself, and `-p no:pytestqt` cannot stop it (its plugin name is
    # "pytest-qt"): in the Qt-free run, unregister it here, before pytest configures its plugins.
    if QT_BLOCKED:
        pluginmanager.set_blocked("pytest-qt")


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db_support import postgres_database  # noqa: E402  (tests/ is on sys.path here)

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).parent.parent / "samples"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    gui_dir = Path(__file__).parent / "gui"
    for item in items:
        if gui_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and coder; the user's real database is never touched."""
    data = tmp_path / "rt-data"
    monkeypatch.setenv("RUPTURETOOL_DATA_DIR", str(data))
    monkeypatch.setenv("RUPTURETOOL_CODER", "tester")
    monkeypatch.delenv("RUPTURETOOL_DB", raising=False)
    monkeypatch.delenv("RUPTURETOOL_SPACY_MODEL", raising=False)
    return data


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: a SQLite file, and a new PostgreSQL database when a server is configured."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite'}"
    else:
        yield from postgres_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite'}"


@pytest.fixture
def project(db_url: str) -> Iterator[object]:
    from rupturetool.services.project import Project

    proj = Project(db_url, coder="tester")
    yield proj
    proj.close()


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    """A short fictional session with a withdrawal and a confrontation."""
    path = tmp_path / "session.txt"
    path.write_text(
        "Session 5 — fictional test transcript\n"
        "Client asked to start late.\n"
        "\n"
        "Therapist: How did the week go?\n"
        "Client: Fine. (shrugs) It was fine.\n"
        "Therapist: You shrugged as you said that. What was the week like, really?\n"
        "Client: I don't know. Whatever you think.\n"
        "It doesn't matter anyway.\n"
        "Therapist: I'd like to hear what it was like for you.\n"
        "Client: You keep asking the same thing! We're going in circles and I'm not getting better.\n",
        encoding="utf-8",
    )
    return path
