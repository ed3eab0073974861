"""Databases for tests: a fresh PostgreSQL database per use when a server is configured.

A module of its own (not conftest.py) so test modules can import it unambiguously: there are several conftests.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

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
