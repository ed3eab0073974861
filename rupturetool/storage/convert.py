"""ORM rows -> core objects. Workers and views only ever see the core objects."""

from __future__ import annotations

import json

from rupturetool.core.domain import (
    Actor,
    AuditEvent,
    Client,
    Cue,
    Marker,
    MarkerSource,
    Segment,
    Session,
    SpeakerRole,
    Turn,
)
from rupturetool.storage.tables import AuditRow, ClientRow, MarkerRow, SegmentRow, SessionRow, TurnRow


def client(row: ClientRow) -> Client:
    return Client(code=row.code, attachment=row.attachment, id=row.id)


def session(row: SessionRow) -> Session:
    return Session(
        client_code=row.client.code,
        date=row.session_date,
        number=row.number,
        source_name=row.source_name,
        source_checksum=row.source_checksum,
        notes=row.notes,
        speakers={s.label: SpeakerRole(s.role) for s in row.speakers},
        id=row.id,
    )


def segment(row: SegmentRow) -> Segment:
    return Segment(index=row.idx, start_char=row.start_char, end_char=row.end_char, id=row.id)


def turn(row: TurnRow, role: SpeakerRole, cues: tuple[Cue, ...] = ()) -> Turn:
    return Turn(
        index=row.idx,
        speaker_label=row.speaker_label,
        speaker_role=role,
        text=row.text,
        start=row.start,
        end=row.end,
        segments=tuple(segment(s) for s in row.segments),
        cues=cues,
        original_text=row.original_text,
        id=row.id,
    )


def marker(row: MarkerRow, turn_index: int, segment_index: int | None, coder: str) -> Marker:
    return Marker(
        session_id=row.session_id,
        turn_index=turn_index,
        start_char=row.start_char,
        end_char=row.end_char,
        family=row.family,
        subtype=row.subtype,
        coder=coder,
        scheme_id=row.scheme_id,
        segment_index=segment_index,
        actor=Actor(row.actor),
        significance=row.significance,
        note=row.note,
        source=MarkerSource(row.source),
        id=row.id,
        created_at=row.created_at,
    )


def audit(row: AuditRow, coder: str | None) -> AuditEvent:
    return AuditEvent(
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        coder=coder,
        detail=row.detail,
        session_id=row.session_id,
        id=row.id,
        at=row.at,
        before=_json_object(row.before),
        after=_json_object(row.after),
    )


def _json_object(text: str | None) -> dict | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:  # written by something else: show it rather than fail the whole trail
        return {"_text": text}
    return value if isinstance(value, dict) else {"_value": value}
