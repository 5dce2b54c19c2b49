"""`factfinder check`, read in session 26 (2026-11-29): the ICTR's temporal jurisdiction; the genocide's length
told by its end ("was over within six weeks"); what a figure counts (a flight across a border, soldiers who
were the killed, a place's own toll, one year's killings before 1994, the figure a record claim gives its
quantity, an age bound); and a body named by its head noun.

Every figure below is the reference pack's (`src/factfinder/data/reference/rwanda1994_figures.yaml`): the
Goma Epidemiology Group's 500,000–800,000 refugees into the Goma area; the ten Belgian peacekeepers killed on
7 April 1994; the Rwandan military justice system's prosecutions for about 100 civilians killed, reported by
Human Rights Watch; the Kibeho camp's dead of 22 April 1995 (the government's 338, UN military officials'
about 2,000, Australian peacekeepers' at least 4,000); Human Rights Watch's "just over 12,000" gacaca courts;
the UN Commission of Experts' estimate of 500,000 civilians killed. The jurisdiction is the examples'
chronology (`examples/chronology_1990_1995.md`: resolution 955 of 8 November 1994, "with jurisdiction over
crimes committed between 1 January and 31 December 1994").
"""

from __future__ import annotations

import pytest

from tests.test_check_verdicts import chronology_fixture, reference  # noqa: F401 - a fixture
from tests.test_check_verdicts_round9 import read_as_check_text
from tests.test_check_verdicts_round26 import _with_period

tribunal = chronology_fixture(
    "# The tribunal\n\n"
    "- **8 November 1994.** Security Council resolution 955 creates the International Criminal Tribunal for Rwanda "
    "(ICTR), with jurisdiction over crimes committed between 1 January and 31 December 1994.\n"
    "- **2 September 1998.** The ICTR convicts Jean-Paul Akayesu, bourgmestre of Taba, of genocide.\n",
    "A chronology of the tribunal")


def _with_jurisdiction(index, text: str, language: str = "en"):  # noqa: ANN001, ANN202
    """`text`'s longest claim as `check_text` leaves it after reading the ICTR's jurisdiction."""
    from factfinder.check.verdicts import assess_claims, judge_jurisdiction
    from factfinder.extract.pipeline import Extractor

    result = Extractor().extract(text, language, [(0, len(text))], named_facts=True)
    claims = judge_jurisdiction(index, assess_claims(None, index, text, result.claims, result.mentions))
    return max(claims, key=lambda c: c.end - c.start)


@pytest.mark.parametrize("text, language, verdict, said", [
    ("The ICTR's jurisdiction covered crimes committed between 1 October 1990 and 31 December 1994.", "en",
     "contradicted", "the text gives 1990-10-01 to 1994-12-31"),
    ("The tribunal's jurisdiction covered crimes committed between 1 April and 31 July 1994.", "en",
     "contradicted", "the text gives 1994-04-01 to 1994-07-31"),
    ("On appeal several convictions were quashed, because acts committed before 1994 fell outside the tribunal's "
     "jurisdiction.", "en", "supported", "acts before 1994 fell outside it"),
    ("Le TPIR était compétent pour les crimes commis entre le 1er janvier et le 31 décembre 1994.", "fr",
     "supported", "the text agrees (1994-01-01 to 1994-12-31)"),
])
def test_the_tribunal_s_temporal_jurisdiction(tribunal, text, language, verdict, said):
    index, _ = tribunal
    found = _with_jurisdiction(index, text, language)
    assert found.verdict == verdict, found.explanation
    assert said in found.explanation
    assert "jurisdiction" in found.signals
    assert found.evidence and all("1 January and 31 December 1994" in e.text for e in found.evidence)


@pytest.mark.parametrize("text", [
    # another court's jurisdiction, and a competent court that is none in particular
    "The gacaca courts had jurisdiction over crimes committed between 1 October 1990 and 31 December 1994.",
    "The Mapping report documented killings of Hutu refugees in Zaire in 1996 and 1997, which a competent "
    "tribunal must qualify.",
    "The International Criminal Tribunal for the former Yugoslavia had jurisdiction over crimes committed between "
    "1 January 1991 and 31 December 2001.",
    # crimes a judgment is about, and a date that is a ruling's: no bounds of the jurisdiction
    "The tribunal convicted Akayesu of crimes committed between April and June 1994 in Taba.",
    "In 1998 the tribunal ruled that it had jurisdiction over Akayesu's crimes.",
    "The tribunal found that killings committed in Kigali in April 1994 fell within its jurisdiction.",
])
def test_other_jurisdictions_are_not_the_tribunal_s(tribunal, text):
    index, _ = tribunal
    assert "jurisdiction" not in _with_jurisdiction(index, text).signals


