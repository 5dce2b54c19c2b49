"""`factfinder check`, verdicts read in session 11 (2026-11-26): the death toll called inflated or
made up without a bound word ("real toll was maybe 50k tops", "the famous 800,000 was made up"); a
minimisation or fabrication marker on a sentence about the toll with no figure of its own; a marker
that outweighs the second look's likeness of words; the international tribunal that prosecuted no
member of the RPF, in many words; and a figure whose quantity only the sentence before names
("I believe at least 4,000 were killed that day").

Every fact below is the record's: the reference pack's national toll estimates (200,000 to
2,000,000), its Kibeho toll (338, about 2,000, at least 4,000 on 22 April 1995) and its refugees into
Zaire (500,000–800,000 to a million, July 1994); `examples/FACTS.md` rows 6.6–6.7 (Human Rights Watch,
12 December 2008: the tribunal "has not prosecuted even one of the serious Rwandan Patriotic Front
crimes from 1994"; JusticeInfo: it "only prosecuted crimes of genocide by the predominantly Hutu
government")."""

from __future__ import annotations

import pytest

from factfinder.check.model import ClaimCheck, Marker
from tests.test_check_verdicts import chronology_fixture, reference  # noqa: F401 - fixtures
from tests.test_check_verdicts_round9 import read_as_check_text


@pytest.mark.parametrize("text, language, verdict", [
    # a toll in a thread's shorthand, with its bound after the figure
    ("@truthseeker_88: real toll was maybe 50k tops, the rest is propaganda.", "en", "contradicted"),
    # « le vrai chiffre »: the whole toll set against the published ones
    ("Le vrai chiffre, c'est peut-être 50 000 morts, pas ces millions qu'on nous répète.", "fr", "contradicted"),
    # « à peine » is "barely", not a court's « peine »: the toll is read as a toll
    ("Le bilan a été gonflé : à peine 50 000 morts, le reste c'est de la propagande.", "fr", "contradicted"),
    # a bare number this large called invented is the toll
    ("The famous 800,000 was made up by the RPF to pull in Western aid money.", "en", "contradicted"),
    # ... and "nobody was ever counted" after it does not turn the verdict round
    ("MYTH: “Eight hundred thousand is an invented number; nobody was ever counted.”", "en", "contradicted"),
    # counter-cases: a local count with "only" stays local; a real toll in the record's range is not minimised
    ("Only 2,000 people were killed at the church in Nyange.", "en", None),
    ("The real toll was at least 800,000.", "en", "disputed"),
])
def test_tolls_called_inflated_or_small(reference, text, language, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text, language)
    if verdict is None:
        assert "national death toll" not in result.explanation, result.explanation
    else:
        assert result.verdict == verdict, result.explanation


def _marker(text: str, words: str, technique: str, voice: str = "own") -> Marker:
    start = text.index(words)
    return Marker(start=start, end=start + len(words), text=words, technique=technique, voice=voice,
                  basis=f"test:{technique}")


def _check(text: str, verdict: str, signals: list[str] | None = None) -> ClaimCheck:
    return ClaimCheck(text=text, start=0, end=len(text), verdict=verdict, explanation="rules",
                      signals=signals or [])


def test_a_toll_called_inflated_without_a_figure_is_contradicted_by_the_estimates(reference):  # noqa: F811
    from factfinder.check.verdicts import contradict_by_markers

    index, _ = reference
    text = "Most of the dead were Hutu, which is exactly why Kigali had to cook up inflated figures."
    [found] = contradict_by_markers(index, [_check(text, "not_in_record")],
                                    [_marker(text, "inflated figures", "minimisation")])
    assert found.verdict == "contradicted", found.explanation
    assert "inflated or invented" in found.explanation
    assert found.evidence and all(e.relation == "contradicts" for e in found.evidence[:2])
    # no marker, no verdict: the words alone decide nothing
    [left] = contradict_by_markers(index, [_check(text, "not_in_record")], [])
    assert left.verdict == "not_in_record"
    # a local toll ("in Kibuye") is not the national one
    local = "The figures for the massacre in Kibuye were inflated."
    judged = read_as_check_text(index, local)
    assert judged.verdict == "not_in_record" and judged.values.get("places"), judged
    [kept] = contradict_by_markers(index, [judged], [_marker(local, "inflated", "minimisation")])
    assert kept.verdict == "not_in_record"


