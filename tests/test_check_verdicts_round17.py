"""`factfinder check`, verdicts read in session 14 (2026-11-27): one term per accused in the order a
sentence names them ("the father to ten years and the son to twenty-five", "35 and 32 years
respectively"), two accused of one family named apart, a list's number and an appeal's new term that
count no one, a verdict said never to have become final, an accusation in a mirror (the victims said to
have planned the extermination) answered by the record's statements that it was planned, a figure's
statement date after "a" ("In December 1994 a UN Commission … put the number at"), and a court's event
("Massacre of Tutsi at Kabarondo church, 13 April 1994, …") dated by its act, not read as a dateline.

Every fact below is the record's: the proceedings table (`src/factfinder/data/proceedings/
rwanda1994_proceedings.csv`: Elizaphan Ntakirutimana, 10 years, and his son Gérard Ntakirutimana, 25
years, ICTR; Bernard Munyagishari, referred by the ICTR to Rwanda in 2013 and sentenced to life by the
High Court of Rwanda in 2017; Laurent Bucyibaruta, 20 years at first instance in 2022, died on 6
December 2023 before his appeal, so that the conviction never became final; Octavien Ngenzi and Tito
Barahira, tried in Paris for the massacre of Tutsi at Kabarondo church on 13 April 1994), the
reference pack's Kibeho toll (338, about 2,000, at least 4,000), the RPA soldiers convicted for Kabgayi
(2) and the UN Commission of Experts' estimate of 500,000 murdered (December 1994), and the `checked`
record's statement that the Commission found the genocide planned.

FIXTURE WARNING: the strings marked DENIAL below are short, generic examples of denial talking points
written for these tests; they are not quotations of anyone.
"""

from __future__ import annotations

import pytest

from factfinder.check.model import ClaimCheck, Marker
from factfinder.check.verdicts import _respective_terms, contradict_by_markers
from tests.test_check_verdicts import checked, reference  # noqa: F401 - fixtures
from tests.test_check_verdicts_round9 import read_as_check_text

FATHER, SON = "Elizaphan Ntakirutimana", "Gérard Ntakirutimana"


@pytest.mark.parametrize("text, expected", [
    ("Elizaphan Ntakirutimana and his son Gérard were sentenced to 10 and 25 years respectively.",
     {FATHER: {"10"}, SON: {"25"}}),
    ("The pastor Elizaphan Ntakirutimana and his son Gérard were convicted, the father to ten years and the son "
     "to twenty-five.", {FATHER: {"10"}, SON: {"25"}}),
    ("Gérard Ntakirutimana and his father Elizaphan got life and ten years respectively.",
     {SON: {"life"}, FATHER: {"10"}}),
    # one term for both, or a count of terms that is not one per accused: nothing is assigned
    ("Elizaphan Ntakirutimana and his son Gérard were both sentenced to 25 years.", None),
    ("Elizaphan Ntakirutimana and his son Gérard were convicted in 2003, the father to ten years.", None),
])
def test_one_term_per_accused_in_the_order_named(text, expected):
    assert _respective_terms(text, [FATHER, SON]) == expected


@pytest.mark.parametrize("text, verdict, said", [
    ("At Mugonero, the senior pastor Elizaphan Ntakirutimana and his son Gérard, a doctor at its hospital, were "
     "later convicted, the father to ten years and the son to twenty-five.", "supported",
     "Gérard Ntakirutimana sentenced to 25 years"),
    ("Elizaphan Ntakirutimana and his son Gérard were sentenced to 25 and 10 years respectively.", "contradicted",
     "Elizaphan Ntakirutimana sentenced to 10 years; the text says 25 years"),
    ("Elizaphan and Gérard Ntakirutimana were both convicted by the tribunal in Arusha.", "supported",
     "Gérard Ntakirutimana convicted"),
    # one man named by his first name is still one man, whichever of his two courts' rows is meant
    ("In 2017 a Rwandan court acquitted the Gisenyi Interahamwe leader Bernard Munyagishari of rape while jailing "
     "him for life.", "supported", ""),
    # a verdict said never to have become final, as the record has it, against one said to be final
    ("Laurent Bucyibaruta, prefect of Gikongoro, received twenty years in 2022, but he died in December 2023 "
     "before his appeal was heard, so the verdict never became final.", "supported", "no final judgment"),
    ("Laurent Bucyibaruta received twenty years in 2022, and the verdict became final.", "contradicted",
     "no final judgment"),
])
def test_two_accused_of_one_family_and_a_judgment_never_final(reference, text, verdict, said):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert said in result.explanation, result.explanation


