"""Crash safety (issue 8): the app is killed (SIGKILL) at random moments while it imports and while it codes, again
and again. After every kill the database passes its integrity checks and the app opens it; every acknowledged action
is there as it was acknowledged, and the one in flight is there wholly or not at all; no session is half-imported;
and the audit trail has one event per acknowledged action and still refuses to be rewritten.

The worker (crash_worker.py) runs the real ``Project`` code in a child process and prints a line after each action
returns. Each test prints its seed: set RUPTURETOOL_CRASH_SEED to replay a run's choices and kill times, and
RUPTURETOOL_CRASH_ROUNDS for a longer soak.
"""

from __future__ import annotations

import copy
import csv
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from crash_worker import Model, apply_effects, snapshot
from db_support import dangling_link_queries
from sqlalchemy import Connection, bindparam, text
from sqlalchemy.exc import DBAPIError

from rupturetool.services.importing import ImportRequest
from rupturetool.services.project import Project

WORKER = Path(__file__).with_name("crash_worker.py")
ROOT = Path(__file__).resolve().parents[2]
ANNOMI = Path(os.environ.get("RUPTURETOOL_ANNOMI_CSV", ROOT.parent / "shared/corpora/annomi/AnnoMI-simple.csv"))
CODED_SESSION = ROOT / "samples" / "FENWICK-05" / "s01.txt"
ROUNDS = int(os.environ.get("RUPTURETOOL_CRASH_ROUNDS", "0"))


def seeded(name: str) -> random.Random:
    seed = int(os.environ.get("RUPTURETOOL_CRASH_SEED") or random.SystemRandom().randrange(1_000_000))
    print(f"\n{name}: seed {seed} (RUPTURETOOL_CRASH_SEED={seed} repeats it)")
    return random.Random(seed)


# -- the worker process --------------------------------------------------------------------------------------------


class Worker:
    """crash_worker.py, a fork server: it loads the app once, then runs each round in a child process of its own,
    which the test kills. Its stdout lines are collected as they come."""

    def __init__(self, mode: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the tree under test, not an installed copy
        self.stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115  (closed in __exit__)
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        self.ended = False
        self.cut_short = 0  # lines the kill cut short
        self._news = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *_exc: object) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()  # no more orders: the server ends
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self._reader.join(10)
        self.stderr.close()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._news:
                self.lines.append(line.rstrip("\n"))
                self._news.notify_all()
        with self._news:
            self.ended = True
            self._news.notify_all()

    def errors(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read()[-3000:]

    def wait_for(self, wanted: Callable[[str], bool], since: int = 0, timeout: float = 60) -> str:
        """The first line from ``since`` on that is wanted; fails if the server or the round's child ends first."""

        def found() -> str | None:
            return next((line for line in self.lines[since:] if wanted(line)), None)

        def over() -> bool:
            return self.ended or any(line.startswith("ENDED ") for line in self.lines[since:])

        with self._news:
            self._news.wait_for(lambda: found() is not None or over(), timeout)
            line = found()
        if line is None:
            pytest.fail(f"the worker never said what was awaited; it said {self.lines[-3:]}\n{self.errors()}")
        return line

    def start(self, **orders: Any) -> int:
        """Fork a child with these orders; returns where its lines begin."""
        self.wait_for(lambda line: line == "WARM")
        since = len(self.lines)
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(orders) + "\n")
        self.proc.stdin.flush()
        self.wait_for(lambda line: line.startswith("CHILD "), since)
        return since

    def kill(self, since: int) -> list[str]:
        """SIGKILL the round's child; returns every whole line it printed (a line the kill cut short never was)."""
        pid = int(self.wait_for(lambda line: line.startswith("CHILD "), since).split()[1])
        os.kill(pid, signal.SIGKILL)
        ended = self.wait_for(lambda line: line.startswith(f"ENDED {pid} "), since)
        assert ended == f"ENDED {pid} signal {int(signal.SIGKILL)}", f"the child ended by itself:\n{self.errors()}"
        with self._news:
            lines = self.lines[since : self.lines.index(ended, since)]
        if lines[-1]:  # the worker's empty line went to finish a line the child had begun
            self.cut_short += 1
            lines.pop()
        return [line for line in lines if line and not line.startswith("CHILD ")]


