"""`factfinder check`, verdicts read in session 12 (2026-11-27): a group of people given another
nationality than the record's account of the same incident ("Ten Ghanaian peacekeepers"); a day
and month whose year the text does not write, read in the record's year; a changed detail only of a
statement about the same named thing (UNAMIR's resolution 872 is not the ICTR's 955); the genocide's
toll in a relative clause of a sentence about something else; Kigali's census as its government's;
sentences the small spaCy models broke in the middle of a name.

Every fact below is the record's: `examples/chronology_1990_1995.md` (5 October 1993, resolution 872
establishes UNAMIR; 7 April 1994, ten Belgian UNAMIR peacekeepers assigned to protect the Prime
Minister are disarmed and killed; 22 June 1994, resolution 929, ten votes in favour and five
abstentions, authorises Opération Turquoise; 8 November 1994, resolution 955 creates the ICTR),
`examples/FACTS.md` row 7.2 (the ICTR closed on 31 December 2015), the chronology's 1 October 1990 (the RPF attacks
northern Rwanda from Ugandan territory), the reference
pack's Human Rights Watch statement on the Byumba stadium ("several hundred people … in mid-April
1994") and its national toll estimates (200,000 to 2,000,000)."""

from __future__ import annotations

import pytest

from tests.test_check_verdicts import chronology_fixture, reference  # noqa: F401 - fixtures
from tests.test_check_verdicts_round9 import read_as_check_text

CHRONOLOGY = (
    "# UNAMIR and the tribunal\n\n"
    "- **5 October 1993.** UN Security Council resolution 872 establishes the United Nations Assistance Mission "
    "for Rwanda (UNAMIR) to help carry out the agreement, with contributing to the security of Kigali among its "
    "tasks.\n"
    "- **7 April 1994.** Rwandan government soldiers kill Prime Minister Agathe Uwilingiyimana. Ten Belgian UNAMIR "
    "peacekeepers assigned to protect her are disarmed, taken to a military camp in Kigali and killed the same "
    "day.\n"
    "- **8 November 1994.** Security Council resolution 955 creates the International Criminal Tribunal for "
    "Rwanda (ICTR), with jurisdiction over crimes committed between 1 January and 31 December 1994.\n"
    "- **22 June 1994.** Resolution 929, adopted with ten votes in favour and five abstentions, authorises a "
    "temporary French-led operation under Chapter VII: Opération Turquoise.\n"
    "- **31 December 2015.** The ICTR formally closes.\n")
unamir = chronology_fixture(CHRONOLOGY, "UNAMIR and the tribunal")


@pytest.mark.parametrize("text, contradicted, said", [
    # the same ten, another nationality
    ("Ten Ghanaian peacekeepers assigned to protect Prime Minister Agathe Uwilingiyimana were disarmed and killed.",
     True, "Belgian"),
    ("Dix casques bleus ghanéens chargés de protéger la Première ministre ont été désarmés et tués.", True, "Belgian"),
    # the record's own nationality, or a group the record does not name, is no conflict
    ("Ten Belgian peacekeepers assigned to protect Prime Minister Agathe Uwilingiyimana were disarmed and killed.",
     False, ""),
    ("Ten Belgian and Ghanaian peacekeepers guarded the Prime Minister's house that night.", False, ""),
])
def test_a_group_given_another_nationality(unamir, text, contradicted, said):
    index, _ = unamir
    result = read_as_check_text(index, text, "fr" if text.startswith("Dix") else "en")
    if contradicted:
        assert result.verdict == "contradicted", result.explanation
        assert said in result.explanation, result.explanation
    else:
        assert "nationality" not in result.explanation and "Ghanaian" not in result.explanation, result.explanation


def test_groups_are_read_with_their_count_nationality_and_kind():
    from factfinder.check.verdicts import _groups

    assert _groups("Ten Belgian UNAMIR peacekeepers were killed.") == [(10.0, "Belgian", "troops")]
    assert _groups("About 2,500 French soldiers took part.") == [(2500.0, "French", "troops")]
    assert _groups("dix casques bleus belges") == [(10.0, "Belgian", "troops")]
    assert _groups("Belgian nuns sheltered them.") == [(None, "Belgian", "nuns")]
    assert _groups("The Belgian government protested.") == []


