"""Build the demo database from the fictional sample caseload in ``samples/`` (see samples/FORMAT.md)."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from rupturetool.core.domain import (
    Actor,
    CoderRole,
    Outcome,
    RuptureEpisode,
    SessionMeasure,
    StageEvent,
    StrategyEvent,
)
from rupturetool.core.errors import InputError
from rupturetool.core.measures import check_measure
from rupturetool.core.spans import find_quote
from rupturetool.io.reading import read_transcript
from rupturetool.services import paths
from rupturetool.services.project import Project


def _load_client_file(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{path}: cannot read sample codes ({exc})") from None


def _code_session(project: Project, session_id: int, spec: dict[str, Any], where: str) -> tuple[int, int]:
    """Store one sample session's markers, episodes and measures; returns (markers, episodes)."""
    detail = project.session(session_id)
    coder = spec.get("coder") or "demo coder"
    project.ensure_coder(coder, CoderRole.THERAPIST)
    stored: dict[str, int] = {}
    for m in spec.get("markers", []):
        turn = detail.turns[m["turn"]]
        span = find_quote(turn.text, m["quote"])
        if span is None:
            raise InputError(f"{where}: marker {m.get('id')}: quote {m['quote']!r} is not in turn {m['turn']}")
        # The marker covers the sentence(s) holding the quote: one segment, or a span over several.
        first, last = turn.segment_at(span[0]), turn.segment_at(span[1] - 1)
        assert first is not None and last is not None
        marker = project.new_marker(
            session_id,
            turn.index,
            m["subtype"],
            segment_index=first.index if first == last else None,
            span=(first.start_char, last.end_char),
            significance=int(m.get("significance", 3)),
            note=m.get("note", ""),
            actor=Actor(m.get("actor", "patient")),
        )
        stored[m["id"]] = project.repo.add_marker(marker.__class__(**{**marker.__dict__, "coder": coder})).id
    for e in spec.get("episodes", []):
        project.add_episode(
            RuptureEpisode(
                session_id=session_id,
                coder=coder,
                family=e["family"],
                marker_ids=tuple(stored[k] for k in e.get("markers", [])),
                stages=tuple(StageEvent(s["stage"], s["turn"]) for s in e.get("stages", [])),
                strategies=tuple(StrategyEvent(s["code"], s["turn"]) for s in e.get("strategies", [])),
                outcome=Outcome(e["outcome"]) if e.get("outcome") else None,
            )
        )
    for name, value in spec.get("measures", {}).items():
        project.repo.set_measure(SessionMeasure(session_id, name, check_measure(name, value), coder=coder))
    return len(stored), len(spec.get("episodes", []))


def load_samples(project: Project, samples: Path) -> dict[str, int]:
    """Import every sample client into ``project``; each session with its codes is one transaction."""
    totals = {"clients": 0, "sessions": 0, "markers": 0, "episodes": 0}
    folders = sorted(p for p in samples.iterdir() if (p / "client.toml").is_file()) if samples.is_dir() else []
    if not folders:
        raise InputError(f"{samples}: no sample clients found (expected folders with a client.toml)")
    for folder in folders:
        spec = _load_client_file(folder / "client.toml")
        client = spec["client"]
        totals["clients"] += 1
        for session in spec.get("sessions", []):
            where = f"{folder.name}/{session['file']}"
            read = read_transcript(folder / session["file"], therapist=client.get("therapist"))
            with project.repo.atomic():
                result = project.store_transcript(
                    read,
                    client["code"],
                    session_date=date.fromisoformat(str(session["date"])),
                    number=session.get("number"),
                    attachment=client.get("attachment"),
                )
                markers, episodes = _code_session(project, result.session.id, session, where)
            totals["sessions"] += 1
            totals["markers"] += markers
            totals["episodes"] += episodes
    return totals


def build_demo(target: Path | None = None, samples: Path | None = None) -> dict[str, Any]:
    """Build a fresh demo database (never the user's own): built aside, then moved into place."""
    target = target or paths.demo_database_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    building = target.with_name(target.name + ".building")
    _remove_sqlite(building)
    project = Project(paths.sqlite_url(building), coder="demo")
    try:
        totals = load_samples(project, samples or paths.samples_dir())
    finally:
        project.close()
    _remove_sqlite(target)
    building.replace(target)
    url = paths.sqlite_url(target)
    return {**totals, "database": str(target), "url": url}


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
