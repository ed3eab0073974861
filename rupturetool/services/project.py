"""The application facade: one open database, its coding schemes, the coder, and the undo history."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from rupturetool.core import episode_commands as ep
from rupturetool.core.commands import (
    AddMarker,
    Change,
    Command,
    EditMarker,
    RemoveMarker,
    UndoStack,
    nothing_changed,
)
from rupturetool.core.domain import (
    Actor,
    Client,
    CoderRole,
    Family,
    Marker,
    Outcome,
    RuptureEpisode,
    SessionDetail,
    SessionMeasure,
    SessionSummary,
    SliceCode,
    SpeakerRole,
    TurnState,
)
from rupturetool.core.episode_proposal import propose_episodes
from rupturetool.core.errors import InputError
from rupturetool.core.measures import MEASURES, check_measure
from rupturetool.core.review import (
    check_visible,
    only_visible,
)
from rupturetool.core.scheme import CodingScheme
from rupturetool.core.scheme_registry import DEFAULT_SCHEME_ID, SchemeRegistry
from rupturetool.core.segment_edits import merge_segments, split_segment
from rupturetool.core.session_commands import SetMeasure, SetSliceCode
from rupturetool.core.slice_consistency import slice_consistency
from rupturetool.core.text_edits import correct_turn
from rupturetool.core.timeslices import TimeSlice, five_minute_slices
from rupturetool.core.transcript_commands import ChangeSpeakerRoles, EditTurns, describe_roles, with_roles
from rupturetool.io import ocr
from rupturetool.io.reading import ReadTranscript
from rupturetool.services import backup, encryption, importing, paths
from rupturetool.services.change_feed import ChangeFeedMixin
from rupturetool.services.deidentify import DeidentifyMixin
from rupturetool.services.importing import ImportRequest, ImportResult
from rupturetool.services.suggestions import SuggestionsMixin
from rupturetool.services.supervision import SupervisionMixin
from rupturetool.storage.access import login_coder
from rupturetool.storage.engine import describe
from rupturetool.storage.repository import Repository


class Project(ChangeFeedMixin, DeidentifyMixin, SuggestionsMixin, SupervisionMixin):
    """Everything a user does goes through here; each method is one transaction."""

    def __init__(
        self,
        url: str | None = None,
        *,
        coder: str | None = None,
        scheme_id: str = DEFAULT_SCHEME_ID,
        passphrase: str | None = None,
    ):
        self.url = url or paths.default_database_url()
        self.schemes = SchemeRegistry([paths.user_schemes_dir()])
        self.scheme: CodingScheme = self.schemes.get(scheme_id)
        # A rotating copy of a local SQLite file is taken when due; a corrupt file is refused naming the latest one.
        # A passphrase keys every connection to the file (SQLCipher, docs/encryption.md), its backups included.
        with encryption.unlocking(self.url, passphrase):
            opened = backup.open_with_backups(self.url, keep=paths.backups_to_keep())
        self.engine, self.last_backup, self.backup_problem = opened
        self.repo = Repository(self.engine)
        # The repository's actor: every audit event names them. On PostgreSQL with row-level security the login is
        # the coder (docs/access-control.md): the database accepts no other coder's writes from it.
        self.coder = login_coder(self.engine) or coder or paths.default_coder()
        self._layer: str | None = None  # None: the coder's own layer (see use_layer)
        self.history = UndoStack(self.repo)
        self._slices: dict[int, list[TimeSlice]] = {}  # per session, until its transcript changes

    @property
    def coder(self) -> str:
        """Who is coding: the name on their layer and on every change they make (the audit trail's "who")."""
        assert self.repo.actor is not None
        return self.repo.actor

    @coder.setter
    def coder(self, name: str) -> None:
        self.repo.actor = name

    @property
    def location(self) -> str:
        return describe(self.url)

    def close(self) -> None:
        self.engine.dispose()

    def use_scheme(self, scheme_id: str) -> CodingScheme:
        self.scheme = self.schemes.get(scheme_id)
        return self.scheme

    # -- reading -----------------------------------------------------------------------------------------
    def clients(self) -> list[Client]:
        return self.repo.clients()

    def sessions(self, client: str | None = None) -> list[SessionSummary]:
        """Sessions with counts, and the status of the current coder's review of each. In a session the coder codes
        blind, the counts are of their own layer: a total would tell them how much the others found."""
        found = self.repo.sessions(client, coder=self.coder)
        blind = self.repo.blind_sessions(self.coder)
        if not blind:
            return found
        return [self._own_counts(s) if s.id in blind else s for s in found]

    def _own_counts(self, summary: SessionSummary) -> SessionSummary:
        markers = len(self.repo.markers(summary.id, self.coder))
        return dataclasses.replace(summary, markers=markers, episodes=len(self.repo.episodes(summary.id, self.coder)))

    def session(self, session_id: int) -> SessionDetail:
        return self.repo.session_detail(session_id)

    def markers(self, session_id: int, coder: str | None = None) -> list[Marker]:
        """Live markers (of ``coder``; else of every layer the current coder may see: see visible_coders)."""
        visible = self.visible_coders(session_id)
        check_visible(visible, coder, session_id)
        return only_visible(self.repo.markers(session_id, coder), visible)

    def episodes(self, session_id: int, coder: str | None = None) -> list[RuptureEpisode]:
        """Live episodes with their (live) markers, stages and strategies (of the layers the coder may see)."""
        visible = self.visible_coders(session_id)
        check_visible(visible, coder, session_id)
        return only_visible(self.repo.episodes(session_id, coder), visible)

    def measures(self, session_id: int, coder: str | None = None) -> list[SessionMeasure]:
        visible = self.visible_coders(session_id)
        check_visible(visible, coder, session_id)
        found = self.repo.measures(session_id, coder)
        return found if visible is None else [m for m in found if m.coder is None or m.coder in visible]

    def five_minute_slices(self, session_id: int) -> list[TimeSlice]:
        """Cached: rating a 3RS segment must not re-read a 5,000-turn transcript each time."""
        if session_id not in self._slices:
            self._slices[session_id] = five_minute_slices(self.session(session_id).turns)
        return self._slices[session_id]

    def forget_cached(self) -> None:
        """Drop what was computed from stored transcripts (File → Reload: another user may have edited them)."""
        self._slices.clear()

    def _changed(self, change: Change | None) -> Change | None:
        if change is not None and change.transcript:
            if change.session_id is None:
                self._slices.clear()
            else:
                self._slices.pop(change.session_id, None)
        return change

    def slice_codes(self, session_id: int, coder: str | None = None) -> list[SliceCode]:
        visible = self.visible_coders(session_id)
        check_visible(visible, coder, session_id)
        return only_visible(self.repo.slice_codes(session_id, coder), visible)

    def slice_consistency(self, session_id: int) -> list[str]:
        """Where the current coder's 3RS segment codes disagree with their markers on the text."""
        return slice_consistency(
            self.five_minute_slices(session_id),
            self.markers(session_id, self.layer),
            self.slice_codes(session_id, self.layer),
            self.scheme,
        )

    # -- import ------------------------------------------------------------------------------------------
    def import_transcript(
        self,
        path: Path,
        client: str,
        *,
        session_date: date | None = None,
        number: int | None = None,
        therapist: str | None = None,
        fmt: str | None = None,
        attachment: str | None = None,
        force: bool = False,
    ) -> ImportResult:
        """Read, segment and store a one-session transcript; nothing is stored if any step fails."""
        request = ImportRequest(
            client=client,
            session_date=session_date,
            number=number,
            therapist=therapist,
            fmt=fmt,
            attachment=attachment,
            force=force,
        )
        results = importing.import_file(self, Path(path), request)
        if len(results) != 1:
            raise InputError(f"{path}: holds {len(results)} sessions; use import_file")
        return results[0]

    def import_file(self, path: Path, request: ImportRequest) -> list[ImportResult]:
        """Every session in the file, stored in one transaction."""
        return importing.import_file(self, Path(path), request)

    def store_transcript(
        self,
        read: ReadTranscript,
        client: str,
        *,
        session_date: date | None = None,
        number: int | None = None,
        attachment: str | None = None,
        force: bool = False,
    ) -> ImportResult:
        request = ImportRequest(
            client=client, session_date=session_date, number=number, attachment=attachment, force=force
        )
        return importing.store(self, [read], request)[0]

    # -- after import: speakers and corrections (undoable) ------------------------------------------------
    def change_speaker_role(self, session_id: int, label: str, role: SpeakerRole | str) -> Change:
        """Settle what a speaker label means (remembered for the client's next imports); undoable."""
        return self.set_speaker_roles(session_id, {label: role})

    def set_speaker_role(self, session_id: int, label: str, role: SpeakerRole | str) -> SpeakerRole:
        """As :meth:`change_speaker_role`, returning the old role (for the command line)."""
        old = self.repo.speaker_state(session_id).roles.get(label)
        self.change_speaker_role(session_id, label, role)
        assert old is not None  # change_speaker_role refused an unknown label
        return old

    def set_speaker_roles(self, session_id: int, roles: Mapping[str, SpeakerRole | str]) -> Change:
        """Several roles at once, as one undoable action: all are stored, or none."""
        wanted = {label: _role(role) for label, role in roles.items()}
        before = self.repo.speaker_state(session_id)
        after = with_roles(before, wanted)
        if after == before:
            return nothing_changed(session_id)
        label = f"Speaker roles: {describe_roles(wanted)}"
        return self.apply(ChangeSpeakerRoles(before, after, coder=self.coder, label=label))

    def _edit_turns(self, before: Sequence[TurnState], after: Sequence[TurnState], label: str, action: str) -> Change:
        changed = [(b, a) for b, a in zip(before, after, strict=True) if a != b]
        if not changed:
            return nothing_changed(before[0].session_id if before else None)
        return self.apply(
            EditTurns([b for b, _ in changed], [a for _, a in changed], coder=self.coder, label=label, action=action)
        )

    def correct_text(self, session_id: int, turn_index: int, new_text: str) -> Change:
        """Replace a turn's text; its segments, cues and markers move with the text (see ``core.text_edits``)."""
        [state] = self.repo.turn_states(session_id, [turn_index])
        after = correct_turn(state, new_text)
        return self._edit_turns([state], [after], f"Correct the text of turn {turn_index + 1}", "correct")

    def split_segment(self, session_id: int, turn_index: int, segment_index: int, at_char: int) -> Change:
        """Cut a segment in two at ``at_char`` (an offset in the turn, strictly inside the segment)."""
        [state] = self.repo.turn_states(session_id, [turn_index])
        after = split_segment(state, segment_index, at_char)
        return self._edit_turns([state], [after], f"Split turn {turn_index + 1} segment {segment_index + 1}", "split")

    def merge_segments(self, session_id: int, turn_index: int, segment_index: int) -> Change:
        """Join a segment with the next segment of its turn."""
        [state] = self.repo.turn_states(session_id, [turn_index])
        after = merge_segments(state, segment_index)
        label = f"Merge turn {turn_index + 1} segments {segment_index + 1}–{segment_index + 2}"
        return self._edit_turns([state], [after], label, "merge")

    def _correct_turns(self, session_id: int, texts: Mapping[int, str], label: str) -> int:
        states = self.repo.turn_states(session_id, sorted(texts))
        after = [correct_turn(state, texts[state.turn_index]) for state in states]
        changed = sum(a != b for a, b in zip(after, states, strict=True))
        self._edit_turns(states, after, label.format(n=changed, s="" if changed == 1 else "s"), "correct")
        return changed

    def apply_ocr_corrections(self, session_id: int) -> int:
        """Apply the suggested OCR corrections to a stored session as one undoable action; returns turns changed."""
        texts = {}
        for turn in self.session(session_id).turns:
            fixes = ocr.suggest(turn.index, turn.text)
            if fixes:
                texts[turn.index] = ocr.apply(turn.text, fixes)
        return self._correct_turns(session_id, texts, "Apply OCR corrections ({n} turn{s})") if texts else 0

    def revert_corrections(self, session_id: int) -> int:
        """Bring back the imported text of every corrected turn, as one undoable action; returns the turns changed."""
        detail = self.session(session_id)
        texts = {t.index: t.original_text for t in detail.turns if t.original_text is not None}
        return self._correct_turns(session_id, texts, "Revert text corrections ({n} turn{s})") if texts else 0

    # -- coding ------------------------------------------------------------------------------------------
    def apply(self, command: Command) -> Change:
        change = self.history.push(command)
        self._changed(change)
        return change

    def undo(self) -> Change | None:
        return self._changed(self.history.undo())

    def redo(self) -> Change | None:
        return self._changed(self.history.redo())

    def new_marker(
        self,
        session_id: int,
        turn_index: int,
        subtype: str,
        *,
        segment_index: int | None = None,
        span: tuple[int, int] | None = None,
        significance: int = 3,
        note: str = "",
        actor: str = "patient",
        coder: str | None = None,
    ) -> Marker:
        """A marker of the active scheme on a segment (or a character span) of a turn; not yet stored."""
        sub = self.scheme.subtype(subtype)
        self._check_significance(significance)
        if span is None:
            if segment_index is None:
                raise InputError("a marker needs a segment or a character span")
            turn = self.session(session_id).turns[turn_index]
            seg = turn.segments[segment_index]
            span = (seg.start_char, seg.end_char)
        return Marker(
            session_id=session_id,
            turn_index=turn_index,
            start_char=span[0],
            end_char=span[1],
            family=sub.family,
            subtype=sub.code,
            coder=coder or self.layer,
            scheme_id=self.scheme.id,
            segment_index=segment_index,
            significance=significance,
            note=note,
            actor=Actor(actor),
        )

    def add_marker(self, marker: Marker) -> Change:
        return self.apply(AddMarker(marker))

    def remove_marker(self, marker: Marker) -> Change:
        return self.apply(RemoveMarker(marker))

    def add_episode(self, episode: RuptureEpisode) -> RuptureEpisode:
        """Store a whole episode at once (demo and code import; not on the undo history)."""
        return self.repo.add_episode(episode)

    def edit_marker(
        self,
        marker_id: int,
        *,
        significance: int | None = None,
        actor: Actor | str | None = None,
        note: str | None = None,
        subtype: str | None = None,
    ) -> Change:
        """Change a marker's significance, actor, note or subtype (its family follows the subtype)."""
        before = self.repo.marker(marker_id)
        after = before
        if significance is not None:
            self._check_significance(significance)
            after = dataclasses.replace(after, significance=significance)
        if actor is not None:
            try:
                after = dataclasses.replace(after, actor=Actor(actor))
            except ValueError:
                raise InputError(f"actor must be {' or '.join(a.value for a in Actor)}, not {actor!r}") from None
        if note is not None:
            after = dataclasses.replace(after, note=note)
        if subtype is not None and subtype != before.subtype:
            sub = self.scheme.subtype(subtype)
            after = dataclasses.replace(after, subtype=sub.code, family=sub.family, scheme_id=self.scheme.id)
        if after == before:
            return nothing_changed(before.session_id)
        return self.apply(EditMarker(before, after))

    def _check_significance(self, significance: int) -> None:
        low, high = self.scheme.significance_min, self.scheme.significance_max
        if not low <= significance <= high:
            raise InputError(f"significance must be {low}–{high}, not {significance}")

    # -- episodes ----------------------------------------------------------------------------------------------
    def propose_episodes(self, session_id: int) -> list[tuple[int, ...]]:
        """Groups of the current coder's markers not yet in an episode: nearby markers of one family."""
        taken = self.repo.episode_ids_by_marker(session_id)
        return propose_episodes(self.markers(session_id, self.layer), taken)

    def _episode_markers(
        self, session_id: int, marker_ids: Sequence[int], coder: str, episode_id: int | None
    ) -> list[Marker]:
        live = {m.id: m for m in self.markers(session_id) if m.id is not None}
        taken = self.repo.episode_ids_by_marker(session_id)
        return ep.check_markers(
            list(marker_ids), live, session_id=session_id, coder=coder, taken=taken, episode_id=episode_id
        )

    def create_episode(self, session_id: int, marker_ids: Sequence[int], family: Family | str | None = None) -> Change:
        """An episode of the current coder on their markers; its family is the markers' (or the most common)."""
        markers = self._episode_markers(session_id, marker_ids, self.layer, None)
        if family is None:
            chosen = ep.episode_family(markers)
        else:
            try:
                chosen = Family(family)
            except ValueError:
                raise InputError(f"unknown family {family!r} (known: {', '.join(f.value for f in Family)})") from None
        episode = RuptureEpisode(session_id, self.layer, chosen, marker_ids=tuple(sorted(marker_ids)))
        return self.apply(ep.CreateEpisode(episode))

    def delete_episode(self, episode_id: int) -> Change:
        return self.apply(ep.DeleteEpisode(self.repo.episode(episode_id)))

    def _edit_episode(self, before: RuptureEpisode, after: RuptureEpisode, what: str) -> Change:
        if after == before:
            return nothing_changed(before.session_id)
        return self.apply(ep.EditEpisode(before, after, f"{what} of {ep.describe_episode(before)}"))

    def set_episode_markers(self, episode_id: int, marker_ids: Sequence[int]) -> Change:
        before = self.repo.episode(episode_id)
        self._episode_markers(before.session_id, marker_ids, before.coder, episode_id)
        live = [m.id for m in self.markers(before.session_id) if m.id is not None]
        return self._edit_episode(before, ep.with_markers(before, sorted(marker_ids), live), "Change the markers")

    def _check_turn(self, session_id: int, turn_index: int) -> None:
        turns = len(self.session(session_id).turns)
        if not 0 <= turn_index < turns:
            raise InputError(f"session {session_id} has no turn {turn_index + 1} (it has {turns})")

    def set_stage(self, episode_id: int, stage: int, turn_index: int) -> Change:
        """Record that the episode reached resolution ``stage`` (1–4) at ``turn_index`` (replacing its turn)."""
        before = self.repo.episode(episode_id)
        self._check_turn(before.session_id, turn_index)
        return self._edit_episode(before, ep.with_stage(before, stage, turn_index), f"Set stage {stage}")

    def clear_stage(self, episode_id: int, stage: int) -> Change:
        before = self.repo.episode(episode_id)
        return self._edit_episode(before, ep.without_stage(before, stage), f"Clear stage {stage}")

    def add_strategy(self, episode_id: int, code: str, turn_index: int) -> Change:
        strategy = self.scheme.strategy(code)
        before = self.repo.episode(episode_id)
        self._check_turn(before.session_id, turn_index)
        return self._edit_episode(before, ep.with_strategy(before, strategy.code, turn_index), f"Add {code}")

    def remove_strategy(self, episode_id: int, code: str, turn_index: int) -> Change:
        before = self.repo.episode(episode_id)
        return self._edit_episode(before, ep.without_strategy(before, code, turn_index), f"Remove {code}")

    def set_outcome(self, episode_id: int, outcome: Outcome | str | None) -> Change:
        before = self.repo.episode(episode_id)
        return self._edit_episode(before, ep.with_outcome(before, outcome), "Set the outcome")

    # -- session measures and 3RS slice codes ---------------------------------------------------------------------
    def set_measure(self, session_id: int, name: str, value: float | None) -> Change:
        """The current coder's value of a session measure (None clears it); undoable."""
        if value is not None:
            value = check_measure(name, value)
        elif name not in MEASURES:
            check_measure(name, 0)  # the one-line "unknown session measure" error
        self.session(session_id)  # a one-line NotFoundError for a wrong id
        before = next((m for m in self.measures(session_id, self.layer) if m.name == name and m.coder), None)
        after = (
            None
            if value is None
            else SessionMeasure(session_id, name, value, self.layer, before.id if before else None)
        )
        if before == after or (before is not None and after is not None and before.value == after.value):
            return nothing_changed(session_id)
        return self.apply(SetMeasure(before, after, session_id=session_id, name=name, coder=self.layer))

    def _slice_code(self, session_id: int, slice_index: int, code: str) -> SliceCode | None:
        slices = self.five_minute_slices(session_id)
        if not 0 <= slice_index < len(slices):
            raise InputError(f"session {session_id} has no segment {slice_index + 1} (it has {len(slices)})")
        return next(
            (c for c in self.slice_codes(session_id, self.layer) if (c.slice_index, c.code) == (slice_index, code)),
            None,
        )

    def _set_slice_code(
        self, before: SliceCode | None, after: SliceCode | None, session_id: int, slice_index: int, code: str
    ) -> Change:
        if before == after:
            return nothing_changed(session_id)
        return self.apply(
            SetSliceCode(before, after, session_id=session_id, slice_index=slice_index, code=code, coder=self.layer)
        )

    def rate_slice(self, session_id: int, slice_index: int, family: str, significance: int | None) -> Change:
        """The current coder's 1–5 rating of a family in one 5-minute segment (None clears it)."""
        fam = self.scheme.family(family)
        if significance is not None:
            self._check_significance(significance)
        before = self._slice_code(session_id, slice_index, fam.code)
        after = (
            None
            if significance is None
            else SliceCode(session_id, slice_index, fam.code, self.layer, significance, before.id if before else None)
        )
        return self._set_slice_code(before, after, session_id, slice_index, fam.code)

    def tick_slice(self, session_id: int, slice_index: int, code: str, on: bool) -> Change:
        """Tick (or untick) a subtype or strategy code as occurring in one 5-minute segment."""
        subtypes = {s.code for f in self.scheme.families for s in f.subtypes}
        if code not in subtypes:
            self.scheme.strategy(code)  # a one-line error naming the unknown code
        before = self._slice_code(session_id, slice_index, code)
        after = (before or SliceCode(session_id, slice_index, code, self.layer)) if on else None
        return self._set_slice_code(before, after, session_id, slice_index, code)

    def ensure_coder(self, name: str, role: CoderRole = CoderRole.THERAPIST) -> None:
        self.repo.ensure_coder(name, role)

    # -- export ------------------------------------------------------------------------------------------
    def export_markers(
        self,
        out: Path,
        *,
        client: str | None = None,
        coder: str | None = None,
        include_text: bool = False,
        excel: bool = False,
    ) -> int:
        from rupturetool.services.exports import ExportKind, Selection, export_csv

        selection = Selection(client=client, coder=coder)
        return export_csv(self, ExportKind.MARKERS, out, selection, include_text=include_text, excel=excel)


def _role(role: SpeakerRole | str) -> SpeakerRole:
    try:
        return SpeakerRole(role)
    except ValueError:
        raise InputError(f"unknown speaker role {role!r} (known: {', '.join(r.value for r in SpeakerRole)})") from None
