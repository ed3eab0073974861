"""Ruptures read back from the therapist's next turn: when a therapist attends to a rupture ("You've gone quiet",
"I think I've annoyed you", "Something shifted just then — what's happening for you right now?"), the client turn
just before it very likely holds a marker, whatever its words.

Phrase rules only find the wordings someone thought of; clients voice discontent in endless ways, but therapists
who notice it name it in a fairly small set of here-and-now moves (stage 1 of the Safran–Muran model). Each cue here
must point at the relationship or the present moment ("with me", "just now", "when I said"), so that an ordinary
reflection of feelings about the client's life ("you sound frustrated with your manager") does not count.
Plain regular expressions over the therapist's text: cheap enough to run on every therapist turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rupturetool.nlp.suggest_relational import EARLIER, relational

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
_COMPILED = [(reading, noticed, re.compile(pattern, re.IGNORECASE)) for reading, noticed, pattern in _CUES]
_NOT_US = re.compile(
    r"\b(?:your|his|her|their) (?:boss|manager|partner|wife|husband|mum|mother|dad|father|son|"
    r"daughter|friend|doctor|teacher|sister|brother|family|colleague)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attending:
    """A therapist turn that attends to a rupture: what it suggests about the client turn before it."""

    reading: str  # a subtype code, "W" or "C" (family only), or "either"
    noticed: str  # for the explanation, in words (the turn's text is never quoted)
    start_char: int
    end_char: int


@lru_cache(maxsize=4096)
def attending(text: str) -> Attending | None:
    """The first rupture-attending cue in a therapist turn, or None. A turn about an earlier session ("last week,
    when I said…") attends to a rupture that is not in the client turn just before it."""
    text = text.replace("’", "'")
    if EARLIER.search(text):
        return None
    best: Attending | None = None
    for reading, noticed, pattern in _COMPILED:
        hit = pattern.search(text)
        if hit is None or (reading == "C" and _NOT_US.search(hit.group(0))):
            continue
        if best is None or hit.start() < best.start_char:
            best = Attending(reading, noticed, hit.start(), hit.end())
    if best is None and (talk := relational(text)) is not None:
        best = Attending(talk[0], "talk about the two of them, here and now", talk[1], talk[2])
    return best


# What the client turn itself says, to pick a subtype when the therapist's cue names only a family or nothing.
_AT_THERAPIST = re.compile(
    r"\byou(?:'re| are|'ve| have|'d| do| did)? (?:(?:just|always|never|even|really|still|keep|kept|don't|didn't|"
    r"do not|did not|aren't|weren't|won't|can't|couldn't|wouldn't|haven't|obviously|clearly)\b ?)+"
    r"|\byou(?:'re| are) (?:not|being|so|too|just|supposed|meant)\b|\bwith all due respect\b|\bno offence\b",
    re.IGNORECASE,
)
_GENERIC_YOU = re.compile(r"\byou (?:know|see|mean|never know|can't win|have to|just have to|get used)\b", re.I)
_ACTIVITIES = re.compile(
    r"\b(?:this|these|that|the) (?:exercise|exercises|homework|worksheet|worksheets|technique|techniques|stuff|"
    r"talking|diary|diaries|record|records|role.?play|chair|breathing|approach|method|thing we do)\b"
    r"|\btalking about (?:it|this|my (?:childhood|past|feelings|mum|mother|dad|father))\b|\btherapy\b"
    r"|\b(?:the|this|my|that) (?:diary|homework|worksheet|ladder|plan|programme|program|record|exercise)\b",
    re.IGNORECASE,
)
_PARAMETERS = re.compile(
    r"\b(?:session|sessions|appointment|appointments|fee|fees|cost|price|pay|paying|insurance|"
    r"schedule|cancel\w*|every week|fortnight\w*|waiting list|waiting room|time slot)\b",
    re.IGNORECASE,
)
_PROGRESS = re.compile(
    r"\b(?:not getting (?:any )?better|no better|no different|getting nowhere|going nowhere|not going anywhere|"
    r"same place|back where|circles|no progress|not changed|nothing's changed|nothing has changed|still the same|"
    r"weeks? (?:now|of this)|months? (?:now|of this)|(?:weeks|months|sessions) in\b|further (?:on|along)|"
    r"what's (?:actually |really |)changed|turned my life around|any better|(?:made|making) (?:any|no) difference)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    r"\b(?:could you|can you|would you|will you|i need you to|i want you to|you have to|you need to|you should|"
    r"just tell me|tell me what|give me|please)\b",
    re.IGNORECASE,
)
_REFUSAL = re.compile(
    r"^\W*(?:(?:um|uh|er|erm|well|oh|look)\W+)*(?:no|nope|nah|not really|i don't think so|that's not|that isn't|"
    r"i doubt|i'm not sure about that|i wouldn't say|i don't agree|hardly|not at all)\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"\b(?:not|no|never|don't|doesn't|didn't|isn't|wasn't|hate|worse|wound me up|winds? me up|dread\w*|pointless|"
    r"useless|waste|silly|stupid|annoy\w*|frustrat\w*|fed up|sick of|tired of|too|stopped)\b",
    re.IGNORECASE,
)
_TOPICS = (("C5", _PROGRESS), ("C4", _PARAMETERS), ("C3", _ACTIVITIES))
_LONG = 40  # words: a long story in reply to a here-and-now question is more likely avoidance than confrontation


def subtype_for(reading: str, client_text: str, *, terse: bool, n_words: int) -> str:
    """The subtype to suggest on the client turn before an attending therapist turn."""
    if len(reading) == 2:
        return reading
    text = client_text.replace("’", "'")
    toward = bool(_AT_THERAPIST.search(_GENERIC_YOU.sub(" ", text)))
    asking = bool(_REQUEST.search(text))
    refusing = bool(_REFUSAL.search(text))
    # The first topic of the therapy the turn names, in order of precedence (progress, parameters, activities).
    topic = next((code for code, rx in _TOPICS if rx.search(text)), None)
    against = toward or asking or refusing or (topic is not None and bool(_NEGATIVE.search(text)))
    if reading == "C" or (reading == "either" and not terse and against):
        if topic is not None:
            return topic
        if refusing and not toward:
            return "C2"
        return "C7" if asking else "C1"
    if terse or n_words <= 6:
        return "W2"
    return "W4" if n_words >= _LONG else "W3"
