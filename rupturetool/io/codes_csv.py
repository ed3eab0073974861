"""Read a markers CSV (``rupturetool export markers``, or one made in a spreadsheet) into checked code rows.

Pure: no database. Columns are matched ignoring case, spaces, underscores and hyphens; only the identifying
columns are required (client, session_id or session_date, coder, turn_index, segment_index — or
start_char and end_char —, subtype or family, significance). Every bad row is reported by its CSV line number,
all of them, not just the first.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rupturetool.core.domain import Actor, CoderRole, MarkerSource, Outcome, StageEvent, StrategyEvent
from rupturetool.core.errors import InputError
from rupturetool.core.scheme import CodingScheme, Subtype

# canonical column -> the normalised spellings accepted for it
_ALIASES: dict[str, tuple[str, ...]] = {
    "client": ("client", "clientcode"),
    "session_id": ("sessionid",),
    "session_date": ("sessiondate", "date"),
    "coder": ("coder",),
    "coder_role": ("coderrole",),
    "turn_index": ("turnindex", "turn"),
    "segment_index": ("segmentindex", "segment"),
    "start_char": ("startchar",),
    "end_char": ("endchar",),
    "scheme_id": ("schemeid", "scheme"),
    "family": ("family",),
    "subtype": ("subtype",),
    "actor": ("actor",),
    "significance": ("significance",),
    "episode_id": ("episodeid", "episode"),
    "source": ("source",),
    "note": ("note",),
}
_EPISODE_ALIASES: dict[str, tuple[str, ...]] = {
    "episode_id": ("episodeid", "episode"),
    "client": ("client", "clientcode"),
    "session_id": ("sessionid",),
    "session_date": ("sessiondate", "date"),
    "coder": ("coder",),
    "family": ("family",),
    "outcome": ("outcome",),
    "stages": ("stages",),
    "strategies": ("strategies",),
    "note": ("note",),
}
_REQUIRED = ("client", "coder", "turn_index", "significance")
_EPISODE_REQUIRED = ("episode_id", "client", "coder")
_MAX_PROBLEMS_IN_MESSAGE = 3


def normalise(name: str) -> str:
    """A column name without case, spaces, underscores or hyphens (and without a stray BOM)."""
    return "".join(ch for ch in name.lstrip("\ufeff").lower() if ch not in " _-\t")


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str
    source: str = ""  # the file, when not the error's own (an episodes CSV imported with the markers)


class CodesCsvError(InputError):
    """Rows of a codes CSV cannot be imported. ``str()`` is one line; :meth:`lines` gives one line per bad row."""

    def __init__(self, source: str, problems: Sequence[RowProblem]) -> None:
        self.source = source
        files = list(dict.fromkeys(p.source or source for p in problems))
        self.problems = sorted(problems, key=lambda p: (files.index(p.source or source), p.line))
        shown = "; ".join(
            f"{'' if p.source in ('', source) else p.source + ' '}line {p.line}: {p.message}"
            for p in self.problems[:_MAX_PROBLEMS_IN_MESSAGE]
        )
        more = len(self.problems) - _MAX_PROBLEMS_IN_MESSAGE
        suffix = f"; and {more} more" if more > 0 else ""
        rows = "row" if len(self.problems) == 1 else "rows"
        super().__init__(f"{source}: {len(self.problems)} bad {rows}, nothing imported ({shown}{suffix})")

    def lines(self) -> list[str]:
        return [f"{p.source or self.source} line {p.line}: {p.message}" for p in self.problems]


@dataclass(frozen=True)
class CodeRow:
    """One checked marker row; the session, turn and segment are not yet matched against a database."""

    line: int
    client: str
    session_id: int | None
    session_date: date | None
    coder: str
    coder_role: CoderRole | None
    turn_index: int
    segment_index: int | None
    span: tuple[int, int] | None
    scheme_id: str
    family: str
    subtype: str
    actor: Actor
    significance: int
    source: MarkerSource
    episode_id: str | None
    note: str


@dataclass(frozen=True)
class RawRow:
    line: int
    values: dict[str, str]  # canonical column -> stripped cell text ("" when blank or absent)


MARKERS, EPISODES = "markers", "episodes"


def _read_text(path: Path) -> str:
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text (save the spreadsheet as 'CSV UTF-8')") from None
    return text


def file_kind(path: Path) -> str:
    """``markers`` or ``episodes``, from the header: a markers table has turn_index or subtype columns."""
    text = _read_text(path)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = {normalise(c) for c in next(csv.reader([first], delimiter=delimiter), [])}
    if header & {"turnindex", "turn", "subtype", "significance"}:
        return MARKERS
    if header & {"episodeid", "episode"} and header & {"stages", "strategies", "outcome", "nmarkers"}:
        return EPISODES
    raise InputError(f"{path}: neither a markers CSV (turn_index, subtype...) nor an episodes CSV (stages...)")


def read_rows(path: Path) -> list[RawRow]:
    """The rows of a markers CSV (UTF-8, with or without BOM; comma or semicolon), keyed by canonical column."""
    return parse_text(_read_text(path), str(path))


def read_episode_rows(path: Path) -> list[RawRow]:
    """The rows of an episodes CSV (``rupturetool export episodes``), keyed by canonical column."""
    return parse_text(_read_text(path), str(path), episodes=True)


def parse_text(text: str, source: str, *, episodes: bool = False) -> list[RawRow]:
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{source}: the file is empty") from None
    except csv.Error as exc:
        raise InputError(f"{source} line 1: {exc}") from None
    columns = _episode_columns(header, source) if episodes else _header_columns(header, source)
    rows: list[RawRow] = []
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"{source} line {line}: {exc}") from None
        if not any(c.strip() for c in cells):
            continue
        values = {name: (cells[i].strip() if i < len(cells) else "") for i, name in columns.items()}
        rows.append(RawRow(line, values))
    return rows


def _match_columns(header: Sequence[str], source: str, aliases: dict[str, tuple[str, ...]]) -> dict[int, str]:
    lookup = {alias: name for name, names in aliases.items() for alias in names}
    columns: dict[int, str] = {}
    for i, cell in enumerate(header):
        name = lookup.get(normalise(cell))
        if name is None:
            continue  # other columns of the export (subtype_name, speaker_role, ...) are not needed
        if name in columns.values():
            raise InputError(f"{source}: column {name!r} appears twice")
        columns[i] = name
    return columns


def _episode_columns(header: Sequence[str], source: str) -> dict[int, str]:
    columns = _match_columns(header, source, _EPISODE_ALIASES)
    present = set(columns.values())
    missing = [name for name in _EPISODE_REQUIRED if name not in present]
    if not present & {"session_id", "session_date"}:
        missing.append("session_id or session_date")
    if missing:
        raise InputError(f"{source}: missing required column(s): {', '.join(missing)}")
    return columns


def _header_columns(header: Sequence[str], source: str) -> dict[int, str]:
    columns = _match_columns(header, source, _ALIASES)
    present = set(columns.values())
    missing = [name for name in _REQUIRED if name not in present]
    if not present & {"session_id", "session_date"}:
        missing.append("session_id or session_date")
    if not present & {"subtype", "family"}:
        missing.append("subtype or family")
    if "segment_index" not in present and not {"start_char", "end_char"} <= present:
        missing.append("segment_index (or start_char and end_char)")
    if missing:
        raise InputError(f"{source}: missing required column(s): {', '.join(missing)}")
    return columns


class SchemeLookup:
    """Finds a subtype's scheme: the scheme named on the row, else the active scheme, else the only other one."""

    def __init__(self, active: CodingScheme, schemes: Iterable[CodingScheme]) -> None:
        self.active = active
        self.schemes = {s.id: s for s in schemes}
        self.schemes.setdefault(active.id, active)

    def scheme(self, scheme_id: str) -> CodingScheme:
        if scheme_id not in self.schemes:
            raise ValueError(f"unknown scheme {scheme_id!r} (available: {', '.join(sorted(self.schemes))})")
        return self.schemes[scheme_id]

    def subtype(self, code: str, scheme_id: str) -> tuple[CodingScheme, Subtype]:
        if scheme_id:
            scheme = self.scheme(scheme_id)
            candidates = [scheme]
        else:
            candidates = [self.active, *(s for s in self.schemes.values() if s.id != self.active.id)]
        for scheme in candidates:
            for fam in scheme.families:
                for sub in fam.subtypes:
                    if sub.code.lower() == code.lower():
                        return scheme, sub
        where = f"scheme {scheme_id!r}" if scheme_id else "any coding scheme"
        raise ValueError(f"unknown subtype {code!r} (not in {where})")

    def family_code(self, family: str) -> str:
        for scheme in [self.active, *self.schemes.values()]:
            for fam in scheme.families:
                if fam.code.lower() == family.lower():
                    return fam.code
        raise ValueError(f"unknown family {family!r}")

    def strategy_code(self, code: str) -> str:
        for scheme in [self.active, *self.schemes.values()]:
            for strategy in scheme.strategies:
                if strategy.code.lower() == code.lower():
                    return strategy.code
        raise ValueError(f"unknown resolution strategy {code!r}")

    def family_only(self, family: str, scheme_id: str) -> tuple[CodingScheme, Subtype]:
        """A family given without a subtype: allowed when the scheme's family has a single subtype."""
        candidates = [self.scheme(scheme_id)] if scheme_id else [self.active, *self.schemes.values()]
        for scheme in candidates:
            for fam in scheme.families:
                if fam.code.lower() == family.lower():
                    if len(fam.subtypes) == 1:
                        return scheme, fam.subtypes[0]
                    codes = ", ".join(s.code for s in fam.subtypes)
                    raise ValueError(f"family {family!r} needs a subtype in scheme {scheme.id!r} (one of {codes})")
        raise ValueError(f"unknown family {family!r}")


