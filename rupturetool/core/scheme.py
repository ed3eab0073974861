"""Coding schemes as versioned data: the model, its validation and the TOML loader.

A scheme file is TOML (human-editable by a clinic). ``load_scheme`` validates everything and raises
:class:`SchemeError` with a one-line message naming the file and the problem.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rupturetool.core.errors import SchemeError


@dataclass(frozen=True)
class Subtype:
    code: str
    name: str
    family: str
    hotkey: str
    definition: str = ""


@dataclass(frozen=True)
class FamilyDef:
    code: str
    name: str
    hotkey: str
    description: str = ""
    color: str = ""
    subtypes: tuple[Subtype, ...] = ()


@dataclass(frozen=True)
class Strategy:
    code: str
    name: str
    group: str = ""
    definition: str = ""


@dataclass(frozen=True)
class StageDef:
    number: int
    name: str
    paths: dict[str, str] = field(default_factory=dict)  # family code -> what the stage looks like


@dataclass(frozen=True)
class CodingScheme:
    id: str
    name: str
    version: str
    description: str
    reference: str
    families: tuple[FamilyDef, ...]
    strategies: tuple[Strategy, ...] = ()
    stages: tuple[StageDef, ...] = ()
    significance_min: int = 1
    significance_max: int = 5
    significance_labels: dict[int, str] = field(default_factory=dict)
    source: str = ""

    def subtype(self, code: str) -> Subtype:
        for fam in self.families:
            for sub in fam.subtypes:
                if sub.code == code:
                    return sub
        raise SchemeError(f"scheme {self.id!r} has no subtype {code!r}")

    def family(self, code: str) -> FamilyDef:
        for fam in self.families:
            if fam.code == code:
                return fam
        raise SchemeError(f"scheme {self.id!r} has no family {code!r}")

    def subtype_for_keys(self, family_key: str, subtype_key: str) -> Subtype | None:
        """The subtype chosen by pressing a family hotkey then a subtype hotkey (e.g. W then 1)."""
        for fam in self.families:
            if fam.hotkey.lower() == family_key.lower():
                for sub in fam.subtypes:
                    if sub.hotkey.lower() == subtype_key.lower():
                        return sub
        return None

    def strategy(self, code: str) -> Strategy:
        for strat in self.strategies:
            if strat.code == code:
                return strat
        raise SchemeError(f"scheme {self.id!r} has no resolution strategy {code!r}")


class _Reader:
    """Reads required/optional fields from a TOML table, naming the place of any problem."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> SchemeError:
        return SchemeError(f"{self.source}: {where}: {problem}" if where else f"{self.source}: {problem}")

    def table(self, data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, "expected a table")
        return data

    def text(self, data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"missing required field '{key}'")
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(where, f"'{key}' must be a non-empty string")
        return value.strip()

    def items(self, data: dict[str, Any], key: str, where: str, *, required: bool) -> list[dict[str, Any]]:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"missing required list '[[{key}]]'")
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(where, f"'{key}' must be a list of tables ([[{key}]])")
        return value


def _hotkey(reader: _Reader, data: dict[str, Any], where: str) -> str:
    key = reader.text(data, "hotkey", where)
    if len(key) != 1 or not key.isalnum():
        raise reader.fail(where, f"hotkey {key!r} must be a single letter or digit")
    return key.upper()


def _unique(reader: _Reader, values: list[str], what: str, where: str = "") -> None:
    seen: set[str] = set()
    for value in values:
        if value.upper() in seen:
            raise reader.fail(where, f"duplicate {what} {value!r}")
        seen.add(value.upper())


