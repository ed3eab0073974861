"""Export queries: exact word counts, column-wise tables that match the row dicts, episodes shared by markers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rupturetool.services.project import Project
from rupturetool.storage.repo_export import records, word_count

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from test_exports_pinned import build_caseload  # the awkward caseload the pinned exports use

WHITESPACE = "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace())


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "one",
        "  two  words ",
        "a\x1cb\x1dc\x1ed\x1fe",  # separators str.split treats as whitespace, bytes.split does not
        "tab\tnew\nline\rform\x0cfeed\x0bvt",
        "héllo\u00a0wörld\u2003x\u3000y",
        "x" + "".join(f"{ch}w" for ch in WHITESPACE),
        "\x00nul\x7f del \x80",
        "word " * 1000,
    ],
)
def test_word_count_is_exactly_str_split(text: str) -> None:
    assert word_count(text) == len(text.split())


def test_word_count_of_every_ascii_pair() -> None:
    for a in range(128):
        for b in range(128):
            text = f"{chr(a)}{chr(b)}x{chr(a)}"
            assert word_count(text) == len(text.split()), repr(text)


@pytest.fixture
def caseload(db_url: str) -> Iterator[Project]:
    project = Project(db_url, coder="tester")
    build_caseload(project)
    yield project
    project.close()


def test_session_rows_count_turns_words_and_times(caseload: Project) -> None:
    rows = {r["session_id"]: r for r in caseload.repo.session_rows()}
    assert [r["session_id"] for r in caseload.repo.session_rows()][:3] == [3, 4, 5]  # client A-1 first, by date
    one = rows[1]  # no speaker times on turn 1; turn 2 has only a start, turn 3 only an end
    assert (one["turns"], one["words"]) == (3, 4 + 9 + 2)
    assert (one["first_start"], one["last_start"], one["last_end"]) == (10.5, 10.5, 99.25)
    empty = rows[2]
    assert (empty["turns"], empty["words"], empty["first_start"], empty["last_end"]) == (0, 0, None, None)
    assert rows[5]["words"] == 121


def test_marker_table_holds_the_marker_rows_column_by_column(caseload: Project) -> None:
    table = caseload.repo.marker_table()
    assert records(table) == caseload.repo.marker_rows()
    assert len({len(values) for values in table.values()}) == 1


def test_a_marker_in_two_episodes_is_one_row_per_episode(caseload: Project) -> None:
    rows = caseload.repo.marker_rows("B-2")
    assert [(r["marker_id"], r["episode_id"]) for r in rows] == [(1, 1), (1, 2), (2, 1)]  # marker 3 is deleted


def test_coder_filter_keeps_only_that_coders_markers(caseload: Project) -> None:
    ben = caseload.repo.marker_rows(coder="ben")
    assert [r["marker_id"] for r in ben] == [4, 5, 6]
    assert {r["coder"] for r in ben} == {"ben"} and {r["coder_role"] for r in ben} == {"researcher"}
    assert caseload.repo.marker_rows(coder="nobody") == []
    assert records(caseload.repo.marker_code_table(coder="ana")) == caseload.repo.marker_code_rows(coder="ana")


def test_session_table_of_a_selection_counts_only_its_sessions(caseload: Project) -> None:
    table = caseload.repo.session_table("A-1", date(2025, 1, 5))
    assert table["session_id"] == [4, 5]  # session 3 is before the range
    assert (table["turns"], table["words"]) == ([1, 2], [3, 121])
    assert caseload.repo.session_ids("A-1", date(2025, 1, 5)) == [4, 5]


@pytest.mark.parametrize("coder", [None, "ben"])
def test_episode_table_lists_each_episodes_events_in_turn_order(caseload: Project, coder: str | None) -> None:
    table = caseload.repo.episode_table(coder=coder)
    lists = zip(table["marker_turns"], table["stages"], table["strategies"], strict=True)
    events = dict(zip(table["episode_id"], lists, strict=True))
    expected = {
        1: ([0, 1], [(1, 0), (2, 1)], [("R2", 0), ("R10", 1)]),  # marker 3 deleted; by turn, not by entry
        2: ([0], [], []),
        4: ([0], [(4, 1)], []),  # episode 3 is deleted
    }
    assert events == (expected if coder is None else {4: expected[4]})
