"""Run by test_crash_kill (Qt-free): import transcripts or code a session through ``Project``, saying ACK after each
action returns, until the test kills it with SIGKILL. Every line goes out flushed, so a line on stdout means the
action had returned.

Usage: ``python crash_worker.py import|code``. The worker loads Python, the app and (for import) spaCy once, says
``WARM``, then forks one child per order it reads on stdin, one JSON line: ``{"url": ..., "jobs": [[file, client],
...]}`` for import (imported in that order), ``{"url": ..., "session": id, "seed": n, "token": "r1"}`` for coding.
It says ``CHILD <pid>`` for each; the child opens the database itself and works until it is killed (it never ends
on its own unless it fails); then the worker says an empty line and ``ENDED <pid> signal <n>`` (or ``exit <code>``).
A fork server: a round costs the test a fork, not a Python start and a spaCy load.

Import lines: ``READY``; ``BEGIN <file>``; ``WRITE <file>`` (its transaction's first INSERT); ``COMMIT <file>`` (just
before the driver commits it); ``ACK <file> <client> <session ids>`` after the import returned; ``DUP <file> <client>``
when the database already had it; ``DONE``.

Code lines: ``READY``; then per action ``BEGIN {json}`` and, once it returned, ``ACK {json}``. The JSON holds the
action's ``seq``, ``op`` and ``key`` (marker/episode/comment id, note token...), ``effects`` (what it changes in the
session's :func:`snapshot`: kind -> key -> new value, None for gone; key "new" for an object whose id is not known
yet) and, in the ACK, ``audit`` (the entity and id its audit event must name).
"""

from __future__ import annotations

import copy
import json
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from sqlalchemy import event

from rupturetool.core.errors import InputError
from rupturetool.core.measures import MEASURES
from rupturetool.services.importing import ImportRequest, preview
from rupturetool.services.project import Project

Model = dict[str, dict[str, Any]]
KINDS = ("markers", "episodes", "measures", "comments")


def say(*parts: object) -> None:
    """One line, in one write: a kill may cut the line short (the test then drops it), but never mixes it with
    another."""
    data = (" ".join(map(str, parts)) + "\n").encode()
    while data:
        data = data[os.write(1, data) :]


# -- what a session holds, as the app shows it --------------------------------------------------------------------


def snapshot(project: Project, session_id: int) -> Model:
    """The session's live coding as plain JSON-able data: what the worker expects and the test compares."""
    return {
        "markers": {
            str(m.id): [m.subtype, m.significance, m.note, m.turn_index, m.start_char, m.end_char]
            for m in project.markers(session_id)
        },
        "episodes": {
            str(e.id): {
                "family": str(e.family),
                "markers": sorted(e.marker_ids),
                "stages": {str(s.stage): s.turn_index for s in e.stages},
                "strategies": sorted([s.code, s.turn_index] for s in e.strategies),
            }
            for e in project.episodes(session_id)
        },
        "measures": {m.name: m.value for m in project.measures(session_id)},
        "comments": {str(t.comment.id): t.comment.text for t in project.comments(session_id)},
    }


def diff(before: Model, after: Model) -> Model:
    """What changed, kind -> key -> new value (None: gone); kinds without a change are left out."""
    out: Model = {}
    for kind in KINDS:
        keys = before[kind].keys() | after[kind].keys()
        changed = {key: after[kind].get(key) for key in keys if before[kind].get(key) != after[kind].get(key)}
        if changed:
            out[kind] = changed
    return out


def apply_effects(model: Model, effects: Model) -> Model:
    out = copy.deepcopy(model)
    for kind, changes in effects.items():
        for key, value in changes.items():
            if value is None:
                out[kind].pop(key, None)
            else:
                out[kind][key] = value
    return out


# -- import ------------------------------------------------------------------------------------------------------


def run_import(url: str, jobs: list[list[str]]) -> None:
    project = Project(url, coder="tester")
    current: dict[str, Any] = {"file": None, "wrote": False}

    @event.listens_for(project.engine, "before_cursor_execute")
    def _first_insert(_conn, _cursor, statement: str, *_args) -> None:
        if current["file"] and not current["wrote"] and statement.lstrip()[:6].upper() == "INSERT":
            current["wrote"] = True
            say("WRITE", current["file"])

    @event.listens_for(project.engine, "commit")
    def _committing(_conn) -> None:  # called just before the driver's COMMIT
        if current["file"] and current["wrote"]:
            say("COMMIT", current["file"])

    say("READY")
    for file, client in jobs:
        name = Path(file).name
        say("BEGIN", name)
        current.update(file=name, wrote=False)
        try:
            results = project.import_file(Path(file), ImportRequest(client=client))
        except InputError as exc:
            if "already imported" not in str(exc):
                raise
            say("DUP", name, client)
            continue
        finally:
            current["file"] = None
        say("ACK", name, client, ",".join(str(r.session.id) for r in results))
    say("DONE")


