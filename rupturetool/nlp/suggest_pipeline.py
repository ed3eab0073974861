"""The rule pipeline: blank English plus the suggestion patterns in a PhraseMatcher (phrases, case-insensitive) and
Matchers (token patterns) — the two halves of a spaCy SpanRuler, used directly because only the matches are needed:
no Span objects. A token pattern costs time at every token of every turn, so each one gets its own Matcher that runs
only on turns holding at least one of the words of each of its required tokens (see :func:`required_words`): a frame
like "this homework … pointless" is tried only where both words occur. Client turns run only the marker patterns
and therapist turns only the stage-1 and strategy patterns, each speaker's in matchers of their own. Built once per
set of pattern files and cached; nothing is downloaded.

Phrases are matched on spaCy's NORM, which undoes contractions ("don't", "dont" and "do not" all read "do not";
"you're" and "you are" alike); every phrase is also added without its apostrophes ("its fine", "thats"), the way
people type. Only the tokenizer runs (no sentencizer): suggestions are aligned to the stored segments afterwards,
and a token pattern's ``IS_SENT_START`` means "first token of the turn". Brace alternatives in phrases are expanded
when the files are read; token patterns hold the frames whose combinations are too many for phrases (anchor words
with optional hedges or a few words between them: "you … seem … distracted").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rupturetool.core.errors import InputError
from rupturetool.nlp.suggest_patterns import Match, PatternSpec, expand_phrase, load_patterns

if TYPE_CHECKING:
    from spacy.language import Language

# Apostrophe-less contractions the tokenizer splits ("Im", "thats") read like the full ones.
_EXTRA_NORMS = {"m": "am", "s": "'s", "re": "are", "ve": "have", "ll": "will"}
# Curly quotes become straight ones (same length, so offsets stay valid): patterns are written with "'".
_CURLY = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'))


def _straighten(text: str) -> str:
    for curly, straight in _CURLY:  # str.replace: many times faster than str.translate on short texts
        text = text.replace(curly, straight)
    return text


# The tokenizer caches up to this many chunks (spaCy's default, 10,000, fills within a few sessions).
_CACHED_CHUNKS = 250_000

_GATED = ("NORM", "LOWER", "ORTH")  # token attributes whose required words gate a token pattern
# Everyday words: a rule's gate is anchored on its rarer words where it has some.
_COMMON_WORDS = (
    "i you he she we they it this that these those the a an not no to of in on at for from with by about after as "
    "is are am was were be been being do does did doing done have has had having go going went get got getting "
    "know see want need mean sure like think say said make made take come can will would could should 's 'd me my "
    "your our his her their them him us and but so or if then than when what why how who which where just really "
    "very all any some more much one there here now up out back well yeah oh um"
)
_COMMON = frozenset(_COMMON_WORDS.split())


@dataclass(frozen=True)
class _TokenRule:
    """One token pattern in a Matcher of its own, with the word sets a turn must hit before it is tried."""

    matcher: Any  # spacy.matcher.Matcher
    required: tuple[tuple[str, frozenset[int]], ...]  # (attribute, word hashes): one of the words must occur
    gaps: tuple[int, ...]  # per required token, the most tokens it can lie after the one before (first: unused)

    def may_match(self, values: dict[str, list[int]], present: dict[str, set[int]]) -> bool:
        """Whether the required words occur in order, each within its reach of the one before (``values``: each
        gated attribute's value per token; ``present``: the same as sets)."""
        for attr, words in self.required:
            if words.isdisjoint(present[attr]):
                return False  # most rules fail here, before any positions are compared
        reach: list[int] | None = None
        for (attr, words), gap in zip(self.required, self.gaps, strict=True):
            here = [p for p, value in enumerate(values[attr]) if value in words]
            if reach is not None:
                here = [p for p in here if any(0 < p - q <= gap for q in reach)]
            if not here:
                return False
            reach = here
        return True


@dataclass(frozen=True)
class _Matchers:
    """The patterns for one speaker's turns (client or therapist)."""

    phrases: Any  # spacy.matcher.PhraseMatcher on NORM
    tokens: tuple[_TokenRule, ...]
    # per token attribute the rules' gates read: word hash -> the rules that word can open the gate of (one anchor
    # set per rule)
    anchors: dict[str, dict[int, tuple[int, ...]]]
    ungated: tuple[int, ...]  # the rules without a required word: tried on every turn

    def token_matches(self, doc: Any) -> list[tuple[int, int, int]]:
        """The token patterns' matches in a turn's Doc, each tried only where its gate lets it through. The gate
        compares the token attribute values themselves, as the Matcher does ({"NORM": "x"}: a token whose norm is
        "x")."""
        values = {attr: doc.to_array(attr).tolist() for attr in self.anchors}
        present = {attr: set(found) for attr, found in values.items()}
        hit = set(self.ungated)
        for attr, anchors in self.anchors.items():
            for word in anchors.keys() & present[attr]:
                hit.update(anchors[word])
        found = []
        for i in sorted(hit):
            rule = self.tokens[i]
            if rule.may_match(values, present):
                found += rule.matcher(doc)
        return found


@dataclass(frozen=True)
class RulePipeline:
    nlp: Language
    client: _Matchers  # the marker patterns (W1–W7, C1–C7), for client turns
    therapist: _Matchers  # the stage-1 and strategy patterns, for therapist turns
    specs: dict[str, PatternSpec]  # by "label|id|n" (the matchers' key for a pattern)
    # Whether some therapist pattern fires without a client marker before it (then every therapist turn is read).
    therapist_anywhere: bool
    # The whitespace-separated chunks already in the tokenizer's cache (see _warm_tokenizer).
    warmed: set[str] = field(default_factory=set, compare=False)

    def match(self, texts: Sequence[str], *, therapist: bool = False) -> list[list[Match]]:
        """The matches in each text of the patterns for the speaker's turns (client, or therapist if ``therapist``)."""
        out: list[list[Match]] = []
        strings = self.nlp.vocab.strings
        matchers = self.therapist if therapist else self.client
        texts = [_straighten(text) for text in texts]
        self._warm_tokenizer(texts)
        for doc in map(self.nlp.tokenizer, texts):
            found = matchers.phrases(doc)
            if matchers.tokens and len(doc):
                found += matchers.token_matches(doc)
            hits = {
                Match(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), self.specs[strings[key]])
                for key, start, end in found
            }
            out.append(sorted(hits, key=lambda m: (m.start_char, m.end_char, m.spec.label, m.spec.id)))
        return out

    def _warm_tokenizer(self, texts: list[str]) -> None:
        """Put every chunk of ``texts`` not seen before into the tokenizer's cache. spaCy caches a chunk's tokens only
        when no special case (a contraction, a dash, a line break) came before it in the same text, so in a long turn
        most words after the first "it's" were split with the affix regexes on every call. Tokenized on its own, each
        chunk is cached (unless it is a special case itself); letters-only chunks that are no special case go in one
        text, as they hardly ever hit one. The tokens come out the same either way: the cache only saves the work."""
        if len(self.warmed) >= _CACHED_CHUNKS:
            return  # the tokenizer's cache is full: no more chunks go in
        new = set(" ".join(texts).split()).difference(self.warmed)
        if not new:
            return
        tokenizer, specials = self.nlp.tokenizer, self.nlp.tokenizer.rules
        plain = [c for c in new if c.isalpha() and c not in specials]
        tokenizer(" ".join(plain))
        for chunk in new.difference(plain):
            tokenizer(chunk)
        self.warmed.update(new)


