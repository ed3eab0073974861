"""Relational talk in a therapist turn: the therapist speaks about themselves and the client in the present moment
("what it's like when I hand you one", "it felt like I'd taken her side", "we keep going to the general"), and
also names, invites or explores — the many wordings of stage 1 that no fixed phrase list covers.

One of the relational cues is required (ordinary counselling talk seldom has them: "let me ask you", "thanks for
exploring this with me" do not count), plus one of: an invitation to explore, a naming of how something landed, the
here and now, or an affect word. A turn about an earlier session ("last week when I said…") attends to a rupture
that is not in the turn just before it, so it does not count here.
"""

from __future__ import annotations

import re

_RELATIONAL = re.compile(
    r"\b(?:when|what|how|after|since|each time|every time|whenever|the moment) i (?:just |first |)(?:said|say|ask|"
    r"asked|hand|handed|name|named|mention|mentioned|brought|bring|suggest|suggested|keep|kept|push|pushed|raised|"
    r"raise|called|put|gave|give|pointed|point|started|did)\b"
    r"|\b(?:say|said|saying|ask|asking|asked|tell|telling) (?:that|this|it|no|things) to me\b"
    r"|\b(?:seeing|hearing|watching|having) me (?:do|say|ask|push|bring|get|suggest|hand|name|write|look|glance)\w*"
    r"|\b(?:annoyed|frustrated|angry|cross|upset|irritated|disappointed|disagree\w*|fed up|impatient) (?:with|at|in) "
    r"me\b"
    r"|\b(?:here|right now|in the room|just now) with me\b|\bwith me (?:right now|here|just now)\b"
    r"|\b(?:of|toward|towards|about) me\b|\b(?:that's|that is|it's|that was) (?:partly |all |)on me\b"
    r"|(?<!let )\bask(?:ing|ed)? me\b"
    r"|\b(?:my|i'd|i've) (?:question|questions|suggestion|comment|comments|words|face|notes|notebook|label|idea|"
    r"reflection|interpretation|being away|lateness|holiday|break|leave)\b"
    r"|\b(?:you and me|between us|us right now|we(?:'re| are| were) (?:a bit |really |kind of |)stuck|we keep "
    r"(?:going|coming|ending|getting|drifting)|we've (?:moved|drifted|gone off|ended up|got into)|"
    r"we (?:drift|end up))\b"
    r"|\b(?:as though|as if|like|that|whether) i(?:'d| had)? (?:taken|gone|joined|pushed|judged|judging|doubted|"
    r"doubting|making|criticis\w*|criticiz\w*|blam\w*|dismiss\w*|don't|didn't|can't|wasn't|won't|haven't|know where|"
    r"really understand|understand|care)\b"
    r"|\b(?:feel|felt|feeling|think|thought) (?:like |that |as though |)i(?:'d|'m| was| keep| am|'ve| had)\b",
    re.IGNORECASE,
)
_INVITE = re.compile(
    r"\b(?:what's (?:it|that) like|what (?:was|is) (?:it|that) like|what it's like|what that's like|what it was like|"
    r"say more|tell me more|i'd (?:really |much |)(?:like|rather) (?:to )?(?:hear|understand|know)|i'm (?:curious|"
    r"interested|wondering)|i wonder|can we (?:talk|look|slow|stay|pause)|could we (?:talk|look|slow|stay)|how (?:is|"
    r"was) (?:that|it) for you|help me understand|what (?:made|makes|happens|happened)|what's (?:behind|underneath)|"
    r"how (?:that's|it's|that is) (?:landing|sitting))\b",
    re.IGNORECASE,
)
_NAMING = re.compile(
    r"\b(?:landed|landing|came across|come across|sounded|felt|feels|feel) (?:as|like)\b|\bsounds like\b|"
    r"\bi (?:can )?hear\b|\bi'm hearing\b|\bi notic\w*|\bi'm (?:aware|struck)|\bunderneath\b|"
    r"\bfair (?:question|point|enough|thing)\b|\byou're right\b|\bi can (?:see|feel|imagine)\b|\bi sense\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(?:right now|just now|just then|in here|in this room|at the moment|this moment)\b", re.I)
_AGAINST = re.compile(
    r"\b(?:frustrat\w*|annoy\w*|irritat\w*|angry|anger|unfair|uncaring|accus\w*|judg\w*|critici[sz]\w*|"
    r"dismiss\w*|pushed|pushing|rushed|pressur\w*|doubt\w*|sceptic\w*|skeptic\w*|textbook|chore|demean\w*|"
    r"short-changed|taken (?:her|his|their) side|side with|not helping|pointless|fed up|bother\w*|"
    r"disappoint\w*|unsafe|worry that i|won't really understand|can't really understand)\b",
    re.IGNORECASE,
)
_AWAY = re.compile(
    r"\b(?:quiet|quieter|shrug\w*|drift\w*|general|theory|theoretical\w*|abstract|laugh\w*|joke|funny|smil\w*|"
    r"agree\w*|hard to|risky|easy to say|distant|far away|polite|go along|please me|changed the subject)\b",
    re.IGNORECASE,
)
EARLIER = re.compile(r"\b(?:last (?:week|session|time)|the other (?:week|day)|earlier (?:today|on)|before the break)\b",
                      re.IGNORECASE)  # fmt: skip


def relational(text: str) -> tuple[str, int, int] | None:
    """("C" | "W" | "either", start, end) for a therapist turn that attends to the relationship now, else None."""
    text = text.replace("’", "'")
    hit = _RELATIONAL.search(text)
    if hit is None:
        return None
    if not (_INVITE.search(text) or _NAMING.search(text) or _NOW.search(text) or _AGAINST.search(text)):
        return None
    against, away = bool(_AGAINST.search(text)), bool(_AWAY.search(text))
    reading = "C" if against and not away else "W" if away and not against else "either"
    return reading, hit.start(), hit.end()
