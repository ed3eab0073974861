"""The context rules of the rule suggester: pure functions over turns and pattern matches (no spaCy here).

Words alone are a poor guide to a rupture: "Yeah." is a minimal response after "What was that like?" and plain
politeness after "Would you like tea?". These rules look at what surrounds a match — the therapist's prompt, the
length of the reply, the replies before it, non-verbal cues — and decide whether it becomes a suggestion and with what
confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from rupturetool.core.domain import SpeakerRole, Turn
from rupturetool.nlp.text_fold import fold

MINIMAL_WORDS = 6  # a reply of at most this many words (cues not counted) is "short"
MARKER_WINDOW = 4  # a therapist turn within this many turns after a client marker can attend to it
TERSE_WORDS = 4  # a reply of at most this many words, all of them empty of content, is terse
HEDGED_WORDS = 8  # ... and one of up to this many, if it hedges ("It was okay, I suppose."), after an invitation
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
_LAUGH = re.compile(r"laugh|smil|grin|chuckl|giggl|smirk")  # lower case, on folded text (see text_fold)
_TYPED_LAUGH = re.compile(r"\b(?:ha ?ha|haha\w*|hehe\w*|lol)\b")
CUE_REACH = 2  # a laugh cue counts for content up to this many segments away (people laugh before or after)
_NAMES_AFFECT = re.compile(
    r"\byou(?:'re| are)? (?:smiling|laughing|grinning)|\byour (?:smile|laugh|face is)|\bthe smil"
)
_WH = ("what", "what's", "how", "how's", "why", "where", "when", "which", "who")
_OPENERS = ("tell me", "say more", "can you say", "can you tell me", "could you say", "describe", "can i ask what",
            "can i ask how", "i wonder what", "i'm curious what", "i'm just curious what")  # fmt: skip
_OFFERS = ("would you like", "do you want", "shall i", "can i get", "could i get", "would you mind", "is it okay if",
           "is that okay", "is it ok", "may i", "do you mind", "would it be okay", "can i just", "could i just",
           "can i check", "would that be", "is that alright", "does that sound")  # fmt: skip
_LEADS = ("and", "so", "but", "okay", "ok", "well", "right", "now", "then", "just")


# Words that carry no new content in a reply. A terse reply made only of these is a hedge when it holds one of the
# _HEDGES (or "don't know"), else plain assent ("Yeah.", "Mm, okay.").
_EMPTY = frozenset(
    [
        "yeah",
        "yes",
        "yep",
        "yup",
        "ya",
        "yah",
        "aye",
        "mm",
        "mmm",
        "mhm",
        "hmm",
        "hm",
        "huh",
        "uh",
        "um",
        "umm",
        "er",
        "erm",
        "ah",
        "oh",
        "eh",
        "okay",
        "ok",
        "k",
        "right",
        "sure",
        "no",
        "nope",
        "nah",
        "true",
        "alright",
        "all",
        "i",
        "i'm",
        "im",
        "it",
        "it's",
        "its",
        "is",
        "was",
        "that",
        "that's",
        "thats",
        "so",
        "well",
        "just",
        "a",
        "bit",
        "little",
        "pretty",
        "kind",
        "sort",
        "of",
        "the",
        "same",
        "as",
        "usual",
        "always",
        "ever",
        "nothing",
        "much",
        "maybe",
        "perhaps",
        "probably",
        "possibly",
        "guess",
        "suppose",
        "reckon",
        "think",
        "dunno",
        "don't",
        "dont",
        "do",
        "not",
        "know",
        "idea",
        "really",
        "whatever",
        "meh",
        "fine",
        "if",
        "you",
        "say",
        "could",
        "be",
        "see",
        "we'll",
        "suppose",
        "ish",
        "okay-ish",
        "s'pose",
        "lol",
        "lot",
        "couldn't",
        "tell",
        "clue",
        "who",
        "knows",
        "old",
        # vague words that answer nothing ("Normal, I guess. Nothing special.", "Not much to say, to be honest.")
        "normal",
        "special",
        "thinking",
        "to",
        "honest",
        "honestly",
        "say",
        "hard",
        "stuff",
        "things",
        "thing",
        "anything",
        "everything",
        "else",
        "either",
        "way",
        "mean",
        "like",
        "and",
        "but",
        "or",
        "there",
        "now",
        "any",
        "about",
        "um",
        "uh",
        "mm",
        "eh",
        "er",
    ]
)
_HEDGES = frozenset(
    [
        "maybe",
        "perhaps",
        "probably",
        "possibly",
        "guess",
        "suppose",
        "s'pose",
        "reckon",
        "dunno",
        "whatever",
        "meh",
        "fine",
        "same",
        "nothing",
        "much",
        "could",
        "ish",
        "idea",
        "clue",
        "knows",
        "lot",
    ]
)
_YES_NO = frozenset(
    [
        "yeah",
        "yes",
        "yep",
        "yup",
        "ya",
        "yah",
        "aye",
        "no",
        "nope",
        "nah",
        "sure",
        "okay",
        "ok",
        "right",
        "true",
        "alright",
    ]
)
_DONT_KNOW = re.compile(
    r"\b(?:don'?t|do not) know\b|\bno idea\b|\bdunno\b|\bnot sure\b|\bnot really\b|couldn't tell|who knows"
)


_FILLER_PHRASES = re.compile(r"\b(?:to be honest|i mean|you know|kind of|sort of)\b")  # not counted as words


class Prompt(StrEnum):
    """What the therapist's turn asks of the client."""

    OPEN = "open question"
    CLOSED = "closed question"
    OFFER = "offer or request"
    REFLECTION = "reflection"
    OTHER = "other"


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def spoken_words(turn: Turn) -> int:
    """How many words the client or therapist said in ``turn``, its non-verbal cues left out."""
    return _word_count(text_without_cues(turn))


