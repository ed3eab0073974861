"""Two people on one database: a stale edit is refused with who changed what (never a silent overwrite), and
each sees the other's changes through the change feed. Both backends; two Projects stand for two machines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from rupturetool.core.errors import ConflictError
from rupturetool.services.project import Project
from rupturetool.storage.tables import MarkerRow

TEXT = (
    "Therapist: How did the week go?\n"
    "Client: Fine. It was fine. Nothing to say really.\n"
    "Therapist: You went quiet just now. What was that like?\n"
    "Client: You keep asking the same thing! This is going nowhere.\n"
)


@pytest.fixture
def two(db_url: str, tmp_path: Path) -> Iterator[tuple[Project, Project, int]]:
    ann = Project(db_url, coder="ann")
    path = tmp_path / "s.txt"
    path.write_text(TEXT, encoding="utf-8")
    sid = ann.import_transcript(path, "CON-1").session.id
    ann.add_marker(ann.new_marker(sid, 1, "W2", segment_index=0))
    ben = Project(db_url, coder="ben")
    yield ann, ben, sid
    ann.close()
    ben.close()


def test_a_stale_marker_edit_is_refused_naming_the_other_change(two: tuple[Project, Project, int]) -> None:
    ann, ben, sid = two
    [seen_by_ann] = ann.markers(sid)  # both have the session open
    [seen_by_ben] = ben.markers(sid)
    ben.edit_marker(seen_by_ben.id, significance=5)
    with pytest.raises(ConflictError, match=r"^ben changed this marker at \d\d:\d\d, after you loaded it") as caught:
        ann.edit_marker(seen_by_ann.id, significance=2)
    assert caught.value.entity == "marker" and caught.value.entity_id == seen_by_ann.id
    event = next(e for e in ann.repo.audit_events(sid) if e.id == caught.value.event_id)
    assert event.coder == "ben" and event.before is not None and event.after is not None
    assert (event.before["significance"], event.after["significance"]) == (3, 5)
    assert [m.significance for m in ben.markers(sid)] == [5]  # ben's change stands
    assert ann.history.undo_label == "Add W2 on turn 2 segment 1"  # the refused edit is not on ann's history

    [reloaded] = ann.markers(sid)  # reloading shows ben's change; now ann's edit builds on it
    assert reloaded.significance == 5
    ann.edit_marker(reloaded.id, significance=2)
    assert [m.significance for m in ben.markers(sid)] == [2]


def test_editing_or_removing_what_someone_else_removed_is_a_conflict(two: tuple[Project, Project, int]) -> None:
    ann, ben, sid = two
    [marker] = ann.markers(sid)
    ben.markers(sid)
    ben.remove_marker(marker)
    with pytest.raises(ConflictError, match=r"^ben removed this marker"):
        ann.edit_marker(marker.id, note="still here?")
    with pytest.raises(ConflictError, match=r"^ben removed this marker"):
        ann.remove_marker(marker)
    assert ann.markers(sid) == []


def test_undo_of_an_edit_someone_changed_since_is_refused_and_dropped(two: tuple[Project, Project, int]) -> None:
    ann, ben, sid = two
    [marker] = ann.markers(sid)
    ann.edit_marker(marker.id, significance=4)
    ben.markers(sid)
    ben.edit_marker(marker.id, note="ben's note")
    with pytest.raises(ConflictError, match=r"can no longer be undone.*ben changed this marker"):
        ann.undo()
    assert ann.history.undo_label is not None and "Add" in ann.history.undo_label  # only that step was dropped
    [now] = ben.markers(sid)
    assert (now.significance, now.note) == (4, "ben's note")


def test_own_undo_and_redo_never_conflict(two: tuple[Project, Project, int]) -> None:
    ann, _ben, sid = two
    [marker] = ann.markers(sid)
    for value in (1, 2, 4):
        ann.edit_marker(marker.id, significance=value)
    ann.remove_marker(ann.markers(sid)[0])
    for _ in range(4):
        ann.undo()
    assert [m.significance for m in ann.markers(sid)] == [3]
    for _ in range(4):
        ann.redo()
    assert ann.markers(sid) == []


def test_stale_episode_and_turn_edits_are_refused(two: tuple[Project, Project, int]) -> None:
    ann, ben, sid = two
    [marker] = ann.markers(sid)
    ann.create_episode(sid, [marker.id])
    [episode] = ann.episodes(sid)
    ben.episodes(sid)
    ben.set_stage(episode.id, 1, 2)
    with pytest.raises(ConflictError, match=r"^ben changed this episode"):
        ann.set_outcome(episode.id, "resolved")
    assert [e.outcome for e in ben.episodes(sid)] == [None]

    ann.session(sid)
    ben.session(sid)
    ben.correct_text(sid, 3, "Client: You keep asking the same thing. This is going nowhere.")
    with pytest.raises(ConflictError, match=r"^ben changed this turn"):
        ann.correct_text(sid, 3, "Client: You keep asking the same thing!! This is going nowhere.")
    assert ben.session(sid).turns[3].text.endswith("thing. This is going nowhere.")


def test_two_writes_racing_inside_the_database_do_not_both_land(two: tuple[Project, Project, int]) -> None:
    """The version check in the UPDATE itself: ann read the row in her transaction before ben committed."""
    ann, ben, sid = two
    [marker] = ben.markers(sid)
    with pytest.raises(ConflictError, match="at the same moment"), ann.repo.atomic() as orm:
        row = orm.get(MarkerRow, marker.id)
        assert row is not None
        ben.edit_marker(marker.id, significance=5)  # commits while ann's transaction holds version 1
        row.significance = 1
    assert [m.significance for m in ben.markers(sid)] == [5]


def test_each_sees_the_others_changes_but_not_their_own(two: tuple[Project, Project, int]) -> None:
    ann, ben, sid = two
    mark = ann.change_mark()
    [marker] = ann.markers(sid)
    ann.edit_marker(marker.id, significance=4)  # ann's own change: not news to ann
    mark, change, events = ann.others_changes(sid, mark)
    assert change is None and events == []

    ben.add_marker(ben.new_marker(sid, 3, "C1", segment_index=0))
    mark, change, events = ann.others_changes(sid, mark)
    assert change is not None and change.markers and not change.transcript
    assert change.description.startswith("ben added a marker")
    assert [(e.coder, e.action, e.entity) for e in events] == [("ben", "add", "marker")]
    assert ann.others_changes(sid, mark)[1] is None  # reported once

    ben.correct_text(sid, 0, "Therapist: How did your week go?")
    _mark, change, _events = ann.others_changes(sid, mark)
    assert change is not None and change.transcript


def test_a_blind_coder_is_not_told_about_other_layers(two: tuple[Project, Project, int]) -> None:
    ann, ben, sid = two
    sup = Project(ann.url, coder="sue")
    try:
        sup.set_coder_role("sue", "supervisor")
        sup.assign_second_coder(sid, "ben", blind=True)
        mark = ben.change_mark()
        ann.add_marker(ann.new_marker(sid, 3, "C1", segment_index=0))
        assert ben.others_changes(sid, mark)[1] is None  # ben codes blind: ann's layer stays hidden
    finally:
        sup.close()


def test_versions_never_show_up_in_the_audit_trail(two: tuple[Project, Project, int]) -> None:
    ann, _ben, sid = two
    [marker] = ann.markers(sid)
    ann.edit_marker(marker.id, significance=4)
    detail = ann.session(sid)
    segment = detail.turns[1].segments[0]
    ann.split_segment(sid, 1, 0, segment.start_char + 5)
    events = ann.repo.audit_events(sid, limit=2)
    for event in events:
        for values in (event.before or {}, event.after or {}):
            assert "version" not in values and "text" not in values
    with ann.engine.connect() as conn:
        versions = dict(conn.execute(text("SELECT idx, version FROM turns WHERE session_id = :s"), {"s": sid}).all())
    assert versions[1] == 2 and versions[0] == 1  # the split moved the turn's version, nothing else's


def test_the_other_change_is_described_for_the_conflict_dialog(two: tuple[Project, Project, int]) -> None:
    ann, ben, sid = two
    [marker] = ann.markers(sid)
    ben.markers(sid)
    ben.edit_marker(marker.id, significance=5, note="ben was here")
    with pytest.raises(ConflictError) as caught:
        ann.edit_marker(marker.id, significance=1)
    detail = ann.conflict_detail(caught.value)
    assert "significance 3 → 5" in detail and "ben was here" not in detail  # text fields stay out of it
