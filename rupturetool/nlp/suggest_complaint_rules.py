"""Complaint rules of the rule suggester: a sentence of a client turn that names something of the therapy (the
therapist, its activities, its parameters) and says something against it, in any wording.

Phrase patterns miss most complaints, because clients put them in their own words ("Eighty-five a session is a
lot", "the worksheets make me feel like I'm back at school"). A complaint here is a *topic* and an *evaluation*
in the same sentence: for C4 a parameter of therapy (fees, cancellations, session length, the room, the
recording) with a grievance ("a lot", "again", "on me", "I don't love"); for C3 an activity of therapy (homework,
thought records, role plays, talking about childhood) with a put-down ("patronising", "a chore", "what has … got
to do with"); for C1 the therapist doing something habitually or failing to ("you always scribble", "do you even
read your notes"). Reported speech and sentences about other people's sessions do not count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rupturetool.core.domain import Turn
from rupturetool.nlp import suggest_guards as guards
from rupturetool.nlp.regex_trie import compile_grouped
from rupturetool.nlp.suggest_reply_rules import ReplyMarker
from rupturetool.nlp.text_fold import fold

_SENTENCE = re.compile(r"[^.?!…]+[.?!…]*")

_PARAMETER = re.compile(
    r"\b(?:fees?|invoices?|prices?|charg\w+|paying|pay for|afford|(?:a|per|each|every|the|this|that|these|our|my) "
    r"sessions?|sessions? (?:is|are|was|were|has|have|keep|got|being|been|time|times|length)|appointments?|"
    r"(?:you|sessions?|appointments?)\b[^.?!]{0,25}\bcancel\w*|"
    r"cancel\w*[^.?!]{0,25}\b(?:on me|sessions?|appointments?)\b|"
    r"re-?schedul\w*|rearrang\w*|(?:hours?'?|days?'?|much|little|short|no) notice|time slots?|slots?|"
    r"waiting (?:room|list)|recorder|recording|(?:being )?recorded|the tape|the camera|this room|the room|"
    r"fifty minutes|50 minutes|an hour|(?:every|each|once a) (?:week|fortnight)|fortnightly|weekly|"
    r"(?:number of|how many|only \w+|more|fewer|extra) sessions|sessions left|the ending|end(?:ing)? (?:therapy|"
    r"this|the sessions|our sessions)|time's up|the clock|watch(?:ing)? the clock|running over|run over|contract|"
    r"(?:the|my|our) (?:time|times)|(?:this|the) time of (?:day|the morning|the evening)|insurance|"
    r"(?:on|the) phone|video (?:call|sessions?)|zoom|online sessions?|the car park|parking)\b",
)
_GRIEVANCE = compile_grouped(
    r"\b(?:too (?:short|long|much|expensive|early|late|far|often|rushed|soon|quick|little)|a lot (?:of money|for)|"
    r"is a lot|'s a lot|expensive|pricey|steep|can't afford|cannot afford|went up|gone up|going up|without (?:much |"
    r"any |)(?:warning|notice)|on me|again|twice|three times|every time|always|never|rushed|cut (?:me |it |us |)short|"
    r"not enough|don't (?:love|like)|do not like|hate|can't stand|bothers? me|uncomfortable|awkward|annoy\w*|"
    r"frustrat\w*|ridiculous|unfair|not fair|why do we (?:have to|only|always)|why does it (?:have to|always)|do we "
    r"(?:have|need) to|i'd (?:rather|prefer)|i would (?:rather|prefer)|barely|hardly|no one (?:asked|told)|"
    r"nobody (?:asked|told)|didn't (?:ask|tell|feel like i could)|couldn't say no|decided|short-changed|rip-?off|"
    r"waste|wasted|pointless|exposed|see in|watching|no privacy|not private|can't relax|just as|only just|"
    r"kicked out|shoved|clock-watch\w*|hurried|pushed out)\b",
)
_ACTIVITY = re.compile(
    r"\b(?:homework|worksheets?|work ?sheets?|handouts?|"
    r"(?:thought|mood|sleep|food|feelings?) (?:records?|diar(?:y|ies)|logs?)|diar(?:y|ies)|journal(?:ling)?|"
    r"columns|little boxes|(?:these|this|those|the|your) (?:exercises?|"
    r"techniques?|tools|skills|scales?|questionnaires?|forms?|tasks?|role-?plays?|games?)|breathing|role-?plays?|"
    r"empty chair|the chair|cushions?|visuali[sz]\w*|mindful\w*|meditat\w*|relaxation|tapping|the model|"
    r"(?:this|the) (?:approach|method|stuff|whole thing|process|talking|therapy thing)|talking therap\w*|"
    r"all this (?:talking|stuff|digging)|the talking|talking about (?:it|this|my (?:childhood|past|feelings|mum|"
    r"mother|dad|father|parents|family))|childhood|(?:my|the) past|going back|dig(?:ging)? (?:up|into|around)|"
    r"(?:this|the) therapy|therapy|counselling|counseling|coming here|these sessions|in here|"
    r"(?:these|your) questions)\b",
)
_PUT_DOWN = compile_grouped(
    r"\b(?:patroni[sz]\w*|condescend\w*|childish|like (?:a kid|a child|a schoolkid|school|i'm (?:back )?(?:at|in) "
    r"school|being (?:tested|marked|graded))|back (?:at|in) school|silly|stupid|daft|pointless|useless|a waste|"
    r"waste of|gimmick\w*|cringe\w*|embarrass\w*|awkward|fake|artificial|forced|ridiculous|naff|cheesy|a chore|"
    r"tedious|boring|(?:don't|doesn't|didn't|can't|cannot|not|never) (?:really |even |actually |)(?:see|get) "
    r"(?:the point|what|how|why)|what's the point|what is the point|no point|(?:don't|doesn't|didn't|isn't|wasn't|"
    r"not|hasn't|haven't) (?:really |actually |even |)(?:help\w*|work\w*|do(?:ing)? anything|make sense|"
    r"get(?:ting)? (?:me|us) anywhere|going anywhere|changed anything|for me|my thing)|got to do with|has to do with|"
    r"to do with anything|why does it always|why do we always|why do you always|hate|can't stand|sick of|tired of|"
    r"fed up (?:of|with)|not (?:going|gonna) to do|not doing (?:it|that|them|any)|won't do|didn't do (?:it|them|the)|"
    r"wound me up|winds? me up|(?:makes?|making|made) (?:it|things|me|everything) worse|keeping me (?:up|awake)|"
    r"mumbo|psychobabble|navel|touchy-feely|airy-fairy|wishy-washy|textbook|by the book|generic|one-size)\b",
)
_HABIT = re.compile(
    r"\byou (?:always|never|keep|constantly|just|even|still|obviously|clearly|didn't even|don't even|never even|"
    r"always just|just keep|kept)\b[^.?!,]{0,4}?\b(?:\w+ly )?(?P<act>listen\w*|remember\w*|forg[eo]t\w*|read\w*|"
    r"writ\w*|wrote|scribbl\w*|interrupt\w*|ask\w*|say|said|tell|told|push\w*|judg\w*|look\w*|get it|"
    r"understand\w*|hear\w*|care\w*|bring\w*|brought|chang\w*|twist\w*|focus\w*|go on|harp\w*|talk\w*|jump\w*|"
    r"answer\w*|turn\w*|nod\w*|smil\w*|stare\w*|check\w*|watch\w*|glanc\w*|cut|steer\w*|drag\w*|pull\w*|"
    r"make me|put words|assum\w*|decid\w*|lectur\w*|rush\w*|mix\w*|get (?:my|me|things|that)|got (?:my|me|it)|"
    r"sit there|seem to)\b"
    r"|\b(?:do|did|are|were|have|if|whether) you (?:even|actually|really|ever) (?:read|listen\w*|remember\w*|care|know|"
    r"hear\w*|look\w*|get|understand|think about|want to)\b"
    r"|\b(?:your|that) (?:disapproving|judg\w+|therapist|concerned|sympathetic|blank|poker|pitying) ?(?:face|look|"
    r"voice|tone|nod|expression)\b"
    r"|\b(?:one of|just another (?:one )?of) (?:your|the|\w+) (?:\w+ )?(?:people|clients|patients|cases)\b"
    r"|\bi(?:'ve| have) (?:already |)told you (?:that|this|about (?:this|that|it|him|her)|)\b[^.?!]{0,20}"
    r"\b(?:before|already|times|twice|last week|last time)\b",
)
_OTHERS = re.compile(
    r"\b(?:my (?:gym|training|study|revision|coaching|physio|group|work|team)|(?:his|her|their|your) (?:sessions?|"
    r"appointments?|therap\w+|counsell?or|fees?)|gym|physio|dentist|"
    r"doctor|gp|boss|manager|school (?:run|pick)|class(?:es)?|lesson|lessons|course|the kids')\b",
)
_RULES = [
    # (subtype, topic, evaluation, confidence, what the explanation says)
    (
        "C4",
        _PARAMETER,
        _GRIEVANCE,
        0.5,
        "a parameter of therapy (fees, times, the room, cancellations) with a grievance",
    ),
    ("C3", _ACTIVITY, _PUT_DOWN, 0.5, "an activity of therapy with a put-down"),
]


def complaint_markers(turns: Sequence[Turn], pos: int) -> list[ReplyMarker]:
    """C1/C3/C4 complaint sentences in client turn ``turns[pos]``."""
    turn = turns[pos]
    text = fold(turn.text)  # the patterns are lower case (see text_fold)
    # Most turns name no topic at all: one search over the whole turn each, before looking sentence by sentence.
    rules = [rule for rule in _RULES if rule[2].search(text) and rule[1].search(text)]  # the cheaper search first
    habit_in_turn = _HABIT.search(text) is not None
    if not rules and not habit_in_turn:
        return []
    found: list[ReplyMarker] = []
    for sentence in _SENTENCE.finditer(text):
        start, said = sentence.start(), sentence.group(0)
        hits = [rule for rule in rules if rule[1].search(said) and rule[2].search(said)]
        habit = habit_in_turn and _HABIT.search(said) is not None
        if not (hits or habit) or guards.reported(turn, start + len(said) - 1):
            continue  # "She said the sessions were too short"
        if hits and not _OTHERS.search(said):  # "my gym sessions keep getting cancelled"
            found += [
                ReplyMarker(code, start, sentence.end(), conf, f"a complaint: {what}")
                for code, _, _, conf, what in hits
            ]
        if habit:
            reason = "a complaint about the therapist: something they always or never do, or their manner"
            found.append(ReplyMarker("C1", start, sentence.end(), 0.5, reason))
    return found
