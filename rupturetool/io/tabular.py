"""Tables of utterances (CSV, TSV, Excel .xlsx): one row per utterance, often many sessions in one file.

Columns are recognised by name, ignoring case, spaces, underscores and hyphens (``Session ID`` = ``session_id``);
``ReadOptions.columns`` (``--columns speaker=Who,text=Said``) overrides the guess. Rows are grouped into one
session per value of the session column, in the order the sessions first appear; a file without a session
column is one session. Row numbers in messages count the header as row 1, as a spreadsheet shows them.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import islice
from typing import Any

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.office import check_package, describe, sniff_package
from rupturetool.io.roles import role_from_label
from rupturetool.io.transcript import ParsedTurn, RawTranscript, ReadOptions

# Our field -> column names that mean it, normalised (see normalise_column); the first match wins.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "speaker": ("speaker", "interlocutor", "who", "role", "speakername", "speakerlabel"),
    "text": ("text", "utterance", "utterancetext", "content"),
    "session": ("session", "sessionid", "transcriptid", "conversation", "conversationid"),
    "time": ("time", "timestamp", "start", "starttime", "begin"),
    "end": ("end", "endtime", "stop"),
    "date": ("date", "sessiondate"),
    "client": ("client", "clientid", "clientcode"),
    # Only used when a file has both a speaker column (names) and a role column (therapist/client).
    "role": ("role", "speakerrole"),
}
REQUIRED = ("speaker", "text")
STATED_ROLES = {"therapist": SpeakerRole.THERAPIST, "client": SpeakerRole.CLIENT}

_SEPARATORS = re.compile(r"[\s_\-]+")
_CLOCK = re.compile(r"^(?:(?:(?P<h>\d+):)?(?P<m>\d+):)?(?P<s>\d+(?:[.,]\d+)?)$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_QUOTED_TAB_FIELD = re.compile(r'(?:^|\t)"(?:[^"\t\n]|"")*"(?=\t|$)', re.MULTILINE)
_DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 20
_NOT_A_TIME = "is not a time (expected e.g. 00:01:02, 1:02 or 62.5 seconds)"


def normalise_column(name: object) -> str:
    return _SEPARATORS.sub("", str(name if name is not None else "")).casefold()


# ---- cell values ----------------------------------------------------------------------------------------


def _cell_text(value: object) -> str:
    """A cell as text: numbers without a spurious ``.0``, newlines normalised, outer space stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _clock(seconds: float) -> str:
    whole = int(seconds)
    fraction = f"{seconds - whole:.3f}"[1:].rstrip("0").rstrip(".")
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}{fraction}"


def parse_seconds(value: object) -> tuple[float | None, str | None]:
    """Seconds from a time cell, and a note when the cell's form is odd but readable; ValueError if unreadable.

    ``"00:01:02"``, ``"1:02"``, ``"62.5"``, ``"0:0:7.4"`` and ``"62,5"`` are read; spreadsheet times, durations
    and numbers (seconds) too. An empty cell is no time (None).
    """
    if value is None or isinstance(value, bool):
        if value is None:
            return None, None
        raise ValueError(_NOT_A_TIME)
    if isinstance(value, int | float):
        if not math.isfinite(value) or value < 0:
            raise ValueError(_NOT_A_TIME)
        return float(value), None
    if isinstance(value, timedelta):
        if value < timedelta(0):
            raise ValueError("is a negative duration")
        return value.total_seconds(), None
    if isinstance(value, datetime):  # a spreadsheet time of day stored with a date: the time part is meant
        value = value.time()
    if isinstance(value, time):
        return value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6, None
    text = str(value).strip().strip("[]()").strip()
    if not text:
        return None, None
    match = _CLOCK.match(text)
    if not match:
        raise ValueError(_NOT_A_TIME)
    hours = int(match.group("h") or 0)
    minutes = int(match.group("m") or 0)
    seconds = float(match.group("s").replace(",", "."))
    if match.group("m") is not None and seconds >= 60:
        raise ValueError("has seconds over 59")
    if match.group("h") is not None and minutes >= 60:
        raise ValueError("has minutes over 59")
    total = hours * 3600 + minutes * 60 + seconds
    # "00:09:025": a typo, but the digits say 25 seconds; read it and say so, so a clinician can check.
    odd = (match.group("m") is not None and len(re.split(r"[.,]", match.group("s"))[0]) > 2) or (
        match.group("h") is not None and len(match.group("m")) > 2
    )
    return total, f"time {text!r} read as {_clock(total)}" if odd else None


