"""Word documents (.docx): one paragraph per turn, the speaker's name first, often in bold.

Recognised: ``**Therapist:** text``, ``T: text``, ``[00:01:02] Client: text``, a bold name then the text
(``**Anna** I don't know``), a speaker's name alone in its paragraph with the text below, and tables whose rows
are ``speaker | text`` (optionally with a time column). Headings (Heading styles, Title, Subtitle) and whatever
comes before the first labelled paragraph go to the session's notes; an unlabelled paragraph after a turn
continues it. A name counts as a speaker when it is a role word (T, Therapist, Client...), the ``--therapist``
label, or recurs; once the talk has begun, also a name that speaks only once if it is set apart as the other
speakers are (bold with a colon, a table's speaker column) or is a capitalised ``Name:`` (reported, in case it
is text). So a one-off ``Date: 12 March`` before the talk stays a note.

Numbers in messages count the body's paragraphs in order, each table row as one.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rupturetool.core.errors import InputError
from rupturetool.io.office import check_package, describe, sniff_package
from rupturetool.io.plaintext import _LOST_LABEL, _STRAY_LETTER, _caps_label, _label_of
from rupturetool.io.roles import role_from_label
from rupturetool.io.tabular import COLUMN_NAMES, normalise_column, parse_seconds
from rupturetool.io.transcript import ParsedTurn, RawTranscript, ReadOptions

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED_ANCESTORS = {f"{_W}del", f"{_W}moveFrom", f"{_W}p"}  # deleted text; text boxes' own paragraphs
_NAME = re.compile(r"^[^\W\d_][\w.'’\- ]{0,39}$")  # what a speaker's name looks like (as in plain text)
_MAX_NAME_WORDS = 4
_AFTER_NAME = re.compile(r"^\s*(?::|[–—-](?=\s))?\s*")  # "**Anna** – text", "**Anna**: text"
_NAME_LIKE = re.compile(r"^[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2}$")  # "Ben", "Dr. Rowe", "Mrs Lee"
_LAYOUTS = ("cell", "bold:")  # readings where the layout, not only a colon, sets the name apart
_HEADING_STYLES = ("heading", "title", "subtitle")
_NO_TURNS = "no speaker-labelled paragraphs found (expected e.g. 'Therapist: ...', 'T: ...' or a bold name first)"


@dataclass
class _Block:
    """A paragraph or a table row, reduced to what the scan needs."""

    number: int
    text: str  # the whole visible text, soft line breaks as "\n"
    heading: bool = False
    bold_name: str | None = None  # a name-like bold start ("**Anna**"), without its colon
    bold_colon: bool = False  # that name is followed by a colon ("**Anna:**", "**Anna**:")
    after_bold: str = ""  # the text after that bold start
    cell_name: str | None = None  # a table row's speaker cell, when it looks like a name
    cell_body: str = ""  # the rest of that row
    cell_time: float | None = None


def _name(text: str) -> str | None:
    name = " ".join(text.strip().rstrip(":").split())
    return name if _NAME.match(name) and len(name.split()) <= _MAX_NAME_WORDS else None


class _Styles:
    """Bold and heading, as a paragraph's or run's style chain says (cached by style id)."""

    def __init__(self, document: Any) -> None:
        self._styles = {style.style_id: style for style in document.styles}
        self._bold: dict[str | None, bool | None] = {}

    def _chain(self, style_id: str | None) -> Iterator[Any]:
        style, seen = self._styles.get(style_id) if style_id else None, set()
        while style is not None and style.style_id not in seen:
            seen.add(style.style_id)
            yield style
            style = getattr(style, "base_style", None)

    def bold(self, style_id: str | None) -> bool | None:
        if style_id not in self._bold:
            fonts = (getattr(s, "font", None) for s in self._chain(style_id))
            self._bold[style_id] = next((f.bold for f in fonts if f is not None and f.bold is not None), None)
        return self._bold[style_id]

    def heading(self, style_id: str | None) -> bool:
        return any((s.name or "").casefold().startswith(_HEADING_STYLES) for s in self._chain(style_id))


def _runs(paragraph: Any) -> Iterator[Any]:
    """The paragraph's runs in order, in hyperlinks, fields and insertions too, but not deleted text."""
    for run in paragraph.iter(f"{_W}r"):
        ancestor = run.getparent()
        while ancestor is not None and ancestor is not paragraph and ancestor.tag not in _SKIPPED_ANCESTORS:
            ancestor = ancestor.getparent()
        if ancestor is paragraph:
            yield run


def _run_bold(run: Any, styles: _Styles, paragraph_bold: bool | None) -> bool:
    properties = run.rPr
    if properties is not None:
        if properties.b is not None:
            return properties.b.val is not False
        style_bold = styles.bold(properties.style)
        if style_bold is not None:
            return style_bold
    return bool(paragraph_bold)


