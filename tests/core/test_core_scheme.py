"""Coding schemes: the shipped files, validation of malformed ones, and the registry of shipped + user schemes."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupturetool.core.errors import SchemeError
from rupturetool.core.scheme import load_scheme
from rupturetool.core.scheme_registry import DEFAULT_SCHEME_ID, SchemeRegistry, builtin_scheme_files

# A small valid scheme; each malformed case below changes one thing in it.
VALID = """\
[scheme]
id = "mini"
name = "Mini scheme"
version = "1"

[[families]]
code = "alpha"
name = "Alpha"
hotkey = "A"

  [[families.subtypes]]
  code = "A1"
  name = "First alpha"
  hotkey = "1"

  [[families.subtypes]]
  code = "A2"
  name = "Second alpha"
  hotkey = "2"

[[families]]
code = "beta"
name = "Beta"
hotkey = "B"

  [[families.subtypes]]
  code = "B1"
  name = "First beta"
  hotkey = "1"

[[strategies]]
code = "S1"
name = "A strategy"

[[stages]]
number = 1
name = "One"
paths = { alpha = "alpha path", beta = "beta path" }

[[stages]]
number = 2
name = "Two"
"""


def write(tmp_path: Path, text: str | bytes, name: str = "scheme.toml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


# -- the shipped schemes ---------------------------------------------------------------------------------------


def test_shipped_scheme_files_are_the_three_documented_ones() -> None:
    ids = {load_scheme(path).id for path in builtin_scheme_files()}
    assert ids == {"3rs", "pacs", "solution-focused"}
    assert {s.id for s in SchemeRegistry().all()} == ids


def test_3rs_has_seven_withdrawal_and_seven_confrontation_subtypes() -> None:
    scheme = SchemeRegistry().get("3rs")
    assert DEFAULT_SCHEME_ID == "3rs"
    withdrawal = scheme.family("withdrawal")
    confrontation = scheme.family("confrontation")
    assert [s.code for s in withdrawal.subtypes] == [f"W{i}" for i in range(1, 8)]
    assert [s.code for s in confrontation.subtypes] == [f"C{i}" for i in range(1, 8)]
    assert all(s.family == "withdrawal" for s in withdrawal.subtypes)
    assert all(s.family == "confrontation" for s in confrontation.subtypes)
    assert scheme.subtype("W6").name == "Content/affect split"
    assert scheme.subtype("C1").name == "Complaints/concerns about the therapist"


def test_3rs_strategies_stages_and_significance() -> None:
    scheme = SchemeRegistry().get("3rs")
    assert [s.code for s in scheme.strategies] == [f"R{i}" for i in range(1, 11)]
    assert {scheme.strategy(f"R{i}").group for i in (1, 2, 3)} == {"immediate"}
    assert {scheme.strategy(f"R{i}").group for i in range(4, 10)} == {"exploratory"}
    assert [s.number for s in scheme.stages] == [1, 2, 3, 4]
    for stage in scheme.stages:
        assert set(stage.paths) == {"withdrawal", "confrontation"}
        assert all(text.strip() for text in stage.paths.values())
    assert "self-assertion" in scheme.stages[3].paths["withdrawal"].lower()
    assert "vulnerability" in scheme.stages[3].paths["confrontation"].lower()
    assert (scheme.significance_min, scheme.significance_max) == (1, 5)
    assert set(scheme.significance_labels) == {1, 2, 3, 4, 5}


def test_pacs_and_solution_focused_load() -> None:
    registry = SchemeRegistry()
    pacs = registry.get("pacs")
    codes = {s.code for f in pacs.families for s in f.subtypes}
    assert codes == {"PS", "CM", "EX", "AV", "RS"}
    assert pacs.subtype("AV").name == "Avoidance"
    assert pacs.subtype("RS").name == "Resistance"
    sf = registry.get("solution-focused")
    names = {s.name.lower() for f in sf.families for s in f.subtypes}
    assert any("miracle" in n for n in names)
    assert any("scaling" in n for n in names)


def test_subtype_for_keys() -> None:
    scheme = SchemeRegistry().get("3rs")
    w1 = scheme.subtype_for_keys("W", "1")
    assert w1 is not None and w1.code == "W1"
    assert scheme.subtype_for_keys("w", "1") == w1
    c7 = scheme.subtype_for_keys("C", "7")
    assert c7 is not None and c7.code == "C7"
    assert scheme.subtype_for_keys("W", "9") is None
    assert scheme.subtype_for_keys("X", "1") is None


def test_unknown_codes_raise_scheme_error() -> None:
    scheme = SchemeRegistry().get("3rs")
    with pytest.raises(SchemeError, match="W9"):
        scheme.subtype("W9")
    with pytest.raises(SchemeError, match="R11"):
        scheme.strategy("R11")
    with pytest.raises(SchemeError, match="nope"):
        SchemeRegistry().get("nope")


def test_valid_mini_scheme_loads(tmp_path: Path) -> None:
    scheme = load_scheme(write(tmp_path, VALID))
    assert scheme.id == "mini"
    assert [f.code for f in scheme.families] == ["alpha", "beta"]
    assert scheme.subtype_for_keys("b", "1").code == "B1"  # type: ignore[union-attr]
    assert scheme.source == str(tmp_path / "scheme.toml")


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    assert load_scheme(write(tmp_path, b"\xef\xbb\xbf" + VALID.encode())).id == "mini"


# -- malformed files ------------------------------------------------------------------------------------------

B1_BLOCK = '  [[families.subtypes]]\n  code = "B1"\n  name = "First beta"\n  hotkey = "1"\n'

MALFORMED = {
    "duplicate subtype code": (
        replace_once(VALID, 'code = "B1"', 'code = "A1"'),
        "duplicate code 'A1'",
    ),
    "subtype code equal to a strategy code": (
        replace_once(VALID, 'code = "S1"', 'code = "B1"'),
        "duplicate code 'B1'",
    ),
    "duplicate family code": (
        replace_once(VALID, 'code = "beta"', 'code = "alpha"').replace(
            'paths = { alpha = "alpha path", beta = "beta path" }', 'paths = { alpha = "x" }'
        ),
        "duplicate family code 'alpha'",
    ),
    "duplicate family hotkey": (
        replace_once(VALID, 'hotkey = "B"', 'hotkey = "a"'),
        "duplicate family hotkey 'A'",
    ),
    "duplicate subtype hotkey within a family": (
        replace_once(VALID, 'hotkey = "2"', 'hotkey = "1"'),
        "family 'alpha': duplicate subtype hotkey '1'",
    ),
    "missing scheme table": (
        replace_once(VALID, "[scheme]\n", "[schema]\n"),
        "missing the [scheme] table",
    ),
    "missing scheme id": (
        replace_once(VALID, 'id = "mini"\n', ""),
        "[scheme]: missing required field 'id'",
    ),
    "missing subtype name": (
        replace_once(VALID, '  name = "First beta"\n', ""),
        "subtype 'B1': missing required field 'name'",
    ),
    "missing family hotkey": (
        replace_once(VALID, 'hotkey = "B"\n', ""),
        "family 'beta': missing required field 'hotkey'",
    ),
    "missing families": (
        VALID.split("[[families]]")[0],
        "missing required list '[[families]]'",
    ),
    "family without subtypes": (
        replace_once(VALID, B1_BLOCK, "subtypes = []\n"),
        "family 'beta': a family needs at least one subtype",
    ),
    "family with no subtypes list": (
        replace_once(VALID, B1_BLOCK, ""),
        "family 'beta': missing required list '[[subtypes]]'",
    ),
    "two-letter hotkey": (
        replace_once(VALID, 'hotkey = "B"', 'hotkey = "BB"'),
        "hotkey 'BB' must be a single letter or digit",
    ),
    "stages not numbered from 1": (
        replace_once(VALID, "number = 1", "number = 3"),
        "stages must be numbered 1, 2, 3... in order (got [3, 2])",
    ),
    "stage number out of range": (
        replace_once(VALID, "number = 2", "number = 12"),
        "stages[1]: 'number' must be a whole number 1–9",
    ),
    "stage number not a number": (
        replace_once(VALID, "number = 2", 'number = "2"'),
        "stages[1]: 'number' must be a whole number 1–9",
    ),
    "unknown family in stage paths": (
        replace_once(VALID, 'beta = "beta path"', 'gamma = "gamma path"'),
        "stages[0]: 'paths' names unknown family 'gamma'",
    ),
    "significance min above max": (
        VALID + "\n[significance]\nmin = 5\nmax = 1\n",
        "[significance]: 'min' and 'max' must be whole numbers with min < max",
    ),
    "bad TOML": (
        replace_once(VALID, 'name = "Alpha"', "name = Alpha"),
        "not valid TOML",
    ),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_scheme_is_rejected_with_one_line_naming_file_and_problem(tmp_path: Path, case: str) -> None:
    text, problem = MALFORMED[case]
    path = write(tmp_path, text, name="clinic-scheme.toml")
    with pytest.raises(SchemeError) as info:
        load_scheme(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert problem in message


def test_not_utf8_scheme_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, replace_once(VALID, "Mini scheme", "Mini caf\xe9").encode("cp1252"))
    with pytest.raises(SchemeError, match="not UTF-8") as info:
        load_scheme(path)
    assert str(info.value).startswith(f"{path}: ")
    assert "\n" not in str(info.value)


def test_missing_scheme_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.toml"
    with pytest.raises(SchemeError, match="cannot read scheme file") as info:
        load_scheme(path)
    assert str(path) in str(info.value)


def test_same_subtype_hotkey_in_different_families_is_fine(tmp_path: Path) -> None:
    # "1" is both A1's and B1's hotkey in VALID: hotkeys only need to be unique within their family.
    scheme = load_scheme(write(tmp_path, VALID))
    assert scheme.subtype_for_keys("A", "1").code == "A1"  # type: ignore[union-attr]
    assert scheme.subtype_for_keys("B", "1").code == "B1"  # type: ignore[union-attr]


# -- the registry ---------------------------------------------------------------------------------------------


def test_user_scheme_dir_adds_a_scheme(tmp_path: Path) -> None:
    user = tmp_path / "user-schemes"
    user.mkdir()
    write(user, VALID, name="mini.toml")
    registry = SchemeRegistry([user, tmp_path / "does-not-exist"])
    assert registry.get("mini").source == str(user / "mini.toml")
    assert {s.id for s in registry.all()} == {"3rs", "pacs", "solution-focused", "mini"}
    assert SchemeRegistry().get("3rs") is not None
    with pytest.raises(SchemeError):
        SchemeRegistry().get("mini")


def test_user_scheme_with_a_shipped_id_overrides_it(tmp_path: Path) -> None:
    user = tmp_path / "user-schemes"
    user.mkdir()
    revised = replace_once(replace_once(VALID, 'id = "mini"', 'id = "3rs"'), 'version = "1"', 'version = "2022.1"')
    write(user, revised, name="3rs-2022.toml")
    scheme = SchemeRegistry([user]).get("3rs")
    assert scheme.version == "2022.1"
    assert scheme.source == str(user / "3rs-2022.toml")
    assert [f.code for f in scheme.families] == ["alpha", "beta"]
    assert len([s for s in SchemeRegistry([user]).all() if s.id == "3rs"]) == 1


def test_registry_rejects_a_malformed_user_scheme(tmp_path: Path) -> None:
    user = tmp_path / "user-schemes"
    user.mkdir()
    bad = write(user, replace_once(VALID, 'hotkey = "B"', 'hotkey = "A"'), name="bad.toml")
    with pytest.raises(SchemeError, match="duplicate family hotkey") as info:
        SchemeRegistry([user])
    assert str(bad) in str(info.value)


def test_add_file_replaces_an_existing_id(tmp_path: Path) -> None:
    registry = SchemeRegistry()
    added = registry.add_file(write(tmp_path, replace_once(VALID, 'id = "mini"', 'id = "pacs"')))
    assert registry.get("pacs") is added
    assert [f.code for f in registry.get("pacs").families] == ["alpha", "beta"]
