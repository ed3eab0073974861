"""The rule suggester: each subtype's patterns fire on realistic client lines and stay quiet on ordinary talk; the
context rules (prompt, cues, runs of short replies, therapist turns after a marker); user pattern files."""

from __future__ import annotations

from pathlib import Path

import pytest
import turns_support

from rupturetool.core.domain import Cue, SpeakerRole, Turn
from rupturetool.core.errors import InputError
from rupturetool.nlp.rule_suggester import suggest
from rupturetool.nlp.suggest_context import Prompt, prompt_kind
from rupturetool.nlp.suggest_patterns import load_patterns, parse_patterns
from rupturetool.nlp.suggest_pipeline import required_words

T, P = SpeakerRole.THERAPIST, SpeakerRole.CLIENT


def session(*lines: tuple[SpeakerRole, str]) -> list[Turn]:
    return turns_support.session(lines)


def codes(turns: list[Turn], turn_index: int) -> set[str]:
    return {s.subtype for s in suggest(turns) if s.turn_index == turn_index}


OPEN = "What was that like for you?"
CLIENT_LINES = {
    "W1": "Honestly, it's not a big deal. I'm over it.",
    "W3": "I think grief is just one of those things everybody goes through eventually.",
    "W4": "Oh, that reminds me, my car failed its MOT on Saturday.",
    "W5": "Sure. Whatever you think is best. You're the expert.",
    "W7": "I'm hopeless at this. Nothing will work for me anyway.",
    "C1": "You just sit there nodding. You don't get it.",
    "C2": "No. I'm not doing that. I've tried that before.",
    "C3": "I don't see how this is helping. It feels like a waste of time.",
    "C4": "They've moved me to half eight in the morning and I can't make that time.",
    "C5": "We're going in circles. I'm not getting better.",
    "C6": "So now it's my fault? Are you saying I'm doing it wrong?",
    "C7": "Can you just tell me what to do? I need an answer.",
}
ORDINARY = [
    "We went to the coast on Saturday and the kids loved the rock pools.",
    "I've been sleeping better since I moved my phone out of the bedroom.",
    "My sister is coming over on Sunday, so I'll cook something nice.",
    "I think I'd like to cut down to two drinks on weekdays.",
    "Work's been busy but good. We finished the new bridge design.",
    "That's fine with me, the later slot suits me better.",
    "Yeah, I walked the dog every morning this week.",
]


@pytest.mark.parametrize(("subtype", "line"), sorted(CLIENT_LINES.items()))
def test_each_subtype_fires_on_a_realistic_client_line(subtype: str, line: str) -> None:
    turns = session((T, "How have things been since last week?"), (P, line))
    assert subtype in codes(turns, 1)


@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_talk_gets_no_marker_suggestion(line: str) -> None:
    turns = session((T, "How have things been since last week?"), (P, line))
    assert [s for s in suggest(turns) if s.is_marker] == []


def test_therapist_turns_get_no_markers_and_client_turns_no_strategies() -> None:
    turns = session((P, "You don't get it."), (T, "You don't get it, you say. I'm sorry, that sounds hard."))
    found = suggest(turns)
    assert {(s.turn_index, s.family) for s in found} == {(0, "confrontation"), (1, "strategy")}
    assert all(s.actor == ("patient" if s.is_marker else "therapist") for s in found)


def test_yeah_after_an_open_question_is_a_minimal_response() -> None:
    turns = session((T, "What was it like, going back to your dad's house?"), (P, "Yeah."))
    [s] = suggest(turns)
    assert (s.family, s.subtype, s.turn_index, s.start_char, s.end_char) == ("withdrawal", "W2", 1, 0, 5)
    assert "minimal-assent" in s.explanation and "open question" in s.explanation


def test_yeah_after_a_closed_question_or_offer_is_nothing() -> None:
    for prompt in ("Would you like a cup of tea before we start?", "Did you get here alright?"):
        assert suggest(session((T, prompt), (P, "Yeah."))) == []


def test_a_hedge_after_a_reflection_is_minimal_but_plain_agreement_is_not() -> None:
    reflection = "So it sounds like the weekend with your sister was harder than you expected."
    assert codes(session((T, reflection), (P, "I don't know.")), 1) == {"W2"}
    assert codes(session((T, reflection), (P, "Yeah.")), 1) == set()