# -- checks that hold after any kill -------------------------------------------------------------------------------


def wait_for_dead_connections(url: str) -> None:
    """PostgreSQL: the killed worker's server process must be gone (its transaction rolled back, or a COMMIT it had
    sent finished) before the state is judged; SQLite: the file is final once the process is dead."""
    if not url.startswith("postgresql"):
        return
    from sqlalchemy import create_engine

    # Autocommit: within a transaction pg_stat_activity is a snapshot taken once, and it would never change.
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        deadline = time.monotonic() + 20
        with engine.connect() as conn:
            while True:
                others = conn.execute(
                    text(
                        "SELECT pid, state, left(query, 80) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
                    )
                ).all()
                if not others:
                    return
                assert time.monotonic() < deadline, f"the killed worker's connections linger: {others}"
                time.sleep(0.05)
    finally:
        engine.dispose()


def check_database(url: str) -> Project:
    """The database after a kill: sound (SQLite's own checks), no dangling link, opened by the app."""
    wait_for_dead_connections(url)
    project = Project(url, coder="tester")
    try:
        with project.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                assert not broken, f"foreign_key_check: {broken[:5]}"
            for what, query in dangling_link_queries():
                assert conn.execute(text(query)).scalar() == 0, what
        project.sessions()  # the app reads it
    except BaseException:
        project.close()
        raise
    return project


def check_audit_is_append_only(project: Project) -> None:
    with project.engine.connect() as conn:
        if not conn.execute(text("SELECT count(*) FROM audit_events")).scalar():
            return  # the guard refuses row by row: an empty trail has nothing to refuse
    for statement in ("UPDATE audit_events SET action = 'forged'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"), project.engine.begin() as conn:
            conn.execute(text(statement))


# -- import --------------------------------------------------------------------------------------------------------


@dataclass
class Pool:
    """Files to import, and what a clean import of each stores: file -> source name -> (turns, segments)."""

    files: dict[str, Path]
    big: list[str]
    clean: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)


NAMES = ("Ben Carter", "Anna Hale")  # one long transcript names its (fictional) speakers: stored as pseudonyms


def long_transcript(path: Path, turns: int, flavour: str, speakers: tuple[str, str]) -> Path:
    lines = [f"Long fictional session ({flavour})", ""]
    for i in range(turns):
        lines.append(f"{speakers[i % 2]}: This is turn {i} of the {flavour} session. It goes on, about {i % 17}.")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def transcript_chunks(folder: Path) -> dict[str, Path]:
    """AnnoMI's real sessions in several multi-session CSVs (chunks of 10) and single-session ones; a synthetic CSV
    of the same shape where the corpus is not installed."""
    if ANNOMI.is_file():
        with ANNOMI.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            header = list(reader.fieldnames or [])
            rows = list(reader)
    else:
        header = ["transcript_id", "utterance_id", "interlocutor", "timestamp", "utterance_text"]
        rows = [
            {
                "transcript_id": str(s),
                "utterance_id": str(u),
                "interlocutor": "therapist" if u % 2 == 0 else "client",
                "timestamp": f"00:{u // 6:02d}:{u * 10 % 60:02d}",
                "utterance_text": f"Synthetic utterance {u} of session {s}. It says a little more.",
            }
            for s in range(55)
            for u in range(60 + s % 7)
        ]
    sessions: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        sessions.setdefault(row["transcript_id"], []).append(row)
    ids = list(sessions)
    groups = {f"chunk{i}.csv": ids[i * 10 : (i + 1) * 10] for i in range(5)}
    groups |= {f"single{i}.csv": [ids[50 + i]] for i in range(5)}
    files = {}
    for name, members in groups.items():
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=header)
            writer.writeheader()
            for member in members:
                writer.writerows(sessions[member])
        files[name] = folder / name
    return files


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Pool:
    folder = tmp_path_factory.mktemp("crash-pool")
    files = transcript_chunks(folder)
    for flavour, speakers in (("first", ("T", "P")), ("second", NAMES)):
        files[f"long_{flavour}.txt"] = long_transcript(folder / f"long_{flavour}.txt", 2500, flavour, speakers)
    pool = Pool(files, big=[name for name in files if name.startswith(("chunk", "long"))])
    with pytest.MonkeyPatch.context() as env:  # a module fixture runs before the per-test data folder exists
        env.setenv("RUPTURETOOL_DATA_DIR", str(folder / "data"))
        project = Project(f"sqlite:///{folder / 'scratch.sqlite'}", coder="tester")
        try:
            for name, path in files.items():
                project.import_file(path, ImportRequest(client=f"SCRATCH-{name}"))
            with project.engine.connect() as conn:
                for _sid, client, source, turns, segments in stored_sessions(conn):
                    pool.clean.setdefault(client.removeprefix("SCRATCH-"), {})[source] = (turns, segments)
        finally:
            project.close()
    assert set(pool.clean) == set(files) and all(pool.clean.values())
    return pool


