"""Guessing speaker roles from labels, and the --therapist override."""

from __future__ import annotations

import pytest

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.roles import assign_roles, role_from_label


@pytest.mark.parametrize(
    "label",
    ["T", "t", "Th", "Therapist", "COUNSELLOR", "Counselor", "Clinician", "Interviewer", "Dr", "Dr. Rowe", "Tx"],
)
def test_therapist_labels(label: str) -> None:
    assert role_from_label(label) is SpeakerRole.THERAPIST


@pytest.mark.parametrize("label", ["P", "C", "Cl", "Pt", "Client", "patient", "Participant", " Client "])
def test_client_labels(label: str) -> None:
    assert role_from_label(label) is SpeakerRole.CLIENT


@pytest.mark.parametrize("label", ["Anna", "Note", "Speaker 1", "Therapists", "Doctor Who", "Mum"])
def test_other_labels_are_unknown(label: str) -> None:
    assert role_from_label(label) is None


def test_two_speakers_one_known_makes_the_other_its_counterpart() -> None:
    assert assign_roles(["T", "Anna"]) == ({"T": SpeakerRole.THERAPIST, "Anna": SpeakerRole.CLIENT}, [])
    assert assign_roles(["Anna", "Client"]) == ({"Anna": SpeakerRole.THERAPIST, "Client": SpeakerRole.CLIENT}, [])


def test_a_third_speaker_is_other_with_a_warning() -> None:
    roles, warnings = assign_roles(["T", "P", "Mum"])
    assert roles == {"T": SpeakerRole.THERAPIST, "P": SpeakerRole.CLIENT, "Mum": SpeakerRole.OTHER}
    assert warnings == ["speaker 'Mum': role unknown, stored as 'other' (use --therapist LABEL)"]


def test_therapist_option_overrides_guesses() -> None:
    roles, warnings = assign_roles(["Therapist", "Supervisor", "Client"], therapist=" supervisor ")
    assert roles["Supervisor"] is SpeakerRole.THERAPIST
    assert roles["Client"] is SpeakerRole.CLIENT
    assert roles["Therapist"] is SpeakerRole.OTHER  # no longer the therapist, and not guessable
    assert len(warnings) == 1 and "'Therapist'" in warnings[0]


def test_therapist_option_must_name_a_speaker() -> None:
    with pytest.raises(InputError, match=r"--therapist 'Bob' is not a speaker in this transcript \(Anna, Sam\)"):
        assign_roles(["Anna", "Sam"], therapist="Bob")
