"""Backups on SQLite and PostgreSQL: a coded, reviewed and commented caseload goes to a file and comes back with every
row of every table as it was (ids too), also from SQLite to PostgreSQL; the file is recognised by its content; bad
files are refused in one line with nothing stored; a backup from an older schema restores and is upgraded. Rotating
automatic copies: consistent while another connection writes, kept to N, at most one per interval, and named in
the message a corrupt database gets."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from db_support import postgres_database
from sqlalchemy import text
from test_migrations_every_revision import build_at, table_rows

from rupturetool.core.domain import Outcome
from rupturetool.core.errors import InputError, StorageError
from rupturetool.services import backup as service
from rupturetool.services.project import Project
from rupturetool.storage.backup import sqlite_online_backup, sqlite_revision, write_backup_file
from rupturetool.storage.engine import create, current_revision, head_revision, open_database

# -- a caseload worth keeping -----------------------------------------------------------------------------------


def fill(url: str, transcript: Path) -> int:
    """Two coders' work on a session: markers (one deleted), an episode with stages and strategies, measures, 3RS
    slice codes, a corrected turn, a review sent back, a comment thread and a blind second coder."""
    ann, sue = Project(url, coder="ann"), Project(url, coder="sue")
    try:
        sue.set_coder_role("sue", "supervisor")
        sid = ann.import_transcript(transcript, "RIVER-07", session_date=date(2024, 3, 5)).session.id
        for turn, subtype in ((1, "W1"), (3, "W5"), (5, "C4"), (4, "C1")):
            ann.add_marker(ann.new_marker(sid, turn, subtype, segment_index=0, note=f"why {subtype} — «ok»"))
        markers = ann.markers(sid, "ann")
        ann.remove_marker(next(m for m in markers if m.subtype == "C1"))
        ann.create_episode(sid, [markers[0].id, markers[1].id])
        [episode] = ann.episodes(sid, "ann")
        ann.set_stage(episode.id, 1, 3)
        ann.add_strategy(episode.id, "R3", 2)
        ann.set_outcome(episode.id, Outcome.RESOLVED)
        ann.set_measure(sid, "wai_sr_bond", 14)
        ann.rate_slice(sid, 0, "withdrawal", 4)
        ann.tick_slice(sid, 0, "W1", True)
        ann.correct_text(sid, 1, "Fine. (shrugs) It was fine, really.")
        ann.submit(sid)
        sue.request_changes(sid, "ann", "W5 or W4?")
        sue.add_comment(sid, "Is this W5?", marker_id=markers[1].id)
        [thread] = sue.comments(sid)
        ann.reply(thread.comment.id, "Yes: deferential")
        sue.resolve_comment(thread.comment.id)
        sue.assign_second_coder(sid, "bob")
        return sid
    finally:
        ann.close()
        sue.close()


FILLED = [
    "clients",
    "coders",
    "audit_events",
    "client_speakers",
    "sessions",
    "assignments",
    "episodes",
    "reviews",
    "session_measures",
    "slice_codes",
    "speakers",
    "turns",
    "segments",
    "stage_events",
    "strategy_events",
    "cues",
    "markers",
    "comments",
    "episode_markers",
]


@pytest.fixture(autouse=True)
def no_backups_on_open(monkeypatch) -> None:
    """These tests take every automatic copy themselves: opening a Project must not take one behind their back."""
    monkeypatch.setenv("RUPTURETOOL_BACKUPS", "0")


@pytest.fixture
def filled(db_url: str, transcript: Path) -> str:
    fill(db_url, transcript)
    return db_url


def _fresh(kind: str, tmp_path: Path, name: str) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / name}"
    else:
        yield from postgres_database()


@pytest.fixture
def fresh_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """Another, empty database of the same kind as db_url."""
    yield from _fresh("sqlite" if db_url.startswith("sqlite") else "postgresql", tmp_path, "restored.sqlite")


def rows_of(url: str) -> dict:
    engine = create(url)
    try:
        return table_rows(engine)
    finally:
        engine.dispose()


def without_restore_event(rows: dict) -> dict:
    """The rows as the backup had them: a restore adds one audit event (and only that)."""
    audit = rows["audit_events"]
    assert audit["action"][-1] == "restore" and audit["entity"][-1] == "database"
    assert "restore" not in audit["action"][:-1]
    return {**rows, "audit_events": {column: values[:-1] for column, values in audit.items()}}


def assert_app_works(url: str) -> None:
    """Stored ids and the database's own id counters agree: new records get fresh ids."""
    ann = Project(url, coder="ann")
    try:
        [summary] = ann.sessions()
        before = {m.id for m in ann.markers(summary.id, "ann")}
        ann.add_marker(ann.new_marker(summary.id, 0, "C1", segment_index=0))
        after = ann.markers(summary.id, "ann")
        [new] = [m for m in after if m.id not in before]
        assert new.id > max(before) and new.subtype == "C1"
        ann.add_comment(summary.id, "after the restore")
        assert "after the restore" in [t.comment.text for t in ann.comments(summary.id)]
        assert ann.review(summary.id).reason == "W5 or W4?"
    finally:
        ann.close()


