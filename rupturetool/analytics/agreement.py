"""Agreement between coders on the same sessions: the units compared, and the statistics on them.

Segment level: every segment of the compared sessions (or only the client's / therapist's segments) is a unit;
for each family and each subtype a coder's value on a unit is 1 when they put a marker of it on the segment,
else 0. ICC(2,1) on marker counts and significance per 5-minute segment, on the coders' 3RS slice ratings and
on session-level ratings. See docs/agreement.md for every convention.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd

from rupturetool.analytics.agreement_stats import (
    cohen_kappa,
    confusion_matrix,
    fleiss_kappa,
    icc_2_1,
    krippendorff_alpha_nominal,
    percent_agreement,
)
from rupturetool.core.comparison import marked_segments
from rupturetool.core.domain import Marker, SessionMeasure, SliceCode, Turn
from rupturetool.core.timeslices import five_minute_slices

UnitKey = tuple[int, int, int]  # session, turn, segment


@dataclass(frozen=True)
class SessionCodes:
    """One compared session: its transcript and each compared coder's codes on it (plain data)."""

    session_id: int
    turns: tuple[Turn, ...]
    markers: Mapping[str, Sequence[Marker]]
    slice_codes: Mapping[str, Sequence[SliceCode]] = field(default_factory=dict)
    measures: Mapping[str, Sequence[SessionMeasure]] = field(default_factory=dict)


@dataclass(frozen=True)
class CodeBook:
    """The rows of the table: family codes in order, each with its subtype codes."""

    families: tuple[tuple[str, tuple[str, ...]], ...]

    def family_of(self) -> dict[str, str]:
        return {sub: fam for fam, subs in self.families for sub in subs}


def segment_units(session: SessionCodes, speaker: str | None = None) -> list[UnitKey]:
    """The session's segments (of ``speaker``'s turns only, when given), in transcript order."""
    return [
        (session.session_id, turn.index, seg.index)
        for turn in session.turns
        if speaker is None or str(turn.speaker_role) == speaker
        for seg in turn.segments
    ]


def _marked_units(sessions: Sequence[SessionCodes], coders: Sequence[str]) -> dict[str, dict[str, set[UnitKey]]]:
    """code (family and subtype) -> coder -> the units they marked with it."""
    marked: dict[str, dict[str, set[UnitKey]]] = defaultdict(lambda: {c: set() for c in coders})
    for session in sessions:
        turns = {t.index: t for t in session.turns}
        for coder in coders:
            for marker in session.markers.get(coder, ()):
                turn = turns.get(marker.turn_index)
                if turn is None:
                    continue
                for seg in marked_segments(marker, turn):
                    key = (session.session_id, turn.index, seg)
                    marked[marker.family][coder].add(key)
                    marked[marker.subtype][coder].add(key)
    return marked


def _binary_block(units: Sequence[UnitKey], marked: Mapping[str, set[UnitKey]], coders: Sequence[str]) -> dict:
    """Percent agreement, kappa, alpha and the confusion matrix of one code's 0/1 units."""
    ratings = [[int(u in marked[c]) for u in units] for c in coders]
    agreement = percent_agreement(ratings)
    alpha = krippendorff_alpha_nominal(list(zip(*ratings, strict=True)))
    block: dict[str, Any] = {
        "percent_agreement": agreement.value,
        "kappa": None,
        "alpha": alpha.value,
        "n_units": len(units),
        "marked": {c: sum(r) for c, r in zip(coders, ratings, strict=True)},
    }
    reasons: list[str] = [agreement.note] if agreement.value is None else []
    if len(coders) == 2:
        kappa = cohen_kappa(*ratings)
        block["kappa"] = kappa.value
        block["confusion"] = confusion_matrix(*ratings, labels=[0, 1])
        reasons.append(kappa.note)
    else:
        fleiss = fleiss_kappa(ratings)
        block["fleiss_kappa"] = fleiss.value
        block["pairwise"] = [_pair(units, marked, a, b) for a, b in combinations(coders, 2)]
        reasons.append(fleiss.note)
    reasons = [r for r in reasons if r]
    if alpha.value is None:  # undefined for the reason kappa is (one category only), or its own
        reasons.append("alpha is undefined for the same reason" if reasons else alpha.note)
    notes = reasons
    if len(coders) > 2:
        notes.append(f"Cohen's kappa compares two coders: see pairwise and fleiss_kappa ({len(coders)} coders)")
    note = "; ".join(n for n in notes if n)
    if note:
        block["note"] = note
    return block


