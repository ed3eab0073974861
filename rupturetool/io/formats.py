"""The registry of transcript readers, and format detection from content (the suffix only breaks ties)."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from rupturetool.core.errors import InputError
from rupturetool.io.transcript import FormatReader

# name -> "module:attribute"; modules load only when used, so start-up stays fast.
_READERS: dict[str, str] = {
    "text": "rupturetool.io.plaintext:READER",
    "vtt": "rupturetool.io.webvtt:READER",
    "srt": "rupturetool.io.srt:READER",
    "otter": "rupturetool.io.otter:READER",
    "docx": "rupturetool.io.docx_reader:READER",
    "csv": "rupturetool.io.tabular:CSV_READER",
    "tsv": "rupturetool.io.tabular:TSV_READER",
    "xlsx": "rupturetool.io.tabular:XLSX_READER",
    "json": "rupturetool.io.interchange:READER",
}
SNIFF_BYTES = 64 * 1024
MIN_CONFIDENCE = 0.2


def reader(name: str) -> FormatReader:
    try:
        module, attribute = _READERS[name].split(":")
    except KeyError:
        raise InputError(f"unknown format {name!r} (known: {', '.join(_READERS)})") from None
    return getattr(import_module(module), attribute)


def detect(head: bytes, text_head: str | None, path: Path) -> FormatReader:
    """The reader most sure it can read this file; binary readers see bytes, text readers decoded text."""
    suffix = path.suffix.lower()
    best: tuple[float, FormatReader] | None = None
    for name in _READERS:
        candidate = reader(name)
        sample = head if candidate.binary else text_head
        if sample is None:
            continue
        score = candidate.sniff(sample, suffix)
        if best is None or score > best[0]:
            best = (score, candidate)
    if best is None or best[0] < MIN_CONFIDENCE:
        raise InputError(f"{path}: not a transcript format rupturetool knows ({', '.join(_READERS)})")
    return best[1]
