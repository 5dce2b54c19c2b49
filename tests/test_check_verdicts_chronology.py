"""`factfinder check`: what the record states only in sentences no claim covers (a chronology's
entries: signings, departures), prison terms written in French words, and a trial named by a
pronoun.

The record's extractor makes claims only of sentences with a figure, a date, an attribution or an
act of violence; "- 4 August 1993. In Arusha … sign the Arusha Peace Agreement." gives a claim
of the date alone (a Markdown bold lead-in, "- **4 August 1993.** In Arusha …", is kept with its
sentence by the extractor, `tests/test_extract_sentences_lead_in.py`). The index keeps the other sentences (`RecordIndex.sentences`) and a claim that
nothing else decides is compared with them: the same event on the same date supports it, the same
event on another date contradicts it.
"""

from __future__ import annotations

import pytest

from factfinder.check.retrieve import number_words_value, sentence_terms
from factfinder.check.verdicts import assess_claims
from tests.test_check_verdicts import chronology_fixture, one, reference  # noqa: F401 - `reference` is a fixture

CHRONOLOGY = (
    "# Rwanda, 1993–1994: a chronology\n\n"
    "- 4 August 1993. In Arusha, Tanzania, President Juvénal Habyarimana and RPF chairman Alexis "
    "Kanyarengwe sign the Arusha Peace Agreement. It provides for a transitional government and a single army.\n"
    "- 21 August 1994. The last French troops of Opération Turquoise leave the safe humanitarian zone; "
    "UNAMIR troops replace them.\n"
)


chronology = chronology_fixture(CHRONOLOGY, "Rwanda, 1993–1994: a chronology")


def test_the_index_keeps_a_chronology_entry_with_its_heading_date(chronology):
    index, _ = chronology
    signing = [s for s in index.sentences if "sign the Arusha Peace Agreement" in s["text"]]
    assert len(signing) == 1
    date = signing[0]["features"]["date"]
    assert (date["earliest"], date["latest"], date["inherited"]) == ("1993-08-04", "1993-08-04", False)
    assert "tz.town.arusha" in signing[0]["features"]["places"]
    assert signing[0]["id"] == 0   # not a claim: its evidence carries no claim id


def test_an_event_the_record_states_only_in_a_chronology_entry_is_supported(chronology):
    _, check = chronology
    result = one(check, "The Arusha peace agreement was signed in August 1993.")
    assert result.verdict == "supported", result.explanation
    support = [e for e in result.evidence if e.relation == "supports"]
    assert support and "sign the Arusha Peace Agreement" in support[0].text and support[0].claim_id is None


def test_the_same_event_dated_otherwise_is_contradicted(chronology):
    _, check = chronology
    signed = one(check, "The Arusha Accords that were meant to end the war were signed in August 1992.")
    assert signed.verdict == "contradicted", signed.explanation
    left = one(check, "The French troops of Operation Turquoise left the safe humanitarian zone on 21 August 1995.")
    assert left.verdict == "contradicted", left.explanation
    assert any(e.relation == "contradicts" and "1994-08-21" in e.explanation for e in left.evidence)


def test_another_event_is_not_judged_by_the_chronology(chronology):
    _, check = chronology
    result = one(check, "The Kigali Genocide Memorial at Gisozi opened in April 2004.")
    assert result.verdict == "not_in_record", result.explanation


@pytest.mark.parametrize("words, value", [
    ("quatorze", 14), ("vingt-quatre", 24), ("vingt et un", 21), ("soixante-dix-sept", 77),
    ("quatre-vingt-dix", 90), ("twenty-five", 25), ("thirty", 30), ("twenty thirty", None), ("cent", None)])
def test_number_words_are_read_in_english_and_french(words, value):
    assert number_words_value(words) == value


def test_prison_terms_written_in_french_words_are_read():
    assert sentence_terms("a écopé de quatorze ans de réclusion") == {"14"}
    assert sentence_terms("sa peine de vingt-quatre ans") == {"24"}
    assert sentence_terms("sentenced to thirty years' imprisonment") == {"30"}


def test_a_french_term_in_words_is_compared_with_the_proceedings(reference):  # noqa: F811
    from factfinder.extract.pipeline import Extractor

    index, _ = reference
    text = "Le chauffeur Claude Muhayimana a écopé de quatorze ans de réclusion."
    extracted = Extractor().extract(text, "fr", [(0, len(text))])
    found = assess_claims(None, index, text, extracted.claims, extracted.mentions)
    assert len(found) == 1, [c.text for c in found]
    result = found[0]
    assert result.verdict == "supported", result.explanation
    assert "14 years" in result.explanation


def test_a_trial_named_by_a_pronoun_is_read_with_the_accused_named_before(reference):  # noqa: F811
    _, check = reference
    text = ("Gaspard Kanyarukiga was a businessman from Kivumu commune. "
            "On 1 November 2010 he was convicted of genocide and sentenced to thirty years' imprisonment. "
            "The Appeals Chamber dismissed his appeal on 8 May 2012 and affirmed the sentence.")
    checks = check(text)
    convicted = next(c for c in checks if "he was convicted" in c.text)
    assert convicted.verdict == "supported", convicted.explanation
    assert "Kanyarukiga" in convicted.explanation and "30 years" in convicted.explanation
    appeal = next(c for c in checks if "dismissed his appeal" in c.text)
    assert appeal.verdict == "supported", appeal.explanation
    assert "2012-05-08" in appeal.explanation


def test_a_pronoun_after_another_named_person_is_not_the_accused_named_before(reference):  # noqa: F811
    _, check = reference
    text = ("On 1 November 2010 Gaspard Kanyarukiga was sentenced to thirty years' imprisonment. "
            "The parish priest, Athanase Seromba, was tried separately; the appeals judges replaced his "
            "fifteen-year sentence with imprisonment for the rest of his life.")
    priest = [c for c in check(text) if "Seromba" in c.text]
    assert priest and priest[0].verdict != "contradicted", priest[0].explanation
