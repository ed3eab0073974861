"""Guess whether a speaker label names the therapist or the client."""

from __future__ import annotations

import re

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError

_THERAPIST = re.compile(
    r"^(t|th|therapist|counsell?or|clinician|interviewer|psychologist|psychotherapist|analyst|doctor|"
    r"dr\.?(\s.*)?|tx)$",
    re.IGNORECASE,
)
_CLIENT = re.compile(r"^(p|c|cl|pt|client|patient|participant|interviewee|consultee)$", re.IGNORECASE)


def role_from_label(label: str) -> SpeakerRole | None:
    label = label.strip()
    if _THERAPIST.match(label):
        return SpeakerRole.THERAPIST
    if _CLIENT.match(label):
        return SpeakerRole.CLIENT
    return None


def assign_roles(labels: list[str], therapist: str | None = None) -> tuple[dict[str, SpeakerRole], list[str]]:
    """Map each label (in order of first appearance) to a role; warn about every guess left open."""
    roles: dict[str, SpeakerRole | None] = {label: role_from_label(label) for label in labels}
    if therapist is not None:
        match = [label for label in labels if label.casefold() == therapist.strip().casefold()]
        if not match:
            raise InputError(f"--therapist {therapist!r} is not a speaker in this transcript ({', '.join(labels)})")
        for label in labels:
            if roles[label] is SpeakerRole.THERAPIST:
                roles[label] = None
        roles[match[0]] = SpeakerRole.THERAPIST
    open_labels = [label for label in labels if roles[label] is None]
    known = set(roles.values())
    # Two speakers, one known: the other is its counterpart.
    if len(labels) == 2 and len(open_labels) == 1:
        roles[open_labels[0]] = SpeakerRole.CLIENT if SpeakerRole.THERAPIST in known else SpeakerRole.THERAPIST
    warnings = []
    final: dict[str, SpeakerRole] = {}
    for label in labels:
        role = roles[label]
        if role is None:
            warnings.append(f"speaker {label!r}: role unknown, stored as 'other' (use --therapist LABEL)")
            role = SpeakerRole.OTHER
        final[label] = role
    return final, warnings
