"""Suggestion patterns: spaCy SpanRuler pattern dicts in JSON Lines files, shipped and user-supplied.

One pattern per line::

    {"label": "W5", "id": "deference-whatever-you-think", "pattern": "whatever you think"}
    {"label": "C7", "id": "pressure-just-tell-me", "pattern": [{"LOWER": "just"}, {"LOWER": "tell"}, {"LOWER": "me"}],
     "context": "none", "confidence": 0.7}

``pattern`` is a phrase (matched case-insensitively, contractions and their expansions alike: "don't" also matches
"do not" and "dont") or a spaCy Matcher token pattern. A phrase may hold alternatives in braces, an empty one making
the group optional: ``"you {never|don't} {listen|get it}"``, ``"this is {so |}pointless"``; they are expanded into
plain phrases when the file is read (see :func:`expand_phrase`). ``label`` is a subtype code
(W1–W7, C1–C7), ``1`` for a therapist turn attending to a rupture (stage 1), or R1–R10 for a resolution strategy.
``context`` (optional) says what must surround the match for it to count — see :data:`CONTEXTS`; ``confidence``
(optional, 0–1) is the pattern's base confidence. Blank lines and lines starting with ``//`` are skipped.
This module reads and validates files only; it does not import spaCy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from rupturetool.core.errors import InputError

SHIPPED_PACKAGE = "rupturetool.data"
SHIPPED_FOLDER = ("patterns", "3rs")

# What a pattern needs around it before it becomes a suggestion (the rules live in suggest_context).
CONTEXTS = {
    "none": "fires wherever it matches in a turn of the right speaker",
    "minimal": "a short client turn opening with the match replies to an open question or a reflection",
    "assent": "a bare yes/okay is the whole reply to an open question (after a reflection it is ordinary agreement)",
    "laugh_cue": "a laugh or smile cue sits in the same or a neighbouring segment",
    "opening": "the match opens its sentence (fillers aside) in a reply to an open question or a reflection",
    "sentence_start": "the match opens its sentence (fillers aside) in a reply to any therapist turn but an offer",
    "after_intervention": "the match opens its sentence in a reply to an interpretation, suggestion or reflection",
    "paired": "another pattern of the same subtype also matches the turn (a weak cue needs a second one)",
    "long_turn": "the reply is long (at least 25 words) and answers an invitation to talk, not a closed question",
    "after_marker": "a therapist turn soon after a client turn with a suggested rupture marker",
}
DEFAULT_CONFIDENCE = 0.6
_LABEL = re.compile(r"^(?:[WC][1-7]|R(?:10|[1-9])|1)$")
_KEYS = {"label", "id", "pattern", "context", "confidence"}
MAX_VARIANTS = 5000  # expansions of one phrase: beyond this a brace pattern is almost certainly a mistake
_GROUP = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: a token pattern is a list
class PatternSpec:
    """One validated pattern line, with where it came from (for explanations and errors)."""

    label: str
    id: str
    pattern: str | list[dict[str, Any]]
    context: str = "none"
    confidence: float = DEFAULT_CONFIDENCE
    source: str = ""  # "file:line"

    @property
    def for_therapist(self) -> bool:
        return self.label[0] not in "WC"


@dataclass(frozen=True)
class Match:
    """One pattern hit in one turn's text: character offsets and the pattern that fired."""

    start_char: int
    end_char: int
    spec: PatternSpec


def expand_phrase(phrase: str) -> list[str]:
    """Every plain phrase a brace pattern stands for, spaces tidied: ``"i {really |}mean it"`` → two phrases."""
    if phrase.count("{") != phrase.count("}") or (phrase.count("{") and not _GROUP.search(phrase)):
        raise ValueError("unbalanced braces")
    variants = [phrase]
    while any("{" in v for v in variants):
        grown: list[str] = []
        for v in variants:
            group = _GROUP.search(v)
            if group is None:
                if "{" in v or "}" in v:
                    raise ValueError("nested or unbalanced braces")
                grown.append(v)
                continue
            grown += [v[: group.start()] + alt + v[group.end() :] for alt in group.group(1).split("|")]
            if len(grown) > MAX_VARIANTS:
                raise ValueError(f"more than {MAX_VARIANTS} variants")
        variants = grown
    out = dict.fromkeys(" ".join(v.split()) for v in variants)
    return [v for v in out if v]


