"""Every schema revision upgrades with its data: for each revision in the Alembic history (walked, not listed, so
new revisions are covered too), a database made at that revision and filled with plain SQL is upgraded to head by
open_database with every row it had unchanged and no drift from the models. A database from a newer rupturetool is
refused, and left byte for byte as it was."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, select, text

from rupturetool.core.errors import StorageError
from rupturetool.services.backup import list_backups, open_with_backups
from rupturetool.services.project import Project
from rupturetool.storage.engine import alembic_config, create, current_revision, head_revision, open_database, upgrade
from rupturetool.storage.tables import Base


def revisions() -> list[str]:
    """The whole history, oldest first."""
    script = ScriptDirectory.from_config(alembic_config(create("sqlite://")))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


# -- what a database at each revision holds ---------------------------------------------------------------------
# A builder fills a database at its revision with plain SQL valid there, one row or more in every table. A revision
# without a builder of its own gets the newest older one's (its new tables then start empty).


def _ids(conn: Connection, sql: str) -> list[int]:
    return list(conn.execute(text(sql)).scalars())


def build_0001(conn: Connection) -> None:
    run = conn.execute
    run(text("INSERT INTO clients (code, attachment) VALUES ('OLD-1', 'secure'), ('OLD-2', NULL)"))
    run(text("INSERT INTO coders (name, role) VALUES ('ann', 'therapist'), ('sue', 'supervisor')"))
    run(
        text(
            "INSERT INTO sessions (client_id, date, number, source_name, source_checksum, notes) "
            "SELECT id, '2024-03-05', 1, 'old.txt', 'abc', 'kept notes' FROM clients WHERE code = 'OLD-1'"
        )
    )
    [sid] = _ids(conn, "SELECT id FROM sessions")
    run(
        text("INSERT INTO speakers (session_id, label, role) VALUES (:s, 'T', 'therapist'), (:s, 'P', 'client')"),
        {"s": sid},
    )
    run(
        text(
            'INSERT INTO turns (session_id, idx, speaker_label, text, start, "end") VALUES '
            "(:s, 0, 'T', 'How was it?', 1.5, 3.0), (:s, 1, 'P', 'I guess fine. (smiles) Whatever.', 3.5, NULL)"
        ),
        {"s": sid},
    )
    t0, t1 = _ids(conn, "SELECT id FROM turns ORDER BY idx")
    run(
        text(
            "INSERT INTO segments (turn_id, idx, start_char, end_char) VALUES "
            "(:a, 0, 0, 11), (:b, 0, 0, 13), (:b, 1, 14, 32)"
        ),
        {"a": t0, "b": t1},
    )
    seg = _ids(conn, f"SELECT id FROM segments WHERE turn_id = {t1} AND idx = 1")[0]
    ann, sue = _ids(conn, "SELECT id FROM coders ORDER BY name")
    marker = (
        "INSERT INTO markers (session_id, turn_id, segment_id, coder_id, start_char, end_char, scheme_id, family, "
        "subtype, actor, significance, note, source, deleted) VALUES "
    )
    run(
        text(
            marker + "(:s, :t, :g, :c, 14, 32, '3rs', 'withdrawal', 'W4', 'patient', 4, 'old note', 'manual', false), "
            "(:s, :t, NULL, :c, 0, 13, '3rs', 'withdrawal', 'W1', 'patient', 2, '', 'manual', true)"
        ),
        {"s": sid, "t": t1, "g": seg, "c": ann},
    )
    m1 = _ids(conn, "SELECT id FROM markers WHERE deleted = false")[0]
    run(
        text(
            "INSERT INTO episodes (session_id, coder_id, family, outcome, note, deleted) "
            "VALUES (:s, :c, 'withdrawal', 'resolved', 'an episode', false)"
        ),
        {"s": sid, "c": ann},
    )
    [ep] = _ids(conn, "SELECT id FROM episodes")
    run(text("INSERT INTO episode_markers (episode_id, marker_id) VALUES (:e, :m)"), {"e": ep, "m": m1})
    run(text("INSERT INTO stage_events (episode_id, stage, turn_id) VALUES (:e, 1, :t)"), {"e": ep, "t": t1})
    run(text("INSERT INTO strategy_events (episode_id, code, turn_id) VALUES (:e, 'R3', :t)"), {"e": ep, "t": t0})
    run(
        text("INSERT INTO session_measures (session_id, name, value, coder_id) VALUES (:s, 'wai_sr_bond', 14.5, :c)"),
        {"s": sid, "c": ann},
    )
    run(
        text(
            "INSERT INTO reviews (session_id, coder_id, status, reason, reviewer_id) "
            "VALUES (:s, :c, 'changes_requested', 'see W4', :r)"
        ),
        {"s": sid, "c": ann, "r": sue},
    )
    run(
        text(
            "INSERT INTO comments (session_id, author_id, text, marker_id, resolved) VALUES (:s, :r, 'W4?', :m, false)"
        ),
        {"s": sid, "r": sue, "m": m1},
    )
    [parent] = _ids(conn, "SELECT id FROM comments")
    run(
        text(
            "INSERT INTO comments (session_id, author_id, text, parent_id, resolved) VALUES (:s, :c, 'Yes', :p, true)"
        ),
        {"s": sid, "c": ann, "p": parent},
    )
    run(
        text(
            "INSERT INTO audit_events (at, coder_id, session_id, action, entity, entity_id, detail) "
            "VALUES ('2024-03-05 10:15:00', :c, :s, 'import', 'session', :s, 'old.txt')"
        ),
        {"c": ann, "s": sid},
    )


def build_0002(conn: Connection) -> None:
    build_0001(conn)
    conn.execute(text("UPDATE turns SET original_text = '| guess fine. (smiles) Whatever.' WHERE idx = 1"))
    conn.execute(
        text(
            "INSERT INTO cues (turn_id, segment_id, start_char, end_char) "
            "SELECT turn_id, id, 14, 22 FROM segments WHERE idx = 1"
        )
    )
    conn.execute(text("INSERT INTO client_speakers (client_id, label, role) SELECT id, 'P', 'client' FROM clients"))


def build_0003(conn: Connection) -> None:
    build_0002(conn)
    conn.execute(
        text(
            "INSERT INTO slice_codes (session_id, coder_id, slice_index, code, significance) "
            "SELECT s.id, c.id, 0, 'withdrawal', 3 FROM sessions s, coders c WHERE c.name = 'ann' UNION ALL "
            "SELECT s.id, c.id, 0, 'W4', NULL FROM sessions s, coders c WHERE c.name = 'ann'"
        )
    )


def build_0004(conn: Connection) -> None:
    build_0003(conn)
    conn.execute(text("UPDATE comments SET deleted = true WHERE parent_id IS NOT NULL"))
    conn.execute(
        text(
            "INSERT INTO assignments (session_id, coder_id, blind, assigned_by_id) "
            "SELECT s.id, c.id, true, r.id FROM sessions s, coders c, coders r WHERE c.name = 'ann' AND r.name = 'sue'"
        )
    )


BUILDERS: dict[str, Callable[[Connection], None]] = {
    "0001": build_0001,
    "0002": build_0002,
    "0003": build_0003,
    "0004": build_0004,
}


def builder_for(revision: str) -> Callable[[Connection], None]:
    history = revisions()
    for older in reversed(history[: history.index(revision) + 1]):
        if older in BUILDERS:
            return BUILDERS[older]
    raise AssertionError(f"no data builder for {revision} or any revision before it")


def build_at(url: str, revision: str) -> None:
    """A database at ``revision`` holding that revision's representative data."""
    engine = create(url)
    try:
        upgrade(engine, revision)
        with engine.begin() as conn:
            builder_for(revision)(conn)
        assert current_revision(engine) == revision
    finally:
        engine.dispose()


