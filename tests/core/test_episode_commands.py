"""Episode commands against an in-memory store (no database): exact undo, same ids on redo, pure edit helpers."""

from __future__ import annotations

import dataclasses

import pytest

from rupturetool.core import episode_commands as ep
from rupturetool.core.commands import UndoStack
from rupturetool.core.domain import Family, Marker, Outcome, RuptureEpisode, StageEvent, StrategyEvent
from rupturetool.core.episode_proposal import propose_episodes
from rupturetool.core.errors import InputError, NotFoundError


class MemoryEpisodes:
    """An EpisodeStore in memory: soft delete, save under the given id."""

    def __init__(self) -> None:
        self.rows: dict[int, RuptureEpisode] = {}
        self.deleted: set[int] = set()
        self.next_id = 1

    def add_episode(self, episode: RuptureEpisode) -> RuptureEpisode:
        stored = dataclasses.replace(episode, id=self.next_id)
        self.next_id += 1
        self.rows[stored.id] = stored  # type: ignore[index]
        return stored

    def save_episode(self, episode: RuptureEpisode, *, action: str) -> RuptureEpisode:
        assert episode.id is not None
        self.rows[episode.id] = episode
        self.deleted.discard(episode.id)
        return episode

    def delete_episode(self, episode_id: int, *, coder: str) -> RuptureEpisode:
        if episode_id not in self.rows or episode_id in self.deleted:
            raise NotFoundError(f"no episode with id {episode_id}")
        self.deleted.add(episode_id)
        return self.rows[episode_id]

    def live(self) -> dict[int, RuptureEpisode]:
        return {k: v for k, v in self.rows.items() if k not in self.deleted}


def marker(mid: int, turn: int, subtype: str = "W2", coder: str = "ana", significance: int = 3) -> Marker:
    family = "withdrawal" if subtype.startswith("W") else "confrontation"
    return Marker(7, turn, 0, 5, family, subtype, coder, significance=significance, id=mid)


def test_create_undo_redo_keeps_the_id() -> None:
    store = MemoryEpisodes()
    stack = UndoStack(store)
    command = ep.CreateEpisode(RuptureEpisode(7, "ana", Family.WITHDRAWAL, marker_ids=(1, 2)))
    change = stack.push(command)
    assert (change.session_id, change.episodes, change.markers) == (7, True, False)
    assert change.description == "Created withdrawal episode 1"
    created = store.live()[1]
    stack.undo()
    assert store.live() == {}
    stack.redo()
    assert store.live() == {1: created}
    assert store.next_id == 2  # redo restored, it did not add a second episode


def test_delete_then_undo_restores_stages_and_strategies() -> None:
    store = MemoryEpisodes()
    stored = store.add_episode(
        RuptureEpisode(7, "ana", Family.CONFRONTATION, (3,), (StageEvent(1, 4),), (StrategyEvent("R4", 4),))
    )
    stack = UndoStack(store)
    stack.push(ep.DeleteEpisode(stored))
    assert store.live() == {}
    assert stack.undo_label == "Delete confrontation episode 1"
    stack.undo()
    assert store.live() == {1: stored}


def test_edits_undo_to_exactly_the_previous_episode() -> None:
    store = MemoryEpisodes()
    first = store.add_episode(RuptureEpisode(7, "ana", Family.WITHDRAWAL, (1,)))
    stack = UndoStack(store)
    steps = [
        ep.with_stage(first, 2, 5),
        ep.with_strategy(ep.with_stage(first, 2, 5), "R1", 5),
    ]
    stack.push(ep.EditEpisode(first, steps[0], "Set stage 2"))
    stack.push(ep.EditEpisode(steps[0], steps[1], "Add R1"))
    assert store.rows[1] == steps[1]
    stack.undo()
    assert store.rows[1] == steps[0]
    stack.undo()
    assert store.rows[1] == first
    stack.redo()
    stack.redo()
    assert store.rows[1] == steps[1]