def test_a_denial_marker_outweighs_the_second_look_but_not_a_true_fact_leant_on(reference):  # noqa: F811
    from factfinder.check.verdicts import contradict_by_markers

    index, _ = reference
    denial = "What happened in 1994 was a war both armies fought, and the so-called genocide was its chaos."
    [found] = contradict_by_markers(index, [_check(denial, "supported", ["second_look"])],
                                    [_marker(denial, "so-called genocide", "definitional_denial")])
    assert found.verdict in ("contradicted", "not_in_record"), found.explanation
    attack = "The Arusha tribunal was a political court that convicted whoever Kigali pointed at."
    [found] = contradict_by_markers(index, [_check(attack, "supported", ["second_look"])],
                                    [_marker(attack, "political court", "attack_on_witnesses")])
    assert found.verdict == "not_in_record" and "second_look_overruled" in found.signals
    # blame shifting leans on a true fact: the second look's support stands
    blame = "Who started the war, if not the RPF army that invaded from Uganda in October 1990?"
    [kept] = contradict_by_markers(index, [_check(blame, "supported", ["second_look"])],
                                   [_marker(blame, "if not the RPF army", "blame_shifting")])
    assert kept.verdict == "supported"
    # a reported marker (a review quoting the denial) does not overrule it either
    [kept] = contradict_by_markers(index, [_check(attack, "supported", ["second_look"])],
                                   [_marker(attack, "political court", "attack_on_witnesses", "reported")])
    assert kept.verdict == "supported"


COURTS = (
    "# Who was held to account\n\n"
    "The Tribunal never indicted an RPF suspect: in December 2008 Human Rights Watch said it had \"not prosecuted "
    "even one\" of the serious RPF crimes of 1994.\n\n"
    "By its closure in 2015 the tribunal had only prosecuted crimes of genocide by the predominantly Hutu "
    "government, and it did not prosecute any member of the Rwandan Patriotic Front.\n")
courts = chronology_fixture(COURTS, "Who was held to account")


@pytest.mark.parametrize("text, language, supported", [
    ("No member of the Rwandan Patriotic Front was ever indicted in Arusha.", "en", True),
    ("The international tribunal in Arusha did no better: it never charged a single RPF suspect.", "en", True),
    ("When the ICTR closed it had convicted 61 people, none of them from the RPF.", "en", True),
    ("Le TPIR n'a poursuivi aucun membre du FPR.", "fr", True),
    # counter-cases: the tribunal prosecuting the RPF, or the statement rejected
    ("The ICTR convicted several RPF officers in 2005.", "en", False),
    ("It is false that the ICTR never indicted an RPF soldier.", "en", False),
])
def test_the_tribunal_that_prosecuted_no_one_of_the_rpf(courts, text, language, supported):
    from factfinder.check.verdicts import _states_unprosecuted

    index, _ = courts
    assert _states_unprosecuted(text) == supported
    result = read_as_check_text(index, text, language)
    if supported:
        assert result.verdict == "supported", result.explanation
        assert len({e.source_id for e in result.evidence if e.relation == "supports"}) >= 1
    else:
        assert result.verdict != "supported" or "prosecuted no member" not in result.explanation


def _assess(index, text: str, language: str = "en"):  # noqa: ANN001, ANN202
    """Every claim of `text`, judged as `check_text` judges them (with the text's sentences)."""
    from factfinder.check.verdicts import assess_claims
    from factfinder.extract.pipeline import Extractor

    result = Extractor().extract(text, language, [(0, len(text))], named_facts=True)
    sentences = [(s, e) for s, e, _ in result.sentences]
    return assess_claims(None, index, text, result.claims, result.mentions, sentences=sentences)


@pytest.mark.parametrize("before, figure, verdict, quantity", [
    # the record's Kibeho tolls disagree (338, about 2,000, at least 4,000): the sentence before names the camp
    ("UNAMIR soldiers watched as RPA troops opened fire on the crowd at the Kibeho camp on 22 April 1995.",
     "I believe at least 4,000 were killed that day.", "disputed", "kibeho"),
    # the refugees into Zaire (500,000–800,000 to a million): "that border" is the sentence before's
    ("In mid-July 1994 the refugees poured out of Gisenyi into Goma, in Zaire.",
     "A million people crossed that border in under a week.", "disputed", "refugees zaire"),
])
def test_a_figure_counts_what_the_sentence_before_named(reference, before, figure, verdict, quantity):  # noqa: F811
    index, _ = reference
    checks = _assess(index, before + " " + figure)
    last = next(c for c in checks if c.text.startswith(figure[:20]))
    assert last.verdict == verdict, last.explanation
    assert quantity in last.explanation
    # alone, the figure says nothing the record can compare
    alone = next(c for c in _assess(index, figure) if c.text.startswith(figure[:20]))
    assert quantity not in alone.explanation, alone.explanation


# `examples/chronology_1990_1995.md` (6 April and 19 July 1994) and `examples/FACTS.md` (Dallaire, Canadian).
PEOPLE = (
    "# Rwanda 1994: dates and people\n\n"
    "- **6 April 1994.** The plane carrying President Juvénal Habyarimana is shot down near Kigali.\n"
    "- **19 July 1994.** A government of national unity takes office in Kigali, with Pasteur Bizimungu as "
    "President and Faustin Twagiramungu as Prime Minister.\n\n"
    "UNAMIR was commanded by the Canadian general Roméo Dallaire.\n")
