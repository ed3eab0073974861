"""Personal names in transcript text: the session's own speaker names, a shipped first-name list, titles + surname.

Rules, not a statistical model: spoken-language transcripts are unlike the news text spaCy's NER models learnt
from, and rules say why each hit was made. Matching is case-sensitive: a name counts only when capitalised.
A capitalised word at the start of a sentence says little, so a name that is also an everyday word ("Will you",
"Mark my words", "Grace") counts there only with more context (a surname after it, a title or "my sister" before
it, or the same name found elsewhere); names that are also months, places or exclamations ("May", "Jordan",
"Jesus") need that context anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rupturetool.core.pii import PiiHit


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Names that are also everyday words: a capital letter at a sentence start does not make them names.
WORD_NAMES = _words(
    "Will May Hope Faith Grace Joy Mark Bill Bob Jack Frank Rose Ruby Pearl Penny Olive Ivy Iris Holly Heather "
    "Hazel Daisy Dawn Dean Glen Grant Max Victor Violet Willow Amber Crystal Jade Angel Precious Destiny Ginger Opal "
    "Carol Ken Ray Don Sue Pat Eve Rich Art Miles Chase Hunter Mason Sunny Summer Sky River Chance Gift Blessing "
    "Favour Patience Mercy Sandy Guy Gene Lily Autumn Harmony Honey Can Son Long Said Van Gal Hung Lam Tam Na Bo "
    "Sola Per Ram Ping Min Lan Sol Luna Star Nell Brook Brooke Page Paige Cliff Drew Neil Wade Rob Rod Norm Lance "
    "Harper Parker Cooper Carter Tucker Major King Prince Royal Genesis Trinity Heaven Storm Rain"
)
# Capitalised for other reasons anywhere (months, places, faith, exclamations): names only with context.
CONTEXT_NAMES = _words(
    "May June April August Jan Jesus Islam Christian Mercedes Trinidad Lourdes Florence Georgia Chelsea Victoria "
    "Austin Jordan Madison Brooklyn Charlotte Hong Nana Sultan Summer Autumn Sky Genesis Trinity Heaven Prince King "
    "Major Royal Storm Rain Star Luna Sol Angel Destiny Precious Harmony Chance"
)
TITLES = _words(
    "Dr Doctor Mr Mrs Ms Miss Mx Prof Professor Sir Dame Lady Lord Rev Reverend Father Sister Nurse Auntie Aunty "
    "Aunt Uncle Cousin Nan Nanna Grandma Grandpa Granny Grandad Granddad"
)
# Words before a name that make it one ("my sister Grace", "a boy called Will").
CUES = _words(
    "named called sister brother mum mom mother dad father son daughter husband wife partner boyfriend girlfriend "
    "friend friends fiance fiancee ex boss manager colleague teacher neighbour neighbor cousin aunt uncle niece "
    "nephew grandson granddaughter baby stepdad stepmum stepmom stepson stepdaughter flatmate roommate mate "
    "hi hello dear bye thanks love"
)
# Capitalised words that are never a surname after a name or title.
NOT_SURNAMES = _words(
    "I I'm I'd I'll I've The A An And But Or So Then Yes No Okay OK Oh Well Hmm Um Uh Yeah It It's He She They We "
    "You My Your His Her Our Their This That What When Where Why How Who If In On At To For With Of As Is Was Are "
    "Were Be Do Did Does Not Just Maybe Also Because After Before Like Now Sorry Thanks Thank Please Hi Hello Bye "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Christmas Easter God Mum Mom Dad Sir Madam Right Okay Alright"
)
ROLE_WORDS = _words(
    "therapist client patient counsellor counselor clinician interviewer interviewee participant speaker doctor dr "
    "psychologist psychotherapist analyst consultee unknown person mr mrs ms miss mx prof"
)

TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
_SENTENCE_END = ".!?…\n"
_OPENERS = " \t\"'“‘(["


@cache
def first_names() -> frozenset[str]:
    text = resources.files("rupturetool.data").joinpath("names", "first_names.txt").read_text(encoding="utf-8")
    shipped = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(shipped | WORD_NAMES | (CONTEXT_NAMES - {"Jesus", "Islam", "Hong"}))


def name_parts(names: Iterable[str]) -> set[str]:
    """The words of the given names (speaker labels) that can be a person's name: "Dr Okafor" -> {"Okafor"}."""
    parts = set()
    for name in names:
        for match in TOKEN.finditer(name):
            word = match.group()
            if len(word) >= 2 and word.casefold() not in ROLE_WORDS and word.capitalize() not in NOT_SURNAMES:
                parts.add(word[0].upper() + word[1:].lower() if word.isupper() else word)
    return parts


