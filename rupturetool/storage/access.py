"""Who sees which client, enforced by PostgreSQL itself: per-user login roles, group roles with table privileges,
and row-level security on every table that holds client data (docs/access-control.md).

- A login is mapped to one coder (``coders.db_role``). It sees a client when it is the client's therapist, a
  supervisor of that therapist, or granted the client (``client_grants``); an unmapped login sees nothing.
- One SECURITY DEFINER function, ``rupturetool_visible_clients()``, answers "which client ids may the login see"
  as an array; the policies call it as ``(SELECT ...)``, an init plan evaluated once per query, not once per row.
  Tables hanging off a session test ``session_id IN (SELECT id FROM sessions)``, which the server runs as one
  hashed sub-plan over the sessions the login sees (the sessions table's own policy applies inside).
- The database owner (who created the schema and runs ``install``) is the administrator: a policy of its own lets
  it see and change everything; it alone writes coders, supervisions and grants.

Identity is the login (``session_user``): ``SET ROLE`` does not change what a connection sees. SQLite has no
roles: every function here refuses it in one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from rupturetool.core.domain import CoderRole
from rupturetool.core.errors import InputError, NotFoundError, StorageError
from rupturetool.core.review import CONSENSUS
from rupturetool.storage.tables import AuditRow, ClientGrantRow, ClientRow, CoderRow, SupervisionRow

DEFAULT_PREFIX = "rupturetool"
GROUPS = tuple(str(r) for r in CoderRole)  # therapist, supervisor, researcher: one group role each
LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")  # lower case, so the quoted and unquoted names agree
SCRAM = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")

# How each client-data table reaches its client.
BY_CLIENT = {"sessions": "client_id", "client_speakers": "client_id", "client_grants": "client_id"}
BY_SESSION = (
    "speakers", "turns", "markers", "episodes", "session_measures", "slice_codes", "reviews", "comments",
    "assignments", "suggestion_decisions",
)  # fmt: skip
BY_TURN = ("segments", "cues")
BY_EPISODE = ("episode_markers", "stage_events", "strategy_events")
# What each group may change (everyone reads what their policies let through and appends to the audit trail).
TRANSCRIPT = ("sessions", "speakers", "turns", "segments", "cues", "client_speakers", "assignments")
CODING = (
    "markers", "episodes", "episode_markers", "stage_events", "strategy_events", "session_measures", "slice_codes",
    "reviews", "comments", "suggestion_decisions",
)  # fmt: skip
READ_ONLY = ("coders", "supervisions", "client_grants", "alembic_version", "audit_events")
WRITES = {"therapist": TRANSCRIPT + CODING, "supervisor": TRANSCRIPT + CODING, "researcher": CODING}

ME = "(SELECT rupturetool_my_coder())"
VISIBLE = "(SELECT rupturetool_visible_clients())::integer[]"  # the cast: an array, not a sub-query
SEEN_SESSION = "session_id IN (SELECT id FROM sessions)"
NO_ROLES = "SQLite has no logins or row-level security: a local file is one person's (encrypt it: docs/encryption.md)"


@dataclass(frozen=True)
class AccessUser:
    """A coder with what the database lets them see."""

    name: str
    role: str
    login: str | None
    clients: tuple[str, ...]  # codes of the clients the login sees
    supervisees: tuple[str, ...]


def _postgresql(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        raise StorageError(NO_ROLES)


@contextmanager
def _transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction; the server's refusals become one-line errors."""
    try:
        with engine.begin() as conn:
            _postgresql(conn)
            yield conn
    except SQLAlchemyError as exc:
        raise StorageError(f"the database refused: {_first_line(exc)}") from None


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _policies(table: str) -> tuple[str, str]:
    """(USING, WITH CHECK) of a table's policy for the group roles."""
    if table == "clients":
        own = f"therapist_id = {ME} OR id = ANY ({VISIBLE})"  # a new client is its therapist's before it is listed
        return own, own
    if table in BY_CLIENT:
        rule = f"{BY_CLIENT[table]} = ANY ({VISIBLE})"
        return rule, rule
    if table in BY_SESSION:
        return SEEN_SESSION, SEEN_SESSION
    if table in BY_TURN:  # per row through the turns' primary key: one session's segments need not scan every turn
        rule = f"EXISTS (SELECT 1 FROM turns t WHERE t.id = {table}.turn_id)"
        return rule, rule
    if table in BY_EPISODE:
        rule = "episode_id IN (SELECT id FROM episodes)"
        return rule, rule
    assert table == "audit_events"
    return (
        f"{SEEN_SESSION} OR (session_id IS NULL AND coder_id = {ME})",
        f"coder_id = {ME} AND (session_id IS NULL OR {SEEN_SESSION})",  # one's own events, about what one sees
    )


