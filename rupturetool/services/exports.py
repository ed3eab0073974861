"""Tidy CSV exports (markers, episodes, sessions, clients) and the timeline data behind the charts.

Marker and episode rows name their coder, so every coder may appear; session and client rows summarise codes,
so they use one coder (asked for, or the only one in the selection) and refuse a silent mix.

Blind double coding holds in exports too: in a session the acting coder (``project.coder``) codes blind and has not
yet submitted, other coders' markers, episodes and measures are left out of every export, and asking for another
coder's codes in a selection that holds such a session is refused, naming the session.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rupturetool.core.errors import InputError
from rupturetool.core.review import check_visible

if TYPE_CHECKING:
    from rupturetool.services.project import Project

Frame = Any  # a pandas DataFrame: only analytics and io import pandas (lazily, so the window opens fast)
DECIMALS = 6  # rates and shares: enough precision, no floating-point noise such as 2e-17 in the CSV


class ExportKind(StrEnum):
    MARKERS = "markers"
    EPISODES = "episodes"
    SESSIONS = "sessions"
    CLIENTS = "clients"


@dataclass(frozen=True)
class Selection:
    """Which codes: one client, one coder, a date range (inclusive); None means all."""

    client: str | None = None
    coder: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise InputError(f"--from {self.date_from} is after --to {self.date_to}")


class _Tables:
    """The rows and frames of one selection, each loaded once and shared by every export asked for together."""

    def __init__(self, project: Project, sel: Selection, kinds: Iterable[ExportKind], include_text: bool) -> None:
        self.project, self.sel, self.kinds, self.include_text = project, sel, set(kinds), include_text
        self.where = (sel.client, sel.coder, sel.date_from, sel.date_to)
        self.blind = _Blind.of(project, sel)

    @cached_property
    def markers(self) -> dict[str, list[Any]]:
        """Every marker's fields, column by column."""
        return self.blind.hide(self.project.repo.marker_table(*self.where, with_text=self.include_text))

    @cached_property
    def episodes(self) -> dict[str, list[Any]]:
        """Every episode's fields and events, column by column."""
        return self.blind.hide(self.project.repo.episode_table(*self.where))

    @cached_property
    def summaries(self) -> Frame:
        from rupturetool.analytics.sessions import session_summaries

        repo = self.project.repo
        # Summaries need only a few marker fields: reuse the full rows if the markers export loaded them.
        if ExportKind.MARKERS in self.kinds:
            markers = self.markers
        else:
            markers = self.blind.hide(repo.marker_code_table(*self.where))
        sessions = repo.session_table(self.sel.client, self.sel.date_from, self.sel.date_to)
        measures = self.blind.hide_rows(repo.measure_rows(*self.where))
        return session_summaries(sessions, markers, self.episodes, measures, coder=self.sel.coder)

    def frame(self, kind: ExportKind) -> Frame:
        from rupturetool.analytics import caseload, episodes, markers, tidy, timeline

        if kind is ExportKind.MARKERS:
            names = subtype_names(self.project)
            return markers.markers_frame(self.markers, names, include_text=self.include_text)
        if kind is ExportKind.EPISODES:
            return episodes.episodes_frame(self.episodes, include_text=self.include_text)
        if kind is ExportKind.SESSIONS:
            frame = timeline.in_date_order(self.summaries).drop(columns="session_index")
            frame = frame.sort_values("client", kind="stable")  # by client, then date order within each
            frame = tidy.tidy(frame, integers=["session_number", "max_stage"], dates=["session_date"])
            return frame.round(DECIMALS).reset_index(drop=True)
        clients = self.project.repo.client_rows(self.sel.client)
        frame = caseload.caseload_from_sessions(clients, self.summaries, self.sel.coder)
        return tidy.tidy(frame, dates=["first_session_date", "latest_session_date"]).round(DECIMALS)


