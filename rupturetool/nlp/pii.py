"""A PII scan of a transcript: likely identifiers to redact, each with its kind and why it was flagged.

Patterns and rules (see ``nlp.pii_names`` for names): phone numbers (UK, US, international), e-mail addresses,
URLs that carry a name or a profile, dates of birth (only with a cue such as "born on", "DOB", "my birthday"),
street addresses, UK postcodes and US ZIP codes after a state, NHS, social security and National Insurance
numbers. Every rule is a compiled regular expression run once per turn, so a long session scans in milliseconds.
The scan suggests; a person decides what to redact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from rupturetool.core.pii import PLACEHOLDER_PATTERN, PiiHit, without_overlaps
from rupturetool.nlp.pii_names import find_names, first_names, name_parts


class _TurnLike(Protocol):
    text: str


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_DATE = (
    rf"(?:(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?"
    rf"|{_DAY}[/.-](?:1[0-2]|0?[1-9])[/.-](?:{_YEAR}|\d\d)"
    rf"|{_YEAR}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])"
    rf"|{_MONTH}\s+{_YEAR}|{_YEAR})"
)
_DOB = re.compile(
    rf"(?:\bborn(?:\s+on|\s+in)?|\bD\.?O\.?B\.?|\bdate\s+of\s+birth|\bbirth\s*day(?:'s|’s)?)"
    rf"(?:\s*(?:is|was|:|-|on|was\s+on|is\s+on))*\s+(?P<date>{_DATE})(?!\w)",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
_URL = re.compile(
    r"(?:https?://|www\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|uk|io|me|de|fr|edu|gov|info)/)"
    r"[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]",
    re.IGNORECASE,
)
_PROFILE_SITES = re.compile(
    r"facebook\.|instagram\.|twitter\.|(?<![a-z])x\.com|linkedin\.|tiktok\.|youtube\.com/(?:@|user|c/)|"
    r"github\.com/|reddit\.com/u|snapchat\.|onlyfans\.|/~|/@",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w+/.-])(?:\+\d{1,3}[\s.-]?(?:\(0\)\s?)?|\(\d{2,5}\)\s?)?\d{2,11}(?:[\s.-]\d{2,8}){0,4}(?![\w/]|[.-]\d)"
)
_US_PHONE = re.compile(r"^(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$")
_PHONE_CUE = re.compile(r"(?:phone|mobile|cell|number|call|ring|text|whatsapp|tel)\W{0,3}(?:\w+\W+){0,3}$", re.I)
_SSN = re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")
_NHS = re.compile(r"(?<![\d-])(?<!\d\s)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\d-])")
_NI = re.compile(r"\b(?![DFIQUV])[A-CEGHJ-PR-TW-Z](?![DFIOQUV])[A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")
_ID_CUE = re.compile(
    r"(?:NHS|hospital|patient|MRN|medical record|record|case|social security|SSN|national insurance|NI|"
    r"passport|licen[cs]e|ID)\s*(?:no\.?|number|#|num)?\s*(?:is|was|:)?\s*$",
    re.IGNORECASE,
)
_ID_AFTER_CUE = re.compile(r"[A-Z0-9][A-Z0-9 -]{4,16}[A-Z0-9](?![\w-])")
_STREET_TYPES = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Place|Pl|Crescent|Cres|Terrace|Gardens|"
    r"Grove|Square|Sq|Boulevard|Blvd|Hill|Park|Row|Mews|Walk|Parade|Highway|Hwy|Circle|Trail|Parkway|Pkwy|Rise|"
    r"View|Green|Vale)"
)
_STREET_NAME = r"(?:[A-Z][\w'’-]+\s+){1,3}"
_ADDRESS = re.compile(
    rf"(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Room)\s+\d+[A-Za-z]?,?\s+)?"
    rf"\b\d{{1,5}}[A-Za-z]?,?\s+{_STREET_NAME}{_STREET_TYPES}\b"
)
_ADDRESS_CUE = re.compile(
    rf"\b(?:live[sd]?|living|address\s+is|moved|move|house|flat|home)\s+(?:on|at|in|to)\s+(?P<street>{_STREET_NAME}"
    rf"{_STREET_TYPES})\b",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}|GIR\s?0AA)\b")
_US_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|"
    r"OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
)
_ZIP = re.compile(rf"(?:\b(?:{_US_STATES}),?\s+|\bzip(?:\s*code)?\s*(?:is|:)?\s*)(?P<zip>\d{{5}}(?:-\d{{4}})?)\b", re.I)


def _nhs_valid(digits: str) -> bool:
    """The NHS number's modulus-11 check digit: ten digits that pass it are very unlikely to be chance."""
    if len(digits) != 10 or len(set(digits)) == 1:
        return False
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _ids(index: int, text: str) -> list[PiiHit]:
    hits = [
        PiiHit(index, m.start(), m.end(), "id_number", "social security number pattern", 0.85)
        for m in _SSN.finditer(text)
    ]
    hits += [
        PiiHit(index, m.start(), m.end(), "id_number", "National Insurance number pattern", 0.85)
        for m in _NI.finditer(text)
    ]
    for m in _NHS.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        cued = _ID_CUE.search(text[max(0, m.start() - 40) : m.start()]) is not None
        phone_cued = _PHONE_CUE.search(text[max(0, m.start() - 40) : m.start()]) is not None
        if cued or (_nhs_valid(digits) and not phone_cued):
            hits.append(PiiHit(index, m.start(), m.end(), "id_number", "NHS number", 0.9 if cued else 0.7))
    for cue in re.finditer(
        r"(?:NHS|hospital|patient|MRN|case|passport|licen[cs]e|national insurance|NI|social security|SSN)\s+"
        r"(?:no\.?|number|#)\s*(?:is|:)?\s*",
        text,
        re.I,
    ):
        m = _ID_AFTER_CUE.match(text, cue.end())
        if m and sum(ch.isdigit() for ch in m.group()) >= 4:
            hits.append(PiiHit(index, m.start(), m.end(), "id_number", "a number named as an identifier", 0.8))
    return hits