# -- comparing ---------------------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):  # SQLite keeps UTC without an offset; PostgreSQL hands back an aware value
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)
    return value


def table_rows(engine: Engine) -> dict[str, dict[str, list[tuple[Any, ...]]]]:
    """Every table's rows in id order, by column: {table: {column: [values...]}}."""
    metadata = MetaData()
    found: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
    with engine.connect() as conn:
        metadata.reflect(bind=conn)
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*order)).all()
            found[table.name] = {c.name: [_plain(r[i]) for r in rows] for i, c in enumerate(table.columns)}
    return found


def assert_kept(before: dict, after: dict) -> None:
    """Every table and column that exists before and after the upgrade holds exactly the same values."""
    for name, columns in before.items():
        assert name in after, f"table {name} was dropped"
        for column, values in columns.items():
            if column in after[name]:
                assert after[name][column] == values, f"{name}.{column} changed"


def no_drift(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


# -- the tests --------------------------------------------------------------------------------------------------


def test_the_history_is_walked_and_every_revision_has_data() -> None:
    history = revisions()
    assert history[:4] == ["0001", "0002", "0003", "0004"]
    assert history[-1] == head_revision()
    assert all(builder_for(r) for r in history)


@pytest.mark.parametrize("revision", revisions())
def test_a_database_at_every_revision_upgrades_with_its_data(db_url: str, revision: str) -> None:
    build_at(db_url, revision)
    engine = create(db_url)
    before = table_rows(engine)
    engine.dispose()
    if revision in BUILDERS:  # a builder of its own puts data in every table its revision has
        assert [name for name, cols in before.items() if not next(iter(cols.values()))] == []

    engine = open_database(db_url)
    try:
        assert current_revision(engine) == head_revision()
        no_drift(engine)
        after = table_rows(engine)
        assert_kept(before, after)
        assert after["turns"]["text"] == ["How was it?", "I guess fine. (smiles) Whatever."]
        assert after["markers"]["subtype"] == ["W4", "W1"] and after["markers"]["deleted"] == [False, True]
        assert after["audit_events"]["at"] == [datetime(2024, 3, 5, 10, 15, tzinfo=UTC)]
    finally:
        engine.dispose()

    project = Project(db_url, coder="ann")  # and the app works on it
    try:
        [summary] = project.sessions()
        assert (summary.client_code, summary.markers, summary.episodes) == ("OLD-1", 1, 1)
        project.add_marker(project.new_marker(summary.id, 0, "C1", segment_index=0))
        assert len(project.markers(summary.id, "ann")) == 2
    finally:
        project.close()


# -- a database from a newer rupturetool ----------------------------------------------------------------------


def _sqlite_bytes(url: str) -> dict[str, str]:
    path = Path(url.removeprefix("sqlite:///"))
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.parent.glob(path.name + "*"))}


def test_a_database_from_a_newer_rupturetool_is_refused_and_left_alone(db_url: str) -> None:
    engine = open_database(db_url)
    with engine.begin() as conn:
        build_0004(conn)
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    before = table_rows(engine)
    engine.dispose()
    sqlite = db_url.startswith("sqlite")
    files = _sqlite_bytes(db_url) if sqlite else None

    for _ in range(2):
        with pytest.raises(StorageError) as info:
            open_database(db_url)
        message = str(info.value)
        assert message.endswith("made by a newer rupturetool (schema 9999_future); please upgrade rupturetool")
        assert "\n" not in message
    with pytest.raises(StorageError, match="newer rupturetool"):  # as the app opens it: no copy taken either
        open_with_backups(db_url)
    assert list_backups(db_url) == []

    if sqlite:
        assert _sqlite_bytes(db_url) == files  # byte for byte (and no -wal or -shm left behind)
    engine = create(db_url)
    try:
        assert current_revision(engine) == "9999_future"
        assert table_rows(engine) == before
    finally:
        engine.dispose()
