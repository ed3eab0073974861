"""CSV writing: UTF-8 (BOM and CRLF for Excel), atomic, clear errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from rupturetool.core.errors import InputError
from rupturetool.io.csv_export import write_csv

FRAME = pd.DataFrame({"client": ["RIVER-07", "ÉLAN-2"], "significance": pd.array([3, None], dtype="Int64")})


def test_plain_utf8(tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    assert write_csv(FRAME, out) == 2
    assert out.read_bytes() == "client,significance\nRIVER-07,3\nÉLAN-2,\n".encode()


def test_excel_has_bom_and_crlf(tmp_path: Path) -> None:
    out = tmp_path / "m.csv"
    write_csv(FRAME, out, excel=True)
    assert out.read_bytes() == b"\xef\xbb\xbf" + "client,significance\r\nRIVER-07,3\r\nÉLAN-2,\r\n".encode()


def test_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        write_csv(FRAME, tmp_path / "nope" / "m.csv")


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "m.csv"
    out.write_text("old", encoding="utf-8")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("rupturetool.io.csv_export.os.replace", refuse)
    with pytest.raises(InputError, match="cannot write"):
        write_csv(FRAME, out)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["m.csv"]