def test_a_changed_detail_only_of_the_same_named_thing(unamir):
    index, _ = unamir
    text = ("The United Nations Assistance Mission for Rwanda was created by Security Council resolution 872 of "
            "5 October 1993 to help carry out the Arusha agreement.")
    result = read_as_check_text(index, text)
    assert result.verdict == "supported", result.explanation
    assert "955" not in result.explanation
    # the tribunal credited with UNAMIR's resolution is still contradicted
    wrong = read_as_check_text(index, "The ICTR was created by Security Council resolution 872 in November 1994.")
    assert wrong.verdict == "contradicted", wrong.explanation


@pytest.mark.parametrize("text, verdict", [
    # "mid-April" after a paragraph ending in 1993: the extractor guessed 1993, the text wrote no year
    ("Signed in Arusha on 4 August 1993, the agreement was never applied. In mid-April, in the northern town of "
     "Byumba, RPF soldiers massacred several hundred people in the stadium.", "supported"),
    # a year written is the text's: 1993 is not the record's mid-April 1994
    ("In mid-April 1993, in the northern town of Byumba, RPF soldiers massacred several hundred people in the "
     "stadium.", "contradicted"),
])
def test_a_day_without_its_year_is_read_in_the_records_year(reference, text, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    if verdict == "supported":
        assert "no year written" in result.explanation, result.explanation


@pytest.mark.parametrize("text, language, verdict", [
    ("Reste que ce tribunal a jugé les principaux responsables d'un génocide qui a fait plus d'un million de "
     "morts.", "fr", "disputed"),
    ("The tribunal tried the leaders of a genocide that killed 800,000 people.", "en", "disputed"),
    # Kigali's census is its government's: the figure called fabricated is the toll, not a count in Kigali
    ("Le recensement de Kigali avec son million de morts a été fabriqué de toutes pièces.", "fr", "contradicted"),
    ("Le chiffre de 800 000 morts a été fabriqué de toutes pièces par Kigali pour toucher l'aide "
     "internationale.", "fr", "contradicted"),
])
def test_the_genocides_toll_in_other_words(reference, text, language, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text, language)
    assert result.verdict == verdict, result.explanation
    assert "national death toll" in result.explanation, result.explanation


def test_place_candidates_only_across_languages_or_with_an_inherited_place():
    from factfinder.check.verdicts import _place_candidates

    class NoIndex:   # an English sentence with its own place never reaches the index
        def __getattr__(self, name):  # noqa: ANN001, ANN204
            raise AssertionError(f"index.{name} read")

    values = {"text": "About 2,000 people were killed at Nyange church.", "figures": [{"text": "2,000"}],
              "places": ["rw.sector.nyange"]}
    assert _place_candidates(NoIndex(), values, [], None) == []


@pytest.mark.parametrize("text, language, sentence", [
    ("Le 19 juillet, un gouvernement d'union nationale est formé, avec Faustin Twagiramungu comme président. "
     "Elle quitte le Rwanda le 21 septembre 1994.", "fr",
     "Le 19 juillet, un gouvernement d'union nationale est formé, avec Faustin Twagiramungu comme président."),
    ("Human Rights Watch, en 2011, comptait un peu plus de 12 000 juridictions.", "fr",
     "Human Rights Watch, en 2011, comptait un peu plus de 12 000 juridictions."),
    ("19 Jul: new government installed in Kigali, Bizimungu president, Twagiramungu PM.\n"
     "21 Apr: New York votes to cut UNAMIR to a skeleton of 270.", "en",
     "21 Apr: New York votes to cut UNAMIR to a skeleton of 270."),
])
def test_sentences_are_not_broken_inside_a_name_or_before_a_comma(text, language, sentence):
    from factfinder.extract.pipeline import Extractor

    result = Extractor().extract(text, language, [(0, len(text))])
    sentences = [text[s:e] for s, e, _ in result.sentences]
    assert sentence in sentences, sentences
    # a line break still ends a sentence, and a full stop before a new one
    assert all("\n" not in s.strip() for s in sentences), sentences


def test_a_resolution_is_credited_to_the_act_right_before_it(unamir):
    index, _ = unamir
    # two acts of the tribunal, one resolution: the creation's, by its verb right before it
    text = ("Le Tribunal pénal international pour le Rwanda, créé par la résolution 935 du Conseil de sécurité, "
            "a fermé ses portes fin 2015.")
    result = read_as_check_text(index, text, "fr")
    assert result.verdict == "contradicted", result.explanation
    assert "955" in result.explanation, result.explanation
    right = read_as_check_text(index, text.replace("935", "955"), "fr")
    assert right.verdict != "contradicted", right.explanation


def test_a_vote_on_a_day_whose_year_is_not_written(unamir):
    index, _ = unamir
    # the paragraph before ends in 1993: "22 June" is read in the record's year, and so is its resolution
    text = ("The Arusha agreement was signed on 4 August 1993. Only on 22 June, by a unanimous vote, did the "
            "Council authorise a French-led intervention, Opération Turquoise.")
    result = read_as_check_text(index, text)
    assert result.verdict == "contradicted", result.explanation
    assert "929" in result.explanation, result.explanation


INVASION = (
    "# The war\n\n"
    "- **1 October 1990.** The Rwandan Patriotic Front (RPF), an armed movement formed mostly by Tutsi refugees "
    "living in Uganda, attacks northern Rwanda from Ugandan territory. The civil war begins.\n")
invasion = chronology_fixture(INVASION, "The war")


@pytest.mark.parametrize("text, language, verdict", [
    # an invasion is an attack; the same force's act in the same month confirms the entry's date
    ("In October 1990 the Rwandan Patriotic Front, made up largely of Tutsi refugees, invaded from Uganda, and a "
     "civil war began.", "en", "supported"),
    ("Le FPR avait envahi le pays le 1er octobre 1990.", "fr", "supported"),
    # ... but the likeness of one force's act in another year denies nothing
    ("RPF fighters attacked northern Rwanda again in 1992.", "en", "not_in_record"),
    # (the invasion itself is an act done once since session 16: its wrong year is a wrong date,
    # tests/test_check_verdicts_round19.py)
    ("The RPF invaded Rwanda from Uganda in October 1991.", "en", "contradicted"),
])
def test_the_same_forces_act_in_the_same_month_confirms_a_date(invasion, text, language, verdict):
    index, _ = invasion
    result = read_as_check_text(index, text, language)
    assert result.verdict == verdict, result.explanation


TURQUOISE_END = (
    "# The French operation\n\n"
    "- **22 June 1994.** Resolution 929 authorises a temporary French-led operation: Opération Turquoise.\n"
    "- **21 August 1994.** The last French troops of Opération Turquoise leave the safe humanitarian zone.\n")
turquoise_end = chronology_fixture(TURQUOISE_END, "The French operation")


@pytest.mark.parametrize("text, verdict", [
    # a stay's end is the date after "until": the operation's end, 21 August in the record
    ("Opération Turquoise, which had held the south-west until late September 1994, left camps behind.",
     "contradicted"),
    ("Opération Turquoise stayed in the zone until 21 August 1994.", "supported"),
    # "held" an activity, not a place, until a date ends nothing
    ("Opération Turquoise held hearings with local officials until September 1994.", "not_in_record"),
])
def test_a_stay_until_a_date_is_the_end_of_the_operation(turquoise_end, text, verdict):
    index, _ = turquoise_end
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize("text, verdict", [
    # "the trial judgment" is the case the paragraph just named: the Media case, judged on 3 December 2003
    ("On 3 December 2003 the ICTR convicted Ferdinand Nahimana, Jean-Bosco Barayagwiza and Hassan Ngeze in the "
     "Media case. The trial judgment was delivered on 3 December 2003.", "supported"),
    ("On 3 December 2003 the ICTR convicted Ferdinand Nahimana, Jean-Bosco Barayagwiza and Hassan Ngeze in the "
     "Media case. The trial judgment was delivered on 5 May 2004.", "contradicted"),
    # a case named in another paragraph is not the one referred to
    ("On 3 December 2003 the ICTR convicted Ferdinand Nahimana in the Media case.\n\nThe trial judgment in "
     "another court was delivered on 5 May 2004.", "not_in_record"),
])
def test_a_judgment_referred_to_is_the_case_named_just_before(reference, text, verdict):  # noqa: F811
    from factfinder.check.verdicts import assess_claims
    from factfinder.extract.pipeline import Extractor

    index, _ = reference
    result = Extractor().extract(text, "en", [(0, len(text))], named_facts=True)
    found = assess_claims(None, index, text, result.claims, result.mentions)
    last = max(found, key=lambda c: c.start)
    assert last.text.startswith("The trial judgment"), last.text
    assert last.verdict == verdict, last.explanation


@pytest.mark.parametrize("text, verdict", [
    # "ended with" a term is a sentence: Barayagwiza's 35 years were reduced to 32 on appeal
    ("Jean-Bosco Barayagwiza, a founder of the CDR party and a member of RTLM's board, ended with thirty-two years.",
     "supported"),
    ("Barayagwiza ended with twenty years.", "contradicted"),
])
def test_a_term_one_ended_with(reference, text, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
