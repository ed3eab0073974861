"""Shared helpers for format-reader tests: reading a fixture, writing one, detection, and fuzzing (near-valid
mutations of good files, and the only outcomes allowed)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import strategies as st

from rupturetool.core.errors import InputError
from rupturetool.io.decoding import decode_text
from rupturetool.io.finishing import finish
from rupturetool.io.formats import SNIFF_BYTES, detect
from rupturetool.io.reading import parse_file
from rupturetool.io.transcript import FormatReader, RawTranscript, ReadOptions


def turns(path: Path, **kwargs: object) -> list[tuple[str | None, str, float | None, float | None]]:
    [parsed] = parse_file(path, **kwargs)  # type: ignore[arg-type]
    return [(t.speaker_label, t.text, t.start, t.end) for t in parsed.turns]


def write(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def detected(path: Path) -> str:
    data = path.read_bytes()
    return detect(data[:SNIFF_BYTES], decode_text(data, path.name)[:SNIFF_BYTES], path).name


def mutated(valid: list[str]) -> st.SearchStrategy[str]:
    """A valid file with a few lines dropped, duplicated, cut, swapped, or the rest cut off."""

    @st.composite
    def build(draw: st.DrawFn) -> str:
        lines = draw(st.sampled_from(valid)).split("\n")
        for _ in range(draw(st.integers(1, 6))):
            if not lines:
                break
            i = draw(st.integers(0, len(lines) - 1))
            op = draw(st.sampled_from(["drop", "duplicate", "cut", "swap", "end"]))
            if op == "drop":
                del lines[i]
            elif op == "duplicate":
                lines.insert(i, lines[i])
            elif op == "cut":
                lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
            elif op == "swap" and i + 1 < len(lines):
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
            else:
                lines = lines[:i]
        return "\n".join(lines)

    return build()


def check_outcome(reader: FormatReader, text: str, name: str, *, every_turn_has_text: bool = True) -> None:
    """Either sessions with turns, or one clean InputError naming the file: nothing else may happen."""
    try:
        raws = reader.read(text, name, ReadOptions())
    except InputError as error:
        assert str(error).startswith(f"{name}: ") and "\n" not in str(error)
        return
    assert raws and all(isinstance(raw, RawTranscript) and raw.turns for raw in raws)
    texts = [turn.text for raw in raws for turn in raw.turns]
    assert all(texts) if every_turn_has_text else any(texts)
    for raw in raws:
        with contextlib.suppress(InputError):  # finishing may refuse too (e.g. most speakers unknown)
            finish(raw, name, "sum", ReadOptions())