@dataclass
class _Token:
    start: int
    end: int
    word: str
    at_start: bool  # first word of a sentence
    gap: str  # the text between the previous token and this one


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    prev_end = 0
    for match in TOKEN.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if word.endswith(("'s", "’s")):
            word, end = word[:-2], end - 2
        gap = text[prev_end:start]
        before = gap.rstrip(_OPENERS)
        previous = out[-1].word if out else ""
        at_start = not out or (bool(before) and before[-1] in _SENTENCE_END and previous not in TITLES)
        out.append(_Token(start, end, word, at_start, gap))
        prev_end = match.end()
    return out


def _capitalised(word: str) -> bool:
    return word[0].isupper() and not (len(word) > 1 and word.isupper())


def _surname_after(tokens: Sequence[_Token], i: int) -> int:
    """How many capitalised words right after token ``i`` read as its surname (0–2)."""
    n = 0
    while n < 2 and i + n + 1 < len(tokens):
        nxt = tokens[i + n + 1]
        if nxt.gap not in (" ", "-") or nxt.at_start or not _capitalised(nxt.word) or nxt.word in NOT_SURNAMES:
            break
        n += 1
    return n


def _name_context(tokens: Sequence[_Token], i: int, names: frozenset[str]) -> str | None:
    """Why token ``i`` is a name whatever its word: a title, a cue word or a surname around it."""
    prev = tokens[i - 1] if i > 0 and not tokens[i].at_start else None
    if prev is not None and prev.word.rstrip(".") in TITLES and tokens[i].gap.strip() in ("", "."):
        return "after a title"
    if prev is not None and prev.word.casefold() in CUES and tokens[i].gap.strip() in ("", ","):
        return "after a word that introduces a name"
    if _surname_after(tokens, i) and tokens[i + 1].word not in names:
        return "followed by a surname"
    return None


def find_names(turns: Sequence[tuple[int, str]], known: Iterable[str] = ()) -> list[PiiHit]:
    """Name hits in ``(turn_index, text)`` pairs; ``known`` are the session's own speaker names (surest)."""
    listed = first_names()
    speakers = frozenset(name_parts(known))
    names = listed | speakers
    tokenised = [(index, _tokens(text)) for index, text in turns]
    confirmed: set[str] = set(speakers - CONTEXT_NAMES)
    found: list[tuple[int, int, int, str, float]] = []  # turn, token position, surname words, reason, confidence

    def judge(tokens: list[_Token], i: int) -> tuple[str, float] | None:
        tok = tokens[i]
        word = tok.word
        if not _capitalised(word):
            return None
        prev = tokens[i - 1] if i > 0 else None
        titled = prev is not None and not tok.at_start and prev.word.rstrip(".") in TITLES and prev.word[0].isupper()
        if titled and word not in NOT_SURNAMES and tok.gap.strip() in ("", "."):
            return "title and surname", 0.9
        if word not in names:
            return None
        why = _name_context(tokens, i, names)
        if why is not None:
            return f"first name {why}", 0.9
        if word in speakers and word not in WORD_NAMES | CONTEXT_NAMES:
            return "a speaker's name", 0.95
        if word in CONTEXT_NAMES:
            return None
        if tok.at_start:
            if word in WORD_NAMES and word not in confirmed:
                return None
            return "first-name list, at a sentence start", 0.6
        return "first-name list", 0.6 if word in WORD_NAMES else 0.8

    for index, tokens in tokenised:
        for i, tok in enumerate(tokens):
            verdict = judge(tokens, i)
            if verdict is not None:
                found.append((index, i, _surname_after(tokens, i), *verdict))
                if not tok.at_start and tok.word not in CONTEXT_NAMES:
                    confirmed.add(tok.word)
    # A word-name found elsewhere in the session ("Mark" mid-sentence) is a name at sentence starts too.
    seen = {(index, i) for index, i, *_ in found}
    for index, tokens in tokenised:
        for i, tok in enumerate(tokens):
            if tok.at_start and tok.word in confirmed and (index, i) not in seen and tok.word not in NOT_SURNAMES:
                found.append((index, i, _surname_after(tokens, i), "a name found elsewhere in the session", 0.7))
    by_turn = dict(tokenised)
    hits = []
    for index, i, extra, reason, confidence in found:
        tokens = by_turn[index]
        hits.append(PiiHit(index, tokens[i].start, tokens[i + extra].end, "name", reason, confidence))
    return hits