@dataclass(frozen=True)
class _Blind:
    """The sessions the acting coder codes blind (not yet submitted): there, only their own rows are exported."""

    coder: str
    sessions: frozenset[int]

    @classmethod
    def of(cls, project: Project, sel: Selection) -> _Blind:
        """The acting coder's blind sessions; refuses, in one line, another coder's codes of one of them."""
        blind = cls(project.coder, frozenset(project.repo.blind_sessions(project.coder)))
        if blind.sessions and sel.coder not in (None, project.coder):
            chosen = project.repo.session_ids(sel.client, sel.date_from, sel.date_to)
            for sid in (s for s in chosen if s in blind.sessions):
                check_visible(frozenset({project.coder}), sel.coder, sid)  # raises: the first one is named
        return blind

    def hide(self, table: dict[str, list[Any]]) -> dict[str, list[Any]]:
        """Column-wise rows without other coders' rows of the blind sessions."""
        if not self.sessions:
            return table
        pairs = zip(table["session_id"], table["coder"], strict=True)
        keep = [sid not in self.sessions or who == self.coder for sid, who in pairs]
        return table if all(keep) else {key: list(compress(values, keep)) for key, values in table.items()}

    def hide_rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows without other coders' rows of the blind sessions (rows of no coder belong to everyone)."""
        if not self.sessions:
            return rows
        return [r for r in rows if r["session_id"] not in self.sessions or r.get("coder") in (self.coder, None)]


def subtype_names(project: Project) -> dict[str, str]:
    return {s.code: s.name for sch in project.schemes.all() for f in sch.families for s in f.subtypes}


def export_frame(project: Project, kind: ExportKind, sel: Selection, *, include_text: bool = False) -> Frame:
    """One export as a DataFrame, exactly as it is written to CSV."""
    kind = ExportKind(kind)
    with _collector_paused(), project.repo.atomic():
        return _Tables(project, sel, [kind], include_text).frame(kind)


def export_tables(
    project: Project,
    outs: Mapping[ExportKind, Path],
    sel: Selection | None = None,
    *,
    include_text: bool = False,
    excel: bool = False,
) -> dict[ExportKind, int]:
    """Write several exports of one selection (rows loaded once); returns each file's row count.

    Every frame is built before any file is written, so an error (e.g. mixed coders) leaves no file behind.
    """
    from rupturetool.io.csv_export import write_csv

    kinds = [ExportKind(k) for k in outs]
    with _collector_paused():
        with project.repo.atomic():  # one snapshot of the database for every file, read on one connection
            tables = _Tables(project, sel or Selection(), kinds, include_text)
            frames = {kind: tables.frame(kind) for kind in kinds}
        return {kind: write_csv(frames[kind], Path(outs[kind]), excel=excel) for kind in kinds}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a large export builds its rows.

    The rows are hundreds of thousands of small lists, tuples and dicts with no cycles among them; the collector
    would walk all of them again every few thousand new objects (a third of a caseload export's time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def export_csv(
    project: Project,
    kind: ExportKind,
    out: Path,
    sel: Selection | None = None,
    *,
    include_text: bool = False,
    excel: bool = False,
) -> int:
    """Write one tidy CSV; returns its row count. Sessions and clients carry no verbatim text at all."""
    kind = ExportKind(kind)
    return export_tables(project, {kind: out}, sel, include_text=include_text, excel=excel)[kind]


def client_timeline(project: Project, client: str, coder: str | None = None) -> Frame:
    """One client's sessions in date order with their summary numbers (the data behind the timeline chart)."""
    from rupturetool.analytics.timeline import client_timeline as timeline

    repo, where = project.repo, (client, coder, None, None)
    with repo.atomic():
        blind = _Blind.of(project, Selection(client=client, coder=coder))
        return timeline(
            repo.session_rows(client),
            blind.hide_rows(repo.marker_code_rows(*where)),
            blind.hide_rows(repo.episode_rows(*where)),
            blind.hide_rows(repo.measure_rows(*where)),
            client=client,
            coder=coder,
        )