def _integer(value: str, column: str, *, minimum: int = 0) -> int:
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a whole number") from None
    if not number.is_integer() or number < minimum:
        raise ValueError(f"{column} {value!r} is not a whole number of at least {minimum}")
    return int(number)


def _choice(value: str, column: str, kind, default):
    if not value:
        return default
    try:
        return kind(value.lower())
    except ValueError:
        allowed = ", ".join(str(k) for k in kind)
        raise ValueError(f"{column} {value!r} is not one of {allowed}") from None


def _collector(problems: list[str]):
    """``attempt(fn, ...)``: fn's result, or None with its ValueError noted, so a row reports every problem."""

    def attempt(fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ValueError as exc:
            problems.append(str(exc))
            return None

    return attempt


def check_row(raw: RawRow, schemes: SchemeLookup) -> CodeRow:
    """Check one row on its own (no database); raises ValueError naming every problem of the row."""
    v = raw.values
    problems: list[str] = []
    attempt = _collector(problems)

    for column in ("client", "coder", "turn_index", "significance"):
        if not v.get(column):
            problems.append(f"{column} is blank")
    session_id = attempt(_integer, v["session_id"], "session_id", minimum=1) if v.get("session_id") else None
    session_date = None
    if v.get("session_date"):
        try:
            session_date = date.fromisoformat(v["session_date"][:10])
        except ValueError:
            problems.append(f"session_date {v['session_date']!r} is not a date in the form YYYY-MM-DD")
    elif not v.get("session_id"):
        problems.append("session_id and session_date are both blank")
    turn_index = attempt(_integer, v["turn_index"], "turn_index") if v.get("turn_index") else None
    segment_index = attempt(_integer, v["segment_index"], "segment_index") if v.get("segment_index") else None
    span = None
    start, end = v.get("start_char", ""), v.get("end_char", "")
    if start or end:
        if not (start and end):
            problems.append("start_char and end_char must be given together")
        else:
            first, last = attempt(_integer, start, "start_char"), attempt(_integer, end, "end_char")
            if first is not None and last is not None:
                if first >= last:
                    problems.append(f"start_char {first} is not before end_char {last}")
                else:
                    span = (first, last)
    elif segment_index is None and not v.get("segment_index"):
        problems.append("segment_index is blank (and no start_char/end_char)")

    scheme_id, subtype, family = v.get("scheme_id", ""), v.get("subtype", ""), v.get("family", "")
    found = None
    if subtype:
        found = attempt(schemes.subtype, subtype, scheme_id)
        if found and family and found[1].family.lower() != family.lower():
            problems.append(f"subtype {found[1].code!r} belongs to family {found[1].family!r}, not {family!r}")
            found = None
    elif family:
        found = attempt(schemes.family_only, family, scheme_id)
    else:
        problems.append("subtype and family are both blank")

    significance = None
    if v.get("significance"):
        significance = attempt(_integer, v["significance"], "significance")
        if significance is not None and found is not None:
            low, high = found[0].significance_min, found[0].significance_max
            if not low <= significance <= high:
                problems.append(f"significance {significance} is not {low}–{high}")
                significance = None
    actor = attempt(_choice, v.get("actor", ""), "actor", Actor, Actor.PATIENT)
    source = attempt(_choice, v.get("source", ""), "source", MarkerSource, MarkerSource.MANUAL)
    coder_role = attempt(_choice, v.get("coder_role", ""), "coder_role", CoderRole, None)

    if problems:
        raise ValueError("; ".join(problems))
    assert found is not None and turn_index is not None and significance is not None
    scheme, sub = found
    return CodeRow(
        line=raw.line,
        client=v["client"],
        session_id=session_id,
        session_date=session_date,
        coder=v["coder"],
        coder_role=coder_role,
        turn_index=turn_index,
        segment_index=segment_index,
        span=span,
        scheme_id=scheme.id,
        family=sub.family,
        subtype=sub.code,
        actor=actor,
        significance=significance,
        source=source,
        episode_id=v.get("episode_id") or None,
        note=v.get("note", ""),
    )


def check_rows(rows: Iterable[RawRow], schemes: SchemeLookup) -> tuple[list[CodeRow], list[RowProblem]]:
    """Every row checked: the good ones, and one problem per bad row (by CSV line)."""
    good: list[CodeRow] = []
    problems: list[RowProblem] = []
    for raw in rows:
        try:
            good.append(check_row(raw, schemes))
        except ValueError as exc:
            problems.append(RowProblem(raw.line, str(exc)))
    return good, problems


def read_codes(path: Path, schemes: SchemeLookup) -> tuple[list[CodeRow], list[RowProblem]]:
    return check_rows(read_rows(path), schemes)


@dataclass(frozen=True)
class EpisodeCodeRow:
    """One checked row of an episodes CSV: what the markers CSV cannot say (family, outcome, stages, strategies)."""

    line: int
    episode_id: str
    client: str
    session_id: int | None
    session_date: date | None
    coder: str
    family: str | None  # None: taken from the episode's markers
    outcome: Outcome | None
    stages: tuple[StageEvent, ...]
    strategies: tuple[StrategyEvent, ...]
    note: str


def _events(value: str, column: str, parse) -> list:
    """``"1@2;2@3"``: what@turn items separated by ';' (or '|')."""
    events = []
    for item in value.replace("|", ";").split(";"):
        item = item.strip()
        if not item:
            continue
        what, sep, turn = item.partition("@")
        if not sep or not what.strip() or not turn.strip():
            raise ValueError(f"{column} item {item!r} is not WHAT@TURN (e.g. 2@14)")
        events.append(parse(what.strip(), _integer(turn.strip(), f"{column} turn")))
    return events


def check_episode_row(raw: RawRow, schemes: SchemeLookup) -> EpisodeCodeRow:
    """Check one episodes row on its own; raises ValueError naming every problem of the row."""
    v = raw.values
    problems: list[str] = []
    attempt = _collector(problems)

    for column in ("episode_id", "client", "coder"):
        if not v.get(column):
            problems.append(f"{column} is blank")
    session_id = attempt(_integer, v["session_id"], "session_id", minimum=1) if v.get("session_id") else None
    session_date = None
    if v.get("session_date"):
        try:
            session_date = date.fromisoformat(v["session_date"][:10])
        except ValueError:
            problems.append(f"session_date {v['session_date']!r} is not a date in the form YYYY-MM-DD")
    elif not v.get("session_id"):
        problems.append("session_id and session_date are both blank")
    family = attempt(schemes.family_code, v["family"]) if v.get("family") else None
    outcome = attempt(_choice, v.get("outcome", "").replace("partially resolved", "partial"), "outcome", Outcome, None)

    def stage(what: str, turn: int) -> StageEvent:
        number = _integer(what, "stage", minimum=1)
        if number > 4:
            raise ValueError(f"stage {number} is not 1–4")
        return StageEvent(number, turn)

    stages = attempt(_events, v.get("stages", ""), "stages", stage)
    strategies = attempt(
        _events,
        v.get("strategies", ""),
        "strategies",
        lambda code, turn: StrategyEvent(schemes.strategy_code(code), turn),
    )
    if problems:
        raise ValueError("; ".join(problems))
    return EpisodeCodeRow(
        line=raw.line,
        episode_id=v["episode_id"],
        client=v["client"],
        session_id=session_id,
        session_date=session_date,
        coder=v["coder"],
        family=family,
        outcome=outcome,
        stages=tuple(stages or ()),
        strategies=tuple(strategies or ()),
        note=v.get("note", ""),
    )


def read_episodes(path: Path, schemes: SchemeLookup) -> tuple[list[EpisodeCodeRow], list[RowProblem]]:
    """Every episodes row checked: the good ones, and one problem per bad row (by CSV line, naming the file)."""
    good: list[EpisodeCodeRow] = []
    problems: list[RowProblem] = []
    for raw in read_episode_rows(path):
        try:
            good.append(check_episode_row(raw, schemes))
        except ValueError as exc:
            problems.append(RowProblem(raw.line, str(exc), str(path)))
    return good, problems
