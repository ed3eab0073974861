"""The trainable suggester on a tiny synthetic coded set: trains in seconds, saves versioned, loads and suggests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rupturetool.analytics.agreement import marked_segments
from rupturetool.core.domain import Marker, Segment, SpeakerRole, Turn
from rupturetool.core.errors import InputError
from rupturetool.nlp import textcat_training as tt
from rupturetool.nlp.textcat_suggester import latest_model, load_suggester, read_meta

COMPLAINT = "I hate this therapy and it is useless."
APPEASE = "Whatever you think is best, you are right."
CHAT = "The garden looks lovely in the spring sun."


def one_sentence_turn(index: int, role: SpeakerRole, text: str) -> Turn:
    return Turn(index, role.value[0].upper(), role, text, segments=(Segment(0, 0, len(text)),))


def session(n: int) -> tt.CodedSession:
    turns, markers = [], []
    for i, text in enumerate([COMPLAINT, APPEASE, CHAT] * 4):
        turns.append(one_sentence_turn(2 * i, SpeakerRole.THERAPIST, "What do you make of that?"))
        turns.append(one_sentence_turn(2 * i + 1, SpeakerRole.CLIENT, text))
        subtype = {COMPLAINT: "C3", APPEASE: "W5"}.get(text)
        if subtype:
            family = "confrontation" if subtype == "C3" else "withdrawal"
            markers.append(Marker(n, 2 * i + 1, 0, len(text), family, subtype, "gold", segment_index=0))
    return tt.CodedSession(n, f"SYN/{n}", tuple(turns), tuple(markers))


SESSIONS = [session(n) for n in range(1, 5)]


def test_examples_label_marked_client_segments_only() -> None:
    examples = tt.build_examples(SESSIONS[0], marked_segments)
    assert len(examples) == 12  # client segments only; the therapist's turns are context
    assert tt.label_counts(examples) == {"C3": 4, "W5": 4}
    first = examples[0]
    assert first.labels == frozenset({"C3"}) and first.text.startswith(COMPLAINT)
    assert "t_make" in first.text and "t_asked" in first.text  # the therapist's question, kept apart
    assert examples[2].labels == frozenset()


def test_split_is_by_session_deterministic_and_never_empty() -> None:
    keys = [f"S/{i}" for i in range(8)]
    train, held = tt.split_sessions(keys, seed=3)
    assert (train, held) == tt.split_sessions(list(reversed(keys)), seed=3)
    assert len(held) == 2 and not set(train) & set(held) and sorted(train + held) == sorted(keys)
    assert len(tt.split_sessions(keys[:2])[1]) == 1
    with pytest.raises(InputError, match="at least 2 coded sessions"):
        tt.split_sessions(keys[:1])


def test_trains_saves_versions_and_suggests(tmp_path: Path) -> None:
    examples = [ex for s in SESSIONS[:3] for ex in tt.build_examples(s, marked_segments)]
    nlp = tt.train_pipeline(examples, ["C3", "W5"], epochs=6)
    assert nlp is not None
    models = tmp_path / "models"
    name = tt.next_model_name(models, tt.slugify("Dr. Gold"))
    assert name == "textcat-dr-gold-v1"
    meta = {"name": name, "coder": "Dr. Gold", "features": tt.FEATURES, "labels": ["C3", "W5"], "threshold": 0.5}
    path = tt.save_model(nlp, models, name, meta)
    assert tt.next_model_name(models, "dr-gold") == "textcat-dr-gold-v2"
    assert latest_model(models, "Dr. Gold") == path
    assert latest_model(models, "someone else") is None
    assert json.loads((path / "meta.json").read_text())["coder"] == "Dr. Gold"
    assert not list(models.glob(".*"))  # nothing left half-written

    found = load_suggester(path)(SESSIONS[3].turns)
    by_turn = {(s.turn_index, s.subtype) for s in found}
    complaints = [t.index for t in SESSIONS[3].turns if t.text == COMPLAINT]
    chats = [t.index for t in SESSIONS[3].turns if t.text == CHAT]
    assert {(t, "C3") for t in complaints} <= by_turn
    assert not {t for t, _ in by_turn} & set(chats)
    hit = next(s for s in found if s.subtype == "C3")
    assert hit.family == "confrontation"  # from the scheme: the model's meta recorded no families
    assert hit.suggester == name and hit.explanation.startswith(f"trained model {name}: P(C3)=")
    assert (hit.start_char, hit.end_char) == (0, len(COMPLAINT)) and hit.confidence >= 0.5


def test_cancel_between_epochs_returns_nothing() -> None:
    examples = tt.build_examples(SESSIONS[0], marked_segments)
    assert tt.train_pipeline(examples, ["C3"], epochs=3, cancelled=lambda: True) is None


def test_a_folder_without_meta_is_not_a_model(tmp_path: Path) -> None:
    (tmp_path / "textcat-x-v1").mkdir()
    assert latest_model(tmp_path, "x") is None
    with pytest.raises(InputError, match="not a rupturetool model"):
        read_meta(tmp_path / "textcat-x-v1")