def stored_sessions(conn: Connection) -> list[tuple[int, str, str, int, int]]:
    """(id, client, source, turns, segments) of every stored session."""
    return [
        tuple(row)  # type: ignore[misc]
        for row in conn.execute(
            text(
                "SELECT s.id, c.code, s.source_name, "
                "(SELECT count(*) FROM turns t WHERE t.session_id = s.id), "
                "(SELECT count(*) FROM segments g JOIN turns t ON t.id = g.turn_id WHERE t.session_id = s.id) "
                "FROM sessions s JOIN clients c ON c.id = s.client_id ORDER BY s.id"
            )
        )
    ]


@dataclass
class ImportTally:
    rounds: int = 0
    mid_import: int = 0  # killed after an import began and before it was acknowledged
    mid_write: int = 0  # ... after its transaction had begun writing
    stored_unacked: int = 0  # ... and yet it had committed: the retry must find it already there
    acked: int = 0
    dups: int = 0


@dataclass
class ImportLedger:
    """What the import runs so far must have left stored: each job imports one file for a client of its own."""

    pool: Pool
    files: dict[str, str] = field(default_factory=dict)  # client -> file
    present: set[str] = field(default_factory=set)  # clients whose file is stored
    tally: ImportTally = field(default_factory=ImportTally)

    def check(self, url: str, jobs: list[tuple[str, str]], lines: list[str]) -> None:
        """Judge one killed run of ``jobs`` by what it printed (``lines``) and what the database holds."""
        self.files |= {client: name for name, client in jobs}
        acked = {
            parts[2]: {int(i) for i in parts[3].split(",")} for parts in map(str.split, lines) if parts[0] == "ACK"
        }
        dups = {line.split()[2] for line in lines if line.startswith("DUP ")}
        begun = [i for i, line in enumerate(lines) if line.startswith("BEGIN ")]
        assert [lines[i].split()[1] for i in begun] == [name for name, _ in jobs[: len(begun)]]  # in order
        pending = jobs[len(begun) - 1] if len(begun) > len(acked) + len(dups) else None
        assert dups <= self.present, f"said already imported, but was not stored before: {dups - self.present}"
        assert not (set(acked) & self.present), f"imported twice: {set(acked) & self.present}"

        stored = self.stored_files(url)
        for client, ids in acked.items():
            assert set(stored.get(client, ())) == ids, (
                f"{client}: acknowledged as {ids}, stored as {stored.get(client)}"
            )
        assert self.present <= set(stored), f"lost: {self.present - set(stored)}"
        new = set(stored) - self.present - set(acked)
        assert new <= ({pending[1]} if pending else set()), f"stored but never begun: {new}"
        if pending is not None:
            self.tally.mid_import += 1
            self.tally.mid_write += f"WRITE {pending[0]}" in lines[begun[-1] :]
            self.tally.stored_unacked += pending[1] in stored
        self.tally.acked += len(acked)
        self.tally.dups += len(dups)
        self.tally.rounds += 1
        self.present = set(stored)

    def stored_files(self, url: str) -> dict[str, dict[int, str]]:
        """Per client, its stored sessions (id -> source); fails unless each is stored once, whole, and audited."""
        project = check_database(url)
        try:
            with project.engine.connect() as conn:
                rows = stored_sessions(conn)
                audited = conn.execute(
                    text(
                        "SELECT entity_id, after, id, detail FROM audit_events "
                        "WHERE action = 'import' AND entity = 'session'"
                    )
                ).all()
                clients = set(conn.execute(text("SELECT code FROM clients")).scalars())
                names = text("SELECT count(*) FROM turns WHERE speaker_label IN :names")
                named = conn.execute(names.bindparams(bindparam("names", expanding=True)), {"names": NAMES}).scalar()
            check_audit_is_append_only(project)
            assert {s.id for s in project.sessions()} == {row[0] for row in rows}  # the app lists every one
        finally:
            project.close()
        events = Counter(sid for sid, *_ in audited)
        missing = [event for event in audited if event[1] is None]
        assert not missing, f"import events without what they changed: {missing}"
        imported = {sid: json.loads(after)["_counts"]["turns"]["inserted"] for sid, after, *_ in audited}
        found: dict[str, dict[str, tuple[int, int]]] = {}
        ids: dict[str, dict[int, str]] = {}
        for sid, client, source, turns, segments in rows:
            assert client in self.files, f"session {sid} of a client never imported: {client}"
            assert source not in found.setdefault(client, {}), f"{client} {source} stored twice"
            assert events[sid] == 1 and imported[sid] == turns, f"session {sid}: its import is not audited once"
            found[client][source] = (turns, segments)
            ids.setdefault(client, {})[sid] = source
        assert clients == set(found), f"clients left without sessions: {clients - set(found)}"
        assert named == 0, "a real name was stored as a speaker label"  # also after a retry of a killed import
        for client, sessions in found.items():  # every session of the file, each with every turn and segment
            assert sessions == self.pool.clean[self.files[client]], f"{client}: half-imported"
        return ids