def test_a_long_reply_is_not_minimal() -> None:
    turns = session((T, OPEN), (P, "I don't know. I went to the shop and then I came home and made tea for everyone."))
    assert "W2" not in codes(turns, 1)


def test_repeated_short_replies_raise_confidence() -> None:
    lone = session((T, "How was the visit?"), (P, "I don't know."))
    run = session(
        (T, "How was the week?"), (P, "Fine."), (T, "What did you do at the weekend?"), (P, "Not much."),
        (T, "How was the visit?"), (P, "I don't know."),
    )  # fmt: skip
    [first] = [s for s in suggest(lone) if s.turn_index == 1]
    [later] = [s for s in suggest(run) if s.turn_index == 5]
    assert later.subtype == first.subtype == "W2"
    assert later.confidence > first.confidence
    assert "previous replies were short too" in later.explanation


def test_laugh_cue_next_to_painful_content_is_a_content_affect_split() -> None:
    turns = session((T, OPEN), (P, "She moved out in November. (laughs) Took the kettle, left me the cat."))
    splits = [s for s in suggest(turns) if s.subtype == "W6"]
    assert splits and all("laugh or smile cue" in s.explanation and s.family == "withdrawal" for s in splits)


def test_laugh_cue_next_to_hostile_content_is_a_split_and_the_same_words_without_it_are_not() -> None:
    hostile = "(smiles) You don't get it, do you."
    assert {"C1", "W6"} <= codes(session((T, OPEN), (P, hostile)), 1)
    assert "W6" not in codes(session((T, OPEN), (P, "You don't get it, do you.")), 1)
    assert "W6" not in codes(session((T, OPEN), (P, "(laughs) We had a lovely time at the beach.")), 1)


def test_words_inside_a_cue_are_not_content() -> None:
    turns = session((T, OPEN), (P, "(laughing and crying) It's always a horse."))
    assert "W6" not in codes(turns, 1)


def test_therapist_naming_the_smile_marks_the_split_and_stage_one() -> None:
    turns = session(
        (T, OPEN),
        (P, "It's fine. (smiles) He was eighty-one."),
        (T, "You're smiling as you tell me that. What's happening for you right now?"),
    )
    assert {"W1", "W6"} <= codes(turns, 1)
    stage = [s for s in suggest(turns) if s.turn_index == 2 and s.family == "stage"]
    assert stage and stage[0].subtype == "1"
    assert "after a suggested client marker" in stage[0].explanation


def test_therapist_apology_after_a_rupture_is_a_strategy() -> None:
    turns = session(
        (P, "You kept on and on about the homework. You don't listen."),
        (T, "I'm sorry. I think I did push the task, and I didn't listen well enough to your no."),
    )
    strategies = {s.subtype for s in suggest(turns) if s.turn_index == 1 and s.family == "strategy"}
    assert "R5" in strategies


def test_therapist_moves_without_a_rupture_before_them_are_not_suggested() -> None:
    turns = session(
        (P, "We went to the coast on Saturday."),
        (T, "I'm sorry, I didn't catch that. That makes sense. Could we go back to the sleep diary?"),
    )
    assert suggest(turns) == []


def test_suggestions_are_aligned_to_segments_and_sorted() -> None:
    turns = session((T, OPEN), (P, "Okay. Yeah. Whatever you think. (pause) You're the expert."))
    found = suggest(turns)
    for s in found:
        turn = turns[s.turn_index]
        seg = turn.segments[s.segment_index]
        assert seg.start_char == s.start_char and s.end_char in {g.end_char for g in turn.segments}
        assert 0 < s.confidence <= 1
    assert found == sorted(found, key=lambda s: (s.turn_index, s.start_char))
    # W5 on each of its two segments; the minimal-response reading gives way to the more specific deference
    assert [(s.subtype, s.segment_index) for s in found] == [("W5", 2), ("W5", 3)]
    assert "deference-whatever-you-think" in found[0].explanation
    assert "deference-you-are-the-expert" in found[1].explanation


def test_curly_apostrophes_match_straight_patterns() -> None:
    assert "W5" in codes(session((T, OPEN), (P, "Honestly, you’re the expert.")), 1)


