"""The demo caseload built from samples/: every coded marker lands on the sentence holding its quote."""

from __future__ import annotations

import csv
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rupturetool.core.errors import InputError
from rupturetool.core.spans import find_quote
from rupturetool.services import paths
from rupturetool.services.demo import build_demo
from rupturetool.services.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def sample_specs() -> dict[str, dict[str, Any]]:
    return {
        folder.name: tomllib.loads((folder / "client.toml").read_text(encoding="utf-8"))
        for folder in sorted(SAMPLES.iterdir())
        if (folder / "client.toml").is_file()
    }


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RUPTURETOOL_DATA_DIR", str(root / "data"))
        yield build_demo(target=root / "demo.sqlite", samples=SAMPLES)


@pytest.fixture
def demo_project(demo: dict[str, Any]) -> Iterator[Project]:
    project = Project(demo["url"], coder="tester")
    yield project
    project.close()


def test_totals_match_the_sample_files(demo: dict[str, Any]) -> None:
    specs = sample_specs()
    sessions = [s for spec in specs.values() for s in spec["sessions"]]
    assert (demo["clients"], demo["sessions"]) == (len(specs), len(sessions)) == (4, 16)
    assert demo["markers"] == sum(len(s.get("markers", [])) for s in sessions) > 0
    assert demo["episodes"] == sum(len(s.get("episodes", [])) for s in sessions) > 0


def test_built_aside_and_moved_into_place(demo: dict[str, Any]) -> None:
    target = Path(demo["database"])
    assert target.is_file()
    assert demo["url"] == paths.sqlite_url(target)
    assert not list(target.parent.glob("*.building*"))


def test_every_sample_marker_quote_sits_inside_its_marker_span(demo_project: Project) -> None:
    specs = sample_specs()
    by_key = {(s.client_code, s.number): s for s in demo_project.sessions()}
    assert len(by_key) == sum(len(spec["sessions"]) for spec in specs.values())
    for spec in specs.values():
        client = spec["client"]
        assert {c.attachment for c in demo_project.clients() if c.code == client["code"]} == {client["attachment"]}
        for session in spec["sessions"]:
            summary = by_key[(client["code"], session["number"])]
            assert summary.source_name == session["file"]
            assert summary.date is not None and summary.date.isoformat() == str(session["date"])
            detail = demo_project.session(summary.id)
            stored = demo_project.markers(summary.id)
            expected = session.get("markers", [])
            assert len(stored) == len(expected), (client["code"], session["file"])
            for m in expected:
                turn = detail.turns[m["turn"]]
                matches = [
                    x
                    for x in stored
                    if x.turn_index == m["turn"]
                    and x.subtype == m["subtype"]
                    and x.significance == m["significance"]
                    and x.coder == session["coder"]
                    and m["quote"] in turn.text[x.start_char : x.end_char]
                ]
                assert matches, f"{client['code']}/{session['file']} {m['id']}: quote {m['quote']!r} not in a marker"
                # The marker covers exactly the sentence(s) holding the quote.
                start, end = find_quote(turn.text, m["quote"])  # type: ignore[misc]
                first, last = turn.segment_at(start), turn.segment_at(end - 1)
                assert first is not None and last is not None
                assert any((x.start_char, x.end_char) == (first.start_char, last.end_char) for x in matches)
                if first == last:
                    assert any(x.segment_index == first.index for x in matches)
            assert summary.episodes == len(session.get("episodes", []))
            measures = {m.name: m.value for m in demo_project.repo.measures(summary.id)}
            assert measures == {k: float(v) for k, v in session.get("measures", {}).items()}


def test_demo_export_links_markers_to_episodes(demo: dict[str, Any], demo_project: Project, tmp_path: Path) -> None:
    out = tmp_path / "demo.csv"
    assert demo_project.export_markers(out, include_text=True) == demo["markers"]
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == demo["markers"]
    assert all(row["marker_text"].strip() for row in rows)
    in_episodes = sum(
        len(e.get("markers", []))
        for spec in sample_specs().values()
        for s in spec["sessions"]
        for e in s.get("episodes", [])
    )
    assert sum(1 for row in rows if row["episode_id"]) == in_episodes
    assert {row["client"] for row in rows} == {spec["client"]["code"] for spec in sample_specs().values()}


def test_missing_samples_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no sample clients found"):
        build_demo(target=tmp_path / "demo.sqlite", samples=tmp_path / "nothing-here")
