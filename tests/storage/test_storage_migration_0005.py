"""Revision 0005 (suggestion decisions) on real data: a database at 0004 with a coded session upgrades with its data
intact and no drift from the models; decisions can be stored (and follow their marker and session); 0005 downgrades."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from db_support import seed_marked_turn
from sqlalchemy import inspect, text

from rupturetool.core.suggestion_commands import SuggestionDecision
from rupturetool.core.suggestions import Decision
from rupturetool.storage.engine import create, current_revision, downgrade, head_revision, open_database, upgrade
from rupturetool.storage.repository import Repository
from rupturetool.storage.tables import Base

COUNTED = ("clients", "coders", "sessions", "turns", "segments", "markers", "assignments", "comments")


def make_revision_0004(url: str) -> dict[str, int]:
    engine = create(url)
    try:
        upgrade(engine, "0004")
        with engine.begin() as conn:
            seed_marked_turn(conn, "OLD-4", "W5")
            run = conn.execute
            run(
                text(
                    "INSERT INTO assignments (session_id, coder_id, blind) "
                    "SELECT s.id, c.id, true FROM sessions s, coders c WHERE c.name = 'sue'"
                )
            )
            run(
                text(
                    "INSERT INTO comments (session_id, author_id, text, resolved, deleted) "
                    "SELECT s.id, c.id, 'W5?', false, false FROM sessions s, coders c WHERE c.name = 'sue'"
                )
            )
            counts = {t: run(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in COUNTED}
        assert current_revision(engine) == "0004"
        return counts
    finally:
        engine.dispose()


def test_0004_with_data_upgrades_to_0005_and_back(db_url: str) -> None:
    counts = make_revision_0004(db_url)
    engine = open_database(db_url)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            assert {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in COUNTED} == counts
            assert "suggestion_decisions" in inspect(conn).get_table_names()
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []

        repo = Repository(engine)
        [marker] = repo.markers(1)
        record = SuggestionDecision(1, 0, 0, 0, 19, "withdrawal", "W5", Decision.ACCEPTED, "ann", "rules", 0.7,
                                    final_subtype="W5", marker_id=marker.id)  # fmt: skip
        stored = repo.add_suggestion_decision(record)
        assert stored.id is not None and stored.decided_at is not None
        assert repo.suggestion_decisions(1, "ann") == [stored] and repo.suggestion_decisions(1, "sue") == []
        repo.delete_suggestion_decision(stored.id, coder="ann")
        assert repo.suggestion_decisions(1) == []
        again = repo.restore_suggestion_decision(stored)
        assert (again.id, again.marker_id) == (stored.id, marker.id)
        with engine.begin() as conn:  # a hard-deleted marker leaves the decision, without its marker
            conn.execute(text("DELETE FROM markers"))
        [kept] = repo.suggestion_decisions(1)
        assert kept.marker_id is None and kept.decision == Decision.ACCEPTED
        trail = [(e.action, e.entity) for e in repo.audit_events(1) if e.entity == "suggestion"]
        assert sorted(trail) == [("decide", "suggestion"), ("restore", "suggestion"), ("undo", "suggestion")]

        downgrade(engine, "0004")
        with engine.connect() as conn:
            assert "suggestion_decisions" not in inspect(conn).get_table_names()
            assert conn.execute(text("SELECT count(*) FROM turns")).scalar_one() == 1
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
