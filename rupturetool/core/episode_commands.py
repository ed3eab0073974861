"""Undoable edits of rupture episodes: create, delete, and change markers, stages, strategies or outcome.

An edit holds the whole episode before and after it; the store writes an episode exactly as given under its id
(its marker links, stages and strategies replaced), so undo gives back precisely the earlier episode and redo
the same ids. Deleting is a soft delete: undo brings the episode back with its id, stages and strategies.
The pure functions below build the "after" episode and refuse impossible edits with a one-line error.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol

from rupturetool.core.commands import Change
from rupturetool.core.domain import Family, Marker, Outcome, RuptureEpisode, StageEvent, StrategyEvent
from rupturetool.core.errors import InputError, NotFoundError

STAGES = range(1, 5)  # the Safran–Muran resolution stages


class EpisodeStore(Protocol):
    def add_episode(self, episode: RuptureEpisode) -> RuptureEpisode: ...
    def save_episode(self, episode: RuptureEpisode, *, action: str) -> RuptureEpisode: ...
    def delete_episode(self, episode_id: int, *, coder: str) -> RuptureEpisode: ...


def describe_episode(episode: RuptureEpisode) -> str:
    number = f" {episode.id}" if episode.id is not None else ""
    return f"{episode.family} episode{number}"


# -- building the episode after an edit ---------------------------------------------------------------------------


def episode_family(markers: Sequence[Marker]) -> Family:
    """The markers' family, or the most common one (ties: the first marker's)."""
    if not markers:
        raise InputError("an episode needs at least one marker")
    counts = Counter(m.family for m in markers)
    best = max(counts.values())
    family = next(m.family for m in markers if counts[m.family] == best)
    try:
        return Family(family)
    except ValueError:
        raise InputError(f"markers of family {family!r} cannot form a rupture episode") from None


def check_markers(
    marker_ids: Sequence[int],
    live: dict[int, Marker],
    *,
    session_id: int,
    coder: str,
    taken: dict[int, int],
    episode_id: int | None = None,
) -> list[Marker]:
    """The markers for an episode: the coder's live markers of the session, each in no other episode."""
    if not marker_ids:
        raise InputError("an episode needs at least one marker")
    if len(set(marker_ids)) != len(marker_ids):
        raise InputError("a marker is listed twice")
    markers = []
    for marker_id in marker_ids:
        marker = live.get(marker_id)
        if marker is None or marker.session_id != session_id:
            raise NotFoundError(f"no marker {marker_id} in session {session_id}")
        if marker.coder != coder:
            raise InputError(f"marker {marker_id} was coded by {marker.coder}, not {coder}")
        other = taken.get(marker_id)
        if other is not None and other != episode_id:
            raise InputError(f"marker {marker_id} already belongs to episode {other}")
        markers.append(marker)
    return markers


def with_markers(episode: RuptureEpisode, marker_ids: Iterable[int], live: Iterable[int]) -> RuptureEpisode:
    """The episode on ``marker_ids``; links to deleted markers are kept, so undoing their removal restores them."""
    alive = set(live)
    hidden = tuple(m for m in episode.marker_ids if m not in alive)
    return dataclasses.replace(episode, marker_ids=tuple(marker_ids) + hidden)


def _check_stage(stage: int) -> None:
    if stage not in STAGES:
        raise InputError(f"resolution stage must be 1–4, not {stage}")


def with_stage(episode: RuptureEpisode, stage: int, turn_index: int) -> RuptureEpisode:
    """The episode reaching ``stage`` at ``turn_index`` (replacing the turn recorded for that stage)."""
    _check_stage(stage)
    stages = [s for s in episode.stages if s.stage != stage] + [StageEvent(stage, turn_index)]
    return dataclasses.replace(episode, stages=tuple(sorted(stages, key=lambda s: s.stage)))


