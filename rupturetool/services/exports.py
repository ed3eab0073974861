"""Tidy CSV exports (markers, episodes, sessions, clients) and the timeline data behind the charts.

Marker and episode rows name their coder, so every coder may appear; session and client rows summarise codes,
so they use one coder (asked for, or the only one in the selection) and refuse a silent mix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rupturetool.core.errors import InputError

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

    @cached_property
    def markers(self) -> dict[str, list[Any]]:
        """Every marker's fields, column by column."""
        return self.project.repo.marker_table(*self.where, with_text=self.include_text)

    @cached_property
    def episode_rows(self) -> list[dict[str, Any]]:
        return self.project.repo.episode_rows(*self.where)

    @cached_property
    def summaries(self) -> Frame:
        from rupturetool.analytics.sessions import session_summaries

        repo = self.project.repo
        # Summaries need only a few marker fields: reuse the full rows if the markers export loaded them.
        markers = self.markers if ExportKind.MARKERS in self.kinds else repo.marker_code_table(*self.where)
        sessions = repo.session_rows(self.sel.client, self.sel.date_from, self.sel.date_to)
        measures = repo.measure_rows(*self.where)
        return session_summaries(sessions, markers, self.episode_rows, measures, coder=self.sel.coder)

    def frame(self, kind: ExportKind) -> Frame:
        from rupturetool.analytics import caseload, episodes, markers, tidy, timeline

        if kind is ExportKind.MARKERS:
            names = subtype_names(self.project)
            return markers.markers_frame(self.markers, names, include_text=self.include_text)
        if kind is ExportKind.EPISODES:
            return episodes.episodes_frame(self.episode_rows, include_text=self.include_text)
        if kind is ExportKind.SESSIONS:
            frame = timeline.in_date_order(self.summaries).drop(columns="session_index")
            frame = frame.sort_values("client", kind="stable")  # by client, then date order within each
            frame = tidy.tidy(frame, integers=["session_number", "max_stage"], dates=["session_date"])
            return frame.round(DECIMALS).reset_index(drop=True)
        clients = self.project.repo.client_rows(self.sel.client)
        frame = caseload.caseload_from_sessions(clients, self.summaries, self.sel.coder)
        return tidy.tidy(frame, dates=["first_session_date", "latest_session_date"]).round(DECIMALS)


def subtype_names(project: Project) -> dict[str, str]:
    return {s.code: s.name for sch in project.schemes.all() for f in sch.families for s in f.subtypes}


def export_frame(project: Project, kind: ExportKind, sel: Selection, *, include_text: bool = False) -> Frame:
    """One export as a DataFrame, exactly as it is written to CSV."""
    kind = ExportKind(kind)
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
    tables = _Tables(project, sel or Selection(), kinds, include_text)
    frames = {kind: tables.frame(kind) for kind in kinds}
    return {kind: write_csv(frames[kind], Path(outs[kind]), excel=excel) for kind in kinds}


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
    return timeline(
        repo.session_rows(client),
        repo.marker_code_rows(*where),
        repo.episode_rows(*where),
        repo.measure_rows(*where),
        client=client,
        coder=coder,
    )
