"""The session strip on a long session: 5,000 turns, 300 markers, 40 episodes (timed and untimed).

Target (issue 4): a repaint well under 16 ms (one frame at 60 Hz). set_data and the first paint after a resize
(pixel geometry rebuilt) are reported too. Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_strip.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from rupturetool.core.domain import (
    Family,
    Marker,
    Outcome,
    RuptureEpisode,
    SpeakerRole,
    StageEvent,
    StrategyEvent,
    Turn,
)
from rupturetool.core.scheme_registry import SchemeRegistry
from rupturetool.gui.session_strip import SessionStrip

TURNS, MARKERS, EPISODES, REPEATS = 5000, 300, 40, 30
TARGET_MS = 16.0


def session(timed: bool, seed: int = 4) -> tuple[list[Turn], list[Marker], list[RuptureEpisode]]:
    rnd = random.Random(seed)
    roles = (SpeakerRole.THERAPIST, SpeakerRole.CLIENT)
    turns, clock = [], 0.0
    for i in range(TURNS):
        words = " ".join(["word"] * rnd.randint(2, 40))
        turns.append(Turn(i, "TP"[i % 2], roles[i % 2], words, start=clock if timed else None))
        clock += rnd.uniform(2.0, 12.0)
    markers = []
    for m in range(MARKERS):
        family = ("withdrawal", "confrontation")[m % 2]
        subtype = f"{family[0].upper()}{rnd.randint(1, 7)}"
        turn = rnd.randrange(1, TURNS, 2)
        markers.append(Marker(1, turn, 0, 4, family, subtype, "bench", significance=rnd.randint(1, 5), id=m + 1))
    episodes = []
    for e in range(EPISODES):
        family = (Family.WITHDRAWAL, Family.CONFRONTATION)[e % 2]
        own = [m for m in markers if m.family == family][e // 2 :: EPISODES // 2][:4]
        first = min(m.turn_index for m in own)
        stages = tuple(StageEvent(s, min(first + 3 * s, TURNS - 1)) for s in range(1, e % 5 + 1))
        episodes.append(
            RuptureEpisode(
                1,
                "bench",
                family,
                tuple(m.id for m in own),
                stages,
                (StrategyEvent("R4", min(first + 2, TURNS - 1)),),
                list(Outcome)[e % 3],
            )
        )
    return turns, markers, episodes


def paint_ms(strip: SessionStrip, image: QImage) -> float:
    start = time.perf_counter()
    strip.render(image)  # runs paintEvent into the image, as a repaint of the window would
    return (time.perf_counter() - start) * 1000


def measure(timed: bool) -> dict[str, float]:
    scheme = SchemeRegistry().get("3rs")
    turns, markers, episodes = session(timed)
    strip = SessionStrip()
    strip.resize(1200, 48)
    image = QImage(strip.size(), QImage.Format.Format_ARGB32_Premultiplied)
    set_data, first, repaint, resized = [], [], [], []
    for i in range(REPEATS):
        start = time.perf_counter()
        strip.set_data(turns, markers, episodes, scheme)
        set_data.append((time.perf_counter() - start) * 1000)
        first.append(paint_ms(strip, image))  # rebuilds the pixel geometry
        repaint.append(paint_ms(strip, image))  # a plain repaint (cursor moved, window exposed)
        strip.set_current_turn(i * 100)
        strip.resize(1200 - i % 2, 48)
        resized.append(paint_ms(strip, image))
    return {
        "set_data": statistics.median(set_data),
        "first paint": statistics.median(first),
        "repaint": statistics.median(repaint),
        "paint after resize": statistics.median(resized),
        "repaint max": max(repaint),
    }


def main() -> int:
    QApplication.instance() or QApplication([])
    worst = 0.0
    for timed in (True, False):
        numbers = measure(timed)
        label = "timed" if timed else "untimed"
        print(f"{label:8s} " + "  ".join(f"{k} {v:6.2f} ms" for k, v in numbers.items()))
        worst = max(worst, numbers["repaint"], numbers["paint after resize"])
    ok = worst < TARGET_MS
    print(f"{'OK' if ok else 'TOO SLOW'}: worst median paint {worst:.2f} ms (target < {TARGET_MS:g} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
