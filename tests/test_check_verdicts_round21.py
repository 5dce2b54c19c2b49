"""`factfinder check`, verdicts read in session 20 (2026-11-28): which figures of a quantity are
rival estimates of one count (not a place's part of it, nor a count of another thing); a part of a
toll the sentence adds up ("and two other civilians"); a place carried from an earlier sentence that
the figure does not fit; a denial named in order to reject it; a judgment's year after "given" or
"received"; a census credited through the source that reads it; and each accused's term after a
possessive ("Nahimana's sentence stood at 30 years and Ngeze's at 35").

Every fact below is the record's: rows of `src/factfinder/data/reference/rwanda1994_figures.yaml`
(the RPF's victims: 25,000–45,000 from the UNHCR team, "tens of thousands" from Human Rights Watch,
some 60,000 from a former interior minister, "hundreds of deliberate executions" from Amnesty
International, several hundred at the Byumba stadium, fifteen near Kabgayi; the refugees into Zaire;
the Tutsi share of the population, 8.4 per cent in HRW's reading of the 1991 census and some 15 per
cent in its 1995 report) and of `src/factfinder/data/proceedings/rwanda1994_proceedings.csv`
(Georges Ruggiu, 12 years, June 2000; Laurent Bucyibaruta, 20 years, July 2022; Justin Mugenzi and
Prosper Mugiraneza, 30 years at trial in 2011, acquitted on appeal in February 2013).
"""

from __future__ import annotations

import pytest

from factfinder.check.verdicts import (_NEGATED_THESIS, _decision_year, _part_of_count, _thesis_finding,
                                       rival_figures)
from tests.test_check_verdicts import one, reference  # noqa: F401 - a fixture


def _entry(low, high, place, earliest="1994-04", latest="1994-08"):  # noqa: ANN001, ANN202
    return {"low": low, "high": high, "place": place, "earliest": earliest, "latest": latest}


@pytest.mark.parametrize("a, b, rival", [
    # the fifteen killed near Kabgayi are a part of the RPF's victims, not an estimate of them
    (_entry(15, 15, "Kabgayi (Gitarama)"), _entry(25000, 45000, "Rwanda"), False),
    # Amnesty's "hundreds of deliberate executions" count something else than "tens of thousands" killed
    (_entry(100, 999, "Rwanda"), _entry(25000, 45000, "Rwanda"), False),
    # two estimates of one flight, given for the border town and the country it is in
    (_entry(1000000, 1000000, "Zaire"), _entry(500000, 800000, "North Kivu, Zaire"), True),
    (_entry(None, 80000, "Goma region, Zaire"), _entry(50000, 50000, "North Kivu, Zaire"), True),
    # the national toll's estimates, ten times apart, still disagree
    (_entry(200000, 200000, "Rwanda"), _entry(2000000, 2000000, "Rwanda"), True),
    (_entry(25000, 45000, "Rwanda"), _entry(60000, 60000, "Rwanda"), True),
])
def test_rival_figures_are_estimates_of_one_count(a, b, rival):
    assert rival_figures(a, b) is rival
    assert rival_figures(b, a) is rival


@pytest.mark.parametrize("text, figure, part", [
    ("Near Kabgayi soldiers shot thirteen clergy, among them the Archbishop, and two other civilians.", "two", True),
    ("Near Kabgayi soldiers shot thirteen clergy, among them the Archbishop, and two other civilians.", "thirteen",
     False),
    ("They killed the Archbishop of Kigali, two other bishops and ten more clergy.", "ten", True),
    ("Some 800,000 were killed, including 300,000 children.", "300,000", True),
    ("Some 800,000 were killed, including 300,000 children.", "800,000", False),
    ("A force with 2,500 troops was deployed.", "2,500", False),
])
def test_a_part_of_a_count_is_told_from_the_count(text, figure, part):
    assert _part_of_count(text, {"text": figure}) is part


@pytest.mark.parametrize("text, verdict, shown, not_shown", [
    # the national estimates disagree; the Kabgayi and Byumba counts and Amnesty's executions are no side
    ("The RPF killed some 60,000 civilians in 1994.", "disputed", "25,000–45,000", ["100–999", "(15", " 15,"]),
    ("RPF soldiers may have killed tens of thousands of people during the four months of combat.", "disputed",
     "60,000", ["100–999", "(15", " 15,"]),
])
def test_a_dispute_shows_the_rival_estimates_only(reference, text, verdict, shown, not_shown):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert shown in result.explanation
    for words in not_shown:
        assert words not in result.explanation, result.explanation


def test_a_place_carried_from_before_that_the_figure_does_not_fit_is_dropped(reference):  # noqa: F811
    _index, check = reference
    found = check("Near Kabgayi, RPF soldiers killed fifteen civilians in June 1994. Amnesty International "
                  "reported in October 1994 that the RPA's abuses included hundreds of deliberate executions.")
    amnesty = [c for c in found if c.text.startswith("Amnesty")]
    assert len(amnesty) == 1
    # against the fifteen of Kabgayi alone it was "contradicted: every figure in the record is lower (15)"
    assert amnesty[0].verdict != "contradicted", amnesty[0].explanation
    assert "lower (15)" not in amnesty[0].explanation


