"""Our own spaCy pipeline components, registered by name so a pipeline can serialise them."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_CLOSE = {"(": ")", "[": "]"}


def _bracket_groups(doc: Doc) -> list[tuple[int, int]]:
    """Token index pairs (open, close) of un-nested ``(...)`` / ``[...]`` groups; an unclosed one runs to the end."""
    groups: list[tuple[int, int]] = []
    open_at: int | None = None
    for token in doc:
        if open_at is None and token.text in _CLOSE:
            open_at = token.i
        elif open_at is not None and token.text == _CLOSE[doc[open_at].text]:
            groups.append((open_at, token.i))
            open_at = None
    if open_at is not None:
        groups.append((open_at, len(doc) - 1))
    return groups


@Language.component("rupture_cue_guard")
def cue_guard(doc: Doc) -> Doc:
    """Keep a bracketed non-verbal cue such as ``(long pause. sighs)`` whole inside one segment.

    The sentencizer splits on the full stop inside the brackets and, after a sentence end, starts the next
    sentence at the first word *inside* the bracket. Transcribers' cues are not sentences: a sentence that
    starts inside a cue starts at its opening bracket instead, and no sentence starts within it.
    """
    for open_i, close_i in _bracket_groups(doc):
        inner = doc[open_i + 1 : close_i + 1]
        starts_inside = [t for t in inner if t.is_sent_start]
        first_word = next((t for t in inner if not t.is_punct), None)
        if first_word is not None and first_word.is_sent_start and open_i > 0:
            doc[open_i].is_sent_start = True
        for token in starts_inside:
            token.is_sent_start = False
    return doc
