"""What a search in the transcript means: text (case-insensitive), a marker subtype ("W3", "subtype:W3") or a
coder ("coder:anna"); and which rows match."""

from __future__ import annotations

from dataclasses import dataclass

from rupturetool.gui.transcript_model import TranscriptModel


@dataclass(frozen=True)
class SearchQuery:
    kind: str  # "text" | "subtype" | "coder" | "" (nothing to search)
    value: str  # lower-case

    @property
    def highlights_text(self) -> bool:
        return self.kind == "text"


def parse_query(query: str, subtype_codes: set[str]) -> SearchQuery:
    """``subtype:`` / ``coder:`` prefixes; a bare subtype code of the scheme (or of a marker shown) is a subtype."""
    stripped = query.strip()
    head, sep, rest = stripped.partition(":")
    if sep and head.strip().lower() in ("subtype", "coder") and rest.strip():
        return SearchQuery(head.strip().lower(), rest.strip().lower())
    if stripped.upper() in subtype_codes:
        return SearchQuery("subtype", stripped.lower())
    return SearchQuery("text" if stripped else "", stripped.lower())


def subtype_codes(model: TranscriptModel) -> set[str]:
    codes = {s.code.upper() for f in model.scheme.families for s in f.subtypes}
    return codes


def row_matches(model: TranscriptModel, row: int, query: SearchQuery) -> bool:
    if query.kind == "text":
        return query.value in model.rows[row].display[0].lower()
    if query.kind == "subtype":
        return any(m.subtype.lower() == query.value for m in model.spans_at(row))
    if query.kind == "coder":
        return any(query.value in m.coder.lower() for m in model.spans_at(row))
    return False
