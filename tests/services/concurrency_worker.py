"""Run by test_concurrent_processes: one coder working on a shared session for a bounded time.

Usage: python concurrency_worker.py DB_URL SESSION_ID CODER SECONDS SEED

Each action goes through the Project like the app's; after it returns, one line is printed (flushed):
``ACK add <marker id> <token>``, ``ACK edit <marker id> <significance> <token>``, ``ACK remove <marker id>``,
``ACK comment <token>``; a refused edit prints ``CONFLICT <marker id>``. Like a person, the worker looks at the
session (reads its markers), thinks for a moment, then acts on what it saw — so others' changes land in between.
"""

from __future__ import annotations

import dataclasses
import random
import sys
import time

from rupturetool.core.commands import AddMarker
from rupturetool.core.errors import ConflictError, NotFoundError
from rupturetool.services.project import Project


def main() -> None:
    url, session_id, coder, seconds, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]), sys.argv[5]
    rng = random.Random(seed)
    project = Project(url, coder=coder)
    turns = len(project.session(session_id).turns)
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
        token = f"{coder}-{seed}-{n}"  # unique: the same coder may run on two machines
        seen = project.markers(session_id)  # what is on screen
        time.sleep(rng.uniform(0, 0.05))  # thinking
        roll = rng.random()
        try:
            if roll < 0.35 or not seen:
                marker = project.new_marker(
                    session_id, rng.randrange(turns), rng.choice(["W1", "W2", "C1", "C5"]), segment_index=0
                )
                marker = dataclasses.replace(marker, note=token)
                command = AddMarker(marker)
                project.apply(command)
                assert command.stored is not None
                print("ACK add", command.stored.id, token, flush=True)
            elif roll < 0.85:
                target = rng.choice(seen)
                significance = rng.randint(1, 5)
                project.edit_marker(target.id, significance=significance, note=token)
                print("ACK edit", target.id, significance, token, flush=True)
            elif roll < 0.95:
                target = rng.choice(seen)
                project.remove_marker(target)
                print("ACK remove", target.id, flush=True)
            else:
                project.add_comment(session_id, token, turn_index=rng.randrange(turns))
                print("ACK comment", token, flush=True)
        except ConflictError as exc:
            print("CONFLICT", exc.entity_id, flush=True)
        except NotFoundError:
            print("GONE", flush=True)
    project.close()


if __name__ == "__main__":
    main()