def rule_pipeline(extra_files: Sequence[Path] = ()) -> RulePipeline:
    """The cached pipeline for the shipped patterns plus ``extra_files`` (rebuilt when one of them changes)."""
    key = tuple((str(p), _mtime(Path(p))) for p in extra_files)
    return _build(key)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        raise InputError(f"{path}: pattern file not found") from None


@cache
def _build(files: tuple[tuple[str, float], ...]) -> RulePipeline:
    import spacy
    from spacy.util import compile_infix_regex

    specs = load_patterns([Path(p) for p, _ in files])
    nlp = spacy.blank("en")
    # A bracket is a token of its own, as in the segmenter: "(laughs)Sorry" still shows its cue and its words.
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"[()\[\]]"]).finditer
    nlp.tokenizer.max_cache_size = _CACHED_CHUNKS
    for text, norm in _EXTRA_NORMS.items():
        nlp.vocab[text].norm_ = norm
    by_key = {f"{spec.label}|{spec.id}|{n}": spec for n, spec in enumerate(specs)}
    client = _matchers({k: s for k, s in by_key.items() if not s.for_therapist}, nlp)
    therapist = _matchers({k: s for k, s in by_key.items() if s.for_therapist}, nlp)
    anywhere = any(s.for_therapist and s.context != "after_marker" for s in specs)
    return RulePipeline(nlp, client, therapist, by_key, anywhere)


