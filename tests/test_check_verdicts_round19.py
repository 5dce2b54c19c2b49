"""`factfinder check`, verdicts read in session 16 (2026-11-27): the RPF's invasion of October 1990 is
an act done once, whose date the record holds ("The RPF invaded from Uganda in 1991" is wrong, not
another attack of a long war); a date that belongs to something else in the sentence ("a magazine
founded in 1990 after the RPF's invasion", "In 1991, after the RPF invaded, thousands were arrested")
is not the invasion's; "shot down the President" and "killed the president" name the plane's
downing; a resolution "carried without a single abstention" or passed "by a unanimous vote" is set
against the record's vote; the tribunal in Arusha named as the court of a case another court tried;
a term against a first-instance sentence that never became final; a city's airport is not the city.

Every fact below is the record's: the chronology entries restate `examples/chronology_1990_1995.md`
(FACTS.md 1.1 and 1.3: the RPF's attack of 1 October 1990, from Uganda; resolution 929 of 22 June 1994,
ten votes in favour and five abstentions; resolution 955 of 8 November 1994, 13–1–1); the trials are
rows of `src/factfinder/data/proceedings/rwanda1994_proceedings.csv` (Léon Mugesera, High Court of
Rwanda, life imprisonment, 15 April 2016; Laurent Bucyibaruta, Cour d'assises de Paris, 20 years at
first instance on 12 July 2022, died before the appeal).

FIXTURE WARNING: the string marked DENIAL below is a short, generic example of a denial talking point
written for these tests; it is not a quotation of anyone.
"""

from __future__ import annotations

import pytest

from factfinder.check.retrieve import dated_acts
from factfinder.check.verdicts import _names_who_downed_the_plane
from tests.test_check_verdicts import chronology_fixture, one, reference  # noqa: F401 - a fixture
from tests.test_check_verdicts_round18 import CHRONOLOGY as ROUND18_CHRONOLOGY

# session 15's chronology (the invasion, Arusha, resolutions 912 and 955 with its vote), and two entries more
CHRONOLOGY = ROUND18_CHRONOLOGY + (
    "- **22 June 1994.** Resolution 929, adopted with ten votes in favour and five abstentions, authorises a "
    "temporary French-led operation under Chapter VII: Opération Turquoise.\n"
    "- **4 July 1994.** RPF troops take Kigali.\n"
)

chronology = chronology_fixture(CHRONOLOGY, "Rwanda, 1990–1994: a chronology")


@pytest.mark.parametrize("text, key, span", [
    # the record's entry: the act's word far from the entry's date, the RPF named in a long apposition
    ("- **1 October 1990.** The Rwandan Patriotic Front (RPF), an armed movement formed mostly by Tutsi refugees "
     "living in Uganda, attacks northern Rwanda from Ugandan territory.", "invade|rpf", ("1990-10-01", "1990-10-01")),
    ("The RPF invaded from Uganda in 1991.", "invade|rpf", ("1991-01-01", "1991-12-31")),
    ("Le 1er octobre 1990, le FPR a envahi le Rwanda depuis l'Ouganda.", "invade|rpf", ("1990-10-01", "1990-10-01")),
])
def test_the_rpf_invasion_is_a_dated_act(text, key, span):
    assert (key, span) in dated_acts(text)


@pytest.mark.parametrize("text", [
    # the year is the founding's, or the arrests'; the invasion is only the point they are dated after
    "Before it, there was Kangura, a magazine founded in 1990 after the RPF's invasion, which printed its "
    "commandments that December.",
    "In 1991, after the RPF invaded, thousands were arrested.",
    # another army's invasion; an invasion with no RPF named in its clause
    "In 1996 Rwandan troops invaded Zaire.",
    "Germany invaded Poland in 1939; the RPF was founded in 1987.",
])
def test_a_date_of_something_else_is_not_the_invasion_s(text):
    assert not [key for key, _span in dated_acts(text) if key == "invade|rpf"]


