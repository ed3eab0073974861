"""Python string offsets ↔ Qt text positions (UTF-16 code units: a character beyond U+FFFF counts twice)."""

from __future__ import annotations


def to_qt(text: str, offset: int) -> int:
    if text.isascii():
        return offset
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def from_qt(text: str, position: int) -> int:
    if text.isascii():
        return position
    units = 0
    for i, ch in enumerate(text):
        if units >= position:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
