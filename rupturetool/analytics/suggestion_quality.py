"""How good are machine suggestions? One coder's human codes against one suggester's output, in counts.

Units (see docs/evaluation.md):
- markers: every segment of the compared sessions' client turns (``speaker``); on each, the set of subtypes the
  coder marked there (a marker spanning several segments counts for each, as in agreement) against the set
  suggested. Per subtype and per family: TP, FP, FN, support, precision, recall, F1; micro and macro averages.
- ruptures: the coder's episodes; one is found when a suggestion of its family (or of the subtype of one of its
  markers) lands on a segment one of its markers covers.
- ordinary talk: client turns without any marker of the coder; every marker suggestion there is a false alarm.
- stage 1 and strategies R1–R10: therapist turns, against the episodes' stage-1 and strategy events.

Pure: plain values in, a JSON-ready dict out. A statistic whose denominator is 0 is ``None`` with a note.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rupturetool.analytics.agreement import CodeBook, marked_segments
from rupturetool.core.domain import Marker, RuptureEpisode, Turn
from rupturetool.core.suggestions import STAGE_FAMILY, STRATEGY_FAMILY, Suggestion

UnitKey = tuple[int, int, int]  # session, turn, segment
TurnKey = tuple[int, int]  # session, turn

# The acceptance floors of issue 7 ("found" means at least one suggestion on one of the rupture's segments).
FLOORS = {"episode_recall_family": 0.75, "episode_recall_subtype": 0.5, "false_alarms_per_ordinary_turn": 1 / 3}


@dataclass(frozen=True)
class GoldSession:
    """One compared session: its transcript and one coder's markers and episodes in it."""

    session_id: int
    turns: tuple[Turn, ...]
    markers: Sequence[Marker]
    episodes: Sequence[RuptureEpisode] = ()


