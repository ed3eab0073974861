"""Reply rules of the rule suggester: markers read from how a client reply answers the therapist turn before it,
whatever its exact words (pure functions, no spaCy).

- echo denial (C6) — the client denies the very word the therapist used about them: "you might have snapped at
  her" → "I didn't snap";
- correction (C2) — after an interpretation the client swaps the therapist's reading for their own: "I'm not hurt,
  I'm furious", "It's not sadness, it's anger";
- impersonal reply (W3) — asked about their own experience, the client answers with generalisations about people,
  society or abstract nouns and hardly says "I": "Boys back then were raised to be tough. It was the culture."
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rupturetool.core.domain import SpeakerRole, Turn
from rupturetool.nlp import suggest_context as ctx
from rupturetool.nlp import suggest_guards as guards
from rupturetool.nlp.text_fold import fold


@dataclass(frozen=True)
class ReplyMarker:
    subtype: str
    start_char: int
    end_char: int
    confidence: float
    reason: str


_DENIAL = re.compile(
    r"\bi\s*(?:didn't|did not|wasn't|was not|'m not|am not|don't|do not|never|haven't|have not|"
    r"wouldn't|would not)\s+(?:really\s+|even\s+|just\s+|being\s+|trying to\s+)?([a-z]+)"
)
_CORRECTION = re.compile(
    r"\b(i'm|i am|it's|it is|it was|that's|that was|i was|i feel|i felt)\s+not\s+(?:\w+[\s,]+){0,2}?\w+[.,;:!—–-]+\s*"
    r"(?:but\s+|just\s+)?(i'm|i am|it's|it is|it was|that's|i was|i feel|i felt)\s+(?:just\s+|really\s+)?\w+"
)
# Words too common to count as the therapist's word being echoed.
_COMMON = frozenset(
    [
        "that",
        "this",
        "have",
        "with",
        "what",
        "your",
        "about",
        "there",
        "their",
        "would",
        "could",
        "should",
        "been",
        "being",
        "going",
        "doing",
        "think",
        "know",
        "really",
        "just",
        "like",
        "want",
        "said",
        "when",
        "where",
        "which",
        "some",
        "more",
        "much",
        "they",
        "them",
        "then",
        "than",
        "from",
        "into",
        "feel",
        "felt",
        "seem",
        "seems",
        "mean",
        "make",
        "made",
        "well",
        "very",
        "also",
        "because",
        "maybe",
        "perhaps",
        "wonder",
        "sounds",
        "sound",
        "something",
        "anything",
        "things",
        "thing",
        "want",
        "wanna",
        "gonna",
        "need",
        "sure",
        "know",
        "like",
        "look",
        "looked",
        "talk",
        "talked",
        "tell",
        "told",
        "went",
        "come",
        "came",
        "care",
        "mind",
        "remember",
        "understand",
        "worry",
        "worried",
        "plan",
        "planned",
        "help",
        "trying",
        "tried",
        "manage",
        "managed",
        "used",
        "drink",
        "drinking",
        "smoke",
        "smoking",
        "take",
        "taking",
    ]
)
_GENERIC_SUBJECT = re.compile(
    r"(?:^|[.?!]\s+)(?:well,?\s+|i mean,?\s+|i think,?\s+|i suppose,?\s+|so,?\s+)?(?:people|everyone|everybody|"
    r"anyone|anybody|men|women|boys|girls|kids|children|parents|families|relationships|marriages|society|humans|"
    r"we all|most people|one|nobody|no one|life|fathers|mothers|dads|mums|moms|that generation|"
    r"[a-z]+(?:ness|ity|ion|ism|ship|ence|ance)|love|grief|anger|anxiety|stress|fear|feelings|emotions|"
    r"it's (?:just |all )?(?:life|human nature|natural|normal|the culture|society|the way))\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b")
_ABOUT_YOU = re.compile(r"\byou(?:'re|'ve| are| were| have| might| may| seem)?\b")
_GENERIC_MIN_WORDS = 12


def reply_markers(turns: Sequence[Turn], pos: int) -> list[ReplyMarker]:
    """The reply-rule markers of client turn ``turns[pos]`` (needs a therapist turn just before it)."""
    if pos == 0 or turns[pos - 1].speaker_role != SpeakerRole.THERAPIST:
        return []
    therapist, turn = turns[pos - 1], turns[pos]
    return [*_echo_denials(therapist, turn), *_corrections(therapist, turn), *_impersonal(turns, pos)]


def _stems(text: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4 and w not in _COMMON}


def _echo_denials(therapist: Turn, turn: Turn) -> list[ReplyMarker]:
    if therapist.text.rstrip().endswith("?"):
        return []  # "Do you smoke?" "I don't smoke." answers; denial defends against a statement about oneself
    denials = [m for m in _DENIAL.finditer(fold(turn.text)) if len(m.group(1)) >= 4 and m.group(1) not in _COMMON]
    if not denials or not _ABOUT_YOU.search(fold(therapist.text)):
        return []  # no denial of a word of substance, or the therapist said nothing about the client to deny
    said = _stems(therapist.text)
    found = []
    for m in denials:
        word = m.group(1)
        if word[:4] not in said or not guards.opens_sentence(turn, m.start()):
            continue
        if not guards.reported(turn, m.start()):
            reason = f"the client denies the therapist's own word (“{word}”) about them"
            found.append(ReplyMarker("C6", m.start(), m.end(), 0.55, reason))
    return found


def _corrections(therapist: Turn, turn: Turn) -> list[ReplyMarker]:
    if not guards.is_intervention(therapist.text):
        return []
    found = []
    for m in _CORRECTION.finditer(fold(turn.text)):
        if guards.opens_sentence(turn, m.start()) and not guards.reported(turn, m.start()):
            reason = "the client replaces the therapist's reading with their own (“not …, …”)"
            found.append(ReplyMarker("C2", m.start(), m.end(), 0.5, reason))
    return found


def _impersonal(turns: Sequence[Turn], pos: int) -> list[ReplyMarker]:
    turn = turns[pos]
    prompt = ctx.previous_prompt(turns, pos)
    if prompt not in (ctx.Prompt.OPEN, ctx.Prompt.REFLECTION):
        return []
    if ctx.spoken_words(turn) < _GENERIC_MIN_WORDS:
        return []
    text = fold(ctx.text_without_cues(turn))
    if len(_FIRST_PERSON.findall(text)) > 1:
        return []
    generic = list(_GENERIC_SUBJECT.finditer(text))
    if len(generic) < 2:
        return []
    reason = f"an impersonal reply to a {prompt.value}: {len(generic)} general statements, hardly an “I”"
    return [ReplyMarker("W3", 0, len(turn.text), 0.45, reason)]
