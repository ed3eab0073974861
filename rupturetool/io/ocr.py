"""Text from PDFs or OCR often has "|" or "1" where "I" was meant ("| guess", "1'm"). We only suggest:
the user sees each correction, may apply it, and may undo it; the imported text is always kept.
Every correction keeps the text's length, so segments and markers stay anchored."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "I" as a word: followed by a space and a word that commonly follows "I", or by 'm / 've / 'll / 'd.
_FOLLOWERS = (
    r"guess|think|thought|am|was|wasn't|have|had|don't|didn't|do|did|just|mean|know|knew|feel|felt|said|say|can|"
    r"can't|could|couldn't|will|would|wouldn't|want|wanted|need|needed|really|never|always|hope|wish|tried|try|"
    r"get|got|see|saw|went|love|hate|like|should|shouldn't|must|may|might|remember|suppose|agree|told"
)
# A digit 1 is often really one ("item 1 was", "1 can"): for it, only followers that no number takes.
_STRONG = r"guess|think|thought|don't|didn't|mean|feel|felt|know|knew|just|wish|hope|suppose|wasn't|wouldn't"
_CONTRACTION = r"['’](?:m|ve|ll|d)\b"
_PATTERN = re.compile(
    rf"(?<![\w|])(?:[|l](?=\s+(?:{_FOLLOWERS})\b|{_CONTRACTION})|1(?=\s+(?:{_STRONG})\b|{_CONTRACTION}))"
)


@dataclass(frozen=True)
class Correction:
    turn_index: int
    start_char: int
    found: str
    replacement: str = "I"

    def as_json(self) -> dict[str, object]:
        return {"turn": self.turn_index, "start_char": self.start_char, "from": self.found, "to": self.replacement}


def suggest(turn_index: int, text: str) -> list[Correction]:
    out = []
    for match in _PATTERN.finditer(text):
        found = match.group()
        if found == "l" and not _looks_like_lone_l(text, match.start()):
            continue
        out.append(Correction(turn_index, match.start(), found))
    return out


def _looks_like_lone_l(text: str, at: int) -> bool:
    # A lone lower-case "l" before "guess" is OCR for "I"; "l" inside words never matches (lookbehind).
    return at == 0 or text[at - 1] in " \n\t\"'(“‘"


def apply(text: str, corrections: list[Correction]) -> str:
    chars = list(text)
    for c in corrections:
        chars[c.start_char : c.start_char + len(c.found)] = c.replacement
    return "".join(chars)
