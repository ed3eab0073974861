"""From a file's bytes to text, whatever encoding a clinician's software used."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from rupturetool.core.errors import InputError
from rupturetool.io.decoding import checksum, decode_text, read_bytes

TEXT = "T: Comment ça va? It's the café — “quoted”.\nP: Fine.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode_text(data, "s.txt") == TEXT


def test_cp1252_fallback() -> None:
    assert decode_text(b"P: caf\xe9", "s.txt") == "P: café"
    assert decode_text("T: “right” – 5 €".encode("cp1252"), "s.txt") == "T: “right” – 5 €"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_normalised(newline: str) -> None:
    assert decode_text(f"T: a{newline}P: b{newline}".encode(), "s.txt") == "T: a\nP: b\n"
    assert decode_text(codecs.BOM_UTF16_LE + f"T: a{newline}".encode("utf-16-le"), "s.txt") == "T: a\n"


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t "], ids=["empty", "blank"])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^s\.txt: file is empty$"):
        decode_text(data, "s.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",  # a .docx is a zip file
        bytes(range(1, 32)) * 10,  # control characters without NUL
    ],
    ids=["png", "docx", "control-chars"],
)
def test_binary_file_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^s\.bin: looks like a binary file"):
        decode_text(data, "s.bin")


@pytest.mark.parametrize(
    "data",
    [codecs.BOM_UTF16_LE + "T: hi".encode("utf-16-le") + b"x", codecs.BOM_UTF16_LE + b"\x00\xd8A\x00"],
    ids=["odd-length", "lone-surrogate"],
)
def test_broken_utf16_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^s\.txt: .*UTF-16"):
        decode_text(data, "s.txt")


def test_read_bytes_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_bytes(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_bytes(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"T: x\n" * 100)
    with pytest.raises(InputError, match="over the"):
        read_bytes(big, max_bytes=100)
    assert read_bytes(big) == b"T: x\n" * 100


def test_checksum_is_sha256_of_the_bytes() -> None:
    assert checksum(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert checksum(b"abc") != checksum(b"abd")
