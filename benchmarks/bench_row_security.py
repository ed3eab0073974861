"""Row-level security cost on a caseload: 100 clients x 40 sessions x 40 turns (one segment per turn, 5 markers
per session), 5 therapists with 20 clients each and a supervisor of all five. Times ``Project.sessions()`` (the
session tree) and ``Project.session(id)`` + ``Project.markers(id)`` (opening one session) as the owner, as a
therapist (sees 20 clients) and as the supervisor (sees all 100).

Run (PostgreSQL at RUPTURETOOL_TEST_PG_URL, e.g. postgresql+psycopg://rt:rt@127.0.0.1:5432/postgres):
``python benchmarks/bench_row_security.py``
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent if "benchmarks" in __file__ else Path("/work/main")
REPEATS = 7


def main() -> int:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    os.environ.setdefault("RUPTURETOOL_DATA_DIR", tempfile.mkdtemp(prefix="rt-bench-"))
    from db_support import login_url, postgres_database
    from sqlalchemy import create_engine, text

    from rupturetool.services import access
    from rupturetool.services.project import Project
    from rupturetool.storage.engine import open_database

    prefix = f"rtb{uuid.uuid4().hex[:8]}"
    for url in postgres_database():
        open_database(url).dispose()
        access.init(url, prefix=prefix)
        names = [f"t{i}" for i in range(5)]
        for name in [*names, "boss"]:
            role = "supervisor" if name == "boss" else "therapist"
            access.add_user(url, name, role, login=f"{prefix}_{name}", password="pw")
        for name in names:
            access.supervise(url, "boss", name)
        engine = create_engine(url)
        with engine.begin() as conn:
            run = lambda sql: conn.execute(text(sql))  # noqa: E731
            run(
                "INSERT INTO clients (code, therapist_id) SELECT 'C' || lpad(g::text, 3, '0'), "
                "(SELECT id FROM coders WHERE name = 't' || (g % 5)) FROM generate_series(1, 100) g"
            )
            run(
                "INSERT INTO sessions (client_id, number, notes) SELECT c.id, n, '' FROM clients c, "
                "generate_series(1, 40) n"
            )
            run(
                "INSERT INTO speakers (session_id, label, role) SELECT id, l, l FROM sessions, "
                "(VALUES ('therapist'), ('client')) v(l)"
            )
            run(
                "INSERT INTO turns (session_id, idx, speaker_label, text) SELECT s.id, i, "
                "CASE WHEN i % 2 = 0 THEN 'therapist' ELSE 'client' END, "
                "'I do not know, whatever you think is best, it does not matter.' FROM sessions s, "
                "generate_series(0, 39) i"
            )
            run("INSERT INTO segments (turn_id, idx, start_char, end_char) SELECT id, 0, 0, 60 FROM turns")
            run(
                "INSERT INTO markers (session_id, turn_id, coder_id, start_char, end_char, scheme_id, family, subtype,"
                " actor, significance, note, source, deleted) SELECT t.session_id, t.id, c.therapist_id, 0, 20, '3rs',"
                " 'withdrawal', 'W1', 'patient', 3, '', 'manual', false FROM turns t JOIN sessions s ON s.id = "
                "t.session_id JOIN clients c ON c.id = s.client_id WHERE t.idx IN (1, 9, 17, 25, 33)"
            )
            run("ANALYZE")
            sid = conn.scalar(
                text(
                    "SELECT s.id FROM sessions s JOIN clients c ON c.id = s.client_id "
                    "WHERE c.code = 'C001' AND s.number = 20"
                )
            )
        engine.dispose()
        who = {
            "owner": (url, "admin"),
            "therapist (20 clients)": (login_url(url, f"{prefix}_t1", "pw"), "t1"),
            "supervisor (100 clients)": (login_url(url, f"{prefix}_boss", "pw"), "boss"),
        }
        print(f"{'as':<26}{'sessions listed':>16}{'list ms':>10}{'open ms':>10}")
        for label, (where, coder) in who.items():
            project = Project(where, coder=coder)
            listing, opening = [], []
            for _ in range(REPEATS):
                t0 = time.perf_counter()
                found = project.sessions()
                t1 = time.perf_counter()
                detail = project.session(sid)
                project.markers(sid)
                t2 = time.perf_counter()
                listing.append(t1 - t0)
                opening.append(t2 - t1)
            assert len(detail.turns) == 40
            print(
                f"{label:<26}{len(found):>16}{statistics.median(listing) * 1000:>10.1f}"
                f"{statistics.median(opening) * 1000:>10.1f}"
            )
            project.close()
    admin = create_engine(os.environ["RUPTURETOOL_TEST_PG_URL"], isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for role in [
            *(f"{prefix}_{n}" for n in [*[f"t{i}" for i in range(5)], "boss"]),
            *(f"{prefix}_{g}" for g in ("therapist", "supervisor", "researcher")),
        ]:
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    return 0


if __name__ == "__main__":
    sys.exit(main())
