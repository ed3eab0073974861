"""Evaluate suggesters against one coder's human codes: the rules on every session, and a trained model and the
rules side by side on the model's held-out sessions. ``--evaluation-set`` does it on the shipped, fictional,
held-out evaluation set (``samples/evaluation/``, coder "Evaluation gold"), built into a throw-away database.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rupturetool.analytics.agreement import CodeBook
from rupturetool.analytics.suggestion_quality import GoldSession, suggestion_quality
from rupturetool.core.domain import Marker, RuptureEpisode, SessionSummary, Turn
from rupturetool.core.errors import InputError, NotFoundError
from rupturetool.core.suggestions import Suggestion
from rupturetool.services import paths
from rupturetool.services.project import Project

Suggester = Callable[[Sequence[Turn]], list[Suggestion]]
EVALUATION_CODER = "Evaluation gold"
RULES = "rules"


@dataclass(frozen=True)
class CodedSession:
    """A session one coder coded, with that coder's layer only (never mixed with another coder's)."""

    summary: SessionSummary
    turns: tuple[Turn, ...]
    markers: tuple[Marker, ...]
    episodes: tuple[RuptureEpisode, ...]

    @property
    def key(self) -> str:
        """Names the session across databases (ids differ between two builds of the evaluation set)."""
        s = self.summary
        return f"{s.client_code}/{s.date.isoformat() if s.date else '-'}/{s.number if s.number is not None else '-'}"

    def gold(self) -> GoldSession:
        return GoldSession(self.summary.id, self.turns, self.markers, self.episodes)


@dataclass(frozen=True)
class EvaluationRequest:
    coder: str | None = None
    client: str | None = None
    session_ids: tuple[int, ...] | None = None
    model: Path | None = None  # default: the coder's latest model in the data folder, if any
    use_model: bool = True


def evaluation_set_dir() -> Path:
    """The shipped evaluation set: ``samples/evaluation`` in a checkout, ``rupturetool/_samples/evaluation`` in a
    wheel (pyproject force-includes samples/)."""
    return paths.samples_dir() / "evaluation"


@contextmanager
def evaluation_set_project() -> Iterator[Project]:
    """A temporary database holding the evaluation set; removed afterwards (the user's database is never used)."""
    from rupturetool.services.demo import load_samples

    folder = evaluation_set_dir()
    if not folder.is_dir():
        raise NotFoundError(f"the evaluation set is not installed (no folder {folder})")
    with tempfile.TemporaryDirectory(prefix="rupturetool-eval-") as tmp:
        project = Project(paths.sqlite_url(Path(tmp) / "evaluation.sqlite"), coder="evaluation")
        try:
            load_samples(project, folder)
            yield project
        finally:
            project.close()


def _candidates(project: Project, client: str | None, session_ids: Sequence[int] | None) -> list[SessionSummary]:
    summaries = project.repo.sessions(client)
    if client is not None and not summaries and client not in {c.code for c in project.clients()}:
        raise NotFoundError(f"no client {client!r}")
    if session_ids is None:
        return summaries
    by_id = {s.id: s for s in project.repo.sessions()}
    chosen = []
    for sid in dict.fromkeys(session_ids):
        if sid not in by_id:
            raise NotFoundError(f"no session {sid}")
        if client is not None and by_id[sid].client_code != client:
            raise InputError(f"session {sid} belongs to client {by_id[sid].client_code}, not {client}")
        chosen.append(by_id[sid])
    return chosen


def resolve_coder(project: Project, coder: str | None, summaries: Sequence[SessionSummary]) -> str:
    """The coder whose layer is the reference: the one named, else the only one with markers in these sessions."""
    present = sorted({m.coder for s in summaries for m in project.markers(s.id)})
    if coder is not None:
        if coder not in {c.name for c in project.repo.coders()}:
            raise NotFoundError(f"no coder {coder!r} in this database (coders with markers: {_listed(present)})")
        return coder
    if len(present) == 1:
        return present[0]
    if not present:
        raise InputError("no human markers in the sessions selected: nothing to evaluate suggestions against")
    raise InputError(f"several coders have markers here; choose one with --coder ({_listed(present)})")


def _listed(names: Sequence[str]) -> str:
    return ", ".join(names) or "none"


def coded_sessions(
    project: Project, coder: str | None, client: str | None = None, session_ids: Sequence[int] | None = None
) -> tuple[str, list[CodedSession], list[int]]:
    """(coder, the sessions that coder coded with their layer, ids of selected sessions they did not code).

    A session counts as coded by the coder when they have a marker or an episode in it or reviewed it: a reviewed
    session without markers is ordinary talk, an unreviewed, unmarked one is simply not coded.
    """
    summaries = _candidates(project, client, session_ids)
    coder = resolve_coder(project, coder, summaries)
    reviewed = {s.id for s in project.repo.sessions(client, coder=coder) if s.review_status}
    coded, skipped = [], []
    for summary in summaries:
        markers = tuple(project.markers(summary.id, coder))
        episodes = tuple(project.episodes(summary.id, coder))
        if not (markers or episodes or summary.id in reviewed):
            skipped.append(summary.id)
            continue
        coded.append(CodedSession(summary, project.session(summary.id).turns, markers, episodes))
    if not coded:
        raise InputError(f"{coder} coded none of the {len(summaries)} session(s) selected")
    return coder, coded, skipped


def code_book(project: Project) -> CodeBook:
    scheme = project.scheme
    return CodeBook(tuple((f.code, tuple(s.code for s in f.subtypes)) for f in scheme.families))


def rule_suggester() -> Suggester | None:
    """The rule suggester (``rupturetool.nlp.rule_suggester.suggest``), or None when this build has none."""
    try:
        from rupturetool.nlp import rule_suggester
    except ImportError:
        return None
    return rule_suggester.suggest


def run_suggester(suggest: Suggester, sessions: Sequence[CodedSession]) -> dict[int, list[Suggestion]]:
    return {s.summary.id: list(suggest(s.turns)) for s in sessions}


def quality(
    project: Project,
    sessions: Sequence[CodedSession],
    suggestions: Mapping[int, Sequence[Suggestion]],
    *,
    suggester: str,
    split: str,
) -> dict[str, Any]:
    """One suggester's report on ``sessions``, labelled with who suggested and on which split."""
    strategy_codes = [s.code for s in project.scheme.strategies]
    chosen = {s.summary.id for s in sessions}
    report = suggestion_quality(
        [s.gold() for s in sessions],
        {sid: found for sid, found in suggestions.items() if sid in chosen},
        code_book(project),
        strategy_codes=strategy_codes,
    )
    by_id = {s.summary.id: s.key for s in sessions}
    return {"suggester": suggester, "split": split, "session_keys": [by_id[i] for i in report["sessions"]], **report}


def evaluate(
    project: Project,
    request: EvaluationRequest,
    *,
    rules: Suggester | None = None,
    models: Path | None = None,
) -> dict[str, Any]:
    """The evaluation report: the rules on every coded session, and rules and model on the model's held-out ones.

    ``rules`` replaces the rule suggester (tests, or a clinic's own); ``models`` the folder searched for models.
    """
    from rupturetool.nlp.textcat_suggester import latest_model, load_suggester, read_meta

    coder, sessions, skipped = coded_sessions(project, request.coder, request.client, request.session_ids)
    notes: list[str] = []
    if skipped:
        notes.append(f"{len(skipped)} selected session(s) not coded by {coder} left out: {_ids(skipped)}")
    rules = rules or rule_suggester()
    model_path = request.model
    if model_path is None and request.use_model:
        model_path = latest_model(models or paths.models_dir(), coder)
    evaluations: list[dict[str, Any]] = []
    rule_found: dict[int, list[Suggestion]] = {}
    if rules is None:
        notes.append("the rule suggester is not installed in this build: only a trained model is evaluated")
    else:
        rule_found = run_suggester(rules, sessions)
        evaluations.append(quality(project, sessions, rule_found, suggester=RULES, split="all sessions"))
    model: dict[str, Any] | None = None
    if model_path is not None:
        meta = read_meta(model_path)
        name = str(meta.get("name") or model_path.name)
        held_keys = {h["key"] for h in meta.get("held_out", [])}
        held = [s for s in sessions if s.key in held_keys]
        model = {"name": name, "path": str(model_path), "coder": meta.get("coder"), "held_out": sorted(held_keys)}
        if meta.get("coder") != coder:
            notes.append(f"model {name} was trained on {meta.get('coder')}'s codes, evaluated against {coder}'s")
        if not held:
            notes.append(f"none of model {name}'s held-out sessions is among those selected: model not evaluated")
        else:
            split = f"held-out sessions of {name}"
            found = run_suggester(load_suggester(model_path), held)
            if rules is not None:
                evaluations.append(quality(project, held, rule_found, suggester=RULES, split=split))
            evaluations.append(quality(project, held, found, suggester=name, split=split))
    elif request.use_model:
        notes.append(f"no trained model for {coder} (train one with: rupturetool train --coder {coder!r})")
    if not evaluations:
        raise InputError("nothing to evaluate: no rule suggester in this build and no trained model for " + coder)
    return {
        "coder": coder,
        "sessions": [s.summary.id for s in sessions],
        "session_keys": [s.key for s in sessions],
        "model": model,
        "evaluations": evaluations,
        "notes": notes,
    }


def _ids(ids: Sequence[int]) -> str:
    return ", ".join(str(i) for i in ids)
