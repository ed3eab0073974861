"""Two coders side by side, pure: the verdict per segment, what the consensus matches, and Steps (one undo)."""

from __future__ import annotations

from rupturetool.core.commands import AddMarker, RemoveMarker, Steps, UndoStack
from rupturetool.core.comparison import Verdict, compare_layers, same_code, verdict
from rupturetool.core.domain import Marker, Segment, SpeakerRole, Turn


def turn(index: int, text: str, cuts: tuple[int, ...] = ()) -> Turn:
    bounds = [0, *cuts, len(text)]
    segments = tuple(Segment(i, bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1))
    return Turn(index, "P", SpeakerRole.CLIENT, text, segments=segments)


def m(subtype: str, turn_index: int = 0, start: int = 0, end: int = 5, coder: str = "a", sig: int = 3, mid=None):
    family = "withdrawal" if subtype.startswith("W") else "confrontation"
    return Marker(1, turn_index, start, end, family, subtype, coder, significance=sig, id=mid)


def test_verdicts_cover_every_case() -> None:
    assert verdict([], []) is Verdict.UNCODED
    assert verdict([m("W1")], [m("W1", coder="b")]) is Verdict.AGREE
    assert verdict([m("W1")], [m("W3", coder="b")]) is Verdict.SUBTYPE
    assert verdict([m("W1")], [m("C1", coder="b")]) is Verdict.DISAGREE
    assert verdict([m("W1")], []) is Verdict.ONLY_A
    assert verdict([], [m("C2")]) is Verdict.ONLY_B
    assert verdict([m("W1"), m("C1")], [m("W1")]) is Verdict.DISAGREE  # families differ as sets
    assert not Verdict.AGREE.is_disagreement and Verdict.ONLY_B.is_disagreement


def test_a_span_counts_on_every_segment_it_overlaps() -> None:
    t = turn(0, "Fine. Whatever. I said fine.", cuts=(6, 16))
    across = m("W1", start=0, end=10)  # segments 0 and 1
    rows = compare_layers([t], [across], [m("W1", start=17, end=20, coder="b")])
    assert [r.verdict for r in rows] == [Verdict.ONLY_A, Verdict.ONLY_A, Verdict.ONLY_B]
    assert [(r.turn_index, r.segment_index, r.speaker_role) for r in rows] == [
        (0, 0, "client"),
        (0, 1, "client"),
        (0, 2, "client"),
    ]


def test_settled_and_significance_note() -> None:
    t = turn(0, "It was fine really.")
    a, b = m("W1", sig=3), m("W1", coder="b", sig=2)
    [row] = compare_layers([t], [a], [b])
    assert row.verdict is Verdict.AGREE and row.significance_note == "significance 3 vs 2"
    assert row.settled is None  # nothing adopted yet
    [row] = compare_layers([t], [a], [b], [m("W1", coder="consensus")])
    assert row.settled == "both"
    [row] = compare_layers([t], [m("W1")], [m("W3", coder="b")], [m("W3", coder="consensus")])
    assert row.settled == "B"
    assert same_code(a, m("W1", coder="consensus", sig=3)) and not same_code(a, b)


class FakeStore:
    def __init__(self) -> None:
        self.live: dict[int, Marker] = {}
        self.next_id = 1

    def add_marker(self, marker: Marker) -> Marker:
        stored = Marker(**{**marker.__dict__, "id": self.next_id})
        self.next_id += 1
        self.live[stored.id] = stored
        return stored

    def delete_marker(self, marker_id: int, *, coder: str) -> Marker:
        return self.live.pop(marker_id)

    def restore_marker(self, marker: Marker) -> Marker:
        self.live[marker.id] = marker
        return marker


def test_steps_are_one_action_and_undo_in_reverse() -> None:
    store = FakeStore()
    history = UndoStack(store)
    history.push(AddMarker(m("W1")))
    old = store.live[1]
    change = history.push(Steps([RemoveMarker(old), AddMarker(m("W3"))], "Take b's codes", session_id=1))
    assert change.markers and change.session_id == 1 and change.description == "Take b's codes"
    assert [x.subtype for x in store.live.values()] == ["W3"]
    assert history.undo_label == "Take b's codes"
    undone = history.undo()
    assert undone.description == "Undid take b's codes"
    assert list(store.live.values()) == [old]
    history.redo()
    assert [x.subtype for x in store.live.values()] == ["W3"]
