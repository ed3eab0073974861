"""Inter-rater reliability statistics: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha
(nominal) and ICC(2,1).

Every function returns a :class:`Stat`: a value, or None with a note saying why the statistic is undefined
(one category only, no variance, too few units). Never a bare NaN, never an exception for degenerate data.
Formulas: Cohen (1960); Fleiss (1971); Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability";
Shrout & Fleiss (1979) / McGraw & Wong (1996) case 2A, ICC(A,1).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

_EPS = 1e-12  # below this a variance or a chance term counts as zero (sums of float ratios are not exact)


@dataclass(frozen=True)
class Stat:
    """A statistic's value (None when undefined), the units it used, and why it is None (or worth a remark)."""

    value: float | None
    n: int
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def _codes(values: Sequence[Hashable]) -> tuple[np.ndarray, list[Hashable]]:
    categories = sorted(set(values), key=repr)
    index = {c: i for i, c in enumerate(categories)}
    return np.array([index[v] for v in values], dtype=np.int64), categories


def percent_agreement(ratings: Sequence[Sequence[Hashable]]) -> Stat:
    """Share of units (in %) on which every coder gave the same value; ``ratings`` is one sequence per coder."""
    if len(ratings) < 2:
        return Stat(None, 0, "percent agreement needs at least two coders")
    n = len(ratings[0])
    if any(len(r) != n for r in ratings):
        raise ValueError("every coder needs one value per unit")
    if n == 0:
        return Stat(None, 0, "no units to compare")
    same = sum(len(set(values)) == 1 for values in zip(*ratings, strict=True))
    return Stat(100.0 * same / n, n)


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> Stat:
    """Cohen's kappa for two coders' values on the same units (nominal, unweighted); no missing values."""
    if len(a) != len(b):
        raise ValueError("both coders need one value per unit")
    n = len(a)
    if n == 0:
        return Stat(None, 0, "no units to compare: kappa is undefined")
    codes, categories = _codes([*a, *b])
    ca, cb = codes[:n], codes[n:]
    k = len(categories)
    observed = float(np.mean(ca == cb))
    chance = float(np.dot(np.bincount(ca, minlength=k), np.bincount(cb, minlength=k))) / (n * n)
    if chance >= 1 - _EPS:
        return Stat(
            None,
            n,
            f"both coders used one category only ({categories[0]!r}): kappa is undefined; "
            f"percent agreement {100 * observed:g}%",
        )
    return Stat((observed - chance) / (1 - chance), n, details={"observed": observed, "chance": chance})


def confusion_matrix(a: Sequence[Hashable], b: Sequence[Hashable], labels: Sequence[Hashable]) -> list[list[int]]:
    """``[i][j]``: units coder A put in ``labels[i]`` and coder B in ``labels[j]`` (scikit-learn's layout)."""
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for x, y in zip(a, b, strict=True):
        matrix[index[x]][index[y]] += 1
    return matrix


def fleiss_kappa(ratings: Sequence[Sequence[Hashable]]) -> Stat:
    """Fleiss' kappa for any number of coders who all rated every unit (``ratings``: one sequence per coder)."""
    if len(ratings) < 2:
        return Stat(None, 0, "Fleiss' kappa needs at least two coders")
    m = len(ratings)
    n = len(ratings[0])
    if n == 0:
        return Stat(None, 0, "no units to compare: Fleiss' kappa is undefined")
    codes, categories = _codes([v for r in ratings for v in r])
    by_unit = codes.reshape(m, n).T  # units x coders
    counts = np.stack([np.bincount(row, minlength=len(categories)) for row in by_unit])
    p_unit = (np.sum(counts * counts, axis=1) - m) / (m * (m - 1))
    p_category = counts.sum(axis=0) / (n * m)
    observed, chance = float(p_unit.mean()), float(np.sum(p_category**2))
    if chance >= 1 - _EPS:
        return Stat(None, n, f"all coders used one category only ({categories[0]!r}): Fleiss' kappa is undefined")
    return Stat((observed - chance) / (1 - chance), n, details={"observed": observed, "chance": chance})


