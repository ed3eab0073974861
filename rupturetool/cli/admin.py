"""``rupturetool admin``: who sees what on a shared PostgreSQL database, enforced by the server (row-level
security, one login per coder; see docs/access-control.md). Run these as the database's owner."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from rupturetool.cli.main import _print_json, _state, app
from rupturetool.core.errors import InputError

admin_app = typer.Typer(
    help="Who sees what on a shared PostgreSQL database: set up roles and row-level security, add users, "
    "assign therapists, supervisions and grants.",
    rich_markup_mode=None,
    no_args_is_help=True,
)
app.add_typer(admin_app, name="admin")

DbUrl = Annotated[
    str | None,
    typer.Option("--db", envvar="RUPTURETOOL_DB", help="The PostgreSQL database, as its owner (default: --db)."),
]


def _url(db: str | None) -> str:
    from rupturetool.services import paths

    return db or _state.get("db") or paths.default_database_url()


def _password(file: Path | None, none: bool) -> str | None:
    """From the file, or typed without echo at a terminal: never on the command line."""
    from rupturetool.services.access import password_from_file

    if none:
        return None
    if file is not None:
        return password_from_file(file)
    if not sys.stdin.isatty():
        raise InputError("no password: give --password-file FILE (or --no-password for certificate/peer logins)")
    return str(typer.prompt("Password for the new login", hide_input=True, confirmation_prompt=True))


@admin_app.command("init")
def init_cmd(
    db: DbUrl = None,
    prefix: Annotated[str, typer.Option("--prefix", help="Names of the group roles: PREFIX_therapist...")] = (
        "rupturetool"
    ),
) -> None:
    """Set up group roles, privileges, row-level security and triggers (idempotent: run again after upgrades)."""
    from rupturetool.services.access import init

    init(_url(db), prefix=prefix)
    typer.echo(f"row-level security is on: roles {prefix}_therapist, {prefix}_supervisor, {prefix}_researcher")


@admin_app.command("add-user")
def add_user_cmd(
    name: Annotated[str, typer.Argument(help="The coder's name, as the app shows it.")],
    role: Annotated[str, typer.Option("--role", help="therapist, supervisor or researcher.")],
    login: Annotated[str | None, typer.Option("--login", help="The PostgreSQL login (default: from the name).")] = None,
    password_file: Annotated[
        Path | None, typer.Option("--password-file", help="The password is this file's first line (else asked).")
    ] = None,
    no_password: Annotated[
        bool, typer.Option("--no-password", help="No password (the login authenticates otherwise).")
    ] = False,
    db: DbUrl = None,
) -> None:
    """Create a login for a coder (added when new) and map it: what the login sees follows the coder."""
    from rupturetool.services.access import add_user

    made = add_user(_url(db), name, role, login=login, password=_password(password_file, no_password))
    typer.echo(f"{name}: login {made} ({role})")


@admin_app.command("drop-user")
def drop_user_cmd(login: Annotated[str, typer.Argument(help="The login to drop.")], db: DbUrl = None) -> None:
    """Drop a login; the coder and their codes stay (no longer reachable by that login)."""
    from rupturetool.services.access import drop_user

    name = drop_user(_url(db), login)
    typer.echo(f"login {login} dropped" + (f" ({name}'s codes are kept)" if name else ""))


@admin_app.command("assign")
def assign_cmd(
    client: Annotated[str, typer.Argument(help="The client code.")],
    therapist: Annotated[str, typer.Argument(help="The coder who is the client's therapist.")],
    db: DbUrl = None,
) -> None:
    """Make a coder the client's therapist (they, and their supervisors, see the client)."""
    from rupturetool.services.access import assign

    assign(_url(db), client, therapist)
    typer.echo(f"{client}: therapist {therapist}")


@admin_app.command("supervise")
def supervise_cmd(
    supervisor: Annotated[str, typer.Argument(help="The supervisor.")],
    supervisee: Annotated[str, typer.Argument(help="The therapist they supervise.")],
    stop: Annotated[bool, typer.Option("--stop", help="End the supervision.")] = False,
    db: DbUrl = None,
) -> None:
    """Let a supervisor see a supervisee's clients (or, with --stop, no longer)."""
    from rupturetool.services.access import supervise

    supervise(_url(db), supervisor, supervisee, stop=stop)
    typer.echo(f"{supervisor} {'no longer supervises' if stop else 'supervises'} {supervisee}")


@admin_app.command("grant")
def grant_cmd(
    client: Annotated[str, typer.Argument(help="The client code.")],
    coder: Annotated[str, typer.Argument(help="Who may see it (e.g. a researcher).")],
    db: DbUrl = None,
) -> None:
    """Let a coder see one client (a researcher, a second coder)."""
    from rupturetool.services.access import grant

    grant(_url(db), client, coder)
    typer.echo(f"{client}: granted to {coder}")


@admin_app.command("revoke")
def revoke_cmd(
    client: Annotated[str, typer.Argument(help="The client code.")],
    coder: Annotated[str, typer.Argument(help="Whose grant to take back.")],
    db: DbUrl = None,
) -> None:
    """Take a grant back (the therapist and their supervisors keep seeing the client)."""
    from rupturetool.services.access import grant

    grant(_url(db), client, coder, revoke=True)
    typer.echo(f"{client}: no longer granted to {coder}")


@admin_app.command("users")
def users_cmd(
    db: DbUrl = None, as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False
) -> None:
    """Every coder, their login and role, whom they supervise and which clients the database lets them see."""
    from rupturetool.services.access import users

    found = users(_url(db))
    if as_json:
        _print_json([{**u.__dict__, "clients": list(u.clients), "supervisees": list(u.supervisees)} for u in found])
        return
    for u in found:
        sees = ", ".join(u.clients) or "no clients"
        supervises = f"; supervises {', '.join(u.supervisees)}" if u.supervisees else ""
        typer.echo(f"{u.name:<20} {u.role:<11} {u.login or '(no login)':<20} sees {sees}{supervises}")
