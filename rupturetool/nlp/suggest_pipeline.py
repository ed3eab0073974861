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
from dataclasses import dataclass
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


_GATED = ("NORM", "LOWER", "ORTH")  # token attributes whose required words gate a token pattern
_UNGATED = ("*", 0)  # anchors key of the token rules without a required word: tried on every turn
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

    def may_match(self, present: dict[str, dict[int, list[int]]]) -> bool:
        """Whether the required words occur in order, each within its reach of the one before."""
        for attr, words in self.required:
            if words.isdisjoint(present.get(attr, ())):
                return False  # most rules fail here, before any positions are compared
        reach: list[int] | None = None
        for (attr, words), gap in zip(self.required, self.gaps, strict=True):
            seen = present.get(attr, {})
            here = sorted(p for w in words & seen.keys() for p in seen[w])
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
    # (attribute, word hash) -> the token rules that word can open the gate of (one anchor set per rule)
    anchors: dict[tuple[str, int], tuple[int, ...]]
    # per token attribute the rules' gates read: a PhraseMatcher of their required words, each its own key (so a
    # match id is the word's hash), which finds the words present in a turn in one pass
    gates: tuple[tuple[str, Any], ...]

    def token_matches(self, doc: Any) -> list[tuple[int, int, int]]:
        """The token patterns' matches in a turn's Doc, each tried only where its gate lets it through."""
        present: dict[str, dict[int, list[int]]] = {}
        for attr, gate in self.gates:
            seen = present[attr] = {}
            for key, start, _ in gate(doc):
                seen.setdefault(key, []).append(start)
        hit = {i for attr, words in present.items() for w in words for i in self.anchors.get((attr, w), ())}
        hit.update(self.anchors.get(_UNGATED, ()))
        found = []
        for i in sorted(hit):
            rule = self.tokens[i]
            if rule.may_match(present):
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

    def match(self, texts: Sequence[str], *, therapist: bool = False, batch_size: int = 256) -> list[list[Match]]:
        """The matches in each text of the patterns for the speaker's turns (client, or therapist if ``therapist``)."""
        out: list[list[Match]] = []
        strings = self.nlp.vocab.strings
        matchers = self.therapist if therapist else self.client
        for doc in self.nlp.tokenizer.pipe(map(_straighten, texts), batch_size=batch_size):
            found = matchers.phrases(doc)
            if matchers.tokens and len(doc):
                found += matchers.token_matches(doc)
            hits = {
                Match(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), self.specs[strings[key]])
                for key, start, end in found
            }
            out.append(sorted(hits, key=lambda m: (m.start_char, m.end_char, m.spec.label, m.spec.id)))
        return out


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
    return _Matchers(phrases, tuple(tokens), _anchors(tokens, nlp), _gates(list(specs.values()), nlp))


def _gates(specs: list[PatternSpec], nlp: Language) -> tuple[tuple[str, Any], ...]:
    from spacy.matcher import PhraseMatcher

    words: dict[str, set[str]] = {}
    for spec in specs:
        if not isinstance(spec.pattern, str):
            for attr, found in required_words(spec.pattern):
                words.setdefault(attr, set()).update(found)
    gates = []
    for attr, found in sorted(words.items()):
        gate = PhraseMatcher(nlp.vocab, attr=attr)
        for word in sorted(found):
            doc = nlp.make_doc(word)
            if len(doc) == 1:  # a word the tokenizer splits ("n't" alone) cannot be looked up as one token
                gate.add(word, [doc])
        gates.append((attr, gate))
    return tuple(gates)


def _anchors(rules: list[_TokenRule], nlp: Language) -> dict[tuple[str, int], tuple[int, ...]]:
    """For each rule, its required word set least made of everyday words is its anchor: a turn is checked against a
    rule only when one of the anchor's words occurs (a rule with no required word is always checked)."""
    common = {nlp.vocab.strings.add(w) for w in _COMMON}
    index: dict[tuple[str, int], list[int]] = {}
    for i, rule in enumerate(rules):
        if not rule.required:
            index.setdefault(_UNGATED, []).append(i)
            continue
        attr, words = min(rule.required, key=lambda r: (len(r[1] & common) / len(r[1]), len(r[1])))
        for w in words:
            index.setdefault((attr, w), []).append(i)
    return {k: tuple(v) for k, v in index.items()}


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
