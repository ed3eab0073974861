"""Proposing rupture episodes: nearby markers of one family, not yet in an episode, probably belong together."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from rupturetool.core.domain import Marker

MAX_TURN_GAP = 3  # a marker within 3 turns of the previous marker of its group joins the group


def propose_episodes(
    markers: Sequence[Marker], taken: Collection[int] = (), max_gap: int = MAX_TURN_GAP
) -> list[tuple[int, ...]]:
    """Groups of marker ids in transcript order: each marker joins the open group of its family when it lies
    within ``max_gap`` turns of that group's last marker, else starts a new group. A lone marker is a group of
    one (an episode may hold a single marker). Markers in ``taken`` (already in an episode) are left out."""
    ordered = sorted(
        (m for m in markers if m.id is not None and m.id not in taken),
        key=lambda m: (m.turn_index, m.start_char, m.id),
    )
    groups: list[list[Marker]] = []
    open_group: dict[str, list[Marker]] = {}
    for marker in ordered:
        group = open_group.get(marker.family)
        if group is not None and marker.turn_index - group[-1].turn_index <= max_gap:
            group.append(marker)
        else:
            group = [marker]
            groups.append(group)
            open_group[marker.family] = group
    return [tuple(m.id for m in group if m.id is not None) for group in groups]
