"""Import: preview a file without storing it, store what was previewed, and import many files with progress.

Slow work follows one pattern: a plain function that reports progress and checks for cancellation through a
:class:`TaskState`; the CLI runs it directly, the GUI on a worker thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from rupturetool.core.domain import Session, SpeakerRole
from rupturetool.core.errors import InputError, RuptureToolError
from rupturetool.io.decoding import DEFAULT_MAX_BYTES
from rupturetool.io.reading import ReadTranscript, read_transcripts, segment
from rupturetool.io.transcript import ReadOptions
from rupturetool.services import deidentify

if TYPE_CHECKING:
    from rupturetool.services.project import Project

# Role sources a client's remembered mapping may overrule (never --therapist or what the file itself states).
_WEAK_BASIS = ("label", "behaviour", "the other speaker's role", "unknown")
_STRONG_BASIS = ("--therapist", "stated in the file", "set by the user")


@dataclass(frozen=True)
class ImportRequest:
    client: str | None = None  # for files that name no client
    session_date: date | None = None
    number: int | None = None
    therapist: str | None = None
    fmt: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    fix_ocr: bool = False
    attachment: str | None = None
    force: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    pseudonymise: bool = True  # name-like speaker labels become pseudonyms; the mapping stays in a local file

    def read_options(self) -> ReadOptions:
        return ReadOptions(therapist=self.therapist, columns=dict(self.columns), fix_ocr=self.fix_ocr)


@dataclass(frozen=True)
class ImportResult:
    session: Session
    turns: int
    segments: int
    warnings: list[str] = field(default_factory=list)
    speaker_basis: dict[str, str] = field(default_factory=dict)
    corrections: list[dict[str, object]] = field(default_factory=list)
    corrected: bool = False
    cues: int = 0
    pseudonyms: dict[str, str] = field(default_factory=dict)  # real name -> pseudonym (never stored in the database)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.session.id,
            "client": self.session.client_code,
            "date": self.session.date.isoformat() if self.session.date else None,
            "number": self.session.number,
            "source": self.session.source_name,
            "turns": self.turns,
            "segments": self.segments,
            "speakers": {label: str(role) for label, role in self.session.speakers.items()},
            "speaker_basis": self.speaker_basis,
            "cues": self.cues,
            "corrections": {"applied": self.corrected, "suggested": self.corrections},
            "warnings": self.warnings,
        }


class TaskState(Protocol):
    def progress(self, done: int, total: int, message: str) -> None: ...
    def cancelled(self) -> bool: ...


class QuietState:
    def progress(self, done: int, total: int, message: str) -> None:
        pass

    def cancelled(self) -> bool:
        return False


@dataclass
class BatchResult:
    imported: list[ImportResult] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line message)
    exceptions: list[RuptureToolError] = field(default_factory=list)  # the same errors, for --debug
    cancelled: bool = False


def client_of(read: ReadTranscript, request: ImportRequest) -> str:
    code = read.parsed.client_key or request.client
    if code is None:
        raise InputError(f"{read.parsed.source_name}: the file names no client; give one with --client CODE")
    code = code.strip()
    if not code or len(code) > 64 or any(ch in code for ch in "\n\r\t"):
        raise InputError(f"client code {code!r} must be 1–64 characters on one line")
    return code


def preview(path: Path, request: ImportRequest) -> list[ReadTranscript]:
    """Read, finish and segment every session in the file; nothing is stored."""
    return read_transcripts(Path(path), fmt=request.fmt, options=request.read_options(), max_bytes=request.max_bytes)


def with_remembered_roles(read: ReadTranscript, remembered: dict[str, SpeakerRole]) -> ReadTranscript:
    """Apply what the user settled for this client before, where the file and --therapist say nothing."""
    parsed = read.parsed
    if any(basis.startswith(_STRONG_BASIS) for basis in parsed.role_confidence.values()):
        return read  # the other speakers' roles were derived from that: memory must not contradict it
    changes = {
        label: role
        for label, role in remembered.items()
        if label in parsed.speakers
        and parsed.speakers[label] is not role
        and parsed.role_confidence.get(label, "unknown").startswith(_WEAK_BASIS)
    }
    return _override_roles(read, changes, "remembered for this client")


def with_roles(read: ReadTranscript, roles: dict[str, SpeakerRole]) -> ReadTranscript:
    """The user's own settling of speaker roles (e.g. in the import preview): it overrules every guess."""
    parsed = read.parsed
    changes = {
        label: role for label, role in roles.items() if label in parsed.speakers and parsed.speakers[label] != role
    }
    return _override_roles(read, changes, "set by the user")