PROTECTED = ("clients", *BY_CLIENT, *BY_SESSION, *BY_TURN, *BY_EPISODE, "audit_events")


def _functions(schema: str, prefix: str) -> list[str]:
    pinned = f"SET search_path = {schema}, pg_temp"
    definer = f"LANGUAGE sql STABLE SECURITY DEFINER {pinned}"
    return [
        f"CREATE OR REPLACE FUNCTION rupturetool_access_prefix() RETURNS text LANGUAGE sql IMMUTABLE {pinned} "
        f"AS $$ SELECT '{prefix}'::text $$",
        f"CREATE OR REPLACE FUNCTION rupturetool_my_coder() RETURNS integer {definer} "
        "AS $$ SELECT id FROM coders WHERE db_role = session_user $$",
        f"CREATE OR REPLACE FUNCTION rupturetool_clients_of(integer) RETURNS integer[] {definer} AS $$ "
        "SELECT coalesce(array_agg(c.id ORDER BY c.id), '{}') FROM clients c "
        "WHERE c.therapist_id = $1 "
        "OR c.therapist_id IN (SELECT s.supervisee_id FROM supervisions s WHERE s.supervisor_id = $1) "
        "OR c.id IN (SELECT g.client_id FROM client_grants g WHERE g.coder_id = $1) $$",
        f"CREATE OR REPLACE FUNCTION rupturetool_visible_clients() RETURNS integer[] {definer} "
        "AS $$ SELECT rupturetool_clients_of(rupturetool_my_coder()) $$",
        # A client created by a therapist's login is that therapist's (the app's import does not say whose).
        f"CREATE OR REPLACE FUNCTION rupturetool_client_therapist() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$ "
        "BEGIN IF NEW.therapist_id IS NULL THEN NEW.therapist_id := rupturetool_my_coder(); END IF; "
        "RETURN NEW; END $$",
        "CREATE OR REPLACE TRIGGER rupturetool_client_therapist BEFORE INSERT ON clients "
        "FOR EACH ROW EXECUTE FUNCTION rupturetool_client_therapist()",
        # No one approves their own layer, whatever the client program does.
        f"CREATE OR REPLACE FUNCTION rupturetool_no_self_approval() RETURNS trigger LANGUAGE plpgsql {pinned} AS $$ "
        "BEGIN IF NEW.status = 'approved' "
        "AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'approved' OR OLD.coder_id <> NEW.coder_id) "
        "AND (NEW.coder_id = rupturetool_my_coder() OR NEW.reviewer_id = NEW.coder_id) THEN "
        "RAISE EXCEPTION 'no one may approve their own coding (session %)', NEW.session_id "
        "USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$",
        "CREATE OR REPLACE TRIGGER rupturetool_no_self_approval BEFORE INSERT OR UPDATE ON reviews "
        "FOR EACH ROW EXECUTE FUNCTION rupturetool_no_self_approval()",
    ]


def group_roles(prefix: str = DEFAULT_PREFIX) -> dict[str, str]:
    return {g: f"{prefix}_{g}" for g in GROUPS}


