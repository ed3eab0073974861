"""Long alternations of words, compiled so that Python's ``re`` tries fewer of them at each word.

``re`` tries the branches of ``\\b(?:fees?|invoices?|prices?|…)`` one after another at every word of a turn. Grouping
the branches that open with the same letter — ``\\b(?:f(?:ees?)|i(?:nvoices?)|p(?:rices?)|…)`` — lets it skip all
of a group on one comparison. Within a group the branches keep their order and branches of different groups cannot
match at the same place, so the compiled pattern finds exactly the same matches (tests/nlp/test_regex_trie.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ENDS = ("\\b", "(?![a-z])", "")  # what may follow the one group of words


def compile_grouped(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, its top-level alternation or its one ``\\b(?:…)`` group's branches grouped by letter."""
    branches = split_branches(pattern)
    if len(branches) > 1:
        return re.compile(group_branches(branches))
    for end in _ENDS:
        if pattern.startswith("\\b(?:") and pattern.endswith(f"){end}"):
            body = pattern[len("\\b(?:") : len(pattern) - len(end) - 1]
            if _one_group(body):
                return re.compile(f"\\b(?:{group_branches(split_branches(body))}){end}")
    return re.compile(pattern)


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One pattern that matches wherever one of ``patterns`` matches (a filter: which one, and where, may differ)."""
    branches = [b for p in patterns for b in split_branches(p)]
    if all(b.startswith(r"\b") for b in branches):
        return re.compile(rf"\b(?:{group_branches([b[2:] for b in branches])})")
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def split_branches(pattern: str) -> list[str]:
    """The top-level branches of a pattern (``|`` outside any group or character class)."""
    cuts = [i for i, char, depth in _structure(pattern) if char == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def group_branches(branches: list[str]) -> str:
    """The branches as one alternation, each run of branches opening with a plain letter grouped by that letter."""
    out: list[str] = []
    run: dict[str, list[str]] = {}
    for branch in branches:
        if branch[:1].isascii() and branch[:1].isalpha() and branch[1:2] not in ("?", "*", "+", "{"):
            run.setdefault(branch[0], []).append(branch[1:])
            continue
        out += _flush(run)  # a branch of another kind keeps its place between the runs around it
        out.append(branch)
    return "|".join(out + _flush(run))


def _flush(run: dict[str, list[str]]) -> list[str]:
    grouped = [letter + (f"(?:{'|'.join(rests)})" if rests != [""] else "") for letter, rests in run.items()]
    run.clear()
    return grouped


def _one_group(body: str) -> bool:
    """Whether ``body`` closes every group it opens and no more (so ``\\b(?:body)`` is one group)."""
    depths = [depth for _, char, depth in _structure(body) if char in "()"]
    return min(depths, default=0) >= 0 and (not depths or depths[-1] == 0)


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each character outside escapes and character classes."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # "[]…]": a leading "]" is a member, not the end
                i += 1
        else:
            depth += {"(": 1, ")": -1}.get(char, 0)
            yield i, char, depth
        i += 1
