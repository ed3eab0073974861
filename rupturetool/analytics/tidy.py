"""Column formats shared by the tidy exports: nullable integers, ISO dates, 0/1 flags."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

# Years pandas and Python's isoformat write alike (four digits); anything else is left to pandas.
_YEARS = range(1000, 10000)
_FIRST, _BEYOND = np.datetime64("1000-01-01"), np.datetime64("10000-01-01")


def iso_dates(values: pd.Series | Sequence[Any]) -> pd.Series:
    """YYYY-MM-DD strings; missing dates stay empty."""
    fast = _iso_texts(values)
    return fast if fast is not None else pd.to_datetime(pd.Series(values)).dt.strftime("%Y-%m-%d")


def iso_utc_times(values: pd.Series) -> pd.Series:
    """YYYY-MM-DDTHH:MM:SSZ in UTC (times without a zone are taken as UTC); missing times stay empty."""
    moments = pd.to_datetime(values, utc=True)
    naive = moments.dt.tz_localize(None).to_numpy()  # the UTC wall times
    missing = np.isnat(naive)
    known = naive[~missing]
    if len(known) and (known.min() < _FIRST or known.max() >= _BEYOND):  # numpy writes such years its own way
        return moments.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    # numpy formats in C what strftime does value by value (both drop the fraction of a second)
    texts = np.char.add(np.datetime_as_string(naive, unit="s"), "Z").astype(object)
    texts[missing] = None
    return pd.Series(texts, dtype="str", index=values.index)


def _iso_texts(values: pd.Series | Sequence[Any]) -> pd.Series | None:
    """What ``iso_dates`` gives for plain dates (each distinct date formatted once: pandas would parse every value);
    None when some value needs pandas."""
    known: dict[Any, str | None] = {None: None}
    out = []
    for value in values.tolist() if isinstance(values, pd.Series) else values:
        found = known.get(value, "")
        if found == "":
            if type(value) is not date or value.year not in _YEARS:
                return None
            found = known[value] = value.isoformat()
        out.append(found)
    return pd.Series(out, dtype="str", index=values.index if isinstance(values, pd.Series) else None)


def tidy(frame: pd.DataFrame, *, integers: Iterable[str] = (), dates: Iterable[str] = ()) -> pd.DataFrame:
    """Integers that may be missing as pandas ``Int64`` (so CSV shows ``3``, not ``3.0``) and dates as ISO text."""
    frame = frame.copy()
    for column in integers:
        frame[column] = pd.array(pd.to_numeric(frame[column]), dtype="Int64")
    for column in dates:
        frame[column] = iso_dates(frame[column])
    return frame
