"""Rule-based suggestions: pattern matches (suggest_pipeline) filtered and weighted by context (suggest_context).

Client turns get rupture-marker suggestions (W1–W7, C1–C7); therapist turns get stage-1 ("attending to the
rupture") and resolution-strategy (R1–R10) suggestions, mostly only soon after a suggested client marker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rupturetool.core.domain import SpeakerRole, Turn
from rupturetool.core.suggestions import STAGE_FAMILY, STRATEGY_FAMILY, Suggestion
from rupturetool.nlp import suggest_attending as attend
from rupturetool.nlp import suggest_context as ctx
from rupturetool.nlp import suggest_guards as guards
from rupturetool.nlp.suggest_complaint_rules import complaint_markers
from rupturetool.nlp.suggest_patterns import Match, PatternSpec
from rupturetool.nlp.suggest_pipeline import rule_pipeline
from rupturetool.nlp.suggest_reply_rules import reply_markers

SUGGESTER = "rules"
MAX_CONFIDENCE = 0.95
ALONE_PENALTY = 0.15  # a therapist pattern firing with no client marker in the MARKER_WINDOW turns before it
_SPLIT_SOURCES = ("C", "W1", "W7")  # hostile content, denial or self-criticism: with a laugh, a content/affect split
_OWN_VOICE = ("C", "W1", "W5", "W7")  # markers that are the client's own act: never inside reported speech
_LONG_TURN = 25  # words (cues aside) for a "long_turn" pattern


@dataclass
class _Candidate:
    position: int  # index into the turns given (not necessarily Turn.index)
    span: ctx.Aligned
    subtype: str
    confidence: float
    reasons: list[str] = field(default_factory=list)
    patterns: set[str] = field(default_factory=set)


def family_of(code: str) -> str:
    if code[0] == "W":
        return "withdrawal"
    if code[0] == "C":
        return "confrontation"
    return STRATEGY_FAMILY if code[0] == "R" else STAGE_FAMILY


def suggest(turns: Sequence[Turn], *, extra_pattern_files: Sequence[Path] = ()) -> list[Suggestion]:
    """Suggestions for a session's turns, sorted by (turn_index, start_char)."""
    pipeline = rule_pipeline(extra_pattern_files)
    # Client turns first; then only the therapist turns where a therapist pattern could count (after a marker).
    clients = [pos for pos, t in enumerate(turns) if t.speaker_role == SpeakerRole.CLIENT]
    client: list[_Candidate] = []
    for pos, found in zip(clients, pipeline.match([turns[p].text for p in clients]), strict=True):
        client += _client_candidates(turns, pos, found)
    attended = _attended(turns)
    merged_client = _merge(client + _read_back(turns, attended, _merge(client)))
    marked = {c.position for c in merged_client}
    therapists = [
        pos
        for pos, t in enumerate(turns)
        if t.speaker_role == SpeakerRole.THERAPIST
        and (pipeline.therapist_anywhere or any(p in marked for p in range(pos - ctx.MARKER_WINDOW, pos)))
    ]
    therapist: list[_Candidate] = []
    for pos, found in zip(therapists, pipeline.match([turns[p].text for p in therapists], therapist=True), strict=True):
        therapist += _therapist_candidates(turns, pos, found, marked)
    therapist += [_attending_turn(turns, pos, cue) for pos, cue in attended.items() if pos - 1 in marked]
    out = [_suggestion(turns[c.position], c) for c in [*merged_client, *_merge(therapist)]]
    return sorted(out, key=lambda s: (s.turn_index, s.start_char, s.subtype))


