"""``rupturetool review|comments|assign|coders``, run in-process: a supervisor's walk through one session, blind
status shown per layer, and one-line errors with exit status 1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rupturetool.cli.main import main
from rupturetool.services.project import Project


class Cli:
    def __init__(self, capsys: pytest.CaptureFixture[str], db: str) -> None:
        self.capsys, self.db = capsys, db

    def __call__(self, coder: str, *args: str) -> tuple[int, str, str]:
        with pytest.raises(SystemExit) as done:
            main(["--db", self.db, "--coder", coder, *args])
        out, err = self.capsys.readouterr()
        code = done.value.code
        return (code if isinstance(code, int) else 1), out, err

    def ok(self, coder: str, *args: str) -> str:
        code, out, err = self(coder, *args)
        assert code == 0, err
        return out

    def json(self, coder: str, *args: str) -> Any:
        return json.loads(self.ok(coder, *args, "--json"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], sqlite_url: str, transcript: Path) -> Cli:
    ann = Project(sqlite_url, coder="ann")
    sid = ann.import_transcript(transcript, "RIVER-07").session.id
    ann.add_marker(ann.new_marker(sid, 1, "W1", segment_index=0))
    ann.close()
    return Cli(capsys, sqlite_url)


def test_a_supervisor_walks_a_session_through_review(cli: Cli) -> None:
    assert "sue: supervisor" in cli.ok("sue", "coders", "role", "sue", "supervisor")
    assert {c["name"]: c["role"] for c in cli.json("sue", "coders", "list")["coders"]} == {
        "ann": "therapist",
        "sue": "supervisor",
    }
    assert cli.ok("sue", "review", "queue") == "nothing awaits your review\n"
    assert cli.ok("ann", "review", "submit", "1") == "session 1, ann: submitted\n"
    [item] = cli.json("sue", "review", "queue")["queue"]
    assert (item["session"], item["coder"], item["client"], item["status"]) == (1, "ann", "RIVER-07", "submitted")

    cli.ok("sue", "comments", "add", "1", "Is turn 1 really W1?", "--turn", "1")
    cli.ok("ann", "comments", "add", "1", "Yes, a minimal response", "--reply-to", "1")
    out = cli.ok("sue", "review", "request-changes", "1", "ann", "--reason", "see comment 1")
    assert out == "session 1, ann: changes requested by sue: see comment 1\n"
    [thread] = cli.json("ann", "comments", "list", "1")["threads"]
    assert (thread["text"], thread["position"], [r["author"] for r in thread["replies"]]) == (
        "Is turn 1 really W1?",
        1,
        ["ann"],
    )
    assert cli.ok("ann", "comments", "resolve", "2") == "comment 2: resolved\n"
    assert "(resolved)" in cli.ok("sue", "comments", "list", "1")

    cli.ok("ann", "review", "submit", "1")
    assert cli.ok("sue", "review", "approve", "1", "ann") == "session 1, ann: approved by sue\n"
    layers = {layer["coder"]: layer for layer in cli.json("sue", "review", "status", "1")["layers"]}
    assert (layers["ann"]["status"], layers["ann"]["reviewer"]) == ("approved", "sue")


def test_assign_blind_shows_hidden_layers_to_the_assignee(cli: Cli) -> None:
    cli.ok("sue", "coders", "role", "sue", "supervisor")
    assert cli.ok("sue", "assign", "1", "--coder", "bob", "--blind") == "session 1: assigned to bob blind\n"
    layers = {layer["coder"]: layer for layer in cli.json("bob", "review", "status", "1")["layers"]}
    assert layers["ann"]["hidden_from_you"] and not layers["bob"]["hidden_from_you"]
    assert layers["bob"]["assigned"] and layers["bob"]["blind"]
    assert "hidden from you until you submit" in cli.ok("bob", "review", "status", "1")
    cli.ok("bob", "review", "submit", "1")
    layers = {layer["coder"]: layer for layer in cli.json("bob", "review", "status", "1")["layers"]}
    assert not layers["ann"]["hidden_from_you"]
    assert cli.ok("sue", "assign", "1", "--coder", "bob", "--remove") == "session 1: no longer assigned to bob\n"


@pytest.mark.parametrize(
    ("coder", "args", "message"),
    [
        ("ann", ["review", "queue"], "the review queue is a supervisor's; ann is a therapist"),
        ("ann", ["review", "approve", "1", "ann"], "cannot approve ann's coding of session 1: it is draft"),
        ("ann", ["assign", "1", "--coder", "bob"], "only a supervisor or researcher can assign sessions"),
        ("ann", ["coders", "role", "bob", "boss"], "unknown coder role 'boss'"),
        ("ann", ["comments", "resolve", "99"], "no comment with id 99"),
        ("ann", ["review", "submit", "42"], "no session with id 42"),
    ],
)
def test_errors_are_one_line_with_status_1(cli: Cli, coder: str, args: list[str], message: str) -> None:
    code, out, err = cli(coder, *args)
    assert code == 1 and out == ""
    assert err.startswith(f"rupturetool: {message}") and err.count("\n") == 1
