"""The per-session review report for supervision meetings: one coder's layer of a session as a self-contained HTML
document — the session's numbers, then each rupture episode with its transcript excerpt (coded spans highlighted),
stages, strategies and comments, then markers outside episodes and the remaining comments.

The HTML keeps to what Qt's rich-text engine renders (tables, spans, inline CSS), so the same document is shown in
the app, printed, and written as PDF (``gui.report_printing``). It carries verbatim transcript text on purpose: it
is for a supervision meeting, and says so in its header and footer.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any

from rupturetool.core.domain import CommentThread, Marker, RuptureEpisode, SessionDetail, Turn
from rupturetool.core.errors import InputError, SchemeError
from rupturetool.core.measures import MEASURES
from rupturetool.core.review import CONSENSUS
from rupturetool.core.scheme import CodingScheme
from rupturetool.services.project import Project

CONFIDENTIAL = (
    "Contains verbatim clinical material — confidential: for supervision only; store, share and dispose of it as "
    "you would the session record."
)
# Light tints of the scheme's colour-blind-safe pair, so highlighted text stays readable in print.
TINTS = {"withdrawal": "#cfe2f1", "confrontation": "#f8e3b8"}
OTHER_TINT = "#e4e4e4"
STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 15pt; margin-bottom: 2px; }
h2 { font-size: 12.5pt; margin-top: 16px; margin-bottom: 4px; }
h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 3px; }
table { margin-bottom: 6px; }
th { background-color: #eeeeee; text-align: left; font-weight: bold; }
td, th { padding: 3px; vertical-align: top; }
.confidential { color: #8a1c1c; font-size: 9pt; }
.muted { color: #555555; }
.small { font-size: 9pt; }
.num { text-align: right; }
.resolved { color: #555555; }
"""
TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
    'style="border-collapse:collapse; border-color:#bbbbbb; border-style:solid">'
)


def _num(value: Any, digits: int = 2) -> str:
    """A number for the report; missing or NaN as a dash."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.{digits}f}"
    return str(int(value))


def _present(value: Any) -> bool:
    """Not None, NaN or pandas' NA (whose truth value raises)."""
    try:
        return value is not None and bool(value == value)
    except TypeError:
        return False


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes}:{secs:02d}"


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


@dataclass
class _Layer:
    """One coder's visible codes of a session, and the scheme that names them."""

    detail: SessionDetail
    coder: str
    scheme: CodingScheme
    markers: list[Marker]
    episodes: list[RuptureEpisode]
    threads: list[CommentThread]
    placed: set[int] = field(default_factory=set)  # comment threads already shown

    @property
    def turns(self) -> dict[int, Turn]:
        return {t.index: t for t in self.detail.turns}

    def subtype_name(self, code: str) -> str:
        try:
            return self.scheme.subtype(code).name
        except SchemeError:
            return ""

    def strategy_name(self, code: str) -> str:
        try:
            return self.scheme.strategy(code).name
        except SchemeError:
            return ""

    def stage_name(self, number: int) -> str:
        return next((s.name for s in self.scheme.stages if s.number == number), "")

    def span(self, episode: RuptureEpisode) -> tuple[int, int]:
        """The episode's first marker turn (else first stage/strategy turn) and its last coded turn of any kind."""
        marker_turns = [m.turn_index for m in self.markers if m.id in set(episode.marker_ids)]
        event_turns = [s.turn_index for s in episode.stages] + [s.turn_index for s in episode.strategies]
        anchors = marker_turns or event_turns or [0]
        return min(anchors), max([*anchors, *event_turns])

    def take_threads(self, claims: Any) -> list[CommentThread]:
        """The threads not yet shown that ``claims`` (a predicate on the root comment) wants, now marked shown."""
        taken = [t for t in self.threads if id(t) not in self.placed and claims(t.comment)]
        self.placed |= {id(t) for t in taken}
        return taken


def _coder_of_report(project: Project, session_id: int, coder: str | None) -> str:
    """The layer to report: the one asked for; else the only visible layer with codes; else the layer in use."""
    if coder:
        return coder
    found = {m.coder for m in project.markers(session_id)} | {e.coder for e in project.episodes(session_id)}
    found |= {m.coder for m in project.measures(session_id) if m.coder}
    visible = project.visible_coders(session_id)
    found |= {r.coder for r in project.reviews(session_id) if visible is None or r.coder in visible}
    if len(found) > 1:
        raise InputError(f"session {session_id} has codes by {', '.join(sorted(found))}: choose one with --coder")
    return next(iter(found), project.layer)


