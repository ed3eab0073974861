"""Undoable supervision edits: review status, coder roles, comments, assignments, and adopting codes into the
consensus layer. Each runs in one transaction (see :class:`~rupturetool.core.commands.UndoStack`) and the store
writes an audit event for every change. Records are written whole, before or after, under their ids, so undo
and redo give back the same rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from rupturetool.core.commands import Change, describe_marker
from rupturetool.core.domain import Assignment, Coder, CoderRole, Comment, Marker, Review, RuptureEpisode


@dataclass(frozen=True)
class SupervisionChange(Change):
    """A :class:`Change` that also says which supervision records changed (views that know only Change still
    refresh from ``session_id`` and ``description``)."""

    reviews: bool = False
    comments: bool = False
    assignments: bool = False
    coders: bool = False
    comment_id: int | None = None  # the comment added (or changed), so a view can select it


class SupervisionStore(Protocol):
    def save_review(self, review: Review, *, by: str) -> Review: ...
    def delete_review(self, session_id: int, coder: str, *, by: str) -> None: ...
    def set_coder_role(self, name: str, role: CoderRole, *, by: str) -> Coder: ...
    def add_comment(self, comment: Comment) -> Comment: ...
    def save_comment(self, comment: Comment, *, by: str, action: str) -> Comment: ...
    def delete_comment(self, comment_id: int, *, by: str) -> Comment: ...
    def save_assignment(self, assignment: Assignment, *, by: str) -> Assignment: ...
    def delete_assignment(self, session_id: int, coder: str, *, by: str) -> None: ...


class AdoptionStore(Protocol):
    def add_marker(self, marker: Marker) -> Marker: ...
    def restore_marker(self, marker: Marker) -> Marker: ...
    def delete_marker(self, marker_id: int, *, coder: str) -> Marker: ...
    def add_episode(self, episode: RuptureEpisode) -> RuptureEpisode: ...
    def save_episode(self, episode: RuptureEpisode, *, action: str) -> RuptureEpisode: ...
    def delete_episode(self, episode_id: int, *, coder: str) -> RuptureEpisode: ...


class SetReview:
    """Move a layer's review to a new status (``before`` None: the layer had no review record yet)."""

    def __init__(self, before: Review | None, after: Review, *, by: str, label: str) -> None:
        self._before, self._after, self.by, self.label = before, after, by, label

    def _write(self, store: SupervisionStore, target: Review | None) -> None:
        if target is None:
            store.delete_review(self._after.session_id, self._after.coder, by=self.by)
        else:
            store.save_review(target, by=self.by)

    def do(self, store: SupervisionStore) -> Change:
        self._write(store, self._after)
        return SupervisionChange(self._after.session_id, reviews=True, description=self.label)

    def undo(self, store: SupervisionStore) -> Change:
        self._write(store, self._before)
        return SupervisionChange(self._after.session_id, reviews=True, description=f"Undid: {self.label}")


class SetCoderRole:
    def __init__(self, name: str, before: CoderRole | None, after: CoderRole, *, by: str) -> None:
        self.name, self._before, self._after, self.by = name, before, after, by
        self.label = f"Make {name} a {after}"

    def do(self, store: SupervisionStore) -> Change:
        store.set_coder_role(self.name, self._after, by=self.by)
        return SupervisionChange(coders=True, description=self.label)

    def undo(self, store: SupervisionStore) -> Change:
        # A coder created by this command stays (markers may refer to them); they get the default role back.
        store.set_coder_role(self.name, self._before or CoderRole.THERAPIST, by=self.by)
        return SupervisionChange(coders=True, description=f"Undid: {self.label}")


def describe_comment(comment: Comment) -> str:
    if comment.parent_id is not None:
        return f"reply to comment {comment.parent_id}"
    if comment.marker_id is not None:
        return f"comment on marker {comment.marker_id}"
    if comment.episode_id is not None:
        return f"comment on episode {comment.episode_id}"
    if comment.turn_index is not None:
        return f"comment on turn {comment.turn_index + 1}"
    return f"comment on session {comment.session_id}"


class AddComment:
    """Add a comment or reply; redo restores it under the same id."""

    def __init__(self, comment: Comment) -> None:
        self._comment = comment
        self.stored: Comment | None = None
        self.label = f"Add {describe_comment(comment)}"

    def do(self, store: SupervisionStore) -> Change:
        if self.stored is None:
            self.stored = store.add_comment(self._comment)
        else:
            self.stored = store.save_comment(self.stored, by=self.stored.author, action="restore")
        return SupervisionChange(
            self.stored.session_id,
            comments=True,
            description=f"Added {describe_comment(self.stored)}",
            comment_id=self.stored.id,
        )

    def undo(self, store: SupervisionStore) -> Change:
        assert self.stored is not None and self.stored.id is not None
        store.delete_comment(self.stored.id, by=self.stored.author)
        return SupervisionChange(self.stored.session_id, comments=True, description=f"Undid: {self.label}")


