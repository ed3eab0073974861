"""Supervision commands: ``review``, ``comments``, ``assign`` and ``coders``.

Registered on the main app by importing this module from ``rupturetool.cli.main``. Turn numbers are the indexes
``rupturetool show`` prints. Who acts is the coder (``--coder`` or ``RUPTURETOOL_CODER``), with their role.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from rupturetool.cli.main import _print_json, _project, app
from rupturetool.core.domain import Comment, CommentThread, Review, ReviewStatus

review_app = typer.Typer(
    help="Review status of coded sessions: submit, approve, request changes.", rich_markup_mode=None
)
comments_app = typer.Typer(help="Comments on a session, its turns, markers and episodes.", rich_markup_mode=None)
coders_app = typer.Typer(help="Coders and their roles (therapist, supervisor, researcher).", rich_markup_mode=None)
app.add_typer(review_app, name="review")
app.add_typer(comments_app, name="comments")
app.add_typer(coders_app, name="coders")

SessionArg = Annotated[int, typer.Argument(help="Session id (see `rupturetool sessions`).")]
CoderArg = Annotated[str, typer.Argument(help="Whose coding (layer) of the session.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
LayerOption = Annotated[
    bool, typer.Option("--consensus", help="The consensus layer instead of your own (a supervisor or researcher).")
]


def _review_json(review: Review) -> dict[str, Any]:
    return {
        "session": review.session_id,
        "coder": review.coder,
        "status": str(review.status),
        "reason": review.reason,
        "reviewer": review.reviewer,
        "updated_at": review.updated_at.isoformat() if review.updated_at else None,
    }


def _describe(review: Review) -> str:
    status = str(review.status).replace("_", " ")
    decided = review.status in (ReviewStatus.APPROVED, ReviewStatus.CHANGES_REQUESTED)
    by = f" by {review.reviewer}" if review.reviewer and decided else ""
    if review.reason and review.status == ReviewStatus.CHANGES_REQUESTED:
        reason = f": {review.reason}"
    elif review.reason:
        reason = f" (changes asked for by {review.reviewer}: {review.reason})"
    else:
        reason = ""
    return f"session {review.session_id}, {review.coder}: {status}{by}{reason}"


def _layered(consensus: bool):
    project = _project()
    if consensus:
        from rupturetool.core.review import CONSENSUS

        project.use_layer(CONSENSUS)
    return project


# -- review --------------------------------------------------------------------------------------------------------


@review_app.command("submit")
def submit_cmd(session_id: SessionArg, consensus: LayerOption = False) -> None:
    """Submit your coding of a session for review."""
    project = _layered(consensus)
    project.submit(session_id)
    typer.echo(_describe(project.review(session_id)))


@review_app.command("reopen")
def reopen_cmd(session_id: SessionArg, consensus: LayerOption = False) -> None:
    """Take your submitted (or sent back) coding back to draft."""
    project = _layered(consensus)
    project.reopen(session_id)
    typer.echo(_describe(project.review(session_id)))


@review_app.command("approve")
def approve_cmd(session_id: SessionArg, coder: CoderArg) -> None:
    """Approve a coder's submitted coding of a session (supervisors)."""
    project = _project()
    project.approve(session_id, coder)
    typer.echo(_describe(project.review(session_id, coder)))


@review_app.command("request-changes")
def request_changes_cmd(
    session_id: SessionArg,
    coder: CoderArg,
    reason: Annotated[str, typer.Option("--reason", help="What should change (required).")],
) -> None:
    """Send a coder's coding of a session back with a reason (supervisors)."""
    project = _project()
    project.request_changes(session_id, coder, reason)
    typer.echo(_describe(project.review(session_id, coder)))


@review_app.command("status")
def status_cmd(session_id: SessionArg, as_json: JsonOption = False) -> None:
    """Every layer of a session: its review status, assignment, and whether you may see it."""
    project = _project()
    project.session(session_id)  # a one-line error for a wrong id
    reviews = {r.coder: r for r in project.reviews(session_id)}
    assignments = {a.coder: a for a in project.assignments(session_id)}
    visible = project.visible_coders(session_id)
    coded = {m.coder for m in project.repo.markers(session_id)} | {e.coder for e in project.repo.episodes(session_id)}
    layers = []
    for coder in sorted(coded | set(reviews) | set(assignments) | {project.coder}):
        review = reviews.get(coder) or Review(session_id, coder)
        assignment = assignments.get(coder)
        layers.append(
            {
                **_review_json(review),
                "assigned": assignment is not None,
                "blind": bool(assignment and assignment.blind),
                "hidden_from_you": visible is not None and coder not in visible,
            }
        )
    if as_json:
        _print_json({"session": session_id, "you": project.coder, "layers": layers})
        return
    for layer in layers:
        notes = []
        if layer["assigned"]:
            notes.append("assigned blind" if layer["blind"] else "assigned")
        if layer["hidden_from_you"]:
            notes.append("hidden from you until you submit")
        extra = f" ({', '.join(notes)})" if notes else ""
        typer.echo(_describe(reviews.get(layer["coder"]) or Review(session_id, layer["coder"])) + extra)