def test_a_part_of_a_toll_is_not_set_against_the_toll(reference):  # noqa: F811
    _index, check = reference
    result = one(check, "Near Kabgayi, in June 1994, RPF soldiers shot thirteen clergy and two other civilians.")
    assert "says 2 for" not in result.explanation, result.explanation


class _ThesisIndex:
    """Enough of a RecordIndex for `_thesis_finding`: one record statement against each thesis."""

    def __init__(self) -> None:
        self.sources = {"s1": {"title": "Commission of Experts, final report", "grade": "A"}}
        statement = {"id": 7, "source_id": "s1", "start": 0, "end": 90, "events": [], "stance": "asserts",
                     "text": "The Commission found that acts of genocide against the Tutsi were planned and "
                             "organised in a systematic way."}
        self.theses = {name: [(0, 0.8)] for name in ("one genocide", "planned", "a genocide")}
        self._statement = statement

    def claim(self, row: int) -> dict:
        return self._statement


@pytest.mark.parametrize("text, contradicted", [
    ("There were two genocides in Rwanda in 1994, one against the Tutsi and one against the Hutu.", True),
    ("None of this turns the RPF's crimes into a second genocide against the Hutu.", False),
    ("She had no time for talk of “two genocides” in Rwanda.", False),
    ("It survives in talk of a \"double genocide\" in Rwanda, which the Commission answered in 1994.", False),
    ("The Commission concluded that the killing of the Tutsi was planned, the opposite of a spontaneous "
     "reaction.", False),
    ("The massacres of the Tutsi were a spontaneous reaction of a frightened population.", True),
])
def test_a_denial_named_to_reject_it_is_not_the_text_s_thesis(text, contradicted):
    claim = {"text": text, "topic": "genocide"}
    found = _thesis_finding(_ThesisIndex(), claim, "asserts")
    assert (found is not None and found.verdict == "contradicted") is contradicted


def test_no_more_than_is_no_negation_of_a_thesis():
    # "no more than 50,000 people died in what was simply a civil war" states the thesis
    assert _NEGATED_THESIS.search("no more than 50,000 people died in what was ") is None
    assert _NEGATED_THESIS.search("it was not ") is not None


@pytest.mark.parametrize("text, year", [
    ("Georges Ruggiu pleaded guilty and was given twelve years in June 2002.", "2002"),
    ("Laurent Bucyibaruta, prefect of Gikongoro, received 20 years in July 2021.", "2021"),
    # a thing received that is no prison term does not date a judgment
    ("He received asylum in Belgium in 2001.", None),
])
def test_a_term_given_or_received_dates_the_judgment(text, year):
    assert _decision_year(text, 60) == year


@pytest.mark.parametrize("text, verdict, said", [
    ("Georges Ruggiu pleaded guilty and was given twelve years in June 2002.", "contradicted", "2000"),
    ("Georges Ruggiu pleaded guilty and was given twelve years in June 2000.", "supported", "12 years"),
    ("Laurent Bucyibaruta, prefect of Gikongoro, received 20 years in July 2021.", "contradicted", "2022"),
    # acquitted on appeal in 2013 after thirty years at trial: "cleared" is the appeal's word
    ("The interim ministers Justin Mugenzi and Prosper Mugiraneza, each given 30 years at trial, were cleared "
     "in February 2013.", "supported", "30 years"),
])
def test_the_year_of_a_term_given_is_the_judgment_s(reference, text, verdict, said):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation


@pytest.mark.parametrize("text, verdict", [
    # HRW gives 8.4 per cent reading the 1991 census: a sentence crediting the census credits that figure
    ("The 1991 census, the last before the genocide, recorded 8.4 per cent of the population as Tutsi.",
     "supported"),
    # uncredited, the share is one side of the record's disagreement (8.4 against some 15 per cent)
    ("Tutsi made up about 8.4 per cent of the population in 1994.", "disputed"),
])
def test_a_census_is_credited_through_the_source_that_reads_it(reference, text, verdict):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize("text, verdict, wrong", [
    # the Media case on appeal: Nahimana 30 years, Barayagwiza 32, Ngeze 35
    ("On appeal, in November 2007, Ngeze's sentence was cut to thirty-five years and Nahimana's to thirty.",
     "supported", None),
    ("After the appeal Nahimana's sentence stood at 30 years and Ngeze's at 35.", "supported", None),
    ("Barayagwiza's term fell to thirty-two years, and Ngeze's became thirty-five.", "supported", None),
    # the same words with the terms swapped are each accused's wrong term
    ("After the appeal Nahimana's sentence stood at 35 years and Ngeze's at 30.", "contradicted",
     "Ferdinand Nahimana sentenced to 30 years"),
])
def test_a_possessive_s_term_is_the_one_before_the_next_accused(reference, text, verdict, wrong):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    if wrong:
        assert wrong in result.explanation

