"""The fast CSV writer writes exactly what pandas' ``to_csv`` writes, for every kind of column the exports hold."""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from rupturetool.io.csv_export import write_csv, write_frame

AWKWARD_TEXT = ["plain", "", None, "a,b", 'say "hi"', "two\nlines", "carriage\rreturn", "crlf\r\n", " spaced ",
                "héllo\u2028wörld", math.nan, "tab\there", ","]  # fmt: skip


OBJECTS = [1, 2.5, None, "x,y", True, np.float64(0.1), 3, pd.NA, "", 0, -1, 1e20, "z"]


def awkward_frame() -> pd.DataFrame:
    n = len(AWKWARD_TEXT)
    floats = [0.1, 1 / 3, 1e16, 1e-5, 123456789.125, -0.0, math.nan, 2.0, 5e-324, 1e300, 0.0001, 3.3333333, 7.5]
    return pd.DataFrame(
        {
            "text": AWKWARD_TEXT,  # pandas' str dtype, missing values both ways
            "objects": pd.Series(OBJECTS, dtype=object),
            "floats": floats[:n],
            "ints": list(range(-3, n - 3)),
            "nullable": pd.array([1, None, 3, None, 5, 6, 7, 8, 9, 10, 11, 12, 13], dtype="Int64"),
            "flags": [True, False] * 6 + [True],
            "maybe": pd.array([True, None, False] * 4 + [None], dtype="boolean"),
            "unsigned": np.arange(n, dtype="uint8"),
            "float32": np.array([f if abs(f) < 1e30 else 1.5 for f in floats[:n]], dtype="float32"),
        }
    )


@pytest.mark.parametrize("terminator", ["\n", "\r\n"])
def test_fast_writer_matches_pandas_byte_for_byte(terminator: str) -> None:
    frame = awkward_frame()
    fast = io.StringIO()
    write_frame(frame, fast, terminator)
    assert fast.getvalue() == frame.to_csv(index=False, lineterminator=terminator)
    assert '"a,b"' in fast.getvalue()  # the fast path did quote (it is not pandas writing)


@pytest.mark.parametrize(
    "frame",
    [
        pd.DataFrame({"a": [], "b": []}),  # header only
        pd.DataFrame({"only": ["", None, "x"]}),  # one column: empty cells are quoted rows
        pd.DataFrame({"when": pd.to_datetime(["2025-01-02", None]), "n": [1, 2]}),  # left to pandas
        pd.DataFrame({"a": ["x"], "b": pd.Categorical(["y"])}),
    ],
)
def test_frames_the_fast_path_leaves_to_pandas_are_written_alike(frame: pd.DataFrame) -> None:
    fast = io.StringIO()
    write_frame(frame, fast)
    assert fast.getvalue() == frame.to_csv(index=False, lineterminator="\n")


def test_write_csv_writes_the_file_with_bom_under_excel(tmp_path: Path) -> None:
    frame = awkward_frame()
    assert write_csv(frame, tmp_path / "out.csv", excel=True) == len(frame)
    expected = frame.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
    assert (tmp_path / "out.csv").read_bytes() == expected