@pytest.mark.parametrize("text, counted_out", [
    # a list's number at the start of a sentence
    ("(2) Is it correct that the Rwandan government has only ever acknowledged 338 deaths at Kibeho?", 2),
    ("Stop 4, the hall of faces: 338 people were killed at Kibeho, the government says.", 4),
    # an appeal's new term
    ("Two RPA captains were convicted for the Kabgayi killings, and their sentences were reduced on appeal from "
     "eight years to five.", 5),
])
def test_numbers_that_count_no_one(reference, text, counted_out):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    lows = [f["range"][0] for f in result.values.get("figures") or []]
    assert counted_out not in lows, result.values
    assert f"The text says {counted_out} " not in result.explanation, result.explanation


def test_a_list_number_is_read_away_but_a_count_that_opens_a_sentence_is_not(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "2,000 people were killed at Kibeho on 22 April 1995.")
    assert [f["range"][0] for f in result.values["figures"]] == [2000], result.values
    # a force cut to a number of men, in a sentence about no prison term, still counts them
    result = read_as_check_text(index, "In April 1994 the Belgian contingent was cut to 90 men.")
    assert 90 in [f["range"][0] for f in result.values.get("figures") or []], result.values


def _marker(text: str, words: str, technique: str, voice: str = "own") -> Marker:
    start = text.index(words)
    return Marker(start, start + len(words), words, technique, voice, f"test:{technique}", "", 0.8, "rule", "")


def test_an_accusation_in_a_mirror_is_answered_by_the_record_that_the_genocide_was_planned(checked):  # noqa: F811
    _, index, _, _ = checked
    # DENIAL fixture
    text = "They were getting ready to exterminate the Hutu, and our people simply struck first."
    plain = ClaimCheck(text=text, start=0, end=len(text), verdict="not_in_record")
    mirror = _marker(text, "getting ready to exterminate the Hutu", "accusation_in_mirror")
    [judged] = contradict_by_markers(index, [plain], [mirror])
    assert judged.verdict == "contradicted" and "thesis:planned" in judged.signals, judged.explanation
    assert any("planned" in e.text for e in judged.evidence if e.relation == "contradicts")
    # quoted (RTLM's words in an analysis), it is a fact about the speaker, not the text's claim
    [kept] = contradict_by_markers(index, [plain], [_marker(text, "getting ready to exterminate the Hutu",
                                                            "accusation_in_mirror", "reported")])
    assert kept.verdict == "not_in_record"
    # a mirror marker on a sentence that says no plan of the Tutsi side is no such thesis
    invaded = "Remember October 1990, when they came from Uganda with guns and not with olive branches."
    other = ClaimCheck(text=invaded, start=0, end=len(invaded), verdict="not_in_record")
    [kept] = contradict_by_markers(index, [other], [_marker(invaded, "came from Uganda with guns",
                                                            "accusation_in_mirror")])
    assert kept.verdict == "not_in_record"


@pytest.mark.parametrize("text, verdict", [
    # "In December 1994 a UN Commission …": the date is when the figure was given, not what it counts
    ("In December 1994 a UN Commission of Experts put the number at some 500,000.", "supported"),
    ("In December 1994 the UN Commission of Experts put the number at some 500,000.", "supported"),
])
def test_a_figures_statement_date_after_an_indefinite_article(reference, text, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert "credits" in result.explanation, result.explanation


@pytest.mark.parametrize("text, verdict", [
    # the proceedings' events ("Massacre of Tutsi at Kabarondo church, 13 April 1994, …") are dated by their act:
    # their "Name, date," shape is no dateline
    ("At Kabarondo, the refugees gathered in the parish church were massacred on 13 May 1994.", "contradicted"),
    ("At Kabarondo, the Tutsi who had crowded into the church were massacred on 13 April 1994.", "supported"),
])
def test_a_courts_event_is_dated_by_its_act(reference, text, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert any("Kabarondo" in e.text for e in result.evidence if e.relation != "related"), result.evidence
