"""Revision 0003 (3RS slice codes) on real data: a database at 0002 with a coded session upgrades with its data
intact, the new table works (unique per coder, slice and code; cascades with its session), and 0003 downgrades."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from rupturetool.core.domain import SliceCode
from rupturetool.services.project import Project
from rupturetool.storage.engine import create, current_revision, downgrade, head_revision, open_database, upgrade
from rupturetool.storage.tables import Base

COUNTED = ("clients", "coders", "sessions", "speakers", "turns", "segments", "cues", "markers", "client_speakers")


def make_revision_0002(url: str) -> dict[str, int]:
    engine = create(url)
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO clients (code) VALUES ('OLD-2')"))
            conn.execute(text("INSERT INTO coders (name, role) VALUES ('ann', 'therapist')"))
            conn.execute(
                text("INSERT INTO client_speakers (client_id, label, role) SELECT id, 'T', 'therapist' FROM clients")
            )
            conn.execute(text("INSERT INTO sessions (client_id, number, notes) SELECT id, 1, '' FROM clients"))
            conn.execute(
                text("INSERT INTO speakers (session_id, label, role) SELECT id, 'T', 'therapist' FROM sessions")
            )
            conn.execute(
                text(
                    "INSERT INTO turns (session_id, idx, speaker_label, text, original_text) "
                    "SELECT id, 0, 'T', 'I guess so. (smiles) Yes.', '| guess so. (smiles) Yes.' FROM sessions"
                )
            )
            conn.execute(
                text("INSERT INTO segments (turn_id, idx, start_char, end_char) SELECT id, 0, 0, 12 FROM turns")
            )
            conn.execute(
                text("INSERT INTO segments (turn_id, idx, start_char, end_char) SELECT id, 1, 12, 25 FROM turns")
            )
            conn.execute(text("INSERT INTO cues (turn_id, start_char, end_char) SELECT id, 12, 20 FROM turns"))
            conn.execute(
                text(
                    "INSERT INTO markers (session_id, turn_id, coder_id, start_char, end_char, scheme_id, family, "
                    "subtype, actor, significance, note, source, deleted) SELECT t.session_id, t.id, c.id, 0, 12, "
                    "'3rs', 'withdrawal', 'W5', 'patient', 4, '', 'manual', false FROM turns t, coders c"
                )
            )
            counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in COUNTED}
        assert current_revision(engine) == "0002"
        return counts
    finally:
        engine.dispose()


def test_0002_with_data_upgrades_to_0003_and_back(db_url: str) -> None:
    counts = make_revision_0002(db_url)
    engine = open_database(db_url)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            assert {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in COUNTED} == counts
            assert "slice_codes" in inspect(conn).get_table_names()
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()

    project = Project(db_url, coder="ann")
    try:
        [summary] = project.sessions()
        assert summary.markers == 1 and summary.review_status is None
        project.rate_slice(summary.id, 0, "withdrawal", 4)
        project.tick_slice(summary.id, 0, "W5", True)
        codes = project.slice_codes(summary.id)
        assert [(c.code, c.significance, c.coder) for c in codes] == [("W5", None, "ann"), ("withdrawal", 4, "ann")]
        assert project.slice_consistency(summary.id) == []
        again = project.repo.save_slice_code(SliceCode(summary.id, 0, "withdrawal", "ann", 5))
        assert again.id == codes[1].id  # one row per coder, slice and code: a new value replaces the old
        assert len(project.slice_codes(summary.id)) == 2
        # The old turn's anchors are editable too: a correction that changes the length moves the cue and segment.
        project.correct_text(summary.id, 0, "I guess so, yes. (smiles) Yes.")
        turn = project.session(summary.id).turns[0]
        assert [turn.text[c.start_char : c.end_char] for c in turn.cues] == ["(smiles)"]
        assert turn.original_text == "| guess so. (smiles) Yes."
    finally:
        project.close()

    engine = open_database(db_url)
    try:
        downgrade(engine, "0002")
        with engine.connect() as conn:
            assert "slice_codes" not in inspect(conn).get_table_names()
            assert conn.execute(text("SELECT count(*) FROM markers")).scalar_one() == 1
    finally:
        engine.dispose()
