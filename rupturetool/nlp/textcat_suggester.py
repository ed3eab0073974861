"""A trained text classifier as a second suggester next to the rules: whole-segment marker suggestions.

A model is a folder ``<data dir>/models/textcat-<coder-slug>-v<N>/`` holding the spaCy pipeline and our
``meta.json`` (coder, date, labels, counts, held-out sessions and scores, threshold); see nlp.textcat_training.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rupturetool.core.domain import Actor, Turn
from rupturetool.core.errors import InputError
from rupturetool.core.scheme_registry import SchemeRegistry
from rupturetool.core.suggestions import Suggestion
from rupturetool.nlp.textcat_training import (
    FEATURES,
    META_FILE,
    PIPELINE_DIR,
    client_segments,
    model_versions,
    slugify,
)

if TYPE_CHECKING:
    from spacy.language import Language

Suggester = Callable[[Sequence[Turn]], list[Suggestion]]
DEFAULT_THRESHOLD = 0.5


def latest_model(models_dir: Path, coder: str | None = None) -> Path | None:
    """The highest version of ``coder``'s model; without a coder, the most recently trained model of anyone."""
    found = model_versions(models_dir, slugify(coder) if coder is not None else None)
    if not found:
        return None
    if coder is not None:
        return found[-1][2]
    return max(found, key=lambda f: (str(read_meta(f[2]).get("trained_at", "")), f[1]))[2]


def read_meta(path: Path) -> dict[str, Any]:
    try:
        return json.loads((path / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a rupturetool model (cannot read {META_FILE}: {exc})") from None


def _families(meta: dict[str, Any]) -> dict[str, str]:
    """Label -> family: as recorded at training, else from the scheme (the subtype's own family)."""
    families = dict(meta.get("families", {}))
    missing = [label for label in meta.get("labels", []) if label not in families]
    if missing:
        scheme = SchemeRegistry().get(meta.get("scheme_id", "3rs"))
        by_code = {s.code: fam.code for fam in scheme.families for s in fam.subtypes}
        by_letter = {fam.hotkey.upper(): fam.code for fam in scheme.families}
        for label in missing:
            families[label] = by_code.get(label) or by_letter.get(label[:1].upper(), "unknown")
    return families


def load_suggester(path: Path, *, threshold: float | None = None) -> Suggester:
    """The saved model as a suggester: one suggestion per client segment and label scored at or above threshold."""
    import spacy

    meta = read_meta(path)
    try:
        nlp = spacy.load(path / PIPELINE_DIR)
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: cannot load the model's spaCy pipeline ({exc})") from None
    return suggester_from(nlp, {"name": path.name, **meta}, threshold=threshold)


def suggester_from(nlp: Language, meta: dict[str, Any], *, threshold: float | None = None) -> Suggester:
    """A suggester from a pipeline in memory and its meta (used right after training, before it is saved)."""
    if meta.get("features") != FEATURES:
        raise InputError(f"model {meta.get('name')!r} was made for features {meta.get('features')!r}, not {FEATURES!r}")
    name = str(meta["name"])
    cut = float(meta.get("threshold", DEFAULT_THRESHOLD) if threshold is None else threshold)
    families = _families(meta)

    def suggest(turns: Sequence[Turn]) -> list[Suggestion]:
        units = list(client_segments(turns))
        out: list[Suggestion] = []
        for (turn, seg_index, _), doc in zip(units, nlp.pipe(text for _, _, text in units), strict=True):
            seg = next(s for s in turn.segments if s.index == seg_index)
            for label, score in sorted(doc.cats.items(), key=lambda kv: -kv[1]):
                if score < cut:
                    break
                out.append(
                    Suggestion(
                        turn_index=turn.index,
                        segment_index=seg_index,
                        start_char=seg.start_char,
                        end_char=seg.end_char,
                        family=families.get(label, "unknown"),
                        subtype=label,
                        actor=Actor.PATIENT.value,
                        confidence=float(score),
                        explanation=f"trained model {name}: P({label})={score:.2f}",
                        suggester=name,
                    )
                )
        return out

    suggest.__name__ = name  # a readable name in reports and tracebacks
    return suggest
