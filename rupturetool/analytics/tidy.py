"""Column formats shared by the tidy exports: nullable integers, ISO dates, 0/1 flags."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd


def iso_dates(values: pd.Series) -> pd.Series:
    """YYYY-MM-DD strings; missing dates stay empty."""
    return pd.to_datetime(values).dt.strftime("%Y-%m-%d")


def tidy(frame: pd.DataFrame, *, integers: Iterable[str] = (), dates: Iterable[str] = ()) -> pd.DataFrame:
    """Integers that may be missing as pandas ``Int64`` (so CSV shows ``3``, not ``3.0``) and dates as ISO text."""
    frame = frame.copy()
    for column in integers:
        frame[column] = pd.array(pd.to_numeric(frame[column]), dtype="Int64")
    for column in dates:
        frame[column] = iso_dates(frame[column])
    return frame
