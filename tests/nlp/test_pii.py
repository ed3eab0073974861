"""The PII scan: what it must find (positives) and what it must leave alone (hard negatives)."""

from __future__ import annotations

import pytest

from rupturetool.core.domain import SpeakerRole, Turn
from rupturetool.core.errors import InputError
from rupturetool.core.pii import PiiHit, redact_text, without_overlaps
from rupturetool.nlp.pii import scan
from rupturetool.nlp.pii_names import first_names


def found(text: str, names: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(text[h.start_char : h.end_char], h.kind) for h in scan([text], names=names)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My sister Grace called yesterday.", ("Grace", "name")),
        ("I went to see Dr Okafor about it.", ("Okafor", "name")),
        ("Mrs. Patel was kind.", ("Patel", "name")),
        ("Then Sarah Jenkins said I should go.", ("Sarah Jenkins", "name")),
        ("I told Priya about it.", ("Priya", "name")),
        ("Oluwaseun never replied.", ("Oluwaseun", "name")),  # a name, even first in its sentence
        ("Ring me on 07700 900123 tonight.", ("07700 900123", "phone")),
        ("Call +44 20 7946 0018 please.", ("+44 20 7946 0018", "phone")),
        ("Her number is (555) 123-4567.", ("(555) 123-4567", "phone")),
        ("Or 555-123-4567 works.", ("555-123-4567", "phone")),
        ("Mail me at jo.bloggs+x@example.co.uk today.", ("jo.bloggs+x@example.co.uk", "email")),
        ("I was born on 3 March 1987 in Leeds.", ("3 March 1987", "date_of_birth")),
        ("DOB 03/03/1987 on the form.", ("03/03/1987", "date_of_birth")),
        ("My birthday is the 3rd of March.", ("the 3rd of March", "date_of_birth")),
        ("Date of birth: 1987-03-03.", ("1987-03-03", "date_of_birth")),
        ("We moved to 12 Marlow Road last year.", ("12 Marlow Road", "address")),
        ("It's Flat 3, 45 High Street now.", ("Flat 3, 45 High Street", "address")),
        ("The postcode is SW1A 1AA.", ("SW1A 1AA", "address")),
        ("Springfield, IL 62704 is home.", ("62704", "address")),
        ("I still live on Acacia Avenue.", ("Acacia Avenue", "address")),
        ("My NHS number is 943 476 5919.", ("943 476 5919", "id_number")),
        ("It says 9434765919 on the letter.", ("9434765919", "id_number")),  # a valid NHS check digit
        ("SSN 123-45-6789 was stolen.", ("123-45-6789", "id_number")),
        ("NI number AB 12 34 56 C is on it.", ("AB 12 34 56 C", "id_number")),
        ("See facebook.com/anna.smith for photos.", ("facebook.com/anna.smith", "url")),
        ("Look at https://example.org/people/priya-sharma now.", ("https://example.org/people/priya-sharma", "url")),
    ],
)
def test_finds_identifiers(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will you come with me? May I ask something? I hope so.",
        "Mark my words. Grace under pressure, they say.",
        "It happened in May and again in June, then August.",
        "I moved to Jordan for a year. Jesus, it was hard.",
        "I paid 250 pounds in 2019 and took 3 tablets, about 1,000,000 times.",
        "The session lasted 50 minutes; the score went from 12 to 18 between 2010 and 2015.",
        "See www.nhs.uk or https://www.mind.org.uk/information for help.",
        "I feel like I'm stuck. The Therapist said so.",
        "On 3 March 1987 the factory closed.",  # a date, but nobody's birth
        "My son is 12 and my daughter is 9.",
        "I walked 5 miles down the road.",
        "He will grace us with his presence, may be.",
        "Item 1 was 1 apple at 10:30.",
        "Already [NAME] said she would call [PHONE].",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert found(text) == []


def test_speaker_names_are_found_anywhere_even_all_caps_labels() -> None:
    text = "Anna's mum said Smith was the name on the door. Anna, listen."
    hits = found(text, names=("ANNA SMITH", "Dr Okafor"))
    assert [t for t, _ in hits] == ["Anna", "Smith", "Anna"]
    assert found("Okafor called.", names=("Dr Okafor",)) == [("Okafor", "name")]


def test_a_word_name_found_mid_sentence_counts_at_sentence_starts_too() -> None:
    text = "I met Mark at the pub. Mark said he would call."
    assert [t for t, _ in found(text)] == ["Mark", "Mark"]
    assert found("Mark said he would call.") == []


def test_a_name_with_surname_after_an_ambiguous_word() -> None:
    assert found("Will Smith was there.") == [("Will Smith", "name")]


def test_hits_carry_turn_indexes_of_core_turns_and_no_text() -> None:
    turns = [
        Turn(3, "T", SpeakerRole.THERAPIST, "How was the week?"),
        Turn(4, "C", SpeakerRole.CLIENT, "Priya phoned me on 07700 900123."),
    ]
    hits = scan(turns)
    assert [(h.turn_index, h.kind) for h in hits] == [(4, "name"), (4, "phone")]
    assert all("Priya" not in h.reason and 0 < h.confidence <= 1 for h in hits)


def test_redact_text_and_overlaps() -> None:
    text = "Priya lives at 12 Marlow Road."
    hits = scan([text])
    assert redact_text(text, hits) == "[NAME] lives at [ADDRESS]."
    a, b = PiiHit(0, 0, 10, "address"), PiiHit(0, 2, 5, "name")
    assert without_overlaps([b, a]) == [a]
    with pytest.raises(InputError, match="kind"):
        PiiHit(0, 0, 1, "shoe size")


def test_the_shipped_name_list_is_large_and_multicultural() -> None:
    names = first_names()
    assert len(names) > 2000
    assert {"Oluwaseun", "Priya", "Mohammed", "Siobhan", "Xiaoming", "Yuki", "Chukwuemeka", "Guadalupe"} <= names