people = chronology_fixture(PEOPLE, "Rwanda 1994: dates and people")


@pytest.mark.parametrize("text, verdict, said", [
    # an act dated by the one it followed: the record's 6 April is the plane's
    ("The killing began on 7 April 1994, the morning after the president's plane was shot down.", "not", ""),
    ("Les massacres ont commencé le 7 avril 1994, au lendemain de l'attentat contre l'avion du président.", "not", ""),
    # a nationality or an office next to the name
    ("Its force commander, Roméo Dallaire, was a Belgian general.", "contradicted", "nationality"),
    ("UNAMIR was led by the Belgian general Roméo Dallaire.", "contradicted", "nationality"),
    ("On 19 July 1994 a new government took office, with Faustin Twagiramungu as president.", "contradicted",
     "office"),
    ("UNAMIR was commanded by the Canadian general Roméo Dallaire.", "not", ""),
])
def test_dates_after_another_act_and_who_a_person_was(people, text, verdict, said):
    index, _ = people
    result = read_as_check_text(index, text, "fr" if text.startswith("Les ") else "en")
    if verdict == "not":
        assert result.verdict != "contradicted", result.explanation
    else:
        assert result.verdict == verdict, result.explanation
        assert said in result.explanation, result.explanation


@pytest.mark.parametrize("text, verdict, said", [
    # the proceedings: Akayesu's trial judgment of 2 September 1998, his appeal of 1 June 2001
    ("Its first judgment, against the Taba mayor Jean-Paul Akayesu, came only in 2001.", "contradicted",
     "trial judgment in 1998"),
    ("1999: first conviction for genocide by an international court (Jean-Paul Akayesu).", "contradicted", "1998"),
    ("In 1998 the ICTR convicted Jean-Paul Akayesu of genocide.", "supported", ""),
])
def test_a_first_judgment_is_dated_by_the_trial(reference, text, verdict, said):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation


def test_the_day_before_is_one_day_or_the_same_day_after_another_act():
    from factfinder.check.verdicts import _the_day_before

    def day(d: str) -> dict:
        return {"earliest": d, "latest": d, "days": 0}
    after = "The killing began on 7 April 1994, the day after the plane was shot down."
    assert _the_day_before(after, day("1994-04-07"), day("1994-04-06"))
    assert _the_day_before("It began within hours of the attack.", day("1994-04-06"), day("1994-04-06"))
    # three days is no "day after"; a sentence that dates nothing by another act compares as it is
    assert not _the_day_before(after, day("1994-04-09"), day("1994-04-06"))
    assert not _the_day_before("The killing began on 7 April 1994.", day("1994-04-07"), day("1994-04-06"))
    # a month is not a day
    assert not _the_day_before(after, {"earliest": "1994-04-01", "latest": "1994-04-30", "days": 29},
                               day("1994-04-06"))



def test_kigali_for_its_government_is_not_a_place_counted(reference):  # noqa: F811
    index, _ = reference
    text = "The famous figure of a million dead was invented in Kigali; real deaths on all sides did not exceed 80,000."
    result = read_as_check_text(index, text)
    assert result.verdict == "contradicted", result.explanation
    assert "national death toll" in result.explanation


TURQUOISE = (
    "# The French operation\n\n"
    "- **22 June 1994.** Resolution 929 authorises a temporary French-led operation: Opération Turquoise.\n"
    "- **21 August 1994.** The last French troops of Opération Turquoise leave the safe humanitarian zone.\n")
turquoise = chronology_fixture(TURQUOISE, "The French operation")


def test_an_act_of_the_thing_the_sentence_before_named(turquoise):
    from factfinder.check.verdicts import _thing_before

    index, _ = turquoise
    text = "France launched Opération Turquoise in June 1994. That operation left the south-west at the end of " \
           "October 1994."
    checks = _assess(index, text)
    last = next(c for c in checks if c.text.startswith("That operation"))
    assert last.verdict == "contradicted", last.explanation
    assert "1994-08-21" in last.explanation
    # only a sentence that points back borrows the thing, and only one thing named before
    previous = ({}, [], "France launched Opération Turquoise in June 1994.")
    assert _thing_before("That operation left in August.", {"previous": previous}) == "turquoise"
    assert _thing_before("The French left in August.", {"previous": previous}) is None
    assert _thing_before("It left in August.", {"previous": ({}, [], "UNAMIR and Opération Turquoise met.")}) is None


def test_the_genocide_named_in_a_title_asserts_nothing():
    from factfinder.check.verdicts import _NAMED_IN_A_TITLE

    text = "Tomorrow, 7 April, is the International Day of Reflection on the 1994 "
    assert _NAMED_IN_A_TITLE.search(text)
    assert not _NAMED_IN_A_TITLE.search("The Commission of Experts found that ")