class ChangeComment:
    """Edit a comment's text or its resolved flag."""

    def __init__(self, before: Comment, after: Comment, *, by: str, label: str) -> None:
        if before.id is None or before.id != after.id:
            raise ValueError("a comment edit needs the stored comment before and after, under one id")
        self._before, self._after, self.by, self.label = before, after, by, label

    def do(self, store: SupervisionStore) -> Change:
        self._after = store.save_comment(self._after, by=self.by, action="edit")
        return SupervisionChange(
            self._after.session_id, comments=True, description=self.label, comment_id=self._after.id
        )

    def undo(self, store: SupervisionStore) -> Change:
        self._before = store.save_comment(self._before, by=self.by, action="undo edit")
        return SupervisionChange(
            self._before.session_id, comments=True, description=f"Undid: {self.label}", comment_id=self._before.id
        )


class DeleteComment:
    """Delete a comment (its replies go with it, as they answer it); undo brings the thread back."""

    def __init__(self, comment: Comment, *, by: str) -> None:
        if comment.id is None:
            raise ValueError("only a stored comment can be deleted")
        self._comment, self.by = comment, by
        self.label = f"Delete {describe_comment(comment)}"

    def do(self, store: SupervisionStore) -> Change:
        assert self._comment.id is not None
        store.delete_comment(self._comment.id, by=self.by)
        return SupervisionChange(self._comment.session_id, comments=True, description=self.label)

    def undo(self, store: SupervisionStore) -> Change:
        self._comment = store.save_comment(self._comment, by=self.by, action="restore")
        return SupervisionChange(
            self._comment.session_id, comments=True, description=f"Undid: {self.label}", comment_id=self._comment.id
        )


class SetAssignment:
    """Assign a session to a coder (or change blind mode), or withdraw the assignment (``after`` None)."""

    def __init__(
        self, before: Assignment | None, after: Assignment | None, *, session_id: int, coder: str, by: str
    ) -> None:
        self._before, self._after = before, after
        self.session_id, self.coder, self.by = session_id, coder, by
        if after is None:
            self.label = f"Withdraw {coder}'s assignment to session {session_id}"
        else:
            self.label = f"Assign session {session_id} to {coder}{' blind' if after.blind else ''}"

    def _write(self, store: SupervisionStore, target: Assignment | None) -> Assignment | None:
        if target is None:
            store.delete_assignment(self.session_id, self.coder, by=self.by)
            return None
        return store.save_assignment(target, by=self.by)

    def do(self, store: SupervisionStore) -> Change:
        self._after = self._write(store, self._after)
        # Blind mode decides which layers the assignee sees: their views reload the markers and episodes too.
        return SupervisionChange(self.session_id, markers=True, episodes=True, assignments=True, description=self.label)

    def undo(self, store: SupervisionStore) -> Change:
        self._before = self._write(store, self._before)
        return SupervisionChange(
            self.session_id, markers=True, episodes=True, assignments=True, description=f"Undid: {self.label}"
        )


# -- adjudication: copying codes into the consensus layer ----------------------------------------------------------


def consensus_copy(marker: Marker, consensus: str) -> Marker:
    """``marker`` as a new marker of the consensus layer (same span, code, significance, actor and note)."""
    return dataclasses.replace(marker, coder=consensus, id=None, created_at=None)


class AdoptEpisode:
    """Copy an episode into the consensus layer: its markers not yet adopted are copied first (``new_markers``),
    those already adopted (``adopted``: the consensus marker ids) are reused; the episode gets its stages,
    strategies, outcome and note. Undo removes the episode and the markers this command copied."""

    def __init__(self, episode: RuptureEpisode, new_markers: Sequence[Marker], adopted: Sequence[int]) -> None:
        self._episode = episode
        self._new = list(new_markers)
        self._adopted = list(adopted)
        self.stored_markers: list[Marker] = []
        self.stored: RuptureEpisode | None = None
        self.label = f"Adopt {episode.family} episode {episode.id} into the consensus layer"

    def do(self, store: AdoptionStore) -> Change:
        if self.stored is None:
            self.stored_markers = [store.add_marker(m) for m in self._new]
            ids = sorted(self._adopted + [m.id for m in self.stored_markers if m.id is not None])
            self.stored = store.add_episode(dataclasses.replace(self._episode, marker_ids=tuple(ids)))
        else:
            self.stored_markers = [store.restore_marker(m) for m in self.stored_markers]
            self.stored = store.save_episode(self.stored, action="restore")
        return Change(self.stored.session_id, markers=True, episodes=True, description=self.label)

    def undo(self, store: AdoptionStore) -> Change:
        assert self.stored is not None and self.stored.id is not None
        store.delete_episode(self.stored.id, coder=self.stored.coder)
        for marker in reversed(self.stored_markers):
            assert marker.id is not None
            store.delete_marker(marker.id, coder=marker.coder)
        return Change(self.stored.session_id, markers=True, episodes=True, description=f"Undid: {self.label}")


def adopt_marker_label(marker: Marker) -> str:
    return f"Adopt {marker.coder}'s {describe_marker(marker)} into the consensus layer"
