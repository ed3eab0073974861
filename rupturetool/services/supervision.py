"""Supervision on the Project facade: coders and roles, layers, review status, comments, blind double coding and
adjudication into the consensus layer. Each edit is one undoable command, like every other edit."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from rupturetool.core.commands import (
    AddMarker,
    Change,
    Command,
    RemoveMarker,
    Steps,
    nothing_changed,
)
from rupturetool.core.comparison import SegmentComparison, compare_layers, same_code
from rupturetool.core.domain import (
    Assignment,
    Coder,
    CoderRole,
    Comment,
    CommentThread,
    Marker,
    Review,
    ReviewQueueItem,
)
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.core.review import (
    CONSENSUS,
    ReviewAction,
    check_person,
    check_team,
    check_visible,
    coder_role,
    comment_threads,
    describe_layer,
    phrase,
    transition,
    visible_coders,
)
from rupturetool.core.review_commands import (
    AddComment,
    AdoptEpisode,
    ChangeComment,
    DeleteComment,
    SetAssignment,
    SetCoderRole,
    SetReview,
    adopt_marker_label,
    consensus_copy,
    describe_comment,
)
from rupturetool.storage.access import login_coder


class SupervisionMixin:
    # -- supervision: coders and roles ---------------------------------------------------------------------------
    # Layers: each coder's codes for a session are their own layer. Edits (new markers, episodes, measures, slice
    # codes) go to ``layer``: the coder's own, or — for adjudication, after ``use_layer(CONSENSUS)`` — the
    # reserved consensus layer. Edits by id (edit_marker, set_stage...) work on whichever layer the record is in.
    @property
    def layer(self) -> str:
        """Whose codes new markers, episodes, measures and slice codes are: ``coder``, or ``consensus``."""
        return self._layer or self.coder

    def use_layer(self, layer: str | None) -> str:
        """Code into ``layer``: None (or the coder's own name) for their own, ``consensus`` to adjudicate (a
        supervisor or researcher only). Returns the layer now in use."""
        if layer in (None, self.coder):
            self._layer = None
        elif layer == CONSENSUS:
            me = self.current_coder()
            check_team(me.name, me.role, "edit the consensus layer")
            self._layer = CONSENSUS
        else:
            raise InputError(f"you code into your own layer or the {CONSENSUS} layer, not {layer}'s")
        return self.layer

    def current_coder(self) -> Coder:
        """The person coding, with their role (recorded as a therapist the first time they are seen)."""
        return self.repo.ensure_coder(self.coder)

    def switch_coder(self, name: str, role: CoderRole | str | None = None, *, role_if_new: bool = False) -> Coder:
        """Code as ``name`` from now on (the app asks who is coding). The undo history is cleared: one person never
        undoes another's edit. A role given that differs from the stored one is recorded (undoable, audited);
        with ``role_if_new`` only for a coder this database does not know yet (a remembered identity)."""
        name = check_person(name)
        login = login_coder(self.engine)
        if login is not None and name != login:
            raise InputError(f"this database login belongs to {login}; to code as {name}, sign in with {name}'s login")
        if name != self.coder:
            self.history.clear()
            self.coder, self._layer = name, None
        if role is not None and not (role_if_new and self.repo.coder(name) is not None):
            self.set_coder_role(name, role)
        return self.current_coder()

    def coders(self) -> list[Coder]:
        return self.repo.coders()

    def set_coder_role(self, name: str, role: CoderRole | str) -> Change:
        """Make ``name`` a therapist, supervisor or researcher (a coder not yet known is added); undoable."""
        name, wanted = check_person(name), coder_role(role)
        known = self.repo.coder(name)
        if known is not None and known.role == wanted:
            return nothing_changed(None)
        return self.apply(SetCoderRole(name, known.role if known else None, wanted, by=self.coder))

    # -- supervision: review status per session and layer ----------------------------------------------------------
    def review(self, session_id: int, coder: str | None = None) -> Review:
        """The review of ``coder``'s layer of a session (default: the layer in use); a draft when none is stored."""
        who = coder or self.layer
        return self.repo.review(session_id, who) or Review(session_id, who)

    def reviews(self, session_id: int) -> list[Review]:
        """The stored reviews of every layer of a session."""
        return self.repo.reviews(session_id)

    def _review_action(self, session_id: int, coder: str, action: ReviewAction, reason: str = "") -> Change:
        stored = self.repo.review(session_id, coder)
        before = stored or Review(session_id, coder)
        me = self.current_coder()
        after = transition(before, action, actor=me.name, role=me.role, reason=reason)
        label = f"{phrase(action).capitalize()} {describe_layer(before)}"
        return self.apply(SetReview(stored, after, by=me.name, label=label))

    def submit(self, session_id: int) -> Change:
        """Submit the layer in use (the coder's own, or the consensus layer) for review."""
        return self._review_action(session_id, self.layer, ReviewAction.SUBMIT)

    def approve(self, session_id: int, coder: str) -> Change:
        """Approve ``coder``'s submitted layer (a supervisor, not on their own layer)."""
        return self._review_action(session_id, coder, ReviewAction.APPROVE)

    def request_changes(self, session_id: int, coder: str, reason: str) -> Change:
        """Send ``coder``'s submitted (or approved) layer back, saying why (a supervisor, not on their own)."""
        return self._review_action(session_id, coder, ReviewAction.REQUEST_CHANGES, reason)

    def reopen(self, session_id: int) -> Change:
        """Take the layer in use back to draft (withdrawing a submission, or starting on requested changes)."""
        return self._review_action(session_id, self.layer, ReviewAction.REOPEN)

    def review_queue(self) -> list[ReviewQueueItem]:
        """Submitted layers awaiting the current coder, a supervisor (their own are never in it)."""
        me = self.current_coder()
        if me.role != CoderRole.SUPERVISOR:
            raise InputError(f"the review queue is a supervisor's; {me.name} is a {me.role}")
        return self.repo.review_queue(exclude=me.name)

    # -- supervision: comments -------------------------------------------------------------------------------------
    def comments(self, session_id: int) -> list[CommentThread]:
        """A session's comment threads in transcript order (see ``core.review.comment_threads``)."""
        markers, episodes = self.repo.comment_anchors(session_id)
        visible = self.visible_coders(session_id)
        return comment_threads(self.repo.comments(session_id), markers, episodes, visible)

    def add_comment(
        self,
        session_id: int,
        text: str,
        *,
        turn_index: int | None = None,
        marker_id: int | None = None,
        episode_id: int | None = None,
    ) -> Change:
        """A comment on a turn, a marker, an episode or (none given) the whole session; the change's
        ``comment_id`` is the new comment's id."""
        if marker_id is not None or episode_id is not None:
            markers, episodes = self.repo.comment_anchors(session_id)
            anchor = markers.get(marker_id) if marker_id is not None else episodes.get(episode_id or 0)
            if anchor is not None:
                check_visible(self.visible_coders(session_id), anchor.coder, session_id)
        comment = Comment(
            session_id, self.coder, text.strip(), turn_index=turn_index, marker_id=marker_id, episode_id=episode_id
        )
        return self.apply(AddComment(comment))

    def reply(self, comment_id: int, text: str) -> Change:
        """Answer a comment; a reply to a reply joins the same thread."""
        parent = self.repo.comment(comment_id)
        root = parent.parent_id if parent.parent_id is not None else comment_id
        return self.apply(AddComment(Comment(parent.session_id, self.coder, text.strip(), parent_id=root)))

    def resolve_comment(self, comment_id: int, resolved: bool = True) -> Change:
        """Mark a thread resolved (or open again); given a reply, its thread."""
        comment = self.repo.comment(comment_id)
        if comment.parent_id is not None:
            comment = self.repo.comment(comment.parent_id)
        if comment.resolved == resolved:
            return nothing_changed(comment.session_id)
        label = f"{'Resolve' if resolved else 'Reopen'} {describe_comment(comment)}"
        after = dataclasses.replace(comment, resolved=resolved)
        return self.apply(ChangeComment(comment, after, by=self.coder, label=label))

    def _own_comment(self, comment_id: int, what: str) -> Comment:
        comment = self.repo.comment(comment_id)
        if comment.author != self.coder:
            raise InputError(f"only its author ({comment.author}) can {what} comment {comment_id}")
        return comment

    def edit_comment(self, comment_id: int, text: str) -> Change:
        before = self._own_comment(comment_id, "edit")
        after = dataclasses.replace(before, text=text.strip())
        if after == before:
            return nothing_changed(before.session_id)
        return self.apply(ChangeComment(before, after, by=self.coder, label=f"Edit {describe_comment(before)}"))

    def delete_comment(self, comment_id: int) -> Change:
        """Delete a comment of one's own; its replies go with it (undo brings them back)."""
        return self.apply(DeleteComment(self._own_comment(comment_id, "delete"), by=self.coder))

    # -- supervision: blind double coding --------------------------------------------------------------------------
    def visible_coders(self, session_id: int) -> frozenset[str] | None:
        """Whose layers of a session the current coder may see: None for all; only their own while they code it
        blind and have not submitted (see ``core.review.visible_coders``)."""
        assignment, status = self.repo.blind_state(session_id, self.coder)
        return visible_coders(self.coder, assignment, status)

    def assignments(self, session_id: int) -> list[Assignment]:
        return self.repo.assignments(session_id)

    def _set_assignment(self, session_id: int, coder: str, after: Assignment | None) -> Change:
        me = self.current_coder()
        check_team(me.name, me.role, "assign sessions")
        before = self.repo.assignment(session_id, coder)
        if after is None and before is None:
            raise NotFoundError(f"session {session_id} is not assigned to {coder}")
        if before is not None and after is not None and before.blind == after.blind:
            return nothing_changed(session_id)
        return self.apply(SetAssignment(before, after, session_id=session_id, coder=coder, by=me.name))

    def assign_second_coder(self, session_id: int, coder: str, blind: bool = True) -> Change:
        """Give a session to ``coder`` to code (too); ``blind``: they see only their own layer until they submit.
        A supervisor or researcher assigns; assigning again changes blind mode."""
        coder = check_person(coder)
        self.session(session_id)  # a one-line NotFoundError for a wrong id
        return self._set_assignment(session_id, coder, Assignment(session_id, coder, blind, assigned_by=self.coder))

    def unassign(self, session_id: int, coder: str) -> Change:
        return self._set_assignment(session_id, coder, None)

    # -- supervision: adjudication into the consensus layer ----------------------------------------------------------
    def _check_adjudicator(self) -> None:
        me = self.current_coder()
        check_team(me.name, me.role, "build the consensus layer")

    def _consensus_twin(self, marker: Marker, consensus: Sequence[Marker]) -> Marker | None:
        """The consensus marker already made from ``marker`` (same turn, span and code), if any."""
        key = (marker.turn_index, marker.start_char, marker.end_char, marker.subtype)
        return next((m for m in consensus if (m.turn_index, m.start_char, m.end_char, m.subtype) == key), None)

    def adopt_marker(self, marker_id: int) -> Change:
        """Copy a coder's marker into the consensus layer (take A's, or B's); undoable."""
        self._check_adjudicator()
        marker = self.repo.marker(marker_id)
        if marker.coder == CONSENSUS:
            raise InputError(f"marker {marker_id} is already in the {CONSENSUS} layer")
        twin = self._consensus_twin(marker, self.repo.markers(marker.session_id, CONSENSUS))
        if twin is not None:
            raise InputError(f"marker {marker_id} is already in the {CONSENSUS} layer as marker {twin.id}")
        command = AddMarker(consensus_copy(marker, CONSENSUS))
        command.label = adopt_marker_label(marker)
        return self.apply(command)

    def adopt_episode(self, episode_id: int) -> Change:
        """Copy a coder's episode into the consensus layer, with its markers (those already adopted are reused),
        stages, strategies, outcome and note; undoable as one action."""
        self._check_adjudicator()
        episode = self.repo.episode(episode_id)
        if episode.coder == CONSENSUS:
            raise InputError(f"episode {episode_id} is already in the {CONSENSUS} layer")
        live = {m.id: m for m in self.repo.markers(episode.session_id, episode.coder)}
        consensus = self.repo.markers(episode.session_id, CONSENSUS)
        taken = self.repo.episode_ids_by_marker(episode.session_id)
        new, adopted = [], []
        for marker in (live[i] for i in episode.marker_ids if i in live):
            twin = self._consensus_twin(marker, consensus)
            if twin is None:
                new.append(consensus_copy(marker, CONSENSUS))
            elif twin.id in taken:
                other = taken[twin.id]
                raise InputError(f"marker {marker.id}'s consensus copy (marker {twin.id}) is in episode {other}")
            else:
                adopted.append(twin.id)
        if not new and not adopted:
            raise InputError(f"episode {episode_id} has no live markers to adopt")
        return self.apply(AdoptEpisode(dataclasses.replace(episode, coder=CONSENSUS), new, adopted))

    def compare(self, session_id: int, coder_a: str, coder_b: str) -> list[SegmentComparison]:
        """Every segment of a session with A's, B's and the consensus layer's codes on it (both layers must be
        visible to the current coder: a blind coder compares only after submitting)."""
        turns = self.session(session_id).turns
        a, b = self.markers(session_id, coder_a), self.markers(session_id, coder_b)
        return compare_layers(turns, a, b, self.markers(session_id, CONSENSUS))

    def adjudicate_segment(self, session_id: int, turn_index: int, segment_index: int, take: str) -> Change:
        """Make the consensus codes of one segment those of ``take``'s layer ("take A" / "take B"): the consensus
        markers there that ``take`` lacks are removed, ``take``'s markers the consensus lacks are copied. One undoable
        action; taking a layer with nothing on the segment clears it."""
        self._check_adjudicator()
        if take == CONSENSUS:
            raise InputError(f"take a coder's codes into the {CONSENSUS} layer, not the {CONSENSUS} layer itself")
        turns = self.session(session_id).turns
        if not any(t.index == turn_index and any(s.index == segment_index for s in t.segments) for t in turns):
            raise NotFoundError(f"session {session_id} has no segment {segment_index + 1} on turn {turn_index + 1}")
        source = self.markers(session_id, take)
        [row] = [
            r
            for r in compare_layers(turns, source, (), self.markers(session_id, CONSENSUS))
            if (r.turn_index, r.segment_index) == (turn_index, segment_index)
        ]
        steps: list[Command] = [RemoveMarker(m) for m in row.consensus if not any(same_code(m, s) for s in row.a)]
        steps += [
            AddMarker(consensus_copy(m, CONSENSUS)) for m in row.a if not any(same_code(m, c) for c in row.consensus)
        ]
        if not steps:
            return nothing_changed(session_id)
        where = f"turn {turn_index + 1} segment {segment_index + 1}"
        return self.apply(Steps(steps, f"Take {take}'s codes on {where} into the {CONSENSUS} layer", session_id))