def _matchers(specs: dict[str, PatternSpec], nlp: Language) -> _Matchers:
    from spacy.matcher import Matcher, PhraseMatcher

    phrases = PhraseMatcher(nlp.vocab, attr="NORM")
    tokens: list[_TokenRule] = []
    for key, spec in specs.items():
        if isinstance(spec.pattern, str):
            variants = {_straighten(v) for v in expand_phrase(spec.pattern)}
            variants |= {v.replace("'", "") for v in variants if "'" in v and v.replace("'", "").strip()}
            phrases.add(key, [nlp.make_doc(v) for v in sorted(variants)])
        else:
            matcher = Matcher(nlp.vocab, validate=True)
            _add_token_pattern(matcher, key, spec)
            chain = _required_chain(spec.pattern)
            required = tuple((attr, frozenset(nlp.vocab.strings.add(w) for w in words)) for attr, words, _ in chain)
            tokens.append(_TokenRule(matcher, required, tuple(gap for _, _, gap in chain)))
    anchors, ungated = _anchors(tokens, nlp)
    return _Matchers(phrases, tuple(tokens), anchors, ungated)


def _anchors(rules: list[_TokenRule], nlp: Language) -> tuple[dict[str, dict[int, tuple[int, ...]]], tuple[int, ...]]:
    """For each rule, its required word set least made of everyday words is its anchor: a turn is checked against a
    rule only when one of the anchor's words occurs. Returns the anchors by attribute and word, and the rules with
    no required word (always checked)."""
    common = {nlp.vocab.strings.add(w) for w in _COMMON}
    index: dict[str, dict[int, list[int]]] = {}
    ungated: list[int] = []
    for i, rule in enumerate(rules):
        if not rule.required:
            ungated.append(i)
            continue
        attr, words = min(rule.required, key=lambda r: (len(r[1] & common) / len(r[1]), len(r[1])))
        for w in words:
            index.setdefault(attr, {}).setdefault(w, []).append(i)
        for other, _ in rule.required:  # every attribute a rule's gate reads is read from each turn
            index.setdefault(other, {})
    return {attr: {w: tuple(v) for w, v in by_word.items()} for attr, by_word in index.items()}, tuple(ungated)


def required_words(pattern: list[dict[str, Any]]) -> list[tuple[str, frozenset[str]]]:
    """For each token a match cannot do without (no "OP", "+", or "{n,m}" with n ≥ 1), the words it accepts on NORM,
    LOWER or ORTH: a turn holding none of one set's words cannot match, so the pattern is not tried there."""
    return [(attr, words) for attr, words, _ in _required_chain(pattern)]


_FAR = 10_000  # "any number of tokens" for the reach between required tokens


def _required_chain(pattern: list[dict[str, Any]]) -> list[tuple[str, frozenset[str], int]]:
    """The required words in pattern order, each with the most tokens it can lie after the previous one."""
    found: list[tuple[str, frozenset[str], int]] = []
    gap = 1
    for token in pattern:
        low, high = _repeats(token.get("OP"))
        words = _gate_words(token) if low >= 1 else None
        if words is None:
            gap += high
            continue
        found.append((*words, gap))
        gap = 1 + (high - 1)  # the token's own further repeats come before the next one
    return found


def _repeats(op: object) -> tuple[int, int]:
    """Fewest and most tokens a pattern token consumes, by its "OP"."""
    if op is None:
        return 1, 1
    table = {"?": (0, 1), "*": (0, _FAR), "+": (1, _FAR), "!": (0, 0)}
    if op in table:
        return table[op]
    found = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", str(op))
    if found is None:
        return 0, _FAR
    low = int(found[1] or 0)
    high = int(found[3]) if found[3] else (_FAR if found[2] else low)
    return low, high


def _gate_words(token: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    for attr in _GATED:
        value = token.get(attr, token.get("TEXT") if attr == "ORTH" else None)
        if isinstance(value, str):
            return attr, frozenset([value])
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
            return attr, frozenset(str(v) for v in value["IN"])
    return None


def _add_token_pattern(matcher: Any, key: str, spec: PatternSpec) -> None:
    try:
        matcher.add(key, [spec.pattern])
    except Exception as exc:  # spaCy raises MatchPatternError or ValueError, over many lines
        lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
        reason = lines[1] if len(lines) > 1 else (lines[0] if lines else type(exc).__name__)
        raise InputError(f"{spec.source}: not a valid spaCy token pattern ({reason})") from None
