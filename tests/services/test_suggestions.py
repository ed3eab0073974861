"""Suggestions on the facade: accept -> a marker with source=suggested and a stored decision; reject; change the
subtype; undo/redo; pending filtering; user pattern files from the data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rupturetool.core.domain import MarkerSource
from rupturetool.core.errors import InputError
from rupturetool.core.suggestions import Decision
from rupturetool.services.project import Project
from rupturetool.services.suggestions import SuggestionsMixin, user_patterns_dir

TEXT = (
    "Therapist: How did the week go?\n"
    "Client: I don't know.\n"
    "Therapist: What was it like at your mum's on Sunday?\n"
    "Client: It was fine in the end. Whatever you think, really. You're the expert.\n"
    "Therapist: I notice you're deferring to me. What's happening for you right now?\n"
    "Client: (smiles) You just sit there nodding. You don't get it.\n"
    "Therapist: I'm sorry. I think I did push the diary on you.\n"
)


P = Project  # suggestions are part of the Project facade (SuggestionsMixin)
assert issubclass(P, SuggestionsMixin)


@pytest.fixture
def coded(db_url: str, tmp_path: Path) -> Iterator[tuple[P, int]]:
    path = tmp_path / "s.txt"
    path.write_text(TEXT, encoding="utf-8")
    project = P(db_url, coder="ana")
    result = project.import_transcript(path, "SUG-01", therapist="Therapist")
    yield project, result.session.id
    project.close()


def test_suggestions_cover_markers_stage_and_strategy(coded: tuple[P, int]) -> None:
    project, sid = coded
    found = project.suggestions(sid)
    families = {s.family for s in found}
    assert families == {"withdrawal", "confrontation", "stage", "strategy"}
    assert {s.subtype for s in found if s.turn_index == 3} >= {"W1", "W5"}
    assert {s.subtype for s in found if s.turn_index == 5} >= {"C1", "W6"}


def test_accept_makes_a_suggested_marker_and_stores_the_decision_undo_redo(coded: tuple[P, int]) -> None:
    project, sid = coded
    target = next(s for s in project.suggestions(sid) if s.subtype == "C1")
    change = project.decide_suggestion(sid, target, Decision.ACCEPTED)
    assert change.markers and project.history.undo_label == "Accept suggested C1 on turn 6"
    [marker] = project.markers(sid, "ana")
    assert (marker.subtype, marker.source, marker.turn_index) == ("C1", MarkerSource.SUGGESTED, 5)
    assert (marker.start_char, marker.end_char) == (target.start_char, target.end_char)
    [decision] = project.suggestion_decisions(sid)
    assert (decision.decision, decision.final_subtype, decision.marker_id) == (Decision.ACCEPTED, "C1", marker.id)
    assert (decision.coder, decision.suggester, decision.confidence) == ("ana", "rules", target.confidence)
    assert target not in project.suggestions(sid)  # decided: no longer pending
    assert target in project.suggestions(sid, pending_only=False)

    project.undo()
    assert project.markers(sid, "ana") == [] and project.suggestion_decisions(sid) == []
    assert target in project.suggestions(sid)
    project.redo()
    assert [m.id for m in project.markers(sid, "ana")] == [marker.id]
    assert [d.id for d in project.suggestion_decisions(sid)] == [decision.id]


def test_reject_is_stored_and_no_longer_pending(coded: tuple[P, int]) -> None:
    project, sid = coded
    target = next(s for s in project.suggestions(sid) if s.subtype == "W1")
    change = project.decide_suggestion(sid, target, "rejected")
    assert not change.markers and change.stored
    assert project.markers(sid) == []
    [decision] = project.suggestion_decisions(sid, "ana")
    assert (decision.decision, decision.subtype, decision.final_subtype) == (Decision.REJECTED, "W1", None)
    assert target not in project.suggestions(sid)
    other = P(project.url, coder="bob")  # another coder still sees it pending
    try:
        assert target in other.suggestions(sid)
    finally:
        other.close()


def test_change_subtype(coded: tuple[P, int]) -> None:
    project, sid = coded
    target = next(s for s in project.suggestions(sid) if s.subtype == "W5")
    project.decide_suggestion(sid, target, Decision.CHANGED, "W2")
    [marker] = project.markers(sid)
    assert (marker.subtype, marker.family, marker.source) == ("W2", "withdrawal", MarkerSource.SUGGESTED)
    [decision] = project.suggestion_decisions(sid)
    assert (decision.decision, decision.subtype, decision.final_subtype) == (Decision.CHANGED, "W5", "W2")
    with pytest.raises(InputError, match="W99"):
        other = next(s for s in project.suggestions(sid) if s.subtype == "W1")
        project.decide_suggestion(sid, other, Decision.CHANGED, "W99")
    assert len(project.suggestion_decisions(sid)) == 1  # nothing half-stored


def test_a_segment_already_coded_with_that_subtype_is_not_pending(coded: tuple[P, int]) -> None:
    project, sid = coded
    target = next(s for s in project.suggestions(sid) if s.subtype == "C1")
    project.add_marker(project.new_marker(sid, 5, "C1", span=(target.start_char, target.end_char)))
    assert target not in project.suggestions(sid)
    assert any(s.subtype == "W6" and s.turn_index == 5 for s in project.suggestions(sid))


def test_accepting_a_strategy_records_the_decision_only(coded: tuple[P, int]) -> None:
    project, sid = coded
    strategy = next(s for s in project.suggestions(sid) if s.family == "strategy")
    change = project.decide_suggestion(sid, strategy, Decision.ACCEPTED)
    assert not change.markers and project.markers(sid) == []
    assert [d.family for d in project.suggestion_decisions(sid)] == ["strategy"]


def test_user_patterns_in_the_data_folder_are_used(coded: tuple[P, int]) -> None:
    project, sid = coded
    folder = user_patterns_dir()
    folder.mkdir(parents=True)
    (folder / "clinic.jsonl").write_text('{"label": "C3", "id": "clinic-diary", "pattern": "diary"}\n', "utf-8")
    assert not any(s.subtype == "C3" for s in project.suggestions(sid))  # a therapist turn: no client marker
    (folder / "clinic.jsonl").write_text('{"label": "C4", "id": "clinic-mum", "pattern": "it was fine"}\n', "utf-8")
    assert any(s.subtype == "C4" and "clinic-mum" in s.explanation for s in project.suggestions(sid))
    (folder / "broken.jsonl").write_text("{oops\n", "utf-8")
    with pytest.raises(InputError, match=r"broken\.jsonl:1"):
        project.suggestions(sid)
