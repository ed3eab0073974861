"""The fast date formats give exactly what pandas' to_datetime/strftime gives, including the awkward values."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pandas as pd
import pytest

from rupturetool.analytics.tidy import iso_dates, iso_utc_times


def pandas_dates(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values).dt.strftime("%Y-%m-%d")


def pandas_utc(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, utc=True).dt.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.mark.parametrize(
    "values",
    [
        [date(2025, 1, 2), None, date(2025, 1, 2), date(1999, 12, 31)],
        [None, None],
        [],
        [date(2025, 1, 2), "2025-01-03"],  # text: left to pandas
        [date(2025, 1, 2), datetime(2025, 1, 3, 12, 30)],  # a datetime: left to pandas
    ],
)
def test_iso_dates_match_pandas(values: list) -> None:
    series = pd.Series(values, dtype=object, index=range(10, 10 + len(values)))
    assert iso_dates(series).equals(pandas_dates(series))


def test_iso_dates_format_each_distinct_date() -> None:
    assert iso_dates([date(2025, 3, 1), None, date(2025, 3, 1)]).tolist()[::2] == ["2025-03-01", "2025-03-01"]


@pytest.mark.parametrize(
    "values",
    [
        [datetime(2025, 3, 1, 10, 1, 5, 120000), None, datetime(1969, 12, 31, 23, 59, 59, 500000)],
        [datetime(2025, 1, 6, 9, tzinfo=timezone(timedelta(hours=-3))), datetime(2025, 1, 6, 23, 59, 59, 999999)],
        [None],
        [],
    ],
)
def test_iso_utc_times_match_pandas(values: list) -> None:
    for series in (pd.Series(values, dtype=object), pd.DataFrame({"at": values})["at"]):
        assert iso_utc_times(series).equals(pandas_utc(series))


def test_iso_utc_times_convert_to_utc_and_drop_fractions() -> None:
    local = datetime(2025, 1, 6, 23, 30, 59, 900000, tzinfo=timezone(timedelta(hours=2)))
    assert iso_utc_times(pd.Series([local], dtype=object)).tolist() == ["2025-01-06T21:30:59Z"]
