"""Machine suggestions for markers, stages and strategies: plain values shared by the suggesters and the workbench.

A suggestion never becomes a code by itself: the coder accepts it (it becomes a marker with
``source = suggested``), rejects it, or changes its subtype; every decision is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# `family` of a suggestion that is not a marker: a therapist turn attending to the rupture (Safran–Muran stage 1)
# or a resolution strategy (R1–R10). Marker suggestions carry the scheme family ("withdrawal" | "confrontation").
STAGE_FAMILY = "stage"
STRATEGY_FAMILY = "strategy"


class Decision(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CHANGED = "changed"  # accepted with another subtype


@dataclass(frozen=True)
class Suggestion:
    """One suggested code on a character span of one turn, with why it fired."""

    turn_index: int
    segment_index: int
    start_char: int  # offsets inside the turn's text, end exclusive
    end_char: int
    family: str  # "withdrawal" | "confrontation" | STAGE_FAMILY | STRATEGY_FAMILY
    subtype: str  # W1–W7, C1–C7; "1" for a stage; R1–R10 for a strategy
    actor: str  # "patient" | "therapist"
    confidence: float  # 0..1
    explanation: str  # which pattern and which context fired, in words a coder understands
    suggester: str = "rules"  # "rules" or the versioned name of a trained model, e.g. "textcat-alice-v2"

    @property
    def is_marker(self) -> bool:
        return self.family not in (STAGE_FAMILY, STRATEGY_FAMILY)

    def as_json(self) -> dict[str, object]:
        """The fields `rupturetool suggest --json` prints, in its documented order."""
        return {
            "turn_index": self.turn_index,
            "segment_index": self.segment_index,
            "start_char": self.start_char,
            "end_char": self.end_char,
            "family": self.family,
            "subtype": self.subtype,
            "actor": self.actor,
            "confidence": round(self.confidence, 3),
            "explanation": self.explanation,
        }