def without_stage(episode: RuptureEpisode, stage: int) -> RuptureEpisode:
    _check_stage(stage)
    if not any(s.stage == stage for s in episode.stages):
        raise InputError(f"{describe_episode(episode)} has no stage {stage} to clear")
    return dataclasses.replace(episode, stages=tuple(s for s in episode.stages if s.stage != stage))


def with_strategy(episode: RuptureEpisode, code: str, turn_index: int) -> RuptureEpisode:
    event = StrategyEvent(code, turn_index)
    if event in episode.strategies:
        raise InputError(f"{describe_episode(episode)} already has {code} on turn {turn_index + 1}")
    strategies = sorted((*episode.strategies, event), key=lambda s: (s.turn_index, s.code))
    return dataclasses.replace(episode, strategies=tuple(strategies))


def without_strategy(episode: RuptureEpisode, code: str, turn_index: int) -> RuptureEpisode:
    event = StrategyEvent(code, turn_index)
    if event not in episode.strategies:
        raise NotFoundError(f"{describe_episode(episode)} has no {code} on turn {turn_index + 1}")
    return dataclasses.replace(episode, strategies=tuple(s for s in episode.strategies if s != event))


def with_outcome(episode: RuptureEpisode, outcome: Outcome | str | None) -> RuptureEpisode:
    try:
        value = Outcome(outcome) if outcome is not None else None
    except ValueError:
        known = ", ".join(o.value for o in Outcome)
        raise InputError(f"unknown outcome {outcome!r} (known: {known})") from None
    return dataclasses.replace(episode, outcome=value)


# -- the commands ----------------------------------------------------------------------------------------------------


class CreateEpisode:
    """Create an episode; redo restores it under the same id."""

    def __init__(self, episode: RuptureEpisode) -> None:
        self._episode = episode
        self.stored: RuptureEpisode | None = None
        self.label = f"Create {describe_episode(episode)}"

    def do(self, store: EpisodeStore) -> Change:
        if self.stored is None:
            self.stored = store.add_episode(self._episode)
        else:
            self.stored = store.save_episode(self.stored, action="restore")
        return Change(self.stored.session_id, episodes=True, description=f"Created {describe_episode(self.stored)}")

    def undo(self, store: EpisodeStore) -> Change:
        assert self.stored is not None and self.stored.id is not None
        store.delete_episode(self.stored.id, coder=self.stored.coder)
        return Change(self.stored.session_id, episodes=True, description=f"Removed {describe_episode(self.stored)}")


class DeleteEpisode:
    def __init__(self, episode: RuptureEpisode) -> None:
        if episode.id is None:
            raise ValueError("only a stored episode can be deleted")
        self._episode = episode
        self.label = f"Delete {describe_episode(episode)}"

    def do(self, store: EpisodeStore) -> Change:
        assert self._episode.id is not None
        store.delete_episode(self._episode.id, coder=self._episode.coder)
        return Change(self._episode.session_id, episodes=True, description=f"Deleted {describe_episode(self._episode)}")

    def undo(self, store: EpisodeStore) -> Change:
        self._episode = store.save_episode(self._episode, action="restore")
        return Change(
            self._episode.session_id, episodes=True, description=f"Restored {describe_episode(self._episode)}"
        )


class EditEpisode:
    """Any change to a stored episode: its markers, a stage, a strategy, the outcome."""

    def __init__(self, before: RuptureEpisode, after: RuptureEpisode, label: str) -> None:
        if before.id is None or before.id != after.id:
            raise ValueError("an edit needs the stored episode before and after, under one id")
        self._before, self._after = before, after
        self.label = label

    def do(self, store: EpisodeStore) -> Change:
        self._after = store.save_episode(self._after, action="edit")
        return Change(self._after.session_id, episodes=True, description=self.label)

    def undo(self, store: EpisodeStore) -> Change:
        self._before = store.save_episode(self._before, action="undo edit")
        return Change(self._before.session_id, episodes=True, description=f"Undid: {self.label}")