def test_stage_helpers() -> None:
    episode = RuptureEpisode(7, "ana", Family.WITHDRAWAL, (1,), stages=(StageEvent(2, 9),))
    one = ep.with_stage(episode, 1, 4)
    assert one.stages == (StageEvent(1, 4), StageEvent(2, 9))
    assert ep.with_stage(one, 2, 11).stages == (StageEvent(1, 4), StageEvent(2, 11))  # replaces that stage's turn
    assert ep.without_stage(one, 2).stages == (StageEvent(1, 4),)
    with pytest.raises(InputError, match="resolution stage must be 1–4, not 5"):
        ep.with_stage(episode, 5, 1)
    with pytest.raises(InputError, match="has no stage 3 to clear"):
        ep.without_stage(episode, 3)


def test_strategy_and_outcome_helpers() -> None:
    episode = RuptureEpisode(7, "ana", Family.WITHDRAWAL, (1,), id=4)
    two = ep.with_strategy(ep.with_strategy(episode, "R4", 6), "R1", 2)
    assert two.strategies == (StrategyEvent("R1", 2), StrategyEvent("R4", 6))
    with pytest.raises(InputError, match="withdrawal episode 4 already has R1 on turn 3"):
        ep.with_strategy(two, "R1", 2)
    assert ep.without_strategy(two, "R4", 6).strategies == (StrategyEvent("R1", 2),)
    with pytest.raises(NotFoundError, match="has no R4 on turn 2"):
        ep.without_strategy(two, "R4", 1)
    assert ep.with_outcome(episode, "partial").outcome is Outcome.PARTIAL
    assert ep.with_outcome(ep.with_outcome(episode, Outcome.RESOLVED), None).outcome is None
    with pytest.raises(InputError, match="unknown outcome 'fixed'"):
        ep.with_outcome(episode, "fixed")


def test_markers_keep_links_to_deleted_markers() -> None:
    episode = RuptureEpisode(7, "ana", Family.WITHDRAWAL, (1, 2, 3))
    assert ep.with_markers(episode, [4, 1], live=[1, 3, 4]).marker_ids == (4, 1, 2)  # 2 is deleted: kept


def test_check_markers() -> None:
    live = {1: marker(1, 2), 2: marker(2, 3, coder="ben"), 3: marker(3, 4)}
    args = {"session_id": 7, "coder": "ana", "taken": {3: 12}}
    assert [m.id for m in ep.check_markers([1], live, **args)] == [1]  # type: ignore[arg-type]
    for ids, message in [
        ([], "at least one marker"),
        ([1, 1], "listed twice"),
        ([9], "no marker 9 in session 7"),
        ([2], "marker 2 was coded by ben, not ana"),
        ([3], "marker 3 already belongs to episode 12"),
    ]:
        with pytest.raises((InputError, NotFoundError), match=message):
            ep.check_markers(ids, live, **args)  # type: ignore[arg-type]
    assert ep.check_markers([3], live, **args, episode_id=12)  # type: ignore[arg-type]  # its own episode


def test_episode_family_is_the_most_common() -> None:
    assert ep.episode_family([marker(1, 1, "C1"), marker(2, 2, "W1"), marker(3, 3, "W2")]) is Family.WITHDRAWAL
    assert ep.episode_family([marker(1, 1, "C1"), marker(2, 2, "W1")]) is Family.CONFRONTATION  # tie: the first


def test_propose_groups_nearby_markers_of_one_family() -> None:
    markers = [
        marker(1, 2, "W1"),
        marker(2, 5, "W2"),  # 3 turns after 1: same group
        marker(3, 6, "C1"),  # another family: its own group
        marker(4, 9, "W3"),  # 4 turns after 2: a new group
        marker(5, 9, "C2"),  # 3 turns after 3
        marker(6, 10, "W4"),
        marker(7, 30, "W5"),  # taken
        marker(8, 40, "C3"),  # alone
    ]
    assert propose_episodes(list(reversed(markers)), taken={7}) == [(1, 2), (3, 5), (4, 6), (8,)]
    assert propose_episodes(markers, taken={7}, max_gap=0) == [(1,), (2,), (3,), (4,), (5,), (6,), (8,)]
    assert propose_episodes([]) == []
