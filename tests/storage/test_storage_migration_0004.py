"""Revision 0004 (assignments; soft-deleted comments) on real data: a database at 0003 with a coded, reviewed and
commented session upgrades with its data intact and no drift from the models, the new table and column work, and
0004 downgrades (dropping only comments that had been deleted, with their replies)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from db_support import seed_marked_turn
from sqlalchemy import inspect, text

from rupturetool.core.domain import ReviewStatus
from rupturetool.services.project import Project
from rupturetool.storage.engine import create, current_revision, downgrade, head_revision, open_database, upgrade
from rupturetool.storage.tables import Base

COUNTED = ("clients", "coders", "sessions", "turns", "segments", "markers", "slice_codes", "reviews", "comments")


def make_revision_0003(url: str) -> dict[str, int]:
    """A session as rupturetool 0003 left it: a turn with a marker and a slice code, a review, a comment thread."""
    engine = create(url)
    try:
        upgrade(engine, "0003")
        with engine.begin() as conn:
            seed_marked_turn(conn, "OLD-3", "W4")
            run = conn.execute
            run(
                text(
                    "INSERT INTO slice_codes (session_id, coder_id, slice_index, code, significance) "
                    "SELECT s.id, c.id, 0, 'withdrawal', 3 FROM sessions s, coders c WHERE c.name = 'ann'"
                )
            )
            run(
                text(
                    "INSERT INTO reviews (session_id, coder_id, status, reason) "
                    "SELECT s.id, c.id, 'submitted', '' FROM sessions s, coders c WHERE c.name = 'ann'"
                )
            )
            run(
                text(
                    "INSERT INTO comments (session_id, author_id, text, marker_id, resolved) "
                    "SELECT m.session_id, c.id, 'Why W4?', m.id, false FROM markers m, coders c WHERE c.name = 'sue'"
                )
            )
            run(
                text(
                    "INSERT INTO comments (session_id, author_id, text, parent_id, resolved) "
                    "SELECT p.session_id, c.id, 'Deference', p.id, false FROM comments p, coders c "
                    "WHERE c.name = 'ann'"
                )
            )
            counts = {t: run(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in COUNTED}
        assert current_revision(engine) == "0003"
        return counts
    finally:
        engine.dispose()


def test_0003_with_data_upgrades_to_0004_and_back(db_url: str) -> None:
    counts = make_revision_0003(db_url)
    engine = open_database(db_url)
    try:
        assert current_revision(engine) == head_revision()  # 0004 or a later revision
        with engine.connect() as conn:
            assert {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in COUNTED} == counts
            assert "assignments" in inspect(conn).get_table_names()
            assert conn.execute(text("SELECT count(*) FROM comments WHERE deleted = false")).scalar_one() == 2
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()

    sue = Project(db_url, coder="sue")
    try:
        [summary] = sue.sessions()
        sid = summary.id
        [item] = sue.review_queue()  # the old review is in the queue
        assert (item.review.coder, item.review.status) == ("ann", ReviewStatus.SUBMITTED)
        [thread] = sue.comments(sid)  # the old thread, on the old marker's turn
        assert (thread.comment.text, thread.turn_index, [r.text for r in thread.replies]) == (
            "Why W4?",
            0,
            ["Deference"],
        )
        sue.assign_second_coder(sid, "bob")
        assert [(a.coder, a.blind) for a in sue.assignments(sid)] == [("bob", True)]
        sue.approve(sid, "ann")
        sue.delete_comment(thread.comment.id)
        sue.add_comment(sid, "Approved: agreed it is W4")
    finally:
        sue.close()

    engine = open_database(db_url)
    try:
        downgrade(engine, "0003")
        with engine.connect() as conn:
            assert "assignments" not in inspect(conn).get_table_names()
            assert [r for (r,) in conn.execute(text("SELECT text FROM comments"))] == ["Approved: agreed it is W4"]
            assert conn.execute(text("SELECT status FROM reviews")).scalar_one() == "approved"
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
