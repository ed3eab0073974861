"""Hand-entered session measures and their documented ranges."""

from __future__ import annotations

import pytest

from rupturetool.core.errors import InputError
from rupturetool.core.measures import MEASURES, check_measure


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [("client_scaling", 1, 10), ("wai_sr_task", 4, 20), ("wai_sr_bond", 4, 20), ("tension_patient", 1, 5)],
)
def test_measure_bounds(name: str, low: float, high: float) -> None:
    assert check_measure(name, low) == low
    assert check_measure(name, high) == high
    for outside in (low - 1, high + 0.5):
        with pytest.raises(InputError, match="outside"):
            check_measure(name, outside)


def test_unknown_measure_names_the_known_ones() -> None:
    with pytest.raises(InputError, match="unknown session measure 'wai_total'") as info:
        check_measure("wai_total", 30)
    assert all(name in str(info.value) for name in MEASURES)


def test_wai_sr_subscales_are_sums_of_four_items_scored_1_to_5() -> None:
    for name in ("wai_sr_task", "wai_sr_bond", "wai_sr_goal"):
        assert (MEASURES[name].low, MEASURES[name].high) == (4 * 1, 4 * 5)