def _load(project: Project, session_id: int, coder: str) -> _Layer:
    detail = project.session(session_id)  # a one-line NotFoundError for a wrong id
    markers = project.markers(session_id, coder)  # refuses, in one line, a layer hidden by blind coding
    episodes = project.episodes(session_id, coder)
    schemes = sorted({m.scheme_id for m in markers})
    try:
        scheme = project.schemes.get(schemes[0]) if schemes else project.scheme
    except SchemeError:
        scheme = project.scheme
    other_markers = {m.id for m in project.markers(session_id) if m.coder != coder}
    other_episodes = {e.id for e in project.episodes(session_id) if e.coder != coder}
    threads = [  # comments on another coder's markers or episodes belong to that coder's report
        t
        for t in project.comments(session_id)
        if t.comment.marker_id not in other_markers and t.comment.episode_id not in other_episodes
    ]
    return _Layer(detail, coder, scheme, markers, episodes, threads)


# -- the numbers --------------------------------------------------------------------------------------------------


def _rows(project: Project, layer: _Layer) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The session row, marker rows and episode rows the analytics summaries read."""
    session = layer.detail.session
    sid = session.id
    found = [r for r in project.repo.session_rows(session.client_code) if r["session_id"] == sid]
    row = found[0] if found else {"session_id": sid, "client": session.client_code}
    markers = [
        {"session_id": sid, "coder": m.coder, "family": m.family, "subtype": m.subtype, "significance": m.significance}
        for m in layer.markers
    ]
    turn_of = {m.id: m.turn_index for m in layer.markers}
    episodes = [
        {
            "episode_id": e.id,
            "client": session.client_code,
            "attachment": row.get("attachment"),
            "session_id": sid,
            "session_date": session.date,
            "session_number": session.number,
            "coder": e.coder,
            "family": str(e.family),
            "outcome": str(e.outcome) if e.outcome else None,
            "marker_turns": sorted(turn_of[i] for i in e.marker_ids if i in turn_of),
            "stages": [(s.stage, s.turn_index) for s in e.stages],
            "strategies": [(s.code, s.turn_index) for s in e.strategies],
            "note": e.note,
        }
        for e in layer.episodes
    ]
    return row, markers, episodes


def _numbers_html(project: Project, layer: _Layer) -> str:
    from rupturetool.analytics.episodes import episodes_frame
    from rupturetool.analytics.sessions import session_summaries

    session_row, marker_rows, episode_rows = _rows(project, layer)
    measures = [
        {"session_id": m.session_id, "name": m.name, "value": m.value, "coder": m.coder}
        for m in project.measures(layer.detail.session.id, layer.coder)
    ]
    summary = session_summaries([session_row], marker_rows, episode_rows, measures, coder=layer.coder)
    numbers = summary.iloc[0].to_dict()
    estimated = " (estimated from words at 150 a minute)" if numbers["minutes_estimated"] else ""
    rate_note = ", from the estimated talk time" if numbers["minutes_estimated"] else ""
    lines = [
        ("Turns / words", f"{_num(numbers['turns'])} / {_num(numbers['words'])}"),
        ("Talk time", f"{_num(numbers['minutes'], 1)} min{estimated}"),
        ("Markers", f"{_num(numbers['n_markers'])} (per 5 minutes: {_num(numbers['rate_per_5min'])}{rate_note})"),
        ("Significance", f"mean {_num(numbers['significance_mean'])}, max {_num(numbers['significance_max'])}"),
    ]
    no_outcome = numbers["episodes"] - sum(numbers[f"episodes_{o}"] for o in ("resolved", "partial", "unresolved"))
    outcomes = ", ".join(f"{numbers[f'episodes_{o}']} {o}" for o in ("resolved", "partial", "unresolved"))
    none = f", {no_outcome} without an outcome" if no_outcome else ""
    lines.append(("Episodes", f"{numbers['episodes']}: {outcomes}{none}"))
    strategies = numbers["strategy_codes"] or "none"
    lines.append(("Strategies", f"{numbers['strategies_used']} used ({escape(strategies.replace(';', ', '))})"))
    for name, spec in MEASURES.items():
        if not math.isnan(numbers.get(name, math.nan)):
            lines.append((escape(spec.label), _num(numbers[name], 1)))
    body = "".join(f"<tr><th width='28%'>{k}</th><td>{v}</td></tr>" for k, v in lines)
    parts = ["<h2>The session's numbers</h2>", TABLE, body, "</table>", _marker_counts_html(layer, numbers)]
    if episode_rows:
        parts.append(_stages_table_html(layer, episodes_frame(episode_rows).to_dict("records")))
    return "".join(parts)


def _marker_counts_html(layer: _Layer, numbers: dict[str, Any]) -> str:
    """Markers by family and subtype: the summary's counts (codes of other schemes counted from the markers)."""
    rows = []
    for fam in layer.scheme.families:
        used = [m for m in layer.markers if m.family == fam.code]
        total = numbers.get(f"n_{fam.code}", len(used))
        rows.append(f"<tr><td><b>{escape(fam.name)}</b></td><td class='num'><b>{_num(total)}</b></td></tr>")
        for sub in fam.subtypes:
            count = numbers.get(f"n_{sub.code}", sum(m.subtype == sub.code for m in used))
            if count:
                name = f"{escape(sub.code)} {escape(sub.name)}"
                rows.append(f"<tr><td>&nbsp;&nbsp;{name}</td><td class='num'>{_num(count)}</td></tr>")
    return f"<h3>Markers by family and subtype</h3>{TABLE}{''.join(rows)}</table>"


