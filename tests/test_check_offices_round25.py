"""`factfinder check`, read in session 24 (2026-11-29): the offices a text gives named accused, compared
with the offices the court records give them; an acquittal of conspiracy alone for a convicted accused; a small
number that names a group already known ("all four"); dates reckoned from the first day of the genocide;
and the voice of callers and guests in a transcript the programme has the last word of.

Every office below is the proceedings table's (`src/factfinder/data/proceedings/rwanda1994_proceedings.csv`,
column `affiliation`, each row citing its source): Théoneste Bagosora, FAR colonel and directeur de cabinet
at the Ministry of Defence; Augustin Bizimungu, the army's chief of staff; Augustin Ndindiliyimana, chief of
staff of the gendarmerie; Aloys Ntabakuze, commander of the para-commando battalion; Anatole Nsengiyumva,
commander of the Gisenyi operational sector; Jean-Paul Akayesu, bourgmestre of Taba; Clément Kayishema,
prefect of Kibuye; Jean Kambanda, Prime Minister of the interim government; Pauline Nyiramasuhuko, its
Minister of Family and Women's Development; Octavien Ngenzi and Tito Barahira, bourgmestres of Kabarondo;
Félicien Kabuga, found unfit to stand trial, his case stayed indefinitely by the IRMCT Appeals Chamber on
7 August 2023 (no verdict). The reference pack's Tutsi population registered by the 1991 census: 596,387
(`rw1994.census1991.tutsi_count_derived`), and the share of them killed (about 77 percent, Human Rights
Watch, `rw1994.tutsi_killed_share.hrw1999`); the UNHCR (Gersony) team's 25,000–45,000 killed by the RPA.
The ten Belgian peacekeepers were killed on 7 April 1994 (examples/FACTS.md 2.7). The chronology the tests'
record holds (`examples/chronology_1990_1995.md`, FACTS.md 1.4 and 3.16): President Juvénal Habyarimana and
RPF chairman Alexis Kanyarengwe signed the Arusha Peace Agreement on 4 August 1993; the government of national
unity took office on 19 July 1994 with Pasteur Bizimungu as President. Roméo Dallaire was Canadian; Akayesu's
trial judgment is of 2 September 1998 and his appeal of 1 June 2001.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of denial talking points
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from factfinder.check import markers as mk
from factfinder.check.offices import Office, compare, offices_given, read_offices
from factfinder.check.verdicts import _known_group, reckoned_from_the_plane
from tests.test_check_verdicts import chronology_fixture, one, reference  # noqa: F401 - a fixture
from tests.test_check_verdicts_round9 import assert_verdict, read_as_check_text


@pytest.mark.parametrize("text, kind, detail, place", [
    ("Bagosora, the army chief of staff", "army_chief", None, None),
    ("chef d'état-major de l'armée rwandaise", "army_chief", None, None),
    ("the gendarmerie chief of staff", "gendarmerie_chief", None, None),
    ("directeur de cabinet at the Ministry of Defence", "cabinet_director", None, None),
    ("a bare chief of staff", "chief_of_staff", None, None),
    ("the Taba mayor", "mayor", None, "Taba"),
    ("« deux anciens préfets de Kibungo »", "prefect", None, "Kibungo"),
    ("the former prime minister", "prime_minister", None, None),
    ("the president of Rwanda", "head_of_state", None, None),
    ("the MRND president", "party_office", None, None),
    ("the minister of health", "minister", "health", None),
    ("ministre de la Famille", "minister", "family", None),
    ("commanded the para-commando battalion", "commander", "paracommando", None),
    ("commander of the Gisenyi operational sector", "commander", "sector", "Gisenyi"),
    ("second-in-command of the RECCE battalion", "deputy_commander", "recce", None),
])
def test_an_office_is_read_as_a_kind_with_its_portfolio_unit_or_place(text, kind, detail, place):
    [office] = read_offices(text)
    assert (office.kind, office.detail, office.place) == (kind, detail, place)


def test_the_most_specific_reading_of_a_span_wins():
    assert [o.kind for o in read_offices("the interim prime minister and the army chief of staff")] == \
        ["prime_minister", "army_chief"]
    assert read_offices("la reconnaissance du génocide") == []   # no battalion without the word


def _office(kind: str, family: str, detail: str | None = None) -> Office:
    return Office(kind, family, detail, None, 0, 0, kind)


@pytest.mark.parametrize("stated, record, relation", [
    (_office("army_chief", "military"), [_office("cabinet_director", "military")], "contradicts"),
    (_office("chief_of_staff", "military"), [_office("cabinet_director", "military")], "supports"),
    (_office("prefect", "local"), [_office("mayor", "local")], "contradicts"),
    (_office("head_of_state", "national"), [_office("prime_minister", "national")], "contradicts"),
    (_office("minister", "national", "health"), [_office("minister", "national", "family")], "contradicts"),
    (_office("minister", "national"), [_office("prime_minister", "national")], None),
    # a party office or a profession in the records says nothing of a government post
    (_office("minister", "national", "interior"), [_office("party_office", "party")], None),
    (_office("businessman", "profession"), [_office("clergy", "profession")], None),
    # a chief of staff may have commanded a unit before
    (_office("commander", "military", "sector"), [_office("army_chief", "military")], None),
    (_office("commander", "military", "recce"), [_office("commander", "military", "paracommando")], "contradicts"),
])
def test_only_another_office_of_an_exclusive_family_contradicts(stated, record, relation):
    assert compare(stated, record) == relation


def test_an_office_is_given_to_the_name_it_stands_beside():
    text = "Bagosora was directeur de cabinet, and the army chief of staff, Augustin Bizimungu, was tried later."
    given = offices_given(text, {"B": [(0, 8)], "Z": [(text.index("Bizimungu"), text.index("Bizimungu") + 9)]})
    assert [(o.kind, o.predicative) for o in given["B"]] == [("cabinet_director", True)]
    assert [(o.kind, o.predicative) for o in given["Z"]] == [("army_chief", False)]


def test_an_office_said_not_to_be_theirs_is_left_out():
    text = "Bagosora was directeur de cabinet, not chief of staff."
    assert [o.kind for o in offices_given(text, {"B": [(0, 8)]})["B"]] == ["cabinet_director"]


@pytest.mark.parametrize("text, verdict, said", [
    ("At the trial, Colonel Théoneste Bagosora, the army chief of staff, was convicted of genocide.",
     "contradicted", "not army chief of staff"),
    ("In their answers, four pupils called Jean-Paul Akayesu the prefect of Gitarama.", "contradicted",
     "not prefect of Gitarama"),
    ("The newspaper described Clément Kayishema as the mayor of Kibuye.", "contradicted", "not mayor of Kibuye"),
    ("Some reports still call Jean Kambanda the president of Rwanda during the genocide.", "contradicted",
     "not president of Rwanda"),
    ("Pauline Nyiramasuhuko, then the minister of health, was sentenced to life.", "contradicted",
     "not minister of health"),
    ("Théoneste Bagosora was directeur de cabinet at the Ministry of Defence, not chief of staff.", "supported",
     "directeur de cabinet"),
    ("Aloys Ntabakuze commanded the para-commando battalion, and Anatole Nsengiyumva the operational sector of "
     "Gisenyi.", "supported", "Gisenyi operational sector"),
])
def test_an_accused_s_office_is_checked_against_the_court_records(reference, text, verdict, said):  # noqa: F811
    index, _ = reference
    assert_verdict(index, text, verdict, said)


def test_french_offices_are_checked_too(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "Le quotidien présente Octavien Ngenzi et Tito Barahira comme « deux anciens "
                                       "préfets de Kibungo ».", "fr")
    assert result.verdict == "contradicted", result.explanation
    assert "Ngenzi" in result.explanation and "Barahira" in result.explanation


def test_an_office_that_only_names_someone_does_not_support_the_sentence(reference):  # noqa: F811
    index, _ = reference
    # the office agrees, but what the sentence tells (a visit) is not in the record
    result = read_as_check_text(index, "The former bourgmestre of Taba, Jean-Paul Akayesu, visited Kigali twice that "
                                       "winter.")
    assert "court records agree" not in result.explanation, result.explanation


@pytest.mark.parametrize("text, contradicted", [
    # conspiracy alone: the record's conviction on other counts does not contradict it (whether statements of
    # the trial bear it out is the second look's to read)
    ("The trial chamber acquitted Théoneste Bagosora of conspiracy to commit genocide.", False),
    # the whole case, or genocide itself: it does
    ("The trial chamber acquitted Théoneste Bagosora.", True),
    ("The trial chamber acquitted Théoneste Bagosora of genocide and of conspiracy.", True),
])
def test_an_acquittal_of_conspiracy_alone_is_not_an_acquittal(reference, text, contradicted):  # noqa: F811
    index, _ = reference
    assert (read_as_check_text(index, text).verdict == "contradicted") is contradicted


@pytest.mark.parametrize("text, known", [
    ("The chamber acquitted all four of conspiracy.", True),
    ("The prosecution had not proved that these four accused conspired.", True),
    ("Four peacekeepers were killed at the camp.", False),
    ("The four soldiers were killed at the camp.", False),
    # a count of the accused convicted or acquitted is a claim
    ("The military court acquitted all four officers.", False),
    ("All four of them were convicted.", False),
])
def test_a_small_number_naming_a_known_group_counts_nothing(text, known):
    written = next(w for w in ("four", "Four") if w in text)
    assert _known_group(text, {"text": written}) is known


@pytest.mark.parametrize("text, earliest, latest", [
    ("two weeks after the Belgians were killed, the Council cut the force", "1994-04-18", "1994-04-24"),
    ("the Council acted the day after the Belgian peacekeepers were killed", "1994-04-08", "1994-04-08"),
    ("at Kibeho, a year after the genocide began", "1994-10-07", "1995-10-06"),
    ("au lendemain de l'attentat contre l'avion", "1994-04-07", "1994-04-07"),
])
def test_a_date_is_reckoned_from_the_first_day_of_the_genocide(text, earliest, latest):
    reckoned = reckoned_from_the_plane(text)
    assert (reckoned["earliest"], reckoned["latest"]) == (earliest, latest)


PHONE_IN = (
    "HOST: Good evening, the lines are open.\n"
    "CALLER (Frank, Eastbury): Thanks. I think there were two genocides in 1994, not one.\n"   # DENIAL fixture
    "HOST: No. The UN's experts found one genocide, against the Tutsi, and crimes by the RPA besides.\n"
)


def test_a_caller_answered_by_the_host_is_reported():
    markers = mk.detect_markers(PHONE_IN, mk.simple_sentences(PHONE_IN), use_embeddings=False)
    assert {(m.technique, m.voice) for m in markers} == {("double_genocide", "reported")}


def test_a_caller_given_the_last_word_speaks_for_the_text():
    # the host only puts the caller on air: the caller's words are what the text says
    text = "\n".join(PHONE_IN.splitlines()[:2]) + "\n"
    markers = mk.detect_markers(text, mk.simple_sentences(text), use_embeddings=False)
    assert ("double_genocide", "own") in {(m.technique, m.voice) for m in markers}


def test_a_speaker_tagged_by_name_alone_is_not_taken_for_a_guest():
    text = PHONE_IN.replace("CALLER (Frank, Eastbury)", "FRANK")
    assert mk.participant_turns(text) == ()


# The lines of examples/chronology_1990_1995.md these tests need (FACTS.md 1.4, 2.1, 2.2, 3.16), and
# the sample testimony's line on Dallaire (examples/testimony_dallaire_ictr_2004.txt).
CHRONOLOGY = """# Rwanda 1993–1994: a chronology

