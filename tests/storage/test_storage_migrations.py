"""Migrating real data: a database made at revision 0001 is brought to head by open_database with its data intact
and the new tables usable; downgrading to 0001 and upgrading again works and keeps the data."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from rupturetool.core.domain import SpeakerRole
from rupturetool.services.project import Project
from rupturetool.storage.engine import (
    create,
    current_revision,
    downgrade,
    head_revision,
    open_database,
    upgrade,
)
from rupturetool.storage.repository import Repository
from rupturetool.storage.tables import Base

NEW_TABLES = {"cues", "client_speakers"}
COUNTED = ("clients", "coders", "sessions", "speakers", "turns", "segments", "markers", "audit_events")


@dataclass
class OldData:
    session_id: int
    turn_ids: list[int]
    counts: dict[str, int]


def make_revision_0001(url: str) -> OldData:
    """A database as rupturetool 0001 left it: one client, a session, two turns, segments, a marker."""
    engine = create(url)
    try:
        upgrade(engine, "0001")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO clients (code, attachment) VALUES ('OLD-1', 'secure')"))
            client_id = conn.execute(text("SELECT id FROM clients WHERE code = 'OLD-1'")).scalar_one()
            conn.execute(text("INSERT INTO coders (name, role) VALUES ('ann', 'therapist')"))
            coder_id = conn.execute(text("SELECT id FROM coders WHERE name = 'ann'")).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO sessions (client_id, number, source_name, source_checksum, notes) "
                    "VALUES (:c, 1, 'old.txt', 'abc', 'kept notes')"
                ),
                {"c": client_id},
            )
            session_id = conn.execute(text("SELECT id FROM sessions")).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO speakers (session_id, label, role) VALUES (:s, 'T', 'therapist'), (:s, 'P', 'client')"
                ),
                {"s": session_id},
            )
            conn.execute(
                text(
                    'INSERT INTO turns (session_id, idx, speaker_label, text, start, "end") VALUES '
                    "(:s, 0, 'T', 'How was it?', 1.5, 3.0), (:s, 1, 'P', '| guess fine. (smiles)', 3.5, NULL)"
                ),
                {"s": session_id},
            )
            turn_ids = list(conn.execute(text("SELECT id FROM turns ORDER BY idx")).scalars())
            conn.execute(
                text(
                    "INSERT INTO segments (turn_id, idx, start_char, end_char) VALUES "
                    "(:a, 0, 0, 11), (:b, 0, 0, 13), (:b, 1, 13, 22)"
                ),
                {"a": turn_ids[0], "b": turn_ids[1]},
            )
            segment_id = conn.execute(
                text("SELECT id FROM segments WHERE turn_id = :b AND idx = 0"), {"b": turn_ids[1]}
            ).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO markers (session_id, turn_id, segment_id, coder_id, start_char, end_char, scheme_id, "
                    "family, subtype, actor, significance, note, source, deleted) VALUES "
                    "(:s, :t, :g, :c, 0, 13, '3rs', 'withdrawal', 'W5', 'patient', 4, 'old note', 'manual', false)"
                ),
                {"s": session_id, "t": turn_ids[1], "g": segment_id, "c": coder_id},
            )
            conn.execute(
                text(
                    "INSERT INTO audit_events (coder_id, session_id, action, entity, entity_id, detail) "
                    "VALUES (:c, :s, 'import', 'session', :s, 'old.txt')"
                ),
                {"c": coder_id, "s": session_id},
            )
            counts = _counts(conn)
        assert current_revision(engine) == "0001"
        return OldData(session_id, turn_ids, counts)
    finally:
        engine.dispose()


def _counts(conn) -> dict[str, int]:
    return {table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() for table in COUNTED}


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return _counts(conn)


def tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def turn_columns(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("turns")}


@pytest.fixture
def old(db_url: str) -> OldData:
    return make_revision_0001(db_url)


@pytest.fixture
def migrated(db_url: str, old: OldData) -> Iterator[Engine]:
    engine = open_database(db_url)
    yield engine
    engine.dispose()


def test_open_database_upgrades_0001_to_head_keeping_the_data(migrated: Engine, old: OldData) -> None:
    head = head_revision()
    assert head != "0001"
    assert current_revision(migrated) == head
    with migrated.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [head]
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []  # the upgraded schema is exactly the models'
    assert tables(migrated) == set(Base.metadata.tables) | {"alembic_version"}
    assert tables(migrated) >= NEW_TABLES
    assert "original_text" in turn_columns(migrated)
    assert counts(migrated) == old.counts

    repo = Repository(migrated)
    detail = repo.session_detail(old.session_id)
    assert (detail.session.client_code, detail.session.number, detail.session.notes) == ("OLD-1", 1, "kept notes")
    assert detail.session.speakers == {"T": SpeakerRole.THERAPIST, "P": SpeakerRole.CLIENT}
    assert [(t.speaker_label, t.text, t.start, t.end) for t in detail.turns] == [
        ("T", "How was it?", 1.5, 3.0),
        ("P", "| guess fine. (smiles)", 3.5, None),
    ]
    assert all(t.original_text is None and t.cues == () for t in detail.turns)
    assert [[(s.start_char, s.end_char) for s in t.segments] for t in detail.turns] == [[(0, 11)], [(0, 13), (13, 22)]]
    [marker] = repo.markers(old.session_id)
    assert (marker.turn_index, marker.segment_index, marker.start_char, marker.end_char) == (1, 0, 0, 13)
    assert (marker.subtype, marker.significance, marker.note, marker.coder) == ("W5", 4, "old note", "ann")
    assert repo.clients()[0].attachment == "secure"


def test_the_new_tables_and_column_are_usable_on_old_data(db_url: str, migrated: Engine, old: OldData) -> None:
    with migrated.begin() as conn:
        conn.execute(
            text("INSERT INTO cues (turn_id, start_char, end_char) VALUES (:t, 14, 22)"), {"t": old.turn_ids[1]}
        )
    migrated.dispose()
    project = Project(db_url, coder="tester")
    try:
        turn = project.session(old.session_id).turns[1]
        assert [turn.text[c.start_char : c.end_char] for c in turn.cues] == ["(smiles)"]

        assert project.set_speaker_role(old.session_id, "P", SpeakerRole.OTHER) is SpeakerRole.CLIENT
        assert project.set_speaker_role(old.session_id, "T", SpeakerRole.CLIENT) is SpeakerRole.THERAPIST
        assert project.repo.remembered_roles("OLD-1") == {"T": SpeakerRole.CLIENT}  # "other" is not remembered

        assert project.apply_ocr_corrections(old.session_id) == 1
        turn = project.session(old.session_id).turns[1]
        assert (turn.text, turn.original_text) == ("I guess fine. (smiles)", "| guess fine. (smiles)")
        [marker] = project.markers(old.session_id)
        assert (marker.start_char, marker.end_char) == (0, 13)
        assert project.revert_corrections(old.session_id) == 1
        assert project.session(old.session_id).turns[1].original_text is None
    finally:
        project.close()


def test_downgrade_to_0001_and_back(db_url: str, migrated: Engine, old: OldData) -> None:
    downgrade(migrated, "0001")
    assert current_revision(migrated) == "0001"
    assert not NEW_TABLES & tables(migrated)
    assert "original_text" not in turn_columns(migrated)
    migrated.dispose()

    again = open_database(db_url)
    try:
        assert current_revision(again) == head_revision()
        assert tables(again) >= NEW_TABLES
        assert "original_text" in turn_columns(again)
        with again.begin() as conn:  # usable again after the round trip
            conn.execute(
                text("INSERT INTO cues (turn_id, start_char, end_char) VALUES (:t, 14, 22)"), {"t": old.turn_ids[1]}
            )
    finally:
        again.dispose()


def test_downgrade_keeps_the_data(db_url: str, migrated: Engine, old: OldData) -> None:
    with migrated.begin() as conn:
        conn.execute(text("UPDATE turns SET original_text = text, text = 'I guess fine. (smiles)' WHERE idx = 1"))
    downgrade(migrated, "0001")
    assert counts(migrated) == old.counts  # segments and markers must survive the table rewrite
    with migrated.connect() as conn:
        assert conn.execute(text("SELECT text FROM turns ORDER BY idx")).scalars().all() == [
            "How was it?",
            "I guess fine. (smiles)",
        ]
    migrated.dispose()
    again = open_database(db_url)
    try:
        assert counts(again) == old.counts
        [marker] = Repository(again).markers(old.session_id)
        assert (marker.turn_index, marker.segment_index, marker.subtype) == (1, 0, "W5")
    finally:
        again.dispose()