def install(engine: Engine, *, prefix: str = DEFAULT_PREFIX) -> None:
    """Set up (again: it is idempotent) group roles, privileges, functions, triggers and row-level security, in
    one transaction. Run it as the database owner (with CREATEROLE) or a superuser."""
    if not LOGIN_NAME.fullmatch(prefix + "_researcher"):
        raise InputError(f"role prefix {prefix!r}: use lower-case letters, digits and _")
    with _transaction(engine) as conn:
        q = lambda name: _q(conn, name)  # noqa: E731
        schema = q(conn.scalar(text("SELECT current_schema()")))
        found = "SELECT tableowner FROM pg_tables WHERE tablename = 'clients' AND schemaname = current_schema()"
        owner = q(conn.scalar(text(found)))
        groups = group_roles(prefix)
        for role in groups.values():
            exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
            if not exists:
                conn.execute(text(f"CREATE ROLE {q(role)} NOLOGIN"))
        for statement in _functions(schema, prefix):
            conn.execute(text(statement))
        members = ", ".join(q(r) for r in groups.values())
        conn.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {members}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA {schema} TO {members}"))
        conn.execute(text(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {members}"))
        conn.execute(text(f"GRANT SELECT ON {', '.join(dict.fromkeys(PROTECTED + READ_ONLY))} TO {members}"))
        conn.execute(text(f"GRANT INSERT ON audit_events TO {members}"))
        for name in ("my_coder", "visible_clients", "client_therapist", "no_self_approval", "clients_of"):
            conn.execute(text(f"REVOKE ALL ON FUNCTION rupturetool_{name} FROM PUBLIC"))
            conn.execute(text(f"ALTER FUNCTION rupturetool_{name} OWNER TO {owner}"))  # definers run as the owner
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION rupturetool_my_coder, rupturetool_visible_clients TO {members}"))
        for group, tables in WRITES.items():
            conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(tables)} TO {q(groups[group])}"))
        for group in ("therapist", "supervisor"):  # a new client can only be one's own (the policy); the admin
            new_client = "INSERT (code, attachment, therapist_id), UPDATE (attachment)"  # reassigns it
            conn.execute(text(f"GRANT {new_client} ON clients TO {q(groups[group])}"))
        for table in PROTECTED:
            using, check = _policies(table)
            conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
            conn.execute(text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))
            for policy in ("rupturetool_owner", "rupturetool_member"):
                conn.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
            conn.execute(text(f"CREATE POLICY rupturetool_owner ON {table} TO {owner} USING (true) WITH CHECK (true)"))
            conn.execute(
                text(f"CREATE POLICY rupturetool_member ON {table} TO {members} USING ({using}) WITH CHECK ({check})")
            )
        # The consensus layer is a coder row like any other; users cannot add coders, so it exists beforehand.
        if conn.scalar(select(CoderRow.id).where(CoderRow.name == CONSENSUS)) is None:
            conn.execute(insert(CoderRow).values(name=CONSENSUS, role=str(CoderRole.THERAPIST)))  # as the app would
        _audit(conn, "access", "database", None, f"row-level security installed (roles {prefix}_*)")


def installed_prefix(conn: Connection) -> str | None:
    """The group-role prefix ``install`` used on this database, or None when it was never run."""
    if conn.dialect.name != "postgresql":
        return None
    if conn.scalar(text("SELECT to_regproc('rupturetool_access_prefix')")) is None:
        return None
    return conn.scalar(text("SELECT rupturetool_access_prefix()"))


def _prefix(conn: Connection) -> str:
    _postgresql(conn)
    prefix = installed_prefix(conn)
    if prefix is None:
        raise StorageError("row-level security is not set up on this database: run `rupturetool admin init` first")
    return prefix


def login_coder(engine: Engine) -> str | None:
    """The coder the connection's PostgreSQL login is mapped to (None on SQLite, or for an unmapped login)."""
    if engine.dialect.name != "postgresql":
        return None
    try:
        with engine.connect() as conn:
            return conn.scalar(select(CoderRow.name).where(CoderRow.db_role == text("session_user")))
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot tell who this login codes as ({_first_line(exc)})") from None


def _audit(conn: Connection, action: str, entity: str, entity_id: int | None, detail: str) -> None:
    me = conn.scalar(select(CoderRow.id).where(CoderRow.db_role == text("session_user")))
    conn.execute(
        insert(AuditRow).values(
            action=action, entity=entity, entity_id=entity_id, coder_id=me, session_id=None, detail=detail
        )
    )