def shipped_pattern_texts() -> list[tuple[str, str]]:
    """(name, text) of every shipped pattern file, read through importlib.resources (works from a wheel)."""
    folder = resources.files(SHIPPED_PACKAGE).joinpath(*SHIPPED_FOLDER)
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".jsonl")), key=lambda f: f.name)
    return [(f"3rs/{f.name}", f.read_text(encoding="utf-8")) for f in files]


def user_pattern_files(folder: Path) -> list[Path]:
    """The ``*.jsonl`` files a user put in ``folder`` (none when it does not exist)."""
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def parse_patterns(name: str, text: str) -> list[PatternSpec]:
    """Every pattern of one file; a malformed line raises a one-line InputError naming the file and line."""
    specs: list[PatternSpec] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        where = f"{name}:{number}"
        try:
            entry = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not a JSON object ({exc.msg})") from None
        specs.append(_spec(entry, where))
    return specs


def read_pattern_file(path: Path) -> list[PatternSpec]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read pattern file ({exc})") from None
    return parse_patterns(str(path), text)


def load_patterns(extra_files: Sequence[Path] = ()) -> list[PatternSpec]:
    """The shipped patterns, then those of ``extra_files``; an id may not be reused for another label."""
    specs = [s for name, text in shipped_pattern_texts() for s in parse_patterns(name, text)]
    for path in extra_files:
        specs += read_pattern_file(Path(path))
    check_ids(specs)
    return specs


def check_ids(specs: Iterable[PatternSpec]) -> None:
    labels: dict[str, PatternSpec] = {}
    for spec in specs:
        first = labels.setdefault(spec.id, spec)
        if first.label != spec.label:
            raise InputError(
                f"{spec.source}: pattern id {spec.id!r} is already used for {first.label} ({first.source})"
            )


def _spec(entry: object, where: str) -> PatternSpec:
    if not isinstance(entry, dict):
        raise InputError(f"{where}: each line must be a JSON object with label, id and pattern")
    unknown = set(entry) - _KEYS
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(_KEYS))})")
    label, pid, pattern = entry.get("label"), entry.get("id"), entry.get("pattern")
    if not isinstance(label, str) or not _LABEL.match(label):
        raise InputError(f"{where}: label must be a subtype W1–W7 or C1–C7, 1 (stage 1) or R1–R10, not {label!r}")
    if not isinstance(pid, str) or not pid.strip():
        raise InputError(f"{where}: id must be a non-empty name (it is shown in explanations)")
    if isinstance(pattern, str):
        try:
            expanded = expand_phrase(pattern)
        except ValueError as exc:
            raise InputError(f"{where}: bad alternatives in the phrase ({exc})") from None
        if not expanded:
            raise InputError(f"{where}: the phrase pattern is empty")
    elif not (isinstance(pattern, list) and pattern and all(isinstance(t, dict) for t in pattern)):
        raise InputError(f"{where}: pattern must be a phrase or a list of token dicts")
    context = entry.get("context", "none")
    if context not in CONTEXTS:
        raise InputError(f"{where}: context must be one of {', '.join(CONTEXTS)}, not {context!r}")
    confidence = entry.get("confidence", DEFAULT_CONFIDENCE)
    if isinstance(confidence, bool) or not isinstance(confidence, int | float) or not 0 < confidence <= 1:
        raise InputError(f"{where}: confidence must be a number in (0, 1], not {confidence!r}")
    client = (
        "none",
        "minimal",
        "assent",
        "laugh_cue",
        "opening",
        "sentence_start",
        "after_intervention",
        "paired",
        "long_turn",
    )
    allowed = ("none", "after_marker") if label[0] not in "WC" else client
    if context not in allowed:
        raise InputError(f"{where}: context {context!r} does not apply to label {label}")
    return PatternSpec(label, pid.strip(), pattern, context, float(confidence), where)
