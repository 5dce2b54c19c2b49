"""`factfinder check`, verdicts read in session 17 (2026-11-27): one term per accused written before
each name ("thirty years for Nahimana, thirty-two for Barayagwiza and thirty-five for Ngeze"); a
judgment dated by "N years later" from another year of the sentence ("deported in 2012 and sentenced
four years later" is 2016, not 2012); and "four years later" or "47 years old" is a span of time, not
a prison term.

Every fact below is the record's: rows of `src/factfinder/data/proceedings/rwanda1994_proceedings.csv`
(the Media case: Ferdinand Nahimana 30 years, Jean-Bosco Barayagwiza 32 years and Hassan Ngeze 35
years on appeal; Léon Mugesera, High Court of Rwanda, life imprisonment, 15 April 2016).
"""

from __future__ import annotations

import re

import pytest

from factfinder.check.retrieve import sentence_terms
from factfinder.check.verdicts import _days_apart, _decision_year, _respective_terms, _shares_conflict, percent_figures
from tests.test_check_verdicts import one, reference  # noqa: F401 - a fixture

MEDIA = ["Ferdinand Nahimana", "Jean-Bosco Barayagwiza", "Hassan Ngeze"]


@pytest.mark.parametrize("text, expected", [
    ("On appeal the sentences came down: thirty years for Nahimana, thirty-two for Barayagwiza and "
     "thirty-five for Ngeze.", {"Ferdinand Nahimana": {"30"}, "Jean-Bosco Barayagwiza": {"32"},
                                "Hassan Ngeze": {"35"}}),
    ("En appel, les peines furent de trente ans pour Nahimana, trente-deux pour Barayagwiza et trente-cinq "
     "pour Ngeze.", {"Ferdinand Nahimana": {"30"}, "Jean-Bosco Barayagwiza": {"32"}, "Hassan Ngeze": {"35"}}),
    # the older reading still holds: the terms after the last name, in the order of the names
    ("Nahimana, Barayagwiza and Ngeze were sentenced to 30, 32 and 35 years respectively.",
     {"Ferdinand Nahimana": {"30"}, "Jean-Bosco Barayagwiza": {"32"}, "Hassan Ngeze": {"35"}}),
    # one term for all three is no list of terms per accused
    ("Thirty years for Nahimana, Barayagwiza and Ngeze, the prosecutor asked.", None),
])
def test_a_term_written_before_each_accused_is_that_accused_s(text, expected):
    assert _respective_terms(text, MEDIA) == expected


@pytest.mark.parametrize("text, verdict, said", [
    ("On appeal in November 2007 the sentences came down: thirty years for Nahimana, thirty-two for Barayagwiza "
     "and thirty-five for Ngeze.", "supported", "Hassan Ngeze sentenced to 35 years"),
    ("On appeal the sentences were thirty-five years for Nahimana, thirty-two for Barayagwiza and thirty-five "
     "for Ngeze.", "contradicted", "Ferdinand Nahimana sentenced to 30 years"),
    ("Léon Mugesera was deported from Canada in 2012 and sentenced to life in Kigali four years later.",
     "supported", "life imprisonment"),
    ("Léon Mugesera was deported from Canada in 2012 and sentenced to life in Kigali two years later.",
     "contradicted", "not 2014"),
])
def test_terms_per_accused_and_years_later_are_the_record_s(reference, text, verdict, said):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation
    assert not re.search(r"\b[24] years\b", result.explanation)   # "four years later" is no term


@pytest.mark.parametrize("text, year", [
    ("He was deported from Canada in 2012 and sentenced to life in Kigali four years later.", "2016"),
    ("Arrêté en 2001, il fut condamné trois ans plus tard.", "2004"),
    ("He was sentenced to 25 years in 2008.", "2008"),
    # an act of its own between the year and the verdict: the year is the arrest's, never the judgment's
    ("Arrested in Zambia in 1995, he was convicted after a long trial.", None),
])
def test_the_decision_s_year_counts_years_later_from_another_year(text, year):
    assert _decision_year(text) == year


@pytest.mark.parametrize("text, terms", [
    ("sentenced to life in Kigali four years later", {"life"}),
    ("The general, then 47 years old, testified.", set()),
    ("condamné à perpétuité deux ans plus tard", {"life"}),
    ("sentenced to 25 years on appeal", {"25"}),
    ("sentenced to twenty years after a trial of three years", {"20", "3"}),
])
def test_a_span_of_time_is_not_a_prison_term(text, terms):
    assert sentence_terms(text) == terms


@pytest.mark.parametrize("text, verdict, said", [
    # HRW's computation: 150,000 is the survivors its statement subtracts, not a figure of the Tutsi toll
    ("Subtracting roughly 150,000 survivors, Human Rights Watch arrived at about 507,000 Tutsi killed.",
     "supported", ""),
    # the same figure counting the Tutsi killed is still set against the toll
    ("Human Rights Watch's count of the Tutsi killed, published in 1999, came to some 150,000.", "contradicted",
     "tutsi killed"),
])
def test_a_figure_an_alike_record_statement_gives_for_another_thing_is_not_its_quantity(reference, text, verdict,
                                                                                         said):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation.lower()
    assert "150,000 for the tutsi killed" not in result.explanation or verdict == "contradicted"


@pytest.mark.parametrize("text, verdict", [
    # the Gersony team's figure, whatever period the sentence's own words seem to give it
    ("In those months, a UNHCR field team estimated, the RPA killed between 25,000 and 45,000 people.", "supported"),
    # a figure the record gives for no period at all is still contradicted
    ("Between April and August 1994 the RPA killed at most 5 people.", "contradicted"),
])
def test_a_toll_the_record_gives_is_not_contradicted_for_its_period(reference, text, verdict):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize("text, shares", [
    ("The 1991 census put the Tutsi at fourteen per cent of the population.", [14.0]),
    ("Les Tutsi formaient vingt-cinq pour cent des habitants.", [25.0]),
    ("About 8.4 percent were registered as Tutsi.", [8.4]),
    # a number in words that is no share
    ("Fourteen people were killed, per cent of nothing.", []),
])
def test_a_share_written_in_words_is_a_share(text, shares):
    assert [f["low"] for f in percent_figures(text)] == shares


@pytest.mark.parametrize("mine, theirs, apart", [
    # no year written: the days as written
    ("The RPF radio announced the deaths on 18 June.", "The RPF's radio announced the deaths on 8 June.", True),
    ("The RPF radio announced the deaths on 8 June.", "On Wednesday 8 June the RPF's radio announced it.", False),
    ("The radio announced it on 8 juin.", "The radio announced the deaths on 8 June.", False),
    # a day with its year is the extractor's to compare; a record statement with no day says nothing
    ("The radio announced it on June 18, 1994.", "The radio announced the deaths on 8 June.", False),
    ("The radio announced it on 18 June.", "The radio announced the deaths in June.", False),
])
def test_days_without_a_year_are_compared_as_written(mine, theirs, apart):
    assert _days_apart(mine, theirs) is apart


@pytest.mark.parametrize("mine, theirs, conflict", [
    ("put the Tutsi at fourteen per cent of the population", "Tutsi made up 8.4 percent of the population", True),
    ("about 8 per cent of Rwandans were Tutsi", "Tutsi made up 8.4 percent of the population", False),
    ("the Tutsi were a minority", "Tutsi made up 8.4 percent of the population", False),
])
def test_shares_that_disagree_are_not_the_same_statement(mine, theirs, conflict):
    assert _shares_conflict(mine, theirs) is conflict