def _client_candidates(turns: Sequence[Turn], pos: int, matches: list[Match]) -> list[_Candidate]:
    turn = turns[pos]
    own = [
        m
        for m in matches
        if not ctx.inside_cue(turn, m.start_char, m.end_char)
        and not (m.spec.label.startswith(_OWN_VOICE) and guards.reported(turn, m.start_char))
    ]
    found: list[_Candidate] = []
    for m in own:
        if m.spec.context == "paired" and not any(
            o.spec.label == m.spec.label and (o.end_char <= m.start_char or m.end_char <= o.start_char) for o in own
        ):
            continue  # a weak cue alone
        made = _client_context(turns, pos, m)
        if made is not None:
            found.append(made)
    for r in [*reply_markers(turns, pos), *complaint_markers(turns, pos)]:
        found.append(_Candidate(pos, ctx.align(turn, r.start_char, r.end_char), r.subtype, r.confidence, [r.reason]))
    terse = _terse_reply(turns, pos)
    if terse is not None:
        found.append(terse)
        if ctx.terse_kind(turn) == "hedge":  # "Okay, I suppose." hedges: a minimal response, not a denial
            found = [c for c in found if c.subtype != "W1"]
    found += _content_affect_splits(turns, pos, found)
    if any(c.subtype != "W2" for c in found):
        # A more specific reading of the same reply ("Whatever you think." is deference) wins over "minimal".
        found = [c for c in found if c.subtype != "W2"] or found
    return [c for c in found if c.span.end_char <= len(turn.text)]


def _client_context(turns: Sequence[Turn], pos: int, m: Match) -> _Candidate | None:
    turn, spec = turns[pos], m.spec
    name = _name(spec)
    if spec.context == "none":
        return _Candidate(pos, ctx.align(turn, m.start_char, m.end_char), spec.label, spec.confidence, [name])
    if spec.context == "laugh_cue":
        if not ctx.laugh_cue_near(turn, m.start_char, m.end_char) or guards.light_tone(turn):
            return None  # no laugh, or a laugh that fits a happy story
        if guards.negated(turn, m.start_char):
            return None  # "I didn't cry" is not painful content
        reason = f"{name} next to a laugh or smile cue"
        return _Candidate(pos, ctx.align(turn, m.start_char, m.end_char), spec.label, spec.confidence, [reason])
    if spec.context in _SITUATED:
        reason = _SITUATED[spec.context](turns, pos, m)
        if reason is None:
            return None
        return _Candidate(pos, ctx.align(turn, m.start_char, m.end_char), spec.label, spec.confidence, [reason])
    # "minimal" and "assent": a short reply that opens with the match, to the right kind of prompt. A bare "yeah"
    # answers a closed question or agrees with a reflection (in counselling talk, runs of them are ordinary
    # back-channel), so it counts only after an open question; a hedge after a closed question only in a run.
    prompt = ctx.previous_prompt(turns, pos)
    if prompt is None or not ctx.is_short(turn) or not ctx.starts_reply(turn, m.start_char):
        return None
    run = ctx.short_replies_before(turns, pos)
    allowed = {"assent": (ctx.Prompt.OPEN,), "minimal": (ctx.Prompt.OPEN, ctx.Prompt.REFLECTION)}[spec.context]
    if prompt not in allowed and not (spec.context == "minimal" and prompt == ctx.Prompt.CLOSED and run >= 2):
        return None
    confidence = spec.confidence - (0.1 if prompt == ctx.Prompt.CLOSED else 0.0)
    reasons = [f"{name} as the whole short reply to a {prompt.value}"]
    if run:
        confidence += 0.1 * run
        reasons.append(f"the client's {run} previous repl{'y was' if run == 1 else 'ies were'} short too")
    return _Candidate(pos, ctx.whole_turn(turn), spec.label, confidence, reasons)


def _opening(turns: Sequence[Turn], pos: int, m: Match) -> str | None:
    prompt = ctx.previous_prompt(turns, pos)
    if prompt not in (ctx.Prompt.OPEN, ctx.Prompt.REFLECTION) or not guards.opens_sentence(turns[pos], m.start_char):
        return None  # "Yeah, that's fine." answers "Is Thursday OK?"; "I told her it's fine" is a story
    return f"{_name(m.spec)} opening a sentence of the reply to a {prompt.value}"


def _after_intervention(turns: Sequence[Turn], pos: int, m: Match) -> str | None:
    prompt = ctx.previous_prompt(turns, pos)
    if prompt is None or not guards.opens_sentence(turns[pos], m.start_char):
        return None
    if prompt != ctx.Prompt.REFLECTION and not guards.is_intervention(turns[pos - 1].text):
        return None  # nothing was put forward to refuse
    return f"{_name(m.spec)} answering the therapist's suggestion, interpretation or reflection"


def _sentence_start(turns: Sequence[Turn], pos: int, m: Match) -> str | None:
    prompt = ctx.previous_prompt(turns, pos)
    if prompt in (None, ctx.Prompt.OFFER) or not guards.opens_sentence(turns[pos], m.start_char):
        return None
    return f"{_name(m.spec)} opening a sentence"