@review_app.command("queue")
def queue_cmd(as_json: JsonOption = False) -> None:
    """Submitted sessions awaiting you (supervisors), oldest first."""
    items = _project().review_queue()
    data = [
        {
            **_review_json(item.review),
            "client": item.client_code,
            "date": item.session_date.isoformat() if item.session_date else None,
            "number": item.session_number,
        }
        for item in items
    ]
    if as_json:
        _print_json({"queue": data})
        return
    if not data:
        typer.echo("nothing awaits your review")
    for d in data:
        typer.echo(f"session {d['session']:>5}  {d['client']:<14} {d['date'] or '-':<10} {d['coder']}")


# -- comments ------------------------------------------------------------------------------------------------------


def _comment_json(comment: Comment) -> dict[str, Any]:
    return {
        "id": comment.id,
        "author": comment.author,
        "text": comment.text,
        "turn_index": comment.turn_index,
        "marker_id": comment.marker_id,
        "episode_id": comment.episode_id,
        "resolved": comment.resolved,
        "created_at": comment.created_at.isoformat() if comment.created_at else None,
    }


def _thread_json(thread: CommentThread) -> dict[str, Any]:
    return {
        **_comment_json(thread.comment),
        "position": thread.turn_index,
        "replies": [_comment_json(r) for r in thread.replies],
    }


def _anchor(comment: Comment) -> str:
    if comment.marker_id is not None:
        return f"marker {comment.marker_id}"
    if comment.episode_id is not None:
        return f"episode {comment.episode_id}"
    if comment.turn_index is not None:
        return f"turn [{comment.turn_index}]"
    return "session"


@comments_app.command("list")
def comments_list(session_id: SessionArg, as_json: JsonOption = False) -> None:
    """A session's comment threads in transcript order."""
    threads = _project().comments(session_id)
    if as_json:
        _print_json({"session": session_id, "threads": [_thread_json(t) for t in threads]})
        return
    if not threads:
        typer.echo(f"session {session_id} has no comments")
    for thread in threads:
        c = thread.comment
        done = " (resolved)" if c.resolved else ""
        typer.echo(f"#{c.id} on {_anchor(c)}{done} — {c.author}: {c.text}")
        for r in thread.replies:
            typer.echo(f"    #{r.id} {r.author}: {r.text}")


@comments_app.command("add")
def comments_add(
    session_id: SessionArg,
    text: Annotated[str, typer.Argument(help="The comment.")],
    turn: Annotated[int | None, typer.Option("--turn", help="On this turn (the index `show` prints).")] = None,
    marker: Annotated[int | None, typer.Option("--marker", help="On this marker id.")] = None,
    episode: Annotated[int | None, typer.Option("--episode", help="On this episode id.")] = None,
    reply_to: Annotated[int | None, typer.Option("--reply-to", help="Answer this comment instead.")] = None,
) -> None:
    """Comment on a session, or on one of its turns, markers or episodes; or reply to a comment."""
    project = _project()
    if reply_to is not None:
        if any(a is not None for a in (turn, marker, episode)):
            raise typer.BadParameter("a reply belongs to its thread: give --reply-to alone")
        change = project.reply(reply_to, text)
    else:
        change = project.add_comment(session_id, text, turn_index=turn, marker_id=marker, episode_id=episode)
    typer.echo(f"comment {getattr(change, 'comment_id', None)} added to session {session_id}")


@comments_app.command("resolve")
def comments_resolve(
    comment_id: Annotated[int, typer.Argument(help="The comment (its thread is resolved).")],
    reopen: Annotated[bool, typer.Option("--reopen", help="Mark the thread unresolved again.")] = False,
) -> None:
    """Mark a comment thread resolved (or, with --reopen, open again)."""
    _project().resolve_comment(comment_id, resolved=not reopen)
    typer.echo(f"comment {comment_id}: {'open' if reopen else 'resolved'}")


# -- assignments and coders ------------------------------------------------------------------------------------------


@app.command("assign")
def assign_cmd(
    session_id: SessionArg,
    coder: Annotated[str, typer.Option("--coder", help="The coder to give the session to.")],
    blind: Annotated[bool, typer.Option("--blind", help="Hide others' codes from them until they submit.")] = False,
    remove: Annotated[bool, typer.Option("--remove", help="Withdraw the assignment.")] = False,
) -> None:
    """Assign a session to a (second) coder, blind or not (supervisors and researchers).

    The global --coder (before the command) says who you are; this --coder names the assignee.
    """
    project = _project()
    if remove:
        project.unassign(session_id, coder)
        typer.echo(f"session {session_id}: no longer assigned to {coder}")
        return
    project.assign_second_coder(session_id, coder, blind=blind)
    typer.echo(f"session {session_id}: assigned to {coder}{' blind' if blind else ''}")


@coders_app.command("list")
def coders_list(as_json: JsonOption = False) -> None:
    """Every coder and their role."""
    coders = _project().coders()
    if as_json:
        _print_json({"coders": [{"name": c.name, "role": str(c.role)} for c in coders]})
        return
    for c in coders:
        typer.echo(f"{c.name:<24} {c.role}")


@coders_app.command("role")
def coders_role(
    name: Annotated[str, typer.Argument(help="The coder.")],
    role: Annotated[str, typer.Argument(help="therapist, supervisor or researcher.")],
) -> None:
    """Set a coder's role (a coder not yet known is added)."""
    project = _project()
    project.set_coder_role(name, role)
    typer.echo(f"{name}: {role}")
