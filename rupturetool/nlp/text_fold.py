"""Case-insensitive matching at the cost of case-sensitive matching.

The suggesters' regular expressions are written in lower case with straight apostrophes and searched on text folded
here. Python's ``re.IGNORECASE`` costs about five times as much on their long alternations of words, and the
suggester runs them on every turn of a session. Folding keeps every character where it was, so match offsets are
offsets into the original text.
"""

from __future__ import annotations

_FOLD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ\u2019\u2018", "abcdefghijklmnopqrstuvwxyz''")


def fold(text: str) -> str:
    """``text`` lower-cased, curly apostrophes straightened, character for character."""
    folded = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    if len(folded) != len(text):  # a rare letter whose lower case is longer ("İ"): fold ASCII only, in place
        return text.translate(_FOLD)
    return folded