# -- round trips --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["caseload.zip", "caseload.json"])
def test_backup_and_restore_keep_every_row(filled: str, fresh_url: str, tmp_path: Path, name: str) -> None:
    original = rows_of(filled)
    assert [t for t in FILLED if not original[t]["id" if t != "episode_markers" else "episode_id"]] == []
    out = tmp_path / name
    summary = service.backup_to_file(filled, out)
    assert summary.zipped is (name.endswith(".zip"))
    assert (out.read_bytes()[:4] == b"PK\x03\x04") is summary.zipped
    assert summary.counts == {t: len(next(iter(cols.values()))) for t, cols in original.items()}
    assert out.stat().st_mode & 0o077 == 0  # it holds verbatim transcripts: owner only
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []

    restored = service.restore_from_file(out, fresh_url)
    assert restored.counts == summary.counts
    assert (restored.kind, restored.revision, restored.upgraded) == (
        "zip" if summary.zipped else "json",
        head_revision(),
        False,
    )
    assert without_restore_event(rows_of(fresh_url)) == original
    assert_app_works(fresh_url)


def test_the_backup_file_is_the_documented_json(filled: str, tmp_path: Path) -> None:
    out = tmp_path / "caseload.zip"
    service.backup_to_file(filled, out)
    with zipfile.ZipFile(out) as archive:
        assert archive.namelist() == ["backup.json"]
        assert archive.getinfo("backup.json").compress_type == zipfile.ZIP_DEFLATED
        doc = json.loads(archive.read("backup.json"))
    assert list(doc) == [
        "format",
        "format_version",
        "schema_revision",
        "created_at",
        "source",
        "rupturetool_version",
        "tables",
    ]
    assert (doc["format"], doc["format_version"], doc["schema_revision"]) == ("rupturetool-backup", 1, head_revision())
    assert datetime.fromisoformat(doc["created_at"]).tzinfo is not None
    assert ":rt@" not in doc["source"] or ":***@" in doc["source"]  # never the password
    tables = list(doc["tables"])
    assert tables.index("coders") < tables.index("clients") < tables.index("sessions")  # parents before children
    turns = doc["tables"]["turns"]
    by_name = [dict(zip(turns["columns"], row, strict=True)) for row in turns["rows"]]
    assert by_name[1]["text"] == "Fine. (shrugs) It was fine, really."  # verbatim: the backup is clinical data
    assert by_name[1]["original_text"] == "Fine. (shrugs) It was fine."
    sessions = doc["tables"]["sessions"]
    session = dict(zip(sessions["columns"], sessions["rows"][0], strict=True))
    assert session["date"] == "2024-03-05"
    assert datetime.fromisoformat(session["created_at"]).utcoffset() == timedelta(0)
    markers = doc["tables"]["markers"]
    assert {row[markers["columns"].index("deleted")] for row in markers["rows"]} == {True, False}


