"""The reliability statistics against independent references: scikit-learn's kappa, the `krippendorff` package,
pingouin's ICC, statsmodels' Fleiss kappa, and the published worked examples."""

from __future__ import annotations

import math
import random

import krippendorff
import numpy as np
import pandas as pd
import pingouin
import pytest
from sklearn.metrics import cohen_kappa_score
from sklearn.metrics import confusion_matrix as sk_confusion
from statsmodels.stats.inter_rater import fleiss_kappa as sm_fleiss

from rupturetool.analytics.agreement_stats import (
    cohen_kappa,
    confusion_matrix,
    fleiss_kappa,
    icc_2_1,
    krippendorff_alpha_nominal,
    percent_agreement,
)

# pingouin (the reference, not our code) still passes inplace= to pandas 3, which warns about it.
pytestmark = pytest.mark.filterwarnings("ignore:The inplace keyword:DeprecationWarning")

SEEDS = range(25)


def _pair(seed: int, n: int = 60, categories: int = 3, agree: float = 0.7) -> tuple[list[int], list[int]]:
    rng = random.Random(seed)
    a = [rng.randrange(categories) for _ in range(n)]
    b = [x if rng.random() < agree else rng.randrange(categories) for x in a]
    return a, b


@pytest.mark.parametrize("seed", SEEDS)
def test_cohen_kappa_matches_scikit_learn(seed: int) -> None:
    a, b = _pair(seed, categories=2 + seed % 4)
    assert cohen_kappa(a, b).value == pytest.approx(cohen_kappa_score(a, b), abs=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_confusion_matrix_uses_scikit_learn_layout(seed: int) -> None:
    a, b = _pair(seed, categories=2)
    assert confusion_matrix(a, b, [0, 1]) == sk_confusion(a, b, labels=[0, 1]).tolist()


def test_kappa_on_a_hand_computed_table() -> None:
    # 20 units: both 1 on 5, both 0 on 10, A only on 3, B only on 2. po = .75, pe = .4*.35 + .6*.65 = .53.
    a = [1] * 5 + [0] * 10 + [1] * 3 + [0] * 2
    b = [1] * 5 + [0] * 10 + [0] * 3 + [1] * 2
    assert cohen_kappa(a, b).value == pytest.approx((0.75 - 0.53) / (1 - 0.53))
    assert percent_agreement([a, b]).value == pytest.approx(75.0)
    assert confusion_matrix(a, b, [0, 1]) == [[10, 2], [3, 5]]


def test_kappa_when_both_coders_used_one_category_only_is_undefined_with_a_reason() -> None:
    stat = cohen_kappa([0] * 30, [0] * 30)
    assert stat.value is None
    assert "one category only" in stat.note and "100%" in stat.note
    assert percent_agreement([[0] * 30, [0] * 30]).value == 100.0


def test_kappa_when_the_coders_used_different_single_categories_is_zero_like_scikit_learn() -> None:
    a, b = [0] * 10, [1] * 10
    assert cohen_kappa(a, b).value == pytest.approx(cohen_kappa_score(a, b)) == 0.0


def test_kappa_with_no_units_is_undefined() -> None:
    stat = cohen_kappa([], [])
    assert stat.value is None and "no units" in stat.note


# -- Krippendorff's alpha --------------------------------------------------------------------------------------------
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units, missing data.
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def test_alpha_reproduces_krippendorffs_published_nominal_example() -> None:
    units = list(zip(*KRIPPENDORFF_2011, strict=True))
    stat = krippendorff_alpha_nominal(units)
    assert round(stat.value, 3) == 0.743
    assert stat.n == 11  # unit 12 has one value only: not pairable
    assert stat.details["pairable_values"] == 40


def _with_missing(seed: int, coders: int, n: int) -> list[list[int | None]]:
    rng = random.Random(seed)
    truth = [rng.randrange(4) for _ in range(n)]
    return [
        [t if rng.random() < 0.75 else rng.randrange(4) if rng.random() < 0.8 else None for t in truth]
        for _ in range(coders)
    ]


@pytest.mark.parametrize("seed", SEEDS)
def test_alpha_matches_the_krippendorff_package_with_missing_data(seed: int) -> None:
    data = _with_missing(seed, coders=2 + seed % 4, n=40)
    reference = krippendorff.alpha(
        reliability_data=np.array([[np.nan if v is None else v for v in row] for row in data], dtype=float),
        level_of_measurement="nominal",
    )
    assert krippendorff_alpha_nominal(list(zip(*data, strict=True))).value == pytest.approx(reference, abs=1e-9)


@pytest.mark.parametrize("seed", SEEDS)
def test_alpha_on_binary_segment_units_matches_the_krippendorff_package(seed: int) -> None:
    a, b = _pair(seed, n=300, categories=2, agree=0.9)
    reference = krippendorff.alpha(reliability_data=np.array([a, b], dtype=float), level_of_measurement="nominal")
    assert krippendorff_alpha_nominal(list(zip(a, b, strict=True))).value == pytest.approx(reference, abs=1e-9)


def test_alpha_with_one_value_only_is_undefined_with_a_reason() -> None:
    stat = krippendorff_alpha_nominal([(0, 0)] * 12)
    assert stat.value is None and "undefined" in stat.note and "100%" in stat.note


def test_alpha_without_pairable_units_is_undefined() -> None:
    stat = krippendorff_alpha_nominal([(1, None), (None, 0)])
    assert stat.value is None and "two coders" in stat.note


# -- Fleiss' kappa ---------------------------------------------------------------------------------------------------
# Fleiss (1971) as worked on Wikipedia ("Fleiss' kappa", worked example): 10 subjects, 14 raters, 5 categories.
FLEISS_COUNTS = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def _raters_from_counts(counts: list[list[int]]) -> list[list[int]]:
    per_subject = [[c for c, k in enumerate(row) for _ in range(k)] for row in counts]
    return [list(rater) for rater in zip(*per_subject, strict=True)]


def test_fleiss_kappa_reproduces_the_worked_example() -> None:
    stat = fleiss_kappa(_raters_from_counts(FLEISS_COUNTS))
    assert round(stat.value, 3) == 0.210
    assert stat.value == pytest.approx(sm_fleiss(np.array(FLEISS_COUNTS)), abs=1e-12)


@pytest.mark.parametrize("seed", SEEDS)
def test_fleiss_kappa_matches_statsmodels(seed: int) -> None:
    rng = random.Random(seed)
    raters = [[rng.randrange(3) for _ in range(30)] for _ in range(3 + seed % 3)]
    counts = np.array([[sum(r[u] == c for r in raters) for c in range(3)] for u in range(30)])
    assert fleiss_kappa(raters).value == pytest.approx(sm_fleiss(counts), abs=1e-12)


def test_fleiss_kappa_one_category_only_is_undefined() -> None:
    stat = fleiss_kappa([[1] * 5, [1] * 5, [1] * 5])
    assert stat.value is None and "one category only" in stat.note


# -- ICC(2,1) --------------------------------------------------------------------------------------------------------
# Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges; ICC(2,1) = .29.
SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]