def test_prompt_kinds() -> None:
    assert prompt_kind("What was that like?") == Prompt.OPEN
    assert prompt_kind("Can I ask what it was like, coming in today?") == Prompt.OPEN
    assert prompt_kind("Tell me about the no.") == Prompt.OPEN
    assert prompt_kind("Would you like some tea?") == Prompt.OFFER
    assert prompt_kind("Did you go?") == Prompt.CLOSED
    assert prompt_kind("So you felt let down by her.") == Prompt.REFLECTION
    assert prompt_kind("The clinic opens at nine on Mondays.") == Prompt.OTHER


def test_turns_without_segments_still_get_suggestions() -> None:
    turns = [Turn(0, "T", T, OPEN), Turn(1, "P", P, "Whatever you think.", cues=(Cue(0, 1),))]
    [s] = suggest(turns)
    assert (s.segment_index, s.start_char, s.end_char) == (0, 0, len(turns[1].text))


# -- pattern files -----------------------------------------------------------------------------------------------
def test_shipped_patterns_cover_every_subtype_and_strategy() -> None:
    labels = {s.label for s in load_patterns()}
    assert {f"W{i}" for i in range(1, 8)} | {f"C{i}" for i in range(1, 8)} <= labels
    assert {f"R{i}" for i in range(1, 11)} | {"1"} <= labels


