"""Finds the shipped coding schemes and any a user added, and picks the active one."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from rupturetool.core.errors import SchemeError
from rupturetool.core.scheme import CodingScheme, load_scheme

DEFAULT_SCHEME_ID = "3rs"


def builtin_scheme_files() -> list[Path]:
    folder = resources.files("rupturetool.data") / "schemes"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".toml"))


class SchemeRegistry:
    """All schemes available: the shipped ones plus ``*.toml`` files in the user's scheme folders.

    A user file with the same id as a shipped scheme replaces it (so a clinic can adopt a revision).
    """

    def __init__(self, user_dirs: Iterable[Path] = ()) -> None:
        self._schemes: dict[str, CodingScheme] = {}
        for path in builtin_scheme_files():
            self._add(load_scheme(path), replace=False)
        for folder in user_dirs:
            if folder.is_dir():
                for path in sorted(folder.glob("*.toml")):
                    self._add(load_scheme(path), replace=True)

    def _add(self, scheme: CodingScheme, *, replace: bool) -> None:
        if scheme.id in self._schemes and not replace:
            raise SchemeError(f"{scheme.source}: scheme id {scheme.id!r} is already used")
        self._schemes[scheme.id] = scheme

    def add_file(self, path: Path) -> CodingScheme:
        scheme = load_scheme(path)
        self._add(scheme, replace=True)
        return scheme

    def get(self, scheme_id: str = DEFAULT_SCHEME_ID) -> CodingScheme:
        try:
            return self._schemes[scheme_id]
        except KeyError:
            known = ", ".join(sorted(self._schemes))
            raise SchemeError(f"no coding scheme {scheme_id!r} (available: {known})") from None

    def all(self) -> list[CodingScheme]:
        return [self._schemes[k] for k in sorted(self._schemes)]
