"""Write tidy tables as CSV: UTF-8, ISO dates, empty cells for missing values; atomically."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import pandas as pd

from rupturetool.core.errors import InputError


def write_csv(frame: pd.DataFrame, out: Path, *, excel: bool = False) -> int:
    """Write ``frame`` to ``out`` (with a BOM under ``excel`` so Excel reads UTF-8). Returns the row count.

    The file appears whole or not at all: it is written beside the target and renamed into place.
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(f"{out}: folder {out.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as handle:
            write_frame(frame, handle, "\r\n" if excel else "\n")
        os.replace(tmp, out)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{out}: cannot write ({exc.strerror or exc})") from None
    return len(frame)


def write_frame(frame: pd.DataFrame, handle: TextIO, lineterminator: str = "\n") -> None:
    """Exactly the text of ``frame.to_csv(handle, index=False, lineterminator=...)``, several times faster.

    pandas spends most of a large export turning every cell into an object and back; here each column becomes
    its text once and rows are joined as strings. Only cells that need quoting go through the csv module, so
    quoting is the csv module's own. Column types this does not know are left to pandas.
    """
    if frame.shape[1] < 2 or not all(_plain(dtype) for dtype in frame.dtypes):
        frame.to_csv(handle, index=False, lineterminator=lineterminator)  # one column: csv quotes an empty row
        return
    quoter = _Quoter(lineterminator)
    csv.writer(handle, lineterminator=lineterminator).writerow(list(frame.columns))
    if len(frame):
        columns = [_quoted(frame.iloc[:, i], quoter) for i in range(frame.shape[1])]
        handle.write(lineterminator.join(map(",".join, zip(*columns, strict=True))))
        handle.write(lineterminator)


def _quoted(column: pd.Series, quoter: _Quoter) -> list[str]:
    texts = _texts(column)
    numbers = column.dtype.kind in "fiub"  # numbers never hold a comma, quote or line break
    return texts if numbers else quoter.column(texts)


def _plain(dtype: Any) -> bool:
    """Types written by pandas as ``str`` of each value (floats as numpy prints them), missing values empty."""
    if isinstance(dtype, np.dtype):
        return dtype.kind in "fiubO"
    return isinstance(dtype, pd.StringDtype) or (dtype.kind in "iub" and hasattr(dtype, "numpy_dtype"))


def _texts(column: pd.Series) -> list[str]:
    """One column's cells as pandas writes them before quoting (see pandas' ``get_values_for_csv``)."""
    dtype = column.dtype
    if dtype == np.float64:  # Python's repr is numpy's shortest round-trip text of a double, made faster
        values = column.to_numpy()
        texts = list(map(repr, values.tolist()))
        for i in np.flatnonzero(np.isnan(values)).tolist():
            texts[i] = ""
        return texts
    if isinstance(dtype, np.dtype) and dtype.kind == "f":
        values = column.to_numpy()
        texts = values.astype(str)  # numpy's shortest round-trip text, as pandas writes floats
        texts[np.isnan(values)] = ""
        return texts.tolist()
    if isinstance(dtype, np.dtype) and dtype.kind != "O":
        return list(map(str, column.tolist()))  # integers and booleans as Python prints them (as numpy does)
    if isinstance(dtype, pd.StringDtype):
        return column.to_numpy(dtype=object, na_value="").tolist()
    if not isinstance(dtype, np.dtype):  # nullable integers or booleans
        return list(map(str, column.to_numpy(dtype=object, na_value="").tolist()))
    texts = list(map(str, column.tolist()))  # objects as the csv module prints them
    for i in np.flatnonzero(column.isna().to_numpy()).tolist():
        texts[i] = ""
    return texts


class _Quoter:
    """Quotes cells the way the csv module does (QUOTE_MINIMAL), asking it only about cells that may need it."""

    def __init__(self, lineterminator: str) -> None:
        self.specials = sorted({",", '"', "\r", "\n", *lineterminator})
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, lineterminator=lineterminator)
        self.tail = len("," + lineterminator)

    def column(self, texts: list[str]) -> list[str]:
        joined = "".join(texts)  # one scan of the whole column: nearly every column needs no quoting at all
        if not any(s in joined for s in self.specials):
            return texts
        return [self.quoted(t) if any(s in t for s in self.specials) else t for t in texts]

    def quoted(self, text: str) -> str:
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.writerow([text, ""])  # two fields: a lone empty field would be quoted as a whole row
        return self.buffer.getvalue()[: -self.tail]
