"""Sentence segmentation of turns: exact partitions of the text, and bracketed cues kept whole."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rupturetool.nlp.segmenter import build_pipeline, segment_spans

# Text that stresses the tokenizer and sentencizer: brackets, sentence punctuation, newlines, any unicode.
TRICKY = st.one_of(
    st.sampled_from(list("()[]{}.!?;:,'\"-…«»\n\t ")),
    st.characters(exclude_categories=("Cs",)),  # lone surrogates cannot come out of a decoded file
)
TEXTS = st.text(alphabet=TRICKY, max_size=160)
CUES = ["(long pause. sighs)", "[laughs. Then quiet!]", "(pause... crying?)", "(sighs.)", "[inaudible. 3 sec]"]


def segments_of(text: str) -> list[str]:
    [spans] = segment_spans([text])
    return [text[a:b] for a, b in spans]


def assert_exact_partition(text: str, spans: list[tuple[int, int]]) -> None:
    assert "".join(text[a:b] for a, b in spans) == text
    position = 0
    for start, end in spans:
        assert start == position, "segments must be contiguous, without gap or overlap"
        assert end > start, "segments must not be empty"
        position = end
    assert position == len(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_segments_partition_any_text_exactly(texts: list[str]) -> None:
    all_spans = segment_spans(texts)
    assert len(all_spans) == len(texts)
    for text, spans in zip(texts, all_spans, strict=True):
        assert_exact_partition(text, spans)


@settings(max_examples=300, deadline=None)
@given(
    TEXTS,
    TEXTS,
    st.sampled_from(CUES),
    # What comes right before the cue: a space or newline, or a word the cue is glued to ("fine.(sighs)").
    st.sampled_from([" ", "\n", "\t", " Okay.", " really", "\n0", " fine,", " Hmm!"]),
    st.sampled_from(["", " ", "\n"]),
)
def test_a_bracketed_cue_is_never_split(pre: str, post: str, cue: str, before: str, after: str) -> None:
    text = pre + before + cue + after + post
    cue_start = len(pre) + len(before)
    cue_end = cue_start + len(cue)
    [spans] = segment_spans([text])
    assert_exact_partition(text, spans)
    inside = [start for start, _ in spans if cue_start < start < cue_end]
    assert not inside, f"cue {cue!r} split in {[text[a:b] for a, b in spans]}"


@given(st.sampled_from(CUES), TEXTS)
@settings(max_examples=50, deadline=None)
def test_a_cue_at_the_start_of_a_turn_stays_whole(cue: str, post: str) -> None:
    text = cue + " " + post
    [spans] = segment_spans([text])
    assert not [start for start, _ in spans if 0 < start < len(cue)]


def test_typical_sentences_split() -> None:
    assert segments_of("How did the week go? It was fine. Really fine!") == [
        "How did the week go? ",
        "It was fine. ",
        "Really fine!",
    ]


def test_cue_examples() -> None:
    assert segments_of("Fine. (long pause. sighs) It was fine.") == ["Fine. ", "(long pause. sighs) It was fine."]
    assert segments_of("I don't know (long pause. sighs) maybe.") == ["I don't know (long pause. sighs) maybe."]
    # Glued to the word before: still one cue, still whole.
    glued = segments_of("It was fine.(long pause. sighs) Okay.")
    assert any("(long pause. sighs)" in segment for segment in glued)
    assert segments_of("[laughs] You would say that. (smiles) Whatever.") == [
        "[laughs] You would say that. ",
        "(smiles) Whatever.",
    ]


def test_punctuation_only_pieces_join_a_neighbour() -> None:
    for text in ("Yeah. ... Okay.", "... Okay. Fine.", "Okay. !!!"):
        segments = segments_of(text)
        assert "".join(segments) == text
        assert all(any(ch.isalnum() for ch in s) for s in segments), segments


def test_empty_and_blank_texts() -> None:
    assert segment_spans(["", "   ", "..."]) == [[], [(0, 3)], [(0, 3)]]


def test_pipeline_is_blank_english_built_once() -> None:
    nlp = build_pipeline(None)
    assert nlp is build_pipeline(None)
    assert nlp.lang == "en"
    assert nlp.pipe_names[-1] == "rupture_cue_guard"
    assert "sentencizer" in nlp.pipe_names
