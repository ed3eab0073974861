"""The audit trail (issue 8, "nothing lost"): every change records who, when, what, and the values before and after;
the trail can be read per session, marker and episode (with its children); the database refuses to rewrite it; and
revision 0006 brings an older database's trail along."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from rupturetool.core.domain import AuditEvent
from rupturetool.services.project import Project
from rupturetool.storage.engine import create, current_revision, downgrade, head_revision, open_database, upgrade
from rupturetool.storage.tables import Base


def newest(events: list[AuditEvent], action: str, entity: str) -> AuditEvent:
    return next(e for e in events if e.action == action and e.entity == entity)


@pytest.fixture
def coded(project: Project, transcript: Path) -> tuple[Project, int]:
    sid = project.import_transcript(transcript, "RIVER-07").session.id
    project.add_marker(project.new_marker(sid, 1, "W1", segment_index=0, note="shrugs it off"))
    return project, sid


def test_editing_significance_records_before_after_and_coder(coded: tuple[Project, int]) -> None:
    project, sid = coded
    [marker] = project.markers(sid)
    project.edit_marker(marker.id, significance=5)
    event = project.repo.audit_events(sid, limit=1)[0]
    assert (event.action, event.entity, event.entity_id, event.coder) == ("edit", "marker", marker.id, "tester")
    assert event.before == {"significance": 3}
    assert event.after == {"significance": 5}
    assert event.at is not None and event.session_id == sid


def test_adding_deleting_and_undoing_a_marker(coded: tuple[Project, int]) -> None:
    project, sid = coded
    [marker] = project.markers(sid)
    added = newest(project.repo.audit_events(sid), "add", "marker")
    assert added.before is None
    assert added.after is not None
    assert added.after["subtype"] == "W1" and added.after["significance"] == 3 and added.after["id"] == marker.id
    assert added.after["note"] == "shrugs it off"

    project.remove_marker(marker)
    deleted = project.repo.audit_events(sid, limit=1)[0]
    assert (deleted.action, deleted.before, deleted.after) == ("delete", {"deleted": False}, {"deleted": True})
    project.undo()
    restored = project.repo.audit_events(sid, limit=1)[0]
    assert (restored.action, restored.before, restored.after) == ("restore", {"deleted": True}, {"deleted": False})
    assert project.markers(sid) == [marker]


def test_import_records_counts_not_every_turn(project: Project, tmp_path: Path) -> None:
    lines = [f"{'Therapist' if i % 2 else 'Client'}: line {i} of a long session." for i in range(300)]
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sid = project.import_transcript(path, "LONG-1").session.id
    [event] = project.repo.audit_events(sid)
    assert event.action == "import" and event.after is not None
    assert event.after["_counts"]["turns"] == {"inserted": 300}
    assert event.after["_counts"]["segments"]["inserted"] >= 300
    assert not any(key.startswith("turns:") for key in event.after)  # no per-turn blob
    assert len(str(event.after)) < 4000


def test_episode_events_carry_their_stages_and_strategies(coded: tuple[Project, int]) -> None:
    project, sid = coded
    [marker] = project.markers(sid)
    project.create_episode(sid, [marker.id])
    [episode] = project.episodes(sid)
    project.set_stage(episode.id, 1, 3)
    project.add_strategy(episode.id, "R3", 2)
    project.clear_stage(episode.id, 1)

    trail = project.repo.audit_events(entity="episode", entity_id=episode.id)
    assert [e.entity for e in trail] == ["episode"] * 4
    cleared, strategy, staged, created = trail
    [stage_key] = [k for k in staged.after or {} if k.startswith("stage_events:")]
    assert staged.after is not None and staged.after[stage_key]["stage"] == 1 and staged.before is None
    # Each save rewrites an episode's stages; a stage rewritten unchanged (with a new id) is not reported.
    assert strategy.before is None and strategy.after is not None
    [(key, added)] = strategy.after.items()
    assert key.startswith("strategy_events:") and (added["code"], added["episode_id"]) == ("R3", episode.id)
    assert cleared.after is None and cleared.before is not None
    [(key, gone)] = cleared.before.items()
    assert key.startswith("stage_events:") and gone["stage"] == 1 and gone["episode_id"] == episode.id
    assert created.after is not None and created.after["family"] == "withdrawal"
    assert created.after[f"episode_markers:{episode.id},{marker.id}"] == {
        "episode_id": episode.id,
        "marker_id": marker.id,
    }

    # A marker's history includes the episodes it belongs to; the episode's its comments.
    project.add_comment(sid, "Stage 1 already?", episode_id=episode.id)
    about_episode = project.repo.audit_events(entity="episode", entity_id=episode.id)
    assert about_episode[0].entity == "comment" and about_episode[0].after["text"] == "Stage 1 already?"
    about_marker = project.repo.audit_events(entity="marker", entity_id=marker.id)
    assert {e.entity for e in about_marker} == {"marker", "episode"}


def test_filters_by_coder_and_time(coded: tuple[Project, int]) -> None:
    project, sid = coded
    project.switch_coder("sue")
    project.add_marker(project.new_marker(sid, 3, "W5", segment_index=0))
    assert [(e.action, e.entity) for e in project.repo.audit_events(coder="sue")] == [("add", "marker")]
    assert project.repo.audit_events(coder="nobody") == []
    last = project.repo.audit_events(limit=1)[0]
    assert last.at is not None
    assert last.id in {e.id for e in project.repo.audit_events(since=last.at)}
    assert project.repo.audit_events(since=last.at + timedelta(seconds=2)) == []
    assert len(project.repo.audit_events(sid)) == 3  # import, add, add


def test_a_rolled_back_change_leaves_no_event(coded: tuple[Project, int]) -> None:
    project, sid = coded
    before = project.repo.audit_events()
    [marker] = project.markers(sid)
    with pytest.raises(RuntimeError), project.repo.atomic():
        project.repo.delete_marker(marker.id, coder="tester")
        raise RuntimeError("changed my mind")
    assert project.repo.audit_events() == before


def test_sql_cannot_update_or_delete_the_trail(coded: tuple[Project, int]) -> None:
    project, _ = coded
    count = len(project.repo.audit_events())
    for statement in (
        "UPDATE audit_events SET action = 'forged'",
        "DELETE FROM audit_events",
        "DELETE FROM audit_events WHERE id = 1",
    ):
        with pytest.raises(DBAPIError, match="append-only"), project.engine.begin() as conn:
            conn.execute(text(statement))
    if project.engine.dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"), project.engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_events"))
    events = project.repo.audit_events()
    assert len(events) == count and "forged" not in {e.action for e in events}
    with project.engine.begin() as conn:  # appending is still allowed
        conn.execute(text("INSERT INTO audit_events (action, entity, detail) VALUES ('note', 'database', 'by hand')"))
    assert project.repo.audit_events(limit=1)[0].detail == "by hand"


def test_0005_with_data_upgrades_to_0006_and_back(db_url: str) -> None:
    engine = create(db_url)
    try:
        upgrade(engine, "0005")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO coders (name, role) VALUES ('ann', 'therapist')"))
            conn.execute(
                text(
                    "INSERT INTO audit_events (coder_id, session_id, action, entity, entity_id, detail) "
                    "SELECT id, 7, 'edit', 'marker', 3, 'W1 sig 4' FROM coders"
                )
            )
    finally:
        engine.dispose()
    engine = open_database(db_url)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        project = Project(db_url, coder="ann")
        try:
            [old] = project.repo.audit_events(7)
            assert (old.action, old.coder, old.detail, old.before, old.after) == ("edit", "ann", "W1 sig 4", None, None)
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text("DELETE FROM audit_events"))
        finally:
            project.close()

        downgrade(engine, "0005")
        with engine.begin() as conn:
            assert conn.execute(text("SELECT detail FROM audit_events")).scalars().all() == ["W1 sig 4"]
            conn.execute(text("UPDATE audit_events SET detail = 'unguarded at 0005'"))  # the guard went with 0006
        upgrade(engine)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT detail FROM audit_events")).scalars().all() == ["unguarded at 0005"]
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text("UPDATE audit_events SET detail = 'x'"))
    finally:
        engine.dispose()


def test_a_replacing_restore_keeps_the_trail_guarded(db_url: str, coded: tuple[Project, int], tmp_path: Path) -> None:
    from rupturetool.services import backup as service

    project, sid = coded
    out = service.backup_to_file(project, tmp_path / "caseload.zip").path
    [marker] = project.markers(sid)
    project.edit_marker(marker.id, significance=4)  # after the backup: the replace takes it away
    project.close()

    service.restore_from_file(out, db_url, replace=True)
    restored = Project(db_url, coder="tester")
    try:
        trail = restored.repo.audit_events()
        assert [e.action for e in trail] == ["restore", "add", "import"]  # the backup's own trail came back
        assert trail[1].after is not None and trail[1].after["subtype"] == "W1"
        with pytest.raises(DBAPIError, match="append-only"), restored.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_events"))
    finally:
        restored.close()
