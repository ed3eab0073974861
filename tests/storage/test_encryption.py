"""Encryption at rest (SQLCipher): an encrypted database cannot be read without its passphrase — not by
rupturetool without it or with a wrong one (one-line messages), not by the plain sqlite3 module — and with it
everything works: data, migrations from an older schema, automatic backups (themselves encrypted), and the
encrypt / decrypt / rekey copies."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3", reason="SQLCipher (sqlcipher3-binary) has wheels for Linux x86_64 only")

from rupturetool.cli import encryption as _encryption_commands  # noqa: F401  (registers encrypt, decrypt, rekey)
from rupturetool.cli.main import main
from rupturetool.core.errors import CorruptDatabaseError, InputError, StorageError
from rupturetool.services import encryption
from rupturetool.services.encryption import EncryptedDatabaseError, passphrase_from
from rupturetool.services.project import Project
from rupturetool.storage import cipher
from rupturetool.storage.engine import create, current_revision, head_revision, open_database, upgrade

SQLITE_HEADER = b"SQLite format 3\x00"
SECRET = "correct horse 'battery' \"staple\"; --"  # quotes and SQL punctuation: the key must be quoted safely
WORD = b"shrugs"  # in the test transcript: must never appear in the encrypted file


@pytest.fixture(autouse=True)
def no_remembered_keys() -> Iterator[None]:
    cipher.forget_all()
    yield
    cipher.forget_all()


def open_project(url: str, passphrase: str | None) -> Project:
    """What Project(url, passphrase=...) does: the passphrase unlocks the file only if the database opens."""
    with encryption.unlocking(url, passphrase):
        return Project(url, coder="ann")


def sessions(project: Project) -> list[tuple[str, int]]:
    return [(s.client_code, s.turns) for s in project.sessions()]


@pytest.fixture
def encrypted(tmp_path: Path, transcript: Path) -> tuple[str, Path, list[tuple[str, int]]]:
    db = tmp_path / "clinic.sqlite"
    url = f"sqlite:///{db}"
    project = open_project(url, SECRET)
    project.import_transcript(transcript, "RIVER-07")
    found = sessions(project)
    project.close()
    cipher.forget_all()  # as a new process would start
    assert found and found[0][1] > 0
    return url, db, found


def plain_sqlite_cannot_read(path: Path) -> None:
    assert path.read_bytes()[:16] != SQLITE_HEADER
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def read_with_sqlcipher(path: Path, passphrase: str, sql: str) -> object:
    conn = cipher.connect(path, passphrase)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_the_file_holds_no_readable_data_and_plain_sqlite_cannot_open_it(encrypted) -> None:
    _url, db, _found = encrypted
    plain_sqlite_cannot_read(db)
    for file in [db, *db.parent.glob(db.name + "-*")]:  # the -wal, if any, is encrypted too
        assert WORD not in file.read_bytes()


def test_without_the_passphrase_one_line_says_it_is_encrypted(encrypted) -> None:
    url, _db, _found = encrypted
    with pytest.raises(EncryptedDatabaseError) as missing:
        open_project(url, None)
    message = str(missing.value)
    assert "encrypted database — wrong or missing passphrase" in message
    assert "RUPTURETOOL_PASSPHRASE" in message and "\n" not in message and "corrupt" not in message
    assert not isinstance(missing.value, CorruptDatabaseError)  # the app must ask, not offer to restore a backup
    assert encryption.is_encrypted(url)


def test_a_wrong_passphrase_is_refused_and_not_remembered(encrypted) -> None:
    url, db, _found = encrypted
    before = db.read_bytes()
    with pytest.raises(EncryptedDatabaseError, match=r"encrypted database — wrong passphrase or not a database$"):
        open_project(url, "wrong")
    assert cipher.key_for(db) is None
    assert db.read_bytes() == before
    with pytest.raises(EncryptedDatabaseError, match="missing passphrase"):
        open_project(url, None)


def test_with_the_passphrase_everything_is_there_and_changes_stay_encrypted(encrypted, transcript: Path) -> None:
    url, db, found = encrypted
    project = open_project(url, SECRET)
    assert sessions(project) == found
    project.import_transcript(transcript, "LAKE-02")
    project.close()
    cipher.forget_all()
    plain_sqlite_cannot_read(db)
    project = open_project(url, SECRET)
    assert sorted(c for c, _ in sessions(project)) == ["LAKE-02", "RIVER-07"]
    project.close()


def test_the_automatic_backup_of_an_encrypted_database_is_encrypted_with_the_same_passphrase(encrypted) -> None:
    url, _db, found = encrypted
    project = open_project(url, SECRET)  # an existing file: the automatic backup is taken now
    copy = project.last_backup
    project.close()
    assert copy is not None and project.backup_problem is None
    plain_sqlite_cannot_read(copy)
    assert WORD not in copy.read_bytes()
    assert read_with_sqlcipher(copy, SECRET, "SELECT count(*) FROM sessions") == len(found)
    assert read_with_sqlcipher(copy, SECRET, "PRAGMA quick_check") == "ok"
    with pytest.raises(cipher.sqlcipher().DatabaseError):
        read_with_sqlcipher(copy, "wrong", "SELECT count(*) FROM sessions")


def test_an_encrypted_database_at_an_older_schema_is_upgraded_with_its_key(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    url = f"sqlite:///{db}"
    encryption.unlock(url, SECRET)
    engine = create(url)
    upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO clients (code) VALUES ('OLD-3')")
    engine.dispose()
    cipher.forget_all()
    plain_sqlite_cannot_read(db)

    project = open_project(url, SECRET)
    assert current_revision(project.engine) == head_revision()
    assert [c.code for c in project.clients()] == ["OLD-3"]
    copy = project.last_backup  # taken before the upgrade, at the old revision, and encrypted
    project.close()
    assert copy is not None
    plain_sqlite_cannot_read(copy)
    assert read_with_sqlcipher(copy, SECRET, "SELECT version_num FROM alembic_version") == "0003"
    plain_sqlite_cannot_read(db)


def test_a_plain_database_opened_with_a_passphrase_is_refused_and_left_plain(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'plain.sqlite'}"
    Project(url).close()
    with pytest.raises(StorageError, match="this database is not encrypted — open it without a passphrase"):
        open_project(url, SECRET)
    assert (tmp_path / "plain.sqlite").read_bytes()[:16] == SQLITE_HEADER
    Project(url).close()  # and it still opens without one


def test_a_damaged_plain_file_is_still_called_corrupt_not_encrypted(tmp_path: Path) -> None:
    db = tmp_path / "broken.sqlite"
    db.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptDatabaseError):
        open_project(f"sqlite:///{db}", None)
    assert not encryption.is_encrypted(f"sqlite:///{db}")


def test_only_a_local_sqlite_file_can_be_encrypted() -> None:
    with pytest.raises(StorageError, match="only a local SQLite database file can be encrypted"):
        open_database("sqlite://", passphrase=SECRET)


# -- where the passphrase comes from ---------------------------------------------------------------------------


def test_passphrase_from_a_file_is_its_first_line_without_the_line_ending(tmp_path: Path) -> None:
    file = tmp_path / "key.txt"
    file.write_text("  spaced out  \r\nsecond line\n", encoding="utf-8")
    assert passphrase_from({"RUPTURETOOL_PASSPHRASE": "from env"}, file) == "  spaced out  "  # the file wins
    assert passphrase_from({"RUPTURETOOL_PASSPHRASE": "from env"}) == "from env"
    assert passphrase_from({}) is None
    file.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="the passphrase file is empty"):
        passphrase_from({}, file)
    with pytest.raises(InputError, match="cannot read the passphrase file"):
        passphrase_from({}, tmp_path / "missing.txt")
    with pytest.raises(InputError, match="RUPTURETOOL_PASSPHRASE is set but empty"):
        passphrase_from({"RUPTURETOOL_PASSPHRASE": ""})


# -- encrypt / decrypt / rekey commands ------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(list(args))
    out, err = capsys.readouterr()
    code = done.value.code
    return (code if isinstance(code, int) else 1), out, err


def key_file(tmp_path: Path, name: str, passphrase: str) -> str:
    file = tmp_path / name
    file.write_text(passphrase + "\n", encoding="utf-8")
    return str(file)


def test_encrypt_then_decrypt_round_trips_through_the_commands(capsys, tmp_path: Path, transcript: Path) -> None:
    url = f"sqlite:///{tmp_path / 'plain.sqlite'}"
    project = Project(url, coder="ann")
    project.import_transcript(transcript, "RIVER-07")
    found = sessions(project)
    project.close()
    secret = key_file(tmp_path, "key.txt", SECRET)

    encrypted_file = tmp_path / "enc.sqlite"
    code, out, err = run(capsys, "encrypt", "--db", url, "--out", str(encrypted_file), "--passphrase-file", secret)
    assert code == 0, err
    assert "encrypted copy written" in out
    plain_sqlite_cannot_read(encrypted_file)
    assert WORD not in encrypted_file.read_bytes()
    enc_url = f"sqlite:///{encrypted_file}"
    with pytest.raises(EncryptedDatabaseError):
        open_project(enc_url, None)
    reopened = open_project(enc_url, SECRET)
    assert sessions(reopened) == found
    reopened.close()
    cipher.forget_all()

    decrypted = tmp_path / "dec.sqlite"
    code, out, err = run(capsys, "decrypt", "--db", enc_url, "--out", str(decrypted), "--passphrase-file", secret)
    assert code == 0, err
    assert "NOT encrypted" in out
    assert decrypted.read_bytes()[:16] == SQLITE_HEADER
    plain = Project(f"sqlite:///{decrypted}", coder="ann")
    assert sessions(plain) == found
    plain.close()


def test_rekey_writes_a_copy_only_the_new_passphrase_opens(encrypted, capsys, tmp_path: Path) -> None:
    url, _db, found = encrypted
    old = key_file(tmp_path, "old.txt", SECRET)
    new = key_file(tmp_path, "new.txt", "another passphrase")
    out_file = tmp_path / "rekeyed.sqlite"
    code, _out, err = run(
        capsys, "rekey", "--db", url, "--out", str(out_file), "--passphrase-file", old, "--new-passphrase-file", new
    )
    assert code == 0, err
    with pytest.raises(EncryptedDatabaseError):
        open_project(f"sqlite:///{out_file}", SECRET)
    project = open_project(f"sqlite:///{out_file}", "another passphrase")
    assert sessions(project) == found
    project.close()


def test_command_errors_are_one_line_and_write_nothing(encrypted, capsys, tmp_path: Path) -> None:
    url, db, _found = encrypted
    wrong = key_file(tmp_path, "wrong.txt", "wrong")
    out_file = tmp_path / "out.sqlite"
    code, _out, err = run(capsys, "decrypt", "--db", url, "--out", str(out_file), "--passphrase-file", wrong)
    assert code == 1
    assert err.count("\n") == 1 and "wrong passphrase or not a database" in err
    code, _out, err = run(capsys, "encrypt", "--db", url, "--out", str(out_file), "--passphrase-file", wrong)
    assert code == 1 and "encrypted database" in err and err.count("\n") == 1
    code, _out, err = run(capsys, "decrypt", "--db", url, "--out", str(db), "--passphrase-file", wrong)
    assert code == 1 and "already exists" in err
    assert not out_file.exists() and not list(tmp_path.glob("*.part"))


def test_connections_use_a_key_derived_once_that_sqlcipher_accepts(encrypted) -> None:
    """SQLCipher would run its 256,000-round key derivation for every connection (one per transaction): the key is
    derived once per file, the way SQLCipher 4 does, and only used when it really opens the file."""
    _url, db, found = encrypted
    key = cipher.derived_key(db, SECRET)
    assert key is not None and key.startswith("x'") and len(key) == 67
    conn = cipher.sqlcipher().connect(str(db))
    try:
        conn.execute(f'PRAGMA key = "{key}"')
        assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == len(found)
    finally:
        conn.close()
    assert cipher.derived_key(db, "wrong") is None  # not accepted: the passphrase itself is used (and fails)
    assert cipher.derived_key(db.with_name("new.sqlite"), SECRET) is None  # no file yet, no salt
