"""The review report (HTML) of one coder's layer of a session: header, numbers, episode excerpts with highlighted
spans, stages, strategies, comment threads, loose markers, escaping, and blind coding — on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from rupturetool.core.errors import InputError
from rupturetool.services.exports import ExportKind, Selection, export_frame
from rupturetool.services.project import Project
from rupturetool.services.review_report import CONFIDENTIAL, TINTS, review_report_html, write_html

LINES = [
    "Therapist: How did the week go?",
    "Client: Fine. It was fine. <script>alert('x')</script>",
    "Therapist: You shrugged as you said that.",
    "Client: I don't know. Whatever you think.",
    "Therapist: I'd like to hear what it was like for you.",
    "Client: You keep asking the same thing!",
    "Therapist: You're right, I have been pushing you.",
    "Client: I just want some help with this.",
    "Therapist: Then let's look at what would help.",
    "Client: Okay. Fine.",
    "Therapist: We'll stop there for today.",
    "Client: See you next week.",
]


@dataclass
class Supervision:
    sue: Project  # supervisor
    ann: Project  # the coder whose layer is reported
    bob: Project  # a blind second coder
    session_id: int
    episode_id: int
    w1: int  # ann's marker ids
    w5: int
    loose: int


def _last_marker(project: Project, session_id: int) -> int:
    return max(m.id for m in project.markers(session_id, project.coder))


@pytest.fixture
def team(db_url: str, tmp_path: Path) -> Iterator[Supervision]:
    path = tmp_path / "session.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    sue, ann, bob = (Project(db_url, coder=name) for name in ("sue", "ann", "bob"))
    sue.set_coder_role("sue", "supervisor")
    sid = ann.import_transcript(path, "RIVER-07").session.id
    ann.add_marker(ann.new_marker(sid, 1, "W1", span=(0, 5), significance=4, note="shrugs it off"))
    w1 = _last_marker(ann, sid)
    ann.add_marker(ann.new_marker(sid, 3, "W5", segment_index=1, significance=3))
    w5 = _last_marker(ann, sid)
    ann.add_marker(ann.new_marker(sid, 9, "W2", segment_index=0, significance=2))
    loose = _last_marker(ann, sid)
    ann.create_episode(sid, [w1, w5])
    episode_id = ann.episodes(sid, "ann")[0].id
    ann.set_stage(episode_id, 1, 4)
    ann.set_stage(episode_id, 2, 7)
    ann.add_strategy(episode_id, "R5", 6)
    ann.set_outcome(episode_id, "resolved")
    ann.set_measure(sid, "extent_resolved", 4)
    thread = sue.add_comment(sid, "Was this <b>really</b> denial?", marker_id=w1).comment_id  # type: ignore[attr-defined]
    ann.reply(thread, "Yes: the shrug says so.")
    sue.resolve_comment(thread)
    sue.add_comment(sid, "Look at the therapist's move here.", turn_index=6)
    sue.add_comment(sid, "Good session overall.")
    sue.add_comment(sid, "Ending on time: fine.", turn_index=11)
    ann.submit(sid)
    sue.request_changes(sid, "ann", "Recheck W5 against W2")
    sue.assign_second_coder(sid, "bob", blind=True)
    bob.add_marker(bob.new_marker(sid, 5, "C1", segment_index=0, significance=5, note="bob-only-note"))
    yield Supervision(sue, ann, bob, sid, episode_id, w1, w5, loose)
    for project in (sue, ann, bob):
        project.close()


def _section(html: str, start: str, end: str) -> str:
    return html[html.index(start) : html.index(end)]


def test_header_numbers_and_confidentiality(team: Supervision) -> None:
    html = review_report_html(team.sue, team.session_id, "ann")
    assert html.count(CONFIDENTIAL) >= 2  # header and footer
    assert "client RIVER-07" in html
    assert "ann (therapist)" in html
    assert "changes requested (by sue" in html and "Recheck W5 against W2" in html
    assert "<script" not in html.lower()  # no script of ours, and the transcript's is escaped
    assert "<link" not in html and "src=" not in html  # self-contained
    row = export_frame(team.sue, ExportKind.SESSIONS, Selection(coder="ann")).iloc[0]
    assert f"{row['rate_per_5min']:.2f}" in html  # the rate is the analytics' own number
    assert "mean 3, max 4" in html  # significances 4, 3, 2
    assert "1: 1 resolved, 0 partial, 0 unresolved" in html
    assert "3RS extent ruptures were resolved (1–5)</th><td>4" in html
    numbers = _section(html, "Markers by family and subtype", "Highest stage reached")
    assert re.search(r"W1 Denial</td><td class='num'>1<", numbers)
    assert re.search(r"<b>Withdrawal</b></td><td class='num'><b>3<", numbers)
    stages = _section(html, "Highest stage reached", "Episode 1:")
    assert "2 Exploring the rupture experience" in stages and "R5" in stages


def test_the_episode_excerpt_highlights_spans_and_lists_stages_strategies_and_comments(team: Supervision) -> None:
    html = review_report_html(team.sue, team.session_id, "ann", context_turns=2)
    episode = _section(html, "Episode 1: withdrawal — resolved", "Markers not in any episode")
    assert "Transcript, turns 1–10:" in episode  # markers on turns 2–4, last stage on turn 8, 2 turns either side
    assert f'<span class="code" style="background-color:{TINTS["withdrawal"]}">Fine.</span>' in episode
    assert "<sup><b>W1</b>·4</sup>" in episode and "<sup><b>W5</b>·3</sup>" in episode
    assert "stage 1 at turn 5 (Attending to the rupture marker)" in episode
    assert "stage 2 at turn 8 (Exploring the rupture experience)" in episode
    assert "R5 Therapist acknowledges their own contribution to the rupture (turn 7)" in episode
    assert "<i>shrugs it off</i>" in episode  # the marker's note beside its turn
    # The transcript text is escaped, never markup.
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in episode
    # Comments on its marker (with the reply, resolved) and on a turn in the excerpt.
    assert "Was this &lt;b&gt;really&lt;/b&gt; denial?" in episode
    assert "Yes: the shrug says so." in episode and "resolved" in episode
    assert "Look at the therapist&#x27;s move here." in episode
    rest = html[html.index("Other comments") :]
    assert "Good session overall." in rest and "Ending on time: fine." in rest
    assert "Look at the therapist" not in rest  # each thread once


def test_markers_outside_episodes_get_short_excerpts(team: Supervision) -> None:
    html = review_report_html(team.sue, team.session_id, "ann", context_turns=0)
    episode = _section(html, "Episode 1:", "Markers not in any episode")
    assert "Transcript, turns 2–8:" in episode
    assert "How did the week go?" not in html  # turn 1 is outside every excerpt without context
    loose = _section(html, "Markers not in any episode", "Other comments")
    assert "<sup><b>W2</b>·2</sup>" in loose and "Okay." in loose
    assert "You keep asking" not in loose


def test_blind_coding_hides_the_other_layer(team: Supervision) -> None:
    # sue sees everything; ann's report holds ann's codes only, not bob's
    html = review_report_html(team.sue, team.session_id, "ann")
    assert "bob-only-note" not in html and "<b>C1</b>" not in html
    # bob codes blind: his own report by default, and nothing of ann's in it
    mine = review_report_html(team.bob, team.session_id)
    assert "bob (therapist)" in mine and "bob-only-note" in mine
    assert "<b>W1</b>" not in mine and "shrugs it off" not in mine and "Was this" not in mine
    with pytest.raises(InputError, match="hidden from you while you code it blind"):
        review_report_html(team.bob, team.session_id, "ann")
    # several layers and none chosen: a one-line error naming them
    with pytest.raises(InputError, match="has codes by ann, bob: choose one with --coder"):
        review_report_html(team.sue, team.session_id)


def test_write_html_and_bad_arguments(team: Supervision, tmp_path: Path) -> None:
    html = review_report_html(team.sue, team.session_id, "ann")
    out = write_html(html, tmp_path / "r.html")
    assert out.read_text(encoding="utf-8") == html
    with pytest.raises(InputError, match="no such folder"):
        write_html(html, tmp_path / "missing" / "r.html")
    with pytest.raises(InputError, match="--context must be 0 or more"):
        review_report_html(team.sue, team.session_id, "ann", context_turns=-1)
