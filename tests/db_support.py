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