@lru_cache(maxsize=4096)
def _word_count(text: str) -> int:  # asked of the same turn by several rules (and by every later reply's run)
    return len(_WORD.findall(text))


def text_without_cues(turn: Turn) -> str:
    parts, at = [], 0
    for cue in turn.cues:
        parts.append(turn.text[at : cue.start_char])
        at = max(at, cue.end_char)
    parts.append(turn.text[at:])
    return " ".join(parts)


def is_short(turn: Turn, limit: int = MINIMAL_WORDS) -> bool:
    """A reply of at most ``limit`` words once its non-verbal cues are left out (and not silent altogether)."""
    return 0 < spoken_words(turn) <= limit


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?!…])\s+|\n+", text) if s.strip()]


def _normal(sentence: str) -> str:
    lowered = re.sub(r"[(\[][^)\]]*[)\]]", " ", sentence.lower().replace("’", "'"))
    tokens = re.sub(r"[^a-z0-9' ?-]", " ", lowered).split()
    while tokens and tokens[0] in _LEADS:
        tokens.pop(0)
    return " ".join(tokens)


@lru_cache(maxsize=4096)
def prompt_kind(text: str) -> Prompt:
    """Classify a therapist turn by how it ends: its closing question, or else as a reflection or other talk."""
    sentences = _sentences(text)
    if sentences and sentences[-1].endswith("?"):
        q = _normal(sentences[-1])
        if q.startswith(_WH) or any(opener in q for opener in _OPENERS):
            return Prompt.OPEN
        if q.startswith(_OFFERS):
            return Prompt.OFFER
        return Prompt.CLOSED
    flat = _normal(sentences[-1] if sentences else text)
    if flat.startswith(_OPENERS):
        return Prompt.OPEN  # "Tell me about the no."
    tokens = words(flat)
    if 0 < len(tokens) <= 4 and len(sentences) == 1:
        return Prompt.REFLECTION  # an echo: "Just fine."
    if re.search(r"\b(you|your|you're|yourself)\b", flat) or flat.startswith(("so ", "it sounds", "sounds like")):
        return Prompt.REFLECTION
    return Prompt.OTHER


def terse_kind(turn: Turn) -> str | None:
    """ "hedge" or "assent" for a reply of at most TERSE_WORDS words that adds nothing ("I suppose.", "Mm."), else
    None; "answer" for a hedged yes or no ("Yeah, probably."), which answers a closed question. "I don't know"
    alone is a hedge at any length it takes ("I don't know, I really don't know"), and so is any empty reply of up
    to HEDGED_WORDS words with a hedge in it ("Fine, I guess. Same as always.")."""
    return _terse_kind(text_without_cues(turn))