def _stages_table_html(layer: _Layer, episodes: list[dict[str, Any]]) -> str:
    rows = []
    for n, e in enumerate(episodes, start=1):
        stage = int(e["max_stage"])
        label = f"{stage} {escape(layer.stage_name(stage))}" if stage else "none reached"
        outcome = escape(str(e["outcome"])) if _present(e["outcome"]) else "—"
        turns = f"{int(e['first_turn']) + 1}–{int(e['last_turn']) + 1}" if _present(e["first_turn"]) else ""
        rows.append(
            f"<tr><td>{n}</td><td>{escape(str(e['family']))}</td><td>{outcome}</td><td>{turns}</td>"
            f"<td>{label}</td><td>{escape(str(e['strategy_codes']).replace(';', ', '))}</td></tr>"
        )
    head = "<tr><th>#</th><th>Family</th><th>Outcome</th><th>Turns</th><th>Highest stage</th><th>Strategies</th></tr>"
    return f"<h3>Highest stage reached per episode</h3>{TABLE}{head}{''.join(rows)}</table>"


# -- transcript excerpts ------------------------------------------------------------------------------------------


def _highlighted(turn: Turn, markers: Sequence[Marker]) -> str:
    """The turn's text, escaped, with each marker's span highlighted and its code and significance after it."""
    mine = [m for m in markers if m.turn_index == turn.index]
    text = turn.text
    cuts = sorted({0, len(text), *(min(max(p, 0), len(text)) for m in mine for p in (m.start_char, m.end_char))})
    out = []
    for start, end in pairwise(cuts):
        over = [m for m in mine if m.start_char < end and start < m.end_char]
        piece = escape(text[start:end])
        if over:
            tint = TINTS.get(over[0].family, OTHER_TINT)
            piece = f'<span class="code" style="background-color:{tint}">{piece}</span>'
        out.append(piece)
        out += [_tag(m) for m in mine if min(max(m.end_char, 0), len(text)) == end and m.end_char > m.start_char]
        out += [_tag(m) for m in mine if m.start_char == m.end_char == end]
    out = [_tag(m) for m in mine if m.start_char == m.end_char == 0] + out
    return "".join(out).replace("\n", "<br>")


def _tag(marker: Marker) -> str:
    return f"<sup><b>{escape(marker.subtype)}</b>·{marker.significance}</sup>\u200a"  # hair space: no run-on word


def _turn_codes(layer: _Layer, turn: Turn, episodes: Iterable[RuptureEpisode]) -> str:
    """What happened at this turn: markers (with their notes), stages reached and strategies used."""
    notes = []
    for m in (m for m in layer.markers if m.turn_index == turn.index):
        name = layer.subtype_name(m.subtype)
        line = f"<b>{escape(m.subtype)}</b> {escape(name)} · significance {m.significance}"
        if m.actor != "patient":
            line += f" · actor {escape(str(m.actor))}"
        if m.note:
            line += f"<br><i>{escape(m.note)}</i>"
        notes.append(line)
    for e in episodes:
        notes += [
            f"Stage {s.stage} reached: {escape(layer.stage_name(s.stage))}"
            for s in e.stages
            if s.turn_index == turn.index
        ]
        notes += [
            f"<b>{escape(s.code)}</b> {escape(layer.strategy_name(s.code))}"
            for s in e.strategies
            if s.turn_index == turn.index
        ]
    return "<br>".join(notes)