- **4 August 1993.** In Arusha, Tanzania, President Juvénal Habyarimana and RPF chairman Alexis Kanyarengwe sign the
  Arusha Peace Agreement. It provides for a broad-based transitional government, the return of refugees and a single
  army formed from both forces.
- **6 April 1994.** In the evening the plane bringing President Habyarimana home from regional talks in Tanzania is
  shot down as it approaches Kigali airport. Everyone on board dies, including the President of Burundi, Cyprien
  Ntaryamira, and the French crew. Who fired has never been established by a court.
- **19 July 1994.** A government of national unity takes office in Kigali, with Pasteur Bizimungu as President and
  Faustin Twagiramungu as Prime Minister.

Roméo Dallaire, a Canadian general, commanded the UN peacekeeping force in Rwanda, UNAMIR, from October 1993 until
August 1994.
"""
chronology = chronology_fixture(CHRONOLOGY, "Rwanda 1993–1994: a chronology")


@pytest.mark.parametrize("text, verdict, said", [
    ("A government of national unity took office in Kigali on 19 July 1994, with Paul Kagame as president.",
     "contradicted", "has Bizimungu"),
    ("The Arusha agreement was signed on 4 August 1993 by President Habyarimana and the RPF chairman, Paul Kagame.",
     "contradicted", "has Kanyarengwe"),
    ("A government of national unity took office in Kigali on 19 July 1994, with Pasteur Bizimungu as president.",
     "supported", ""),
])
def test_a_role_at_an_event_is_the_record_s_holder_s(chronology, text, verdict, said):  # noqa: F811
    index, _ = chronology
    assert_verdict(index, text, verdict, said)


def test_another_president_of_another_event_is_not_compared(chronology):  # noqa: F811
    index, _ = chronology
    # two presidents died on the plane; the text names one of them with the record's own account
    result = read_as_check_text(index, "President Habyarimana's plane was shot down near Kigali on 6 April 1994.")
    assert result.verdict != "contradicted", result.explanation


def test_an_aside_between_commas_does_not_part_a_judgment_from_its_year(reference):  # noqa: F811
    index, _ = reference
    assert_verdict(index, "The tribunal's first judgment, against Jean-Paul Akayesu, bourgmestre of Taba, came in "
                          "September 1999.", "contradicted", "not in 1999-09")


def test_a_nationality_given_with_the_role_in_apposition_is_checked(chronology):  # noqa: F811
    index, _ = chronology
    assert_verdict(index, "UNAMIR was commanded by a Belgian general, Roméo Dallaire.", "contradicted", "Canadian")


@pytest.mark.parametrize("text, verdict", [
    ("The proceedings against Félicien Kabuga were halted in August 2023 after he was found unfit to stand trial.",
     "supported"),
    ("Félicien Kabuga will never be tried: the Appeals Chamber ordered an indefinite stay of proceedings in 2023.",
     "supported"),
    # a case the record has judged was not stopped; a stay in another year is not the record's
    ("Théoneste Bagosora was found unfit to stand trial and never judged.", "contradicted"),
    ("Félicien Kabuga's case ended without a verdict when the judges, finding him unfit to stand trial, ordered an "
     "indefinite stay in August 2021.", "contradicted"),
])
def test_a_case_stopped_without_a_verdict_is_read_as_such(reference, text, verdict):  # noqa: F811
    index, _ = reference
    result = assert_verdict(index, text, verdict)
    assert "stopped without a verdict" in result.explanation, result.explanation


@pytest.mark.parametrize("text, verdict", [
    # DENIAL fixture: the census count is right, whatever is argued from it
    ("The 1991 census registered fewer than 600,000 Tutsi, so a million dead Tutsi is impossible.", "supported"),
    ("The 1991 census counted about 900,000 Tutsi.", "contradicted"),
])
def test_the_tutsi_a_census_counted_are_a_population_not_a_toll(reference, text, verdict):  # noqa: F811
    index, _ = reference
    assert_verdict(index, text, verdict, "population tutsi")


def test_a_correction_after_a_rebuttal_label_is_asserted(reference):  # noqa: F811
    index, _ = reference
    # the label rebuts what came before; the figure after it is the writer's correction, not denied
    result = read_as_check_text(index, "That is false: UNHCR experts estimated that RPA soldiers killed between 25,000 "
                                       "and 45,000 people in 1994.")
    assert result.verdict == "supported", result.explanation


def test_a_figure_beside_the_tribunal_s_non_prosecution_of_the_rpf_is_not_denied(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "The tribunal never prosecuted a member of the RPF, whose soldiers, according "
                                       "to UNHCR experts, killed between 25,000 and 45,000 people.")
    assert result.verdict == "supported", result.explanation
    assert not result.explanation.startswith("The text denies it"), result.explanation


@pytest.mark.parametrize("text, share", [
    ("Tutsi then made up roughly one Rwandan in twelve.", 8.3),
    ("Roughly three Tutsi in every four were killed.", 75.0),
    ("Les Tutsi étaient environ un Rwandais sur douze.", 8.3),
])
def test_a_share_in_words_with_a_larger_denominator_is_read(text, share):
    from factfinder.check.verdicts import percent_figures

    assert [f["low"] for f in percent_figures(text)] == [share]


def test_the_rpa_s_killings_beside_the_genocide_s_toll_are_the_rpa_s(reference):  # noqa: F811
    index, _ = reference
    # the half million is the genocide's; the 25,000–45,000 are not a national toll
    assert_verdict(index, "UNHCR experts estimated that RPA soldiers killed 25,000 to 45,000 people between April and "
                          "August 1994, while Human Rights Watch found that at least half a million people were killed "
                          "in the genocide.", "supported", "rpf killings")


def test_an_arrest_s_year_is_not_the_stay_s(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "Félicien Kabuga, arrested in May 2020 near Paris, saw his case stayed "
                                       "indefinitely after he was found unfit to stand trial.")
    assert result.verdict == "supported", result.explanation


@pytest.mark.parametrize("text, act", [
    ("The RPF reached Gisenyi on 18 July 1994.", "capture|gisenyi"),
    ("The peace deal itself had been signed in Arusha in August 1992.", "sign|arusha_agreement"),
])
def test_an_act_is_named_in_other_words(text, act):
    from factfinder.check.retrieve import acts_named

    assert act in acts_named(text)


def test_a_share_of_the_tutsi_is_not_their_share_of_the_population(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "Human Rights Watch, working from the 1991 census, arrived at a floor of half a "
                                       "million, about three in every four Tutsi then living in the country.")
    assert result.verdict != "contradicted", result.explanation
    assert "population tutsi share" not in result.explanation, result.explanation
