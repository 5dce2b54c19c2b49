"""`factfinder check`, verdicts read in session 13 (2026-11-27): what a sentence says of one accused's
case beyond the outcome and the term (an office in another commune, an appeal that changed the term
or failed, judges who "freed" him), what it says in words of a whole court's tally ("it never
acquitted anyone", « le TPIR a acquitté la plupart des accusés »), and a finding the record says a
named body ruled out (the Duclert report's "complicity").

Every fact below is the record's: `examples/FACTS.md` row 10.10 (26 March 2021, the Duclert commission finds
"heavy and overwhelming responsibilities" of France but no complicity in the legal sense), the proceedings table
(`src/factfinder/data/proceedings/rwanda1994_proceedings.csv`: Jean-Paul Akayesu, bourgmestre of
Taba, life, affirmed on appeal in 2001; Gaspard Kanyarukiga, 30 years, affirmed on appeal in 2012;
Sylvestre Gacumbitsi, bourgmestre of Rusumo, 30 years increased to life on appeal; Joseph
Serugendo, convicted on two counts, 6 years; Laurent Bucyibaruta, prefect of Gikongoro, 20 years at
first instance, died before his appeal) and the reference pack (the ICTR indicted 93 people,
convicted 61 and acquitted 14; about 65 per cent of those the gacaca courts tried were convicted).

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of denial talking points
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from tests.test_check_verdicts import chronology_fixture, reference  # noqa: F401 - fixtures
from tests.test_check_verdicts_round9 import read_as_check_text


@pytest.mark.parametrize("text, verdict, said", [
    # an office in another commune than the record's
    ("She was in Arusha in September 1998 when the tribunal convicted Jean-Paul Akayesu, the former mayor of "
     "Nyamata, of genocide.", "contradicted", "Taba"),
    ("Jean-Paul Akayesu, the mayor of Taba, was convicted in 1998 and sentenced to life.", "supported", "life"),
    ("Sylvestre Gacumbitsi, the bourgmestre of Rusumo, was sentenced to thirty years in 2004, and on appeal to "
     "life imprisonment.", "supported", "life"),
    # a term changed on appeal, with no new term given, against a term the appeal kept
    ("The businessman convicted for that crime, Gaspard Kanyarukiga, saw his thirty-year sentence reduced on "
     "appeal in 2012.", "contradicted", "kept on appeal"),
    ("Gaspard Kanyarukiga's appeal was dismissed in 2012 and his thirty-year sentence affirmed.", "supported",
     "30 years"),
    # the term after the appeal is the appeal's
    ("At Nyarubuye parish, the local mayor, Sylvestre Gacumbitsi, was convicted by the Arusha tribunal and, after "
     "an appeal, sentenced to thirty years.", "contradicted", "after the appeal as life"),
    # an appeal that never took place cannot have failed
    ("Laurent Bucyibaruta, the former prefect of Gikongoro, was given twenty years in 2022, and that conviction "
     "became final after his appeal failed in 2023.", "contradicted", "no final judgment"),
    # DENIAL fixture: judges said to have freed a man whose conviction they affirmed
    ("It convicted Akayesu on the word of witnesses, and the appeal judges quietly freed him in 2001.",
     "contradicted", "standing after the appeal"),
    # a new term written as a word ("lowered it to ten"), against the appeal's 25
    ("The bourgmestre of Kivumu, Grégoire Ndahimana, was first given fifteen years, and on appeal in 2013 the "
     "judges lowered it to ten.", "contradicted", "after the appeal as 25 years"),
    # acquitted, where the record has a conviction on some counts and a term
    ("RTLM's technical director, Joseph Serugendo, was acquitted in 2006.", "contradicted", "6 years"),
])
def test_what_a_sentence_says_of_one_case(reference, text, verdict, said):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation
    decisive = [e for e in result.evidence if e.relation in ("supports", "contradicts")]
    assert decisive and decisive[0].source_id.startswith("proceeding:"), result.evidence


def test_an_office_is_read_with_its_place():
    from factfinder.check.offices import read_offices

    assert [(o.kind, o.place) for o in read_offices("Akayesu, the former mayor of Nyamata,")] == [("mayor", "Nyamata")]
    assert [(o.kind, o.place) for o in read_offices("the Taba mayor Jean-Paul Akayesu")] == [("mayor", "Taba")]
    assert [(o.kind, o.place) for o in read_offices("le préfet de Butare")] == [("prefect", "Butare")]
    assert [(o.kind, o.place) for o in read_offices("the mayor of the town")] == [("mayor", None)]


def test_someone_else_s_office_is_not_the_accused_s(reference):  # noqa: F811
    index, _ = reference
    # Akayesu met another commune's mayor: no apposition, so no conflict with Taba
    result = read_as_check_text(index, "Jean-Paul Akayesu met the mayor of Nyamata in May 1994 and was later "
                                       "sentenced to life imprisonment.")
    assert result.verdict == "supported", result.explanation


@pytest.mark.parametrize("text, verdict, said", [
    # DENIAL fixtures: the tribunal's tally told in words
    ("The Arusha tribunal was a political court that convicted whoever Kigali pointed at and never acquitted "
     "anyone.", "contradicted", "14 acquittals"),
    ("Et le TPIR a acquitté la plupart des accusés, ça en dit long.", "contradicted", "61 convictions"),
    ("Even the Arusha tribunal, after all its millions, convicted fewer than half of those it indicted.",
     "contradicted", "of 93 people indicted"),
    ("D'ailleurs le TPIR n'a jamais condamné personne pour génocide, cherchez.", "contradicted", "61 convictions"),
    ("Le TPIR, ce tribunal des vainqueurs, a acquitté presque tous ceux qu'il a jugés.", "contradicted",
     "61 convictions"),
    ("On the service's own figures, fewer than half of all gacaca cases ended in a guilty verdict.",
     "contradicted", "65 per cent"),
    # a tally the record bears out, and a sentence with its own figure
    ("The ICTR convicted most of those it tried, but it acquitted fourteen people.", "supported", "14"),
    # a figure of the tribunal's, named by the verb next to it
    ("If there really was a plan, why did the tribunal convict fewer than twenty people in twenty years?",
     "contradicted", "ictr convicted"),
    ("By the time it closed, the Tribunal had indicted 93 persons, convicted 61 and acquitted 41.", "contradicted",
     "ictr acquitted"),
])
def test_a_courts_tally_in_words(reference, text, verdict, said):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text, "fr" if " le " in text or "TPIR" in text else "en")
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation


def test_another_courts_count_is_not_the_tribunals():
    from factfinder.check.verdicts import _court_count

    class Quantities:   # the reference pack's ICTR counts, as the index holds them
        quantities = {"ictr_convicted": [{"low": 61, "high": 61}], "ictr_acquitted": [{"low": 14, "high": 14}]}

    text = "In 2008 a military tribunal convicted two officers for the Kabgayi killings."
    assert _court_count(Quantities, text, text.index("two"), text.index("two") + 3, (2.0, 2.0)) is None
    text = "The tribunal convicted 61 people."
    assert _court_count(Quantities, text, text.index("61"), text.index("61") + 2, (61.0, 61.0)) == "ictr_convicted"


def test_a_tally_the_record_contradicts_carries_its_signal(reference):  # noqa: F811
    index, _ = reference
    wrong = read_as_check_text(index, "The Arusha tribunal never acquitted anyone.")   # DENIAL fixture
    assert wrong.verdict == "contradicted" and "court_tally" in wrong.signals, wrong
    right = read_as_check_text(index, "The ICTR convicted most of those it tried, but it acquitted fourteen people.")
    assert "court_tally" not in right.signals


def test_a_tally_refers_back_to_the_tribunal_named_before(reference):  # noqa: F811
    from factfinder.check.verdicts import assess_claims
    from factfinder.extract.pipeline import Extractor

    index, _ = reference
    text = "The ICTR indicted 93 people in all. It never acquitted anyone."   # DENIAL fixture (second sentence)
    result = Extractor().extract(text, "en", [(0, len(text))], named_facts=True)
    found = assess_claims(None, index, text, result.claims, result.mentions,
                          sentences=[(0, 35), (36, len(text))])
    last = [c for c in found if c.text.startswith("It never")]
    assert last and last[0].verdict == "contradicted", [(c.text, c.verdict) for c in found]
    # without the tribunal before it, "it" is nobody the record counts
    alone = "It never acquitted anyone."
    result = Extractor().extract(alone, "en", [(0, len(alone))], named_facts=True)
    found = assess_claims(None, index, alone, result.claims, result.mentions, sentences=[(0, len(alone))])
    assert all(c.verdict == "not_in_record" for c in found), [(c.text, c.verdict) for c in found]


DUCLERT = (
    "# France and the genocide\n\n"
    "- **26 March 2021.** The commission of historians chaired by Vincent Duclert hands its report to President "
    "Emmanuel Macron: it finds heavy and overwhelming responsibilities of France, while ruling out complicity in "
    "the legal sense.\n")
duclert = chronology_fixture(DUCLERT, "France and the genocide")


@pytest.mark.parametrize("text, contradicted", [
    ("Then the Duclert report, in March 2021, basically said France was complicit in the genocide.", True),
    ("Le rapport de la commission Duclert, remis en mars 2021, a conclu à la complicité de la France.", True),
    # the finding said not to have been made, or another body's charge
    ("In March 2021 the Duclert commission found heavy responsibilities but ruled out complicity.", False),
    ("Survivors' associations have long accused France of complicity in the genocide.", False),
])
def test_a_finding_the_record_says_was_ruled_out(duclert, text, contradicted):
    index, _ = duclert
    result = read_as_check_text(index, text, "fr" if text.startswith("Le ") else "en")
    assert (result.verdict == "contradicted") == contradicted, result.explanation
    if contradicted:
        assert "ruled out" in result.explanation, result.explanation


DATES = (
    "# Two dates\n\n"
    "- **4 July 1994.** RPF troops take Kigali.\n"
    "- **24 October 2008.** For the Kabgayi killings, a Rwandan military court convicts two RPA captains who "
    "pleaded guilty.\n")
two_dates = chronology_fixture(DATES, "Two dates")


@pytest.mark.parametrize("text, contradicted", [
    # the record's day is in the text's other year, written for the conviction, not for the killings
    ("Two RPA captains were convicted in 2008 for the Kabgayi killings of June 1994.", False),
    ("Two RPA captains were convicted by a military court in June 2008 for the Kabgayi killings.", True),
    # another act dated by a reckoning from the text's date
    ("On 1 July 1994, three days before the RPF took Kigali, the Council asked for a commission of experts.", False),
    ("On 1 July 1994, two weeks before the RPF took Kigali, the Council asked for a commission of experts.", True),
    ("The RPF took Kigali on 1 July 1994.", True),
])
def test_a_date_written_for_another_act(two_dates, text, contradicted):
    index, _ = two_dates
    result = read_as_check_text(index, text)
    assert (result.verdict == "contradicted") == contradicted, result.explanation