def _excerpt_html(layer: _Layer, first: int, last: int, episodes: Sequence[RuptureEpisode]) -> str:
    turns = layer.turns
    rows = []
    for index in range(max(first, 0), min(last, len(layer.detail.turns) - 1) + 1):
        turn = turns.get(index)
        if turn is None:
            continue
        who = f"{escape(turn.speaker_label)}<br><span class='muted small'>{escape(str(turn.speaker_role))}</span>"
        when = f"<br><span class='muted small'>{_clock(turn.start)}</span>" if turn.start is not None else ""
        rows.append(
            f"<tr><td width='7%'>{index + 1}{when}</td><td width='13%'>{who}</td>"
            f"<td>{_highlighted(turn, layer.markers)}</td>"
            f"<td width='26%' class='small'>{_turn_codes(layer, turn, episodes)}</td></tr>"
        )
    head = "<tr><th>Turn</th><th>Speaker</th><th>Text</th><th>Codes</th></tr>"
    return f"{TABLE}{head}{''.join(rows)}</table>"


# -- comments ---------------------------------------------------------------------------------------------------


def _anchor_text(thread: CommentThread) -> str:
    c = thread.comment
    if c.marker_id is not None:
        return f"on marker {c.marker_id}" + (f", turn {thread.turn_index + 1}" if thread.turn_index is not None else "")
    if c.episode_id is not None:
        return f"on episode {c.episode_id}"
    if c.turn_index is not None:
        return f"on turn {c.turn_index + 1}"
    return "on the session"


def _comments_html(threads: Sequence[CommentThread], title: str = "Comments") -> str:
    if not threads:
        return ""
    items = []
    for thread in threads:
        c = thread.comment
        state = "<span class='resolved'>resolved</span>" if c.resolved else "<b>open</b>"
        lines = [
            f"<p style='margin-bottom:2px'><b>{escape(c.author)}</b> <span class='muted small'>{_when(c.created_at)} "
            f"· {_anchor_text(thread)}</span> · {state}<br>{escape(c.text)}</p>"
        ]
        lines += [
            f"<p style='margin-left:24px; margin-top:0px; margin-bottom:2px'>↳ <b>{escape(r.author)}</b> "
            f"<span class='muted small'>{_when(r.created_at)}</span><br>{escape(r.text)}</p>"
            for r in thread.replies
        ]
        items.append("".join(lines))
    return (f"<h3>{escape(title)}</h3>" if title else "") + "".join(items)


# -- sections -----------------------------------------------------------------------------------------------------


def _episode_html(layer: _Layer, n: int, episode: RuptureEpisode, context: int) -> str:
    own = [m for m in layer.markers if m.id in set(episode.marker_ids)]
    start, end = layer.span(episode)
    first, last = max(start - context, 0), min(end + context, len(layer.detail.turns) - 1)
    outcome = escape(str(episode.outcome)) if episode.outcome else "no outcome recorded"
    parts = [f"<h2>Episode {n}: {escape(str(episode.family))} — {outcome}</h2>"]
    reached = sorted(episode.stages, key=lambda s: (s.stage, s.turn_index))
    stages = ", ".join(
        f"stage {s.stage} at turn {s.turn_index + 1} ({escape(layer.stage_name(s.stage))})" for s in reached
    )
    strategies = ", ".join(
        f"{escape(s.code)} {escape(layer.strategy_name(s.code))} (turn {s.turn_index + 1})" for s in episode.strategies
    )
    codes = ", ".join(f"{escape(m.subtype)} (turn {m.turn_index + 1})" for m in sorted(own, key=lambda m: m.turn_index))
    parts.append(
        "<p>"
        f"<b>Markers:</b> {codes or 'none'}<br>"
        f"<b>Stages reached:</b> {stages or 'none'}<br>"
        f"<b>Strategies:</b> {strategies or 'none'}"
        + (f"<br><b>Note:</b> {escape(episode.note)}" if episode.note else "")
        + "</p>"
    )
    parts.append(f"<p class='muted small'>Transcript, turns {first + 1}–{last + 1}:</p>")
    parts.append(_excerpt_html(layer, first, last, [episode]))
    ids = set(episode.marker_ids)
    threads = layer.take_threads(
        lambda c: (
            c.episode_id == episode.id
            or c.marker_id in ids
            or (
                c.marker_id is None
                and c.episode_id is None
                and c.turn_index is not None
                and first <= c.turn_index <= last
            )
        )
    )
    parts.append(_comments_html(threads))
    return "".join(parts)