def _paired(turns: Sequence[Turn], pos: int, m: Match) -> str | None:
    return f"{_name(m.spec)} with another {m.spec.label} cue in the same turn"


def _long_turn(turns: Sequence[Turn], pos: int, m: Match) -> str | None:
    prompt = ctx.previous_prompt(turns, pos)
    if prompt in (None, ctx.Prompt.CLOSED, ctx.Prompt.OFFER):
        return None
    if ctx.spoken_words(turns[pos]) < _LONG_TURN:
        return None
    return f"{_name(m.spec)} in a long reply to a {prompt.value}"


_SITUATED = {
    "opening": _opening,
    "sentence_start": _sentence_start,
    "after_intervention": _after_intervention,
    "paired": _paired,
    "long_turn": _long_turn,
}


def _terse_reply(turns: Sequence[Turn], pos: int) -> _Candidate | None:
    """W2 for a reply of a few words with nothing new in it, whatever its words: a hedge ("I suppose.", "Meh.") after
    any therapist turn but an offer (less sure after a closed question or a statement), a hedged yes or no ("Yeah,
    I guess.") after an open question or a reflection, bare assent ("Mm.") after an open question only: agreeing
    with a reflection or answering "Did you go?" is ordinary talk (on AnnoMI, runs of "Yeah." after reflections are
    back-channel, not withdrawal)."""
    turn = turns[pos]
    kind = ctx.terse_kind(turn)
    prompt = ctx.previous_prompt(turns, pos)
    if kind is None or prompt is None or prompt == ctx.Prompt.OFFER:
        return None
    inviting = prompt in (ctx.Prompt.OPEN, ctx.Prompt.REFLECTION)
    if not inviting and ctx.spoken_words(turn) > ctx.TERSE_WORDS:
        return None  # a longer hedge counts only as the reply to an invitation to talk
    if (kind == "assent" and prompt != ctx.Prompt.OPEN) or (kind == "answer" and not inviting):
        return None
    confidence = {"hedge": 0.5, "answer": 0.45, "assent": 0.45}[kind] - (0.0 if inviting else 0.1)
    reasons = [f"a terse reply ({kind}, nothing new in it) to a {prompt.value}"]
    run = ctx.short_replies_before(turns, pos)
    if run:
        confidence += 0.1 * run
        reasons.append(f"the client's {run} previous repl{'y was' if run == 1 else 'ies were'} short too")
    return _Candidate(pos, ctx.whole_turn(turn), "W2", confidence, reasons)


def _content_affect_splits(turns: Sequence[Turn], pos: int, found: list[_Candidate]) -> list[_Candidate]:
    """W6 where a laugh or smile sits next to hostile or painful content, or where the therapist names it next."""
    turn = turns[pos]
    splits = []
    for c in found:
        if c.subtype.startswith(_SPLIT_SOURCES) and ctx.laugh_cue_near(turn, c.span.start_char, c.span.end_char):
            reason = f"a laugh or smile cue next to {c.subtype} content ({', '.join(c.reasons)})"
            splits.append(_Candidate(pos, c.span, "W6", min(c.confidence, 0.6), [reason]))
    cues = ctx.laugh_cues(turn)
    nxt = turns[pos + 1] if pos + 1 < len(turns) else None
    if cues and nxt is not None and nxt.speaker_role == SpeakerRole.THERAPIST and ctx.names_the_affect(nxt):
        start, end = cues[0]
        reason = "a laugh or smile cue that the therapist names in the next turn"
        splits.append(_Candidate(pos, ctx.align(turn, start, end), "W6", 0.65, [reason]))
    return splits


def _therapist_candidates(turns: Sequence[Turn], pos: int, matches: list[Match], marked: set[int]) -> list[_Candidate]:
    turn = turns[pos]
    recent = [p for p in range(max(0, pos - ctx.MARKER_WINDOW), pos) if p in marked]
    found = []
    for m in matches:
        spec = m.spec
        reasons = [_name(spec)]
        confidence = spec.confidence
        if recent:
            reasons.append(
                f"{pos - recent[-1]} turn(s) after a suggested client marker (turn {turns[recent[-1]].index})"
            )
            confidence += 0.1 if recent[-1] == pos - 1 else 0.0
        elif spec.context == "after_marker":
            continue
        else:  # its own wording is enough, but with no rupture suggested just before it is less likely to be one
            reasons.append("no suggested client marker in the turns before")
            confidence -= ALONE_PENALTY
        found.append(_Candidate(pos, ctx.align(turn, m.start_char, m.end_char), spec.label, confidence, reasons))
    return found


