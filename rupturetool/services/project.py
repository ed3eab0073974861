"""The application facade: one open database, its coding schemes, the coder, and the undo history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rupturetool.core.commands import AddMarker, Change, Command, RemoveMarker, UndoStack
from rupturetool.core.domain import (
    Actor,
    Client,
    CoderRole,
    Marker,
    RuptureEpisode,
    SessionDetail,
    SessionMeasure,
    SessionSummary,
    SpeakerRole,
)
from rupturetool.core.errors import InputError
from rupturetool.core.measures import check_measure
from rupturetool.core.scheme import CodingScheme
from rupturetool.core.scheme_registry import DEFAULT_SCHEME_ID, SchemeRegistry
from rupturetool.io import ocr
from rupturetool.io.reading import ReadTranscript
from rupturetool.services import importing, paths
from rupturetool.services.importing import ImportRequest, ImportResult
from rupturetool.storage.engine import describe, open_database
from rupturetool.storage.repository import Repository


class Project:
    """Everything a user does goes through here; each method is one transaction."""

    def __init__(self, url: str | None = None, *, coder: str | None = None, scheme_id: str = DEFAULT_SCHEME_ID):
        self.url = url or paths.default_database_url()
        self.schemes = SchemeRegistry([paths.user_schemes_dir()])
        self.scheme: CodingScheme = self.schemes.get(scheme_id)
        self.engine = open_database(self.url)
        self.repo = Repository(self.engine)
        self.coder = coder or paths.default_coder()
        self.history = UndoStack(self.repo)

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
        return self.repo.sessions(client)

    def session(self, session_id: int) -> SessionDetail:
        return self.repo.session_detail(session_id)

    def markers(self, session_id: int, coder: str | None = None) -> list[Marker]:
        return self.repo.markers(session_id, coder)

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

    # -- after import: speakers and corrections ----------------------------------------------------------
    def set_speaker_role(self, session_id: int, label: str, role: SpeakerRole) -> SpeakerRole:
        """Settle what a speaker label means (remembered for the client's next imports); returns the old role."""
        return self.repo.set_speaker_role(session_id, label, SpeakerRole(role), coder=self.coder)

    def set_speaker_roles(self, session_id: int, roles: dict[str, SpeakerRole]) -> None:
        """Several roles at once, as one action: all are stored, or none."""
        with self.repo.atomic():
            for label, role in roles.items():
                self.repo.set_speaker_role(session_id, label, SpeakerRole(role), coder=self.coder)

    def apply_ocr_corrections(self, session_id: int) -> int:
        """Apply the suggested OCR corrections to a stored session; returns how many turns changed."""
        detail = self.session(session_id)
        texts = {}
        for turn in detail.turns:
            fixes = ocr.suggest(turn.index, turn.text)
            if fixes:
                texts[turn.index] = ocr.apply(turn.text, fixes)
        return len(self.repo.correct_turns(session_id, texts, coder=self.coder)) if texts else 0

    def revert_corrections(self, session_id: int) -> int:
        """Undo every text correction of a session: the imported text comes back."""
        detail = self.session(session_id)
        texts = {t.index: t.original_text for t in detail.turns if t.original_text is not None}
        return len(self.repo.correct_turns(session_id, texts, coder=self.coder)) if texts else 0

    # -- coding ------------------------------------------------------------------------------------------
    def apply(self, command: Command) -> Change:
        return self.history.push(command)

    def undo(self) -> Change | None:
        return self.history.undo()

    def redo(self) -> Change | None:
        return self.history.redo()

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
        if not self.scheme.significance_min <= significance <= self.scheme.significance_max:
            raise InputError(f"significance must be {self.scheme.significance_min}–{self.scheme.significance_max}")
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
            coder=coder or self.coder,
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
        return self.repo.add_episode(episode)

    def set_measure(self, session_id: int, name: str, value: float) -> None:
        self.repo.set_measure(SessionMeasure(session_id, name, check_measure(name, value), coder=self.coder))

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