def _pingouin_icc2(matrix: np.ndarray) -> float:
    n, k = matrix.shape
    long = pd.DataFrame(
        {
            "target": np.repeat(np.arange(n), k),
            "rater": np.tile(np.arange(k), n),
            "rating": matrix.ravel(),
        }
    )
    table = pingouin.intraclass_corr(data=long, targets="target", raters="rater", ratings="rating")
    by_type = table.set_index("Type")["ICC"]
    # pingouin >= 0.7 names it McGraw & Wong's way, ICC(A,1); older versions Shrout & Fleiss's, ICC2.
    return float(by_type["ICC(A,1)"] if "ICC(A,1)" in by_type else by_type["ICC2"])


def test_icc_reproduces_shrout_and_fleiss() -> None:
    stat = icc_2_1(SHROUT_FLEISS)
    assert round(stat.value, 2) == 0.29
    assert stat.value == pytest.approx(_pingouin_icc2(np.array(SHROUT_FLEISS, dtype=float)), abs=1e-12)
    assert stat.details["n_subjects"] == 6 and stat.details["n_raters"] == 4


@pytest.mark.parametrize("seed", SEEDS)
def test_icc_matches_pingouin(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, k = 8 + seed, 2 + seed % 3
    truth = rng.poisson(2.0, size=n)
    matrix = (truth[:, None] + rng.integers(-1, 2, size=(n, k)) + (np.arange(k) % 2)).astype(float)
    assert icc_2_1(matrix).value == pytest.approx(_pingouin_icc2(matrix), abs=1e-10)


def test_icc_without_variance_is_undefined_with_a_reason() -> None:
    stat = icc_2_1([[0, 0]] * 10)
    assert stat.value is None and "no variance" in stat.note and "agree exactly" in stat.note


def test_icc_with_variance_only_in_the_error_term_is_undefined_not_infinite() -> None:
    stat = icc_2_1([[0, 1], [1, 0]])  # subjects and coders have equal means: the denominator is 0
    assert stat.value is None and "no variance between subjects" in stat.note


def test_icc_needs_two_subjects_and_two_coders() -> None:
    assert icc_2_1([[1, 2]]).value is None
    assert "two rated subjects" in icc_2_1([[1, 2]]).note
    assert icc_2_1([[1], [2]]).value is None


def test_icc_below_zero_is_reported_with_a_remark() -> None:
    stat = icc_2_1([[1, 3], [3, 1], [2, 2], [1, 3]])
    assert stat.value is not None and stat.value < 0 and "negative" in stat.note
    assert not math.isnan(stat.value)
