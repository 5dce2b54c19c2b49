"""Sentence boundaries kept by the extractor: a Markdown bold lead-in and a message's timestamp stay
with the sentence they head.

A timeline written in Markdown opens each entry with its date in bold ("- **1 October 1990.** The RPF
attacks …"). The parser breaks after the lead-in's full stop; the entry's statement then loses its
date and the date becomes a claim of its own that states nothing.
"""

from __future__ import annotations

import pytest

from factfinder.extract.pipeline import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def claims_of(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    """Each claim's text and the earliest day of its date; the text is one passage per line, as a
    Markdown list is ingested."""
    passages, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            passages.append((at, at + len(line)))
        at += len(line) + 1
    result = extractor.extract(text, "en", passages)
    return [(c["text"], (c["slots"].get("date") or {}).get("earliest")) for c in result.claims]


@pytest.mark.parametrize("entry, date", [
    ("- **1 October 1990.** The RPF attacks northern Rwanda from Ugandan territory.", "1990-10-01"),
    ("- **7 April 1994.** Soldiers kill Prime Minister Agathe Uwilingiyimana.", "1994-04-07"),
    ("3. **Early June 1994.** Near Kabgayi, soldiers kill thirteen clergy.", "1994-06-01"),
    ("**4 July 1994.** RPF troops take Kigali and Butare.", "1994-07-04"),
])
def test_a_bold_lead_in_heads_its_sentence(extractor, entry, date):
    found = claims_of(extractor, entry)
    assert found == [(entry, date)]


def test_only_the_entry_s_first_sentence_takes_the_lead_in(extractor):
    entry = ("- **8 November 1994.** Security Council resolution 955 creates the tribunal. "
             "The vote is thirteen in favour, one against and one abstention.")
    found = claims_of(extractor, entry)
    assert [text for text, _ in found] == [
        "- **8 November 1994.** Security Council resolution 955 creates the tribunal.",
        "The vote is thirteen in favour, one against and one abstention."]
    assert found[0][1] == "1994-11-08"


def test_a_lead_in_on_its_own_line_stays_apart(extractor):
    text = "**6 April 1994.**\nIn the evening the plane bringing the President home is shot down near Kigali."
    found = claims_of(extractor, text)
    assert found[-1][0] == "In the evening the plane bringing the President home is shot down near Kigali."


def test_bold_inside_a_sentence_changes_no_boundary(extractor):
    text = ("The census counted **1,074,017** people killed between 1990 and 1994. "
            "It was published in 2002.")
    assert [t for t, _ in claims_of(extractor, text)] == [
        "The census counted **1,074,017** people killed between 1990 and 1994.", "It was published in 2002."]


def test_a_message_timestamp_stays_with_its_message(extractor):
    text = "[lundi 14:11] Inès : en décembre 1990 Kangura publie les « dix commandements du Hutu »"
    result = extractor.extract(text, "fr", [(0, len(text))])
    assert [text[s:e] for s, e, _ in result.sentences] == [text]
