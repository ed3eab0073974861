"""Supervision through the Project facade, on SQLite and PostgreSQL: roles, the review workflow with undo, the
supervisor's queue, comment threads, blind double coding, and adjudication into the consensus layer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from rupturetool.core.domain import CoderRole, ReviewStatus
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.core.review import CONSENSUS
from rupturetool.services.project import Project
from rupturetool.storage.tables import AuditRow


@dataclass
class Team:
    sue: Project  # supervisor
    rita: Project  # researcher
    ann: Project  # therapist, the first coder
    bob: Project  # therapist, the second (blind) coder
    session_id: int

    def mark(self, who: Project, turn: int, subtype: str) -> int:
        who.add_marker(who.new_marker(self.session_id, turn, subtype, segment_index=0))
        return max(m.id for m in who.markers(self.session_id, who.coder))


@pytest.fixture
def team(db_url: str, transcript: Path) -> Iterator[Team]:
    projects = {name: Project(db_url, coder=name) for name in ("sue", "rita", "ann", "bob")}
    projects["sue"].set_coder_role("sue", "supervisor")
    projects["sue"].set_coder_role("rita", CoderRole.RESEARCHER)
    session_id = projects["ann"].import_transcript(transcript, "RIVER-07").session.id
    yield Team(**projects, session_id=session_id)
    for project in projects.values():
        project.close()


def audit_actions(project: Project, entity: str) -> list[str]:
    with project.repo.atomic() as orm:
        return list(orm.scalars(select(AuditRow.action).where(AuditRow.entity == entity).order_by(AuditRow.id)))


def test_roles_are_listed_set_undoably_and_audited(team: Team) -> None:
    roles = {c.name: c.role for c in team.sue.coders()}
    assert roles == {"sue": CoderRole.SUPERVISOR, "rita": CoderRole.RESEARCHER, "ann": CoderRole.THERAPIST}
    change = team.sue.set_coder_role("bob", "researcher")
    assert change.coders  # type: ignore[attr-defined]
    assert team.sue.repo.coder("bob").role == CoderRole.RESEARCHER
    team.sue.undo()
    assert team.sue.repo.coder("bob").role == CoderRole.THERAPIST
    assert audit_actions(team.sue, "coder") == ["role", "role", "role", "role"]
    with pytest.raises(InputError, match="unknown coder role 'boss'"):
        team.sue.set_coder_role("bob", "boss")
    assert team.sue.set_coder_role("sue", "supervisor").description == "Nothing to change"


def test_the_review_workflow_with_undo_and_the_queue(team: Team) -> None:
    sid = team.session_id
    team.mark(team.ann, 1, "W1")
    assert team.ann.review(sid).status == ReviewStatus.DRAFT and team.ann.review(sid).id is None
    assert team.sue.review_queue() == []

    team.ann.submit(sid)
    assert team.ann.sessions()[0].review_status == "submitted"
    [item] = team.sue.review_queue()
    assert (item.review.coder, item.review.session_id, item.client_code) == ("ann", sid, "RIVER-07")

    with pytest.raises(InputError, match=r"cannot approve ann's coding of session .*: only a supervisor can"):
        team.rita.approve(sid, "ann")
    with pytest.raises(
        InputError, match=r"cannot submit ann's coding .*: it is submitted, not changes requested or draft"
    ):
        team.ann.submit(sid)

    team.sue.request_changes(sid, "ann", "turn 2 is W2, not W1")
    sent_back = team.ann.review(sid)
    assert (sent_back.status, sent_back.reason, sent_back.reviewer) == (
        ReviewStatus.CHANGES_REQUESTED,
        "turn 2 is W2, not W1",
        "sue",
    )
    assert team.sue.review_queue() == []
    team.ann.reopen(sid)
    assert team.ann.review(sid).status == ReviewStatus.DRAFT
    team.ann.submit(sid)
    team.sue.approve(sid, "ann")
    approved = team.sue.review(sid, "ann")
    assert (approved.status, approved.reason, approved.reviewer) == (ReviewStatus.APPROVED, "", "sue")

    team.sue.undo()  # the approval
    assert team.sue.review(sid, "ann").status == ReviewStatus.SUBMITTED
    team.sue.redo()
    assert team.sue.review(sid, "ann").status == ReviewStatus.APPROVED
    assert audit_actions(team.sue, "review")[-1] == "review"
    assert len(audit_actions(team.sue, "review")) == 7  # submit, request, reopen, submit, approve, undo, redo


def test_nobody_approves_their_own_and_the_queue_is_for_supervisors(team: Team) -> None:
    sid = team.session_id
    team.mark(team.sue, 1, "W1")
    team.sue.submit(sid)
    assert team.sue.review_queue() == []  # her own layer is not awaiting her
    with pytest.raises(InputError, match="nobody reviews their own coding"):
        team.sue.approve(sid, "sue")
    with pytest.raises(InputError, match="the review queue is a supervisor's; ann is a therapist"):
        team.ann.review_queue()


def test_undoing_the_first_submission_removes_the_review(team: Team) -> None:
    team.ann.submit(team.session_id)
    team.ann.undo()
    assert team.ann.repo.review(team.session_id, "ann") is None
    assert team.ann.sessions()[0].review_status is None


def test_comment_threads_replies_resolve_edit_delete_and_undo(team: Team) -> None:
    sid = team.session_id
    marker = team.mark(team.ann, 3, "W7")
    on_marker = team.sue.add_comment(sid, "Is this really W7?", marker_id=marker).comment_id  # type: ignore[attr-defined]
    on_session = team.sue.add_comment(sid, "Good session overall").comment_id  # type: ignore[attr-defined]
    on_turn = team.ann.add_comment(sid, "Audio unclear here", turn_index=1).comment_id  # type: ignore[attr-defined]
    reply = team.ann.reply(on_marker, "Yes: 'whatever you think'").comment_id  # type: ignore[attr-defined]
    team.sue.reply(reply, "Agreed")  # a reply to a reply joins the thread

    threads = team.sue.comments(sid)
    assert [(t.comment.id, t.turn_index) for t in threads] == [(on_session, None), (on_turn, 1), (on_marker, 3)]
    assert [(r.author, r.text) for r in threads[2].replies] == [("ann", "Yes: 'whatever you think'"), ("sue", "Agreed")]

    team.sue.resolve_comment(reply)  # resolves the thread
    assert team.sue.comments(sid)[2].comment.resolved
    team.sue.undo()
    assert not team.sue.comments(sid)[2].comment.resolved

    with pytest.raises(InputError, match=f"only its author \\(sue\\) can edit comment {on_session}"):
        team.ann.edit_comment(on_session, "hijacked")
    team.sue.edit_comment(on_session, "A good session overall")
    assert team.sue.comments(sid)[0].comment.text == "A good session overall"

    team.sue.delete_comment(on_marker)
    assert [t.comment.id for t in team.sue.comments(sid)] == [on_session, on_turn]
    with pytest.raises(NotFoundError):
        team.sue.reply(reply, "too late")
    team.sue.undo()
    assert len(team.sue.comments(sid)[2].replies) == 2
    assert "delete" in audit_actions(team.sue, "comment") and "restore" in audit_actions(team.sue, "comment")


def test_bad_comments_are_refused_and_nothing_is_stored(team: Team) -> None:
    sid = team.session_id
    with pytest.raises(InputError, match="needs some text"):
        team.sue.add_comment(sid, "   ")
    with pytest.raises(InputError, match="one turn, marker or episode, not several"):
        team.sue.add_comment(sid, "x", turn_index=1, marker_id=1)
    with pytest.raises(NotFoundError, match=f"session {sid} has no turn 100"):
        team.sue.add_comment(sid, "x", turn_index=99)
    with pytest.raises(NotFoundError, match=f"no marker 12345 in session {sid}"):
        team.sue.add_comment(sid, "x", marker_id=12345)
    assert team.sue.comments(sid) == []
    assert team.sue.history.undo_label == "Make rita a researcher"  # the refused comments left no entry


def test_blind_second_coder_sees_only_their_layer_until_they_submit(team: Team) -> None:
    sid = team.session_id
    team.mark(team.ann, 1, "W1")
    team.rita.rate_slice(sid, 0, "withdrawal", 4)
    with pytest.raises(InputError, match="only a supervisor or researcher can assign sessions"):
        team.ann.assign_second_coder(sid, "bob")
    team.sue.assign_second_coder(sid, "bob", blind=True)
    [assignment] = team.sue.assignments(sid)
    assert (assignment.coder, assignment.blind, assignment.assigned_by) == ("bob", True, "sue")

    team.mark(team.bob, 1, "W2")
    assert team.bob.visible_coders(sid) == {"bob"}
    assert [m.coder for m in team.bob.markers(sid)] == ["bob"]
    assert team.bob.slice_codes(sid) == []
    with pytest.raises(InputError, match=f"ann's coding of session {sid} is hidden from you"):
        team.bob.markers(sid, "ann")
    with pytest.raises(InputError, match="hidden from you"):
        team.bob.episodes(sid, "ann")
    assert sorted(m.coder for m in team.sue.markers(sid)) == ["ann", "bob"]  # others see everything

    team.bob.submit(sid)
    assert team.bob.visible_coders(sid) is None
    assert sorted(m.coder for m in team.bob.markers(sid)) == ["ann", "bob"]
    team.bob.reopen(sid)  # already seen: stays visible
    assert team.bob.visible_coders(sid) is None

    team.sue.assign_second_coder(sid, "bob", blind=False)  # a change of mode, undoable
    assert not team.sue.assignments(sid)[0].blind
    team.sue.undo()
    assert team.sue.assignments(sid)[0].blind
    team.sue.unassign(sid, "bob")
    assert team.sue.assignments(sid) == []
    team.sue.undo()
    assert [a.coder for a in team.sue.assignments(sid)] == ["bob"]


def test_blind_coders_do_not_see_comments_on_hidden_layers(team: Team) -> None:
    sid = team.session_id
    marker = team.mark(team.ann, 1, "W1")
    team.sue.add_comment(sid, "nice W1", marker_id=marker)
    team.sue.add_comment(sid, "for everyone")
    team.sue.assign_second_coder(sid, "bob")
    assert [t.comment.text for t in team.bob.comments(sid)] == ["for everyone"]
    with pytest.raises(InputError, match="hidden from you"):
        team.bob.add_comment(sid, "what is this?", marker_id=marker)


def test_adjudication_builds_the_consensus_layer_undoably(team: Team) -> None:
    sid = team.session_id
    a1 = team.mark(team.ann, 1, "W1")
    a2 = team.mark(team.ann, 3, "W7")
    b1 = team.mark(team.bob, 1, "W2")
    team.ann.create_episode(sid, [a1, a2])
    [episode] = team.ann.episodes(sid, "ann")
    team.ann.set_stage(episode.id, 1, 4)
    team.ann.set_outcome(episode.id, "partial")

    with pytest.raises(InputError, match="only a supervisor or researcher can build the consensus layer"):
        team.ann.adopt_marker(a1)
    team.sue.adopt_marker(a1)  # take A's marker on turn 1...
    with pytest.raises(InputError, match=f"marker {a1} is already in the consensus layer as marker"):
        team.sue.adopt_marker(a1)
    [taken] = team.sue.markers(sid, CONSENSUS)
    assert (taken.turn_index, taken.subtype, taken.coder) == (1, "W1", CONSENSUS)

    team.rita.adopt_episode(episode.id)  # ...and A's episode: W1 is reused, W7 is copied
    consensus = team.rita.markers(sid, CONSENSUS)
    assert sorted(m.subtype for m in consensus) == ["W1", "W7"]
    [agreed] = team.rita.episodes(sid, CONSENSUS)
    assert agreed.marker_ids == tuple(sorted(m.id for m in consensus))
    assert (agreed.max_stage, str(agreed.outcome), agreed.family) == (1, "partial", episode.family)
    assert taken.id in agreed.marker_ids

    team.rita.undo()
    assert team.rita.episodes(sid, CONSENSUS) == []
    assert [m.subtype for m in team.rita.markers(sid, CONSENSUS)] == ["W1"]
    team.rita.redo()
    assert team.rita.episodes(sid, CONSENSUS)[0].id == agreed.id

    # Edit the consensus layer like any other: switch to it, code, change a marker.
    with pytest.raises(InputError, match="only a supervisor or researcher can edit the consensus layer"):
        team.ann.use_layer(CONSENSUS)
    with pytest.raises(InputError, match="not ann's"):
        team.sue.use_layer("ann")
    assert team.sue.use_layer(CONSENSUS) == CONSENSUS
    team.sue.add_marker(team.sue.new_marker(sid, 5, "C1", segment_index=0))
    team.sue.edit_marker(taken.id, significance=5)
    assert sorted(m.subtype for m in team.sue.markers(sid, CONSENSUS)) == ["C1", "W1", "W7"]
    assert team.sue.use_layer(None) == "sue"
    assert team.sue.markers(sid, "sue") == []
    assert b1 not in {m.id for m in team.sue.markers(sid, CONSENSUS)}

    team.sue.use_layer(CONSENSUS)
    team.sue.submit(sid)  # the team's layer: a supervisor submits it, another supervisor approves
    assert team.sue.review(sid, CONSENSUS).status == ReviewStatus.SUBMITTED


def test_a_wrong_session_or_coder_gives_one_line(team: Team) -> None:
    with pytest.raises(NotFoundError, match="no session with id 999"):
        team.ann.submit(999)
    with pytest.raises(NotFoundError, match="no session with id 999"):
        team.sue.assign_second_coder(999, "bob")
    with pytest.raises(InputError, match="reserved consensus layer"):
        team.sue.assign_second_coder(team.session_id, CONSENSUS)
    with pytest.raises(NotFoundError, match="is not assigned to bob"):
        team.sue.unassign(team.session_id, "bob")


def test_a_blind_coder_sees_only_their_own_counts_in_the_session_list(team: Team) -> None:
    sid = team.session_id
    team.mark(team.ann, 1, "W1")
    team.mark(team.ann, 2, "W2")
    team.sue.assign_second_coder(sid, "bob", blind=True)
    team.mark(team.bob, 3, "C1")
    counts = {s.id: s.markers for s in team.bob.sessions()}
    assert counts[sid] == 1  # ann's two markers would tell bob what he is meant to find on his own
    assert {s.id: s.markers for s in team.sue.sessions()}[sid] == 3
    team.bob.submit(sid)
    assert {s.id: s.markers for s in team.bob.sessions()}[sid] == 3


def test_take_a_or_b_on_a_segment_builds_the_consensus_in_one_undoable_step(team: Team) -> None:
    sid = team.session_id
    team.mark(team.ann, 1, "W1")
    team.mark(team.ann, 1, "W3")
    team.mark(team.bob, 1, "W2")
    team.mark(team.bob, 3, "C1")
    rows = {(r.turn_index, r.segment_index): r for r in team.sue.compare(sid, "ann", "bob")}
    assert rows[(1, 0)].verdict == "subtype differs"
    assert rows[(3, 0)].verdict == "only B"
    assert rows[(0, 0)].verdict == "uncoded"
    assert rows[(1, 0)].settled is None

    with pytest.raises(InputError, match="only a supervisor or researcher"):
        team.ann.adjudicate_segment(sid, 1, 0, "ann")
    team.sue.adjudicate_segment(sid, 1, 0, "ann")
    assert sorted(m.subtype for m in team.sue.markers(sid, CONSENSUS)) == ["W1", "W3"]
    team.sue.adjudicate_segment(sid, 1, 0, "bob")  # change of mind: B's W2 replaces both of A's codes
    assert [m.subtype for m in team.sue.markers(sid, CONSENSUS)] == ["W2"]
    row = next(r for r in team.sue.compare(sid, "ann", "bob") if (r.turn_index, r.segment_index) == (1, 0))
    assert row.settled == "B"
    assert team.sue.adjudicate_segment(sid, 1, 0, "bob").description == "Nothing to change"
    team.sue.undo()  # one step back: A's two codes again
    assert sorted(m.subtype for m in team.sue.markers(sid, CONSENSUS)) == ["W1", "W3"]
    team.sue.redo()
    assert [m.subtype for m in team.sue.markers(sid, CONSENSUS)] == ["W2"]
    team.sue.adjudicate_segment(sid, 3, 0, "ann")  # A had nothing there: the consensus stays empty there
    assert [m.turn_index for m in team.sue.markers(sid, CONSENSUS)] == [1]
    with pytest.raises(NotFoundError, match="no segment 9 on turn 2"):
        team.sue.adjudicate_segment(sid, 1, 8, "ann")