def _pair(units: Sequence[UnitKey], marked: Mapping[str, set[UnitKey]], a: str, b: str) -> dict[str, Any]:
    ra, rb = [int(u in marked[a]) for u in units], [int(u in marked[b]) for u in units]
    kappa = cohen_kappa(ra, rb)
    pair: dict[str, Any] = {
        "coders": [a, b],
        "percent_agreement": percent_agreement([ra, rb]).value,
        "kappa": kappa.value,
        "confusion": confusion_matrix(ra, rb, labels=[0, 1]),
    }
    if kappa.note:
        pair["note"] = kappa.note
    return pair


def _icc_block(rows: Sequence[Sequence[float | None]], coders: Sequence[str], subject: str) -> dict[str, Any]:
    """ICC(2,1) on the subjects every coder rated; subjects with a missing rating are left out and counted."""
    complete = [r for r in rows if all(v is not None for v in r)]
    stat = icc_2_1(np.array(complete, dtype=float).reshape(len(complete), len(coders)))
    block: dict[str, Any] = {"icc": stat.value, "n_subjects": stat.n, "subject": subject}
    details = dict(stat.details)
    if "rater_means" in details:
        block["means"] = dict(zip(coders, details.pop("rater_means"), strict=True))
    block.update({k: v for k, v in details.items() if k.startswith("ms_")})
    notes = [stat.note] if stat.note else []
    missing = len(rows) - len(complete)
    if missing:
        block["excluded"] = missing
        notes.append(f"{missing} {subject}s without a rating from every coder left out")
    if notes:
        block["note"] = "; ".join(notes)
    return block


def _slice_index(session: SessionCodes) -> tuple[dict[int, int], int]:
    slices = five_minute_slices(session.turns)
    return {t: s.index for s in slices for t in s.turns}, len(slices)


def _slice_icc(
    sessions: Sequence[SessionCodes], coders: Sequence[str], book: CodeBook, speaker: str | None
) -> dict[str, dict[str, dict[str, Any]]]:
    """ICC on marker counts and on the highest marker significance per 5-minute segment, and on slice ratings."""
    families = [f for f, _ in book.families]
    counts: dict[str, list[list[float | None]]] = defaultdict(list)
    significance: dict[str, list[list[float | None]]] = defaultdict(list)
    ratings: dict[str, list[list[float | None]]] = defaultdict(list)
    unrated_sessions = 0
    for session in sessions:
        slice_of, n_slices = _slice_index(session)
        roles = {t.index: str(t.speaker_role) for t in session.turns}
        tally = {c: defaultdict(lambda: [0, 0]) for c in coders}  # (slice, family) -> [count, max significance]
        for coder in coders:
            for m in session.markers.get(coder, ()):
                if m.turn_index not in slice_of or (speaker is not None and roles.get(m.turn_index) != speaker):
                    continue
                for key in ((slice_of[m.turn_index], m.family), (slice_of[m.turn_index], "all")):
                    cell = tally[coder][key]
                    cell[0] += 1
                    cell[1] = max(cell[1], m.significance)
        rated = {c: {(s.slice_index, s.code): s.significance for s in session.slice_codes.get(c, ())} for c in coders}
        rated = {c: {k: v for k, v in r.items() if v is not None} for c, r in rated.items()}
        every_coder_rated = all(rated[c] for c in coders)
        unrated_sessions += not every_coder_rated
        n_rated = max([n_slices, *(i + 1 for r in rated.values() for i, _ in r)])
        for index in range(n_slices):
            for family in [*families, "all"]:
                counts[family].append([tally[c][(index, family)][0] for c in coders])
            for family in families:
                significance[family].append([tally[c][(index, family)][1] for c in coders])
        if every_coder_rated:
            for index in range(n_rated):
                for family in families:
                    ratings[family].append([rated[c].get((index, family), 0) for c in coders])
    subject = "5-minute segment"
    result = {
        "marker_counts": {f: _icc_block(counts[f], coders, subject) for f in [*families, "all"]},
        "marker_significance": {f: _icc_block(significance[f], coders, subject) for f in families},
        "slice_ratings": {f: _icc_block(ratings[f], coders, subject) for f in families},
    }
    if unrated_sessions:
        for block in result["slice_ratings"].values():
            note = f"{unrated_sessions} session(s) without 3RS slice ratings from every coder left out"
            block["note"] = f"{block['note']}; {note}" if block.get("note") else note
    return result


