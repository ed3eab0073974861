"""docs/data-dictionary.md pins the columns of every export: a file never changes shape silently."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from rupturetool.services.exports import ExportKind, Selection, export_frame
from rupturetool.services.project import Project

DICTIONARY = Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md"
TEXT_ONLY = "only with --include-text"


def documented() -> dict[str, list[tuple[str, str, str, str]]]:
    """Each ``## NAME.csv`` section's table rows: (column, type, meaning, missing)."""
    tables: dict[str, list[tuple[str, str, str, str]]] = {}
    current = None
    for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
        heading = re.fullmatch(r"## (\w+)\.csv", line.strip())
        if heading:
            current = tables.setdefault(heading.group(1), [])
        elif current is not None and line.startswith("|") and not line.startswith(("| column", "|---")):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            assert len(cells) == 4, line
            current.append((cells[0], cells[1], cells[2], cells[3]))
    return tables


@pytest.fixture
def sqlite_project(sqlite_url: str) -> Iterator[Project]:
    project = Project(sqlite_url, coder="tester")
    yield project
    project.close()


def test_every_export_is_described() -> None:
    assert set(documented()) == {kind.value for kind in ExportKind}
    for kind, rows in documented().items():
        assert all(all(cells) for cells in rows), kind  # name, type, meaning and missing are all filled in
        assert len({r[0] for r in rows}) == len(rows), kind


@pytest.mark.parametrize("kind", list(ExportKind))
def test_columns_match_the_dictionary(sqlite_project: Project, kind: ExportKind) -> None:
    rows = documented()[kind.value]
    always = [name for name, _, meaning, _ in rows if TEXT_ONLY not in meaning]
    text = [name for name, _, meaning, _ in rows if TEXT_ONLY in meaning]
    assert list(export_frame(sqlite_project, kind, Selection())) == always
    assert list(export_frame(sqlite_project, kind, Selection(), include_text=True)) == always + text
    assert not text or kind in (ExportKind.MARKERS, ExportKind.EPISODES)  # summaries carry no text