def _loose_markers_html(layer: _Layer) -> str:
    grouped = {i for e in layer.episodes for i in e.marker_ids}
    loose = sorted((m for m in layer.markers if m.id not in grouped), key=lambda m: (m.turn_index, m.start_char))
    if not loose:
        return ""
    turns = sorted({m.turn_index for m in loose})
    parts = ["<h2>Markers not in any episode</h2>"]
    for index in turns:
        parts.append(_excerpt_html(layer, index, index, []))
    ids = {m.id for m in loose}
    threads = layer.take_threads(
        lambda c: c.marker_id in ids or (c.marker_id is None and c.episode_id is None and c.turn_index in turns)
    )
    parts.append(_comments_html(threads))
    return "".join(parts)


def _header_html(project: Project, layer: _Layer, generated: datetime) -> str:
    session = layer.detail.session
    coder = project.repo.coder(layer.coder)
    role = "consensus layer" if layer.coder == CONSENSUS else (str(coder.role) if coder else "coder")
    review = project.review(session.id, layer.coder)
    status = str(review.status).replace("_", " ")
    if review.reviewer and review.status != "draft":
        status += f" (by {escape(review.reviewer)}"
        status += f", {_when(review.updated_at)})" if review.updated_at else ")"
    if review.reason:
        status += f" — reason: {escape(review.reason)}"
    when = session.date.isoformat() if session.date else "no date"
    number = f", session {session.number}" if session.number is not None else ""
    return (
        f"<p class='confidential'><b>{escape(CONFIDENTIAL)}</b></p>"
        f"<h1>Review report — client {escape(session.client_code)}, {when}{number}</h1>"
        f"{TABLE}"
        f"<tr><th width='28%'>Coder</th><td>{escape(layer.coder)} ({escape(role)})</td></tr>"
        f"<tr><th>Review status</th><td>{status}</td></tr>"
        f"<tr><th>Coding scheme</th><td>{escape(layer.scheme.name)} {escape(layer.scheme.version)}</td></tr>"
        f"<tr><th>Session</th><td>id {session.id}"
        + (f" · {escape(session.source_name)}" if session.source_name else "")
        + f"</td></tr><tr><th>Generated</th><td>{generated.strftime('%Y-%m-%d %H:%M')} by {escape(project.coder)}"
        "</td></tr></table>"
    )


def review_report_html(project: Project, session_id: int, coder: str | None = None, *, context_turns: int = 2) -> str:
    """The review report of ``coder``'s layer of a session (see the module docstring) as one HTML document."""
    if context_turns < 0:
        raise InputError(f"--context must be 0 or more turns, not {context_turns}")
    layer = _load(project, session_id, _coder_of_report(project, session_id, coder))
    session = layer.detail.session
    title = f"Review report — {session.client_code} {session.date or ''} ({layer.coder})"
    parts = [_header_html(project, layer, datetime.now()), _numbers_html(project, layer)]
    for n, episode in enumerate(sorted(layer.episodes, key=lambda e: (layer.span(e), e.id or 0)), start=1):
        parts.append(_episode_html(layer, n, episode, context_turns))
    parts.append(_loose_markers_html(layer))
    rest = layer.take_threads(lambda _c: True)
    if rest:
        parts.append("<h2>Other comments</h2>" + _comments_html(rest, ""))
    parts.append(f"<hr><p class='confidential'>{escape(CONFIDENTIAL)}</p>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>" + "".join(parts) + "</body></html>\n"
    )


def report_title(project: Project, session_id: int, coder: str | None = None) -> str:
    """A short title for the report's window, file name and PDF metadata."""
    session = project.session(session_id).session
    who = _coder_of_report(project, session_id, coder)
    return f"Review report {session.client_code} {session.date or f'session {session_id}'} ({who})"


def write_html(html: str, out: Path) -> Path:
    """Write the report as UTF-8 HTML; through a side file, so a failure leaves no half-written report."""
    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(f"{out.parent}: no such folder to write the report in")
    partial = out.with_name(out.name + ".part")
    try:
        partial.write_text(html, encoding="utf-8")
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"{out}: cannot write the report ({exc.strerror or exc})") from None
    return out
