"""Exports at caseload scale: 100 clients x 40 sessions x 15 markers in a temporary SQLite database.

Targets (issue 5): all four CSVs together (one export_tables call, median of 5) in under 2 s; one client's timeline
data in under 100 ms. Each export is also timed alone.
The synthetic data is written with bulk SQL inserts (not timed). Run: python benchmarks/bench_exports.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from rupturetool.services.exports import ExportKind, client_timeline, export_csv, export_tables
from rupturetool.services.project import Project
from rupturetool.storage.tables import (
    ClientRow,
    CoderRow,
    EpisodeMarkerRow,
    EpisodeRow,
    MarkerRow,
    SessionMeasureRow,
    SessionRow,
    SpeakerRow,
    StageEventRow,
    StrategyEventRow,
    TurnRow,
)

CLIENTS, SESSIONS, MARKERS, TURNS, EPISODES = 100, 40, 15, 40, 3
ATTACHMENTS = ["secure", "anxious-preoccupied", "avoidant-dismissing", "fearful-avoidant"]
CREATED = datetime(2025, 1, 6, 9, 0)
WORDS = "I don't know it was fine really whatever you think we keep going in circles".split()  # noqa: SIM905


def synthesise(project: Project, seed: int = 5) -> None:
    rnd = random.Random(seed)
    rows: dict[type, list[dict]] = {t: [] for t in (ClientRow, SessionRow, SpeakerRow, TurnRow, MarkerRow)}
    rows.update({t: [] for t in (EpisodeRow, EpisodeMarkerRow, StageEventRow, StrategyEventRow, SessionMeasureRow)})
    rows[CoderRow] = [{"id": 1, "name": "bench coder", "role": "researcher"}]
    sid = tid = mid = eid = 0
    for c in range(1, CLIENTS + 1):
        rows[ClientRow].append({"id": c, "code": f"C{c:03d}", "attachment": ATTACHMENTS[c % 4]})
        timed = c % 2 == 0  # half the transcripts have timestamps, half are estimated from words
        for s in range(SESSIONS):
            sid += 1
            rows[SessionRow].append(
                {"id": sid, "client_id": c, "date": date(2025, 1, 6) + timedelta(weeks=s), "number": s + 1}
            )
            rows[SpeakerRow] += [
                {"session_id": sid, "label": "T", "role": "therapist"},
                {"session_id": sid, "label": "P", "role": "client"},
            ]
            turn_ids = []
            for t in range(TURNS):
                tid += 1
                turn_ids.append(tid)
                text = " ".join(rnd.choices(WORDS, k=rnd.randint(5, 40)))
                start = t * 75.0 if timed else None
                rows[TurnRow].append(
                    {
                        "id": tid,
                        "session_id": sid,
                        "idx": t,
                        "speaker_label": "TP"[t % 2],
                        "text": text,
                        "start": start,
                        "end": start + 70 if timed else None,
                    }
                )
            session_markers = []
            for _ in range(MARKERS):
                mid += 1
                family = rnd.choice(["withdrawal", "confrontation"])
                session_markers.append(mid)
                rows[MarkerRow].append(
                    {
                        "id": mid,
                        "session_id": sid,
                        "turn_id": rnd.choice(turn_ids[1::2]),
                        "coder_id": 1,
                        "start_char": 0,
                        "end_char": 5,
                        "family": family,
                        "subtype": f"{family[0].upper()}{rnd.randint(1, 7)}",
                        "significance": rnd.randint(1, 5),
                        "note": "",
                        "source": "manual",
                        "deleted": False,
                        "created_at": CREATED + timedelta(minutes=mid),  # fixed, so runs give identical CSVs
                    }
                )
            for e in range(EPISODES):
                eid += 1
                rows[EpisodeRow].append(
                    {
                        "id": eid,
                        "session_id": sid,
                        "coder_id": 1,
                        "family": "withdrawal",
                        "note": "",
                        "deleted": False,
                        "outcome": rnd.choice(["resolved", "partial", "unresolved", None]),
                    }
                )
                rows[EpisodeMarkerRow] += [
                    {"episode_id": eid, "marker_id": m} for m in session_markers[e * 4 : e * 4 + 3]
                ]
                rows[StageEventRow] += [
                    {"episode_id": eid, "stage": st, "turn_id": turn_ids[10 * e + st]} for st in (1, 2)
                ]
                rows[StrategyEventRow] += [
                    {"episode_id": eid, "code": f"R{rnd.randint(1, 10)}", "turn_id": turn_ids[10 * e + 3]}
                ]
            rows[SessionMeasureRow] += [
                {"session_id": sid, "name": "client_scaling", "value": rnd.randint(1, 10), "coder_id": 1},
                {"session_id": sid, "name": "wai_sr_bond", "value": rnd.randint(4, 20), "coder_id": 1},
            ]
    with project.engine.begin() as conn:
        for table in (ClientRow, CoderRow, SessionRow, SpeakerRow, TurnRow, MarkerRow, EpisodeRow):
            conn.execute(insert(table), rows[table])
        for table in (EpisodeMarkerRow, StageEventRow, StrategyEventRow, SessionMeasureRow):
            conn.execute(insert(table), rows[table])


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        project = Project(f"sqlite:///{root / 'bench.sqlite'}", coder="bench coder")  # SQLite: the default database
        started = time.perf_counter()
        synthesise(project)
        print(
            f"synthesised {CLIENTS} clients x {SESSIONS} sessions x {MARKERS} markers "
            f"({CLIENTS * SESSIONS * MARKERS} markers) in {time.perf_counter() - started:.1f} s (not timed)"
        )

        def four_csvs() -> None:  # one call: the selection's rows are loaded once and shared by the four files
            export_tables(project, {kind: root / f"{kind}.csv" for kind in ExportKind})

        for kind in ExportKind:  # each on its own (sessions and clients then share nothing)
            alone = timed(lambda kind=kind: export_csv(project, kind, root / f"{kind}.csv"), 3)
            lines = sum(1 for _ in (root / f"{kind}.csv").open(encoding="utf-8")) - 1
            print(f"  {kind:<9} {lines:>6} rows  median {statistics.median(alone) * 1000:5.0f} ms of 3 (alone)")
        exports = timed(four_csvs, 5)
        timeline = timed(lambda: client_timeline(project, "C042"), 10)
        project.close()
    ok_exports, ok_timeline = statistics.median(exports) < 2.0, statistics.median(timeline) < 0.1
    print(
        f"all four CSVs (the target): median {statistics.median(exports):.2f} s of 5, best {min(exports):.2f} s"
        f"  (target < 2 s: {'ok' if ok_exports else 'MISSED'})"
    )
    print(
        f"one client timeline: median {statistics.median(timeline) * 1000:.0f} ms of 10"
        f"  (target < 100 ms: {'ok' if ok_timeline else 'MISSED'})"
    )
    return 0 if ok_exports and ok_timeline else 1


if __name__ == "__main__":
    sys.exit(main())
