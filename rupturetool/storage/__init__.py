"""The only package that imports SQLAlchemy and Alembic: tables, migrations, engine setup, repository."""
