"""Who sees what, enforced by PostgreSQL itself: real logins for two therapists, a supervisor and a researcher, each
client imported through the app as its therapist's login, then probed with plain SQL (psycopg, no app)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from db_support import login_url, psycopg_connect, secured_postgres_database

from rupturetool.core.errors import NotFoundError
from rupturetool.services import access
from rupturetool.services.project import Project
from rupturetool.storage.access import PROTECTED, login_coder
from rupturetool.storage.tables import Base

TRANSCRIPT = (
    "Therapist: How did the week go?\n"
    "Client: Fine. (shrugs) It was fine.\n"
    "Therapist: You shrugged as you said that.\n"
    "Client: You keep asking the same thing! We're going in circles.\n"
)
# Every table whose rows belong to a session, with how to find one session's rows.
BY_SESSION = {
    "sessions": "id = %s",
    "speakers": "session_id = %s",
    "turns": "session_id = %s",
    "segments": "turn_id IN (SELECT id FROM turns WHERE session_id = %s)",
    "cues": "turn_id IN (SELECT id FROM turns WHERE session_id = %s)",
    "markers": "session_id = %s",
    "comments": "session_id = %s",
    "reviews": "session_id = %s",
    "audit_events": "session_id = %s",
}


@dataclass
class Clinic:
    url: str  # as the owner (the administrator)
    prefix: str
    sessions: dict[str, int]  # client code -> its session
    ids: dict[str, int]  # coder name -> coder id

    def login(self, name: str) -> str:
        return f"{self.prefix}_{name}"

    def url_of(self, name: str) -> str:
        return login_url(self.url, self.login(name), f"pw-{name}")

    def sql(self, name: str):
        """A plain psycopg connection as ``name``'s login (autocommit: each statement stands alone)."""
        conn = psycopg_connect(self.url_of(name))
        conn.autocommit = True
        return conn

    def owner_sql(self):
        conn = psycopg_connect(self.url)
        conn.autocommit = True
        return conn


def _import(url: str, coder: str, client: str, folder: Path) -> int:
    """As ``coder``'s login, through the app: import a session, code it, comment on it, submit it."""
    path = folder / f"{client}.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    project = Project(url, coder=coder)
    try:
        sid = project.import_transcript(path, client).session.id
        assert sid is not None
        project.add_marker(project.new_marker(sid, 1, "W1", segment_index=0))
        project.add_comment(sid, "withdrawal here?", turn_index=1)
        project.submit(sid)
        return sid
    finally:
        project.close()


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clinic]:
    folder = tmp_path_factory.mktemp("clinic")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RUPTURETOOL_DATA_DIR", str(folder / "data"))
        for url, prefix in secured_postgres_database():
            roles = {"ann": "therapist", "bob": "therapist", "sue": "supervisor", "rae": "researcher"}
            for name, role in roles.items():
                access.add_user(url, name, role, login=f"{prefix}_{name}", password=f"pw-{name}")
            access.supervise(url, "sue", "ann")
            logins = {name: login_url(url, f"{prefix}_{name}", f"pw-{name}") for name in ("ann", "bob")}
            sessions = {"ANN-01": _import(logins["ann"], "ann", "ANN-01", folder)}
            sessions["BOB-01"] = _import(logins["bob"], "bob", "BOB-01", folder)
            access.grant(url, "BOB-01", "rae")
            with psycopg_connect(url) as conn:
                ids = dict(conn.execute("SELECT name, id FROM coders").fetchall())
            yield Clinic(url, prefix, sessions, ids)


def _count(conn, table: str, session_id: int) -> int:
    return conn.execute(f"SELECT count(*) FROM {table} WHERE {BY_SESSION[table]}", (session_id,)).fetchone()[0]


def _clients(conn) -> set[str]:
    return {code for (code,) in conn.execute("SELECT code FROM clients").fetchall()}


@pytest.mark.postgres
def test_a_client_imported_by_a_therapist_login_is_that_therapists(clinic: Clinic) -> None:
    with clinic.owner_sql() as owner:
        found = dict(owner.execute("SELECT code, therapist_id FROM clients").fetchall())
    assert found == {"ANN-01": clinic.ids["ann"], "BOB-01": clinic.ids["bob"]}


@pytest.mark.postgres
def test_plain_sql_as_one_therapist_shows_nothing_of_the_others_clients(clinic: Clinic) -> None:
    bob_session, ann_session = clinic.sessions["BOB-01"], clinic.sessions["ANN-01"]
    with clinic.owner_sql() as owner, clinic.sql("ann") as ann:
        assert _clients(ann) == {"ANN-01"}
        for table in BY_SESSION:
            assert _count(owner, table, bob_session) > 0, table  # there is something of bob's to hide...
            assert _count(ann, table, bob_session) == 0, table  # ...and ann cannot see it
            assert _count(ann, table, ann_session) == _count(owner, table, ann_session) > 0, table
        speakers = "SELECT count(*) FROM client_speakers s JOIN clients c ON c.id = s.client_id WHERE c.code = %s"
        ann_speakers = ann.execute("SELECT count(*) FROM client_speakers").fetchone()
        assert ann_speakers == owner.execute(speakers, ("ANN-01",)).fetchone()
        ann_events = ann.execute("SELECT DISTINCT session_id FROM audit_events").fetchall()
        assert {s for (s,) in ann_events} <= {ann_session, None}