def test_a_user_pattern_file_is_picked_up(tmp_path: Path) -> None:
    turns = session((T, OPEN), (P, "Honestly, this place is too cold for me."))
    assert suggest(turns) == []
    user = tmp_path / "mine.jsonl"
    user.write_text(
        '// my clinic\n{"label": "C4", "id": "room-too-cold", "pattern": "place is too cold", "confidence": 0.8}\n'
        '{"label": "C4", "id": "room-too-cold-tokens", "pattern": [{"LOWER": "too"}, {"LOWER": "cold"}]}\n',
        encoding="utf-8",
    )
    [s] = suggest(turns, extra_pattern_files=[user])
    assert (s.subtype, s.family, s.confidence) == ("C4", "confrontation", 0.85)  # two patterns, one suggestion
    assert "room-too-cold" in s.explanation and "room-too-cold-tokens" in s.explanation


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "mine.jsonl:2: not a JSON object"),
        ('{"label": "X9", "id": "a", "pattern": "b"}', "mine.jsonl:2: label must be"),
        ('{"label": "W1", "pattern": "b"}', "mine.jsonl:2: id must be"),
        ('{"label": "W1", "id": "a", "pattern": 3}', "mine.jsonl:2: pattern must be"),
        ('{"label": "W1", "id": "a", "pattern": "b", "context": "after_marker"}', "does not apply to label W1"),
        ('{"label": "W1", "id": "a", "pattern": "b", "confidence": 2}', "confidence must be"),
        ('{"label": "W1", "id": "a", "pattern": "b", "colour": "red"}', "unknown key(s) colour"),
        ('{"label": "W1", "id": "a", "pattern": [{"LOWER": {"NOPE": 1}}]}', "mine.jsonl:2: not a valid spaCy token"),
        ('{"label": "W2", "id": "denial-its-fine", "pattern": "b"}', "already used for W1"),
    ],
)
def test_a_malformed_user_pattern_file_is_a_one_line_error(tmp_path: Path, line: str, message: str) -> None:
    user = tmp_path / "mine.jsonl"
    user.write_text('{"label": "W1", "id": "ok-line", "pattern": "fine by me"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        suggest(session((T, OPEN), (P, "Yeah.")), extra_pattern_files=[user])
    text = str(raised.value)
    assert message in text and "\n" not in text


def test_parse_patterns_skips_comments_and_blank_lines() -> None:
    specs = parse_patterns(
        "x.jsonl", '// c\n\n{"label": "R4", "id": "a", "pattern": "how was that", "context": "none"}\n'
    )
    assert [(s.label, s.id, s.context, s.source, s.for_therapist) for s in specs] == [
        ("R4", "a", "none", "x.jsonl:3", True)
    ]


# -- issue 7, second round: context rules ------------------------------------------------------------------------
REFLECTION = "It sounds like the funeral was really hard on you."


def test_a_weak_denial_counts_only_as_a_claim_in_reply_to_an_invitation() -> None:
    assert "W1" in codes(session((T, REFLECTION), (P, "No, honestly, it's fine.")), 1)
    assert codes(session((T, "Is Thursday still alright for you?"), (P, "Yeah, that's fine.")), 1) == set()
    assert "W1" not in codes(session((T, "We'll have a break over Christmas."), (P, "That's fine.")), 1)
    assert "W1" not in codes(session((T, REFLECTION), (P, "I'd tell a friend it's fine, but not myself.")), 1)


def test_reported_speech_is_not_the_clients_own_complaint() -> None:
    assert "C1" in codes(session((T, OPEN), (P, "You never listen to me.")), 1)
    assert codes(session((T, OPEN), (P, "She said, you never listen to me. And she was right.")), 1) == set()
    assert "C7" not in codes(session((T, OPEN), (P, "He wanted me to just tell him what to do.")), 1)


def test_a_longer_hedged_reply_to_an_open_question_is_minimal_not_denial() -> None:
    [s] = suggest(session((T, "How would you describe your week?"), (P, "It was okay, I suppose, to be honest.")))
    assert s.subtype == "W2" and "terse reply" in s.explanation
    assert suggest(session((T, "Did you get the bus here?"), (P, "Yeah, it was okay, I suppose."))) == []


def test_a_rejection_needs_something_to_reject() -> None:
    line = "I wouldn't say that. It's more complicated."
    assert "C2" in codes(session((T, "Maybe you were scared of losing her."), (P, line)), 1)
    assert "C2" not in codes(session((T, "What did you do at the weekend?"), (P, line)), 1)


def test_the_client_correcting_an_interpretation_is_a_rejection() -> None:
    found = suggest(session((T, "I wonder if you're sad rather than angry."), (P, "I'm not sad, I'm furious.")))
    assert any(s.subtype == "C2" and "reading with their own" in s.explanation for s in found)
    unasked = suggest(session((T, "How was your day?"), (P, "I'm not sad, I'm furious.")))
    assert all("reading with their own" not in s.explanation for s in unasked)


def test_denying_the_therapists_own_word_is_defending_oneself() -> None:
    said = session((T, "It sounds like you might have snapped at her."), (P, "I didn't snap. I raised my voice once."))
    assert any(s.subtype == "C6" and "“snap”" in s.explanation for s in suggest(said))
    asked = session((T, "Did you snap at her?"), (P, "I didn't snap. I raised my voice once."))
    assert all("own word" not in s.explanation for s in suggest(asked))


def test_an_impersonal_answer_to_a_question_about_oneself_is_abstract() -> None:
    prompt = "What was it like for you, as a boy?"
    generic = "Well, boys back then were raised to be tough. Fathers never showed feelings. Society was like that."
    assert "W3" in codes(session((T, prompt), (P, generic)), 1)
    personal = "Well, I was raised to be tough. My father never showed me his feelings and I missed him."
    assert "W3" not in codes(session((T, prompt), (P, personal)), 1)


def test_a_weak_cue_needs_a_second_one() -> None:
    one = "My brother works on systemic change at the council now."
    two = "It's a systemic thing, isn't it. Society conditioned us, historically, to hide it."
    assert "W3" not in codes(session((T, OPEN), (P, one)), 1)
    assert "W3" in codes(session((T, OPEN), (P, two)), 1)


def test_a_story_opener_counts_only_in_a_long_reply() -> None:
    short = "Funny story, actually. Never mind."
    long = (
        "Funny story, on the way here the bus driver got into a huge argument with a man about his dog, and the "
        "whole top deck was cheering and filming it, it went on for about ten minutes, honestly."
    )
    assert "W4" not in codes(session((T, "What's the feeling that comes with that?"), (P, short)), 1)
    assert "W4" in codes(session((T, "What's the feeling that comes with that?"), (P, long)), 1)


def test_a_laugh_that_fits_a_happy_story_is_not_a_split() -> None:
    happy = "(laughs) The projector died halfway through, but my boss said it was the best talk all week. Brilliant."
    assert "W6" not in codes(session((T, OPEN), (P, happy)), 1)
    assert "W6" in codes(session((T, OPEN), (P, "(laughs) Well, she died on my birthday, so.")), 1)
    assert "W6" not in codes(session((T, OPEN), (P, "(laughs) I didn't cry, for once.")), 1)


def test_token_frames_find_hedged_wordings() -> None:
    assert "C1" in codes(session((T, OPEN), (P, "You seemed kind of really distracted last week.")), 1)
    assert "C3" in codes(session((T, OPEN), (P, "The breathing thing is just a bit pointless for me.")), 1)
    assert "C4" in codes(session((T, OPEN), (P, "Two weeks is far too long a gap between sessions.")), 1)


def test_required_words_gate_a_token_pattern_on_its_obligatory_tokens() -> None:
    pattern = [{"NORM": "you"}, {"NORM": {"IN": ["really", "just"]}, "OP": "*"}, {"LOWER": {"IN": ["bored", "cold"]}}]
    assert required_words(pattern) == [("NORM", frozenset({"you"})), ("LOWER", frozenset({"bored", "cold"}))]
    assert required_words([{"NORM": "a", "OP": "?"}, {"TEXT": "B", "OP": "{1,2}"}]) == [("ORTH", frozenset({"B"}))]


def test_a_user_token_pattern_without_required_words_still_runs(tmp_path: Path) -> None:
    user = tmp_path / "mine.jsonl"
    user.write_text(
        '{"label": "C4", "id": "any-chill", "pattern": [{"LOWER": {"REGEX": "^chill"}}], "confidence": 0.7}\n',
        encoding="utf-8",
    )
    turns = session((T, OPEN), (P, "Honestly the place is chilly."))
    assert [s.subtype for s in suggest(turns, extra_pattern_files=[user])] == ["C4"]


def test_token_patterns_on_lower_and_orth_pass_their_gates(tmp_path: Path) -> None:
    # The gate reads each token's own LOWER / ORTH value, as the Matcher does: "n't" (a token of "don't") counts,
    # and ORTH keeps case.
    user = tmp_path / "mine.jsonl"
    user.write_text(
        '{"label": "C4", "id": "dont-like-room", "pattern": [{"LOWER": "n\'t"}, {"LOWER": "like"}, '
        '{"LOWER": "this"}, {"LOWER": "room"}], "confidence": 0.7}\n'
        '{"label": "C4", "id": "nhs-case", "pattern": [{"ORTH": "NHS"}, {"LOWER": "queue"}], "confidence": 0.7}\n',
        encoding="utf-8",
    )
    said = "Honestly I don't like this room."
    [s] = suggest(session((T, OPEN), (P, said)), extra_pattern_files=[user])
    assert "dont-like-room" in s.explanation
    assert suggest(session((T, OPEN), (P, "The nhs queue, honestly.")), extra_pattern_files=[user]) == []  # case
    [s] = suggest(session((T, OPEN), (P, "The NHS queue, honestly.")), extra_pattern_files=[user])
    assert "nhs-case" in s.explanation


def test_the_tokenizer_cache_warm_up_keeps_every_token_and_norm() -> None:
    # spaCy stops caching a turn's chunks after its first special case ("It's", "—", a line break); the pipeline
    # puts each new chunk in the cache on its own. The tokens must be exactly those of a tokenizer without it.
    import spacy

    from rupturetool.nlp.suggest_pipeline import _build

    texts = [
        "It's — well. I'm fine, honestly; it's the commute.\nReally, I didn't mind (laughs) the forty-minute wait.",
        "That's what I've said: it's whatever you think, isn't it? Gonna be fine.",
        "   ",
        "",
    ]
    pipeline = _build.__wrapped__(())  # the shipped pipeline, newly built (not the cached one): nothing warmed
    assert not pipeline.warmed
    before = [[(t.text, t.norm_, t.whitespace_) for t in pipeline.nlp.tokenizer(x)] for x in texts]
    pipeline.match(texts)
    assert {"commute.", "wait.", "It's", "—", "Gonna"} <= pipeline.warmed
    after = [[(t.text, t.norm_, t.whitespace_) for t in pipeline.nlp.tokenizer(x)] for x in texts]
    assert after == before
    plain = spacy.blank("en").tokenizer  # a stock tokenizer agrees on these texts (no brackets glued to words)
    assert [[t.text for t in plain(x)] for x in texts] == [[t for t, _, _ in doc] for doc in after]
    assert pipeline.match(texts) == pipeline.match(texts)  # warm or not, the same matches
