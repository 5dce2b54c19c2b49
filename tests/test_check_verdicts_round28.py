"""`factfinder check`, read in session 27 (2026-11-29): a count of people who live somewhere is of its place; an act
a time is reckoned from, or another act of the same thing, dates nothing; a date heading an entry is the entry's;
trials told with "receives", by a name in brackets, or with a term cut "to ten"; orphans and relatives are no
dead; a jurisdiction's one bound; a French sentence credits its source in English words too.

Every figure below is the reference pack's (`src/factfinder/data/reference/rwanda1994_figures.yaml`): the
Kibeho camp's population (110,000, MSF) and dead of 22 April 1995 (the government's 338, UN military officials'
about 2,000, Australian peacekeepers' at least 4,000); UNICEF's 95,000 orphans; the Tutsi share of the
population (8.4% in the 1991 census, about 15% for early 1994); the national toll's several figures. Court
outcomes are the proceedings table's (`src/factfinder/data/proceedings/rwanda1994_proceedings.csv`): Anatole
Nsengiyumva (life at trial, 15 years on appeal), Consolata Mukangango (Sister Gertrude, 15 years) and Julienne
Mukabutera (Sister Maria Kisito, 12 years) in Brussels, Simon Bikindi (15 years, affirmed on appeal), Aloys
Ntabakuze (life reduced to 35 years on appeal), Gratien Kabiligi (acquitted), the Kabgayi trial of four RPA
officers (two convicted). The tribunal's jurisdiction and first trial are the examples' (`examples/chronology_1990_1995.md`:
resolution 955 of 8 November 1994, "with jurisdiction over crimes committed between 1 January and 31 December
1994"; `examples/src/academic_accountability.txt`: "it held its first trial in 1997").
"""

from __future__ import annotations

import pytest

from tests.test_check_verdicts import chronology_fixture, reference  # noqa: F401 - a fixture
from tests.test_check_verdicts_round9 import read_as_check_text
from tests.test_check_verdicts_round27 import _with_jurisdiction

tribunal = chronology_fixture(
    "# The tribunal\n\n"
    "- **8 November 1994.** Security Council resolution 955 creates the International Criminal Tribunal for Rwanda "
    "(ICTR), with jurisdiction over crimes committed between 1 January and 31 December 1994.\n"
    "- **1997.** Sitting in Arusha, the ICTR held its first trial in 1997 and closed on 31 December 2015.\n",
    "A chronology of the tribunal")


def _claims(index, text: str, language: str = "en"):  # noqa: ANN001, ANN202
    """Every claim of `text` as `assess_claims` judges it, in the text's order."""
    from factfinder.check.verdicts import assess_claims
    from factfinder.extract.pipeline import Extractor

    result = Extractor().extract(text, language, [(0, len(text))], named_facts=True)
    return assess_claims(None, index, text, result.claims, result.mentions)


def _assert_verdict(result, verdict: str, said: str) -> None:  # noqa: ANN001 - a ClaimCheck
    """`result` has `verdict` ("not contradicted": any other than contradicted) and says `said`."""
    if verdict == "not contradicted":
        assert result.verdict != "contradicted", result.explanation
    else:
        assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation


@pytest.mark.parametrize("text, verdict, said", [
    # people who live somewhere are counted place by place: the Kibeho camp's displaced are not the zone's
    ("I have read that the safe humanitarian zone held more than a million displaced people.", "not contradicted",
     ""),
    ("In April 1995 the Kibeho camp held some 900,000 displaced people.", "contradicted", "displaced persons"),
    # an act's count is the act's, told of whoever ...
    ("In 2008 a Rwandan military court tried four officers for the killing of the clergy at Kabgayi, and all four "
     "were convicted.", "contradicted", "rpa soldiers convicted"),
    # ... but not of another trial's accused
    ("Of the four officers tried in Military I, the one acquitted was Gratien Kabiligi.", "supported",
     "Gratien Kabiligi acquitted"),
    # the Tutsi share of the population is not a share of the Tutsi killed
    ("Before the genocide the Tutsi made up perhaps 10 per cent of the population.", "disputed",
     "population tutsi share"),
    # children who lost their parents are orphans; relatives of the dead are no dead
    ("UNICEF said in 2004 that 95,000 children had lost their parents by the end of the genocide.", "supported",
     "orphans"),
    ("For this brief the institute interviewed 41 relatives of people killed at Kibeho.", "not_in_record", ""),
])
def test_what_a_count_is_of(reference, text, verdict, said):  # noqa: F811
    index, _ = reference
    _assert_verdict(read_as_check_text(index, text), verdict, said)