@pytest.mark.parametrize("text, contradicted", [
    ("In Rwanda in 1994, the genocide was over within six weeks.", True),
    ("In Rwanda in 1994, in less than two months the killing was over.", True),
    ("In Rwanda in 1994, the genocide was over in less than four months.", False),
    # a place after the verb narrows it; "over" alone is a preposition
    ("In Rwanda in 1994, the killing was over in Kibuye within three weeks.", False),
    ("In Rwanda in 1994, the killings over the next three weeks spread to the south.", False),
])
def test_the_genocide_s_length_told_by_its_end(reference, text, contradicted):  # noqa: F811
    index, _ = reference
    found = max(_with_period(index, text), key=lambda c: c.end - c.start)
    assert (found.verdict == "contradicted") == contradicted, found.explanation
    if contradicted:
        assert "88–101 days" in found.explanation


def test_a_place_s_killing_is_no_length_of_the_genocide():
    from factfinder.check.arithmetic import check_arithmetic
    from factfinder.extract.pipeline import Extractor

    text = "In Rwanda in 1994, the killing at Nyarubuye was over within three days."
    result = Extractor().extract(text, "en", [(0, len(text))])
    assert not [a for a in check_arithmetic(text, result.mentions, "en") if a.kind == "date_span"]


@pytest.mark.parametrize("text, verdict, said", [
    # a flight across a border counts refugees, whatever dead the sentence counts after it
    ("In July 1994 between 500,000 and 800,000 Rwandans crossed into the Goma area, according to the Goma "
     "Epidemiology Group, and almost 50,000 of them died in the first month.", "supported", "500,000–800,000"),
    # soldiers who were the killed are the peacekeepers' toll, not the RPF's killings
    ("Rwandan soldiers disarmed and killed the ten Belgian peacekeepers assigned to the Prime Minister.",
     "supported", "peacekeepers killed"),
    ("Rwandan soldiers killed fifteen Belgian peacekeepers on 7 April 1994.", "contradicted", "peacekeepers killed"),
    # ... while civilians counted beside soldiers prosecuted are the civilians
    ("Rwanda's military courts prosecuted soldiers for the deaths of roughly a hundred civilians.", "supported",
     "rpa prosecuted victims"),
    # a place's own toll, told in many words
    ("At Kibeho in April 1995, soldiers fired on a camp of displaced people; some 4,000 are believed to have died.",
     "disputed", "kibeho killed"),
    # the figure a record claim gives its quantity: 12,000 counts courts, 1.2 million cases
    ("Some 12,000 gacaca courts heard almost two million cases.", "supported", "gacaca courts"),
    ("Some 120,000 gacaca courts heard almost two million cases.", "contradicted", "gacaca courts"),
    # a body named by its head noun
    ("The Commission itself estimated some 500,000 unarmed civilians murdered and warned that the figure might be "
     "too low.", "supported", "credits its figure"),
])
def test_what_a_figure_counts(reference, text, verdict, said):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation


def test_one_year_s_killings_before_1994_are_no_toll_of_the_genocide(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "In 1992 about 667 Tutsi were murdered in the Bugesera.")
    assert result.verdict != "contradicted", result.explanation
    assert "genocide victims" not in result.explanation


@pytest.mark.parametrize("text, language, figures", [
    ("Three to four weeks after the influx, 18–23 % of children under five were acutely malnourished.", "en",
     ["Three to four", "18–23 %"]),
    ("La moitié des enfants de moins de cinq ans souffraient de malnutrition.", "fr", ["La moitié"]),
    ("Under five thousand children died.", "en", ["Under five thousand"]),
    # counts after children, not ages
    ("The militia killed the children of over 2,000 families in Butare.", "en", ["over 2,000"]),
    ("UNICEF counted orphaned children over 95,000 by 1995.", "en", ["over 95,000"]),
])
def test_an_age_bound_is_no_count(text, language, figures):
    from factfinder.extract.figures import find_figures

    assert [f.text for f in find_figures(text, language)] == figures


@pytest.mark.parametrize("text, consistent, said", [
    # a fraction of the first figure, read as its share of it
    ("On 21 April 1994 resolution 912 cut UNAMIR from about 2,500 to 270, a reduction of almost nine tenths.", True,
     "the change from 2,500 to 270 is 89.2%."),
    ("On 21 April 1994 resolution 912 cut UNAMIR from about 2,500 to 270, a reduction of some six tenths.", False,
     "not some six tenths"),
    # a count is still a difference
    ("The force went from 2,500 to 270, a reduction of 2,230.", True, "the difference from 2,500 to 270 is 2,230."),
])
def test_a_reduction_told_as_a_fraction(text, consistent, said):
    from factfinder.check.arithmetic import check_arithmetic
    from factfinder.extract.pipeline import Extractor

    result = Extractor().extract(text, "en", [(0, len(text))])
    found = [a for a in check_arithmetic(text, result.mentions, "en") if a.kind in ("percentage", "difference")]
    assert len(found) == 1, found
    assert found[0].consistent is consistent
    assert said in found[0].explanation, found[0].explanation
