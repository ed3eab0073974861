"""The four tidy exports on the demo caseload (SQLite and PostgreSQL): row counts, filters, coders, text, Excel."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from db_support import postgres_database

from rupturetool.core.domain import SessionMeasure
from rupturetool.core.errors import InputError
from rupturetool.services.demo import load_samples
from rupturetool.services.exports import ExportKind, Selection, client_timeline, export_csv, export_frame
from rupturetool.services.project import Project

SAM, AMAL = "Sam Okafor", "Dr. Amal Reyes"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The demo caseload (4 clients, 16 sessions, two coders), loaded once per backend."""
    root = tmp_path_factory.mktemp("exports")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RUPTURETOOL_DATA_DIR", str(root / "data"))
        urls = iter([f"sqlite:///{root / 'demo.sqlite'}"]) if request.param == "sqlite" else postgres_database()
        url = next(urls)
        loader = Project(url, coder="tester")
        try:
            yield {**load_samples(loader, SAMPLES), "url": url}
        finally:
            loader.close()
            for _ in urls:  # drops the PostgreSQL database
                pass


@pytest.fixture
def demo_project(demo: dict[str, Any]) -> Iterator[Project]:
    proj = Project(demo["url"], coder="tester")
    yield proj
    proj.close()


def read(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_row_per_marker_episode_session_and_client(
    demo_project: Project, demo: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "x.csv"
    assert export_csv(demo_project, ExportKind.MARKERS, out) == demo["markers"] == len(read(out))
    assert export_csv(demo_project, ExportKind.EPISODES, out) == demo["episodes"] == len(read(out))
    assert {r["coder"] for r in read(out)} == {SAM, AMAL}  # per-row exports name each row's coder
    assert export_csv(demo_project, ExportKind.SESSIONS, out, Selection(coder=SAM)) == demo["sessions"]
    sessions = read(out)
    assert len({r["session_id"] for r in sessions}) == demo["sessions"]
    assert export_csv(demo_project, ExportKind.CLIENTS, out, Selection(coder=AMAL)) == demo["clients"]


def test_summaries_agree_with_the_per_row_exports(demo_project: Project, tmp_path: Path) -> None:
    sel = Selection(coder=SAM)
    markers = export_frame(demo_project, ExportKind.MARKERS, sel)
    episodes = export_frame(demo_project, ExportKind.EPISODES, sel)
    sessions = export_frame(demo_project, ExportKind.SESSIONS, sel)
    clients = export_frame(demo_project, ExportKind.CLIENTS, sel)
    ruptures = markers[markers["family"].isin(["withdrawal", "confrontation"])]
    assert sessions["n_markers"].sum() == clients["n_markers"].sum() == len(ruptures)
    assert sessions["episodes"].sum() == clients["episodes"].sum() == len(episodes)
    assert sessions["episodes_resolved"].sum() == (episodes["outcome"] == "resolved").sum()
    per_session = ruptures.groupby("session_id").size()
    for row in sessions.itertuples():
        assert row.n_markers == per_session.get(row.session_id, 0)
        assert row.coded == int(row.session_id in set(markers["session_id"]) | set(episodes["session_id"]))
    assert sessions["session_date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert sessions["minutes_estimated"].eq(1).all()  # the sample transcripts have no timestamps
    ashby = sessions[sessions["client"] == "ASHBY-22"]
    assert ashby["session_number"].tolist() == [1, 2, 3, 4]  # date order
    assert ashby["client_scaling"].notna().all()


def test_summaries_take_each_sessions_own_coder(demo_project: Project, tmp_path: Path) -> None:
    # HOLLIS-11 was coded by Amal (sessions 1-2) and Sam (3-4): one coder per session is no mix.
    assert export_csv(demo_project, ExportKind.SESSIONS, tmp_path / "s.csv") == 16
    hollis = [r for r in read(tmp_path / "s.csv") if r["client"] == "HOLLIS-11"]
    assert [r["coder"] for r in hollis] == [AMAL, AMAL, SAM, SAM]
    assert export_csv(demo_project, ExportKind.SESSIONS, tmp_path / "m.csv", Selection(client="MARLOW-03")) == 4
    assert {r["coder"] for r in read(tmp_path / "m.csv")} == {AMAL}


def test_filters_client_coder_and_dates(demo_project: Project, tmp_path: Path) -> None:
    out = tmp_path / "f.csv"
    all_markers = export_frame(demo_project, ExportKind.MARKERS, Selection())
    sel = Selection(client="HOLLIS-11", coder=AMAL, date_from=date(2026, 1, 1), date_to=date(2026, 1, 31))
    for kind in ExportKind:
        export_csv(demo_project, kind, out, sel)
        rows = read(out)
        assert rows and {r["client"] for r in rows} == {"HOLLIS-11"}, kind
        if kind is not ExportKind.CLIENTS:
            assert all("2026-01-01" <= r["session_date"] <= "2026-01-31" for r in rows), kind
        assert {r["coder"] for r in rows} == {AMAL}, kind
    expected = all_markers[
        (all_markers["client"] == "HOLLIS-11")
        & (all_markers["coder"] == AMAL)
        & (all_markers["session_date"] <= "2026-01-31")
    ]
    assert export_csv(demo_project, ExportKind.MARKERS, out, sel) == len(expected) > 0
    with pytest.raises(InputError, match="after"):
        Selection(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1))


def test_no_verbatim_text_unless_asked(demo_project: Project, tmp_path: Path) -> None:
    plain, text = tmp_path / "plain.csv", tmp_path / "text.csv"
    for kind in (ExportKind.MARKERS, ExportKind.EPISODES):
        export_csv(demo_project, kind, plain)
        export_csv(demo_project, kind, text, include_text=True)
        assert "note" not in read(plain)[0] and "marker_text" not in read(plain)[0]
        assert "note" in read(text)[0]
    export_csv(demo_project, ExportKind.MARKERS, text, include_text=True)
    markers = read(text)
    quote = markers[0]["marker_text"]
    assert quote and quote not in plain.read_text(encoding="utf-8")
    for kind in (ExportKind.SESSIONS, ExportKind.CLIENTS):  # summaries hold no text at all
        export_csv(demo_project, kind, plain, Selection(coder=SAM), include_text=True)
        assert quote not in plain.read_text(encoding="utf-8")


def test_excel_has_a_bom_and_crlf(demo_project: Project, tmp_path: Path) -> None:
    for kind in ExportKind:
        out = tmp_path / f"{kind}.csv"
        export_csv(demo_project, kind, out, Selection(coder=SAM), excel=True)
        data = out.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf"), kind
        assert b"\n" not in data.replace(b"\r\n", b""), kind
        assert len(read(out, "utf-8-sig")) > 0


def test_timeline_data_for_one_client(demo_project: Project) -> None:
    frame = client_timeline(demo_project, "MARLOW-03")
    assert frame["session_index"].tolist() == [1, 2, 3, 4]
    assert frame["session_date"].is_monotonic_increasing
    assert (frame["coder"] == AMAL).all()
    assert client_timeline(demo_project, "HOLLIS-11")["coder"].tolist() == [AMAL, AMAL, SAM, SAM]
    only_sam = client_timeline(demo_project, "HOLLIS-11", coder=SAM)
    assert only_sam["coded"].tolist() == [0, 0, 1, 1]


def test_measures_by_another_coder_count_as_a_mix(project: Project, transcript: Path, tmp_path: Path) -> None:
    session_id = project.import_transcript(transcript, "A-1", session_date=date(2026, 1, 5)).session.id
    assert session_id is not None
    project.add_marker(project.new_marker(session_id, 1, "W1", segment_index=0))
    out = tmp_path / "x.csv"
    assert export_csv(project, ExportKind.SESSIONS, out) == 1
    assert read(out)[0]["coder"] == "tester"
    project.repo.set_measure(SessionMeasure(session_id, "client_scaling", 3, coder="intruder"))
    with pytest.raises(InputError, match=r"\(intruder, tester\)"):
        export_csv(project, ExportKind.SESSIONS, out)
    project.repo.set_measure(SessionMeasure(session_id, "wai_sr_task", 12))  # no coder: belongs to everyone
    export_csv(project, ExportKind.SESSIONS, out, Selection(coder="tester"))
    [row] = read(out)
    assert (row["client_scaling"], row["wai_sr_task"], row["n_markers"], row["n_W1"]) == ("", "12.0", "1", "1")
