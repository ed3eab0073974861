"""``rupturetool admin``, run in-process: the documented setup on a real PostgreSQL server, checked by signing in
as the logins it made; and SQLite refused in one line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from db_support import login_url, psycopg_connect, secured_postgres_database

import rupturetool.cli.admin  # noqa: F401  (registers `admin` until cli/main.py imports it)
from rupturetool.cli.main import main
from rupturetool.services.project import Project


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    code = done.value.code
    return (code if isinstance(code, int) else 1), out, err


@pytest.mark.parametrize("command", [["init"], ["users"], ["add-user", "ann", "--role", "therapist", "--no-password"]])
def test_sqlite_is_refused_in_one_line_without_touching_the_file(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path, command: list[str]
) -> None:
    code, out, err = run(capsys, "--db", sqlite_url, "admin", *command)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "SQLite has no logins or row-level security" in err
    assert not (tmp_path / "test.sqlite").exists()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    for url, prefix in secured_postgres_database():
        owner = Project(url, coder="admin")  # the administrator imports the caseload: no therapist yet
        transcript = tmp_path / "s.txt"
        transcript.write_text("Therapist: How are you?\nClient: Fine, I guess.\n", encoding="utf-8")
        for client in ("ANN-01", "BOB-01"):
            owner.import_transcript(transcript, client, force=True)
        owner.close()
        yield url, prefix


@pytest.mark.postgres
def test_the_documented_setup_gives_each_login_what_it_should_see(
    capsys: pytest.CaptureFixture[str], server: tuple[str, str], tmp_path: Path
) -> None:
    url, prefix = server

    def ok(*args: str) -> str:
        code, out, err = run(capsys, "--db", url, "admin", *args)
        assert code == 0, err
        return out

    def clients_seen_by(login: str, password: str) -> set[str]:
        with psycopg_connect(login_url(url, login, password)) as conn:
            return {code for (code,) in conn.execute("SELECT code FROM clients").fetchall()}

    assert f"roles {prefix}_therapist" in ok("init", "--prefix", prefix)  # again: it is idempotent
    secret = tmp_path / "ann.pw"
    secret.write_text("correct horse\n", encoding="utf-8")
    assert f"login {prefix}_ann" in ok("add-user", "ann", "--role", "therapist", "--login", f"{prefix}_ann",
                                       "--password-file", str(secret))  # fmt: skip
    secret.write_text("battery staple\n", encoding="utf-8")
    ok("add-user", "rae", "--role", "researcher", "--login", f"{prefix}_rae", "--password-file", str(secret))
    code, _, err = run(capsys, "--db", url, "admin", "add-user", "bob", "--role", "therapist")
    assert code == 1 and "no password: give --password-file" in err  # never typed on the command line

    assert clients_seen_by(f"{prefix}_ann", "correct horse") == set()
    assert ok("assign", "ANN-01", "ann") == "ANN-01: therapist ann\n"
    assert clients_seen_by(f"{prefix}_ann", "correct horse") == {"ANN-01"}
    ok("grant", "BOB-01", "rae")
    assert clients_seen_by(f"{prefix}_rae", "battery staple") == {"BOB-01"}
    listed = {u["name"]: u for u in json.loads(ok("users", "--json"))}
    assert listed["ann"]["clients"] == ["ANN-01"] and listed["ann"]["login"] == f"{prefix}_ann"
    assert listed["rae"] == {
        "name": "rae",
        "role": "researcher",
        "login": f"{prefix}_rae",
        "clients": ["BOB-01"],
        "supervisees": [],
    }
    ok("revoke", "BOB-01", "rae")
    assert clients_seen_by(f"{prefix}_rae", "battery staple") == set()
    code, _, err = run(capsys, "--db", url, "admin", "revoke", "BOB-01", "rae")
    assert code == 1 and err.count("\n") == 1 and "no grant" in err

    assert "(ann's codes are kept)" in ok("drop-user", f"{prefix}_ann")
    (ann_line,) = [line for line in ok("users").splitlines() if line.startswith("ann ")]
    assert "(no login)" in ann_line and "sees ANN-01" in ann_line  # ann stays, without a login
    with pytest.raises(Exception, match=r"authentication failed|does not exist"):
        clients_seen_by(f"{prefix}_ann", "correct horse")