def _coder(conn: Connection, name: str) -> CoderRow:
    row = conn.execute(select(CoderRow).where(CoderRow.name == name)).first()
    if row is None:
        raise NotFoundError(f"no coder named {name!r} (add one with `rupturetool admin add-user`)")
    return row  # type: ignore[return-value]


def _client_id(conn: Connection, code: str) -> int:
    found = conn.scalar(select(ClientRow.id).where(ClientRow.code == code))
    if found is None:
        raise NotFoundError(f"no client {code!r}")
    return found


def _role_exists(conn: Connection, login: str) -> bool:
    return conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}) is not None


def add_user(engine: Engine, name: str, role: CoderRole, login: str, password: str | None) -> None:
    """A login for coder ``name`` (added when new) in ``role``'s group, mapped to the coder. The password is
    hashed here (SCRAM-SHA-256, as psql's \\password does), so it never reaches the server or its logs."""
    if not LOGIN_NAME.fullmatch(login):
        raise InputError(f"login {login!r}: use 1-63 lower-case letters, digits and _ (starting with a letter or _)")
    with _transaction(engine) as conn:
        groups = group_roles(_prefix(conn))
        if login in groups.values():
            raise InputError(f"{login!r} is a group role, not a login")
        mapped = conn.scalar(select(CoderRow.name).where(CoderRow.db_role == login))
        if mapped not in (None, name):
            raise InputError(f"login {login!r} is already {mapped!r}'s")
        row = conn.execute(select(CoderRow).where(CoderRow.name == name)).first()
        if row is not None and row.db_role not in (None, login):
            raise InputError(f"{name!r} already signs in as {row.db_role!r} (drop that login first)")
        verb = "ALTER" if _role_exists(conn, login) else "CREATE"
        # The hash has colons: escaped, text() would read them as bind parameters.
        secret = "" if password is None else f" PASSWORD '{_scram(conn, login, password)}'".replace(":", "\\:")
        conn.execute(text(f"{verb} ROLE {_q(conn, login)} LOGIN{secret}"))
        for group, group_role in groups.items():
            change = f"GRANT {_q(conn, group_role)} TO" if group == role else f"REVOKE {_q(conn, group_role)} FROM"
            conn.execute(text(f"{change} {_q(conn, login)}"))
        if row is None:
            conn.execute(insert(CoderRow).values(name=name, role=str(role), db_role=login))
        else:
            conn.execute(CoderRow.__table__.update().where(CoderRow.id == row.id).values(role=str(role), db_role=login))
        coder_id = _coder(conn, name).id
        _audit(conn, "access", "coder", coder_id, f"{name}: login {login} ({role})")


def _scram(conn: Connection, login: str, password: str) -> str:
    if not password or "\n" in password:
        raise InputError("a password must be one non-empty line")
    pgconn = conn.connection.dbapi_connection.pgconn  # type: ignore[union-attr]
    verifier = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    if not SCRAM.fullmatch(verifier):  # it goes into the statement as a literal: be sure what it is
        raise StorageError("the server library returned an unexpected password hash")
    return verifier


def drop_user(engine: Engine, login: str) -> str | None:
    """Drop a login; its coder (and everything they coded) stays, no longer mapped. Returns the coder's name."""
    with _transaction(engine) as conn:
        groups = group_roles(_prefix(conn))
        if login in groups.values() or not LOGIN_NAME.fullmatch(login):
            raise InputError(f"{login!r} is not a rupturetool login")
        name = conn.scalar(select(CoderRow.name).where(CoderRow.db_role == login))
        if name is None and not _role_exists(conn, login):
            raise NotFoundError(f"no login {login!r}")
        conn.execute(CoderRow.__table__.update().where(CoderRow.db_role == login).values(db_role=None))
        if _role_exists(conn, login):
            conn.execute(text(f"DROP OWNED BY {_q(conn, login)}"))
            conn.execute(text(f"DROP ROLE {_q(conn, login)}"))
        _audit(conn, "access", "coder", None, f"login {login} dropped ({name or 'unmapped'})")
        return name


