"""Office Open XML packages (.docx, .xlsx): recognise them from their first bytes, refuse broken or bloated ones."""

from __future__ import annotations

import io
import zipfile

from rupturetool.core.errors import InputError

ZIP_MAGIC = b"PK\x03\x04"
# A transcript unpacks to a few MB at most; refuse "zip bombs" before a library inflates them into memory.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024


def describe(error: BaseException, limit: int = 160) -> str:
    """A library's error on one short line, for a message that names its cause: ``XMLSyntaxError: ...``."""
    text = " ".join(f"{type(error).__name__}: {error}".split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sniff_package(sample: bytes, suffix: str, *, folder: bytes, suffixes: tuple[str, ...]) -> float:
    """How sure we are that ``sample`` (the file's head) is a package with members under ``folder`` (b"word/").

    A zip names each member in clear before its data, so the head shows the first members' names.
    """
    if not isinstance(sample, bytes) or not sample.startswith(ZIP_MAGIC):
        return 0.0
    if folder in sample:
        return 0.95
    return 0.6 if suffix in suffixes else 0.0


def check_package(data: bytes, source_name: str, *, member: str, kind: str) -> None:
    """Raise InputError unless ``data`` is a readable zip holding ``member`` that unpacks to a sane size."""
    if not data.startswith(ZIP_MAGIC):
        old = data.startswith(b"\xd0\xcf\x11\xe0")  # the container of .doc and .xls
        hint = " (looks like an old binary Office file: save it as .docx or .xlsx)" if old else ""
        raise InputError(f"{source_name}: not a valid {kind} file{hint}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise InputError(f"{source_name}: damaged {kind} file ({describe(error)})") from None
    if member not in names:
        raise InputError(f"{source_name}: a zip archive but not a valid {kind} file (it has no {member})")
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(
            f"{source_name}: unpacks to {unpacked / 1e6:.0f} MB, over the {MAX_UNPACKED_BYTES / 1e6:.0f} MB limit"
        )
