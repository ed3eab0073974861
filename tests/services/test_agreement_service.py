"""Agreement over a database: two coders' codes come in through import-codes; which sessions count, and the
statistics checked against scikit-learn on units rebuilt from the CSV files themselves."""

from __future__ import annotations

import csv
import random
from datetime import date
from pathlib import Path

import pytest
from sklearn.metrics import cohen_kappa_score

from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.services.agreement import AgreementRequest, compute_agreement, write_agreement_csv
from rupturetool.services.codes import import_codes
from rupturetool.services.project import Project

COLUMNS = ["client", "session_date", "coder", "turn_index", "segment_index", "subtype", "significance"]
DATES = [date(2026, 3, d) for d in (2, 9, 16)]
SUBTYPES = ["W1", "W2", "W4", "C1", "C4"]


def write_transcript(path: Path, seed: int, turns: int = 24) -> Path:
    rng = random.Random(seed)
    lines = ["Fictional agreement test session", ""]
    for i in range(turns):
        who = "Therapist" if i % 2 == 0 else "Client"
        sentences = " ".join(f"Sentence {j} of turn {i} says {rng.choice(['this', 'that', 'more'])}." for j in range(3))
        lines.append(f"{who}: {sentences}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load_sessions(project: Project, tmp_path: Path) -> list[int]:
    ids = []
    for n, day in enumerate(DATES):
        result = project.import_transcript(write_transcript(tmp_path / f"s{n}.txt", n), "AGR-01", session_date=day)
        ids.append(result.session.id)
    return ids


def coded_rows(project: Project, session_ids: list[int], seed: int) -> tuple[list[dict], list[dict]]:
    """Anna codes sessions 1 and 2; Ben codes session 1 only, agreeing with Anna most of the time."""
    rng = random.Random(seed)
    anna, ben = [], []
    for sid, day in zip(session_ids[:2], DATES, strict=False):
        for turn in project.session(sid).turns:
            for seg in turn.segments:
                row = {"client": "AGR-01", "session_date": day.isoformat(), "turn_index": turn.index}
                row |= {"segment_index": seg.index, "significance": rng.randint(1, 5)}
                if rng.random() < 0.3:
                    code = rng.choice(SUBTYPES)
                    anna.append({**row, "coder": "anna", "subtype": code})
                    if sid == session_ids[0] and rng.random() < 0.8:
                        ben.append({**row, "coder": "ben", "subtype": code if rng.random() < 0.85 else "W2"})
                elif sid == session_ids[0] and rng.random() < 0.05:
                    ben.append({**row, "coder": "ben", "subtype": rng.choice(SUBTYPES)})
    return anna, ben


def write_rows(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def coded(project: Project, tmp_path: Path) -> tuple[Project, list[int], list[dict], list[dict]]:
    ids = load_sessions(project, tmp_path)
    anna, ben = coded_rows(project, ids, seed=7)
    import_codes(project, write_rows(tmp_path / "anna.csv", anna))
    import_codes(project, write_rows(tmp_path / "ben.csv", ben))
    return project, ids, anna, ben


def reference_vectors(project: Project, session_id: int, rows: list[dict], code: str) -> list[int]:
    """0/1 per segment of the session, straight from the CSV rows (no code of ours in between)."""
    family = {"W": "withdrawal", "C": "confrontation"}
    detail = project.session(session_id)
    day = detail.session.date.isoformat()
    marked = {
        (r["turn_index"], r["segment_index"])
        for r in rows
        if r["session_date"] == day and code in (r["subtype"], family[r["subtype"][0]])
    }
    return [int((t.index, s.index) in marked) for t in detail.turns for s in t.segments]


def test_only_sessions_both_coders_coded_count_and_kappa_matches_scikit_learn(coded) -> None:
    project, ids, anna, ben = coded
    report = compute_agreement(project, AgreementRequest(("anna", "ben")))
    assert report["sessions"] == [ids[0]]
    assert [e["session_id"] for e in report["excluded_sessions"]] == [ids[1], ids[2]]
    assert report["excluded_sessions"][0]["not_coded_by"] == ["ben"]
    assert any("left out" in n for n in report["notes"])
    for level, code in [
        ("families", "withdrawal"),
        ("families", "confrontation"),
        ("subtypes", "W1"),
        ("subtypes", "C4"),
    ]:
        a = reference_vectors(project, ids[0], anna, code)
        b = reference_vectors(project, ids[0], ben, code)
        block = report[level][code]
        assert block["n_units"] == len(a) == report["units"]
        assert block["kappa"] == pytest.approx(cohen_kappa_score(a, b)), code
    assert report["subtypes"]["W7"]["kappa"] is None  # nobody used W7: defined answer with its reason
    assert "one category only" in report["subtypes"]["W7"]["note"]


def test_uncoded_as_none_counts_a_session_one_coder_left_empty_as_no_markers(coded) -> None:
    project, ids, anna, ben = coded
    report = compute_agreement(project, AgreementRequest(("anna", "ben"), uncoded_as_none=True))
    assert report["sessions"] == ids[:2]  # the session nobody coded still does not count
    a = reference_vectors(project, ids[0], anna, "withdrawal") + reference_vectors(project, ids[1], anna, "withdrawal")
    b = reference_vectors(project, ids[0], ben, "withdrawal")
    b += [0] * (len(a) - len(b))  # session 2: ben's units all 0
    assert report["units"] == len(a)
    assert report["families"]["withdrawal"]["kappa"] == pytest.approx(cohen_kappa_score(a, b))
    assert any("counted as no markers for ben" in n for n in report["notes"])


def test_a_slice_rating_or_a_session_rating_means_the_coder_coded_the_session(coded, db_url: str) -> None:
    project, ids, _, _ = coded
    ben = Project(db_url, coder="ben")
    try:
        ben.rate_slice(ids[1], 0, "withdrawal", 2)  # ben looked at session 2 and found only a mild withdrawal
        report = compute_agreement(project, AgreementRequest(("anna", "ben"), session_ids=(ids[1],)))
    finally:
        ben.close()
    assert report["sessions"] == [ids[1]]
    assert report["families"]["withdrawal"]["marked"]["ben"] == 0


def test_speaker_restricts_units_to_client_segments(coded) -> None:
    project, ids, _, _ = coded
    every = compute_agreement(project, AgreementRequest(("anna", "ben")))
    client = compute_agreement(project, AgreementRequest(("anna", "ben"), speaker="client"))
    turns = project.session(ids[0]).turns
    assert client["units"] == sum(len(t.segments) for t in turns if t.speaker_role == "client") < every["units"]


def test_the_csv_export_is_written_whole(coded, tmp_path: Path) -> None:
    project, *_ = coded
    report = compute_agreement(project, AgreementRequest(("anna", "ben")))
    out = tmp_path / "agreement.csv"
    rows = write_agreement_csv(report, out)
    with out.open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert len(table) == rows > 0
    kappa = next(r for r in table if r["code"] == "withdrawal" and r["statistic"] == "kappa")
    assert float(kappa["value"]) == pytest.approx(report["families"]["withdrawal"]["kappa"], abs=1e-6)


@pytest.mark.parametrize(
    ("request_", "error", "message"),
    [
        (AgreementRequest(("anna",)), InputError, "two or more coders"),
        (AgreementRequest(("anna", "anna")), InputError, "named twice"),
        (AgreementRequest(("anna", "zoe")), NotFoundError, "no coder 'zoe'"),
        (AgreementRequest(("anna", "ben"), session_ids=(999,)), NotFoundError, "no session 999"),
        (AgreementRequest(("anna", "ben"), client="NOBODY"), NotFoundError, "no client 'NOBODY'"),
        (AgreementRequest(("anna", "ben"), speaker="other"), InputError, "--speaker"),
    ],
)
def test_bad_requests_say_what_is_wrong(coded, request_: AgreementRequest, error: type, message: str) -> None:
    project, *_ = coded
    with pytest.raises(error, match=message):
        compute_agreement(project, request_)


def test_no_session_coded_by_both_is_a_clear_error(coded) -> None:
    project, ids, _, _ = coded
    with pytest.raises(InputError, match=r"no session was coded by every one of anna, ben \(anna coded 1, ben coded 0"):
        compute_agreement(project, AgreementRequest(("anna", "ben"), session_ids=(ids[1],)))
