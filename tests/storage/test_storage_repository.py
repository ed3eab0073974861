"""The repository on both backends: round trips, soft delete and restore, audit trail, all-or-nothing writes."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from sqlalchemy import func, select

from rupturetool.core.domain import (
    Family,
    Marker,
    Outcome,
    RuptureEpisode,
    Segment,
    Session,
    SessionMeasure,
    SpeakerRole,
    StageEvent,
    StrategyEvent,
    Turn,
)
from rupturetool.core.errors import InputError, NotFoundError, StorageError
from rupturetool.storage.engine import open_database
from rupturetool.storage.repository import Repository
from rupturetool.storage.tables import AuditRow, ClientRow, SegmentRow, SessionRow, TurnRow

TEXTS = [
    ("T", "How did the week go?"),
    ("P", "Fine. (shrugs) It was fine."),
    ("T", "You shrugged. What was it like, really?"),
    ("P", "I don't know. Whatever you think."),
    ("Mum", "She's been like this all week."),
]


def sentence_segments(text: str) -> tuple[Segment, ...]:
    """Split after each '. ' so the segments partition the text (no spaCy needed here)."""
    cuts = [0] + [i + 2 for i in range(len(text) - 1) if text[i : i + 2] in (". ", "? ")] + [len(text)]
    return tuple(Segment(index=i, start_char=a, end_char=b) for i, (a, b) in enumerate(itertools.pairwise(cuts)))


def make_turns() -> list[Turn]:
    return [
        Turn(index=i, speaker_label=label, speaker_role=SpeakerRole.OTHER, text=text, segments=sentence_segments(text))
        for i, (label, text) in enumerate(TEXTS)
    ]


def make_session(client: str = "RIVER-07", checksum: str = "abc123") -> Session:
    return Session(
        client_code=client,
        date=date(2026, 1, 12),
        number=3,
        source_name="s03.txt",
        source_checksum=checksum,
        notes="Session 3\nfictional",
        speakers={"T": SpeakerRole.THERAPIST, "P": SpeakerRole.CLIENT, "Mum": SpeakerRole.OTHER},
    )


def make_marker(session_id: int, turn: int = 3, segment: int | None = 1, **changes: object) -> Marker:
    text = TEXTS[turn][1]
    seg = sentence_segments(text)[segment] if segment is not None else Segment(0, 0, len(text))
    values: dict[str, object] = {
        "session_id": session_id,
        "turn_index": turn,
        "start_char": seg.start_char,
        "end_char": seg.end_char,
        "family": "withdrawal",
        "subtype": "W5",
        "coder": "ana",
        "segment_index": segment,
        "significance": 4,
        "note": "appeasing",
    }
    values.update(changes)
    return Marker(**values)  # type: ignore[arg-type]


@pytest.fixture
def repo(db_url: str):
    engine = open_database(db_url)
    yield Repository(engine)
    engine.dispose()


@pytest.fixture
def session_id(repo: Repository) -> int:
    stored = repo.add_session(make_session(), make_turns(), attachment="anxious-preoccupied", coder="ana")
    assert stored.id is not None
    return stored.id


def count(repo: Repository, column: object) -> int:
    with repo.atomic() as orm:
        return orm.scalar(select(func.count(column)))  # type: ignore[arg-type]


# -- sessions ---------------------------------------------------------------------------------------------------


def test_session_round_trip(repo: Repository, session_id: int) -> None:
    detail = repo.session_detail(session_id)
    session = detail.session
    assert (session.client_code, session.date, session.number) == ("RIVER-07", date(2026, 1, 12), 3)
    assert (session.source_name, session.source_checksum, session.notes) == (
        "s03.txt",
        "abc123",
        "Session 3\nfictional",
    )
    assert session.speakers == make_session().speakers
    assert [t.text for t in detail.turns] == [text for _, text in TEXTS]
    assert [t.speaker_label for t in detail.turns] == [label for label, _ in TEXTS]
    assert [t.speaker_role for t in detail.turns] == [
        SpeakerRole.THERAPIST,
        SpeakerRole.CLIENT,
        SpeakerRole.THERAPIST,
        SpeakerRole.CLIENT,
        SpeakerRole.OTHER,
    ]
    for stored, original in zip(detail.turns, make_turns(), strict=True):
        assert [(s.index, s.start_char, s.end_char) for s in stored.segments] == [
            (s.index, s.start_char, s.end_char) for s in original.segments
        ]
        assert all(s.id is not None for s in stored.segments)
    assert detail.turns[3].segment_text(detail.turns[3].segments[1]) == "Whatever you think."
    assert [c.code for c in repo.clients()] == ["RIVER-07"]
    assert repo.clients()[0].attachment == "anxious-preoccupied"


def test_session_summaries_and_lookup(repo: Repository, session_id: int) -> None:
    other = repo.add_session(make_session("ASH-01", "zzz"), make_turns()[:2])
    summaries = repo.sessions()
    assert [(s.client_code, s.turns, s.markers, s.episodes) for s in summaries] == [
        ("ASH-01", 2, 0, 0),
        ("RIVER-07", len(TEXTS), 0, 0),
    ]
    assert [s.id for s in repo.sessions("RIVER-07")] == [session_id]
    assert repo.find_session_by_checksum("RIVER-07", "abc123") == session_id
    assert repo.find_session_by_checksum("ASH-01", "abc123") is None
    assert repo.find_session_by_checksum("ASH-01", "zzz") == other.id


def test_missing_session(repo: Repository) -> None:
    with pytest.raises(NotFoundError, match="no session with id 42"):
        repo.session_detail(42)


def test_failing_action_inside_atomic_stores_nothing(repo: Repository) -> None:
    with pytest.raises(RuntimeError, match="boom"), repo.atomic():
        stored = repo.add_session(make_session(), make_turns(), coder="ana")
        assert repo.session_detail(stored.id).turns  # visible inside the transaction...  # type: ignore[arg-type]
        raise RuntimeError("boom")
    # ...and gone after it: no session, no client, no turns, no segments, no audit event.
    assert repo.sessions() == []
    assert repo.clients() == []
    assert count(repo, TurnRow.id) == 0
    assert count(repo, SegmentRow.id) == 0
    assert count(repo, AuditRow.id) == 0


def test_a_database_refusal_rolls_back_the_whole_session(repo: Repository) -> None:
    turns = make_turns()
    turns[-1] = Turn(4, "Mum", SpeakerRole.OTHER, "x", segments=(Segment(0, 1, 1),))  # an empty span: CHECK fails
    with pytest.raises(StorageError, match="refused"):
        repo.add_session(make_session(), turns)
    assert count(repo, SessionRow.id) == 0
    assert count(repo, ClientRow.id) == 0
    assert count(repo, TurnRow.id) == 0


# -- markers ------------------------------------------------------------------------------------------------------


def test_marker_add_delete_restore_keeps_the_id(repo: Repository, session_id: int) -> None:
    stored = repo.add_marker(make_marker(session_id))
    assert stored.id is not None and stored.created_at is not None
    assert (stored.turn_index, stored.segment_index, stored.subtype, stored.coder) == (3, 1, "W5", "ana")
    assert repo.markers(session_id) == [stored]
    assert repo.sessions()[0].markers == 1

    deleted = repo.delete_marker(stored.id, coder="ben")
    assert deleted.id == stored.id
    assert repo.markers(session_id) == []
    assert repo.sessions()[0].markers == 0
    with pytest.raises(NotFoundError):
        repo.delete_marker(stored.id, coder="ben")

    restored = repo.restore_marker(stored)
    assert restored.id == stored.id
    assert [m.id for m in repo.markers(session_id)] == [stored.id]
    assert repo.markers(session_id)[0].note == "appeasing"


def test_markers_filter_by_coder_and_order_by_turn(repo: Repository, session_id: int) -> None:
    late = repo.add_marker(make_marker(session_id, turn=3, coder="ana"))
    early = repo.add_marker(make_marker(session_id, turn=1, segment=0, subtype="W1", coder="ben"))
    whole_turn = repo.add_marker(make_marker(session_id, turn=4, segment=None, subtype="W4", coder="ben"))
    assert [m.id for m in repo.markers(session_id)] == [early.id, late.id, whole_turn.id]
    assert [m.id for m in repo.markers(session_id, coder="ben")] == [early.id, whole_turn.id]
    assert whole_turn.segment_index is None
    assert {c.name for c in repo.coders()} >= {"ana", "ben"}


INVALID_MARKERS: list[tuple[dict[str, object], type[Exception], str]] = [
    ({"start_char": 5, "end_char": 500}, InputError, "outside turn 3"),
    ({"start_char": 5, "end_char": 5}, InputError, "outside turn 3"),
    ({"significance": 6}, InputError, "significance must be 1–5"),
    ({"turn_index": 99}, NotFoundError, "has no turn 99"),
    ({"segment_index": 7}, NotFoundError, "turn 3 has no segment 7"),
]


def test_invalid_markers_are_refused_and_not_stored(repo: Repository, session_id: int) -> None:
    for changes, error, message in INVALID_MARKERS:  # one database for all cases: PostgreSQL set-up is slow
        with pytest.raises(error, match=message):
            repo.add_marker(make_marker(session_id, **changes))
    assert repo.markers(session_id) == []
    assert [e.action for e in repo.audit_events(session_id)] == ["import"]


def test_every_action_is_audited(repo: Repository, session_id: int) -> None:
    stored = repo.add_marker(make_marker(session_id))
    repo.delete_marker(stored.id, coder="ben")  # type: ignore[arg-type]
    repo.restore_marker(stored)
    repo.set_measure(SessionMeasure(session_id, "client_scaling", 4, coder="ana"))
    events = list(reversed(repo.audit_events(session_id)))  # newest first from the repository
    assert [(e.action, e.entity, e.coder) for e in events] == [
        ("import", "session", "ana"),
        ("add", "marker", "ana"),
        ("delete", "marker", "ben"),
        ("restore", "marker", "ana"),
        ("set", "measure", "ana"),
    ]
    assert events[0].entity_id == session_id
    assert {e.entity_id for e in events[1:4]} == {stored.id}
    assert all(e.session_id == session_id and e.at is not None for e in events)
    assert events[1].detail == "W5 sig 4"
    assert repo.audit_events(session_id, limit=2)[0].action == "set"


# -- episodes and measures ------------------------------------------------------------------------------------------


def test_episode_stored_with_markers_stages_and_strategies(repo: Repository, session_id: int) -> None:
    first = repo.add_marker(make_marker(session_id, turn=1, segment=0, subtype="W1"))
    second = repo.add_marker(make_marker(session_id, turn=3))
    episode = repo.add_episode(
        RuptureEpisode(
            session_id=session_id,
            coder="ana",
            family=Family.WITHDRAWAL,
            marker_ids=(first.id, second.id),  # type: ignore[arg-type]
            stages=(StageEvent(1, 2), StageEvent(2, 3)),
            strategies=(StrategyEvent("R4", 2),),
            outcome=Outcome.PARTIAL,
        )
    )
    assert episode.id is not None and episode.max_stage == 2
    assert repo.episode_ids_by_marker(session_id) == {first.id: episode.id, second.id: episode.id}
    assert repo.sessions()[0].episodes == 1
    assert repo.audit_events(session_id, limit=1)[0].detail == "withdrawal max stage 2"


INVALID_EPISODES: list[tuple[dict[str, object], type[Exception], str]] = [
    ({"stages": (StageEvent(5, 2),)}, InputError, "stage must be 1–4"),
    ({"stages": (StageEvent(1, 77),)}, NotFoundError, "has no turn 77"),
    ({"strategies": (StrategyEvent("R1", 77),)}, NotFoundError, "has no turn 77"),
    ({"marker_ids": (12345,)}, NotFoundError, "no marker 12345"),
]


def test_invalid_episode_stores_nothing(repo: Repository, session_id: int) -> None:
    episode = RuptureEpisode(session_id=session_id, coder="ana", family=Family.CONFRONTATION)
    for changes, error, message in INVALID_EPISODES:
        # The episode row is written before its stages and strategies are checked: all of it must roll back.
        with pytest.raises(error, match=message):
            repo.add_episode(RuptureEpisode(**{**episode.__dict__, **changes}))
    assert repo.sessions()[0].episodes == 0
    assert repo.episode_ids_by_marker(session_id) == {}
    assert [e.action for e in repo.audit_events(session_id)] == ["import"]


def test_measures_are_stored_and_updated_per_coder(repo: Repository, session_id: int) -> None:
    repo.set_measure(SessionMeasure(session_id, "client_scaling", 4, coder="ana"))
    repo.set_measure(SessionMeasure(session_id, "client_scaling", 6, coder="ana"))  # replaces ana's value
    repo.set_measure(SessionMeasure(session_id, "client_scaling", 5, coder="ben"))
    repo.set_measure(SessionMeasure(session_id, "wai_sr_task", 14))
    repo.set_measure(SessionMeasure(session_id, "wai_sr_task", 15))
    measures = sorted((m.name, m.coder or "", m.value) for m in repo.measures(session_id))
    assert measures == [("client_scaling", "ana", 6.0), ("client_scaling", "ben", 5.0), ("wai_sr_task", "", 15.0)]


# -- export rows --------------------------------------------------------------------------------------------------


def test_marker_rows(repo: Repository, session_id: int) -> None:
    kept = repo.add_marker(make_marker(session_id, turn=3))
    gone = repo.add_marker(make_marker(session_id, turn=1, segment=0, subtype="W1", coder="ben"))
    repo.delete_marker(gone.id, coder="ben")  # type: ignore[arg-type]
    episode = repo.add_episode(
        RuptureEpisode(session_id, "ana", Family.WITHDRAWAL, marker_ids=(kept.id,))  # type: ignore[arg-type]
    )
    other = repo.add_session(make_session("ASH-01", "zzz"), make_turns())
    repo.add_marker(make_marker(other.id, turn=2, segment=0, family="confrontation", subtype="C1", coder="ben"))  # type: ignore[arg-type]

    rows = repo.marker_rows("RIVER-07")
    assert len(rows) == 1
    row = rows[0]
    assert (row["client"], row["attachment"], row["session_id"], row["session_number"]) == (
        "RIVER-07",
        "anxious-preoccupied",
        session_id,
        3,
    )
    assert row["session_date"] == date(2026, 1, 12)
    assert (row["coder"], row["turn_index"], row["segment_index"], row["speaker_role"]) == ("ana", 3, 1, "client")
    assert (row["family"], row["subtype"], row["significance"], row["source"]) == ("withdrawal", "W5", 4, "manual")
    assert (row["marker_id"], row["episode_id"]) == (kept.id, episode.id)
    assert row["turn_text"][row["start_char"] : row["end_char"]] == "Whatever you think."

    assert [r["subtype"] for r in repo.marker_rows()] == ["C1", "W5"]  # ordered by client code
    assert [r["subtype"] for r in repo.marker_rows(coder="ben")] == ["C1"]
    assert repo.marker_rows("NOBODY") == []
    assert repo.marker_rows(coder="ben")[0]["speaker_role"] == "therapist"