def _override_roles(read: ReadTranscript, changes: dict[str, SpeakerRole], how: str) -> ReadTranscript:
    if not changes:
        return read
    parsed = read.parsed
    speakers = {**parsed.speakers, **changes}
    basis = {**parsed.role_confidence, **dict.fromkeys(changes, how)}
    warnings = [w for w in parsed.warnings if not any(f"speaker {label!r}" in w for label in changes)]
    parsed = dataclasses.replace(parsed, speakers=speakers, role_confidence=basis, warnings=warnings)
    turns = tuple(
        dataclasses.replace(t, speaker_role=speakers.get(t.speaker_label, t.speaker_role)) for t in read.turns
    )
    return ReadTranscript(parsed, turns)


def with_corrections(read: ReadTranscript) -> ReadTranscript:
    """A previewed session with its suggested OCR corrections applied (same lengths: segments stay valid)."""
    if not read.parsed.corrections or any(t.original_text is not None for t in read.turns):
        return read  # nothing to correct, or already corrected when it was read
    return ReadTranscript(read.parsed, segment(read.parsed, fix_ocr=True))


def store(project: Project, reads: Sequence[ReadTranscript], request: ImportRequest) -> list[ImportResult]:
    """Store every previewed session of one file in one transaction: the whole file or nothing."""
    repo = project.repo
    results = []
    mappings: dict[str, dict[str, str]] = {}  # per client: every real name -> pseudonym, old and new
    with repo.atomic():
        for read in reads:
            if request.fix_ocr:
                read = with_corrections(read)
            client = client_of(read, request)
            pseudonyms: dict[str, str] = {}
            if request.pseudonymise:
                known = mappings.setdefault(client, deidentify.read_pseudonyms(client))
                read, pseudonyms = deidentify.pseudonymise(read, known)
                known.update(pseudonyms)
            read = with_remembered_roles(read, repo.remembered_roles(client))
            parsed = read.parsed
            existing = repo.find_session_by_checksum(client, parsed.checksum)
            if existing is not None and not request.force:
                raise InputError(
                    f"{parsed.source_name}: already imported for client {client} as session {existing} "
                    "(use --force to import it again)"
                )
            number = request.number if request.number is not None and len(reads) == 1 else None
            session = Session(
                client_code=client,
                date=request.session_date or parsed.date,
                number=number if number is not None else len(repo.sessions(client)) + 1,
                source_name=parsed.source_name
                if parsed.session_key is None
                else f"{parsed.source_name}#{parsed.session_key}",
                source_checksum=parsed.checksum,
                notes=parsed.notes,
                speakers=dict(parsed.speakers),
            )
            # Remember only what is settled: a guess from how people talk is not, until the user confirms it.
            settled = {
                label: role
                for label, role in parsed.speakers.items()
                if not parsed.role_confidence.get(label, "").startswith("behaviour")
            }
            stored = repo.add_session(
                session, read.turns, attachment=request.attachment, coder=project.coder, remember=settled
            )
            results.append(
                ImportResult(
                    stored,
                    len(read.turns),
                    read.segment_count,
                    list(parsed.warnings),
                    dict(parsed.role_confidence),
                    [c.as_json() for c in parsed.corrections],
                    corrected=request.fix_ocr and bool(parsed.corrections),
                    cues=sum(len(t.cues) for t in read.turns),
                    pseudonyms=pseudonyms,
                )
            )
        # Last, still inside the transaction: a mapping that cannot be written leaves nothing stored.
        for client, mapping in mappings.items():
            if mapping != deidentify.read_pseudonyms(client):
                deidentify.write_pseudonyms(client, mapping)
    return results


def import_file(project: Project, path: Path, request: ImportRequest) -> list[ImportResult]:
    return store(project, preview(path, request), request)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for the visible files directly inside it, in name order."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        else:
            out.append(path)
    return out


def import_files(
    project: Project,
    paths: Sequence[Path],
    request: ImportRequest,
    state: TaskState | None = None,
    *,
    strict: bool = False,
) -> BatchResult:
    """Import each file in its own transaction; go on past a bad file (reported) unless ``strict``."""
    state = state or QuietState()
    files = expand(paths)
    batch = BatchResult()
    for i, path in enumerate(files):
        if state.cancelled():
            batch.cancelled = True
            break
        state.progress(i, len(files), f"Importing {path.name}")
        try:
            batch.imported += import_file(project, path, request)
        except RuptureToolError as exc:
            batch.errors.append((str(path), str(exc)))
            batch.exceptions.append(exc)
            if strict:
                break
    state.progress(len(files), len(files), "Done")
    return batch
