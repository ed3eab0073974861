"""rupturetool's own transcript interchange format (JSON, versioned): read strictly, written losslessly.

The format is documented in docs/interchange.md. Reading checks every field and names the JSON path of the
first problem (``sessions[2].turns[5].text: expected a string, got a number``); a field the format does not
define is an error too, so a misspelt field never silently drops data. :func:`write_interchange` writes
what the reader reads back unchanged.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.transcript import UNKNOWN_SPEAKER, ParsedTranscript, ParsedTurn, RawTranscript, ReadOptions

FORMAT = "rupturetool-transcript"
VERSION = 1
ROLES = ("therapist", "client", "other")

_TOP = {"format": True, "version": True, "sessions": True}  # field -> required
_SESSION = {"key": False, "client": False, "date": False, "notes": False, "speakers": False, "turns": True}
_TURN = {"speaker": True, "text": True, "start": False, "end": False}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MARKER = f'"{FORMAT}"'


class _Invalid(Exception):
    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def _object(value: object, path: str, fields: dict[str, bool]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(path, f"expected an object, got {_kind(value)}")
    for name in value:
        if name not in fields:
            raise _Invalid(path, f"unknown field {name!r} (fields: {', '.join(fields)})")
    for name, required in fields.items():
        if required and name not in value:
            raise _Invalid(path, f"missing field {name!r}")
    return value


def _string(value: object, path: str, *, nullable: bool = False, blank: bool = False) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise _Invalid(path, f"expected a string{' or null' if nullable else ''}, got {_kind(value)}")
    if not blank and not value.strip():
        raise _Invalid(path, "is empty")
    return value


def _seconds(value: object, path: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Invalid(path, f"expected seconds (a number) or null, got {_kind(value)}")
    try:
        seconds = float(value)
    except OverflowError:
        raise _Invalid(path, "number too large") from None
    if not math.isfinite(seconds) or seconds < 0:
        raise _Invalid(path, "expected seconds from the session's start (0 or more)")
    return seconds


def _date(value: object, path: str) -> date | None:
    text = _string(value, path, nullable=True)
    if text is None:
        return None
    try:
        if not _DATE.match(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise _Invalid(path, f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _session(value: object, path: str) -> RawTranscript:
    session = _object(value, path, _SESSION)
    turns_value = session["turns"]
    if not isinstance(turns_value, list):
        raise _Invalid(f"{path}.turns", f"expected a list, got {_kind(turns_value)}")
    if not turns_value:
        raise _Invalid(f"{path}.turns", "is empty: a session needs at least one turn")
    turns: list[ParsedTurn] = []
    warnings: list[str] = []
    for index, turn_value in enumerate(turns_value):
        where = f"{path}.turns[{index}]"
        turn = _object(turn_value, where, _TURN)
        speaker = _string(turn["speaker"], f"{where}.speaker", nullable=True)
        if speaker == UNKNOWN_SPEAKER:
            raise _Invalid(f"{where}.speaker", f"use null, not {UNKNOWN_SPEAKER!r}, for a speaker not known")
        text = _string(turn["text"], f"{where}.text")
        start = _seconds(turn.get("start"), f"{where}.start")
        end = _seconds(turn.get("end"), f"{where}.end")
        if start is not None and end is not None and end < start:
            warnings.append(f"{where}: ends ({end:g} s) before it starts ({start:g} s)")
        turns.append(ParsedTurn(speaker_label=speaker, text=text or "", line=index + 1, start=start, end=end))
    speakers_value = session.get("speakers", {})
    if not isinstance(speakers_value, dict):
        raise _Invalid(f"{path}.speakers", f"expected an object (label -> role), got {_kind(speakers_value)}")
    spoken = {t.speaker_label for t in turns}
    roles: dict[str, SpeakerRole] = {}
    for label, role in speakers_value.items():
        where = f"{path}.speakers[{json.dumps(label, ensure_ascii=False)}]"
        if role not in ROLES:
            shown = repr(role) if isinstance(role, str) else _kind(role)
            raise _Invalid(where, f"expected one of {', '.join(ROLES)}, got {shown}")
        if label not in spoken:
            raise _Invalid(where, "this speaker has no turn (check the spelling against the turns' speaker)")
        roles[label] = SpeakerRole(role)
    return RawTranscript(
        turns=turns,
        notes=_string(session.get("notes", ""), f"{path}.notes", blank=True) or "",
        warnings=warnings,
        session_key=_string(session.get("key"), f"{path}.key", nullable=True),
        date=_date(session.get("date"), f"{path}.date"),
        joiner="\n",
        roles=roles,
        client_key=_string(session.get("client"), f"{path}.client", nullable=True),
    )


def _document(value: object) -> list[RawTranscript]:
    if isinstance(value, dict) and "format" not in value:
        raise _Invalid("", f'not a rupturetool interchange file (it has no "format": "{FORMAT}")')
    top = _object(value, "", _TOP)
    if top["format"] != FORMAT:
        raise _Invalid("format", f"expected {FORMAT!r}: this is not a rupturetool interchange file")
    version = top["version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Invalid("version", f"expected a whole number, got {_kind(version)}")
    if version > VERSION:
        raise _Invalid("version", f"{version} is newer than this rupturetool reads ({VERSION}); please update")
    if version != VERSION:
        raise _Invalid("version", f"{version} is not a version of this format (1 is)")
    sessions_value = top["sessions"]
    if not isinstance(sessions_value, list):
        raise _Invalid("sessions", f"expected a list, got {_kind(sessions_value)}")
    if not sessions_value:
        raise _Invalid("sessions", "is empty")
    sessions = [_session(value, f"sessions[{index}]") for index, value in enumerate(sessions_value)]
    if len(sessions) > 1:
        seen: dict[str, int] = {}
        for index, session in enumerate(sessions):
            if session.session_key is None:
                raise _Invalid(f"sessions[{index}].key", "needed when a file holds several sessions")
            if session.session_key in seen:
                raise _Invalid(
                    f"sessions[{index}].key",
                    f"{session.session_key!r} is also sessions[{seen[session.session_key]}]'s key",
                )
            seen[session.session_key] = index
    return sessions


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise _Invalid("", f"field {name!r} appears twice in one object")
        result[name] = value
    return result


def _no_constant(name: str) -> None:
    raise _Invalid("", f"{name} is not a number JSON allows")


def read_interchange(text: str, source_name: str) -> list[RawTranscript]:
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
        return _document(value)
    except _Invalid as error:
        raise InputError(f"{source_name}: {error}") from None
    except json.JSONDecodeError as error:
        raise InputError(
            f"{source_name}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, nesting thousands deep
        raise InputError(f"{source_name}: not valid JSON ({type(error).__name__})") from None


class InterchangeReader:
    name = "json"
    suffixes = (".json",)
    binary = False

    def sniff(self, sample: str | bytes, suffix: str) -> float:
        if not isinstance(sample, str) or not sample.lstrip().startswith("{"):
            return 0.0
        if _MARKER in sample[:4096]:
            return 0.95
        return 0.4 if suffix in self.suffixes else 0.0  # some other JSON: read() will say what it lacks

    def read(self, data: str | bytes, source_name: str, options: ReadOptions) -> list[RawTranscript]:
        assert isinstance(data, str)
        return read_interchange(data, source_name)


READER = InterchangeReader()


# ---- writing ----------------------------------------------------------------------------------------------


def _session_out(session: RawTranscript | ParsedTranscript) -> dict[str, Any]:
    turns = [t for t in session.turns if t.text.strip()]
    if not turns:
        raise ValueError(f"session {session.session_key!r} has no turn with text")
    labels = {t.speaker_label for t in turns}
    stated = session.speakers if isinstance(session, ParsedTranscript) else session.roles
    return {
        "key": session.session_key,
        "client": getattr(session, "client_key", None),
        "date": session.date.isoformat() if session.date is not None else None,
        "notes": session.notes,
        "speakers": {
            label: str(role)
            for label, role in stated.items()
            if label in labels and label != UNKNOWN_SPEAKER and str(role) in ROLES
        },
        "turns": [
            {
                "speaker": None if t.speaker_label in (None, UNKNOWN_SPEAKER) else t.speaker_label,
                "text": t.text,
                "start": t.start,
                "end": t.end,
            }
            for t in turns
        ],
    }


def write_interchange(sessions: Iterable[RawTranscript | ParsedTranscript]) -> str:
    """The sessions as an interchange document (``read_interchange`` reads it back unchanged).

    Turns without text are left out; a speaker stored as unknown is written as ``null``. Several sessions need
    distinct keys (ValueError otherwise), since a file's sessions are told apart by them.
    """
    out = [_session_out(session) for session in sessions]
    if not out:
        raise ValueError("no session to write")
    keys = [s["key"] for s in out]
    if len(out) > 1 and (None in keys or len(set(keys)) != len(keys)):
        raise ValueError("several sessions need distinct, non-null keys")
    document = {"format": FORMAT, "version": VERSION, "sessions": out}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