def krippendorff_alpha_nominal(units: Sequence[Sequence[Hashable | None]]) -> Stat:
    """Krippendorff's alpha for nominal data; ``units`` holds one row per unit, one value (or None) per coder.

    Missing values are allowed: a unit counts only with two or more values (it is then "pairable").
    """
    present = [[v for v in row if v is not None] for row in units]
    pairable = [row for row in present if len(row) >= 2]
    if not pairable:
        return Stat(None, 0, "no unit has values from two coders: alpha is undefined")
    codes, categories = _codes([v for row in pairable for v in row])
    k = len(categories)
    counts = np.zeros((len(pairable), k))
    at = 0
    for u, row in enumerate(pairable):
        np.add.at(counts[u], codes[at : at + len(row)], 1)
        at += len(row)
    weight = 1.0 / (counts.sum(axis=1) - 1)
    # Coincidences: each ordered pair of values from different coders in a unit, weighted 1 / (m_u - 1).
    coincidence = (counts * weight[:, None]).T @ counts - np.diag((counts * weight[:, None]).sum(axis=0))
    n_c = coincidence.sum(axis=1)
    total = float(n_c.sum())
    disagreement_observed = float(coincidence.sum() - np.trace(coincidence))
    disagreement_expected = float(total * total - np.sum(n_c * n_c)) / (total - 1)
    details = {"pairable_values": int(total), "categories": [str(c) for c in categories]}
    if disagreement_expected <= _EPS:
        return Stat(
            None,
            len(pairable),
            f"every value is the same ({categories[0]!r}): alpha is undefined (no variation to agree on); "
            "observed agreement 100%",
            details,
        )
    return Stat(1 - disagreement_observed / disagreement_expected, len(pairable), details=details)


def icc_2_1(matrix: Sequence[Sequence[float]] | np.ndarray) -> Stat:
    """ICC(2,1): two-way random effects, absolute agreement, single rater; ``matrix`` is subjects x raters, complete.

    ICC = (MSR - MSE) / (MSR + (k - 1) MSE + k (MSC - MSE) / n)  (Shrout & Fleiss 1979, McGraw & Wong 1996).
    """
    x = np.asarray(matrix, dtype=float)
    if x.ndim != 2 or x.shape[1] < 2:
        return Stat(None, 0, "ICC needs ratings from at least two coders")
    n, k = x.shape
    if n < 2:
        return Stat(None, n, f"ICC needs at least two rated subjects (there {'is' if n == 1 else 'are'} {n})")
    if np.isnan(x).any():
        raise ValueError("ICC(2,1) needs complete ratings: drop subjects with a missing rating first")
    grand = x.mean()
    ss_rows = k * float(np.sum((x.mean(axis=1) - grand) ** 2))
    ss_cols = n * float(np.sum((x.mean(axis=0) - grand) ** 2))
    ss_error = max(0.0, float(np.sum((x - grand) ** 2)) - ss_rows - ss_cols)
    ms_rows, ms_cols = ss_rows / (n - 1), ss_cols / (k - 1)
    ms_error = ss_error / ((n - 1) * (k - 1))
    details = {
        "n_subjects": n,
        "n_raters": k,
        "ms_subjects": ms_rows,
        "ms_raters": ms_cols,
        "ms_error": ms_error,
        "rater_means": [float(v) for v in x.mean(axis=0)],
    }
    denominator = ms_rows + (k - 1) * ms_error + k * (ms_cols - ms_error) / n
    if np.ptp(x) == 0:
        return Stat(
            None,
            n,
            f"no variance: every rating is {x.flat[0]:g}, so ICC is undefined (the coders agree exactly)",
            details,
        )
    if denominator <= _EPS:
        return Stat(None, n, "no variance between subjects or between coders: ICC is undefined", details)
    value = (ms_rows - ms_error) / denominator
    note = "negative: the coders agree less than ratings at random would (reported as computed)" if value < 0 else ""
    return Stat(value, n, note, details)
