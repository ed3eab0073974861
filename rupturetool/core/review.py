"""Supervision rules, pure: the review state machine, who may do what, and what a blind coder may see.

Each coder's codes for a session are their own layer, and each layer has a review status:

    draft --submit--> submitted --approve--> approved
                          |  \\--request changes (reason)--> changes_requested --submit--> submitted
                          \\--reopen--> draft                  \\--reopen--> draft

- the owner of a layer submits and reopens it (the consensus layer belongs to the team: any supervisor or
  researcher submits or reopens it);
- a supervisor approves or requests changes, never on their own layer; an approved layer goes back only by a
  supervisor requesting changes (so an approval is never silently undone by the coder).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from rupturetool.core.domain import Assignment, CoderRole, Comment, CommentThread, Review, ReviewStatus
from rupturetool.core.errors import InputError

# The reserved coder whose layer holds the codes agreed by adjudication; analytics and exports select it by name.
CONSENSUS = "consensus"
TEAM_ROLES = frozenset({CoderRole.SUPERVISOR, CoderRole.RESEARCHER})
T = TypeVar("T")


class ReviewAction(StrEnum):
    SUBMIT = "submit"
    APPROVE = "approve"
    REQUEST_CHANGES = "request changes"
    REOPEN = "reopen"


# action -> (the statuses it starts from, the status it leads to)
TRANSITIONS: dict[ReviewAction, tuple[frozenset[ReviewStatus], ReviewStatus]] = {
    ReviewAction.SUBMIT: (frozenset({ReviewStatus.DRAFT, ReviewStatus.CHANGES_REQUESTED}), ReviewStatus.SUBMITTED),
    ReviewAction.APPROVE: (frozenset({ReviewStatus.SUBMITTED}), ReviewStatus.APPROVED),
    ReviewAction.REQUEST_CHANGES: (
        frozenset({ReviewStatus.SUBMITTED, ReviewStatus.APPROVED}),
        ReviewStatus.CHANGES_REQUESTED,
    ),
    ReviewAction.REOPEN: (frozenset({ReviewStatus.SUBMITTED, ReviewStatus.CHANGES_REQUESTED}), ReviewStatus.DRAFT),
}
OWNER_ACTIONS = frozenset({ReviewAction.SUBMIT, ReviewAction.REOPEN})


def phrase(action: ReviewAction) -> str:
    """The action as a verb phrase before a layer: "approve", "request changes to"."""
    return "request changes to" if action is ReviewAction.REQUEST_CHANGES else str(action)


def describe_layer(review: Review) -> str:
    return f"{review.coder}'s coding of session {review.session_id}"


def may_act_as_owner(coder: str, actor: str, role: CoderRole) -> bool:
    """The owner of a layer, or for the consensus layer anyone of the research team."""
    return actor == coder or (coder == CONSENSUS and role in TEAM_ROLES)


def _check_actor(review: Review, action: ReviewAction, actor: str, role: CoderRole) -> None:
    layer = describe_layer(review)
    if action in OWNER_ACTIONS:
        if not may_act_as_owner(review.coder, actor, role):
            who = "a supervisor or researcher" if review.coder == CONSENSUS else review.coder
            raise InputError(f"cannot {phrase(action)} {layer}: only {who} can ({actor} is not)")
        return
    if actor == review.coder:
        raise InputError(f"cannot {phrase(action)} {layer}: nobody reviews their own coding")
    if role != CoderRole.SUPERVISOR:
        raise InputError(f"cannot {phrase(action)} {layer}: only a supervisor can ({actor} is a {role})")


def transition(review: Review, action: ReviewAction, *, actor: str, role: CoderRole, reason: str = "") -> Review:
    """The review after ``actor`` (of ``role``) takes ``action``; a one-line InputError when that is not allowed.

    Approving or requesting changes records the reviewer; the reason of a request for changes stays with the
    layer (so its coder sees what to change) until the layer is approved.
    """
    sources, target = TRANSITIONS[action]
    if review.status not in sources:
        allowed = " or ".join(sorted(str(s).replace("_", " ") for s in sources))
        status = str(review.status).replace("_", " ")
        raise InputError(f"cannot {phrase(action)} {describe_layer(review)}: it is {status}, not {allowed}")
    _check_actor(review, action, actor, role)
    reason = reason.strip()
    if action is ReviewAction.REQUEST_CHANGES:
        if not reason:
            raise InputError(f"requesting changes to {describe_layer(review)} needs a reason")
        return dataclasses.replace(review, status=target, reason=reason, reviewer=actor)
    if action is ReviewAction.APPROVE:
        return dataclasses.replace(review, status=target, reason="", reviewer=actor)
    return dataclasses.replace(review, status=target)


# -- blind double coding ---------------------------------------------------------------------------------------------


def is_blinded(assignment: Assignment | None, status: ReviewStatus | None) -> bool:
    """A blind assignee sees only their own layer until they first submit it. ``status`` None means the layer has
    no review record, i.e. was never submitted: the first submission creates the record (undoing it removes it),
    so a reopened draft has seen the others already and stays unblinded."""
    return assignment is not None and assignment.blind and status is None


def visible_coders(viewer: str, assignment: Assignment | None, status: ReviewStatus | None) -> frozenset[str] | None:
    """Whose layers ``viewer`` may see in a session: None for everyone's, else the set of coders (their own).

    ``assignment`` is the viewer's assignment to the session (if any), ``status`` their stored review status there
    (None: never submitted).
    """
    return frozenset({viewer}) if is_blinded(assignment, status) else None


def check_visible(visible: frozenset[str] | None, coder: str | None, session_id: int) -> None:
    """Refuse, in one line, a read of another coder's layer that blind coding hides."""
    if visible is not None and coder is not None and coder not in visible:
        raise InputError(
            f"{coder}'s coding of session {session_id} is hidden from you while you code it blind; submit yours first"
        )