def _session_icc(sessions: Sequence[SessionCodes], coders: Sequence[str]) -> dict[str, dict[str, Any]]:
    """ICC on each session-level rating (a session measure) that at least two coders gave."""
    values: dict[str, dict[int, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for session in sessions:
        for coder in coders:
            for m in session.measures.get(coder, ()):
                values[m.name][session.session_id][coder] = m.value
    result = {}
    for name in sorted(values):
        by_session = values[name]
        if len({c for v in by_session.values() for c in v}) < 2:
            continue
        rows = [[by_session[sid].get(c) for c in coders] for sid in sorted(by_session)]
        result[name] = _icc_block(rows, coders, "session")
    return result


def agreement(
    sessions: Sequence[SessionCodes],
    coders: Sequence[str],
    book: CodeBook,
    *,
    speaker: str | None = None,
    notes: Iterable[str] = (),
) -> dict[str, Any]:
    """The whole agreement report, JSON-ready: statistics under the family or subtype they belong to."""
    coders = list(coders)
    units = [u for s in sessions for u in segment_units(s, speaker)]
    marked = _marked_units(sessions, coders)
    empty = {c: set() for c in coders}
    family_of = book.family_of()
    extra = sorted(code for code in marked if code not in family_of and code not in dict(book.families))
    report: dict[str, Any] = {
        "coders": coders,
        "sessions": [s.session_id for s in sessions],
        "speaker": speaker,
        "units": len(units),
        "unit": "segment" + (f" of {speaker} turns" if speaker else " (therapist and client turns)"),
        "families": {f: _binary_block(units, marked.get(f, empty), coders) for f, _ in book.families},
        "subtypes": {},
        "icc": {},
        "notes": list(notes),
    }
    for fam, subs in book.families:
        for sub in subs:
            report["subtypes"][sub] = {"family": fam, **_binary_block(units, marked.get(sub, empty), coders)}
    for code in extra:  # codes of no known scheme (e.g. an uninstalled scheme's): listed, never dropped
        report["subtypes"][code] = {"family": None, **_binary_block(units, marked[code], coders)}
    report["icc"] = {**_slice_icc(sessions, coders, book, speaker), "session_ratings": _session_icc(sessions, coders)}
    outside = {
        c: sum(
            1
            for s in sessions
            for m in s.markers.get(c, ())
            if speaker is not None and _role(s, m.turn_index) not in (speaker, None)
        )
        for c in coders
    }
    if any(outside.values()):
        listed = ", ".join(f"{c} {n}" for c, n in outside.items() if n)
        report["notes"].append(f"markers on turns outside --speaker {speaker} are not counted ({listed})")
    if not units:
        report["notes"].append("no segments to compare: every segment-level statistic is undefined")
    return report


def _role(session: SessionCodes, turn_index: int) -> str | None:
    turn = next((t for t in session.turns if t.index == turn_index), None)
    return None if turn is None else str(turn.speaker_role)


STAT_NAMES = ("percent_agreement", "kappa", "fleiss_kappa", "alpha")


def tidy_table(report: Mapping[str, Any]) -> pd.DataFrame:
    """One row per family/subtype (or ICC measure) and statistic: level, measure, code, family, coders, statistic,
    value, n_units, note. An undefined value is an empty cell with its reason in ``note``."""
    rows: list[dict[str, Any]] = []
    everyone = ";".join(report["coders"])

    def add(level: str, measure: str, code: str, family: Any, coders: str, stat: str, value: Any, n: Any, note=""):
        rows.append(
            {
                "level": level,
                "measure": measure,
                "code": code,
                "family": family,
                "coders": coders,
                "statistic": stat,
                "value": value if value is None or isinstance(value, int) else round(float(value), 6),
                "n_units": n,
                "note": note if value is None else "",
            }
        )

    for level, blocks in (("family", report["families"]), ("subtype", report["subtypes"])):
        for code, block in blocks.items():
            family = code if level == "family" else block.get("family")
            note = block.get("note", "")
            for name in STAT_NAMES:
                if name in block:
                    add(level, "segment", code, family, everyone, name, block[name], block["n_units"], note)
            for coder, count in block["marked"].items():
                add(level, "segment", code, family, coder, "units_marked", count, block["n_units"])
            pairs = block.get("pairwise") or [{"coders": report["coders"], **block}]
            for pair in pairs:
                a, b = pair["coders"]
                for i in (0, 1):
                    for j in (0, 1):
                        stat = f"confusion_{i}_{j}"
                        add(level, "segment", code, family, f"{a};{b}", stat, pair["confusion"][i][j], block["n_units"])
                if "pairwise" in block:
                    for name in ("percent_agreement", "kappa"):
                        add(
                            level,
                            "segment",
                            code,
                            family,
                            f"{a};{b}",
                            name,
                            pair[name],
                            block["n_units"],
                            pair.get("note", ""),
                        )
    for measure, blocks in report["icc"].items():
        for code, block in blocks.items():
            add(
                "icc", measure, code, None, everyone, "icc2_1", block["icc"], block["n_subjects"], block.get("note", "")
            )
    columns = ["level", "measure", "code", "family", "coders", "statistic", "value", "n_units", "note"]
    return pd.DataFrame(rows, columns=columns)