def _phones(index: int, text: str, taken: Sequence[PiiHit]) -> list[PiiHit]:
    hits = []
    for m in _PHONE.finditer(text):
        found = m.group()
        digits = re.sub(r"\D", "", found)
        if not 9 <= len(digits) <= 15 or any(h.start_char < m.end() and m.start() < h.end_char for h in taken):
            continue
        international = found.startswith("+")
        uk = digits.startswith("0") and len(digits) in (10, 11)
        cued = _PHONE_CUE.search(text[max(0, m.start() - 40) : m.start()]) is not None
        if international or uk or _US_PHONE.match(found) or (cued and len(digits) >= 10):
            hits.append(PiiHit(index, m.start(), m.end(), "phone", "phone number pattern", 0.9 if not cued else 0.95))
    return hits


def _urls(index: int, text: str, names: frozenset[str]) -> list[PiiHit]:
    hits = []
    for m in _URL.finditer(text):
        url = m.group()
        words = {w.capitalize() for w in re.findall(r"[A-Za-z]{3,}", url.split("/", 3)[-1] if "//" in url else url)}
        if _PROFILE_SITES.search(url):
            hits.append(PiiHit(index, m.start(), m.end(), "url", "a profile address", 0.85))
        elif words & names:
            hits.append(PiiHit(index, m.start(), m.end(), "url", "an address holding a name", 0.7))
    return hits


def _turn_hits(index: int, text: str, names: frozenset[str]) -> list[PiiHit]:
    hits = [PiiHit(index, m.start(), m.end(), "email", "e-mail address", 0.95) for m in _EMAIL.finditer(text)]
    hits += [
        h
        for h in _urls(index, text, names)
        if not any(e.start_char < h.end_char and h.start_char < e.end_char for e in hits)
    ]
    for m in _DOB.finditer(text):
        bare_year = re.fullmatch(_YEAR, m.group("date")) is not None
        hits.append(
            PiiHit(
                index,
                m.start("date"),
                m.end("date"),
                "date_of_birth",
                "a date after a birth cue",
                0.6 if bare_year else 0.9,
            )
        )
    hits += [
        PiiHit(index, m.start(), m.end(), "address", "house number and street", 0.85) for m in _ADDRESS.finditer(text)
    ]
    hits += [
        PiiHit(index, m.start("street"), m.end("street"), "address", "a street where someone lives", 0.7)
        for m in _ADDRESS_CUE.finditer(text)
    ]
    hits += [PiiHit(index, m.start(), m.end(), "address", "UK postcode", 0.85) for m in _POSTCODE.finditer(text)]
    hits += [PiiHit(index, m.start("zip"), m.end("zip"), "address", "US ZIP code", 0.8) for m in _ZIP.finditer(text)]
    ids = _ids(index, text)
    dates = [h for h in hits if h.kind == "date_of_birth"]
    return hits + ids + _phones(index, text, ids + dates)


def _texts(turns: Iterable[_TurnLike | str]) -> list[tuple[int, str]]:
    out = []
    for position, turn in enumerate(turns):
        if isinstance(turn, str):
            out.append((position, turn))
        else:
            index = getattr(turn, "index", getattr(turn, "turn_index", position))
            out.append((index, turn.text))
    return out


def scan(turns: Iterable[_TurnLike | str], *, names: Iterable[str] = ()) -> list[PiiHit]:
    """Likely identifiers in ``turns`` (core turns, turn states or plain strings), in text order, never overlapping.

    ``names`` are names known to belong to this session (its speakers' real names): they are found wherever they
    appear capitalised, with the highest confidence. Placeholders left by an earlier redaction are never hits.
    """
    texts = _texts(turns)
    known = list(names)
    listed = first_names() | frozenset(name_parts(known))
    hits = find_names(texts, known)
    for index, text in texts:
        hits += _turn_hits(index, text, listed)
    placeholders = {index: [m.span() for m in PLACEHOLDER_PATTERN.finditer(text)] for index, text in texts}
    hits = [
        h for h in hits if not any(a < h.end_char and h.start_char < b for a, b in placeholders.get(h.turn_index, ()))
    ]
    return without_overlaps(hits)