def scheme_from_dict(data: dict[str, Any], source: str) -> CodingScheme:
    """Build and validate a scheme from parsed TOML. ``source`` names the file in messages."""
    r = _Reader(source)
    head = r.table(data.get("scheme"), "[scheme]") if "scheme" in data else None
    if head is None:
        raise r.fail("", "missing the [scheme] table (id, name, version)")
    scheme_id = r.text(head, "id", "[scheme]")
    if not scheme_id.replace("-", "").replace("_", "").isalnum():
        raise r.fail("[scheme]", f"id {scheme_id!r} may hold only letters, digits, '-' and '_'")

    families: list[FamilyDef] = []
    for i, fam in enumerate(r.items(data, "families", "", required=True)):
        where = f"families[{i}]"
        code = r.text(fam, "code", where)
        where = f"family {code!r}"
        subtypes = []
        for j, sub in enumerate(r.items(fam, "subtypes", where, required=True)):
            swhere = f"{where} subtypes[{j}]"
            scode = r.text(sub, "code", swhere)
            swhere = f"subtype {scode!r}"
            subtypes.append(
                Subtype(
                    code=scode,
                    name=r.text(sub, "name", swhere),
                    family=code,
                    hotkey=_hotkey(r, sub, swhere),
                    definition=r.text(sub, "definition", swhere, required=False),
                )
            )
        if not subtypes:
            raise r.fail(where, "a family needs at least one subtype")
        _unique(r, [s.hotkey for s in subtypes], "subtype hotkey", where)
        families.append(
            FamilyDef(
                code=code,
                name=r.text(fam, "name", where),
                hotkey=_hotkey(r, fam, where),
                description=r.text(fam, "description", where, required=False),
                color=r.text(fam, "color", where, required=False),
                subtypes=tuple(subtypes),
            )
        )
    if not families:
        raise r.fail("", "a scheme needs at least one family")
    _unique(r, [f.code for f in families], "family code")
    _unique(r, [f.hotkey for f in families], "family hotkey")

    strategies = []
    for i, st in enumerate(r.items(data, "strategies", "", required=False)):
        code = r.text(st, "code", f"strategies[{i}]")
        strategies.append(
            Strategy(
                code=code,
                name=r.text(st, "name", f"strategy {code!r}"),
                group=r.text(st, "group", f"strategy {code!r}", required=False),
                definition=r.text(st, "definition", f"strategy {code!r}", required=False),
            )
        )
    all_codes = [f.code for f in families] + [s.code for f in families for s in f.subtypes]
    _unique(r, all_codes + [s.code for s in strategies], "code")

    stages = []
    for i, stage in enumerate(r.items(data, "stages", "", required=False)):
        where = f"stages[{i}]"
        number = stage.get("number")
        if not isinstance(number, int) or not 1 <= number <= 9:
            raise r.fail(where, "'number' must be a whole number 1–9")
        paths = stage.get("paths", {})
        if not isinstance(paths, dict) or not all(isinstance(v, str) for v in paths.values()):
            raise r.fail(where, "'paths' must map family codes to descriptions")
        unknown = set(paths) - {f.code for f in families}
        if unknown:
            raise r.fail(where, f"'paths' names unknown family {sorted(unknown)[0]!r}")
        stages.append(StageDef(number=number, name=r.text(stage, "name", where), paths=dict(paths)))
    numbers = [s.number for s in stages]
    if numbers != list(range(1, len(numbers) + 1)):
        raise r.fail("stages", f"stages must be numbered 1, 2, 3... in order (got {numbers})")

    sig = r.table(data.get("significance", {}), "[significance]")
    low, high = sig.get("min", 1), sig.get("max", 5)
    if not (isinstance(low, int) and isinstance(high, int) and low < high):
        raise r.fail("[significance]", "'min' and 'max' must be whole numbers with min < max")
    labels_raw = sig.get("labels", {})
    try:
        labels = {int(k): str(v) for k, v in dict(labels_raw).items()}
    except (TypeError, ValueError):
        raise r.fail("[significance]", "'labels' keys must be whole numbers") from None

    return CodingScheme(
        id=scheme_id,
        name=r.text(head, "name", "[scheme]"),
        version=r.text(head, "version", "[scheme]"),
        description=r.text(head, "description", "[scheme]", required=False),
        reference=r.text(head, "reference", "[scheme]", required=False),
        families=tuple(families),
        strategies=tuple(strategies),
        stages=tuple(stages),
        significance_min=low,
        significance_max=high,
        significance_labels=labels,
        source=source,
    )


def load_scheme(path: Path | str) -> CodingScheme:
    """Read and validate one scheme file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SchemeError(f"{path}: cannot read scheme file ({exc.strerror or exc})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SchemeError(f"{path}: scheme file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise SchemeError(f"{path}: not valid TOML ({exc})") from None
    return scheme_from_dict(data, str(path))
