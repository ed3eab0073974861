"""Alembic environment: runs on the connection rupturetool hands over (see storage/engine.py)."""

from alembic import context
from sqlalchemy import create_engine

from rupturetool.storage.tables import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn) -> None:
    # render_as_batch: SQLite can only change columns by copying tables; batch mode does that safely.
    context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # `alembic` command line, for developers writing a new revision
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