@pytest.mark.postgres
def test_one_therapist_cannot_write_into_the_others_session(clinic: Clinic) -> None:
    bob_session = clinic.sessions["BOB-01"]
    with clinic.owner_sql() as owner:
        turn_id = owner.execute("SELECT id FROM turns WHERE session_id = %s AND idx = 1", (bob_session,)).fetchone()[0]
        before = {t: _count(owner, t, bob_session) for t in BY_SESSION}
        marker_notes = owner.execute("SELECT note FROM markers WHERE session_id = %s", (bob_session,)).fetchall()
    with clinic.sql("ann") as ann:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            ann.execute(
                "INSERT INTO markers (session_id, turn_id, coder_id, start_char, end_char, scheme_id, family, "
                "subtype, actor, significance, note, source, deleted) "
                "VALUES (%s, %s, %s, 0, 4, '3rs', 'withdrawal', 'W1', 'patient', 3, '', 'manual', false)",
                (bob_session, turn_id, clinic.ids["ann"]),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            ann.execute(
                "INSERT INTO comments (session_id, author_id, text, resolved, deleted) "
                "VALUES (%s, %s, 'x', false, false)",
                (bob_session, clinic.ids["ann"]),
            )
        assert ann.execute("UPDATE markers SET note = 'mine now' WHERE session_id = %s", (bob_session,)).rowcount == 0
        assert ann.execute("UPDATE turns SET text = '' WHERE session_id = %s", (bob_session,)).rowcount == 0
        assert ann.execute("DELETE FROM markers WHERE session_id = %s", (bob_session,)).rowcount == 0
        assert ann.execute("DELETE FROM sessions WHERE id = %s", (bob_session,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # clients are never deleted by users
            ann.execute("DELETE FROM clients WHERE code = 'BOB-01'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the therapist is the administrator's to set
            ann.execute("UPDATE clients SET therapist_id = %s WHERE code = 'ANN-01'", (clinic.ids["bob"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # and users never add or rename coders
            ann.execute("UPDATE coders SET db_role = NULL")
    with clinic.owner_sql() as owner:
        assert {t: _count(owner, t, bob_session) for t in BY_SESSION} == before
        notes = owner.execute("SELECT note FROM markers WHERE session_id = %s", (bob_session,)).fetchall()
        assert notes == marker_notes


@pytest.mark.postgres
def test_a_supervisor_sees_the_supervisees_clients_only(clinic: Clinic) -> None:
    with clinic.sql("sue") as sue:
        assert _clients(sue) == {"ANN-01"}
        with clinic.owner_sql() as owner:
            ann_session = clinic.sessions["ANN-01"]
            assert _count(sue, "markers", ann_session) == _count(owner, "markers", ann_session) > 0
        assert _count(sue, "turns", clinic.sessions["BOB-01"]) == 0


@pytest.mark.postgres
def test_a_researcher_sees_what_is_granted_until_it_is_revoked(clinic: Clinic) -> None:
    with clinic.sql("rae") as rae:
        assert _clients(rae) == {"BOB-01"}
        assert _count(rae, "turns", clinic.sessions["BOB-01"]) > 0
        assert _count(rae, "markers", clinic.sessions["ANN-01"]) == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # researchers read transcripts, never change them
            rae.execute("UPDATE turns SET text = 'x' WHERE session_id = %s", (clinic.sessions["BOB-01"],))
    access.grant(clinic.url, "BOB-01", "rae", revoke=True)
    try:
        with clinic.sql("rae") as rae:
            assert _clients(rae) == set()
            assert _count(rae, "turns", clinic.sessions["BOB-01"]) == 0
    finally:
        access.grant(clinic.url, "BOB-01", "rae")
    seen = {u.name: u.clients for u in access.users(clinic.url)}
    assert (seen["ann"], seen["sue"], seen["rae"], seen["consensus"]) == (("ANN-01",), ("ANN-01",), ("BOB-01",), ())
    assert "BOB-01" in seen["bob"] and "ANN-01" not in seen["bob"]


@pytest.mark.postgres
def test_a_login_mapped_to_no_coder_sees_nothing(clinic: Clinic) -> None:
    stray = clinic.login("stray")
    with clinic.owner_sql() as owner:  # a login in the therapists' group, but no coder is it
        owner.execute(f"CREATE ROLE {stray} LOGIN PASSWORD 'pw-stray' IN ROLE {clinic.prefix}_therapist")
    with clinic.sql("stray") as conn:
        assert _clients(conn) == set()
        assert conn.execute("SELECT count(*) FROM turns").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM audit_events").fetchone()[0] == 0


@pytest.mark.postgres
def test_the_app_opened_as_a_login_lists_its_sessions_and_codes_as_its_coder(clinic: Clinic) -> None:
    project = Project(clinic.url_of("ann"))
    try:
        assert login_coder(project.engine) == "ann"
        assert project.coder == "ann"  # who is coding follows the login (services/project.py)
        assert [s.client_code for s in project.sessions()] == ["ANN-01"]
        sid = clinic.sessions["ANN-01"]
        project.add_marker(project.new_marker(sid, 3, "C1", segment_index=0))
        assert sorted(m.coder for m in project.markers(sid)) == ["ann", "ann"]
        with pytest.raises(NotFoundError):
            project.session(clinic.sessions["BOB-01"])  # not found, as far as ann's login can tell
    finally:
        project.close()
    with clinic.owner_sql() as owner:
        last = owner.execute(
            "SELECT c.name, a.entity FROM audit_events a JOIN coders c ON c.id = a.coder_id WHERE a.session_id = %s "
            "ORDER BY a.id DESC LIMIT 1",
            (clinic.sessions["ANN-01"],),
        ).fetchone()
        assert last == ("ann", "marker")


@pytest.mark.postgres
def test_no_one_approves_their_own_session_whatever_sql_they_send(clinic: Clinic) -> None:
    sid = clinic.sessions["ANN-01"]
    with clinic.sql("ann") as ann:
        assert ann.execute("SELECT status FROM reviews WHERE session_id = %s", (sid,)).fetchone() == ("submitted",)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="approve their own"):
            ann.execute(
                "UPDATE reviews SET status = 'approved', reviewer_id = NULL WHERE session_id = %s AND coder_id = %s",
                (sid, clinic.ids["ann"]),
            )
    supervisor = Project(clinic.url_of("sue"), coder="sue")
    try:
        supervisor.approve(sid, "ann")  # her supervisor can
        assert supervisor.review(sid, "ann").status == "approved"
    finally:
        supervisor.close()


def test_every_table_holding_client_data_has_a_policy() -> None:
    links = {"client_id", "session_id", "turn_id", "episode_id"}
    holding = {t.name for t in Base.metadata.sorted_tables if links & set(t.columns.keys())} | {"clients"}
    assert holding == set(PROTECTED)  # a new table with client data needs its policy in storage/access.py


@pytest.mark.postgres
def test_a_therapists_everyday_coding_works_under_the_policies(clinic: Clinic, tmp_path: Path) -> None:
    """The app's writes as a therapist login: a new client and session, episodes with a stage, measures, a 3RS
    segment rating, a text correction, comment replies, and undo — nothing refused by the policies."""
    project = Project(clinic.url_of("bob"), coder="bob")
    try:
        sid = _import(clinic.url_of("bob"), "bob", "BOB-02", tmp_path)
        marker_ids = [m.id for m in project.markers(sid) if m.id is not None]
        project.create_episode(sid, marker_ids)
        (episode,) = project.episodes(sid)
        assert episode.id is not None
        project.set_stage(episode.id, 1, 3)
        project.set_measure(sid, "client_scaling", 6)
        project.rate_slice(sid, 0, "withdrawal", 3)
        project.correct_text(sid, 1, "Fine. (shrugs) It was all fine.")
        (thread,) = project.comments(sid)
        project.reply(thread.comment.id, "agreed")
        project.undo()
        project.undo()
        assert [s.client_code for s in project.sessions()] == ["BOB-01", "BOB-02"]
        assert project.episodes(sid)[0].stages
    finally:
        project.close()
    with clinic.sql("ann") as ann:
        assert _count(ann, "turns", sid) == 0 and "BOB-02" not in _clients(ann)


@pytest.mark.postgres
def test_an_owner_who_is_no_superuser_administers_and_sees_everything(tmp_path: Path) -> None:
    """The usual deployment: the database belongs to an ordinary role with CREATEROLE, and FORCE ROW LEVEL
    SECURITY applies to it too — its own policy (not a superuser's bypass) lets it see all, without recursion."""
    for server, prefix in secured_postgres_database():  # only for a unique prefix and the cleanup of its roles
        owner, database = f"{prefix}_owner", f"{prefix}_db"
        with psycopg_connect(server) as admin:
            admin.autocommit = True
            admin.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'pw-owner'")
            admin.execute(f"CREATE DATABASE {database} OWNER {owner}")
        try:
            url = login_url(server, owner, "pw-owner").replace(f"/{server.rsplit('/', 1)[1]}", f"/{database}")
            access.init(url, prefix=prefix)
            access.add_user(url, "ann", "therapist", login=f"{prefix}_ann", password="pw-ann")
            _import(login_url(url, f"{prefix}_ann", "pw-ann"), "ann", "ANN-01", tmp_path)
            administrator = Project(url, coder="admin")
            administrator.import_transcript(tmp_path / "ANN-01.txt", "NEW-01")  # no therapist yet
            administrator.close()
            with psycopg_connect(url) as conn:
                assert _clients(conn) == {"ANN-01", "NEW-01"}
                assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone() == (False,)
            with psycopg_connect(login_url(url, f"{prefix}_ann", "pw-ann")) as conn:
                assert _clients(conn) == {"ANN-01"}
            assert {u.name: u.clients for u in access.users(url)}["ann"] == ("ANN-01",)
        finally:
            with psycopg_connect(server) as admin:
                admin.autocommit = True
                admin.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