# -- coding ------------------------------------------------------------------------------------------------------


class Coder:
    """A stream of random coding actions; ``model`` is what the session must hold after the last one returned
    (episodes keep every marker they link, as the store does; the snapshot shows only the live ones)."""

    def __init__(self, project: Project, session_id: int, seed: int, token: str) -> None:
        self.project, self.sid, self.token = project, session_id, token
        self.rng = random.Random(seed)
        self.seq = 0
        self.turns = [(t.index, len(t.segments)) for t in project.session(session_id).turns if t.segments]
        self.model = snapshot(project, session_id)
        for episode in self.model["episodes"].values():  # the live links; links to deleted markers stay unknown
            episode["links"] = list(episode["markers"])
        self.done: list[tuple[Model, Model, list[Any]]] = []  # (before, after, audit) per action on the history
        self.undone: list[tuple[Model, Model, list[Any]]] = []

    # The snapshot's view of the model: an episode shows its live markers only.
    def view(self, model: Model) -> Model:
        out = copy.deepcopy(model)
        for episode in out["episodes"].values():
            episode["markers"] = sorted(m for m in episode.pop("links") if str(m) in model["markers"])
        return out

    def note(self) -> str:
        return f"{self.token}-{self.seq}"

    def free_markers(self) -> list[str]:
        linked = {str(m) for e in self.model["episodes"].values() for m in e["links"]}
        return [k for k in self.model["markers"] if k not in linked]

    def choices(self) -> list[tuple[str, int]]:
        m, e = self.model["markers"], self.model["episodes"]
        options = [("add_marker", 30), ("set_measure", 8), ("add_comment", 6)]
        options += [("edit_marker", 12), ("delete_marker", 8)] if m else []
        options += [("create_episode", 10)] if self.free_markers() else []
        options += [("set_stage", 8), ("add_strategy", 4), ("delete_episode", 4)] if e else []
        options += [("undo", 12)] if self.done else []
        options += [("redo", 8)] if self.undone else []
        return options

    def step(self) -> None:
        self.seq += 1
        options = self.choices()
        op = self.rng.choices([o for o, _ in options], [w for _, w in options])[0]
        before = self.model
        after, key, run = getattr(self, op)()
        say(
            "BEGIN",
            json.dumps({"seq": self.seq, "op": op, "key": key, "effects": diff(self.view(before), self.view(after))}),
        )
        audit = run()  # the app's call; returns [entity, id] its audit event names (a new object's id included)
        for kind in KINDS:
            if "new" in after[kind]:
                after[kind][str(audit[1])] = after[kind].pop("new")
        if op == "undo":
            self.undone.append(self.done.pop())
        elif op == "redo":
            self.done.append(self.undone.pop())
        else:
            self.done.append((before, after, audit))
            self.undone.clear()
        self.model = after
        effects = diff(self.view(before), self.view(after))
        say("ACK", json.dumps({"seq": self.seq, "op": op, "key": key, "effects": effects, "audit": audit}))

    # Each action: the model after it, its key, and a callable doing it through the app.
    def add_marker(self):
        turn, segments = self.rng.choice(self.turns)
        segment = self.rng.randrange(segments)
        subtype = self.rng.choice(["W1", "W2", "W3", "W5", "C1", "C2", "C4"])
        significance, note = self.rng.randint(1, 5), self.note()
        marker = self.project.new_marker(
            self.sid, turn, subtype, segment_index=segment, significance=significance, note=note
        )
        after = copy.deepcopy(self.model)
        after["markers"]["new"] = [subtype, significance, note, turn, marker.start_char, marker.end_char]

        def run() -> list[Any]:
            self.project.add_marker(marker)
            [stored] = [m for m in self.project.markers(self.sid) if m.note == note]
            return ["marker", stored.id]

        return after, note, run

    def edit_marker(self):
        key = self.rng.choice(sorted(self.model["markers"]))
        old = self.model["markers"][key]
        significance = self.rng.choice([s for s in range(1, 6) if s != old[1]])
        note = self.note()
        after = copy.deepcopy(self.model)
        after["markers"][key] = [old[0], significance, note, *old[3:]]

        def run() -> list[Any]:
            self.project.edit_marker(int(key), significance=significance, note=note)
            return ["marker", int(key)]

        return after, f"{key}:{note}", run

    def delete_marker(self):
        key = self.rng.choice(sorted(self.model["markers"]))
        after = copy.deepcopy(self.model)
        del after["markers"][key]

        def run() -> list[Any]:
            [marker] = [m for m in self.project.markers(self.sid) if m.id == int(key)]
            self.project.remove_marker(marker)
            return ["marker", int(key)]

        return after, key, run

    def create_episode(self):
        free = self.free_markers()
        family = self.model["markers"][self.rng.choice(free)][0][0]
        same = [k for k in free if self.model["markers"][k][0][0] == family]
        chosen = sorted(self.rng.sample(same, min(len(same), self.rng.randint(1, 2))), key=int)
        after = copy.deepcopy(self.model)
        name = "withdrawal" if family == "W" else "confrontation"
        after["episodes"]["new"] = {
            "family": name,
            "markers": [],
            "links": [int(k) for k in chosen],
            "stages": {},
            "strategies": [],
        }

        def run() -> list[Any]:
            known = set(self.model["episodes"])
            self.project.create_episode(self.sid, [int(k) for k in chosen])
            [new] = [e.id for e in self.project.episodes(self.sid) if str(e.id) not in known]
            return ["episode", new]

        return after, ",".join(chosen), run

    def set_stage(self):
        key = self.rng.choice(sorted(self.model["episodes"]))
        stage = self.rng.randint(1, 4)
        current = self.model["episodes"][key]["stages"].get(str(stage))
        turn = self.rng.choice([t for t, _ in self.turns if t != current])
        after = copy.deepcopy(self.model)
        after["episodes"][key]["stages"][str(stage)] = turn

        def run() -> list[Any]:
            self.project.set_stage(int(key), stage, turn)
            return ["episode", int(key)]

        return after, f"{key}:{stage}@{turn}", run

    def add_strategy(self):
        key = self.rng.choice(sorted(self.model["episodes"]))
        taken = self.model["episodes"][key]["strategies"]
        code, turn = self.rng.choice(
            [[c, t] for c in ("R1", "R3", "R5", "R8") for t, _ in self.turns if [c, t] not in taken]
        )
        after = copy.deepcopy(self.model)
        after["episodes"][key]["strategies"] = sorted([*taken, [code, turn]])

        def run() -> list[Any]:
            self.project.add_strategy(int(key), code, turn)
            return ["episode", int(key)]

        return after, f"{key}:{code}@{turn}", run

    def delete_episode(self):
        key = self.rng.choice(sorted(self.model["episodes"]))
        after = copy.deepcopy(self.model)
        del after["episodes"][key]

        def run() -> list[Any]:
            self.project.delete_episode(int(key))
            return ["episode", int(key)]

        return after, key, run

    def set_measure(self):
        name = self.rng.choice(sorted(MEASURES))
        spec = MEASURES[name]
        old = self.model["measures"].get(name)
        value = float(self.rng.choice([v for v in range(int(spec.low), int(spec.high) + 1) if v != old]))
        after = copy.deepcopy(self.model)
        after["measures"][name] = value

        def run() -> list[Any]:
            self.project.set_measure(self.sid, name, value)
            return ["measure", None]

        return after, f"{name}={value:g}", run

    def add_comment(self):
        text, turn = self.note(), self.rng.choice(self.turns)[0]
        after = copy.deepcopy(self.model)
        after["comments"]["new"] = text

        def run() -> list[Any]:
            change = self.project.add_comment(self.sid, text, turn_index=turn)
            return ["comment", change.comment_id]

        return after, text, run

    # Undo and redo: the model goes back to (or on to) what it was; the audit event names the same object.
    def undo(self):
        before, _, audit = self.done[-1]

        def run() -> list[Any]:
            self.project.undo()
            return audit

        return copy.deepcopy(before), "undo", run

    def redo(self):
        _, after, audit = self.undone[-1]

        def run() -> list[Any]:
            self.project.redo()
            return audit

        return copy.deepcopy(after), "redo", run


