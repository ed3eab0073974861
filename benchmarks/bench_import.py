"""Import speed: parse + segment + store a ~10,000-word session, against bare spaCy segmentation of the same text.

Target (issue: import): import at most 3x the raw segmentation time; the whole AnnoMI CSV (133 sessions) in
under 10 s. Run: ``python benchmarks/bench_import.py`` (prints the numbers; exit status 1 if a target is missed).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANNOMI = ROOT.parent / "shared" / "corpora" / "annomi" / "AnnoMI-simple.csv"
REPEATS = 5


def ten_thousand_words() -> str:
    """A ~10,000-word session stitched from the fictional samples (original text, no corpus needed)."""
    lines: list[str] = []
    for path in sorted((ROOT / "samples").glob("*/s0*.txt")):
        text = path.read_text(encoding="utf-8")
        lines += [line for line in text.splitlines() if line[:3] in ("T: ", "P: ")]
    out, words = ["Benchmark session (fictional)", ""], 0
    i = 0
    while words < 10_000:
        line = lines[i % len(lines)]
        out.append(line)
        words += len(line.split()) - 1
        i += 1
    return "\n".join(out) + "\n"


def best(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    os.environ.setdefault("RUPTURETOOL_DATA_DIR", tempfile.mkdtemp(prefix="rt-bench-"))
    import spacy

    from rupturetool.io.plaintext import scan
    from rupturetool.services.importing import ImportRequest, import_file
    from rupturetool.services.project import Project

    work = Path(tempfile.mkdtemp(prefix="rt-bench-"))
    source = work / "long_session.txt"
    source.write_text(ten_thousand_words(), encoding="utf-8")
    turn_texts = [t.text for t in scan(source.read_text(encoding="utf-8")).turns]
    words = sum(len(t.split()) for t in turn_texts)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    list(nlp.pipe(turn_texts))  # warm-up
    raw = best(lambda: [list(doc.sents) for doc in nlp.pipe(turn_texts)])

    project = Project(f"sqlite:///{work / 'bench.sqlite'}", coder="bench")
    counter = iter(range(10_000))
    import_file(project, source, ImportRequest(client="WARMUP"))  # loads our pipeline once

    def one_import() -> None:
        import_file(project, source, ImportRequest(client=f"BENCH-{next(counter)}"))

    imported = best(one_import)
    ratio = imported / raw
    print(f"10k-word session: {words} words, {len(turn_texts)} turns")
    print(f"  spacy.blank('en') + sentencizer: {raw * 1000:8.1f} ms (best of {REPEATS})")
    print(f"  rupturetool import (parse + segment + store): {imported * 1000:8.1f} ms (best of {REPEATS})")
    print(f"  ratio: {ratio:.2f}x (target <= 3x)")
    ok = ratio <= 3.0

    if ANNOMI.is_file():
        times = []
        for run in range(3):
            fresh = Project(f"sqlite:///{work / f'annomi-{run}.sqlite'}", coder="bench")
            start = time.perf_counter()
            results = import_file(fresh, ANNOMI, ImportRequest(client="ANNOMI"))
            times.append(time.perf_counter() - start)
            fresh.close()
        turns = sum(r.turns for r in results)
        print(
            f"AnnoMI CSV: {len(results)} sessions, {turns} turns: best {min(times):.2f} s, "
            f"median {statistics.median(times):.2f} s (target < 10 s)"
        )
        ok = ok and min(times) < 10.0
    else:
        print(f"AnnoMI CSV not found at {ANNOMI}: skipped")
    project.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
