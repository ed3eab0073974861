"""Databases for tests: a fresh PostgreSQL database per use when a server is configured.

A module of its own (not conftest.py) so test modules can import it unambiguously: there are several conftests.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, text

PG_URL_SETTING = "RUPTURETOOL_TEST_PG_URL"


def postgres_database() -> Iterator[str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = os.environ.get(PG_URL_SETTING)
    if not admin_url and os.environ.get("RUPTURETOOL_REQUIRE_PG"):
        pytest.fail(f"RUPTURETOOL_REQUIRE_PG is set but {PG_URL_SETTING} is not")
    if not admin_url:
        pytest.skip(
            f"no PostgreSQL server configured: set {PG_URL_SETTING} "
            "(e.g. postgresql+psycopg://rt:rt@127.0.0.1:5432/postgres); .ci/run does"
        )
    name = f"rt_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def seed_marked_turn(conn: Connection, client: str, subtype: str) -> None:
    """The data every migration test starts from, as plain SQL (valid from revision 0003 on): a client, coders ann
    (therapist) and sue (supervisor), one session with one client turn and segment, and ann's ``subtype`` marker."""
    run = conn.execute
    run(text(f"INSERT INTO clients (code) VALUES ('{client}')"))
    run(text("INSERT INTO coders (name, role) VALUES ('ann', 'therapist'), ('sue', 'supervisor')"))
    run(text("INSERT INTO sessions (client_id, number, notes) SELECT id, 1, '' FROM clients"))
    run(
        text(
            "INSERT INTO turns (session_id, idx, speaker_label, text) "
            "SELECT id, 0, 'P', 'Whatever you think.' FROM sessions"
        )
    )
    run(text("INSERT INTO segments (turn_id, idx, start_char, end_char) SELECT id, 0, 0, 19 FROM turns"))
    run(
        text(
            "INSERT INTO markers (session_id, turn_id, coder_id, start_char, end_char, scheme_id, family, "
            f"subtype, actor, significance, note, source, deleted) SELECT t.session_id, t.id, c.id, 0, 19, "
            f"'3rs', 'withdrawal', '{subtype}', 'patient', 3, '', 'manual', false FROM turns t, coders c "
            "WHERE c.name = 'ann'"
        )
    )


def secured_postgres_database() -> Iterator[tuple[str, str]]:
    """A fresh PostgreSQL database (as the owner) with row-level security installed, and the role prefix it used:
    unique, because roles are cluster-wide. Every role named ``<prefix>_...`` (groups and the logins a test adds)
    is dropped afterwards, once the database is gone."""
    from sqlalchemy import create_engine

    from rupturetool.services import access

    prefix = f"rt{uuid.uuid4().hex[:10]}"
    try:
        for url in postgres_database():
            access.init(url, prefix=prefix)
            yield url, prefix
    finally:
        admin_url = os.environ.get(PG_URL_SETTING)
        if admin_url:
            admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                pattern = prefix + r"\_%"
                roles = conn.scalars(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": pattern})
                for role in sorted(roles, key=lambda r: r.endswith(("_therapist", "_supervisor", "_researcher"))):
                    conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))  # logins first, then their groups
            admin.dispose()


def login_url(url: str, login: str, password: str) -> str:
    """``url`` signed in as another login."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=login, password=password).render_as_string(hide_password=False)


def psycopg_connect(url: str):  # psycopg is imported lazily: not every test run has a server
    """A plain psycopg connection (no SQLAlchemy, no app) to the SQLAlchemy ``url``."""
    import psycopg
    from sqlalchemy.engine import make_url

    parts = make_url(url)
    return psycopg.connect(
        host=parts.host, port=parts.port, user=parts.username, password=parts.password, dbname=parts.database
    )


def dangling_link_queries() -> Iterator[tuple[str, str]]:
    """(what, SQL counting the rows that break it): one per foreign key of the schema (a row pointing at nothing,
    whether or not the database enforces the key), the links that must stay inside one session, and sessions without
    turns (a half-stored import). Each count must be 0; the SQL runs on SQLite and PostgreSQL."""
    from rupturetool.storage.tables import Base

    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            col, parent, key = fk.parent.name, fk.column.table.name, fk.column.name
            yield (
                f"{table.name}.{col} -> {parent}.{key}",
                f'SELECT count(*) FROM "{table.name}" c LEFT JOIN "{parent}" p ON p."{key}" = c."{col}" '
                f'WHERE c."{col}" IS NOT NULL AND p."{key}" IS NULL',
            )
    broken = {
        "marker on another session's turn": "markers m JOIN turns t ON t.id = m.turn_id "
        "WHERE t.session_id <> m.session_id",
        "marker on another turn's segment": "markers m JOIN segments s ON s.id = m.segment_id "
        "WHERE s.turn_id <> m.turn_id",
        "episode with another session's marker": "episode_markers em JOIN episodes e ON e.id = em.episode_id "
        "JOIN markers m ON m.id = em.marker_id WHERE e.session_id <> m.session_id",
        "stage on another session's turn": "stage_events se JOIN episodes e ON e.id = se.episode_id "
        "JOIN turns t ON t.id = se.turn_id WHERE e.session_id <> t.session_id",
        "session without turns": "sessions s WHERE NOT EXISTS (SELECT 1 FROM turns t WHERE t.session_id = s.id)",
    }
    for what, rows in broken.items():
        yield what, f"SELECT count(*) FROM {rows}"