def _paragraph(element: Any, number: int, styles: _Styles) -> _Block:
    properties = element.pPr
    style_id = properties.style if properties is not None else None
    outline = properties is not None and properties.find(f"{_W}outlineLvl") is not None
    paragraph_bold = styles.bold(style_id)
    pieces: list[tuple[str, bool]] = [(run.text, _run_bold(run, styles, paragraph_bold)) for run in _runs(element)]
    text = "".join(piece for piece, _bold in pieces)
    bold_start: list[str] = []
    for index, (piece, bold) in enumerate(pieces):
        if bold or not piece.strip():
            bold_start.append(piece)
            continue
        if any(p.strip() for p in bold_start) and any(b for _p, b in pieces[:index]):
            after = "".join(p for p, _b in pieces[index:])
            name = _name("".join(bold_start))
            colon = "".join(bold_start).rstrip().endswith(":") or after.lstrip().startswith(":")
            rest = _AFTER_NAME.sub("", after, count=1)
            return _Block(number, text, bold_name=name, bold_colon=colon, after_bold=rest)
        break
    else:
        if any(b for _p, b in pieces):  # a paragraph wholly in bold: a name alone on its line, or a pseudo-heading
            colon = text.rstrip().endswith(":")
            heading = outline or styles.heading(style_id)
            return _Block(number, text, heading=heading, bold_name=_name(text), bold_colon=colon)
    return _Block(number, text, heading=outline or styles.heading(style_id))


def _cells(row: Any) -> list[str]:
    seen: set[int] = set()
    texts = []
    for cell in row.cells:
        if id(cell._tc) not in seen:  # a merged cell appears once per grid column it spans
            seen.add(id(cell._tc))
            texts.append("\n".join(p.text for p in cell.paragraphs).strip())
    return texts


def _time(text: str) -> float | None:
    try:
        return parse_seconds(text)[0]
    except ValueError:
        return None


def _time_column(rows: list[list[str]]) -> int | None:
    """The column (first or second) holding times, if most of its filled cells are times: "00:01:02 | T | ..."."""
    for column in (0, 1):
        cells = [row[column] for row in rows if len(row) >= 3 and row[column]]
        if cells and sum(_time(cell) is not None for cell in cells) * 2 > len(cells):
            return column
    return None


def _table(rows: list[list[str]], number: int) -> Iterator[_Block]:
    """Rows as blocks: ``[time |] speaker | text [| more text]``; a header row ("Speaker | Text") is left out."""
    header = {normalise_column(t) for t in rows[0]} if rows else set()
    if header & set(COLUMN_NAMES["speaker"]) and header & set(COLUMN_NAMES["text"]):
        rows, number = rows[1:], number + 1
    column = _time_column(rows)
    for texts in rows:
        number += 1
        seconds = None
        if column is not None and len(texts) >= 3:
            seconds, texts = _time(texts[column]), texts[:column] + texts[column + 1 :]
        if len(texts) < 2:
            yield _Block(number, "\n".join(texts))
            continue
        body = "\n".join(t for t in texts[1:] if t)
        text = f"{texts[0]}: {body}" if texts[0] else body  # as a note, or as text continuing a turn
        yield _Block(number, text, cell_name=_name(texts[0]) if texts[0] else None, cell_body=body, cell_time=seconds)


def _blocks(document: Any) -> Iterator[_Block]:
    from docx.table import Table

    styles = _Styles(document)
    number = 0
    body = document.element.body
    stack = list(reversed(body))
    while stack:
        element = stack.pop()
        if element.tag == f"{_W}sdt":  # a content control: its content is ordinary body content
            content = element.find(f"{_W}sdtContent")
            stack.extend(reversed(content) if content is not None else ())
        elif element.tag == f"{_W}p":
            number += 1
            yield _paragraph(element, number, styles)
        elif element.tag == f"{_W}tbl":
            rows = [_cells(row) for row in Table(element, document).rows]
            yield from _table(rows, number)
            number += len(rows)


@dataclass(frozen=True)
class _Reading:
    """One way to read a block's start as a speaker's name: ``name`` says ``text``."""

    name: str
    text: str
    start: float | None
    kind: str  # "cell" (a table's speaker column), "bold:" ("**Name:**"), "colon" ("Name: "), "bold" ("**Name**")