def _parse_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _ISO_DATE.match(_cell_text(value))
    if not match:
        raise ValueError("not a date")
    return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))


# ---- columns ----------------------------------------------------------------------------------------------


def _find(header: list[str], wanted: str) -> int | None:
    """The column called ``wanted``: exactly as written first, else ignoring case, spaces, ``_`` and ``-``."""
    for index, name in enumerate(header):
        if name == wanted:
            return index
    key = normalise_column(wanted)
    return next((index for index, name in enumerate(header) if normalise_column(name) == key), None)


def map_columns(header: list[str], columns: dict[str, str], source_name: str) -> dict[str, int]:
    """Our field -> the column index holding it: the user's mapping first, then names we recognise."""
    found = ", ".join(repr(name) for name in header if name) or "none"
    unknown = sorted(set(columns) - set(COLUMN_NAMES))
    if unknown:
        raise InputError(
            f"{source_name}: unknown field {unknown[0]!r} in the column mapping (fields: {', '.join(COLUMN_NAMES)})"
        )
    mapped: dict[str, int] = {}
    for our, theirs in columns.items():
        index = _find(header, theirs)
        if index is None:
            raise InputError(f"{source_name}: no column {theirs!r} (for {our}); columns found: {found}")
        mapped[our] = index
    normalised = [normalise_column(name) for name in header]
    for our, names in COLUMN_NAMES.items():
        if our in mapped:
            continue
        taken = set(mapped.values())
        for name in names:
            index = next((i for i, n in enumerate(normalised) if n == name and i not in taken), None)
            if index is not None:
                mapped[our] = index
                break
    missing = [our for our in REQUIRED if our not in mapped]
    if missing:
        raise InputError(
            f"{source_name}: no {' or '.join(missing)} column recognised; columns found: {found} "
            f"(name them with --columns, e.g. speaker=Who,text=Said)"
        )
    if mapped.get("role") == mapped["speaker"]:
        del mapped["role"]
    return mapped


def _recognised(header: list[str]) -> bool:
    names = {normalise_column(name) for name in header}
    return all(any(n in names for n in COLUMN_NAMES[our]) for our in REQUIRED)


# ---- rows to sessions -------------------------------------------------------------------------------------


@dataclass
class _Session:
    key: str | None
    turns: list[ParsedTurn] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    roles: dict[str, SpeakerRole] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # casefolded -> the spelling first seen
    date: date | None = None
    client: str | None = None
    filled_rows: list[int] = field(default_factory=list)  # rows with no session value, kept with the row above

    def raw(self) -> RawTranscript:
        if self.filled_rows:
            rows = self.filled_rows
            where = f"row {rows[0]}" if len(rows) == 1 else f"{len(rows)} rows ({rows[0]}–{rows[-1]})"
            self.warnings.insert(0, f"{where} with no session value kept with session {self.key!r}, the row above")
        return RawTranscript(
            turns=self.turns,
            warnings=self.warnings,
            session_key=self.key,
            date=self.date,
            joiner="\n",
            roles=self.roles,
            client_key=self.client,
            unit="row",
        )


def read_rows(rows: Iterable[tuple[int, list[Any]]], source_name: str, options: ReadOptions) -> list[RawTranscript]:
    """Sessions from ``(row number, cells)`` pairs whose first non-empty row is the header."""
    iterator = iter(rows)
    header: list[str] | None = None
    for _number, cells in iterator:
        if any(_cell_text(cell) for cell in cells):
            header = [_cell_text(cell) for cell in cells]
            break
    if header is None:
        raise InputError(f"{source_name}: no rows at all (not even a header)")
    column = map_columns(header, options.columns, source_name)
    sessions: dict[str | None, _Session] = {}
    current: _Session | None = None

    def cell(cells: list[Any], our: str) -> Any:
        index = column.get(our)
        return cells[index] if index is not None and index < len(cells) else None

    for number, cells in iterator:
        if not any(_cell_text(value) for value in cells):
            continue
        key: str | None = None
        if "session" in column:
            key = _cell_text(cell(cells, "session")) or None
            if key is None:
                if current is None:
                    raise InputError(f"{source_name}: row {number}: no session value (and no row above to go with)")
                current.filled_rows.append(number)
                key = current.key
        session = sessions.get(key)
        if session is None:
            session = sessions[key] = _Session(key)
        current = session
        _add_row(session, number, cells, cell, source_name)
    if not sessions:
        raise InputError(f"{source_name}: a header row but no rows of talk under it")
    for session in sessions.values():
        if not session.turns:
            where = f"session {session.key!r}" if session.key is not None else "the file"
            raise InputError(f"{source_name}: {where} has no row with text (column {header[column['text']]!r})")
    return [session.raw() for session in sessions.values()]


