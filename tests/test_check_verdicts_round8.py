"""`factfinder check`, verdicts read in session 5 (2026-11-26) on the reference pack's quantities:
"men, women and children" counts people, not a force of men; people who flee somewhere are
counted as that place's refugees, and the quantity is the one whose claims name the place; a count
of people who had fled by a day or within a month is part of the totals given for longer periods,
not a contradiction of them."""

from __future__ import annotations

import pytest

from tests.test_check_verdicts import one, reference  # noqa: F401 - fixtures


@pytest.mark.parametrize("text, verdict", [
    # the national toll, which the record's sources give differently
    ("Over one million men, women and children were killed.", "disputed"),
    ("Some 800,000 men, women and children were slaughtered.", "disputed"),
    # refugees into Zaire (500,000-800,000 against about a million), named by the place alone
    ("Close to a million people fled west into Zaire.", "disputed"),
    ("In July 1994 some one million Rwandans crossed into Zaire.", "disputed"),
    # ... a figure far below every one of them, for the year, is contradicted
    ("In 1994 only 50,000 Rwandans fled into Zaire.", "contradicted"),
])
def test_counts_of_people_and_of_those_who_fled(reference, text, verdict):  # noqa: F811
    _, check = reference
    result = one(check, text)
    assert result.verdict == verdict, result.explanation


def test_a_count_of_those_who_had_fled_by_a_day_is_not_held_against_the_years_total(reference):  # noqa: F811
    _, check = reference
    result = one(check, "Some 200,000 people fled into Tanzania in late April 1994.")
    assert result.verdict != "contradicted", result.explanation
    yearly = one(check, "In 1994 only 20,000 Rwandans fled into Tanzania.")
    assert yearly.verdict == "contradicted", yearly.explanation


@pytest.mark.parametrize("text, verdict", [
    # the appeal's result is compared with the term after the appeal, not with the trial's
    ("Akayesu's life sentence was reduced to twenty-five years on appeal.", "contradicted"),
    ("Akayesu was sentenced to life, and the Appeals Chamber affirmed the life sentence in 2001.", "supported"),
    ("Colonel Bagosora was sentenced to life in 2008, and the appeal judges upheld the life sentence in 2011.",
     "contradicted"),
    ("Bagosora was sentenced to life in 2008; on appeal this was reduced to 35 years.", "supported"),
    ("Sagahutu had his sentence cut to fifteen years on appeal.", "supported"),
    ("Sa peine de réclusion à perpétuité a été ramenée à 35 ans en appel, en 2011, pour Théoneste Bagosora.",
     "supported"),
    # halved: 30 years affirmed is not half of anything; 20 -> 15 is not half either
    ("Kanyarukiga's sentence was halved on appeal in 2012.", "contradicted"),
    # every conviction gone is an acquittal; an acquittal leaves no sentence to uphold
    ("Théoneste Bagosora's conviction for genocide was overturned entirely on appeal.", "contradicted"),
    ("Nzuwonemeye's twenty-year sentence was upheld on appeal.", "contradicted"),
    ("Nzuwonemeye was acquitted on appeal.", "supported"),
])
def test_what_the_appeal_did(reference, text, verdict):  # noqa: F811
    from tests.test_check_verdicts_round9 import read_as_check_text

    index, _ = reference
    result = read_as_check_text(index, text, "fr" if text.startswith("Sa ") else "en")
    assert result.verdict == verdict, result.explanation


class _Quantities:
    """An index holding one reference quantity: refugee deaths in Zaire, 50,000 to 80,000."""
    places = None
    quantities = {"refugee_deaths": [{"low": 50_000, "high": 80_000, "unit": None, "row": 5}]}
    quantity_of_row = {5: ("refugee_deaths", quantities["refugee_deaths"][0])}


def _record_hit(cosine: float):
    from factfinder.check.retrieve import Hit

    claim = {"text": "Médecins Sans Frontières said up to 80,000 refugees died in the camps.",
             "features": {"event_type": None, "places": [], "figures": [
                 {"text": "up to 80,000", "low": None, "high": 80_000, "counted": "refugees"}]}}
    return Hit(row=5, claim_id=5, score=cosine, cosine=cosine, bm25=0.0, matches=[], claim=claim)


@pytest.mark.parametrize("cosine, low, counted, named", [
    (0.5, 45_000, "refugees", "refugee_deaths"),   # alike enough, the same thing counted, the same magnitude
    (0.4, 45_000, "refugees", None),               # not alike enough
    (0.5, 2_000_000, "refugees", None),            # another magnitude: not that quantity
    (0.5, 45_000, "troops", None),                 # another thing counted
])
def test_a_quantity_named_by_three_weaker_ties(cosine, low, counted, named):
    from factfinder.check.verdicts import _quantity_by_likeness

    figure = {"text": "almost 45,000", "low": low, "high": low, "counted": counted}
    text = f"In the first month almost {low:,} of the new arrivals died."
    assert _quantity_by_likeness(_Quantities(), {"places": []}, figure, counted, [_record_hit(cosine)], text) == named