@lru_cache(maxsize=4096)
def _terse_kind(said: str) -> str | None:
    text = _FILLER_PHRASES.sub(" ", said.lower().replace("’", "'"))
    found = words(text)
    if not found:
        return None
    if not all(w in _EMPTY for w in found) or len(found) > HEDGED_WORDS:
        return None
    if _DONT_KNOW.search(text) and len(found) <= MINIMAL_WORDS + 2:
        return "hedge"
    if len(found) > TERSE_WORDS:
        return "hedge" if any(w in _HEDGES for w in found) else None
    if not (any(w in _HEDGES for w in found) or _DONT_KNOW.search(text)):
        return "assent"
    return "answer" if any(w in _YES_NO for w in found) else "hedge"


def starts_reply(turn: Turn, start: int) -> bool:
    """Whether the match at ``start`` begins the reply: nothing but cues and punctuation before it."""
    return not words(text_without_cues(Turn(0, "", turn.speaker_role, turn.text[:start], cues=turn.cues)))


def inside_cue(turn: Turn, start: int, end: int) -> bool:
    """A match within "(laughing and crying)" is the transcriber's note, not what the client said."""
    return any(c.start_char <= start and end <= c.end_char for c in turn.cues)


def previous_prompt(turns: Sequence[Turn], position: int) -> Prompt | None:
    """The kind of the therapist turn just before ``turns[position]`` (None when there is none)."""
    if position == 0 or turns[position - 1].speaker_role != SpeakerRole.THERAPIST:
        return None
    return prompt_kind(turns[position - 1].text)


def short_replies_before(turns: Sequence[Turn], position: int, *, look_back: int = 3) -> int:
    """How many of the client's previous ``look_back`` turns were short too (a run of terse answers)."""
    count = seen = 0
    for turn in reversed(turns[:position]):
        if turn.speaker_role != SpeakerRole.CLIENT:
            continue
        seen += 1
        if not is_short(turn):
            break
        count += 1
        if seen == look_back:
            break
    return count


def laugh_cue_near(turn: Turn, start: int, end: int) -> bool:
    """A laugh or smile cue in the segment(s) of ``start..end`` or up to CUE_REACH segments either side; a laugh
    typed as words ("Ha ha", "haha", "lol") counts too."""
    first, last = segment_range(turn, start, end)
    lo = turn.segments[max(first - CUE_REACH, 0)].start_char if turn.segments else 0
    hi = turn.segments[min(last + CUE_REACH, len(turn.segments) - 1)].end_char if turn.segments else len(turn.text)
    text = fold(turn.text)
    if _TYPED_LAUGH.search(text, lo, hi):
        return True
    return any(lo <= c.start_char < hi and _LAUGH.search(text, c.start_char, c.end_char) for c in turn.cues)


def laugh_cues(turn: Turn) -> list[tuple[int, int]]:
    text = fold(turn.text)
    return [(c.start_char, c.end_char) for c in turn.cues if _LAUGH.search(text, c.start_char, c.end_char)]


def names_the_affect(turn: Turn) -> bool:
    """A therapist turn that points at the client's smile or laugh ("You're smiling as you tell me that")."""
    return bool(_NAMES_AFFECT.search(fold(turn.text)))


def segment_range(turn: Turn, start: int, end: int) -> tuple[int, int]:
    """Indexes (positions in ``turn.segments``) of the segments holding the first and the last character of a span."""
    if not turn.segments:
        return 0, 0
    last_char = max(start, end - 1)
    first = next((i for i, s in enumerate(turn.segments) if s.start_char <= start < s.end_char), 0)
    last = next((i for i, s in enumerate(turn.segments) if s.start_char <= last_char < s.end_char), first)
    return first, max(first, last)


@dataclass(frozen=True)
class Aligned:
    """A span widened to whole segments: what a coder would mark."""

    segment_index: int
    start_char: int
    end_char: int


def align(turn: Turn, start: int, end: int) -> Aligned:
    if not turn.segments:
        return Aligned(0, 0, len(turn.text))
    first, last = segment_range(turn, start, end)
    seg = turn.segments[first]
    return Aligned(seg.index, seg.start_char, turn.segments[last].end_char)


def whole_turn(turn: Turn) -> Aligned:
    if not turn.segments:
        return Aligned(0, 0, len(turn.text))
    return Aligned(turn.segments[0].index, turn.segments[0].start_char, turn.segments[-1].end_char)
