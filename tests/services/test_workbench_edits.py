"""Every workbench edit through the Project on both backends: do -> stored, undo -> exactly the previous state
(full objects: ids, anchors, stages), redo -> the same ids; a refused edit changes neither the data nor the history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rupturetool.core.commands import Change
from rupturetool.core.domain import Outcome, SpeakerRole, StageEvent, StrategyEvent
from rupturetool.core.errors import InputError, NotFoundError, RuptureToolError
from rupturetool.services.project import Project

TEXT = (
    "Therapist: How did the week go?\n"
    "Client: Fine. (shrugs) It was fine.\n"
    "Therapist: You shrugged as you said that. What was the week like, really?\n"
    "Client: I don't know. Whatever you think. It doesn't matter anyway.\n"
    "Therapist: I'd like to hear what it was like for you.\n"
    "Client: You keep asking the same thing! We're going in circles.\n"
)


def state(project: Project, session_id: int) -> dict[str, Any]:
    """Everything an edit may touch, as core objects (ids included)."""
    return {
        "detail": project.session(session_id),
        "markers": project.markers(session_id),
        "episodes": project.episodes(session_id),
        "measures": project.measures(session_id),
        "slices": project.slice_codes(session_id),
        "remembered": project.repo.remembered_roles("RIV-1"),
    }


@pytest.fixture
def session_id(project: Project, tmp_path: Path) -> int:
    path = tmp_path / "s.txt"
    path.write_text(TEXT, encoding="utf-8")
    sid = project.import_transcript(path, "RIV-1").session.id
    assert sid is not None
    return sid


def tag(project: Project, session_id: int, turn: int, subtype: str, segment: int = 0, significance: int = 3) -> int:
    project.add_marker(project.new_marker(session_id, turn, subtype, segment_index=segment, significance=significance))
    return max(m.id for m in project.markers(session_id) if m.id is not None)


def check_undo_redo(project: Project, session_id: int, edit: Callable[[], Change]) -> tuple[dict, dict]:
    """Apply ``edit``; undo must give back exactly the state before it, redo exactly the state after it."""
    before = state(project, session_id)
    audits = len(project.repo.audit_events(session_id, limit=10_000))
    change = edit()
    after = state(project, session_id)
    assert after != before
    assert len(project.repo.audit_events(session_id, limit=10_000)) > audits  # every change is audited
    assert project.history.undo_label is not None
    undone = project.undo()
    assert undone is not None and undone.session_id == change.session_id
    assert state(project, session_id) == before
    project.redo()
    assert state(project, session_id) == after
    return before, after


# -- episodes -------------------------------------------------------------------------------------------------------


def test_episode_lifecycle_undoes_exactly(project: Project, session_id: int) -> None:
    w1, w2 = tag(project, session_id, 1, "W1"), tag(project, session_id, 3, "W5", 1)
    c1 = tag(project, session_id, 5, "C1")
    assert project.propose_episodes(session_id) == [(w1, w2), (c1,)]

    change = project.create_episode(session_id, [w2, w1])
    assert (change.episodes, change.markers, change.transcript) == (True, False, False)
    [episode] = project.episodes(session_id)
    assert (episode.family, episode.marker_ids, episode.coder) == ("withdrawal", (w1, w2), "tester")
    assert project.propose_episodes(session_id) == [(c1,)]
    assert episode.id is not None
    eid = episode.id

    check_undo_redo(project, session_id, lambda: project.set_stage(eid, 1, 2))
    check_undo_redo(project, session_id, lambda: project.set_stage(eid, 2, 3))
    check_undo_redo(project, session_id, lambda: project.set_stage(eid, 1, 4))  # replaces stage 1's turn
    check_undo_redo(project, session_id, lambda: project.add_strategy(eid, "R4", 2))
    check_undo_redo(project, session_id, lambda: project.add_strategy(eid, "R1", 4))
    check_undo_redo(project, session_id, lambda: project.set_outcome(eid, Outcome.PARTIAL))
    [episode] = project.episodes(session_id)
    assert episode.stages == (StageEvent(1, 4), StageEvent(2, 3))
    assert episode.strategies == (StrategyEvent("R4", 2), StrategyEvent("R1", 4))
    assert episode.outcome is Outcome.PARTIAL

    check_undo_redo(project, session_id, lambda: project.remove_strategy(eid, "R4", 2))
    check_undo_redo(project, session_id, lambda: project.clear_stage(eid, 2))
    check_undo_redo(project, session_id, lambda: project.set_episode_markers(eid, [w1, c1]))
    check_undo_redo(project, session_id, lambda: project.set_outcome(eid, None))
    full = project.episodes(session_id)[0]

    _, after = check_undo_redo(project, session_id, lambda: project.delete_episode(eid))
    assert after["episodes"] == []
    project.undo()
    assert project.episodes(session_id) == [full]  # same id, stages and strategies


def test_create_episode_undo_redo_keeps_the_id(project: Project, session_id: int) -> None:
    marker = tag(project, session_id, 5, "C1")
    before, after = check_undo_redo(project, session_id, lambda: project.create_episode(session_id, [marker]))
    assert before["episodes"] == [] and after["episodes"][0].family == "confrontation"


def test_episode_keeps_a_removed_marker_for_the_undo(project: Project, session_id: int) -> None:
    a, b = tag(project, session_id, 1, "W1"), tag(project, session_id, 3, "W2")
    project.create_episode(session_id, [a, b])
    eid = project.episodes(session_id)[0].id
    assert eid is not None
    project.remove_marker(project.repo.marker(b))
    assert project.episodes(session_id)[0].marker_ids == (a,)  # views see live markers only
    project.set_outcome(eid, "resolved")
    project.undo()
    project.undo()  # the marker comes back, still in its episode
    assert project.episodes(session_id)[0].marker_ids == (a, b)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda p, s, m: p.create_episode(s, []), InputError, "at least one marker"),
        (lambda p, s, m: p.create_episode(s, [99999]), NotFoundError, "no marker 99999"),
        (lambda p, s, m: p.create_episode(s, [m], family="anger"), InputError, "already belongs to episode"),
        (lambda p, s, m: p.set_stage(p.episodes(s)[0].id, 5, 1), InputError, "stage must be 1–4"),
        (lambda p, s, m: p.set_stage(p.episodes(s)[0].id, 1, 60), InputError, "has no turn 61"),
        (lambda p, s, m: p.add_strategy(p.episodes(s)[0].id, "R99", 1), InputError, "no resolution strategy 'R99'"),
        (lambda p, s, m: p.clear_stage(p.episodes(s)[0].id, 3), InputError, "has no stage 3"),
        (lambda p, s, m: p.set_outcome(p.episodes(s)[0].id, "great"), InputError, "unknown outcome"),
        (lambda p, s, m: p.delete_episode(424242), NotFoundError, "no episode with id 424242"),
        (lambda p, s, m: p.edit_marker(m, significance=9), InputError, "significance must be 1–5"),
        (lambda p, s, m: p.edit_marker(m, subtype="X1"), InputError, "no subtype 'X1'"),
        (lambda p, s, m: p.edit_marker(m, actor="dog"), InputError, "actor must be"),
        (lambda p, s, m: p.set_measure(s, "client_scaling", 11), InputError, "outside 1–10"),
        (lambda p, s, m: p.set_measure(s, "mood", None), InputError, "unknown session measure"),
        (lambda p, s, m: p.change_speaker_role(s, "Nobody", "client"), NotFoundError, "no speaker 'Nobody'"),
        (lambda p, s, m: p.change_speaker_role(s, "Client", "boss"), InputError, "unknown speaker role"),
        (lambda p, s, m: p.split_segment(s, 1, 0, 0), InputError, "is not inside segment 1"),
        (lambda p, s, m: p.merge_segments(s, 0, 0), InputError, "is the last one"),
        (lambda p, s, m: p.correct_text(s, 1, "It was fine."), InputError, "deletes all of"),
        (lambda p, s, m: p.correct_text(s, 99, "x"), NotFoundError, "has no turn 99"),
        (lambda p, s, m: p.rate_slice(s, 0, "anger", 3), InputError, "no family 'anger'"),
        (lambda p, s, m: p.rate_slice(s, 0, "withdrawal", 6), InputError, "significance must be 1–5"),
        (lambda p, s, m: p.rate_slice(s, 5, "withdrawal", 2), InputError, "has no segment 6"),
        (lambda p, s, m: p.tick_slice(s, 0, "Z9", True), InputError, "no resolution strategy 'Z9'"),
    ],
)
def test_a_refused_edit_changes_nothing(project: Project, session_id: int, call, error, message) -> None:
    marker = tag(project, session_id, 1, "W1")
    project.create_episode(session_id, [marker])
    before = state(project, session_id)
    audits = project.repo.audit_events(session_id, limit=10_000)
    labels = (project.history.undo_label, project.history.redo_label)
    with pytest.raises(error, match=message) as info:
        call(project, session_id, marker)
    assert isinstance(info.value, RuptureToolError) and "\n" not in str(info.value)
    assert state(project, session_id) == before
    assert project.repo.audit_events(session_id, limit=10_000) == audits
    assert (project.history.undo_label, project.history.redo_label) == labels


def test_episode_markers_must_be_free_and_the_coders_own(project: Project, session_id: int) -> None:
    a = tag(project, session_id, 1, "W1")
    project.create_episode(session_id, [a])
    with pytest.raises(InputError, match=f"marker {a} already belongs to episode"):
        project.create_episode(session_id, [a])
    project.add_marker(project.new_marker(session_id, 3, "W2", segment_index=0, coder="other"))
    theirs = next(m.id for m in project.markers(session_id, "other"))
    with pytest.raises(InputError, match="was coded by other, not tester"):
        project.create_episode(session_id, [theirs])
    free = tag(project, session_id, 5, "C1")
    with pytest.raises(InputError, match="unknown family 'anger'"):
        project.create_episode(session_id, [free], family="anger")
    project.create_episode(session_id, [free], family="withdrawal")  # the coder may overrule the markers' family
    assert project.episodes(session_id)[-1].family == "withdrawal"


# -- markers, measures, slice codes ---------------------------------------------------------------------------------


def test_edit_marker(project: Project, session_id: int) -> None:
    marker = tag(project, session_id, 1, "W1")
    _, after = check_undo_redo(
        project, session_id, lambda: project.edit_marker(marker, significance=5, note="shrugs", subtype="C2")
    )
    [edited] = after["markers"]
    assert (edited.id, edited.significance, edited.note, edited.subtype, edited.family) == (
        marker,
        5,
        "shrugs",
        "C2",
        "confrontation",
    )
    check_undo_redo(project, session_id, lambda: project.edit_marker(marker, actor="therapist"))
    assert project.edit_marker(marker, significance=5).description == "Nothing to change"


def test_measures(project: Project, session_id: int) -> None:
    _, after = check_undo_redo(project, session_id, lambda: project.set_measure(session_id, "extent_resolved", 4))
    [measure] = after["measures"]
    assert (measure.name, measure.value, measure.coder) == ("extent_resolved", 4.0, "tester")
    check_undo_redo(project, session_id, lambda: project.set_measure(session_id, "extent_resolved", 2))
    _, cleared = check_undo_redo(project, session_id, lambda: project.set_measure(session_id, "extent_resolved", None))
    assert cleared["measures"] == []
    project.undo()
    assert project.measures(session_id) == [measure.__class__(session_id, "extent_resolved", 2.0, "tester", measure.id)]
    change = project.set_measure(session_id, "therapist_contribution", 3)
    assert change.measures and not change.markers


def test_measures_of_a_coder(project: Project, session_id: int) -> None:
    project.set_measure(session_id, "client_scaling", 6)
    project.coder = "ben"
    project.set_measure(session_id, "client_scaling", 2)
    assert [(m.coder, m.value) for m in project.measures(session_id, "ben")] == [("ben", 2.0)]
    assert sorted((m.coder or "", m.value) for m in project.measures(session_id)) == [("ben", 2.0), ("tester", 6.0)]


def test_slice_codes_and_consistency(project: Project, session_id: int) -> None:
    [only] = project.five_minute_slices(session_id)
    assert only.estimated and only.turns == (0, 1, 2, 3, 4, 5)
    tag(project, session_id, 3, "W5", significance=4)
    assert project.slice_consistency(session_id) == [
        "segment 1 (0–5 min): W5 marked on the text (significance 4) but withdrawal not rated"
    ]
    _, after = check_undo_redo(project, session_id, lambda: project.rate_slice(session_id, 0, "withdrawal", 2))
    [rating] = after["slices"]
    assert (rating.code, rating.significance, rating.coder) == ("withdrawal", 2, "tester")
    assert project.slice_consistency(session_id) == [
        "segment 1 (0–5 min): W5 marked on the text (significance 4) but withdrawal rated 2"
    ]
    check_undo_redo(project, session_id, lambda: project.rate_slice(session_id, 0, "withdrawal", 4))
    check_undo_redo(project, session_id, lambda: project.tick_slice(session_id, 0, "R4", True))
    check_undo_redo(project, session_id, lambda: project.tick_slice(session_id, 0, "C3", True))
    assert project.slice_consistency(session_id) == ["segment 1 (0–5 min): C3 ticked but confrontation not rated"]
    _, after = check_undo_redo(project, session_id, lambda: project.tick_slice(session_id, 0, "C3", False))
    assert {c.code for c in after["slices"]} == {"withdrawal", "R4"}
    _, after = check_undo_redo(project, session_id, lambda: project.rate_slice(session_id, 0, "withdrawal", None))
    assert project.tick_slice(session_id, 0, "R4", True).description == "Nothing to change"
    assert project.slice_codes(session_id, coder="nobody") == []


# -- the transcript --------------------------------------------------------------------------------------------------


def test_speaker_roles(project: Project, session_id: int) -> None:
    before, after = check_undo_redo(
        project, session_id, lambda: project.change_speaker_role(session_id, "Client", SpeakerRole.THERAPIST)
    )
    assert after["detail"].session.speakers["Client"] is SpeakerRole.THERAPIST
    assert after["remembered"]["Client"] is SpeakerRole.THERAPIST
    assert "Client" not in before["remembered"] or before["remembered"]["Client"] is SpeakerRole.CLIENT
    change = project.set_speaker_roles(session_id, {"Client": "client", "Therapist": "other"})
    assert change.transcript
    assert project.history.undo_label == "Speaker roles: Client is client, Therapist is other"
    project.undo()
    assert state(project, session_id) == after
    assert project.set_speaker_role(session_id, "Client", "client") is SpeakerRole.THERAPIST


def test_split_and_merge_keep_markers_on_their_text(project: Project, session_id: int) -> None:
    turn = project.session(session_id).turns[3]
    texts = [turn.segment_text(s) for s in turn.segments]
    assert texts == ["I don't know. ", "Whatever you think. ", "It doesn't matter anyway."]
    whole = tag(project, session_id, 3, "W5", 1)  # "Whatever you think. "
    project.add_marker(project.new_marker(session_id, 3, "W3", span=(23, 32)))  # "you think"
    later = tag(project, session_id, 3, "W7", 2)

    at = turn.segments[1].start_char + len("Whatever ")
    _, after = check_undo_redo(project, session_id, lambda: project.split_segment(session_id, 3, 1, at))
    turn = after["detail"].turns[3]
    assert [turn.segment_text(s) for s in turn.segments] == [
        "I don't know. ",
        "Whatever ",
        "you think. ",
        "It doesn't matter anyway.",
    ]
    by_id = {m.id: m for m in after["markers"]}
    assert (by_id[whole].segment_index, turn.text[by_id[whole].start_char : by_id[whole].end_char]) == (
        1,
        "Whatever you think. ",
    )
    assert by_id[later].segment_index == 3
    new_id = turn.segments[2].id
    project.undo()
    project.redo()
    assert project.session(session_id).turns[3].segments[2].id == new_id  # redo: the same segment row

    _, merged = check_undo_redo(project, session_id, lambda: project.merge_segments(session_id, 3, 1))
    turn = merged["detail"].turns[3]
    assert [turn.segment_text(s) for s in turn.segments][1] == "Whatever you think. "
    assert {m.id: m.segment_index for m in merged["markers"]}[later] == 2


def test_correct_text_re_anchors_and_undo_restores(project: Project, session_id: int) -> None:
    turn = project.session(session_id).turns[1]
    assert turn.text == "Fine. (shrugs) It was fine."
    marker = tag(project, session_id, 1, "W2", 1)
    _, after = check_undo_redo(
        project, session_id, lambda: project.correct_text(session_id, 1, "Fine, I guess. (shrugs) It was OK really.")
    )
    turn = after["detail"].turns[1]
    assert turn.original_text == "Fine. (shrugs) It was fine."
    assert [turn.text[c.start_char : c.end_char] for c in turn.cues] == ["(shrugs)"]
    assert "".join(turn.segment_text(s) for s in turn.segments) == turn.text
    [m] = after["markers"]
    assert m.id == marker and turn.text[m.start_char : m.end_char] == turn.segment_text(turn.segments[m.segment_index])
    assert project.correct_text(session_id, 1, turn.text).description == "Nothing to change"


def test_ocr_corrections_are_one_undoable_command(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "ocr.txt"
    path.write_text("T: How was it?\nP: | guess it was fine. 1 think so.\nT: And?\nP: l guess.\n", encoding="utf-8")
    sid = project.import_transcript(path, "OCR-1").session.id
    assert sid is not None
    before = project.session(sid)
    assert project.apply_ocr_corrections(sid) == 2
    assert project.history.undo_label == "Apply OCR corrections (2 turns)"
    corrected = project.session(sid)
    project.undo()
    assert project.session(sid) == before
    project.redo()
    assert project.session(sid) == corrected
    assert project.revert_corrections(sid) == 2
    assert project.session(sid) == before
    project.undo()
    assert project.session(sid) == corrected


def test_review_status_in_the_session_list(project: Project, session_id: int) -> None:
    from sqlalchemy import insert, select

    from rupturetool.storage.tables import CoderRow, ReviewRow

    assert project.sessions()[0].review_status is None
    project.ensure_coder("tester")
    project.ensure_coder("ben")
    with project.repo.atomic() as orm:
        ids = dict(orm.execute(select(CoderRow.name, CoderRow.id)).all())
        orm.execute(insert(ReviewRow), [{"session_id": session_id, "coder_id": ids["ben"], "status": "approved"}])
    assert project.sessions()[0].review_status is None  # ben's review, not the current coder's
    with project.repo.atomic() as orm:
        orm.execute(insert(ReviewRow), [{"session_id": session_id, "coder_id": ids["tester"], "status": "submitted"}])
    assert project.sessions()[0].review_status == "submitted"
    assert project.repo.sessions(coder="ben")[0].review_status == "approved"
    assert project.repo.sessions()[0].review_status is None