@pytest.mark.postgres
def test_a_sqlite_database_moves_to_postgresql(tmp_path: Path, transcript: Path) -> None:
    source = f"sqlite:///{tmp_path / 'laptop.sqlite'}"
    fill(source, transcript)
    original = rows_of(source)
    out = tmp_path / "move.zip"
    service.backup_to_file(source, out)
    for server in postgres_database():
        open_database(server).dispose()  # the clinic's server, set up empty by the app
        restored = service.restore_from_file(out, server)
        assert restored.database.startswith("postgresql+psycopg://rt:***@")
        moved = rows_of(server)
        assert without_restore_event(moved) == original
        assert moved["sessions"]["created_at"][0].tzinfo is not None  # SQLite's UTC times stay the same instants
        assert_app_works(server)


def test_a_renamed_backup_is_recognised_by_its_content(filled: str, fresh_url: str, tmp_path: Path) -> None:
    out = service.backup_to_file(filled, tmp_path / "caseload.zip").path
    renamed = out.rename(tmp_path / "Tuesday notes.bak")
    assert service.restore_from_file(renamed, fresh_url).kind == "zip"
    assert without_restore_event(rows_of(fresh_url)) == rows_of(filled)


def test_plain_json_under_any_name_and_a_byte_order_mark(filled: str, tmp_path: Path) -> None:
    out = service.backup_to_file(filled, tmp_path / "caseload.txt", zipped=False).path
    with_bom = tmp_path / "edited"
    with_bom.write_bytes(b"\xef\xbb\xbf" + out.read_bytes())
    target = f"sqlite:///{tmp_path / 'from-json.sqlite'}"
    assert service.restore_from_file(with_bom, target).kind == "json"
    assert without_restore_event(rows_of(target)) == rows_of(filled)


