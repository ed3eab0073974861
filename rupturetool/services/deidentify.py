"""De-identification: pseudonymised speaker labels on import, a PII scan per session, and undoable redaction.

The mapping from a speaker's real name to its pseudonym is written only to a local file,
``<data dir>/pseudonyms/<client code>.json`` (mode 0600), never to the database: a shared PostgreSQL server never
holds it. The names in it are what the PII scan looks for first in that client's sessions.

``DeidentifyMixin`` expects the Project's attributes (``repo``, ``session``, ``_edit_turns``); the Project class
lists it among its bases.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from rupturetool.core.commands import Change, nothing_changed
from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.core.pii import PiiHit, redact_turn
from rupturetool.io.reading import ReadTranscript
from rupturetool.io.roles import looks_like_name
from rupturetool.io.transcript import UNKNOWN_SPEAKER
from rupturetool.services import paths

if TYPE_CHECKING:
    from rupturetool.services.project import Project

# How a role must have been settled for its word to become the pseudonym ("Therapist"): a guess from how people
# talk is not enough, since the user may still change the role and the label would then say the wrong thing.
_SETTLED = ("--therapist", "stated in the file", "set by the user", "label", "remembered", "the other speaker's role")
_ROLE_WORDS = {SpeakerRole.THERAPIST: "Therapist", SpeakerRole.CLIENT: "Client"}


# -- the local mapping file ----------------------------------------------------------------------------------------
def pseudonyms_dir() -> Path:
    return paths.data_dir() / "pseudonyms"


def pseudonym_file(client: str) -> Path:
    """The client's mapping file; the code is quoted so that any code makes one safe file name."""
    name = quote(client, safe="")
    return pseudonyms_dir() / f"{'%2E' + name[1:] if name.startswith('.') else name}.json"


def read_pseudonyms(client: str) -> dict[str, str]:
    """Real name -> pseudonym for the client's speakers (empty when no file)."""
    path = pseudonym_file(client)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: the pseudonym file cannot be read ({exc})") from None
    speakers = data.get("speakers") if isinstance(data, dict) else None
    if not isinstance(speakers, dict):
        raise InputError(f"{path}: not a pseudonym file (no 'speakers' mapping)")
    return {str(k): str(v) for k, v in speakers.items()}


def write_pseudonyms(client: str, mapping: Mapping[str, str]) -> Path:
    """Replace the client's mapping file atomically, readable by its owner only."""
    path = pseudonym_file(client)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = json.dumps({"client": client, "speakers": dict(sorted(mapping.items()))}, ensure_ascii=False, indent=2)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".pseudonyms-", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# -- pseudonyms on import ------------------------------------------------------------------------------------------
def _free(candidate: str, taken: set[str]) -> str:
    if candidate not in taken:
        return candidate
    stem, n = candidate, 2
    if candidate.startswith("Speaker ") and candidate[8:].isdigit():
        stem, n = "Speaker", int(candidate[8:]) + 1
    while f"{stem} {n}" in taken:
        n += 1
    return f"{stem} {n}"


def choose_pseudonyms(
    labels: Sequence[str], roles: Mapping[str, SpeakerRole], basis: Mapping[str, str], known: Mapping[str, str]
) -> dict[str, str]:
    """Pseudonyms for the labels that look like names: the one used before for that name when it still fits,
    else the settled role ("Therapist", "Client", "Client 2"), else "Speaker N" (N: its place among the speakers)."""
    taken = {label for label in labels if not looks_like_name(label)}
    chosen: dict[str, str] = {}
    for position, label in enumerate(labels, start=1):
        if label in taken or label == UNKNOWN_SPEAKER:
            continue
        settled = basis.get(label, "").startswith(_SETTLED)
        role_word = _ROLE_WORDS.get(roles.get(label, SpeakerRole.UNKNOWN)) if settled else None
        before = known.get(label)
        fits = before is not None and before not in taken and (role_word is None or before.startswith(role_word))
        pseudonym = before if fits and before is not None else _free(role_word or f"Speaker {position}", taken)
        chosen[label] = pseudonym
        taken.add(pseudonym)
    return chosen