def import_round(
    worker: Worker, url: str, round_no: int, jobs: list[tuple[str, str]], pool: Pool, rng: random.Random
) -> list[str]:
    """Run one child over ``jobs`` and kill it: at a random time, into a big import's write, or about a commit."""
    fresh = [name for name, client in jobs if client.startswith(f"R{round_no}-")]
    big = [name for name in fresh if name in pool.big]
    way = rng.random()
    if big and way < 0.4:  # somewhere in a big import's transaction
        target, delay = f"WRITE {rng.choice(big)}", rng.uniform(0, 0.4)
    elif way < 0.7:  # right about when a transaction commits: stored, but perhaps never acknowledged
        target, delay = f"COMMIT {rng.choice(fresh)}", rng.uniform(0, 0.003)
    else:
        target, delay = "READY", rng.uniform(0, 2.0)
    print(f"  round {round_no} {[name for name, _ in jobs]}: kill {delay:.3f} s after {target}")
    since = worker.start(url=url, jobs=[[str(pool.files[name]), client] for name, client in jobs])
    worker.wait_for(lambda line: line in (target, "DONE"), since)
    time.sleep(delay)
    return worker.kill(since)


def test_killing_an_import_leaves_no_half_imported_session_and_loses_no_ack(db_url: str, pool: Pool) -> None:
    rng = seeded("import")
    ledger = ImportLedger(pool)
    retry: list[tuple[str, str]] = []
    with Worker("import") as worker:
        for round_no in range(ROUNDS or 8):
            fresh = [rng.choice(pool.big), *rng.sample(sorted(pool.files), 2 - len(retry))]
            jobs = retry + [(name, f"R{round_no}-{i}-{name}") for i, name in enumerate(fresh)]
            lines = import_round(worker, db_url, round_no, jobs, pool, rng)
            ledger.check(db_url, jobs, lines)
            done = {line.split()[2] for line in lines if line.startswith(("ACK ", "DUP "))}
            retry = [job for job in jobs if job[1] not in done][:2]  # the user runs again what did not finish
    print(f"  {ledger.tally}, lines cut short: {worker.cut_short}")
    assert ledger.tally.acked > 0 and ledger.tally.mid_import > 0  # the kills did land in imports; imports finished


# -- coding --------------------------------------------------------------------------------------------------------


