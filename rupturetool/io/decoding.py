"""Turn the bytes of a transcript file into text, whatever encoding a clinician's software used."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from rupturetool.core.errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: file is {_size(size)}, over the {_size(max_bytes)} limit (see --max-size)")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a transcript file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1e6:.1f} MB"
    if n >= 1_000:
        return f"{n / 1e3:.1f} kB"
    return f"{n} bytes"


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; newlines normalised to ``\\n``."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts with a UTF-16 byte-order mark but is not valid UTF-16 text") from None
    else:
        if b"\x00" in data[:4096]:
            raise InputError(f"{name}: looks like a binary file, not a text transcript")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if sum(not (ch.isprintable() or ch in "\n\t") for ch in text[:4096]) > 40:
        raise InputError(f"{name}: looks like a binary file, not a text transcript")
    return text
