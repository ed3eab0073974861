"""The supervision rules, without a database: the review state machine and who may move it, blind visibility,
comment threads, and the undoable supervision commands on an in-memory store."""

from __future__ import annotations

import dataclasses

import pytest

from rupturetool.core.commands import UndoStack
from rupturetool.core.domain import Assignment, CoderRole, Comment, Review, ReviewStatus
from rupturetool.core.errors import InputError
from rupturetool.core.review import (
    CONSENSUS,
    TRANSITIONS,
    Anchor,
    ReviewAction,
    check_person,
    check_visible,
    coder_role,
    comment_threads,
    only_visible,
    transition,
    visible_coders,
)
from rupturetool.core.review_commands import AddComment, SetReview, SupervisionChange

SUP, THER, RES = CoderRole.SUPERVISOR, CoderRole.THERAPIST, CoderRole.RESEARCHER
S = ReviewStatus


def review(status: ReviewStatus = S.DRAFT, coder: str = "ann", **kw) -> Review:
    return Review(7, coder, status, **kw)


@pytest.mark.parametrize(
    ("status", "action", "actor", "role", "expected"),
    [
        (S.DRAFT, ReviewAction.SUBMIT, "ann", THER, S.SUBMITTED),
        (S.CHANGES_REQUESTED, ReviewAction.SUBMIT, "ann", THER, S.SUBMITTED),
        (S.SUBMITTED, ReviewAction.APPROVE, "sue", SUP, S.APPROVED),
        (S.SUBMITTED, ReviewAction.REQUEST_CHANGES, "sue", SUP, S.CHANGES_REQUESTED),
        (S.APPROVED, ReviewAction.REQUEST_CHANGES, "sue", SUP, S.CHANGES_REQUESTED),
        (S.SUBMITTED, ReviewAction.REOPEN, "ann", THER, S.DRAFT),
        (S.CHANGES_REQUESTED, ReviewAction.REOPEN, "ann", THER, S.DRAFT),
    ],
)
def test_allowed_transitions(status, action, actor, role, expected) -> None:
    after = transition(review(status), action, actor=actor, role=role, reason="W2 is W1")
    assert after.status == expected
    assert (after.session_id, after.coder) == (7, "ann")


def test_every_other_status_action_pair_is_refused_naming_it() -> None:
    refused = 0
    for action, (sources, _target) in TRANSITIONS.items():
        for status in set(S) - sources:
            actor, role = ("ann", THER) if action in (ReviewAction.SUBMIT, ReviewAction.REOPEN) else ("sue", SUP)
            with pytest.raises(InputError) as err:
                transition(review(status), action, actor=actor, role=role, reason="x")
            message = str(err.value)
            assert "\n" not in message and "session 7" in message and "ann's" in message
            assert status.replace("_", " ") in message
            refused += 1
    assert refused == 9  # 4 statuses x 4 actions, minus the 7 allowed


def test_only_the_owner_submits_or_reopens() -> None:
    with pytest.raises(InputError, match="cannot submit ann's coding of session 7: only ann can"):
        transition(review(), ReviewAction.SUBMIT, actor="sue", role=SUP)
    with pytest.raises(InputError, match="only ann can"):
        transition(review(S.SUBMITTED), ReviewAction.REOPEN, actor="bob", role=THER)


def test_the_consensus_layer_is_submitted_by_the_research_team() -> None:
    consensus = review(coder=CONSENSUS)
    assert transition(consensus, ReviewAction.SUBMIT, actor="rita", role=RES).status == S.SUBMITTED
    with pytest.raises(InputError, match="only a supervisor or researcher can"):
        transition(consensus, ReviewAction.SUBMIT, actor="ann", role=THER)


def test_only_a_supervisor_approves_and_never_their_own() -> None:
    with pytest.raises(InputError, match="only a supervisor can \\(bob is a therapist\\)"):
        transition(review(S.SUBMITTED), ReviewAction.APPROVE, actor="bob", role=THER)
    with pytest.raises(InputError, match="only a supervisor can \\(rita is a researcher\\)"):
        transition(review(S.SUBMITTED), ReviewAction.REQUEST_CHANGES, actor="rita", role=RES, reason="x")
    own = review(S.SUBMITTED, coder="sue")
    with pytest.raises(InputError, match="cannot approve sue's coding of session 7: nobody reviews their own"):
        transition(own, ReviewAction.APPROVE, actor="sue", role=SUP)


def test_a_request_for_changes_needs_a_reason_which_stays_until_approval() -> None:
    with pytest.raises(InputError, match="needs a reason"):
        transition(review(S.SUBMITTED), ReviewAction.REQUEST_CHANGES, actor="sue", role=SUP, reason="  ")
    sent_back = transition(review(S.SUBMITTED), ReviewAction.REQUEST_CHANGES, actor="sue", role=SUP, reason=" W2? ")
    assert (sent_back.reason, sent_back.reviewer) == ("W2?", "sue")
    again = transition(sent_back, ReviewAction.SUBMIT, actor="ann", role=THER)
    assert again.reason == "W2?"  # the supervisor sees what was asked for
    approved = transition(again, ReviewAction.APPROVE, actor="max", role=SUP)
    assert (approved.status, approved.reason, approved.reviewer) == (S.APPROVED, "", "max")