def _add_row(session: _Session, number: int, cells: list[Any], cell: Any, source_name: str) -> None:
    text = _cell_text(cell(cells, "text"))
    if not text:
        session.warnings.append(f"row {number}: empty text; row skipped")
        return
    spoken = " ".join(_cell_text(cell(cells, "speaker")).split())
    label = session.labels.setdefault(spoken.casefold(), spoken) if spoken else None
    if label is not None:
        stated = STATED_ROLES.get(label.casefold())
        role_cell = _cell_text(cell(cells, "role"))
        if stated is None and role_cell:
            stated = role_from_label(role_cell)
        if stated is not None:
            known = session.roles.setdefault(label, stated)
            if known is not stated:
                session.warnings.append(f"row {number}: {label!r} is {known} above but {stated} here; kept {known}")
    times: list[float | None] = []
    for our in ("time", "end"):
        value = cell(cells, our)
        try:
            seconds, note = parse_seconds(value)
        except ValueError as error:
            raise InputError(f"{source_name}: row {number}: {our} {_cell_text(value)!r} {error}") from None
        if note:
            session.warnings.append(f"row {number}: {note}")
        times.append(seconds)
    start, end = times
    if start is not None and end is not None and end < start:
        session.warnings.append(f"row {number}: ends ({_clock(end)}) before it starts ({_clock(start)}); end ignored")
        end = None
    session.turns.append(ParsedTurn(speaker_label=label, text=text, line=number, start=start, end=end))
    _note_session_value(session, number, "date", cell(cells, "date"))
    _note_session_value(session, number, "client", cell(cells, "client"))


def _note_session_value(session: _Session, number: int, our: str, value: object) -> None:
    if not _cell_text(value):
        return
    if our == "date":
        try:
            found: object = _parse_date(value)
        except ValueError:
            session.warnings.append(f"row {number}: date {_cell_text(value)!r} is not YYYY-MM-DD; ignored")
            return
    else:
        found = _cell_text(value)
    known = getattr(session, our)
    if known is None:
        setattr(session, our, found)
    elif known != found:
        session.warnings.append(f"row {number}: {our} {str(found)!r} differs from {str(known)!r} above; kept the first")


# ---- CSV and TSV ------------------------------------------------------------------------------------------


def _records(text: str, delimiter: str, quoted: bool) -> Iterator[list[str]]:
    if quoted:
        return csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
    return csv.reader(io.StringIO(text), delimiter=delimiter, quoting=csv.QUOTE_NONE)


def _quoted(sample: str, delimiter: str) -> bool:
    """Comma and semicolon files quote as spreadsheets do; a tab file only when a whole field is in quotes."""
    return delimiter != "\t" or bool(_QUOTED_TAB_FIELD.search(sample))


def _head_records(sample: str, delimiter: str) -> list[list[str]]:
    records: list[list[str]] = []
    try:
        for record in islice(_records(sample, delimiter, _quoted(sample, delimiter)), _SNIFF_RECORDS * 3):
            if any(field.strip() for field in record):
                records.append(record)
            if len(records) >= _SNIFF_RECORDS:
                break
    except csv.Error:
        pass  # the sample may end inside a quoted field; what came before still counts
    return records


def _delimiter_fit(sample: str, delimiter: str) -> tuple[int, float]:
    """How well ``delimiter`` splits the head: (header recognised, share of records as wide as the header)."""
    records = _head_records(sample, delimiter)
    if not records or len(records[0]) < 2:
        return 0, 0.0
    width = len(records[0])
    return int(_recognised(records[0])), sum(len(r) == width for r in records) / len(records)