def counts_block(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 from counts; an undefined ratio is None and the note says why."""
    suggested, support = tp + fp, tp + fn
    notes = []
    precision = tp / suggested if suggested else None
    if precision is None:
        notes.append("precision undefined: nothing suggested")
    recall = tp / support if support else None
    if recall is None:
        notes.append("recall undefined: nothing marked by the coder")
    # 2TP / (2TP + FP + FN): the harmonic mean when both are defined, 0 when only one side has any units.
    f1 = 2 * tp / (2 * tp + fp + fn) if (tp + fp + fn) else None
    if f1 is None:
        notes = ["precision, recall and F1 undefined: nothing marked or suggested"]
    block: dict[str, Any] = {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": support,
        "suggested": suggested,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }
    if notes:
        block["note"] = "; ".join(notes)
    return block


def set_block(gold: set[Any], predicted: set[Any]) -> dict[str, Any]:
    return counts_block(len(gold & predicted), len(predicted - gold), len(gold - predicted))


def _averages(blocks: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Micro (pooled counts) and macro (mean over the codes where each ratio is defined) averages."""
    micro = counts_block(*(sum(b[k] for b in blocks.values()) for k in ("tp", "fp", "fn")))
    macro: dict[str, Any] = {}
    notes = []
    for stat in ("precision", "recall", "f1"):
        values = [b[stat] for b in blocks.values() if b[stat] is not None]
        macro[stat] = sum(values) / len(values) if values else None
        macro[f"n_{stat}"] = len(values)
        left = len(blocks) - len(values)
        if left:
            notes.append(f"{stat} over {len(values)} of {len(blocks)} codes ({left} undefined)")
    if notes:
        macro["note"] = "; ".join(notes)
    return {"micro": micro, "macro": macro}


def suggested_segments(suggestion: Suggestion, turn: Turn) -> list[int]:
    """The segments a suggestion counts for: every segment its span overlaps, and its own segment."""
    start, end = suggestion.start_char, suggestion.end_char
    found = {s.index for s in turn.segments if s.start_char < end and start < s.end_char}
    if suggestion.segment_index in {s.index for s in turn.segments}:
        found.add(suggestion.segment_index)
    return sorted(found)


def _gold_units(sessions: Sequence[GoldSession], speaker: str) -> tuple[list[UnitKey], dict[UnitKey, set[str]]]:
    units: list[UnitKey] = []
    codes: dict[UnitKey, set[str]] = defaultdict(set)
    for session in sessions:
        turns = {t.index: t for t in session.turns}
        spoken = [t for t in session.turns if _role(t) == speaker]
        units += [(session.session_id, t.index, s.index) for t in spoken for s in t.segments]
        for marker in session.markers:
            turn = turns.get(marker.turn_index)
            if turn is None or _role(turn) != speaker:
                continue
            for seg in marked_segments(marker, turn):
                codes[(session.session_id, turn.index, seg)] |= {marker.subtype, marker.family}
    return units, codes


def _predicted_units(
    sessions: Sequence[GoldSession], suggestions: Mapping[int, Sequence[Suggestion]], speaker: str
) -> dict[UnitKey, set[str]]:
    codes: dict[UnitKey, set[str]] = defaultdict(set)
    for session in sessions:
        turns = {t.index: t for t in session.turns}
        for s in suggestions.get(session.session_id, ()):
            turn = turns.get(s.turn_index)
            if not s.is_marker or turn is None or _role(turn) != speaker:
                continue
            for seg in suggested_segments(s, turn):
                codes[(session.session_id, turn.index, seg)] |= {s.subtype, s.family}
    return codes


def _role(turn: Turn) -> str:
    return str(turn.speaker_role)


def _code_blocks(
    units: Sequence[UnitKey],
    gold: Mapping[UnitKey, set[str]],
    predicted: Mapping[UnitKey, set[str]],
    codes: Iterable[str],
) -> dict[str, dict[str, Any]]:
    unit_set = set(units)
    out = {}
    for code in codes:
        g = {u for u in unit_set if code in gold.get(u, ())}
        p = {u for u in unit_set if code in predicted.get(u, ())}
        out[code] = set_block(g, p)
    return out


def _episode_recall(sessions: Sequence[GoldSession], suggestions: Mapping[int, Sequence[Suggestion]]) -> dict[str, Any]:
    """Share of the coder's episodes with a suggestion of the same family / subtype on one of its marker segments."""
    total = found_family = found_subtype = 0
    missed: list[dict[str, Any]] = []
    for session in sessions:
        turns = {t.index: t for t in session.turns}
        by_id = {m.id: m for m in session.markers}
        hits: dict[int, list[Suggestion]] = defaultdict(list)  # turn -> its marker suggestions
        for s in suggestions.get(session.session_id, ()):
            if s.is_marker and s.turn_index in turns:
                hits[s.turn_index].append(s)
        for episode in session.episodes:
            markers = [by_id[i] for i in episode.marker_ids if i in by_id]
            if not markers:
                continue
            total += 1
            fam = sub = False
            for m in markers:
                turn = turns.get(m.turn_index)
                if turn is None:
                    continue
                segs = set(marked_segments(m, turn))
                for s in hits.get(m.turn_index, ()):
                    if segs & set(suggested_segments(s, turn)):
                        fam |= s.family == str(episode.family)
                        sub |= s.subtype == m.subtype
            found_family += fam
            found_subtype += sub
            if not sub:
                missed.append(
                    {
                        "session_id": session.session_id,
                        "family": str(episode.family),
                        "subtypes": sorted({m.subtype for m in markers}),
                        "turns": sorted({m.turn_index for m in markers}),
                        "found_family": fam,
                    }
                )
    block: dict[str, Any] = {
        "episodes": total,
        "found_family": found_family,
        "found_subtype": found_subtype,
        "recall_family": found_family / total if total else None,
        "recall_subtype": found_subtype / total if total else None,
        "missed_subtype": missed,
    }
    if not total:
        block["note"] = "the coder recorded no episodes with markers in these sessions: rupture recall undefined"
    return block


def _false_alarms(
    sessions: Sequence[GoldSession], suggestions: Mapping[int, Sequence[Suggestion]], speaker: str
) -> dict[str, Any]:
    ordinary: set[TurnKey] = set()
    for session in sessions:
        coded = {m.turn_index for m in session.markers}
        spoken = [t for t in session.turns if _role(t) == speaker and t.index not in coded]
        ordinary |= {(session.session_id, t.index) for t in spoken}
    alarms = [
        (sid, s.turn_index)
        for sid, found in suggestions.items()
        for s in found
        if s.is_marker and (sid, s.turn_index) in ordinary
    ]
    block: dict[str, Any] = {
        "ordinary_turns": len(ordinary),
        "suggestions": len(alarms),
        "turns_with_suggestion": len(set(alarms)),
        "per_ordinary_turn": len(alarms) / len(ordinary) if ordinary else None,
    }
    if not ordinary:
        block["note"] = f"every {speaker} turn carries a marker: no ordinary turns to raise false alarms on"
    return block


def _turn_level(
    sessions: Sequence[GoldSession], suggestions: Mapping[int, Sequence[Suggestion]], strategy_codes: Sequence[str]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Stage-1 and strategy suggestions against the episodes' events, one unit per (session, turn)."""
    gold_stage: set[TurnKey] = set()
    gold_strategy: dict[str, set[TurnKey]] = defaultdict(set)
    for session in sessions:
        for e in session.episodes:
            gold_stage |= {(session.session_id, s.turn_index) for s in e.stages if s.stage == 1}
            for s in e.strategies:
                gold_strategy[s.code].add((session.session_id, s.turn_index))
    ids = {s.session_id for s in sessions}
    pred_stage: set[TurnKey] = set()
    pred_strategy: dict[str, set[TurnKey]] = defaultdict(set)
    for sid, found in suggestions.items():
        if sid not in ids:
            continue
        for s in found:
            if s.family == STAGE_FAMILY and s.subtype == "1":
                pred_stage.add((sid, s.turn_index))
            elif s.family == STRATEGY_FAMILY:
                pred_strategy[s.subtype].add((sid, s.turn_index))
    codes = list(dict.fromkeys([*strategy_codes, *sorted(gold_strategy), *sorted(pred_strategy)]))
    per_code = {c: set_block(gold_strategy.get(c, set()), pred_strategy.get(c, set())) for c in codes}
    any_gold = set().union(*gold_strategy.values()) if gold_strategy else set()
    any_pred = set().union(*pred_strategy.values()) if pred_strategy else set()
    strategies = {
        "unit": "turn",
        "any": set_block(any_gold, any_pred),
        "codes": per_code,
        **_averages(per_code),
    }
    return {"unit": "turn", **set_block(gold_stage, pred_stage)}, strategies


def suggestion_quality(
    sessions: Sequence[GoldSession],
    suggestions: Mapping[int, Sequence[Suggestion]],
    book: CodeBook,
    *,
    strategy_codes: Sequence[str] = (),
    speaker: str = "client",
) -> dict[str, Any]:
    """The report for one suggester: statistics under the family or subtype they belong to (JSON-ready)."""
    units, gold = _gold_units(sessions, speaker)
    predicted = _predicted_units(sessions, suggestions, speaker)
    families = [f for f, _ in book.families]
    subtypes = [s for _, subs in book.families for s in subs]
    seen = {c for codes in (*gold.values(), *predicted.values()) for c in codes}
    extra = sorted(seen - set(families) - set(subtypes))
    family_of = book.family_of()
    sub_blocks = _code_blocks(units, gold, predicted, [*subtypes, *extra])
    for code, block in sub_blocks.items():
        block["family"] = family_of.get(code)
    fam_blocks = _code_blocks(units, gold, predicted, families)
    stage, strategies = _turn_level(sessions, suggestions, strategy_codes)
    episodes = _episode_recall(sessions, suggestions)
    alarms = _false_alarms(sessions, suggestions, speaker)
    report: dict[str, Any] = {
        "sessions": [s.session_id for s in sessions],
        "unit": f"segment of {speaker} turns",
        "units": len(units),
        "families": fam_blocks,
        "subtypes": sub_blocks,
        "averages": {"family": _averages(fam_blocks), "subtype": _averages({c: sub_blocks[c] for c in subtypes})},
        "episodes": episodes,
        "false_alarms": alarms,
        "stage1": stage,
        "strategies": strategies,
        "floors": floors(episodes, alarms),
        "notes": [],
    }
    if extra:
        report["notes"].append(f"codes outside the scheme counted on their own rows: {', '.join(extra)}")
    if not units:
        report["notes"].append(f"no {speaker} segments in these sessions: every segment-level statistic is undefined")
    return report


def floors(episodes: Mapping[str, Any], alarms: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Each acceptance floor with the measured value and whether it is met (None when it cannot be measured)."""
    measured = {
        "episode_recall_family": episodes["recall_family"],
        "episode_recall_subtype": episodes["recall_subtype"],
        "false_alarms_per_ordinary_turn": alarms["per_ordinary_turn"],
    }
    out = {}
    for name, floor in FLOORS.items():
        value = measured[name]
        at_most = name.startswith("false_alarms")
        met = None if value is None else (value <= floor + 1e-12 if at_most else value >= floor - 1e-12)
        out[name] = {"value": value, "floor": floor, "kind": "at most" if at_most else "at least", "met": met}
    return out
