"""Several processes code one session at once for a bounded time (the issue's check, on PostgreSQL and SQLite):
afterwards every acknowledged action is stored exactly once, nothing unacknowledged is, no update was lost (each
marker holds its last acknowledged edit and its version counts every write) and no constraint is broken."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from db_support import dangling_link_queries
from sqlalchemy import text

from rupturetool.services.project import Project
from rupturetool.storage.engine import open_database

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("concurrency_worker.py")
WORKERS = 4
SECONDS = 6.0

TEXT = "\n".join(
    f"Therapist: Question {i}, how was that for you?\nClient: Answer {i}. Fine, I suppose. It doesn't matter."
    for i in range(10)
)


def run_workers(url: str, session_id: int) -> list[list[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the tree under test
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), url, str(session_id), f"coder{i % 3}", str(SECONDS), f"seed{i}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in range(WORKERS)  # coder0 twice: the same person on two machines is two writers too
    ]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=SECONDS + 120)
        assert proc.returncode == 0, err[-3000:]
        outputs.append(out.splitlines())
    return outputs


def test_concurrent_coders_lose_nothing_and_break_nothing(db_url: str, tmp_path: Path) -> None:
    project = Project(db_url, coder="setup")
    path = tmp_path / "s.txt"
    path.write_text(TEXT, encoding="utf-8")
    sid = project.import_transcript(path, "CONC-1").session.id
    project.close()

    lines = [line.split() for out in run_workers(db_url, sid) for line in out]
    kinds = Counter(line[0] if line[0] != "ACK" else f"ACK {line[1]}" for line in lines)
    added = {int(line[2]): line[3] for line in lines if line[:2] == ["ACK", "add"]}
    edits = [(int(line[2]), int(line[3]), line[4]) for line in lines if line[:2] == ["ACK", "edit"]]
    acknowledged = {token: significance for _, significance, token in edits}
    removed = [int(line[2]) for line in lines if line[:2] == ["ACK", "remove"]]
    comments = [line[2] for line in lines if line[:2] == ["ACK", "comment"]]
    print(dict(kinds))
    assert kinds["ACK add"] > 20 and kinds["ACK edit"] > 20 and kinds["CONFLICT"] > 0, kinds  # it was a real race

    engine = open_database(db_url)
    try:
        with engine.connect() as conn:
            rows = {
                r.id: r
                for r in conn.execute(
                    text("SELECT id, significance, note, deleted, version FROM markers WHERE session_id = :s"),
                    {"s": sid},
                )
            }
            events = conn.execute(
                text("SELECT id, action, entity, entity_id, after FROM audit_events WHERE session_id = :s ORDER BY id"),
                {"s": sid},
            ).all()
            stored_comments = conn.execute(text("SELECT text FROM comments WHERE session_id = :s"), {"s": sid}).all()
            for what, sql in dangling_link_queries():
                assert conn.execute(text(sql)).scalar() == 0, what
            if engine.dialect.name == "sqlite":
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        engine.dispose()

    # Every acknowledged add is one stored marker, and every stored marker was acknowledged: nothing twice or extra.
    assert set(rows) == set(added)
    assert Counter(e.entity_id for e in events if (e.action, e.entity) == ("add", "marker")) == Counter(added.keys())
    # Every acknowledged edit is in the trail exactly once, and no refused edit is.
    edit_events = [e for e in events if (e.action, e.entity) == ("edit", "marker")]
    assert sorted(e.entity_id for e in edit_events) == sorted(marker_id for marker_id, _, _ in edits)
    # No lost update: each marker holds what its last write wrote, and its version counts all its writes.
    for marker_id, row in rows.items():
        writes = [e for e in events if e.entity == "marker" and e.entity_id == marker_id and e.action != "add"]
        assert row.version == 1 + len(writes), marker_id
        last_edit = next((e for e in reversed(writes) if e.action == "edit"), None)
        if last_edit is not None:
            token = json.loads(last_edit.after)["note"]
            assert (row.note, row.significance) == (token, acknowledged[token]), marker_id
        else:
            assert row.note == added[marker_id]
        assert bool(row.deleted) == (marker_id in removed)
    assert sorted(c.text for c in stored_comments) == sorted(comments)