def _candidates(block: _Block) -> list[_Reading]:
    """Readings of a block's start, most explicit first."""
    first, _, others = block.text.partition("\n")
    found: list[_Reading] = []
    if block.cell_name is not None:
        found.append(_Reading(block.cell_name, block.cell_body, block.cell_time, "cell"))
    if block.bold_name is not None and block.bold_colon:
        found.append(_Reading(block.bold_name, block.after_bold.strip(), None, "bold:"))
    if (label := _label_of(first)) is not None:
        found.append(_Reading(label[0], "\n".join(filter(None, (label[1], others.strip()))), label[2], "colon"))
    if block.bold_name is not None and not block.bold_colon:
        found.append(_Reading(block.bold_name, block.after_bold.strip(), None, "bold"))
    return found


def scan_blocks(blocks: list[_Block], therapist: str | None) -> RawTranscript:
    texts = [b for b in blocks if b.text.strip() and not b.heading]
    counts = Counter(key for b in texts for key in {r.name.casefold() for r in _candidates(b)})
    caps_counts = Counter(c.casefold() for b in texts if (c := _caps_label(b.text)))

    def is_speaker(name: str) -> bool:
        key = name.casefold()
        return (
            counts[key] >= 2
            or role_from_label(name) is not None
            or (therapist is not None and key == therapist.strip().casefold())
        )

    # Once the talk has begun, a name that speaks only once is still a speaker (an interpreter, a parent):
    # folding their words into the turn before would give them to someone else. That holds for a name set
    # apart as the speakers are (a bold "Name:", a table's speaker column) and for a capitalised "Name: ".
    # Before the talk, one-off "Date: 12 March" lines are the preamble. One-off speakers are reported.
    conventions = {r.kind for b in texts for r in _candidates(b) if r.kind in _LAYOUTS and is_speaker(r.name)}

    def one_off(reading: _Reading) -> bool:
        return reading.kind in conventions or (reading.kind != "bold" and bool(_NAME_LIKE.match(reading.name)))

    notes: list[str] = []
    turns: list[ParsedTurn] = []
    pieces: list[list[str]] = []
    warnings: list[str] = []
    canonical: dict[str, str] = {}

    def open_turn(label: str | None, text: str, number: int, start: float | None = None) -> None:
        turns.append(ParsedTurn(speaker_label=label, text="", line=number, start=start))
        pieces.append([text] if text else [])

    for block in blocks:
        text = "\n".join(line.strip() for line in block.text.strip().split("\n"))
        if not text:
            continue
        if block.heading:
            notes.append(text)
            continue
        readings = _candidates(block)
        speaker = next((r for r in readings if is_speaker(r.name)), None)
        if speaker is None and turns:
            speaker = next((r for r in readings if one_off(r)), None)
            if speaker is not None:
                warnings.append(
                    f"paragraph {block.number}: {speaker.name!r} speaks only once here; check it is a speaker, not text"
                )
        caps = _caps_label(text)
        if speaker is not None:
            label = canonical.setdefault(speaker.name.casefold(), speaker.name)
            open_turn(label, speaker.text.strip(), block.number, speaker.start)
        elif caps and (role_from_label(caps) is not None or caps_counts[caps.casefold()] >= 2):
            open_turn(canonical.setdefault(caps.casefold(), caps), "", block.number)
        elif turns and (lost := _LOST_LABEL.match(text)):
            open_turn(None, lost.group("rest").strip(), block.number)
        elif turns and _STRAY_LETTER.match(text):
            warnings.append(f"paragraph {block.number}: stray {text!r} alone; the text after it has no speaker")
            open_turn(None, "", block.number)
        elif turns:
            pieces[-1].append(text)
        else:
            notes.append(text)
    for turn, parts in zip(turns, pieces, strict=True):
        turn.text = "\n".join(parts).strip()
        if not turn.text and turn.speaker_label is not None:
            warnings.append(f"paragraph {turn.line}: speaker {turn.speaker_label!r} says nothing; turn skipped")
    return RawTranscript(turns=turns, notes="\n".join(notes), warnings=warnings, joiner="\n", unit="paragraph")


class DocxReader:
    name = "docx"
    suffixes = (".docx",)
    binary = True

    def sniff(self, sample: str | bytes, suffix: str) -> float:
        return sniff_package(sample, suffix, folder=b"word/", suffixes=self.suffixes)  # type: ignore[arg-type]

    def read(self, data: str | bytes, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        assert isinstance(data, bytes)
        check_package(data, source_name, member="word/document.xml", kind="Word .docx")
        from docx import Document  # heavy: only when a Word file is read

        try:
            document = Document(io.BytesIO(data))
            blocks = list(_blocks(document))
        except InputError:
            raise
        except Exception as error:  # python-docx and lxml raise many kinds (zip, XML, KeyError...) for damage
            raise InputError(f"{source_name}: damaged Word .docx file ({describe(error)})") from None
        raw = scan_blocks(blocks, options.therapist)
        if not any(turn.speaker_label for turn in raw.turns):
            raise InputError(f"{source_name}: {_NO_TURNS}")
        return [raw]


READER = DocxReader()
