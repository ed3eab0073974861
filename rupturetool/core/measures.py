"""Session measures entered by hand, with their valid ranges (see the coding-scheme guide, sections 1 and 4)."""

from __future__ import annotations

from dataclasses import dataclass

from rupturetool.core.errors import InputError


@dataclass(frozen=True)
class MeasureSpec:
    name: str
    label: str
    low: float
    high: float


MEASURES: dict[str, MeasureSpec] = {
    m.name: m
    for m in (
        MeasureSpec("client_scaling", "Client scaling (1–10)", 1, 10),
        # WAI-SR subscale totals: four items each, scored 1–5. Scores only; the item texts are copyrighted.
        MeasureSpec("wai_sr_task", "WAI-SR Task (4–20)", 4, 20),
        MeasureSpec("wai_sr_bond", "WAI-SR Bond (4–20)", 4, 20),
        MeasureSpec("wai_sr_goal", "WAI-SR Goal (4–20)", 4, 20),
        MeasureSpec("tension_patient", "Post-session tension, patient (1–5)", 1, 5),
        MeasureSpec("tension_therapist", "Post-session tension, therapist (1–5)", 1, 5),
        MeasureSpec("resolution_patient", "Post-session resolution, patient (1–5)", 1, 5),
        MeasureSpec("resolution_therapist", "Post-session resolution, therapist (1–5)", 1, 5),
        # 3RS session-level ratings by the coder (coding-scheme guide, "The 3RS coding unit").
        MeasureSpec("therapist_contribution", "3RS therapist contribution to ruptures (1–5)", 1, 5),
        MeasureSpec("extent_resolved", "3RS extent ruptures were resolved (1–5)", 1, 5),
    )
}


def check_measure(name: str, value: float) -> float:
    spec = MEASURES.get(name)
    if spec is None:
        raise InputError(f"unknown session measure {name!r} (known: {', '.join(MEASURES)})")
    if not spec.low <= value <= spec.high:
        raise InputError(f"{spec.label}: {value:g} is outside {spec.low:g}–{spec.high:g}")
    return float(value)