def test_blind_assignees_see_only_their_own_layer_until_they_first_submit() -> None:
    blind = Assignment(7, "bob", blind=True)
    assert visible_coders("bob", blind, None) == {"bob"}
    assert visible_coders("bob", blind, S.SUBMITTED) is None
    assert visible_coders("bob", blind, S.DRAFT) is None  # reopened after submitting: already seen
    assert visible_coders("bob", dataclasses.replace(blind, blind=False), None) is None
    assert visible_coders("sue", None, None) is None


def test_reads_of_hidden_layers_are_refused_or_filtered() -> None:
    check_visible(None, "ann", 7)
    check_visible(frozenset({"bob"}), "bob", 7)
    check_visible(frozenset({"bob"}), None, 7)
    with pytest.raises(InputError, match="ann's coding of session 7 is hidden from you"):
        check_visible(frozenset({"bob"}), "ann", 7)
    rows = [review(coder="ann"), review(coder="bob")]
    assert only_visible(rows, frozenset({"bob"})) == [rows[1]]
    assert only_visible(rows, None) == rows


def test_roles_and_reserved_names() -> None:
    assert coder_role("supervisor") is SUP
    with pytest.raises(InputError, match="unknown coder role 'boss' \\(known: therapist, supervisor, researcher\\)"):
        coder_role("boss")
    with pytest.raises(InputError, match="reserved consensus layer"):
        check_person(CONSENSUS)
    with pytest.raises(InputError, match="needs a name"):
        check_person("  ")


def test_comment_threads_in_transcript_order_with_hidden_layers_left_out() -> None:
    markers = {10: Anchor(4, "ann"), 11: Anchor(1, "bob")}
    episodes = {20: Anchor(2, "ann")}
    comments = [
        Comment(7, "sue", "on ann's marker", marker_id=10, id=1),
        Comment(7, "sue", "whole session", id=2),
        Comment(7, "sue", "on turn 3", turn_index=3, id=3),
        Comment(7, "ann", "reply", parent_id=1, id=4),
        Comment(7, "sue", "on bob's marker", marker_id=11, id=5),
        Comment(7, "sue", "on ann's episode", episode_id=20, id=6),
        Comment(7, "sue", "second reply", parent_id=1, id=7),
    ]
    threads = comment_threads(comments, markers, episodes)
    assert [(t.comment.id, t.turn_index) for t in threads] == [(2, None), (5, 1), (6, 2), (3, 3), (1, 4)]
    assert [r.id for r in threads[-1].replies] == [4, 7]
    blind = comment_threads(comments, markers, episodes, visible=frozenset({"bob"}))
    assert [t.comment.id for t in blind] == [2, 5, 3]


class MemoryStore:
    """Just enough of the supervision store for the commands."""

    def __init__(self) -> None:
        self.reviews: dict[tuple[int, str], Review] = {}
        self.comments: dict[int, Comment] = {}
        self.deleted: set[int] = set()

    def save_review(self, review: Review, *, by: str) -> Review:
        self.reviews[review.session_id, review.coder] = review
        return review

    def delete_review(self, session_id: int, coder: str, *, by: str) -> None:
        del self.reviews[session_id, coder]

    def add_comment(self, comment: Comment) -> Comment:
        stored = dataclasses.replace(comment, id=len(self.comments) + 1)
        self.comments[stored.id] = stored
        return stored

    def save_comment(self, comment: Comment, *, by: str, action: str) -> Comment:
        self.deleted.discard(comment.id)
        self.comments[comment.id] = comment
        return comment

    def delete_comment(self, comment_id: int, *, by: str) -> Comment:
        self.deleted.add(comment_id)
        return self.comments[comment_id]


def test_set_review_undo_removes_a_first_review_and_redo_brings_it_back() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    submitted = review(S.SUBMITTED)
    change = stack.push(SetReview(None, submitted, by="ann", label="Submit ann's coding of session 7"))
    assert isinstance(change, SupervisionChange) and change.reviews and change.session_id == 7
    assert store.reviews == {(7, "ann"): submitted}
    stack.undo()
    assert store.reviews == {}
    stack.redo()
    assert store.reviews[7, "ann"].status == S.SUBMITTED
    approved = transition(submitted, ReviewAction.APPROVE, actor="sue", role=SUP)
    stack.push(SetReview(submitted, approved, by="sue", label="Approve"))
    stack.undo()
    assert store.reviews[7, "ann"] == submitted


def test_add_comment_redo_keeps_the_id() -> None:
    store = MemoryStore()
    stack = UndoStack(store)
    change = stack.push(AddComment(Comment(7, "sue", "why W2?", turn_index=3)))
    assert isinstance(change, SupervisionChange) and change.comments and change.comment_id == 1
    stack.undo()
    assert store.deleted == {1}
    redone = stack.redo()
    assert redone is not None and redone.comment_id == 1 and store.deleted == set()
