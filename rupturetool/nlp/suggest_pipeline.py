"""The rule pipeline: blank English plus the suggestion patterns in a PhraseMatcher (phrases, case-insensitive) and
a Matcher (token patterns) — the two halves of a spaCy SpanRuler, used directly because only the matches are needed:
no Span objects, and the token matcher is skipped while it holds no pattern. Built once per set of pattern files and
cached; nothing is downloaded.

Phrases are matched on spaCy's NORM, which undoes contractions ("don't", "dont" and "do not" all read "do not";
"you're" and "you are" alike); every phrase is also added without its apostrophes ("its fine", "thats"), the way
people type. Only the tokenizer runs (no sentencizer): suggestions are aligned to the stored segments afterwards,
and a token pattern's ``IS_SENT_START`` means "first token of the turn". For speed, shipped patterns are phrases
(brace alternatives are expanded when the files are read), bar two C3 token patterns whose combinations are too many.
"""

from __future__ import annotations

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
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class RulePipeline:
    nlp: Language
    phrases: Any  # spacy.matcher.PhraseMatcher on NORM
    tokens: Any  # spacy.matcher.Matcher
    specs: dict[str, PatternSpec]  # by "label|id|n" (the matchers' key for a pattern)
    # Whether some therapist pattern fires without a client marker before it (then every therapist turn is read).
    therapist_anywhere: bool

    def match(self, texts: Sequence[str], *, batch_size: int = 256) -> list[list[Match]]:
        out: list[list[Match]] = []
        strings = self.nlp.vocab.strings
        use_tokens = len(self.tokens) > 0
        for doc in self.nlp.tokenizer.pipe((t.translate(_STRAIGHTEN) for t in texts), batch_size=batch_size):
            found = self.phrases(doc) + (self.tokens(doc) if use_tokens else [])
            hits = {
                Match(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), self.specs[strings[key]])
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
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.util import compile_infix_regex

    specs = load_patterns([Path(p) for p, _ in files])
    nlp = spacy.blank("en")
    # A bracket is a token of its own, as in the segmenter: "(laughs)Sorry" still shows its cue and its words.
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"[()\[\]]"]).finditer
    for text, norm in _EXTRA_NORMS.items():
        nlp.vocab[text].norm_ = norm
    phrases, tokens = PhraseMatcher(nlp.vocab, attr="NORM"), Matcher(nlp.vocab, validate=True)
    by_key: dict[str, PatternSpec] = {}
    for n, spec in enumerate(specs):
        key = f"{spec.label}|{spec.id}|{n}"
        by_key[key] = spec
        if isinstance(spec.pattern, str):
            variants = {v.translate(_STRAIGHTEN) for v in expand_phrase(spec.pattern)}
            variants |= {v.replace("'", "") for v in variants if "'" in v and v.replace("'", "").strip()}
            phrases.add(key, [nlp.make_doc(v) for v in sorted(variants)])
        else:
            _add_token_pattern(tokens, key, spec)
    anywhere = any(s.for_therapist and s.context != "after_marker" for s in specs)
    return RulePipeline(nlp, phrases, tokens, by_key, anywhere)


def _add_token_pattern(matcher: Any, key: str, spec: PatternSpec) -> None:
    try:
        matcher.add(key, [spec.pattern])
    except Exception as exc:  # spaCy raises MatchPatternError or ValueError, over many lines
        lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
        reason = lines[1] if len(lines) > 1 else (lines[0] if lines else type(exc).__name__)
        raise InputError(f"{spec.source}: not a valid spaCy token pattern ({reason})") from None
