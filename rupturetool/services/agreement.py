"""Inter-rater agreement over stored sessions: which sessions count, and each coder's codes on them.

A session counts only when every compared coder coded it: the coder has a live marker, an episode, a 3RS slice
code or a session rating of their own in it, or a review row for it (a coder who reviewed a session and found no
ruptures did code it). Sessions some compared coder did not code are left out and listed, never read as "no
markers" — unless the caller asks for that with ``uncoded_as_none`` (docs/agreement.md says why and when).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rupturetool.analytics.agreement import CodeBook, SessionCodes, agreement, tidy_table
from rupturetool.core.domain import SessionSummary, SpeakerRole
from rupturetool.core.errors import InputError, NotFoundError, SchemeError
from rupturetool.core.scheme import CodingScheme
from rupturetool.io.csv_export import write_csv
from rupturetool.services.project import Project

SPEAKERS = (SpeakerRole.CLIENT.value, SpeakerRole.THERAPIST.value)


@dataclass(frozen=True)
class AgreementRequest:
    coders: tuple[str, ...]
    client: str | None = None
    session_ids: tuple[int, ...] | None = None
    speaker: str | None = None
    uncoded_as_none: bool = False


def _check(project: Project, request: AgreementRequest) -> None:
    coders = list(request.coders)
    if len(coders) < 2:
        raise InputError(f"agreement needs two or more coders (got {len(coders)}): give --coders A,B")
    repeated = sorted({c for c in coders if coders.count(c) > 1})
    if repeated:
        raise InputError(f"coder {repeated[0]!r} is named twice in --coders")
    known = {c.name for c in project.repo.coders()}
    unknown = [c for c in coders if c not in known]
    if unknown:
        raise NotFoundError(f"no coder {unknown[0]!r} in this database (coders: {', '.join(sorted(known)) or 'none'})")
    if request.speaker is not None and request.speaker not in SPEAKERS:
        raise InputError(f"--speaker must be client or therapist, not {request.speaker!r}")


def _candidates(project: Project, request: AgreementRequest) -> list[SessionSummary]:
    summaries = project.repo.sessions(request.client)
    if request.client is not None and not summaries and request.client not in {c.code for c in project.clients()}:
        raise NotFoundError(f"no client {request.client!r}")
    if request.session_ids is None:
        return summaries
    by_id = {s.id: s for s in project.repo.sessions()}
    chosen = []
    for sid in dict.fromkeys(request.session_ids):
        if sid not in by_id:
            raise NotFoundError(f"no session {sid}")
        if request.client is not None and by_id[sid].client_code != request.client:
            raise InputError(f"session {sid} belongs to client {by_id[sid].client_code}, not {request.client}")
        chosen.append(by_id[sid])
    return chosen


def _layers(project: Project, session_id: int, coders: Sequence[str]) -> dict[str, dict[str, list[Any]]]:
    """Each coder's markers, slice codes, session ratings and episodes in one session."""
    wanted = set(coders)
    layers: dict[str, dict[str, list[Any]]] = {
        c: {"markers": [], "slices": [], "measures": [], "episodes": []} for c in coders
    }
    for kind, rows in (
        ("markers", project.markers(session_id)),
        ("slices", project.slice_codes(session_id)),
        ("measures", project.measures(session_id)),
        ("episodes", project.episodes(session_id)),
    ):
        for row in rows:
            if row.coder in wanted:
                layers[row.coder][kind].append(row)
    return layers


def _code_book(project: Project, scheme_ids: set[str]) -> CodeBook:
    """The table's rows: the families and subtypes of the schemes the compared markers use (else the active one)."""
    schemes: list[CodingScheme] = []
    for scheme_id in sorted(scheme_ids) or [project.scheme.id]:
        try:
            schemes.append(project.schemes.get(scheme_id))
        except SchemeError:
            continue  # codes of an uninstalled scheme still get rows of their own (see analytics.agreement)
    families: dict[str, list[str]] = {}
    for scheme in schemes or [project.scheme]:
        for fam in scheme.families:
            subs = families.setdefault(fam.code, [])
            subs += [s.code for s in fam.subtypes if s.code not in subs]
    return CodeBook(tuple((f, tuple(s)) for f, s in families.items()))


def compute_agreement(project: Project, request: AgreementRequest) -> dict[str, Any]:
    """The agreement report (JSON-ready) over the sessions every requested coder coded."""
    _check(project, request)
    coders = list(request.coders)
    reviewed = {c: {s.id for s in project.repo.sessions(request.client, coder=c) if s.review_status} for c in coders}
    notes: list[str] = []
    excluded: list[dict[str, Any]] = []
    compared: list[SessionCodes] = []
    scheme_ids: set[str] = set()
    coded_by = {c: 0 for c in coders}
    for summary in _candidates(project, request):
        layers = _layers(project, summary.id, coders)
        coded = [c for c in coders if summary.id in reviewed[c] or any(layers[c].values())]
        for c in coded:
            coded_by[c] += 1
        missing = [c for c in coders if c not in coded]
        if missing and not (request.uncoded_as_none and coded):
            who = "no compared coder" if not coded else ", ".join(missing)
            excluded.append({"session_id": summary.id, "client": summary.client_code, "not_coded_by": missing})
            if request.session_ids is not None:
                notes.append(f"session {summary.id} left out: not coded by {who}")
            continue
        if missing:
            notes.append(f"session {summary.id}: counted as no markers for {', '.join(missing)} (--uncoded-as-none)")
        scheme_ids |= {m.scheme_id for c in coders for m in layers[c]["markers"]}
        compared.append(
            SessionCodes(
                session_id=summary.id,
                turns=project.session(summary.id).turns,
                markers={c: layers[c]["markers"] for c in coders},
                slice_codes={c: layers[c]["slices"] for c in coders},
                measures={c: layers[c]["measures"] for c in coders},
            )
        )
    if not compared:
        counts = ", ".join(f"{c} coded {n}" for c, n in coded_by.items())
        raise InputError(
            f"no session was coded by every one of {', '.join(coders)} ({counts} of the sessions selected); "
            "a coder coded a session when they have a marker, episode, slice code, rating or review in it"
        )
    if excluded and request.session_ids is None:
        notes.append(
            f"{len(excluded)} session(s) not coded by every compared coder left out: "
            + ", ".join(str(e["session_id"]) for e in excluded)
        )
    report = agreement(compared, coders, _code_book(project, scheme_ids), speaker=request.speaker, notes=notes)
    report["excluded_sessions"] = excluded
    report["client"] = request.client
    return report


def write_agreement_csv(report: dict[str, Any], out: Path, *, excel: bool = False) -> int:
    """The report as a tidy CSV (one row per family/subtype/statistic); returns the rows written."""
    return write_csv(tidy_table(report), Path(out), excel=excel)
