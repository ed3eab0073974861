"""Keys handled inside the transcript rather than by menu actions, for Help → Keyboard shortcuts.

Built from the active coding scheme, so the list always shows the scheme's own hotkeys.
"""

from __future__ import annotations

from rupturetool.core.scheme import CodingScheme

TRANSCRIPT = "Transcript"


def view_keys(scheme: CodingScheme) -> list[tuple[str, str, str]]:
    rows = [
        (TRANSCRIPT, "↑ / ↓", "Previous / next segment"),
        (TRANSCRIPT, "Page Up / Page Down, Home / End", "Scroll a page; first / last segment"),
    ]
    for family in scheme.families:
        last = family.subtypes[-1].hotkey if family.subtypes else ""
        first = family.subtypes[0].hotkey if family.subtypes else ""
        rows.append(
            (TRANSCRIPT, f"{family.hotkey} then {first}–{last}", f"Code the selected segment as {family.name.lower()}")
        )
    rows += [
        (TRANSCRIPT, "Esc", "Cancel a half-typed code"),
        (TRANSCRIPT, "Del / Backspace", "Remove my last marker on the segment"),
        ("Session timeline strip", "← / →, Page Up / Page Down", "Move along the session; the transcript follows"),
        ("5-minute segments", "1–5, 0 or Del", "Rate the family's significance in the segment; clear it"),
        ("5-minute segments", "Space / Enter", "Tick markers and strategies that occur in the segment"),
        ("5-minute segments", "Ctrl+Enter", "Go to the segment's first turn"),
    ]
    return rows
