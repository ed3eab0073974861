"""Sentence segmentation of turns: blank English + sentencizer + our cue guard. Nothing is downloaded."""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from rupturetool.core.errors import InputError
from rupturetool.core.spans import partition_from_starts

if TYPE_CHECKING:
    from spacy.language import Language

# A user who has a trained pipeline package installed may name it; we never download one.
MODEL_SETTING = "RUPTURETOOL_SPACY_MODEL"


@cache
def build_pipeline(model: str | None = None) -> Language:
    import spacy
    from spacy.util import compile_infix_regex

    from rupturetool.nlp import components  # noqa: F401  (registers our components)

    if model:
        try:
            nlp = spacy.load(model, exclude=["ner", "lemmatizer", "textcat"])
        except OSError:
            raise InputError(
                f"spaCy pipeline {model!r} (set by {MODEL_SETTING}) is not installed; unset it to use the built-in one"
            ) from None
    else:
        nlp = spacy.blank("en")
    # A bracket is always a token of its own, even glued to a word ("fine.(sighs. long pause)"): the cue guard
    # finds cues by their bracket tokens.
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, r"[()\[\]]"]).finditer
    if not (nlp.has_pipe("parser") or nlp.has_pipe("senter") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("rupture_cue_guard", last=True)
    return nlp


def segment_spans(texts: Iterable[str], *, batch_size: int = 256) -> list[list[tuple[int, int]]]:
    """For each text, spans ``(start, end)`` that partition it exactly into sentence-like segments."""
    nlp = build_pipeline(os.environ.get(MODEL_SETTING) or None)
    out: list[list[tuple[int, int]]] = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        starts = [sent.start_char for sent in doc.sents]
        spans = partition_from_starts(len(doc.text), starts)
        out.append(_merge_blank_spans(doc.text, spans))
    return out


def _merge_blank_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A segment of only whitespace or punctuation is not a unit to code: give it to its neighbour."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and not any(ch.isalnum() for ch in text[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if len(merged) > 1 and not any(ch.isalnum() for ch in text[merged[0][0] : merged[0][1]]):
        merged[1] = (merged[0][0], merged[1][1])
        del merged[0]
    return merged
