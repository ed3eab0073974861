"""Small learned models over one turn's words, next to the hand-written rules.

Hand-written cues fit the wordings their authors thought of; clients and therapists use many more. These are
logistic regressions over the words and adjacent word pairs of a turn, with pronouns and here-and-now words also
read as classes (SELF, YOU, WE, NOW) so that "I notice you…" and "me noticing you…" share evidence. Two are shipped
(trained offline by ``scripts/train_turn_models.py`` from the fictional development corpora, with real AnnoMI
counselling turns as negatives; see docs/suggestions.md):

- ``stage1``: does a therapist turn attend to a rupture (stage 1)? One binary model with a threshold.
- ``subtypes``: given that a client turn holds a rupture, which of W1–W7, C1–C7? One model per subtype (one
  against the rest); the highest score wins.

Shipped as JSON weights: no downloaded model, no numpy at run time, microseconds per turn.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise, repeat

FORMAT = "rupturetool-turn-logreg"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
CLASSES: dict[str, frozenset[str]] = {
    "SELF": frozenset({"i", "me", "my", "i'm", "i've", "i'd", "i'll", "myself", "mine"}),
    "YOU": frozenset({"you", "your", "you're", "you've", "you'd", "you'll", "yourself"}),
    "WE": frozenset({"we", "us", "our", "we're", "we've", "ourselves"}),
    "NOW": frozenset({"now", "just", "then", "moment", "here", "today", "room", "minute", "second"}),
}
_CLASS_OF = {w: c for c, ws in CLASSES.items() for w in ws}


def features(text: str) -> frozenset[str]:
    """Words and adjacent word pairs, as written and with the word classes substituted."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    classed = [_CLASS_OF.get(w, w) for w in words]
    return frozenset([*words, *classed, *map(" ".join, pairwise(words)), *map(" ".join, pairwise(classed))])


def _scale(found: Collection[str]) -> float:
    # Long turns have more features; dividing by the square root keeps their scores comparable with short ones.
    return 1.0 / math.sqrt(max(1, len(found)))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class LogReg:
    weights: dict[str, float]
    bias: float

    def score(self, found: frozenset[str]) -> float:
        return self.bias + _scale(found) * sum(map(self.weights.get, found, repeat(0.0)))

    def probability(self, text: str) -> float:
        return _sigmoid(self.score(features(text)))

    def to_json(self) -> dict:
        return {"bias": round(self.bias, 5), "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict) -> LogReg:
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]))


@dataclass(frozen=True)
class Stage1Model:
    model: LogReg
    threshold: float  # the probability from which a therapist turn counts as attending
    trained_on: str

    def attends(self, text: str) -> float | None:
        """The probability that the turn attends to a rupture when it reaches the threshold, else None."""
        p = self.model.probability(text)
        return p if p >= self.threshold else None

    def to_json(self) -> dict:
        return {"format": FORMAT, "kind": "stage1", "trained_on": self.trained_on, "threshold": self.threshold,
                **self.model.to_json()}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict) -> Stage1Model:
        return cls(LogReg.from_json(data), float(data["threshold"]), str(data["trained_on"]))


@dataclass(frozen=True)
class SubtypeModel:
    models: dict[str, LogReg]  # subtype code -> one-against-the-rest model
    trained_on: str

    def best(self, text: str, family: str | None = None) -> tuple[str, float]:
        """The most likely subtype of a rupture turn (within a family, "W" or "C", when given) and its score as a
        probability of its one-against-the-rest model."""
        found = features(text)
        codes = [c for c in self.models if family is None or c.startswith(family)]
        code = max(codes, key=lambda c: self.models[c].score(found))
        return code, _sigmoid(self.models[code].score(found))

    def to_json(self) -> dict:
        return {"format": FORMAT, "kind": "subtypes", "trained_on": self.trained_on,
                "models": {code: m.to_json() for code, m in self.models.items()}}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict) -> SubtypeModel:
        return cls({c: LogReg.from_json(m) for c, m in data["models"].items()}, str(data["trained_on"]))


def fit(texts: Sequence[str], labels: Sequence[bool], *, l2: float = 1.0, min_count: int = 2) -> LogReg:
    """L2-regularised logistic regression by full-batch gradient descent, positives weighted up to balance the
    classes. Deterministic: the same data give the same weights (up to floating-point summation order)."""
    import numpy as np  # training only: the shipped models need no numpy

    found = [features(t) for t in texts]
    counts = Counter(k for f in found for k in f)
    names = sorted(k for k, n in counts.items() if n >= min_count)
    vocab = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(found), len(vocab)), dtype=np.float64)
    for row, f in enumerate(found):
        for k in f:
            if (col := vocab.get(k)) is not None:
                x[row, col] = _scale(f)
    y = np.asarray(labels, dtype=np.float64)
    weight = np.where(y > 0, (len(y) - y.sum()) / max(1.0, y.sum()), 1.0)
    weight /= weight.mean()
    w = np.zeros(len(vocab))
    b = 0.0
    for _ in range(600):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - y) * weight
        w -= 5.0 * (x.T @ g + l2 * w) / len(y)
        b -= 0.5 * g.mean()
    # Tiny weights change no decision; leaving them out keeps the shipped files small.
    return LogReg({name: float(w[i]) for i, name in enumerate(names) if abs(w[i]) >= 0.02}, float(b))


def _read(name: str, kind: str) -> dict:
    path = resources.files("rupturetool.data") / "models" / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"the shipped model {name}.json cannot be read ({exc}); reinstall rupturetool") from exc
    if data.get("format") != FORMAT or data.get("kind") != kind:
        raise RuntimeError(f"the shipped {name}.json is not a {kind} model file; reinstall rupturetool")
    return data


@lru_cache(maxsize=1)
def shipped_stage1() -> Stage1Model:
    """The stage-1 model shipped with the package (rupturetool/data/models/stage1.json)."""
    return Stage1Model.from_json(_read("stage1", "stage1"))


@lru_cache(maxsize=1)
def shipped_subtypes() -> SubtypeModel:
    """The subtype model shipped with the package (rupturetool/data/models/subtypes.json)."""
    return SubtypeModel.from_json(_read("subtypes", "subtypes"))
