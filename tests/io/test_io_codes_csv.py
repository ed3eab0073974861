"""Reading a codes CSV: column names, separators, defaults, and every bad row reported by its line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from rupturetool.core.domain import Actor, CoderRole, MarkerSource, Outcome, StageEvent, StrategyEvent
from rupturetool.core.errors import InputError
from rupturetool.core.scheme_registry import SchemeRegistry
from rupturetool.io.codes_csv import (
    CodesCsvError,
    RowProblem,
    SchemeLookup,
    file_kind,
    read_codes,
    read_episodes,
    read_rows,
)


@pytest.fixture(scope="module")
def schemes() -> SchemeLookup:
    registry = SchemeRegistry()
    return SchemeLookup(registry.get("3rs"), registry.all())


def write(tmp_path: Path, text: str, *, bom: bool = False) -> Path:
    path = tmp_path / "codes.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


EXPORT_HEADER = (
    "client,attachment,session_id,session_date,session_number,coder,coder_role,marker_id,turn_index,segment_index,"
    "speaker_role,turn_start,start_char,end_char,scheme_id,family,subtype,subtype_name,actor,significance,episode_id,"
    "source,created_at"
)


def test_an_export_row_is_read_whole(tmp_path: Path, schemes: SchemeLookup) -> None:
    path = write(
        tmp_path,
        EXPORT_HEADER + "\n"
        "ASHBY-22,secure,1,2026-02-03,1,Sam Okafor,supervisor,1,1,2,client,,46,163,3rs,confrontation,C4,"
        "Complaints,therapist,3,7,suggested,2026-11-22T05:27:07Z\n",
    )
    [row], problems = read_codes(path, schemes)
    assert problems == []
    assert (row.line, row.client, row.session_id, row.session_date) == (2, "ASHBY-22", 1, date(2026, 2, 3))
    assert (row.coder, row.coder_role, row.turn_index, row.segment_index, row.span) == (
        "Sam Okafor",
        CoderRole.SUPERVISOR,
        1,
        2,
        (46, 163),
    )
    assert (row.scheme_id, row.family, row.subtype, row.significance) == ("3rs", "confrontation", "C4", 3)
    assert (row.actor, row.source, row.episode_id, row.note) == (Actor.THERAPIST, MarkerSource.SUGGESTED, "7", "")


def test_minimal_spreadsheet_columns_in_any_spelling_get_defaults(tmp_path: Path, schemes: SchemeLookup) -> None:
    path = write(
        tmp_path,
        "Client,Session Date,CODER,Turn Index,segment-index,Sub_Type,Significance\n"
        "C,2026-01-05,Ana,3,0,w2,4\n"
        "C,2026-01-05,Ana,3,0,W5,2.0\n",
    )
    rows, problems = read_codes(path, schemes)
    assert problems == []
    assert [(r.subtype, r.family, r.significance) for r in rows] == [("W2", "withdrawal", 4), ("W5", "withdrawal", 2)]
    first = rows[0]
    assert (first.session_id, first.session_date, first.span, first.coder_role) == (None, date(2026, 1, 5), None, None)
    assert (first.actor, first.source, first.scheme_id, first.episode_id) == (
        Actor.PATIENT,
        MarkerSource.MANUAL,
        "3rs",
        None,
    )


def test_semicolon_separated_with_bom(tmp_path: Path, schemes: SchemeLookup) -> None:
    path = write(
        tmp_path,
        "client;session_id;coder;turn_index;segment_index;subtype;significance\r\nC;4;Ana;1;0;C1;5\r\n",
        bom=True,
    )
    [row], problems = read_codes(path, schemes)
    assert problems == []
    assert (row.client, row.session_id, row.subtype, row.family, row.significance) == ("C", 4, "C1", "confrontation", 5)


def test_a_family_alone_only_when_the_scheme_leaves_one_subtype(tmp_path: Path, schemes: SchemeLookup) -> None:
    path = write(
        tmp_path,
        "client,session_id,coder,turn_index,segment_index,family,significance\n"
        "C,1,Ana,1,0,dismissing,3\n"  # PACS: the family holds one subtype (AV)
        "C,1,Ana,1,0,withdrawal,3\n",  # 3RS: seven subtypes, so a subtype is needed
    )
    rows, problems = read_codes(path, schemes)
    assert [(r.scheme_id, r.family, r.subtype) for r in rows] == [("pacs", "dismissing", "AV")]
    assert [p.line for p in problems] == [3]
    assert "family 'withdrawal' needs a subtype" in problems[0].message


def test_missing_required_columns_are_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing required column.*significance.*session_id or session_date"):
        read_rows(write(tmp_path, "client,coder,turn_index,segment_index,subtype\nC,Ana,1,0,W1\n"))
    with pytest.raises(InputError, match=r"segment_index \(or start_char and end_char\)"):
        read_rows(write(tmp_path, "client,session_id,coder,turn_index,subtype,significance\nC,1,Ana,1,W1,3\n"))


def test_every_bad_row_is_reported_by_its_line(tmp_path: Path, schemes: SchemeLookup) -> None:
    path = write(
        tmp_path,
        "client,session_id,session_date,coder,turn_index,segment_index,start_char,end_char,family,subtype,"
        "actor,significance\n"
        "C,1,,Ana,1,0,,,,W1,,3\n"  # 2: good
        "C,1,,Ana,1,0,,,,W1,,6\n"  # 3: significance out of range
        "C,1,,Ana,1,0,,,,W1,,x\n"  # 4: significance not a number
        "C,1,,Ana,1,0,,,,Z9,,3\n"  # 5: unknown subtype
        "\n"  # 6: blank, skipped
        'C,1,,Ana,1,0,,,,"W1",,"3"\n'  # 7: good, quoted
        "C,,,Ana,1,0,,,,W1,,3\n"  # 8: neither session_id nor session_date
        "C,,2026-13-01,Ana,1,0,,,,W1,,3\n"  # 9: bad date
        "C,1,,Ana,one,0,,,,W1,,3\n"  # 10: bad turn
        "C,1,,Ana,1,,5,,,W1,,3\n"  # 11: start without end
        "C,1,,Ana,1,0,,,confrontation,W1,,3\n"  # 12: subtype of another family
        "C,1,,Ana,1,0,,,,W1,client,3\n"  # 13: bad actor
        ",1,,,1,0,,,,W1,,3\n"  # 14: blank client and coder
        "C,1,,Ana,1,,,,,W1,,3\n",  # 15: no segment and no span
    )
    rows, problems = read_codes(path, schemes)
    assert [r.line for r in rows] == [2, 7]
    assert [p.line for p in problems] == [3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15]
    text = {p.line: p.message for p in problems}
    assert "significance 6 is not 1–5" in text[3]
    assert "significance 'x' is not a whole number" in text[4]
    assert "unknown subtype 'Z9'" in text[5]
    assert "session_id and session_date are both blank" in text[8]
    assert "session_date '2026-13-01'" in text[9]
    assert "turn_index 'one'" in text[10]
    assert "start_char and end_char must be given together" in text[11]
    assert "belongs to family 'withdrawal', not 'confrontation'" in text[12]
    assert "actor 'client' is not one of patient, therapist" in text[13]
    assert "client is blank" in text[14] and "coder is blank" in text[14]
    assert "segment_index is blank" in text[15]


def test_line_numbers_count_physical_lines(tmp_path: Path, schemes: SchemeLookup) -> None:
    path = write(
        tmp_path,
        "client,session_id,coder,turn_index,segment_index,subtype,significance,note\n"
        'C,1,Ana,1,0,W1,3,"a note\nover two lines"\n'
        "C,1,Ana,1,0,W1,9,\n",
    )
    rows, problems = read_codes(path, schemes)
    assert rows[0].note == "a note\nover two lines"
    assert problems == [RowProblem(4, "significance 9 is not 1–5")]


def test_the_error_is_one_line_and_lists_every_row() -> None:
    error = CodesCsvError(
        "codes.csv",
        [RowProblem(9, "no turn 99 in session 3"), RowProblem(7, "bad"), *[RowProblem(n, "x") for n in range(10, 14)]],
    )
    assert "\n" not in str(error)
    assert str(error).startswith("codes.csv: 6 bad rows, nothing imported (line 7: bad; line 9: no turn 99")
    assert error.lines()[:2] == ["codes.csv line 7: bad", "codes.csv line 9: no turn 99 in session 3"]
    assert len(error.lines()) == 6


def test_unreadable_files_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_rows(tmp_path / "missing.csv")
    bad = tmp_path / "latin1.csv"
    bad.write_bytes("client\nJos\xe9\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_rows(bad)
    with pytest.raises(InputError, match="empty"):
        read_rows(write(tmp_path, ""))


def test_files_are_told_apart_by_their_columns(tmp_path: Path) -> None:
    markers = tmp_path / "m.csv"
    markers.write_text("Client;Turn Index;Subtype\n", encoding="utf-8")
    episodes = tmp_path / "e.csv"
    episodes.write_text("episode_id,client,session_id,coder,outcome,stages\n", encoding="utf-8")
    other = tmp_path / "o.csv"
    other.write_text("name,value\n", encoding="utf-8")
    assert (file_kind(markers), file_kind(episodes)) == ("markers", "episodes")
    with pytest.raises(InputError, match="neither a markers CSV"):
        file_kind(other)


def test_an_episodes_row_is_read_whole(tmp_path: Path, schemes: SchemeLookup) -> None:
    path = write(
        tmp_path,
        "Episode ID;Client;Session Date;Coder;Family;Outcome;Stages;Strategies;Note\n"
        "e1;C;2026-01-05;Ana;Confrontation;partially resolved;1@2;R2@3;\n"
        'e2;C;2026-01-05;Ana;;;"1@2; 3@4";"r1@4;R9@6";a note\n',
    )
    rows, problems = read_episodes(path, schemes)
    assert problems == []
    first, second = rows
    assert (first.episode_id, first.family, first.outcome, first.stages) == (
        "e1",
        "confrontation",
        Outcome.PARTIAL,
        (StageEvent(1, 2),),
    )
    assert (second.family, second.outcome, second.note) == (None, None, "a note")
    assert second.stages == (StageEvent(1, 2), StageEvent(3, 4))
    assert second.strategies == (StrategyEvent("R1", 4), StrategyEvent("R9", 6))


def test_bad_episode_rows_name_their_file(tmp_path: Path, schemes: SchemeLookup) -> None:
    path = write(
        tmp_path,
        "episode_id,client,session_id,coder,stages,strategies\n,C,1,Ana,2,R1@x\nE,C,,Ana,,\n",
    )
    rows, problems = read_episodes(path, schemes)
    assert rows == []
    assert problems == [
        RowProblem(
            2,
            "episode_id is blank; stages item '2' is not WHAT@TURN (e.g. 2@14);"
            " strategies turn 'x' is not a whole number",
            str(path),
        ),
        RowProblem(3, "session_id and session_date are both blank", str(path)),
    ]
