"""`factfinder check`, verdicts read in session 15 (2026-11-27): a toll said to be the real one against
an inflated count ("a few tens of thousands of real deaths, padded out for the donors", "the numbers …
are blown up; … tens of thousands at most"), a source's count of the Tutsi killed compared with that
quantity and not with another of the same source's figures, accused named only by rank ("the two
captains who confessed"), a Security Council vote called unanimous where the record gives a split vote,
and a resolution that is not the act of a record statement naming no resolution.

Every fact below is the record's:
- the reference pack (`src/factfinder/data/reference/rwanda1994_figures.yaml`): national death toll
  estimates of 200,000 and more, Human Rights Watch's 507,000 Tutsi killed and 150,000 survivors;
- the proceedings table (`src/factfinder/data/proceedings/rwanda1994_proceedings.csv`): the Kabgayi case
  before the Military Tribunal (Kigali), captains John Butera and Dieudonné Rukeba sentenced to eight
  years on 24 October 2008, cut to five on appeal on 25 February 2009, the officers Wilson Gumisiriza
  and Wilson Ukwishaka acquitted; the FAR captains Innocent Sagahutu and Ildéphonse Nizeyimana
  convicted by the ICTR;
- the chronology below, whose entries restate `examples/chronology_1990_1995.md` and `examples/FACTS.md`
  (1.1: the RPF's attack of 1 October 1990; 3.1: resolution 912 adopted unanimously on 21 April 1994;
  7.1: resolution 955 of 8 November 1994, vote 13–1–1; the Arusha Peace Agreement signed on 4 August 1993).
Resolution 977 of 22 February 1995 set the tribunal's seat at Arusha (https://lawglobalhub.com/united-
nations-security-council-resolution-977-designation-of-arusha-as-the-seat-of-the-international-tribunal-
for-rwanda-ictr: "the International Tribunal for Rwanda shall have its seat at Arusha. Adopted by the
Security Council at its 3502nd meeting, on 22 February 1995"); the record does not hold it.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of denial talking points
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from factfinder.check.verdicts import assess_claims
from tests.conftest import BACKENDS
from tests.test_check_verdicts import (  # noqa: F401 - `reference` is a fixture
    chronology_checker,
    chronology_fixture,
    index_and_checker,
    reference,
)

CHRONOLOGY = (
    "# Rwanda, 1990–1994: a chronology\n\n"
    "- **1 October 1990.** The Rwandan Patriotic Front (RPF), an armed movement formed mostly by Tutsi refugees "
    "living in Uganda, attacks northern Rwanda from Ugandan territory.\n"
    "- **4 August 1993.** In Arusha, Tanzania, President Juvénal Habyarimana and RPF chairman Alexis "
    "Kanyarengwe sign the Arusha Peace Agreement.\n"
    "- **21 April 1994.** Security Council resolution 912, adopted unanimously, cuts UNAMIR to about 270 "
    "personnel.\n"
    "- **8 November 1994.** Security Council resolution 955 creates the International Criminal Tribunal for "
    "Rwanda. The vote is thirteen in favour, one against and one abstention.\n"
)

chronology = chronology_fixture(CHRONOLOGY, "Rwanda, 1990–1994: a chronology")

# The chronology's Kabgayi entry (`examples/chronology_1990_1995.md`; FACTS.md 3.5 and 6.4): the day of the
# killings given apart by the church's records and the prosecutors.
KABGAYI = (
    "# Rwanda, June 1994\n\n"
    "- **Early June 1994.** Near Kabgayi, RPF soldiers kill thirteen clergy, among them the Archbishop of Kigali "
    "and the bishops of Kabgayi and Byumba, together with two other civilians. Church records give the date as "
    "5 June; prosecutors in a 2008 Rwandan military trial placed the killings on 4 June.\n"
)


@pytest.fixture(scope="module", params=BACKENDS)
def kabgayi(request, tmp_path_factory, pg_admin_engine_lazy):  # noqa: ANN001, ANN201
    """The Kabgayi entry and the proceedings table, per backend: (index, check)."""
    from pathlib import Path

    import factfinder
    from factfinder.record.accountability import import_proceedings

    wb, _, _ = chronology_checker(request, tmp_path_factory, pg_admin_engine_lazy, KABGAYI, "Rwanda, June 1994")
    import_proceedings(wb, Path(factfinder.__file__).parent / "data" / "proceedings" / "rwanda1994_proceedings.csv")
    yield index_and_checker(wb)
    wb.close()


def claim_of(index, text: str, part: str):  # noqa: ANN001, ANN201
    """The claim of `text` (read as `check_text` reads it) that holds `part`."""
    from factfinder.extract.pipeline import Extractor

    extracted = Extractor().extract(text, "en", [(0, len(text))], named_facts=True)
    found = assess_claims(None, index, text, extracted.claims, extracted.mentions)
    matching = [c for c in found if part in c.text]
    assert matching, [c.text for c in found]
    return matching[0]


@pytest.mark.parametrize("text, part", [
    # DENIAL: the toll called inflated, and a small count set against it as the real one
    ("Funny how the toll grows every April: a few tens of thousands of real deaths, padded out for the donors.",
     "real deaths"),
    ("It was a civil war with massacres on both sides. The numbers on the memorial walls are blown up; "
     "people in the villages say tens of thousands at most.", "blown up"),
])
def test_a_small_count_set_against_an_inflated_toll_is_contradicted(reference, text, part):  # noqa: F811
    index, _ = reference
    result = claim_of(index, text, part)
    assert result.verdict == "contradicted", result.explanation
    assert "national death toll" in result.explanation


@pytest.mark.parametrize("text, part", [
    # the "real number" of the count just before it: the refugees' dead, the RPA's victims
    ("Almost 50,000 of them died in the first month in the camps. We think the real number was nearer 80,000.",
     "real number"),
    ("UNHCR experts estimated that the RPA killed between 25,000 and 45,000 people. In our assessment the true "
     "figure for 1994 lies in the tens of thousands.", "true figure"),
    # a memorial's dead, with no word that the toll is inflated
    ("More than 250,000 victims are buried at the Gisozi memorial.", "buried"),
])
def test_a_real_number_of_another_count_is_not_the_national_toll(reference, text, part):  # noqa: F811
    index, _ = reference
    result = claim_of(index, text, part)
    assert "national death toll" not in result.explanation, result.explanation


@pytest.mark.parametrize("figure, verdict, said", [
    ("150,000", "contradicted", "tutsi killed"),   # HRW's 150,000 are survivors, not the Tutsi killed
    ("507,000", "supported", "tutsi killed"),
])
def test_a_credited_count_of_the_tutsi_killed_is_that_quantity(reference, figure, verdict, said):  # noqa: F811
    index, _ = reference
    result = claim_of(index, f"Human Rights Watch's count of the Tutsi killed, published in 1999, came to some "
                             f"{figure}.", "count")
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation.lower()


@pytest.mark.parametrize("text, part, verdict, said", [
    ("In 2008 a Rwandan military court sentenced the two captains who confessed to life imprisonment.",
     "life imprisonment", "contradicted", "John Butera sentenced to 5 years or 8 years"),
    ("The Kabgayi killings went to a military court. The captains were each sentenced to fifteen years.",
     "fifteen", "contradicted", "Dieudonné Rukeba"),
    ("The Kabgayi case went to a military court. On appeal in February 2009 the two captains' terms were cut to "
     "five years.", "five years", "supported",
     "after the appeal as 5 years"),
    ("In October 2008 a military court convicted the two captains who had pleaded guilty and acquitted two "
     "senior officers; on appeal the captains' eight-year terms were reduced to three.", "three", "contradicted",
     "after the appeal as 5 years"),
    ("In the Kabgayi case a military court in Kigali convicted two captains in October 2008 and acquitted two "
     "senior officers.", "Kabgayi", "supported", "Wilson Gumisiriza acquitted"),
    ("In the Kabgayi case a military court in Kigali acquitted two captains in October 2008 and convicted two "
     "senior officers.", "Kabgayi", "contradicted", "John Butera convicted"),
])
def test_accused_named_by_rank_are_the_case_s_accused_of_that_rank(reference, text, part, verdict, said):  # noqa: F811
    index, _ = reference
    result = claim_of(index, text, part)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation


@pytest.mark.parametrize("text, part", [
    # three captains: the Kabgayi case had two
    ("In the Kabgayi case a military court convicted three captains and sentenced them to life.", "three"),
    # two captains of two different ICTR cases, and no case named
    ("Two army captains were sentenced to life imprisonment.", "captains"),
])
def test_a_rank_read_for_no_one_case_is_no_accused(reference, text, part):  # noqa: F811
    index, _ = reference
    result = claim_of(index, text, part)
    assert "court records" not in result.explanation, result.explanation


@pytest.mark.parametrize("text, verdict, said", [
    ("Resolution 955, adopted unanimously in November 1994, created the tribunal.", "contradicted",
     "another vote on resolution 955"),
    ("The tribunal was set up by a unanimous vote of the Security Council on 8 November 1994.", "contradicted",
     "another vote on resolution 955"),
    ("Resolution 912, adopted unanimously on 21 April 1994, cut the force.", "supported", ""),
])
def test_a_vote_called_unanimous_is_compared_with_the_record_s_vote(chronology, text, verdict, said):
    _, check = chronology
    results = [c for c in check(text)]
    assert results, text
    result = max(results, key=lambda c: c.end - c.start)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation


def test_a_resolution_is_not_the_act_of_a_record_statement_naming_none(chronology):
    _, check = chronology
    result = max(check("In February 1995, resolution 977 fixed the tribunal's seat in Arusha, Tanzania."),
                 key=lambda c: c.end - c.start)
    assert result.verdict != "contradicted", result.explanation
    # the same place and another date, with no resolution named: still the signing's date that decides
    signed = max(check("In Arusha, Tanzania, the Arusha Peace Agreement was signed in August 1992."),
                 key=lambda c: c.end - c.start)
    assert signed.verdict == "contradicted", signed.explanation


@pytest.mark.parametrize("text, part, verdict", [
    # DENIAL: the figure named a lie
    ("[21:10] K_boy: and dont believe the 800k lie, it was a few thousand max and most were fighters", "800k",
     "contradicted"),
    ("The myth of the million dead was invented by Kigali.", "myth", "contradicted"),
    # a lie of something else beside a figure
    ("Most estimates put the toll at 800,000, and the lie that it was all planned spread.", "estimates", "disputed"),
])
def test_a_figure_named_a_lie_is_called_invented(reference, text, part, verdict):  # noqa: F811
    index, _ = reference
    result = claim_of(index, text, part)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize("text, verdict", [
    ("[lundi 14:33] Malick : et Ruggiu, le Belgo-Italien de la RTLM, a plaidé coupable et pris 12 ans en 2000",
     "supported"),
    ("[lundi 14:34] Malick : et Ruggiu a pris 20 ans en 2000", "contradicted"),
])
def test_a_term_in_colloquial_french_is_read(reference, text, verdict):  # noqa: F811
    from factfinder.extract.pipeline import Extractor

    index, _ = reference
    extracted = Extractor().extract(text, "fr", [(0, len(text))], named_facts=True)
    found = assess_claims(None, index, text, extracted.claims, extracted.mentions)
    assert [c.verdict for c in found] == [verdict], [c.explanation for c in found]
    assert "Georges Ruggiu sentenced to 12 years" in found[0].explanation


def test_a_day_of_the_crime_given_apart_stays_disputed_beside_the_trial(kabgayi):
    _, check = kabgayi
    text = ("At home, for the murder of thirteen clergy at Kabgayi on 5 June 1994, a military court convicted two "
            "captains in 2008 and acquitted two senior officers.")
    result = max(check(text), key=lambda c: c.end - c.start)
    assert result.verdict == "disputed", result.explanation
    assert "court records agree" in result.explanation
    # the trial alone: the court's record decides
    alone = max(check("In 2008 a military court convicted two captains for the Kabgayi killings and acquitted two "
                      "senior officers."), key=lambda c: c.end - c.start)
    assert alone.verdict == "supported", alone.explanation


def test_an_armed_force_crossing_from_uganda_is_the_attack(chronology):
    _, check = chronology
    text = ("There was indeed a war, but it had begun three and a half years earlier, when the RPF crossed from "
            "Ugandan territory on 1 October 1990.")
    result = max(check(text), key=lambda c: c.end - c.start)
    assert result.verdict == "supported", result.explanation
    assert "1990-10-01" in result.explanation
    # another place named beside the crossing: not read as the attack's account
    other = max(check("The real aggressors crossed the border from Uganda in October 1990 and rule in Kigali today."),
                key=lambda c: c.end - c.start)
    assert other.verdict != "contradicted", other.explanation