def pseudonymise(read: ReadTranscript, known: Mapping[str, str]) -> tuple[ReadTranscript, dict[str, str]]:
    """The session with name-like speaker labels replaced by pseudonyms, and the mapping used (real -> pseudonym)."""
    parsed = read.parsed
    mapping = choose_pseudonyms(list(parsed.speakers), parsed.speakers, parsed.role_confidence, known)
    if not mapping:
        return read, {}

    def rename(label: str | None) -> str | None:
        return mapping.get(label, label) if label is not None else None

    turns = [dataclasses.replace(t, speaker_label=rename(t.speaker_label)) for t in parsed.turns]
    parsed = dataclasses.replace(
        parsed,
        turns=turns,
        speakers={mapping.get(k, k): v for k, v in parsed.speakers.items()},
        role_confidence={mapping.get(k, k): v for k, v in parsed.role_confidence.items()},
        warnings=[_renamed(w, mapping) for w in parsed.warnings],
    )
    stored = tuple(
        dataclasses.replace(t, speaker_label=mapping.get(t.speaker_label, t.speaker_label)) for t in read.turns
    )
    return ReadTranscript(parsed, stored), mapping


def _renamed(warning: str, mapping: Mapping[str, str]) -> str:
    """A warning about a speaker names the label as stored (the pseudonym), not the real name."""
    for real, pseudonym in mapping.items():
        warning = warning.replace(f"speaker {real!r}", f"speaker {pseudonym!r}")
    return warning


def session_names(project: Project, session_id: int) -> list[str]:
    """The real names of a session's speakers: from the client's local mapping file, and any stored label that
    still looks like a name (imported with --keep-names)."""
    session = project.session(session_id).session
    names = list(read_pseudonyms(session.client_code))
    return names + [label for label in session.speakers if looks_like_name(label) and label not in names]


# -- the scan and redaction ------------------------------------------------------------------------------------------
def scan_session(project: Project, session_id: int) -> list[PiiHit]:
    from rupturetool.nlp.pii import scan

    return scan(project.session(session_id).turns, names=session_names(project, session_id))


def pii_warning(project: Project, session_ids: Iterable[int]) -> str | None:
    """The one-line warning for an export with verbatim text, when identifiers remain; None when none do."""
    counts = {sid: len(scan_session(project, sid)) for sid in session_ids}
    found = {sid: n for sid, n in counts.items() if n}
    if not found:
        return None
    total, sessions = sum(found.values()), len(found)
    example = min(found)
    return (
        f"warning: {total} likely identifier{'s' if total != 1 else ''} remain unredacted in {sessions} "
        f"session{'s' if sessions != 1 else ''}; run `rupturetool pii {example} --redact`"
    )


def exported_sessions(
    project: Project, client: str | None = None, date_from: date | None = None, date_to: date | None = None
) -> list[int]:
    """The sessions whose text an export with --include-text can carry: those of the selection with markers."""
    return [
        s.id
        for s in project.sessions(client)
        if s.markers
        and (date_from is None or (s.date is not None and s.date >= date_from))
        and (date_to is None or (s.date is not None and s.date <= date_to))
    ]


def redact_session(project: Project, session_id: int, hits: Sequence[PiiHit] | None = None) -> Change:
    """Replace identifiers with placeholders ("[NAME]", "[PHONE]"...) as one undoable action over every turn;
    markers, segments and cues stay on their text. ``None``: every identifier the scan finds now."""
    chosen = scan_session(project, session_id) if hits is None else list(hits)
    if not chosen:
        return nothing_changed(session_id)
    turns = sorted({h.turn_index for h in chosen})
    count = len(project.session(session_id).turns)
    if turns[0] < 0 or turns[-1] >= count:
        raise InputError(f"session {session_id} has no turn {turns[-1] + 1} (it has {count})")
    states = project.repo.turn_states(session_id, turns)
    after = [redact_turn(state, chosen) for state in states]
    n = len(chosen)
    label = f"Redact {n} identifier{'s' if n != 1 else ''} in {len(turns)} turn{'s' if len(turns) != 1 else ''}"
    return project._edit_turns(states, after, label, "redact")


class DeidentifyMixin:
    """The scan and redaction on the Project facade."""

    def pii_hits(self: Project, session_id: int) -> list[PiiHit]:
        """Likely identifiers in a session's transcript (nothing is changed)."""
        return scan_session(self, session_id)

    def redact(self: Project, session_id: int, hits: Sequence[PiiHit] | None = None) -> Change:
        """See :func:`redact_session`: one undoable action."""
        return redact_session(self, session_id, hits)