def assign_therapist(engine: Engine, client_code: str, therapist: str) -> None:
    with _transaction(engine) as conn:
        _prefix(conn)
        client_id, coder = _client_id(conn, client_code), _coder(conn, therapist)
        conn.execute(ClientRow.__table__.update().where(ClientRow.id == client_id).values(therapist_id=coder.id))
        _audit(conn, "access", "client", client_id, f"{client_code}: therapist {therapist}")


def supervise(engine: Engine, supervisor: str, supervisee: str, *, stop: bool = False) -> None:
    """``supervisor`` sees ``supervisee``'s clients from now on (``stop``: no longer)."""
    with _transaction(engine) as conn:
        _prefix(conn)
        boss, coder = _coder(conn, supervisor), _coder(conn, supervisee)
        if boss.id == coder.id:
            raise InputError(f"{supervisor!r} cannot supervise themselves")
        link = (SupervisionRow.supervisor_id == boss.id) & (SupervisionRow.supervisee_id == coder.id)
        known = conn.execute(select(SupervisionRow).where(link)).first() is not None
        if stop and not known:
            raise NotFoundError(f"{supervisor!r} does not supervise {supervisee!r}")
        if stop:
            conn.execute(SupervisionRow.__table__.delete().where(link))
        elif not known:
            conn.execute(insert(SupervisionRow).values(supervisor_id=boss.id, supervisee_id=coder.id))
        what = "no longer supervises" if stop else "supervises"
        _audit(conn, "access", "coder", coder.id, f"{supervisor} {what} {supervisee}")


def grant(engine: Engine, client_code: str, coder_name: str, *, revoke: bool = False) -> None:
    """``coder_name`` sees the client from now on (``revoke``: no longer, unless as its therapist or supervisor)."""
    with _transaction(engine) as conn:
        _prefix(conn)
        client_id, coder = _client_id(conn, client_code), _coder(conn, coder_name)
        match = (ClientGrantRow.client_id == client_id) & (ClientGrantRow.coder_id == coder.id)
        known = conn.execute(select(ClientGrantRow.client_id).where(match)).first() is not None
        if revoke and not known:
            raise NotFoundError(f"{coder_name!r} has no grant on client {client_code!r}")
        if revoke:
            conn.execute(ClientGrantRow.__table__.delete().where(match))
        elif not known:
            by = conn.scalar(select(CoderRow.id).where(CoderRow.db_role == text("session_user")))
            conn.execute(insert(ClientGrantRow).values(client_id=client_id, coder_id=coder.id, granted_by_id=by))
        _audit(conn, "access", "client", client_id, f"{client_code}: {'revoked from' if revoke else 'granted to'} "
               f"{coder_name}")  # fmt: skip


def users(engine: Engine) -> list[AccessUser]:
    """Every coder, their login and the clients the database lets them see (as the policies compute it)."""
    with _transaction(engine) as conn:
        _prefix(conn)
        codes = dict(conn.execute(select(ClientRow.id, ClientRow.code)).all())
        names = dict(conn.execute(select(CoderRow.id, CoderRow.name)).all())
        supervised: dict[int, list[str]] = {}
        for boss, coder in conn.execute(select(SupervisionRow.supervisor_id, SupervisionRow.supervisee_id)):
            supervised.setdefault(boss, []).append(names[coder])
        found = []
        for row in conn.execute(select(CoderRow).order_by(CoderRow.name)).all():
            seen = conn.scalar(text("SELECT rupturetool_clients_of(:c)"), {"c": row.id}) or []
            found.append(
                AccessUser(
                    row.name,
                    row.role,
                    row.db_role,
                    tuple(sorted(codes[i] for i in seen)),
                    tuple(sorted(supervised.get(row.id, []))),
                )
            )
        return found


def drop_group_roles(engine: Engine, prefix: str) -> None:
    """Drop the group roles of ``prefix`` (for tests and uninstalling: the databases using them must be gone)."""
    with _transaction(engine) as conn:
        for role in group_roles(prefix).values():
            if _role_exists(conn, role):
                conn.execute(text(f"DROP OWNED BY {_q(conn, role)}"))
                conn.execute(text(f"DROP ROLE {_q(conn, role)}"))
