"""Do a coder's 3RS segment-level codes agree with the markers on the text? One line per disagreement.

Per 5-minute slice and family: a family marked on the text (or a subtype ticked) must be rated, and the rating
may not be more than ``RATING_TOLERANCE`` below the most significant marker of that family in the slice; a
rating above 1 ("barely present") needs a marker or a tick of that family. A marker on the text counts as a tick
of its subtype automatically. Codes on slices the session no longer has (after a text edit) are reported too.
"""

from __future__ import annotations

from collections.abc import Sequence

from rupturetool.core.domain import Marker, SliceCode
from rupturetool.core.scheme import CodingScheme
from rupturetool.core.timeslices import TimeSlice

RATING_TOLERANCE = 1  # a rating one point under the strongest marker is a judgement call, two points is not
ABSENT = 1  # the lowest significance: barely present, so it needs no evidence


def slice_name(time_slice: TimeSlice) -> str:
    return f"segment {time_slice.index + 1} ({time_slice.start_minute:g}–{time_slice.end_minute:g} min)"


def slice_consistency(
    slices: Sequence[TimeSlice],
    markers: Sequence[Marker],
    codes: Sequence[SliceCode],
    scheme: CodingScheme,
) -> list[str]:
    """The inconsistencies of one coder's codes (pass that coder's markers and slice codes)."""
    family_of = {sub.code: fam.code for fam in scheme.families for sub in fam.subtypes}
    slice_of_turn = {turn: s.index for s in slices for turn in s.turns}
    issues: list[str] = []
    known = {s.index for s in slices}
    for index in sorted({c.slice_index for c in codes} - known):
        issues.append(f"segment {index + 1}: coded, but the session has only {len(slices)} segments")
    for time_slice in slices:
        name = slice_name(time_slice)
        here = [m for m in markers if slice_of_turn.get(m.turn_index) == time_slice.index]
        slice_codes = [c for c in codes if c.slice_index == time_slice.index]
        ratings = {c.code: c.significance for c in slice_codes if c.significance is not None}
        ticks = {c.code for c in slice_codes if c.significance is None}
        for family in scheme.families:
            marked = [m for m in here if m.family == family.code]
            ticked = sorted(t for t in ticks if family_of.get(t) == family.code)
            rating = ratings.get(family.code)
            strongest = max(marked, key=lambda m: (m.significance, -m.turn_index), default=None)
            if rating is None:
                if strongest is not None:
                    issues.append(
                        f"{name}: {strongest.subtype} marked on the text (significance {strongest.significance}) "
                        f"but {family.code} not rated"
                    )
                elif ticked:
                    issues.append(f"{name}: {', '.join(ticked)} ticked but {family.code} not rated")
            elif strongest is not None and rating < strongest.significance - RATING_TOLERANCE:
                issues.append(
                    f"{name}: {strongest.subtype} marked on the text (significance {strongest.significance}) "
                    f"but {family.code} rated {rating}"
                )
            elif rating > ABSENT and not marked and not ticked:
                issues.append(f"{name}: {family.code} rated {rating} but no {family.code} marker or tick")
    return issues