@pytest.mark.parametrize("text, verdict", [
    ("The RPF invaded from Uganda in 1991.", "contradicted"),
    # DENIAL: the war's start moved to justify the killing
    ("It was a civil war, full stop: the RPF invaded in 1993 and the farmers defended their hills.",
     "contradicted"),
    ("The RPF invaded Rwanda in October 1990.", "supported"),
    ("The RPF invasion of 1990 started the war.", "supported"),
])
def test_the_invasion_s_date_is_checked_against_the_record(chronology, text, verdict):
    _index, check = chronology
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert "invasion of Rwanda by the RPF" in result.explanation
    # a wrong year is set against the record's day; a right one is said to agree, in the text's own span
    assert ("1990-10-01" if verdict == "contradicted" else "1990") in result.explanation


def test_a_year_of_another_act_is_not_checked_as_the_invasion_s(chronology):
    _index, check = chronology
    result = one(check, "In 1991, after the RPF invaded, thousands of suspects were arrested in Kigali.")
    assert "invasion" not in result.explanation, result.explanation
    assert result.verdict != "contradicted"


@pytest.mark.parametrize("text, names", [
    ("The RPF invaded in October 1990 and shot down the President, so the blood is on their hands.", True),
    ("The RPF shot down the plane on 6 April.", True),
    ("The President's plane was shot down on 6 April; who fired has never been established.", False),
    ("The RPF invaded in October 1990.", False),
])
def test_shooting_down_the_president_names_the_plane_s_downing(text, names):
    assert _names_who_downed_the_plane(text) is names


@pytest.mark.parametrize("text, names", [
    ("Le FPR avait envahi le pays en 1990, il a tué le président en avril 1994.", True),
    ("The Presidential Guard killed the Prime Minister on 7 April 1994.", False),
])
def test_killing_the_president_names_the_plane_s_downing(text, names):
    assert _names_who_downed_the_plane(text) is names


@pytest.mark.parametrize("text, verdict, said", [
    ("22 June — resolution 929, carried without a single abstention, authorised the French-led Opération "
     "Turquoise under Chapter VII.", "contradicted", "abstain 5"),
    ("8 November — by a unanimous vote, resolution 955 set up an international criminal tribunal for crimes "
     "committed in Rwanda during 1994.", "contradicted", "against 1"),
    ("Resolution 929 was carried by ten votes, with five abstentions.", "supported", "929"),
])
def test_a_vote_said_without_abstentions_or_unanimous_is_the_record_s_vote(chronology, text, verdict, said):
    _index, check = chronology
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation


@pytest.mark.parametrize("text, verdict, said", [
    # the right term, the wrong court
    ("Léon Mugesera, whom the ICTR sentenced to life imprisonment in April 2016, had given the Kabaya speech.",
     "contradicted", "High Court of Rwanda, not the tribunal in Arusha"),
    ("Léon Mugesera was sentenced to life imprisonment in Rwanda in 2016.", "supported", "life imprisonment"),
    ("Jean-Paul Akayesu was sentenced to life imprisonment by the ICTR.", "supported", "life imprisonment"),
    # a first-instance term that never became final is still the term the court gave
    ("Laurent Bucyibaruta, ancien préfet de Gikongoro, est condamné le 12 juillet 2022 à la réclusion "
     "criminelle à perpétuité.", "contradicted", "20 years"),
    ("Laurent Bucyibaruta was sentenced to twenty years in July 2022.", "supported", "20 years"),
])
def test_the_court_and_the_first_instance_term_are_the_record_s(reference, text, verdict, said):  # noqa: F811
    _index, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation


@pytest.mark.parametrize("text, captures", [
    ("French paratroopers seized Kigali airport and flew foreign nationals out.", False),
    ("The RPF took Kigali on 4 July 1994.", True),
])
def test_a_city_s_airport_taken_is_not_the_city(text, captures):
    assert any(key == "capture|kigali" for key, _span in dated_acts(text)) is captures
