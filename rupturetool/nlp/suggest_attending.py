"""Ruptures read back from the therapist's next turn: when a therapist attends to a rupture ("You've gone quiet",
"I think I've annoyed you", "Something shifted just then — what's happening for you right now?"), the client turn
just before it very likely holds a marker, whatever its words.

Phrase rules only find the wordings someone thought of; clients voice discontent in endless ways, but therapists
who notice it do so in a smaller set of here-and-now moves (stage 1 of the Safran–Muran model). Named cues come
first: each points at the relationship or the present moment ("with me", "just now") and says what the therapist
noticed (a laugh → W6, gone quiet → W2...), so that an ordinary reflection of feelings about the client's life ("you
sound frustrated with your manager") does not count. Every other wording is left to the learned stage-1 model
(``turn_model``); the client turn's own words then choose the subtype through the learned subtype model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rupturetool.nlp import turn_model
from rupturetool.nlp.regex_trie import any_of
from rupturetool.nlp.text_fold import fold

# What a cue says about the client's move: a subtype when the cue names it, a family when it only names the
# relationship, or "either" when it names nothing but the moment (the client turn decides).
_CUES: list[tuple[str, str, str]] = [
    # (reading, what the explanation says the therapist noticed, pattern)
    (
        "W6",
        "a laugh or smile",
        r"\byou(?:'re| are)? (?:smil|laugh|grinn)\w*|\b(?:smil|laugh|grinn)\w* (?:as|when|while) you"
        r"|\byour (?:smile|laugh)\b",
    ),
    (
        "W2",
        "that the client has gone quiet",
        r"\b(?:gone|go|went|going|got|getting|seem|seemed|become|became|grown|grew) (?:very |a bit |quite |really |"
        r"a little |rather |so |all |)(?:quiet|silent|still|distant|far away|flat|vague|small)\b"
        r"|\bnot saying (?:much|a lot|very much)\b|\b(?:short|one-word|brief|clipped) (?:answers|replies)\b"
        r"|\bwhere did you (?:go|just go)\b",
    ),
    (
        "W4",
        "a change of subject",
        r"\b(?:you|we)(?:'ve| have)? (?:just |)(?:chang\w*|shift\w*|switch\w*|steer\w*|mov\w*|drift\w*|veer\w*) "
        r"(?:the subject|subjects|topic|topics|away from|off (?:the|that|what)|on from (?:that|what)|gears)\b"
        r"|\b(?:we|you) (?:always |keep |)(?:end up|ended up|ending up|wind up|wound up|got|get|go|went|drift|drifted)"
        r" (?:somewhere else|elsewhere|off track|sidetracked|side-tracked|away from it|on to something else)\b",
    ),
    (
        "W5",
        "agreement that may be for the therapist's sake",
        r"\b(?:agree\w*|go(?:ing)? along|said yes|say yes|saying yes)\b[^.?!]{0,30}\b(?:very quickly|so quickly|"
        r"quickly|straight away|right away|to please me|for my sake|because i)\b"
        r"|\b(?:what|whatever) (?:you think )?i (?:want|would like|wanted) (?:you )?to hear\b|\bto please me\b",
    ),
    (
        "W",
        "the client pulling back",
        r"\byou(?:'ve| have)? (?:pull|pulled|step|stepped|back|backed|draw|drew|closed|clos|shut|shutting|pulling|"
        r"stepping|backing|closing)\w* (?:back|away|off|down|up)\b"
        r"|\b(?:hard|difficult|tricky|not easy|risky|scary) (?:for you )?to (?:say|tell me|be honest|disagree|"
        r"admit|show|talk about|do|go there|look at|stay with|bring)\b[^.?!]{0,30}\b(?:to me|with me|here|in here)\b",
    ),
    (
        "C",
        "that the client is annoyed with the therapist or the work",
        r"\b(?:frustrat\w*|annoy\w*|irritat\w*|angry|anger|cross|fed up|disappointed|let down|impatient|"
        r"exasperated|critical|upset|pissed off|mad|sceptical|skeptical|doubtful|unhappy|unconvinced)\b[^.?!]{0,40}"
        r"\b(?:with me|at me|by me|in me|toward me|towards me|of me|with (?:this|our|us|therapy|these sessions|"
        r"the sessions|how (?:we|i|this|things|slow\w*|long|it's going|this is going)|what i|the way i|my)|"
        r"about (?:coming here|therapy|our|these sessions|"
        r"the sessions|how (?:we|i|this)|what i|the way i|this (?:exercise|homework|approach|work))|that i\b|when i\b|"
        r"(?:with|by) what i)",
    ),
    (
        "C",
        "sarcasm or an accusation the client heard",
        r"\b(?:some |a bit of |a note of |an edge of |)(?:sarcasm|sarcastic|irony)\b(?! aside)"
        r"|\b(?:felt|feel|feels|sounded|came across|landed) (?:to you )?like (?:an? |i was |i'm |i were |)"
        r"(?:accusation|accusing|criticism|criticising|criticizing|attack|attacking|blam\w*|judg\w*|telling you off|"
        r"lecture|lecturing|told off|on trial)\b",
    ),
    (
        "either",
        "a misstep of the therapist's own",
        r"\bi(?:'ve| have| may have| might have| think i've| think i| must have|'d| had)? (?:upset|annoyed|"
        r"frustrated|irritated|hurt|offended|rushed|pushed|pressured|misunderstood|misread|lectured|dismissed|"
        r"interrupted|cut) you\b"
        r"|\bi (?:got|have got|'ve got|may have got|might have got) (?:that|it|this|you) wrong\b"
        r"|\bme (?:getting|having got) (?:that|it|this|you|\w+) wrong\b"
        r"|\bi(?:'ve| have)? (?:missed|misunderstood|lost sight of|not understood|not really understood|"
        r"haven't understood|haven't really understood|haven't been listening|wasn't listening|didn't listen|"
        r"didn't hear)\b[^.?!]{0,30}\b(?:you|what you|something)\b"
        r"|\b(?:fair|fair enough|you're right|you are right|that's fair)\b[^.?!]{0,10}\bi (?:did|have|was|do)\b"
        r"|\bi'm sorry,? i (?:pushed|rushed|interrupted|cut you|jumped|went (?:too|on)|missed|"
        r"didn't (?:check|ask|listen|realise|realize|notice|mean to)|wasn't (?:listening|clear)|"
        r"got (?:that|it) wrong)\b",
    ),
    (
        "C3",
        "doubt about whether the work helps",
        r"\b(?:doesn't|does not|isn't|is not|not|wasn't|didn't|hasn't|hardly) (?:feel |seem |sound |been |feeling |"
        r"seeming |feel very |seem very |really |)(?:helpful|useful|working|worth it|right|useful at all)"
        r"(?: at all)? (?:for|to) you\b"
        r"|\byou(?:'re| are)? (?:don't|do not|didn't|not|aren't|are not|wonder\w*|question\w*|doubt\w*) "
        r"(?:think |feel |sure |convinced |see |seeing |)(?:whether |if |that |how |)(?:this|that|the \w+|these \w+|"
        r"it|our work|therapy|coming here|talking) (?:is |are |was |will |would |can |)(?:help\w*|work\w*|useful|"
        r"going anywhere|worth\w*|the point|point)",
    ),
    (
        "C3",
        "doubt about whether the way of working fits",
        r"\b(?:whether|if) (?:this|the|our|my) (?:way of working|approach|work|therapy|kind of (?:work|therapy)|"
        r"method|model|plan) (?:really |)(?:fits|suits|is right for|works for|is working for|helps) you\b",
    ),
    (
        "C2",
        "that the client turned the suggestion down",
        r"\bmy (?:question|suggestion|comment|idea|interpretation|reflection|homework)\b[^.?!]{0,30}\b(?:annoy\w*|"
        r"frustrat\w*|irritat\w*|bother\w*|upset\w*|didn't (?:sit|land|fit)|doesn't (?:sit|fit)|wasn't right|"
        r"missed|put you off|rub\w*|sit well)\b"
        r"|\byou(?:'re| are)? (?:pushing back|not buying|disagree\w*|don't agree|not agreeing)\b"
        r"|\b(?:didn't|doesn't|did not|does not|hasn't|has not) (?:sit|land|fit|go down)"
        r"(?: right| well| too well| very well| great)?(?: at all)?(?: with you| for you|, did it)"
        r"|\b(?:suggestion|idea|question|comment|interpretation) (?:missed|didn't (?:help|land|fit))\b",
    ),
    (
        "either",
        "something that just shifted between them",
        r"\bwhat(?:'s| is| was)? (?:happening|going on|coming up|happened)(?: for you| inside)? (?:right now|just now|"
        r"just then|just there|there just now|between us|in the room|in here|as we|as i|when i)\b"
        r"|\bwhat (?:just )?happened (?:between us|there|just now|just then|in here|when i)\b"
        r"|\bwhat made you (?:think of|bring up|mention|say) (?:that|this|\w+'s \w+|\w+) "
        r"(?:just now|right now|just then)\b"
        r"|\bsomething (?:just |)(?:shifted|happened|changed|came up|closed|went)(?: for you)? (?:there|then|just then|"
        r"just now|right now|when i|as i)\b"
        r"|\b(?:can|could|may|shall) (?:we|i) (?:pause|stop|slow (?:down|things down)) (?:for a|here|there|us|a moment|"
        r"a second|just|on|over|with)\b"
        r"|\b(?:when|as|after) i (?:just |)(?:said|say|asked|suggested|mentioned|brought up)\b[^.?!]{0,40}"
        r"\b(?:you|your)\b[^.?!]{0,20}\b(?:face|voice|look|seem|went|go|tense|shift|react|sigh|pause|stop|flinch|"
        r"frown|roll)\w*"
        r"|\bhow (?:is|was|does|did) (?:it|that) (?:feel |land |)(?:for you )?(?:to (?:hear|be asked|have me)|"
        r"when i)\b"
        r"|\bhow (?:are|were) you (?:feeling|doing) (?:about|with) (?:me|us|our work|this work|coming here|what i|"
        r"the sessions|these sessions|the way)\b"
        r"|\b(?:here|right now|just now|in the room) with me\b|\bbetween (?:you and me|us) (?:right now|just now|here|"
        r"today)\b",
    ),
]
# Patterns are lower case and run on folded text (see text_fold).
_COMPILED = [(reading, noticed, re.compile(pattern)) for reading, noticed, pattern in _CUES]
# All cues in one: most therapist turns hold none, and one search says so at a third of the cost of one per cue.
_ANY_CUE = any_of([pattern for _, _, pattern in _CUES])
_NOT_US = re.compile(
    r"\b(?:your|his|her|their) (?:boss|manager|partner|wife|husband|mum|mother|dad|father|son|"
    r"daughter|friend|doctor|teacher|sister|brother|family|colleague)\b"
)


# A turn about an earlier session attends to a rupture that is not in the client turn just before it.
EARLIER = re.compile(r"\b(?:last (?:week|session|time)|the other (?:week|day)|earlier (?:today|on)|before the break)\b")


@dataclass(frozen=True)
class Attending:
    """A therapist turn that attends to a rupture: what it suggests about the client turn before it."""

    reading: str  # a subtype code, "W" or "C" (family only), or "either"
    noticed: str  # for the explanation, in words (the turn's text is never quoted)
    start_char: int
    end_char: int

    @property
    def names_subtype(self) -> bool:
        return _names_subtype(self.reading)


def _names_subtype(reading: str) -> bool:
    return len(reading) == 2  # a subtype code ("W6"), not a family ("W") or "either"


@lru_cache(maxsize=4096)
def attending(text: str) -> Attending | None:
    """The first rupture-attending cue in a therapist turn, or None. A turn about an earlier session ("last week,
    when I said…") attends to a rupture that is not in the client turn just before it."""
    text = fold(text)
    if EARLIER.search(text):
        return None
    if not _ANY_CUE.search(text):
        return _learned(text)
    best: Attending | None = None
    for reading, noticed, pattern in _COMPILED:
        hit = pattern.search(text)
        if hit is None or (reading == "C" and _NOT_US.search(hit.group(0))):
            continue
        if best is None or hit.start() < best.start_char:
            best = Attending(reading, noticed, hit.start(), hit.end())
    return best if best is not None else _learned(text)


_SENTENCE = re.compile(r"[^.?!]+[.?!]*")


def _learned(text: str) -> Attending | None:
    """The learned stage-1 detector, for the many wordings no cue names; its span is the sentence it rates highest."""
    model = turn_model.shipped_stage1()
    if (p := model.attends(text)) is None:
        return None
    best = max(_SENTENCE.finditer(text), key=lambda m: model.model.probability(m.group(0)), default=None)
    start, end = (best.start(), best.end()) if best is not None else (0, len(text))
    return Attending("either", f"the moment between them, by the stage-1 model ({p:.2f})", start, end)


def subtype_for(reading: str, client_text: str, *, terse: bool) -> str:
    """The subtype to suggest on the client turn before an attending therapist turn: the cue's own when it names
    one, W2 for a terse reply, else the learned subtype model's choice (within the cue's family, if it names one)."""
    if _names_subtype(reading):
        return reading
    if terse:
        return "W2"
    family = reading if reading in ("W", "C") else None
    return turn_model.shipped_subtypes().best(client_text, family=family)[0]
