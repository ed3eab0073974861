"""Context guards of the rule suggester (pure functions, no spaCy): where a matched phrase is the client's own act.

The phrase and frame patterns say *what* was said; these guards say whether it counts *here*:

- reported speech — "She said, you never listen" quotes someone else, it is not a complaint about the therapist;
- opening a sentence — "It's fine." as a reply is a claim, "I told her it's fine" is a story;
- an intervention before — "No, that's not it" rejects something only when the therapist offered something
  (an interpretation, a suggestion, a reflection) to reject;
- a light tone — a laugh next to "the projector died" on a turn full of "brilliant" and "loved it" is a funny story,
  not a content/affect split.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rupturetool.core.domain import Turn
from rupturetool.nlp.regex_trie import compile_grouped
from rupturetool.nlp.text_fold import fold

# Words that may come before a claim and still leave it "opening" its sentence ("No, honestly, it's fine").
_FILLERS = frozenset(
    [
        "yeah",
        "yes",
        "yep",
        "no",
        "nope",
        "nah",
        "oh",
        "um",
        "uh",
        "er",
        "erm",
        "ah",
        "mm",
        "hmm",
        "well",
        "so",
        "and",
        "but",
        "look",
        "honestly",
        "seriously",
        "really",
        "like",
        "i",
        "mean",
        "okay",
        "ok",
        "right",
        "actually",
        "anyway",
        "just",
        "sure",
        "see",
        "listen",
        "come",
        "on",
        "god",
        "gosh",
        "ugh",
        "eh",
        "meh",
        "wow",
    ]
)
_WORD = re.compile(r"[a-z']+")
_SENTENCE_END = re.compile(r"[.?!…;:]\s|\n|[-–—]\s")
# A reporting verb before a match in its sentence: what follows is someone else's words (or the client's to someone).
_REPORTED = compile_grouped(
    r"\b(?:said|says|saying|told (?:me|him|her|them|us)|tells (?:me|him|her|them)|goes,|went,|asked|asks|"
    r"go,|say,|shouted|yelled|screamed|texted|wrote|replied|answered|keeps saying|kept saying|like to say|used to say|"
    r"would say|'d say|he's like|she's like|they're like|he was like|she was like|they were like|wanted me to|"
    r"want me to|wants me to|told him to|told her to|something like)(?![a-z])"
)
# Therapist moves that put something forward for the client to take or refuse.
_INTERVENTION = compile_grouped(
    r"\b(?:maybe|perhaps|i wonder|i'm wondering|wondering if|what if|what about|how about|could you|could we|"
    r"you could|you might|might be|may be|it might|it may|could it be|could be|is it possible|why don't you|"
    r"have you (?:thought|considered|tried)|would you be willing|try|trying|shall we|let's|let us|one option|"
    r"another way|i'd like (?:us|you) to|i'd suggest|i suggest|suggest|i think you|i'm noticing|i notice|"
    r"i'm hearing|it sounds like|sounds like|it seems|seems like|it looks like|i guess you|part of you|"
    r"what i'm hearing|i'm struck|reframe|reframed|homework|exercise|practise|practice)\b"
)
_POSITIVE = re.compile(
    r"\b(?:lovely|loved|love it|loved it|brilliant|fantastic|wonderful|amazing|enjoyed|great fun|such fun|"
    r"(?:the|my|our) best|best (?:one|day|time|wedding|bit|part|thing)|so proud|proud of|hilarious|funny|"
    r"gorgeous|adorable|cute|"
    r"went well|really nice|so nice|good laugh|had a laugh|made my day|excited|fun|laughed|over the moon|thrilled|"
    r"delighted|so happy|chuffed)\b"
)
_SARCASM = re.compile(r"\b(?:fun times|good times|happy days|living the dream|lovely stuff|just brilliant)\b")


def _sentence_before(turn: Turn, start: int) -> str:
    """The text of the match's sentence before it (from the last sentence end, or the turn's start)."""
    before = turn.text[:start]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def opens_sentence(turn: Turn, start: int) -> bool:
    """Whether only fillers ("No, honestly, …") come before ``start`` in its sentence."""
    words = _WORD.findall(re.sub(r"[(\[][^)\]]*[)\]]", " ", _sentence_before(turn, start).lower()))
    return all(w in _FILLERS for w in words)


def reported(turn: Turn, start: int) -> bool:
    """Whether the match sits in reported speech: "He said, you have to be faster" (not said to the therapist)."""
    return bool(_REPORTED.search(fold(_sentence_before(turn, start))))


@lru_cache(maxsize=4096)
def is_intervention(text: str) -> bool:
    """A therapist turn that offers an interpretation, a suggestion, a task or a reflection the client can refuse."""
    return bool(_INTERVENTION.search(fold(text)))


_NEGATIVE = compile_grouped(
    r"\b(?:awful|terrible|horrible|horrendous|dreadful|nightmare|worst|hate|hated|dread|disaster|evict\w*|sacked|"
    r"fired|dumped|died|dead|hospital|crying|cried|alone|lonely|hurt|hit|beat|scared|terrified|panic\w*|ashamed|"
    r"humiliat\w*|disappoint\w*|useless|worthless|pathetic|depressed|miserable|kill\w*|suicid\w*)\b"
)


def light_tone(turn: Turn) -> bool:
    """A turn whose words are more happy or amused than painful, and not sarcastic ("Fun times."): its laugh fits
    its content ("(laughs) The projector died, but my boss said it was the best talk all week")."""
    text = fold(turn.text)
    if _SARCASM.search(text):
        return False
    return len(_POSITIVE.findall(text)) > len(_NEGATIVE.findall(text))


_NEGATION = re.compile(
    r"\b(?:not|never|no|didn't|don't|doesn't|wasn't|isn't|won't|without|nobody|nothing|none|no one)\W+(?:\w+\W+)?$"
)


def negated(turn: Turn, start: int) -> bool:
    """Whether a negation comes at most one word before ``start`` ("I didn't cry", "no one got hurt")."""
    return bool(_NEGATION.search(fold(_sentence_before(turn, start))))