def choose_delimiter(sample: str) -> str:
    fits = {delimiter: _delimiter_fit(sample, delimiter) for delimiter in _DELIMITERS}
    return max(_DELIMITERS, key=lambda d: fits[d])  # ties go to the comma, listed first


class DelimitedReader:
    binary = False

    def __init__(self, name: str, suffixes: tuple[str, ...], delimiter: str | None) -> None:
        self.name = name
        self.suffixes = suffixes
        self.delimiter = delimiter  # None: sniffed (comma, semicolon or tab)

    def sniff(self, sample: str | bytes, suffix: str) -> float:
        if not isinstance(sample, str):
            return 0.0
        delimiter = self.delimiter or choose_delimiter(sample)
        recognised, regular = _delimiter_fit(sample, delimiter)
        if recognised and regular >= 0.8:
            # A tab file is the TSV reader's; the CSV reader can read it too, but defers.
            return 0.95 if self.delimiter or delimiter != "\t" else 0.85
        if regular >= 0.8 and suffix in self.suffixes:
            return 0.5  # a table with unfamiliar column names: read() will name them and ask for --columns
        return 0.0

    def read(self, data: str | bytes, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        assert isinstance(data, str)
        delimiter = self.delimiter or choose_delimiter(data[: 64 * 1024])
        records = _records(data, delimiter, _quoted(data[: 64 * 1024], delimiter))

        def numbered() -> Iterator[tuple[int, list[Any]]]:
            number = 0
            while True:
                try:
                    record = next(records)
                except StopIteration:
                    return
                except csv.Error as error:
                    line = getattr(records, "line_num", "?")
                    raise InputError(
                        f"{source_name}: line {line}: cannot read this {self.name} ({' '.join(str(error).split())})"
                    ) from None
                number += 1
                yield number, list(record)

        return read_rows(numbered(), source_name, options)


CSV_READER = DelimitedReader("csv", (".csv",), None)
TSV_READER = DelimitedReader("tsv", (".tsv", ".tab"), "\t")


# ---- Excel ------------------------------------------------------------------------------------------------


class XlsxReader:
    name = "xlsx"
    suffixes = (".xlsx", ".xlsm")
    binary = True

    def sniff(self, sample: str | bytes, suffix: str) -> float:
        return sniff_package(sample, suffix, folder=b"xl/", suffixes=self.suffixes)  # type: ignore[arg-type]

    def read(self, data: str | bytes, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        assert isinstance(data, bytes)
        check_package(data, source_name, member="xl/workbook.xml", kind="Excel .xlsx")
        from openpyxl import load_workbook  # heavy: only when an Excel file is read

        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds (zip, XML, KeyError...) for one cause: damage
            raise InputError(f"{source_name}: damaged Excel .xlsx file ({describe(error)})") from None
        try:
            return self._read_workbook(workbook, source_name, options)
        finally:
            workbook.close()

    def _read_workbook(self, workbook: Any, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        """The first sheet whose columns we recognise; other such sheets are named in a warning, not skipped quietly."""
        first_error: InputError | None = None
        sessions: list[RawTranscript] = []
        for sheet in workbook.worksheets:
            where = f"{source_name} (sheet {sheet.title!r})"
            header = next((cells for _n, cells in self._rows(sheet, where) if any(map(_cell_text, cells))), None)
            if header is None:
                continue
            try:
                map_columns([_cell_text(c) for c in header], options.columns, where)
            except InputError as error:
                first_error = first_error or error
                continue
            if sessions:
                sessions[0].warnings.append(
                    f"sheet {sheet.title!r} also looks like a transcript but was not read (only the first such sheet"
                    " is); save it as a file of its own to import it"
                )
            else:
                sessions = read_rows(self._rows(sheet, where), where, options)
        if sessions:
            return sessions
        raise first_error or InputError(f"{source_name}: every sheet is empty")

    @staticmethod
    def _rows(sheet: Any, where: str) -> Iterator[tuple[int, list[Any]]]:
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # some writers record wrong sheet sizes; read what is there
        rows = sheet.iter_rows(values_only=True)
        number = 0
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception as error:  # damaged sheet XML, bad shared-string index...
                raise InputError(f"{where}: damaged sheet after row {number} ({describe(error)})") from None
            number += 1
            yield number, list(row)


XLSX_READER = XlsxReader()