def only_visible(items: Iterable[T], visible: frozenset[str] | None, coder_of: str = "coder") -> list[T]:
    """The items whose coder is visible (every item when ``visible`` is None)."""
    if visible is None:
        return list(items)
    return [item for item in items if getattr(item, coder_of) in visible]


# -- coders -----------------------------------------------------------------------------------------------------------


def coder_role(role: CoderRole | str) -> CoderRole:
    try:
        return CoderRole(role)
    except ValueError:
        known = ", ".join(r.value for r in CoderRole)
        raise InputError(f"unknown coder role {role!r} (known: {known})") from None


def check_person(name: str) -> str:
    """A coder who is a person: named, and not the reserved consensus layer."""
    name = name.strip()
    if not name:
        raise InputError("a coder needs a name")
    if name == CONSENSUS:
        raise InputError(f"{CONSENSUS!r} is the reserved consensus layer, not a coder")
    return name


def check_team(actor: str, role: CoderRole, what: str) -> None:
    if role not in TEAM_ROLES:
        raise InputError(f"only a supervisor or researcher can {what} ({actor} is a {role})")


# -- comment threads --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """What a comment can be anchored to: where it is (its turn) and whose layer it belongs to."""

    turn_index: int | None
    coder: str


def thread_position(comment: Comment, markers: Mapping[int, Anchor], episodes: Mapping[int, Anchor]) -> int | None:
    if comment.marker_id is not None:
        anchor = markers.get(comment.marker_id)
        return anchor.turn_index if anchor else None
    if comment.episode_id is not None:
        anchor = episodes.get(comment.episode_id)
        return anchor.turn_index if anchor else None
    return comment.turn_index


def comment_threads(
    comments: Iterable[Comment],
    markers: Mapping[int, Anchor],
    episodes: Mapping[int, Anchor],
    visible: frozenset[str] | None = None,
) -> list[CommentThread]:
    """Comments as threads in transcript order: comments on the whole session first, then by the turn they sit on,
    then oldest first; replies oldest first. With ``visible`` (blind coding), threads on a marker or episode of a
    hidden layer are left out."""
    comments = list(comments)
    replies: dict[int, list[Comment]] = {}
    for c in comments:
        if c.parent_id is not None:
            replies.setdefault(c.parent_id, []).append(c)
    threads = []
    for c in comments:
        if c.parent_id is not None:
            continue
        layer = markers.get(c.marker_id) if c.marker_id is not None else None
        if c.episode_id is not None:
            layer = episodes.get(c.episode_id)
        if visible is not None and layer is not None and layer.coder not in visible:
            continue
        answers = sorted(replies.get(c.id, []) if c.id is not None else [], key=lambda r: r.id or 0)
        threads.append(CommentThread(c, tuple(answers), thread_position(c, markers, episodes)))
    return sorted(threads, key=lambda t: (t.turn_index is not None, t.turn_index or 0, t.comment.id or 0))