def test_a_killed_count_after_a_camp_s_population_is_no_population(reference):  # noqa: F811
    index, _ = reference
    text = ("On 22 April 1995 soldiers opened fire on the displaced people of the Kibeho camp. Médecins Sans "
            "Frontières put the camp's population at about 110,000. Around 2,000 people were killed that day.")
    last = _claims(index, text)[-1]
    assert last.text.startswith("Around 2,000")
    assert "displaced persons" not in last.explanation, last.explanation
    assert last.verdict != "contradicted", last.explanation


@pytest.mark.parametrize("text, language, verdict, said", [
    # a trial's terms told with "receives", or by the name the table gives in brackets
    ("11:09 — Nsengiyumva, the former commander in Gisenyi, receives 25 years.", "en", "contradicted",
     "Anatole Nsengiyumva sentenced to 15 years or life imprisonment"),
    ("Sister Gertrude, the mother superior, receives 15 years and Sister Maria Kisito 12.", "en", "supported",
     "Julienne Mukabutera (Sister Maria Kisito) sentenced to 12 years"),
    ("Sister Gertrude, the mother superior, receives 15 years and Sister Maria Kisito 20.", "en", "contradicted",
     "Sister Maria Kisito"),
    # a term cut "to" a bare number: the new term, not the old one
    ("In 2010 the Appeals Chamber reduced Simon Bikindi's 15-year sentence to ten.", "en", "contradicted",
     "15 years affirmed"),
    ("Ntabakuze's separate appeal ended with his life sentence cut to 35 years.", "en", "supported",
     "life reduced to 35 years"),
    ("En appel, la peine de Ntabakuze a été réduite à trente-cinq ans.", "fr", "supported", "35 years"),
])
def test_trials_told_in_other_words(reference, text, language, verdict, said):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text, language)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation


@pytest.mark.parametrize("text, verdict", [
    # a French sentence credits its source in English words too
    ("Des soldats australiens de la MINUAR présents à Kibeho ont estimé qu'au moins 4 000 personnes avaient été "
     "tuées.", "supported"),
    ("Des responsables militaires de l'ONU ont parlé d'environ 2 000 tués à Kibeho.", "supported"),
    # with no source named, the figure takes a side of the record's disagreement
    ("À Kibeho, environ 2 000 personnes ont été tuées.", "disputed"),
])
def test_a_french_sentence_credits_in_english_words(reference, text, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text, "fr")
    assert result.verdict == verdict, result.explanation
    assert "kibeho killed" in result.explanation


def test_their_conclusion_credits_the_authors_named_before(reference):  # noqa: F811
    index, _ = reference
    text = ("In 1999 Human Rights Watch and FIDH published their study of the genocide. Their conclusion: at least "
            "half a million people died in the genocide.")
    last = _claims(index, text)[-1]
    assert last.text.startswith("Their conclusion")
    assert last.verdict == "supported", last.explanation
    assert "credits its figure to a source" in last.explanation


@pytest.mark.parametrize("text, language, verdict, said", [
    # one bound of the jurisdiction, the other left unsaid
    ("Le TPIR, dont la compétence s'arrêtait au 31 décembre 1994, ne pouvait pas juger ces faits.", "fr",
     "supported", "the text agrees (up to 1994-12-31)"),
    ("The tribunal's jurisdiction began on 1 January 1994.", "en", "supported", "the text agrees (from 1994-01-01)"),
    ("The ICTR's jurisdiction ended on 31 July 1994, so it could not try later crimes.", "en", "contradicted",
     "the text gives up to 1994-07-31"),
])
def test_one_bound_of_the_jurisdiction(tribunal, text, language, verdict, said):
    index, _ = tribunal
    found = _with_jurisdiction(index, text, language)
    assert found.verdict == verdict, found.explanation
    assert said in found.explanation
    assert "closing" not in found.explanation   # the jurisdiction's end is not the tribunal's


