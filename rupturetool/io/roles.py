"""Guess whether a speaker label names the therapist or the client."""

from __future__ import annotations

import re

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.transcript import ParsedTurn

_THERAPIST = re.compile(
    r"^(t|th|therapist|counsell?or|clinician|interviewer|psychologist|psychotherapist|analyst|doctor|"
    r"dr\.?(\s.*)?|tx)$",
    re.IGNORECASE,
)
_CLIENT = re.compile(r"^(p|c|cl|pt|client|patient|participant|interviewee|consultee)$", re.IGNORECASE)


# Words a speaker label may hold without naming anyone ("Speaker 2", "SPEAKER_00", "Client A", "Mother").
_GENERIC_TEXT = (
    "speaker spk person participant unknown voice interviewer interviewee therapist client patient counsellor "
    "counselor clinician doctor dr psychologist psychotherapist analyst consultee moderator facilitator "
    "observer supervisor trainee interpreter translator mother father mum mom dad parent partner husband wife "
    "son daughter child carer caregiver male female man woman other group family member cotherapist co th pt cl tx"
)
_GENERIC_WORDS = frozenset(_GENERIC_TEXT.split())
_WORDS = re.compile(r"[^\W\d_]+")


def looks_like_name(label: str) -> bool:
    """True when a speaker label holds a word that may be a person's name ("Anna", "Dr Okafor", "Therapist (Jo)")
    rather than only role words, numbers and single letters ("T", "Client", "SPEAKER_00", "Speaker 3")."""
    return any(len(word) > 1 and word.casefold() not in _GENERIC_WORDS for word in _WORDS.findall(label))


def role_from_label(label: str) -> SpeakerRole | None:
    label = label.strip()
    if _THERAPIST.match(label):
        return SpeakerRole.THERAPIST
    if _CLIENT.match(label):
        return SpeakerRole.CLIENT
    return None


def _behaviour_scores(labels: list[str], turns: list[ParsedTurn]) -> dict[str, float]:
    """How therapist-like each speaker talks: share of turns that ask something, plus opening the session."""
    asked: dict[str, int] = dict.fromkeys(labels, 0)
    spoke: dict[str, int] = dict.fromkeys(labels, 0)
    for turn in turns:
        if turn.speaker_label in spoke:
            spoke[turn.speaker_label] += 1
            asked[turn.speaker_label] += "?" in turn.text
    first = next((t.speaker_label for t in turns if t.speaker_label in spoke), None)
    return {label: asked[label] / max(spoke[label], 1) + (0.25 if label == first else 0.0) for label in labels}


def settle_roles(
    labels: list[str],
    turns: list[ParsedTurn],
    *,
    stated: dict[str, SpeakerRole] | None = None,
    therapist: str | None = None,
    remembered: dict[str, SpeakerRole] | None = None,
) -> tuple[dict[str, SpeakerRole], dict[str, str], list[str]]:
    """Map each label to a role and say how each was settled; warn about every role left open.

    In order of authority: ``--therapist``, roles the file states, roles remembered for this client, the label
    itself (T, Therapist, Counsellor, Dr...), and last the way each speaker talks (who asks, who opens).
    """
    roles: dict[str, SpeakerRole | None] = dict.fromkeys(labels)
    basis: dict[str, str] = {}

    def settle(label: str, role: SpeakerRole, how: str) -> None:
        if roles[label] is None:
            roles[label], basis[label] = role, how

    if therapist is not None:
        match = [label for label in labels if label.casefold() == therapist.strip().casefold()]
        if not match:
            raise InputError(f"--therapist {therapist!r} is not a speaker in this transcript ({', '.join(labels)})")
        settle(match[0], SpeakerRole.THERAPIST, "--therapist")
        for label in labels:
            if label != match[0] and role_from_label(label) is SpeakerRole.THERAPIST:
                basis[label] = "label, but --therapist names another speaker"
    for source, how in ((stated or {}, "stated in the file"), (remembered or {}, "remembered for this client")):
        for label in labels:
            if label in source and label not in basis:
                settle(label, source[label], how)
    for label in labels:
        guess = role_from_label(label)
        if guess is not None and label not in basis:
            settle(label, guess, "label")
    open_labels = [label for label in labels if roles[label] is None]
    known = {r for r in roles.values() if r is not None}
    if len(labels) == 2 and len(open_labels) == 1:
        # Two speakers, one known: the other is its counterpart.
        other = SpeakerRole.CLIENT if SpeakerRole.THERAPIST in known else SpeakerRole.THERAPIST
        settle(open_labels[0], other, "the other speaker's role")
    elif len(labels) == 2 and len(open_labels) == 2 and turns:
        scores = _behaviour_scores(labels, turns)
        first, second = sorted(labels, key=lambda label: scores[label], reverse=True)
        margin = scores[first] - scores[second]
        sure = "fairly sure" if margin >= 0.35 else "unsure"  # opening alone (0.25) is not enough
        settle(first, SpeakerRole.THERAPIST, f"behaviour: asks more questions or opens ({sure})")
        settle(second, SpeakerRole.CLIENT, f"behaviour: the other speaker ({sure})")
    warnings = []
    final: dict[str, SpeakerRole] = {}
    for label in labels:
        role = roles[label]
        if role is None:
            warnings.append(f"speaker {label!r}: role unknown, stored as 'other' (use --therapist LABEL)")
            role, basis[label] = SpeakerRole.OTHER, "unknown"
        elif basis[label].endswith("(unsure)"):
            warnings.append(f"speaker {label!r}: guessed {role} from how they talk, unsure (use --therapist LABEL)")
        final[label] = role
    return final, basis, warnings


def assign_roles(labels: list[str], therapist: str | None = None) -> tuple[dict[str, SpeakerRole], list[str]]:
    """Roles from the labels alone (no turns to judge behaviour by)."""
    roles, _basis, warnings = settle_roles(labels, [], therapist=therapist)
    return roles, warnings
