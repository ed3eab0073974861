"""Train a multi-label spaCy text classifier on one coder's marked segments (CPU, a blank English pipeline).

Examples are client segments: labels are the subtypes the coder marked on the segment, an unmarked segment is a
negative. The text the model sees is the segment plus a few context features (``featurize``): how long the whole
client turn is, and the words of the therapist turn before it, prefixed so they never mix with the client's words.
Sessions, never segments, are split into training and held-out parts, so no session is seen on both sides.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rupturetool.core.domain import Marker, SpeakerRole, Turn
from rupturetool.core.errors import InputError

if TYPE_CHECKING:
    from spacy.language import Language

FEATURES = "segment+turn-length+therapist-context/v1"
MODEL_PREFIX = "textcat-"
PIPELINE_DIR = "pipeline"  # the spaCy pipeline, next to our own meta.json
META_FILE = "meta.json"
_WORD = re.compile(r"[a-z']+")
_VERSIONED = re.compile(r"^textcat-(?P<slug>.+)-v(?P<n>\d+)$")


@dataclass(frozen=True)
class CodedSession:
    """One session coded by the coder the model learns from: its transcript and that coder's markers."""

    session_id: int
    key: str  # stable across databases: client code, date and number (see services.training)
    turns: tuple[Turn, ...]
    markers: Sequence[Marker] = ()


@dataclass(frozen=True)
class Example:
    session_key: str
    turn_index: int
    segment_index: int
    text: str  # the featurized text the model sees
    labels: frozenset[str] = field(default_factory=frozenset)


def slugify(coder: str) -> str:
    """A coder name as it appears in a model's folder name: lower case, ASCII letters and digits, dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", coder.lower()).strip("-")
    return slug or "coder"


def _length_feature(turn: Turn) -> str:
    words = len(turn.text.split())
    size = "tiny" if words <= 3 else "short" if words <= 12 else "medium" if words <= 45 else "long"
    return f"turnlen_{size}"


def featurize(turn: Turn, segment_text: str, previous_therapist: Turn | None) -> str:
    """The text the model classifies for one client segment (the same at training and at suggestion time)."""
    context = []
    if previous_therapist is not None:
        tail = previous_therapist.text[-240:]  # the end of the therapist turn: usually the question just asked
        context = [f"t_{w}" for w in _WORD.findall(tail.lower())]
        if tail.rstrip().endswith("?"):
            context.append("t_asked")
    return " ".join([segment_text.strip(), _length_feature(turn), *context])


def client_segments(turns: Sequence[Turn]) -> Iterable[tuple[Turn, int, str]]:
    """(turn, segment index, featurized text) for every segment of every client turn, in transcript order."""
    previous: Turn | None = None
    for turn in turns:
        if turn.speaker_role == SpeakerRole.THERAPIST:
            previous = turn
            continue
        if turn.speaker_role != SpeakerRole.CLIENT:
            continue
        for seg in turn.segments:
            yield turn, seg.index, featurize(turn, turn.segment_text(seg), previous)


def build_examples(session: CodedSession, segments_of: Callable[[Marker, Turn], list[int]]) -> list[Example]:
    """One example per client segment; labels are the subtypes ``segments_of`` places on it."""
    turns = {t.index: t for t in session.turns}
    labels: dict[tuple[int, int], set[str]] = {}
    for marker in session.markers:
        turn = turns.get(marker.turn_index)
        if turn is None:
            continue
        for seg in segments_of(marker, turn):
            labels.setdefault((turn.index, seg), set()).add(marker.subtype)
    return [
        Example(session.key, turn.index, seg, text, frozenset(labels.get((turn.index, seg), ())))
        for turn, seg, text in client_segments(session.turns)
    ]


def split_sessions(keys: Sequence[str], *, held_out_share: float = 0.25, seed: int = 7) -> tuple[list[str], list[str]]:
    """(training, held-out) session keys: a seeded shuffle of the sorted keys, at least one on each side."""
    keys = sorted(set(keys))
    if len(keys) < 2:
        raise InputError(f"training needs at least 2 coded sessions (one is held out to test on); found {len(keys)}")
    shuffled = keys[:]
    random.Random(seed).shuffle(shuffled)
    n_held = min(len(keys) - 1, max(1, round(held_out_share * len(keys))))
    held = sorted(shuffled[:n_held])
    return [k for k in keys if k not in held], held


def label_counts(examples: Iterable[Example]) -> dict[str, int]:
    counts = Counter(label for ex in examples for label in ex.labels)
    return dict(sorted(counts.items()))


def train_pipeline(
    examples: Sequence[Example],
    labels: Sequence[str],
    *,
    epochs: int = 12,
    seed: int = 7,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Language | None:
    """A blank English pipeline with a bag-of-words ``textcat_multilabel`` trained on ``examples``.

    Returns None when ``cancelled()`` turns true between epochs. Bag of words (unigrams and bigrams) because a
    clinic's coded set is small: it trains in seconds on a CPU and cannot memorise much beyond its words.
    """
    import spacy
    from spacy.training import Example as SpacyExample
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        "textcat_multilabel",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": False,
                "ngram_size": 2,
                "no_output_layer": False,
            }
        },
    )
    for label in labels:
        textcat.add_label(label)
    data = [
        SpacyExample.from_dict(nlp.make_doc(ex.text), {"cats": {lab: float(lab in ex.labels) for lab in labels}})
        for ex in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    order = random.Random(seed)
    for epoch in range(epochs):
        if cancelled is not None and cancelled():
            return None
        if progress is not None:
            progress(epoch, epochs, f"Training epoch {epoch + 1} of {epochs}")
        order.shuffle(data)
        losses: dict[str, float] = {}
        for batch in minibatch(data, size=16):
            nlp.update(batch, sgd=optimizer, losses=losses)
    return nlp


def model_versions(models_dir: Path, slug: str | None = None) -> list[tuple[str, int, Path]]:
    """(slug, version, folder) of every saved model (of ``slug``), oldest version first."""
    found = []
    if models_dir.is_dir():
        for path in models_dir.iterdir():
            match = _VERSIONED.match(path.name)
            wanted = match is not None and (slug is None or match["slug"] == slug)
            if wanted and path.is_dir() and (path / META_FILE).is_file():
                found.append((match["slug"], int(match["n"]), path))
    return sorted(found, key=lambda f: (f[0], f[1]))


def next_model_name(models_dir: Path, slug: str) -> str:
    versions = [n for _, n, _ in model_versions(models_dir, slug)]
    return f"{MODEL_PREFIX}{slug}-v{max(versions, default=0) + 1}"


def save_model(nlp: Language, models_dir: Path, name: str, meta: dict[str, Any]) -> Path:
    """Write the pipeline and ``meta.json`` aside, then move the folder into place: never a half-written model."""
    target = models_dir / name
    if target.exists():
        raise InputError(f"{target} already exists: a model version is never overwritten")
    models_dir.mkdir(parents=True, exist_ok=True)
    building = models_dir / f".{name}.building"
    shutil.rmtree(building, ignore_errors=True)
    try:
        building.mkdir()
        nlp.to_disk(building / PIPELINE_DIR)
        (building / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
        building.rename(target)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return target
