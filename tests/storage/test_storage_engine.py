"""Opening databases: Alembic creates the schema, models and migrations agree, bad files are refused clearly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from rupturetool.core.errors import StorageError
from rupturetool.storage import engine as engine_module
from rupturetool.storage.engine import alembic_config, current_revision, head_revision, open_database
from rupturetool.storage.tables import Base, ClientRow, TurnRow


@pytest.fixture
def opened(db_url: str):
    engine = open_database(db_url)
    yield engine
    engine.dispose()


def table_names(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_open_creates_the_schema_at_head(opened: Engine) -> None:
    assert table_names(opened) == set(Base.metadata.tables) | {"alembic_version"}
    head = head_revision()
    assert current_revision(opened) == head
    with opened.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head]


def test_models_and_migrations_agree(opened: Engine) -> None:
    with opened.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_reopening_is_idempotent(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = open_database(db_url)
    with engine.begin() as conn:
        conn.execute(insert(ClientRow).values(code="RIVER-07"))
    engine.dispose()

    def no_upgrade(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a database at head must not be migrated again")

    monkeypatch.setattr(engine_module, "upgrade", no_upgrade)
    for _ in range(2):
        engine = open_database(db_url)
        with engine.connect() as conn:
            assert conn.execute(select(ClientRow.code)).scalars().all() == ["RIVER-07"]
        assert current_revision(engine) == head_revision()
        engine.dispose()


def test_downgrade_to_base_and_upgrade_again(opened: Engine, db_url: str) -> None:
    cfg = alembic_config(opened)
    with opened.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert table_names(opened) == {"alembic_version"}
    assert current_revision(opened) is None
    opened.dispose()
    again = open_database(db_url)
    try:
        assert current_revision(again) == head_revision()
        assert table_names(again) == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        again.dispose()


def test_foreign_keys_are_enforced(opened: Engine) -> None:
    with pytest.raises(IntegrityError), opened.begin() as conn:
        conn.execute(insert(TurnRow).values(session_id=999, idx=0, speaker_label="T", text="orphan"))


def test_a_foreign_database_is_refused(db_url: str) -> None:
    engine = engine_module.create(db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)"))
    engine.dispose()
    with pytest.raises(StorageError) as info:
        open_database(db_url)
    message = str(info.value)
    assert "not a rupturetool database" in message
    assert "\n" not in message
    engine = engine_module.create(db_url)
    assert table_names(engine) == {"invoices"}  # left exactly as it was
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused(opened: Engine, db_url: str) -> None:
    with opened.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    opened.dispose()
    with pytest.raises(StorageError, match=r"newer rupturetool \(schema 9999_future\)"):
        open_database(db_url)


# -- SQLite specifics -----------------------------------------------------------------------------------------


def test_sqlite_pragmas(sqlite_url: str) -> None:
    engine = open_database(sqlite_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        engine.dispose()


def test_garbage_sqlite_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(StorageError) as info:
        open_database(f"sqlite:///{path}")
    message = str(info.value)
    assert message.startswith(f"sqlite:///{path}: ")
    assert "corrupt or not a database" in message
    assert "\n" not in message


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    with pytest.raises(StorageError, match="not a rupturetool database"):
        open_database(f"sqlite:///{path}")


def test_sqlite_parent_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "rt.sqlite"
    engine = open_database(f"sqlite:///{path}")
    engine.dispose()
    assert path.is_file()


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("not a url at all", "not a database URL"),
        ("mysql://user:pw@localhost/rt", "unsupported database 'mysql'"),
    ],
)
def test_bad_urls(url: str, problem: str) -> None:
    with pytest.raises(StorageError, match=problem):
        open_database(url)


def test_unreachable_server_is_a_storage_error_without_the_password() -> None:
    with pytest.raises(StorageError) as info:
        open_database("postgresql+psycopg://rt:s3cret-pw@127.0.0.1:1/rt?connect_timeout=2")
    message = str(info.value)
    assert "cannot open database" in message
    assert "s3cret-pw" not in message
    assert "\n" not in message