@pytest.mark.parametrize("text, verdict, said", [
    # the first trial is an act of its own, with its own date ...
    ("The tribunal's first trial opened only in 1999, more than four years after its creation.", "contradicted",
     "the first trial of the ICTR"),
    ("The ICTR held its first trial in 1997.", "supported", ""),
    # ... and a time reckoned from an act is not the act's date
    ("The Residual Mechanism took over from the ICTR on 1 July 2012, three and a half years before the tribunal's "
     "closing.", "not contradicted", ""),
])
def test_acts_and_times_reckoned_from_them(tribunal, text, verdict, said):
    index, _ = tribunal
    _assert_verdict(read_as_check_text(index, text), verdict, said)


def test_a_pronoun_takes_its_thing_from_the_resolution_before(tribunal):
    index, _ = tribunal
    text = ("The Security Council set it up in November 1994, by resolution 955, and it sat in Arusha. "
            "Its first trial opened in 1995.")
    last = _claims(index, text)[-1]
    assert last.verdict == "contradicted", last.explanation
    assert "first trial of the ICTR" in last.explanation


@pytest.mark.parametrize("text, acts", [
    # what is declared stands after the word; a date after the next verb is that verb's
    ("The force declared a safe humanitarian zone in the south-west on 5 July 1994 and left it on 21 August 1994.",
     [("create|shz", ("1994-07-05", "1994-07-05"))]),
    ("The force declared a safe humanitarian zone in the south-west and left it on 21 August 1994.", []),
    # a time reckoned from an act, and a jurisdiction's end, date no act
    ("Le Mécanisme a pris le relais le 1er juillet 2012, trois ans et demi avant la fermeture du tribunal.", []),
    ("The ICTR's jurisdiction ended on 31 December 1994.", []),
    # a city lost is a city taken
    ("The government army, which had lost Kigali and Butare to the RPF on 4 July 1994, fled west.",
     [("capture|butare", ("1994-07-04", "1994-07-04")), ("capture|kigali", ("1994-07-04", "1994-07-04"))]),
    ("Sitting in Arusha, the ICTR held its first trial in 1997 and closed on 31 December 2015.",
     [("close|ictr", ("2015-12-31", "2015-12-31")), ("first_trial|ictr", ("1997-01-01", "1997-12-31"))]),
    ("Le TPIR a tenu son premier procès en 1997.", [("first_trial|ictr", ("1997-01-01", "1997-12-31"))]),
    # ... but not a first trial of a kind, nor another court's
    ("The ICTR's first trial of a woman, Pauline Nyiramasuhuko, opened in 2001.", []),
    ("In 2001, while the ICTR was still sitting in Arusha, Belgium held its first trial under universal "
     "jurisdiction.", []),
    ("The first trial in absentia before the ICTR opened in 2003.", []),
    # a time reckoned from another thing than the act, two verbs of one act, and a mandate's end are still read
    ("Seven years after the genocide Rwanda created the gacaca courts in 2001.",
     [("create|gacaca", ("2001-01-01", "2001-12-31"))]),
    ("The Arusha Peace Agreement was signed and ratified on 4 August 1993.",
     [("sign|arusha_agreement", ("1993-08-04", "1993-08-04"))]),
    ("UNAMIR's mandate ended on 8 March 1996.", [("close|unamir", ("1996-03-08", "1996-03-08"))]),
])
def test_dated_acts(text, acts):
    from factfinder.check.retrieve import dated_acts

    assert sorted(dated_acts(text)) == acts


def test_two_acts_of_one_thing_have_two_dates(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "Rwanda created the gacaca courts in 2001 to deal with a backlog of genocide "
                                       "suspects that its ordinary courts could not absorb.")
    assert result.verdict != "contradicted", result.explanation