def _attended(turns: Sequence[Turn]) -> dict[int, attend.Attending]:
    """Therapist turns that attend to a rupture in the client turn just before them (see suggest_attending)."""
    out = {}
    for pos in range(1, len(turns)):
        if turns[pos].speaker_role == SpeakerRole.THERAPIST and turns[pos - 1].speaker_role == SpeakerRole.CLIENT:
            cue = attend.attending(turns[pos].text)
            if cue is not None:
                out[pos] = cue
    return out


def _read_back(
    turns: Sequence[Turn], attended: dict[int, attend.Attending], found: list[_Candidate]
) -> list[_Candidate]:
    """A marker on the client turn before each attending therapist turn: the therapist's cue confirms a marker the
    client's words already suggested, or names one they did not (a family-only cue leaves the subtype to the turn)."""
    out = []
    for pos, cue in attended.items():
        client = pos - 1
        if not cue.names_subtype and pos - 2 in attended:
            # The therapist was already attending: the client turn between is most often their answer to it (the
            # exploration of stage 2), not a new marker; only a cue naming a subtype reads back from it.
            continue
        reason = f"the therapist's next turn attends to a rupture (notices {cue.noticed})"
        there = [c for c in found if c.position == client]
        family = cue.reading[0] if cue.reading != "either" else None
        confirmed = [c for c in there if family is None or c.subtype[0] == family]
        if confirmed and not cue.names_subtype:
            out += [_Candidate(client, c.span, c.subtype, c.confidence, [reason]) for c in confirmed]
            continue
        turn = turns[client]
        said = ctx.text_without_cues(turn)
        terse = ctx.terse_kind(turn) is not None
        subtype = attend.subtype_for(cue.reading, said, terse=terse)
        same = next((c for c in there if c.subtype == subtype), None)
        span = same.span if same is not None else ctx.whole_turn(turn)
        out.append(_Candidate(client, span, subtype, 0.55 if cue.names_subtype else 0.45, [reason]))
    return out


def _attending_turn(turns: Sequence[Turn], pos: int, cue: attend.Attending) -> _Candidate:
    reason = f"attends to the rupture in the client's previous turn (notices {cue.noticed})"
    return _Candidate(pos, ctx.align(turns[pos], cue.start_char, cue.end_char), "1", 0.6, [reason])


def _merge(candidates: list[_Candidate]) -> list[_Candidate]:
    """One suggestion per turn, segment and subtype: the strongest reason first, a little more sure with each more."""
    groups: dict[tuple[int, int, str], _Candidate] = {}
    for c in sorted(candidates, key=lambda c: -c.confidence):
        key = (c.position, c.span.segment_index, c.subtype)
        first = groups.get(key)
        if first is None:
            groups[key] = _Candidate(c.position, c.span, c.subtype, c.confidence, list(c.reasons), {c.reasons[0]})
            continue
        span = ctx.Aligned(first.span.segment_index, min(first.span.start_char, c.span.start_char),
                           max(first.span.end_char, c.span.end_char))  # fmt: skip
        first.span = span
        if c.reasons[0] not in first.patterns:
            first.patterns.add(c.reasons[0])
            first.reasons.append(c.reasons[0])
            first.confidence += 0.05
    return list(groups.values())


def _name(spec: PatternSpec) -> str:
    return f"pattern “{spec.id}”"


def _suggestion(turn: Turn, c: _Candidate) -> Suggestion:
    family = family_of(c.subtype)
    return Suggestion(
        turn_index=turn.index,
        segment_index=c.span.segment_index,
        start_char=c.span.start_char,
        end_char=c.span.end_char,
        family=family,
        subtype=c.subtype,
        actor="patient" if family in ("withdrawal", "confrontation") else "therapist",
        confidence=round(min(max(c.confidence, 0.05), MAX_CONFIDENCE), 3),
        explanation="; ".join(c.reasons),
        suggester=SUGGESTER,
    )