def expected_after(acked: Model, effects: Model, actual: Model) -> Model | None:
    """The model once the in-flight action is applied; its new object ("new") takes the one new id stored, if any."""
    out = copy.deepcopy(acked)
    for kind, changes in effects.items():
        for key, value in changes.items():
            if key == "new":
                new = set(actual[kind]) - set(acked[kind])
                if len(new) != 1:
                    return None
                key = new.pop()
            if value is None:
                out[kind].pop(key, None)
            else:
                out[kind][key] = value
    return out


def differences(expected: Model, actual: Model) -> dict[str, Any]:
    return {
        f"{kind} {key}": (expected[kind].get(key), actual[kind].get(key))
        for kind in expected
        for key in expected[kind].keys() | actual[kind].keys()
        if expected[kind].get(key) != actual[kind].get(key)
    }


def parse_actions(lines: list[str]) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The acknowledged actions in order, and the one begun but never acknowledged (None if the kill fell between)."""
    begun = [json.loads(line[6:]) for line in lines if line.startswith("BEGIN ")]
    acked = [json.loads(line[4:]) for line in lines if line.startswith("ACK ")]
    assert [a["seq"] for a in acked] == list(range(1, len(acked) + 1))
    assert len(begun) in (len(acked), len(acked) + 1)
    return acked, (begun[-1] if len(begun) > len(acked) else None)


def check_coding(url: str, sid: int, model: Model, lines: list[str], seen: int) -> tuple[Model, int, bool]:
    """Judge one killed coding run against ``model``, the session as it was when the run began. Returns the session
    now, the newest audit event, and whether the action in flight was stored."""
    acked, pending = parse_actions(lines)
    for action in acked:
        model = apply_effects(model, action["effects"])
    project = check_database(url)
    try:
        actual = snapshot(project, sid)
        with project.engine.connect() as conn:
            events = conn.execute(
                text(
                    "SELECT a.entity, a.entity_id, c.name FROM audit_events a LEFT JOIN coders c "
                    "ON c.id = a.coder_id WHERE a.id > :seen ORDER BY a.id"
                ),
                {"seen": seen},
            ).all()
            newest = conn.execute(text("SELECT max(id) FROM audit_events")).scalar()
        check_audit_is_append_only(project)
    finally:
        project.close()
    landed = actual != model
    if landed:  # then it must be exactly the action in flight, done whole
        after = expected_after(model, pending["effects"], actual) if pending else None
        assert after == actual, (
            f"neither as acknowledged nor with the action in flight ({pending and pending['op']}) done: "
            f"{differences(model, actual)}"
        )
    # One audit event per acknowledged action, in order, naming its object and coder; one more if the action in
    # flight was stored.
    assert len(events) == len(acked) + landed, f"{len(events)} audit events for {len(acked)} acknowledged actions"
    for action, (entity, entity_id, coder) in zip(acked, events, strict=False):
        want_entity, want_id = action["audit"]
        assert (entity, coder) == (want_entity, "tester"), action
        assert want_id is None or entity_id == want_id, action
    return actual, newest, landed


def test_killing_the_app_while_coding_loses_no_acknowledged_action(db_url: str) -> None:
    rng = seeded("code")
    project = Project(db_url, coder="tester")
    try:
        sid = project.import_transcript(CODED_SESSION, "FENWICK-05").session.id
        model = snapshot(project, sid)
        with project.engine.connect() as conn:
            seen = conn.execute(text("SELECT max(id) FROM audit_events")).scalar()
    finally:
        project.close()
    stats: Counter[str] = Counter()
    with Worker("code") as worker:
        for round_no in range(ROUNDS or 10):
            delay = rng.uniform(0.05, 1.2)
            print(f"  round {round_no}: kill {delay:.3f} s after READY")
            since = worker.start(url=db_url, session=sid, seed=rng.randrange(1_000_000), token=f"r{round_no}")
            worker.wait_for(lambda line: line == "READY", since)
            time.sleep(delay)
            lines = worker.kill(since)
            acked, pending = parse_actions(lines)
            model, seen, landed = check_coding(db_url, sid, model, lines, seen)
            stats.update(a["op"] for a in acked)
            stats.update(acked=len(acked), mid_action=pending is not None, in_flight_stored=landed)
    print(f"  {dict(stats)}, lines cut short: {worker.cut_short}")
    assert stats["acked"] > 0 and stats["mid_action"] > 0  # actions were acknowledged, and kills landed in them