def test_a_church_at_another_place_is_another_act(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "Leur procès portait notamment sur le massacre de l'église de Kabarondo, "
                                       "le 13 avril 1994.", "fr")
    assert result.verdict != "contradicted", result.explanation


def test_the_aircraft_s_name_names_no_one_who_fired(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "The president's Falcon 50 is shot down on its approach to Kigali on 6 April "
                                       "1994; all twelve people aboard are killed.")
    assert "names who carried it out" not in result.explanation, result.explanation


@pytest.mark.parametrize("text, figures", [
    ("The president's Falcon 50 is shot down on its approach to Kigali.", []),
    ("The Falcon 50 carrying the president was shot down.", []),
    ("In Gikongoro 50 soldiers died.", ["50"]),
])
def test_a_number_in_a_name_is_no_figure(text, figures):
    from factfinder.extract.figures import find_figures

    assert [f.text for f in find_figures(text)] == figures


@pytest.mark.parametrize("text, expected", [
    # a relative date after a heading's date: the heading dates the entry
    ("Panel 1, August 1993: The peace deal is signed.\nPanel 2, October 1993: Two months later, resolution 872 "
     "creates UNAMIR.", ("1993-10-01", "1993-10-31")),
    # a date in running prose before a dash or a colon heads nothing
    ("The RPF invaded Rwanda in October 1990 — two months later, its first offensive had failed.",
     ("1990-12-01", "1990-12-31")),
    # without a heading, the span counts from the date before
    ("In April 1994 the killing began. Two months later the RPF held most of the country.",
     ("1994-06-01", "1994-06-30")),
])
def test_a_relative_date_under_a_heading(text, expected):
    from factfinder.extract.dates import find_dates

    relative = [d for d in find_dates(text) if d.text.lower().startswith("two months")]
    assert len(relative) == 1
    assert (relative[0].normalized["earliest"], relative[0].normalized["latest"]) == expected


def test_a_date_heading_an_entry_is_its_own(reference):  # noqa: F811
    from factfinder.check.verdicts import _DATE_HEADING

    assert _DATE_HEADING.fullmatch("18 July 1994: ")
    assert _DATE_HEADING.fullmatch("Panel 2, October 1993:")
    assert not _DATE_HEADING.fullmatch("On 18 July 1994 the RPF took Gisenyi.")
    assert not _DATE_HEADING.fullmatch("Human Rights Watch, 2003: ")   # a citation, not a heading
    index, _ = reference
    found = _claims(index, "18 July 1994: The RPF takes Gisenyi, and a million people cross into Goma.")
    body = max(found, key=lambda c: c.end - c.start)
    assert body.values["date"]["earliest"] == "1994-07-18"
    assert not body.values["date"].get("inherited")


@pytest.mark.parametrize("text, terms", [
    ("In 2010 the Appeals Chamber reduced his 15-year sentence to ten.", {"15", "10"}),
    ("The Appeals Chamber reduced Nsengiyumva's life sentence to one of 15 years.", {"15", "life"}),
    ("La cour a réduit sa peine à une peine de 35 ans.", {"35"}),
    ("The judges reduced his sentence to twenty five years.", {"25"}),
])
def test_a_term_cut_to_a_bare_number(text, terms):
    from factfinder.check.retrieve import sentence_terms

    assert sentence_terms(text) == terms


@pytest.mark.parametrize("text, language", [
    # homes lost are no parents lost
    ("300 000 enfants avaient perdu leurs foyers.", "fr"),
    ("En 1995, 95 000 enfants avaient perdu leurs maisons.", "fr"),
])
def test_children_who_lost_something_else_are_no_orphans(reference, text, language):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text, language)
    assert "orphans" not in result.explanation, result.explanation


@pytest.mark.parametrize("text", [
    "About 70 per cent of the Tutsi population was exterminated.",
    "Some 75 per cent of the Tutsi population was massacred.",
])
def test_a_share_of_the_tutsi_killed_is_no_share_of_the_population(reference, text):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict != "contradicted", result.explanation
    assert "population tutsi share" not in result.explanation