def run_code(url: str, session_id: int, seed: int, token: str) -> None:
    coder = Coder(Project(url, coder="tester"), session_id, seed, token)
    say("READY")
    while True:
        coder.step()


def warm_up(mode: str) -> None:
    """Load the sentence segmenter (spaCy) before the clock starts: the first import of a process would load it."""
    if mode == "import":
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "warm.txt"
            path.write_text("T: How was the week? Tell me.\nP: Fine.\n", encoding="utf-8")
            preview(path, ImportRequest(client="WARM"))


def run_child(mode: str, orders: dict[str, Any]) -> None:
    if mode == "import":
        run_import(orders["url"], orders["jobs"])
        while True:  # everything is acknowledged: wait for SIGKILL, never closing cleanly
            time.sleep(1)
    run_code(orders["url"], orders["session"], orders["seed"], orders["token"])


def main() -> None:
    mode = sys.argv[1]
    if mode not in ("import", "code"):
        raise SystemExit(f"unknown mode {mode!r}")
    warm_up(mode)
    say("WARM")
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:  # the child: no database connection was ever opened before the fork
            try:
                run_child(mode, json.loads(line))
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
            os._exit(1)
        say("CHILD", pid)
        _, status = os.waitpid(pid, 0)
        say()  # ends a line the child had not finished: an empty line here means the child's last one was whole
        if os.WIFSIGNALED(status):
            say("ENDED", pid, "signal", os.WTERMSIG(status))
        else:
            say("ENDED", pid, "exit", os.WEXITSTATUS(status))


if __name__ == "__main__":
    main()
