"""Non-verbal cues in transcripts — "(smiles)", "(both laugh)", "[laughs]", "[inaudible 00:01:33]".

They stay in the text (the original is never altered) and are recorded as spans; the suggester uses them
(laughing while saying something painful is a content/affect split, W6).
"""

from __future__ import annotations

import re

from rupturetool.core.domain import Cue

# Short bracketed stretches; parentheses only when they read like a stage direction, not an aside in speech.
_SQUARE = re.compile(r"\[[^\[\]\n]{1,80}\]")
_ROUND = re.compile(r"\([^()\n]{1,60}\)")
_CUE_WORDS = re.compile(
    r"\b(laugh\w*|smil\w*|sigh\w*|pause\w*|cr(y|ies|ying)|tear\w*|sob\w*|silence|silent|inaudible|unclear|crosstalk|"
    r"cough\w*|shrug\w*|nod\w*|frown\w*|voice|tone|sarcas\w*|whisper\w*|chuckl\w*|grin\w*|giggl\w*|smirk\w*|"
    r"looks?\b|looking|glanc\w*|stares?|gestur\w*|sniff\w*|clears? throat|yawn\w*|sadness|angr\w*|irritat\w*|"
    r"quiet\w*|loud\w*|long|both|rolls? (her|his|their) eyes|overlap\w*|interrupt\w*)",
    re.IGNORECASE,
)


def find_cues(text: str) -> tuple[Cue, ...]:
    cues = [Cue(m.start(), m.end()) for m in _SQUARE.finditer(text)]
    cues += [Cue(m.start(), m.end()) for m in _ROUND.finditer(text) if _CUE_WORDS.search(m.group())]
    return tuple(sorted(cues, key=lambda c: c.start_char))
