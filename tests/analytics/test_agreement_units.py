"""The units of agreement (segments, 5-minute segments, sessions) built from codes, checked against references."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pingouin
import pytest
from sklearn.metrics import cohen_kappa_score

from rupturetool.analytics.agreement import (
    CodeBook,
    SessionCodes,
    agreement,
    marked_segments,
    segment_units,
    tidy_table,
)
from rupturetool.core.domain import Marker, Segment, SessionMeasure, SliceCode, SpeakerRole, Turn

# pingouin (the reference, not our code) still passes inplace= to pandas 3, which warns about it.
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword:DeprecationWarning")

BOOK = CodeBook((("withdrawal", ("W1", "W2")), ("confrontation", ("C1", "C2"))))


def turn(index: int, role: SpeakerRole, n_segments: int, start: float | None = None) -> Turn:
    text = " ".join(f"Sentence {i}." for i in range(n_segments))
    segments, at = [], 0
    for i in range(n_segments):
        end = at + len(f"Sentence {i}.")
        segments.append(Segment(i, at, end))
        at = end + 1
    return Turn(index, "T" if role is SpeakerRole.THERAPIST else "C", role, text, start=start, segments=tuple(segments))


def mark(session: int, turn_: Turn, segment: int, subtype: str, coder: str, significance: int = 3) -> Marker:
    seg = turn_.segments[segment]
    family = "withdrawal" if subtype.startswith("W") else "confrontation"
    return Marker(session, turn_.index, seg.start_char, seg.end_char, family, subtype, coder, segment_index=segment,
                  significance=significance)  # fmt: skip


def session_of(sid: int, turns: list[Turn], markers: list[Marker], **extra) -> SessionCodes:
    by_coder: dict[str, list[Marker]] = {}
    for m in markers:
        by_coder.setdefault(m.coder, []).append(m)
    return SessionCodes(sid, tuple(turns), by_coder, **extra)


def test_a_marker_counts_for_its_segment_or_the_segments_its_span_overlaps() -> None:
    t = turn(0, SpeakerRole.CLIENT, 3)  # "Sentence 0. Sentence 1. Sentence 2."
    on_one = Marker(1, 0, 12, 23, "withdrawal", "W1", "a", segment_index=1)
    across = Marker(1, 0, 5, 15, "withdrawal", "W1", "a")  # from inside segment 0 into segment 1
    empty = Marker(1, 0, 26, 26, "withdrawal", "W1", "a")
    assert marked_segments(on_one, t) == [1]
    assert marked_segments(across, t) == [0, 1]
    assert marked_segments(empty, t) == [2]


def test_units_are_every_segment_or_only_the_chosen_speakers() -> None:
    s = session_of(4, [turn(0, SpeakerRole.THERAPIST, 2), turn(1, SpeakerRole.CLIENT, 3)], [])
    assert segment_units(s) == [(4, 0, 0), (4, 0, 1), (4, 1, 0), (4, 1, 1), (4, 1, 2)]
    assert segment_units(s, "client") == [(4, 1, 0), (4, 1, 1), (4, 1, 2)]


def two_coder_sessions() -> list[SessionCodes]:
    turns = [turn(i, SpeakerRole.CLIENT if i % 2 else SpeakerRole.THERAPIST, 2 + i % 3) for i in range(20)]
    a, b = [], []
    for t in turns[1::2]:
        for seg in range(len(t.segments)):
            code = ("W1", "W2", "C1", None)[(t.index + seg) % 4]
            if code:
                a.append(mark(1, t, seg, code, "anna"))
                other = {"W1": "W1", "W2": "W1", "C1": None}[code] if seg else code
                if other:
                    b.append(mark(1, t, seg, other, "ben"))
    b.append(mark(1, turns[0], 0, "C2", "ben"))
    return [session_of(1, turns, a + b)]


def vectors(sessions: list[SessionCodes], coder: str, code: str, speaker: str | None = None) -> list[int]:
    units = [u for s in sessions for u in segment_units(s, speaker)]
    marked = {
        (m.session_id, m.turn_index, m.segment_index)
        for s in sessions
        for m in s.markers.get(coder, ())
        if code in (m.family, m.subtype)
    }
    return [int(u in marked) for u in units]


@pytest.mark.parametrize("speaker", [None, "client"])
def test_segment_statistics_match_scikit_learn_on_the_same_units(speaker: str | None) -> None:
    sessions = two_coder_sessions()
    report = agreement(sessions, ["anna", "ben"], BOOK, speaker=speaker)
    for level, codes in (("families", ["withdrawal", "confrontation"]), ("subtypes", ["W1", "W2", "C1", "C2"])):
        for code in codes:
            a, b = vectors(sessions, "anna", code, speaker), vectors(sessions, "ben", code, speaker)
            block = report[level][code]
            assert block["n_units"] == len(a) == report["units"]
            assert block["marked"] == {"anna": sum(a), "ben": sum(b)}
            if len(set(a) | set(b)) > 1:
                assert block["kappa"] == pytest.approx(cohen_kappa_score(a, b)), code
            else:
                assert block["kappa"] is None and "one category only" in block["note"]
            assert block["percent_agreement"] == pytest.approx(100 * np.mean(np.array(a) == np.array(b)))
            both = sum(x and y for x, y in zip(a, b, strict=True))
            assert block["confusion"][1][1] == both
            assert sum(map(sum, block["confusion"])) == len(a)
    if speaker == "client":  # ben's C2 sits on a therapist turn: outside the units, and said so
        assert report["subtypes"]["C2"]["marked"]["ben"] == 0
        assert any("outside --speaker client" in n for n in report["notes"])


def test_a_coder_with_no_markers_gives_kappa_zero_and_no_markers_at_all_gives_a_reason() -> None:
    turns = [turn(0, SpeakerRole.CLIENT, 4)]
    report = agreement([session_of(1, turns, [mark(1, turns[0], 1, "W1", "anna")])], ["anna", "ben"], BOOK)
    assert report["families"]["withdrawal"]["kappa"] == 0.0
    assert report["families"]["withdrawal"]["confusion"] == [[3, 0], [1, 0]]
    confrontation = report["families"]["confrontation"]
    assert confrontation["kappa"] is None and confrontation["alpha"] is None
    assert confrontation["percent_agreement"] == 100.0
    assert "kappa is undefined" in confrontation["note"] and "alpha is undefined" in confrontation["note"]


def test_three_coders_get_pairwise_kappas_fleiss_and_alpha_not_a_cohen_kappa() -> None:
    turns = [turn(i, SpeakerRole.CLIENT, 3) for i in range(6)]
    markers = [
        mark(1, t, s, "W1", c) for t in turns for s in range(3) for c in ("a", "b", "c") if (t.index + s + ord(c)) % 3
    ]
    sessions = [session_of(1, turns, markers)]
    report = agreement(sessions, ["a", "b", "c"], BOOK)
    block = report["families"]["withdrawal"]
    assert block["kappa"] is None and "pairwise" in block["note"]
    assert [p["coders"] for p in block["pairwise"]] == [["a", "b"], ["a", "c"], ["b", "c"]]
    for pair in block["pairwise"]:
        x, y = (vectors(sessions, c, "W1") for c in pair["coders"])
        assert pair["kappa"] == pytest.approx(cohen_kappa_score(x, y))
    assert isinstance(block["fleiss_kappa"], float) and isinstance(block["alpha"], float)


def _pingouin_icc(matrix: list[list[float]]) -> float:
    x = np.array(matrix, dtype=float)
    n, k = x.shape
    long = pd.DataFrame({"t": np.repeat(np.arange(n), k), "r": np.tile(np.arange(k), n), "y": x.ravel()})
    table = pingouin.intraclass_corr(data=long, targets="t", raters="r", ratings="y").set_index("Type")["ICC"]
    return float(table["ICC(A,1)"] if "ICC(A,1)" in table else table["ICC2"])


def timed_session(sid: int) -> list[Turn]:
    return [turn(i, SpeakerRole.CLIENT if i % 2 else SpeakerRole.THERAPIST, 2, start=60.0 * i) for i in range(30)]


def test_icc_on_marker_counts_and_significance_per_five_minute_segment_matches_pingouin() -> None:
    turns = timed_session(1)  # a turn a minute: 6 five-minute segments
    a = [mark(1, t, 0, "W1", "anna", 1 + t.index % 5) for t in turns if t.index % 3 == 1]
    b = [mark(1, t, 0, "W2", "ben", 1 + t.index % 4) for t in turns if t.index % 4 == 1]
    b += [mark(1, t, 1, "C1", "ben") for t in turns[20:26]]
    report = agreement([session_of(1, turns, a + b)], ["anna", "ben"], BOOK)
    counts = [[0, 0] for _ in range(6)]
    top = [[0, 0] for _ in range(6)]
    for coder, markers in ((0, a), (1, b)):
        for m in markers:
            if m.family == "withdrawal":
                counts[m.turn_index // 5][coder] += 1
                top[m.turn_index // 5][coder] = max(top[m.turn_index // 5][coder], m.significance)
    block = report["icc"]["marker_counts"]["withdrawal"]
    assert block["n_subjects"] == 6
    assert block["icc"] == pytest.approx(_pingouin_icc(counts))
    assert report["icc"]["marker_significance"]["withdrawal"]["icc"] == pytest.approx(_pingouin_icc(top))
    # anna has no confrontation markers: every segment 0 for her, ben has some; ICC is defined (and low)
    assert report["icc"]["marker_counts"]["confrontation"]["icc"] is not None


def test_icc_on_slice_ratings_and_session_ratings() -> None:
    turns = timed_session(1)
    ratings = {"anna": [3, 0, 2, 5, 1, 0], "ben": [4, 0, 2, 4, 1, 1]}
    slice_codes = {
        c: [SliceCode(1, i, "withdrawal", c, v) for i, v in enumerate(values) if v] for c, values in ratings.items()
    }
    other = timed_session(2)
    measures = {
        1: {"anna": 3.0, "ben": 4.0},
        2: {"anna": 2.0, "ben": 2.0},
        3: {"anna": 5.0, "ben": 4.0},
    }
    sessions = [
        session_of(
            sid,
            turns if sid == 1 else other,
            [],
            slice_codes=slice_codes if sid == 1 else {},
            measures={c: [SessionMeasure(sid, "extent_resolved", v, c)] for c, v in measures[sid].items()},
        )
        for sid in (1, 2, 3)
    ]
    sessions.append(session_of(4, other, [], measures={"anna": [SessionMeasure(4, "extent_resolved", 1.0, "anna")]}))
    report = agreement(sessions, ["anna", "ben"], BOOK)
    slices = report["icc"]["slice_ratings"]["withdrawal"]
    assert slices["n_subjects"] == 6  # only session 1 has ratings from both coders
    assert slices["icc"] == pytest.approx(_pingouin_icc([list(p) for p in zip(*ratings.values(), strict=True)]))
    assert "3 session(s) without 3RS slice ratings" in slices["note"]
    session = report["icc"]["session_ratings"]["extent_resolved"]
    assert session["n_subjects"] == 3 and session["excluded"] == 1
    assert session["icc"] == pytest.approx(_pingouin_icc([[3, 4], [2, 2], [5, 4]]))
    assert "without a rating from every coder" in session["note"]


def test_the_tidy_table_has_one_row_per_code_and_statistic_and_explains_every_empty_value() -> None:
    report = agreement(two_coder_sessions(), ["anna", "ben"], BOOK)
    table = tidy_table(report)
    assert list(table.columns) == [
        "level", "measure", "code", "family", "coders", "statistic", "value", "n_units", "note",
    ]  # fmt: skip
    kappa = table[(table.level == "family") & (table.code == "withdrawal") & (table.statistic == "kappa")]
    assert len(kappa) == 1 and kappa.value.iloc[0] == round(report["families"]["withdrawal"]["kappa"], 6)
    assert not table.duplicated(["level", "measure", "code", "coders", "statistic"]).any()
    for _, row in table.iterrows():
        if row.value is None or (isinstance(row.value, float) and math.isnan(row.value)):
            assert row.note, row.to_dict()
    icc = table[table.level == "icc"]
    assert set(icc.measure) == {"marker_counts", "marker_significance", "slice_ratings"}


def test_no_segments_at_all_gives_defined_answers() -> None:
    report = agreement([session_of(1, [], [])], ["anna", "ben"], BOOK)
    block = report["families"]["withdrawal"]
    assert report["units"] == 0 and block["kappa"] is None and block["percent_agreement"] is None
    assert "no units" in block["note"]
    assert any("no segments" in n for n in report["notes"])