# -- refusals: one line, nothing stored -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One zipped backup of a filled SQLite database, made once for the refusal cases."""
    folder = tmp_path_factory.mktemp("good")
    transcript = folder / "session.txt"
    transcript.write_text(
        "Therapist: How did the week go?\nClient: Fine. (shrugs) It was fine.\nTherapist: You shrugged.\n"
        "Client: Whatever you think.\nTherapist: Tell me more.\nClient: We're going in circles!\n",
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as env:
        env.setenv("RUPTURETOOL_DATA_DIR", str(folder / "data"))
        url = f"sqlite:///{folder / 'good.sqlite'}"
        fill(url, transcript)
        return service.backup_to_file(url, folder / "good.zip").path


def _bad_files(good_zip: Path, doc: dict, folder: Path) -> dict[str, tuple[Path, str]]:
    def write(name: str, data: bytes | dict) -> Path:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
        return path

    zipped = good_zip.read_bytes()
    no_member = folder / "other.zip"
    with zipfile.ZipFile(no_member, "w") as archive:
        archive.writestr("notes.txt", "hello")
    newer = {**doc, "schema_revision": "9999_future"}
    newer_format = {**doc, "format_version": 2}
    turns = doc["tables"]["turns"]
    at = turns["columns"].index("session_id")
    orphans = {**turns, "rows": [[*row[:at], 9999, *row[at + 1 :]] for row in turns["rows"]]}
    orphan = {**doc, "tables": {"turns": orphans}}  # turns of a session the backup does not have
    bad_date = json.loads(json.dumps(doc))
    bad_date["tables"]["sessions"]["rows"][0][bad_date["tables"]["sessions"]["columns"].index("date")] = "5 March"
    return {
        "garbage": (
            write("x.bak", b"\x00\x01garbage" * 100),
            "not a rupturetool backup (neither a zip, JSON nor SQLite",
        ),
        "empty": (write("empty.zip", b""), "not a rupturetool backup (the file is empty)"),
        "truncated zip": (write("cut.zip", zipped[: len(zipped) // 2]), "damaged or truncated zip"),
        "zip without backup.json": (no_member, "a zip without backup.json"),
        "other JSON": (write("other.json", {"hello": 1}), 'no "format": "rupturetool-backup"'),
        "truncated JSON": (write("cut.json", json.dumps(doc).encode()[:5000]), "broken JSON at line 1"),
        "newer schema": (write("newer.json", newer), "made by a newer rupturetool (schema 9999_future)"),
        "newer format": (write("format2.json", newer_format), "made by a newer rupturetool (backup format 2)"),
        "broken links": (write("orphan.json", orphan), "turns"),
        "bad value": (write("bad-date.json", bad_date), "table 'sessions' row 1: date = '5 March' is not valid"),
        "unknown table": (
            write("table.json", {**doc, "tables": {"invoices": {"columns": [], "rows": []}}}),
            "table 'invoices'",
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "garbage",
        "empty",
        "truncated zip",
        "zip without backup.json",
        "other JSON",
        "truncated JSON",
        "newer schema",
        "newer format",
        "broken links",
        "bad value",
        "unknown table",
    ],
)
def test_bad_backups_are_refused_in_one_line_and_nothing_is_stored(
    good_backup: Path, fresh_url: str, tmp_path: Path, case: str
) -> None:
    with zipfile.ZipFile(good_backup) as archive:
        doc = json.loads(archive.read("backup.json"))
    path, problem = _bad_files(good_backup, doc, tmp_path)[case]
    with pytest.raises((InputError, StorageError)) as info:
        service.restore_from_file(path, fresh_url)
    message = str(info.value)
    assert problem in message
    if case == "broken links":  # SQLite checks the links once loaded; PostgreSQL as each row goes in
        assert "refers to a missing sessions record" in message or "violates foreign key" in message
    assert message.startswith(str(path)) and "\n" not in message
    if fresh_url.startswith("sqlite"):
        assert not Path(fresh_url.removeprefix("sqlite:///")).exists()  # not even an empty file is left
    else:
        engine = create(fresh_url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).scalar() == 0
        engine.dispose()


def test_a_database_holding_data_is_refused_unless_replaced(
    filled: str, fresh_url: str, tmp_path: Path, transcript: Path
) -> None:
    out = service.backup_to_file(filled, tmp_path / "caseload.zip").path
    other = Project(fresh_url, coder="zoe")
    other.import_transcript(transcript, "OTHER-1")
    other.close()
    before = rows_of(fresh_url)
    with pytest.raises(StorageError) as info:
        service.restore_from_file(out, fresh_url)
    assert str(info.value).endswith(
        "already holds data (1 sessions); restore into a new, empty database, or replace what it holds (--replace)"
    )
    assert rows_of(fresh_url) == before

    service.restore_from_file(out, fresh_url, replace=True)
    assert without_restore_event(rows_of(fresh_url)) == rows_of(filled)
    assert_app_works(fresh_url)


# -- older schemas and raw SQLite copies ----------------------------------------------------------------------------


def test_a_backup_from_an_older_schema_is_restored_and_upgraded(db_url: str, fresh_url: str, tmp_path: Path) -> None:
    build_at(db_url, "0002")
    engine = create(db_url)
    write_backup_file(engine, tmp_path / "old.zip", zipped=True)
    old_rows = table_rows(engine)
    engine.dispose()

    open_database(fresh_url).dispose()  # the target is at head: it is taken back to 0002 for loading
    restored = service.restore_from_file(tmp_path / "old.zip", fresh_url)
    assert (restored.revision, restored.upgraded) == ("0002", True)
    engine = create(fresh_url)
    try:
        assert current_revision(engine) == head_revision()
        now = without_restore_event(table_rows(engine))
    finally:
        engine.dispose()
    for table, columns in old_rows.items():
        for column, values in columns.items():
            assert now[table][column] == values, f"{table}.{column}"
    assert now["slice_codes"]["id"] == []  # a later table, empty


def test_an_automatic_sqlite_copy_restores_and_is_left_unchanged(
    sqlite_url: str, transcript: Path, tmp_path: Path
) -> None:
    fill(sqlite_url, transcript)
    # Opening an existing file through Project already takes the rotating copy; otherwise take it now.
    copy = service.automatic_backup(sqlite_url) or service.latest_backup(sqlite_url)
    assert copy is not None
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    target = f"sqlite:///{tmp_path / 'again.sqlite'}"
    assert service.restore_from_file(copy, target).kind == "sqlite"
    assert without_restore_event(rows_of(target)) == rows_of(sqlite_url)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in copy.parent.iterdir()) == sorted(["database.txt", copy.name])


# -- rotating automatic backups ---------------------------------------------------------------------------------


def test_an_online_copy_is_consistent_while_another_connection_writes(
    sqlite_url: str, transcript: Path, tmp_path: Path
) -> None:
    fill(sqlite_url, transcript)
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO clients (code) VALUES ('UNCOMMITTED')")
    writer.execute("UPDATE turns SET text = 'half-way edit'")
    try:
        copy = sqlite_online_backup(sqlite_url, tmp_path / "copy.sqlite")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    check = sqlite3.connect(copy)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert check.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file, no -wal needed
        assert [c for (c,) in check.execute("SELECT code FROM clients")] == ["RIVER-07"]
        assert "half-way edit" not in {t for (t,) in check.execute("SELECT text FROM turns")}
    finally:
        check.close()
    assert rows_of(f"sqlite:///{copy}") == rows_of(sqlite_url)


def test_rotation_keeps_the_newest_and_takes_one_per_interval(sqlite_url: str, transcript: Path) -> None:
    fill(sqlite_url, transcript)
    start = datetime(2026, 11, 22, 10, 15, 0)
    taken = []
    for hours in range(5):
        taken.append(service.automatic_backup(sqlite_url, keep=3, now=start + timedelta(hours=hours)))
    assert all(taken)
    assert service.automatic_backup(sqlite_url, keep=3, now=start + timedelta(hours=4, minutes=59)) is None
    kept = service.list_backups(sqlite_url)
    assert [b.path for b in kept] == taken[:1:-1]
    assert kept[0].path.name == "test-20261122-141500.sqlite"
    assert kept[0].database == str(Path(sqlite_url.removeprefix("sqlite:///")).resolve())
    assert service.latest_backup(sqlite_url) == taken[-1]
    later = service.automatic_backup(
        sqlite_url, keep=3, min_interval=timedelta(minutes=30), now=start + timedelta(hours=4, minutes=31)
    )
    assert later is not None and len(service.list_backups(sqlite_url)) == 3
    with pytest.raises(InputError):
        service.automatic_backup(sqlite_url, keep=0)


def test_databases_with_the_same_file_name_keep_separate_backups(tmp_path: Path, transcript: Path) -> None:
    urls = [f"sqlite:///{tmp_path / folder / 'clinic.sqlite'}" for folder in ("a", "b")]
    for url in urls:
        fill(url, transcript)
        service.automatic_backup(url)
    a, b = (service.list_backups(url) for url in urls)
    assert len(a) == len(b) == 1 and a[0].path.parent != b[0].path.parent
    assert {x.path for x in service.list_backups(every_database=True)} == {a[0].path, b[0].path}


def test_postgresql_and_memory_databases_get_no_automatic_copies(tmp_path: Path) -> None:
    assert service.automatic_backup("postgresql+psycopg://rt:rt@127.0.0.1:1/rt") is None
    assert service.automatic_backup("sqlite://") is None
    assert service.latest_backup("postgresql+psycopg://rt:rt@127.0.0.1:1/rt") is None


def test_opening_backs_up_before_an_upgrade_and_once_per_interval(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    build_at(url, "0001")
    opened = service.open_with_backups(url)
    opened.engine.dispose()
    assert opened.problem is None
    [copy] = service.list_backups(url)  # taken before the upgrade; then no second one within the interval
    assert opened.backup == copy.path
    assert sqlite_revision(copy.path) == "0001"
    again = service.open_with_backups(url)
    again.engine.dispose()
    assert again.backup is None and len(service.list_backups(url)) == 1

    new = f"sqlite:///{tmp_path / 'new.sqlite'}"
    fresh = service.open_with_backups(new)
    fresh.engine.dispose()
    assert fresh.backup is None and service.list_backups(new) == []  # nothing in it yet


def test_a_corrupt_database_names_its_latest_backup_and_that_command_restores_it(
    sqlite_url: str, transcript: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUPTURETOOL_DB", sqlite_url)
    fill(sqlite_url, transcript)
    good = rows_of(sqlite_url)
    copy = service.automatic_backup(sqlite_url)
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    path.write_bytes(b"this is no longer a database " * 200)

    with pytest.raises(StorageError) as info:
        service.open_with_backups(sqlite_url)
    message = str(info.value)
    assert message == (
        f"{sqlite_url}: database file is corrupt or not a database (file is not a database). "
        f"Latest backup: {copy} — restore it with `rupturetool restore {copy}`"
    )
    restored = service.restore_from_file(copy)  # what the message says: no --db (it is the default), no --replace
    assert restored.set_aside is not None
    assert restored.set_aside.read_bytes().startswith(b"this is no longer a database")  # kept, not deleted
    assert without_restore_event(rows_of(sqlite_url)) == good


def test_a_corrupt_database_without_backups_gets_the_plain_message(sqlite_url: str) -> None:
    Path(sqlite_url.removeprefix("sqlite:///")).write_bytes(b"junk" * 1000)
    with pytest.raises(StorageError) as info:
        service.open_with_backups(sqlite_url)
    assert str(info.value).endswith("corrupt or not a database (file is not a database)")


def test_a_backup_of_a_damaged_database_never_replaces_a_good_one(sqlite_url: str, transcript: Path) -> None:
    fill(sqlite_url, transcript)
    first = service.automatic_backup(sqlite_url, now=datetime(2026, 1, 1, 9, 0))
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    data = bytearray(path.read_bytes())
    data[0:16] = b"not sqlite at al"
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="cannot copy the database"):
        service.automatic_backup(sqlite_url, now=datetime(2026, 1, 1, 12, 0))
    assert [b.path for b in service.list_backups(sqlite_url)] == [first]
    assert [p.name for p in first.parent.iterdir() if p.name.endswith(".part")] == []


def test_opening_a_project_takes_the_rotating_copy_unless_turned_off(
    tmp_path: Path, transcript: Path, monkeypatch
) -> None:
    from rupturetool.core.errors import InputError
    from rupturetool.services.project import Project

    url = f"sqlite:///{tmp_path / 'mine.sqlite'}"
    Project(url, coder="ann").import_transcript(transcript, "RIVER-07")
    monkeypatch.setenv("RUPTURETOOL_BACKUPS", "0")
    assert Project(url, coder="ann").last_backup is None and service.latest_backup(url) is None
    monkeypatch.setenv("RUPTURETOOL_BACKUPS", "3")
    taken = Project(url, coder="ann").last_backup
    assert taken is not None and service.latest_backup(url) == taken
    assert Project(url, coder="ann").last_backup is None  # at most one per interval
    monkeypatch.setenv("RUPTURETOOL_BACKUPS", "lots")
    with pytest.raises(InputError, match="RUPTURETOOL_BACKUPS='lots': give a whole number"):
        Project(url, coder="ann")
