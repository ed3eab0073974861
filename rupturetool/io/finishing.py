"""What every reader's output goes through: merge same-speaker pieces, flag unknown speakers, settle roles."""

from __future__ import annotations

from rupturetool.core.domain import SpeakerRole
from rupturetool.core.errors import InputError
from rupturetool.io.roles import settle_roles
from rupturetool.io.transcript import UNKNOWN_SPEAKER, ParsedTranscript, ParsedTurn, RawTranscript, ReadOptions

# Refuse rather than guess when most of the talk has no speaker: the structure is gone.
MAX_UNKNOWN_SHARE = 0.5


def merge_consecutive(turns: list[ParsedTurn], joiner: str) -> list[ParsedTurn]:
    """Consecutive pieces from one speaker are one turn; its times span theirs."""
    merged: list[ParsedTurn] = []
    for turn in turns:
        text = turn.text.strip()
        if not text:
            continue
        last = merged[-1] if merged else None
        # Lines with no speaker never merge: two of them in a row may well be two different people.
        if last is not None and last.speaker_label == turn.speaker_label and turn.speaker_label is not None:
            last.text = f"{last.text}{joiner}{text}"
            if turn.end is not None or turn.start is not None:
                last.end = turn.end if turn.end is not None else turn.start
            if last.start is None:
                last.start = turn.start
        else:
            merged.append(ParsedTurn(turn.speaker_label, text, turn.line, turn.start, turn.end))
    return merged


def finish(raw: RawTranscript, source_name: str, checksum: str, options: ReadOptions) -> ParsedTranscript:
    where = f"{source_name} (session {raw.session_key})" if raw.session_key is not None else source_name
    turns = merge_consecutive(raw.turns, raw.joiner)
    if not turns:
        raise InputError(f"{where}: the speaker labels are there but no turn has any text")
    unknown = [t for t in turns if t.speaker_label is None]
    if len(unknown) == len(turns) or len(unknown) / len(turns) > MAX_UNKNOWN_SHARE:
        raise InputError(
            f"{where}: the speaker of {len(unknown)} of {len(turns)} turns cannot be determined; "
            "too little speaker structure is left to import it faithfully"
        )
    warnings = list(raw.warnings)
    for turn in unknown:
        excerpt = " ".join(turn.text.split())[:40]
        warnings.append(
            f"line {turn.line}: speaker unknown ({excerpt!r}); stored as {UNKNOWN_SPEAKER}, please assign it"
        )
        turn.speaker_label = UNKNOWN_SPEAKER
    labels = list(dict.fromkeys(t.speaker_label for t in turns if t.speaker_label != UNKNOWN_SPEAKER))
    speakers, basis, role_warnings = settle_roles(labels, turns, stated=raw.roles, therapist=options.therapist)
    if unknown:
        speakers[UNKNOWN_SPEAKER] = SpeakerRole.UNKNOWN
        basis[UNKNOWN_SPEAKER] = "speaker label missing in the file"
    if len(labels) == 1:
        warnings.append(f"only one speaker ({labels[0]!r}) found")
    return ParsedTranscript(
        source_name=source_name,
        checksum=checksum,
        turns=turns,
        notes=raw.notes,
        speakers=speakers,
        warnings=warnings + role_warnings,
        session_key=raw.session_key,
        date=raw.date,
        role_confidence=basis,
        client_key=raw.client_key,
        unit=raw.unit,
    )
