"""False-alarm load of the rule suggester on real counselling talk: the AnnoMI transcripts (issue 7).

AnnoMI (133 motivational-interviewing demonstrations, public domain; see /work/shared/corpora/annomi/README.md) is
not rupture-coded, and most of it is ordinary, good counselling: nearly every client-marker suggestion there is a
false alarm. The 23 low-quality sessions contain real resistance, so they are reported apart. The CSV is read in
place (never copied into the project). Run: python benchmarks/annomi_suggestions.py [path/to/AnnoMI-simple.csv]
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from rupturetool.core.domain import Segment, SpeakerRole, Turn
from rupturetool.io.nonverbal import find_cues
from rupturetool.nlp.rule_suggester import suggest
from rupturetool.nlp.segmenter import segment_spans

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "annomi" / "AnnoMI-simple.csv"
ROLES = {"therapist": SpeakerRole.THERAPIST, "client": SpeakerRole.CLIENT}


def read_sessions(path: Path) -> dict[str, tuple[str, list[tuple[SpeakerRole, str]]]]:
    """transcript id -> (quality, utterances in order); consecutive utterances of one speaker form one turn."""
    rows: dict[str, list[tuple[int, SpeakerRole, str]]] = defaultdict(list)
    quality: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            tid = row["transcript_id"]
            quality[tid] = row["mi_quality"]
            rows[tid].append((int(row["utterance_id"]), ROLES[row["interlocutor"]], row["utterance_text"].strip()))
    sessions = {}
    for tid, utterances in rows.items():
        turns: list[tuple[SpeakerRole, str]] = []
        for _, role, text in sorted(utterances, key=lambda u: u[0]):
            if turns and turns[-1][0] == role:
                turns[-1] = (role, f"{turns[-1][1]} {text}")
            else:
                turns.append((role, text))
        sessions[tid] = (quality[tid], turns)
    return sessions


def build_turns(utterances: list[tuple[SpeakerRole, str]]) -> list[Turn]:
    spans = segment_spans([text for _, text in utterances])
    return [
        Turn(
            i,
            str(role),
            role,
            text,
            segments=tuple(Segment(k, a, b) for k, (a, b) in enumerate(segs)),
            cues=find_cues(text),
        )
        for i, ((role, text), segs) in enumerate(zip(utterances, spans, strict=True))
    ]


def main(path: Path = DEFAULT_CSV) -> None:
    sessions = read_sessions(path)
    totals: dict[str, Counter[str]] = {"high": Counter(), "low": Counter()}
    subtypes: dict[str, Counter[str]] = {"high": Counter(), "low": Counter()}
    elapsed = 0.0
    for quality, utterances in sessions.values():
        turns = build_turns(utterances)
        started = time.perf_counter()
        found = suggest(turns)
        elapsed += time.perf_counter() - started
        t = totals[quality]
        t["sessions"] += 1
        t["client turns"] += sum(1 for x in turns if x.speaker_role == SpeakerRole.CLIENT)
        t["therapist turns"] += sum(1 for x in turns if x.speaker_role == SpeakerRole.THERAPIST)
        t["client turns with a marker suggestion"] += len({s.turn_index for s in found if s.is_marker})
        for s in found:
            t[s.family] += 1
            subtypes[quality][s.subtype] += 1
    print(f"AnnoMI: {len(sessions)} sessions; rules ran in {elapsed:.2f} s in all")
    for quality in ("high", "low"):
        t = totals[quality]
        markers = t["withdrawal"] + t["confrontation"]
        print(f"\n{quality}-quality MI: {t['sessions']} sessions, {t['client turns']} client turns")
        for family in ("withdrawal", "confrontation", "stage", "strategy"):
            print(f"  {family:<14} {t[family]:>5}")
        print(f"  marker suggestions per session      {markers / t['sessions']:.2f}")
        print(f"  marker suggestions per client turn  {markers / t['client turns']:.3f}")
        flagged = t["client turns with a marker suggestion"] / t["client turns"]
        print(f"  client turns flagged                {flagged:.3f}")
        print(f"  by subtype: {', '.join(f'{k} {v}' for k, v in sorted(subtypes[quality].items()))}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CSV)
