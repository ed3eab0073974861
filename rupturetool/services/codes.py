"""Bring codes made elsewhere (a markers CSV from ``export markers`` or a spreadsheet) into the database.

Every row is matched against the stored sessions, turns and segments first; if any row is bad, all bad rows
are reported by CSV line and nothing is stored. Rows already stored (same session, coder, turn, span and
subtype) are skipped and counted, so importing the same file twice is harmless. Markers sharing an
``episode_id`` (within one session and coder) become one rupture episode of their family (of the most common
family when they mix: the markers CSV does not carry the episode's own family).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rupturetool.core.domain import Marker, RuptureEpisode, SessionSummary, Turn
from rupturetool.core.errors import InputError
from rupturetool.io import codes_csv
from rupturetool.io.codes_csv import CodeRow, CodesCsvError, EpisodeCodeRow, RowProblem, SchemeLookup
from rupturetool.services.project import Project

MarkerKey = tuple[int, str, int, int, int, str]  # session, coder, turn, start, end, subtype


@dataclass(frozen=True)
class CodesResult:
    markers: int
    episodes: int
    sessions: int
    duplicates: int

    def as_json(self) -> dict[str, Any]:
        return {
            "markers": self.markers,
            "episodes": self.episodes,
            "sessions": self.sessions,
            "duplicates": self.duplicates,
        }

    def summary(self) -> str:
        markers = "marker" if self.markers == 1 else "markers"
        sessions = "session" if self.sessions == 1 else "sessions"
        return (
            f"{self.markers} {markers} imported for {self.sessions} {sessions} ({self.duplicates} duplicates skipped)"
        )


class _Matcher:
    """Matches checked rows to stored sessions, turns and segments (each session read once)."""

    def __init__(self, project: Project) -> None:
        self.project = project
        summaries = project.repo.sessions()
        self.by_id: dict[int, SessionSummary] = {s.id: s for s in summaries}
        self.by_date: dict[tuple[str, date], list[int]] = defaultdict(list)
        for s in summaries:
            if s.date is not None:
                self.by_date[(s.client_code, s.date)].append(s.id)
        self._turns: dict[int, dict[int, Turn]] = {}

    def session(self, row: CodeRow | EpisodeCodeRow) -> int:
        stored = self.by_id.get(row.session_id) if row.session_id is not None else None
        same_client = stored is not None and stored.client_code == row.client
        if stored is not None and same_client and row.session_date in (None, stored.date):
            return stored.id
        if row.session_date is not None:
            ids = self.by_date.get((row.client, row.session_date), [])
            if len(ids) == 1:
                return ids[0]
            if len(ids) > 1:
                listed = ", ".join(str(i) for i in ids)
                raise ValueError(
                    f"client {row.client} has {len(ids)} sessions on {row.session_date} ({listed}): give session_id"
                )
            raise ValueError(f"no session of client {row.client} on {row.session_date}")
        if stored is None:
            raise ValueError(f"no session {row.session_id}")
        raise ValueError(f"session {row.session_id} belongs to client {stored.client_code}, not {row.client}")

    def turns(self, session_id: int) -> dict[int, Turn]:
        if session_id not in self._turns:
            self._turns[session_id] = {t.index: t for t in self.project.session(session_id).turns}
        return self._turns[session_id]

    def check_turn(self, session_id: int, index: int, what: str) -> None:
        if index not in self.turns(session_id):
            raise ValueError(f"{what}: no turn {index} in session {session_id}")

    def span(self, row: CodeRow, session_id: int) -> tuple[int, int]:
        turn = self.turns(session_id).get(row.turn_index)
        if turn is None:
            raise ValueError(f"no turn {row.turn_index} in session {session_id}")
        segment = None
        if row.segment_index is not None:
            segment = next((s for s in turn.segments if s.index == row.segment_index), None)
            if segment is None:
                raise ValueError(f"no segment {row.segment_index} in turn {row.turn_index} of session {session_id}")
        if row.span is not None:
            start, end = row.span
            if end > len(turn.text):
                raise ValueError(
                    f"span {start}–{end} lies outside turn {row.turn_index} of session {session_id}"
                    f" ({len(turn.text)} characters)"
                )
            return row.span
        assert segment is not None  # the reader requires a segment or a span
        return segment.start_char, segment.end_char


@dataclass
class _Planned:
    row: CodeRow
    marker: Marker
    key: MarkerKey


EpisodeKey = tuple[int, str, str]  # session, coder, episode_id


def plan(
    project: Project, rows: list[CodeRow], matcher: _Matcher | None = None
) -> tuple[list[_Planned], list[RowProblem]]:
    """Match every row against the database; the markers to store, and one problem per unmatched row."""
    matcher = matcher or _Matcher(project)
    planned: list[_Planned] = []
    problems: list[RowProblem] = []
    for row in rows:
        try:
            session_id = matcher.session(row)
            start, end = matcher.span(row, session_id)
        except ValueError as exc:
            problems.append(RowProblem(row.line, str(exc)))
            continue
        marker = Marker(
            session_id=session_id,
            turn_index=row.turn_index,
            start_char=start,
            end_char=end,
            family=row.family,
            subtype=row.subtype,
            coder=row.coder,
            scheme_id=row.scheme_id,
            segment_index=row.segment_index,
            actor=row.actor,
            significance=row.significance,
            note=row.note,
            source=row.source,
        )
        planned.append(_Planned(row, marker, (session_id, row.coder, row.turn_index, start, end, row.subtype)))
    return planned, problems


def _episode_family(families: list[str]) -> str:
    """An episode's family from its markers' (the markers CSV does not say it): the most common, ties to the first."""
    counts = Counter(families)
    return max(counts, key=lambda f: (counts[f], -families.index(f)))


def plan_episodes(
    matcher: _Matcher, rows: list[EpisodeCodeRow], markers: list[_Planned], source: str
) -> tuple[dict[EpisodeKey, EpisodeCodeRow], list[RowProblem]]:
    """Match episodes rows to sessions and turns, and to the markers that name them."""
    named = {(p.marker.session_id, p.row.coder, p.row.episode_id) for p in markers if p.row.episode_id is not None}
    episodes: dict[EpisodeKey, EpisodeCodeRow] = {}
    problems: list[RowProblem] = []
    for row in rows:
        try:
            session_id = matcher.session(row)
            for stage in row.stages:
                matcher.check_turn(session_id, stage.turn_index, f"stage {stage.stage}")
            for strategy in row.strategies:
                matcher.check_turn(session_id, strategy.turn_index, f"strategy {strategy.code}")
            key = (session_id, row.coder, row.episode_id)
            if key in episodes:
                raise ValueError(f"episode {row.episode_id} appears twice (first on line {episodes[key].line})")
            if key not in named:
                raise ValueError(f"episode {row.episode_id} has no markers in the markers file (import them together)")
        except ValueError as exc:
            problems.append(RowProblem(row.line, str(exc), source))
            continue
        episodes[key] = row
    return episodes, problems


def import_code_files(project: Project, paths: list[Path]) -> CodesResult:
    """A markers CSV, and optionally the matching episodes CSV, told apart by their columns."""
    kinds: dict[str, list[Path]] = defaultdict(list)
    for path in paths:
        kinds[codes_csv.file_kind(Path(path))].append(Path(path))
    markers, episodes = kinds[codes_csv.MARKERS], kinds[codes_csv.EPISODES]
    if len(markers) != 1 or len(episodes) > 1:
        given = ", ".join(f"{len(v)} {k} file{'s' if len(v) != 1 else ''}" for k, v in kinds.items() if v)
        raise InputError(f"give one markers CSV and at most one episodes CSV (got {given})")
    return import_codes(project, markers[0], episodes[0] if episodes else None)


def import_codes(project: Project, path: Path, episodes_path: Path | None = None) -> CodesResult:
    """Check, match and store every marker of a markers CSV (and the episodes of an episodes CSV), all or nothing."""
    source = str(path)
    schemes = SchemeLookup(project.scheme, project.schemes.all())
    rows, problems = codes_csv.read_codes(Path(path), schemes)
    episode_rows: list[EpisodeCodeRow] = []
    if episodes_path is not None:
        episode_rows, bad = codes_csv.read_episodes(Path(episodes_path), schemes)
        problems += bad
    matcher = _Matcher(project)
    planned, unmatched = plan(project, rows, matcher)
    problems += unmatched
    described, unmatched = plan_episodes(matcher, episode_rows, planned, str(episodes_path))
    problems += unmatched
    if problems:
        raise CodesCsvError(source, problems)
    duplicates = stored_count = 0
    sessions: set[int] = set()
    episodes: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    families: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    with project.repo.atomic():
        existing: dict[int, set[MarkerKey]] = {}
        known = {c.name for c in project.repo.coders()}
        for coder, role in {r.coder: r.coder_role for r in rows if r.coder_role is not None}.items():
            if coder not in known and role is not None:  # a new coder keeps the role the file gives
                project.repo.ensure_coder(coder, role)
        for item in planned:
            session_id = item.marker.session_id
            if session_id not in existing:
                existing[session_id] = {
                    (m.session_id, m.coder, m.turn_index, m.start_char, m.end_char, m.subtype)
                    for m in project.repo.markers(session_id)
                }
            if item.key in existing[session_id]:
                duplicates += 1
                continue
            existing[session_id].add(item.key)
            stored = project.repo.add_marker(item.marker)
            stored_count += 1
            sessions.add(session_id)
            if item.row.episode_id is not None:
                group = (session_id, item.row.coder, item.row.episode_id)
                episodes[group].append(stored.id)
                families[group].append(item.row.family)
        for group, marker_ids in episodes.items():
            session_id, coder, _ = group
            about = described.get(group)
            family = about.family if about and about.family else _episode_family(families[group])
            project.repo.add_episode(
                RuptureEpisode(
                    session_id=session_id,
                    coder=coder,
                    family=family,  # type: ignore[arg-type]  # a family code of the scheme, stored as text
                    marker_ids=tuple(marker_ids),
                    stages=about.stages if about else (),
                    strategies=about.strategies if about else (),
                    outcome=about.outcome if about else None,
                    note=about.note if about else "",
                )
            )
    return CodesResult(markers=stored_count, episodes=len(episodes), sessions=len(sessions), duplicates=duplicates)
