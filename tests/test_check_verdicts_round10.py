"""`factfinder check`, verdicts read in session 7 (2026-11-26): the date of a report is not the
date of what it counts ("Human Rights Watch's landmark 1999 study", "In December 1994 the
Commission put the number at"); a count of the whole population is not a count of survivors; a
record sentence that states the text's date for one of its acts does not contradict it; the
proceedings' year of judgment, terms said as "received", "gave", elliptically ("and B 35") or as
an appeal's change ("went from 35 down to 25", "cut that to 15", "both terms were reduced"); an
accused named as the table's brackets name them; a force "cut to" a figure; a comparison of two
parties' killings by scale, which no record statement alike in other words makes.

The one line of false equivalence below is a test fixture written by the team (not a quotation);
it states a falsehood on purpose."""

from __future__ import annotations

import pytest

from tests.test_check_verdicts import chronology_fixture, reference  # noqa: F401 - fixtures
from tests.test_check_verdicts_round9 import read_as_check_text


@pytest.mark.parametrize("text, verdict", [
    # HRW's 1999 "Leave None to Tell the Story": at least 500,000; the UN Commission of Experts
    # (December 1994): about 500,000. The year is the report's, not the killing's.
    ("Human Rights Watch's landmark 1999 study concluded that at least half a million people were killed.",
     "supported"),
    ("In December 1994 the UN Commission of Experts put the number of unarmed civilians murdered at about 500,000.",
     "supported"),
    ("The UN Commission of Experts had put the figure at some 500,000 unarmed civilians in December 1994.",
     "supported"),
])
def test_the_date_of_a_report_is_not_the_date_of_its_count(reference, text, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert "every figure in the record is higher" not in result.explanation


def test_a_period_counted_is_not_a_statement_date():
    from factfinder.check.verdicts import _statement_date

    text = "A former interior minister later put the number at some 60,000 for the period up to August 1995."
    at = text.index("August 1995")
    claim = {"text": text, "start": 0}
    assert not _statement_date(claim, {"start": at, "end": at + len("August 1995")})
    text = "In December 1994 the UN Commission of Experts put the number at about 500,000."
    assert _statement_date({"text": text, "start": 0}, {"start": 3, "end": 16})
    text = "Human Rights Watch's 1995 world report described the Tutsi as 15 per cent."
    at = text.index("1995")
    assert _statement_date({"text": text, "start": 0}, {"start": at, "end": at + 4})
    text = "In April 1994 the militias put up roadblocks across Kigali."
    assert not _statement_date({"text": text, "start": 0}, {"start": 3, "end": 13})


def test_the_whole_population_is_not_a_count_of_survivors(reference):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, "Human Rights Watch's 1995 world report described the Tutsi as roughly "
                                       "15 per cent of some 7.2 million Rwandans.")
    assert result.verdict == "supported", result.explanation
    assert "survivors" not in result.explanation
    assert "population" in result.explanation


@pytest.mark.parametrize("text, verdict", [
    # Ruggiu: 12 years on 1 June 2000
    ("Georges Ruggiu, a Belgian presenter at RTLM, pleaded guilty and was sentenced to 12 years in 2003.",
     "contradicted"),
    ("Georges Ruggiu was sentenced to 12 years in 2000.", "supported"),
    # the year of an arrest is not the judgment's
    ("Jean-Paul Akayesu, arrested in Zambia in 1995, was convicted of genocide.", "supported"),
    # Serugendo: six years (2006); Barayagwiza 35 then 32 on appeal; Ngeze 35 on appeal
    ("Joseph Serugendo, RTLM's technical director, received six years in 2006.", "supported"),
    ("Jean-Bosco Barayagwiza, a member of the station's board, received 32 years, and Hassan Ngeze 35.", "supported"),
    ("Jean-Bosco Barayagwiza received 32 years, and Hassan Ngeze 30.", "contradicted"),
    ("Jean-Bosco Barayagwiza's sentence went from 35 years down to 25.", "contradicted"),
    ("Jean-Bosco Barayagwiza's sentence went from 35 years down to 32.", "supported"),
    # Semanza: 25 years at trial, 35 on appeal
    ("Laurent Semanza was first given 25 years, and the appeal judges cut that to 15.", "contradicted"),
    # Ngenzi and Barahira: life in 2016, confirmed on appeal in 2018
    ("Octavien Ngenzi and Tito Barahira were sentenced to life in 2016; on appeal both terms were reduced to "
     "twenty years.", "contradicted"),
    ("Octavien Ngenzi and Tito Barahira were sentenced to life in 2016; on appeal both terms were upheld.",
     "supported"),
])
def test_the_proceedings_year_and_terms_in_other_words(reference, text, verdict):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation


@pytest.mark.parametrize("text, language, verdict, accused", [
    # the table's row "Philippe Hategekimana (naturalised as Philippe Manier)": life in June 2023,
    # confirmed on appeal in December 2024; not Ildephonse Hategekimana of the ICTR
    ("En décembre 2024, la cour d'assises d'appel a confirmé la réclusion à perpétuité de Philippe Hategekimana.",
     "fr", "supported", "Philippe Hategekimana"),
    ("En décembre 2023, la cour d'assises d'appel a confirmé la réclusion à perpétuité de l'ancien gendarme "
     "Philippe Hategekimana.", "fr", "contradicted", "Philippe Hategekimana"),
    # "Consolata Mukangango (Sister Gertrude)": 15 years in Brussels
    ("Sister Gertrude was sentenced to 15 years.", "en", "supported", "Consolata Mukangango"),
])
def test_an_accused_named_as_the_table_brackets_name_them(reference, text, language, verdict, accused):  # noqa: F811
    index, _ = reference
    result = read_as_check_text(index, text, language)
    assert result.verdict == verdict, result.explanation
    assert accused in result.explanation


def test_a_force_cut_to_a_figure_is_compared_with_the_cut(reference):  # noqa: F811
    index, _ = reference
    # resolution 912 (21 April 1994) cut UNAMIR to about 270
    result = read_as_check_text(index, "The Security Council cut UNAMIR to 2,700 in April.")
    assert result.verdict == "contradicted", result.explanation
    assert "270" in result.explanation
    assert read_as_check_text(index, "The Security Council cut UNAMIR to 270.").verdict == "supported"
    # what the force was cut from does not bear out what it was cut to
    result = read_as_check_text(index, "The Security Council cut its force in Rwanda from 2,500 to just 207.")
    assert result.verdict != "supported", result.explanation


def test_a_comparison_by_scale_is_not_said_by_an_alike_statement(reference):  # noqa: F811
    index, _ = reference
    # test fixture (false equivalence), written by the team
    result = read_as_check_text(index, "Both sides killed on the same scale in 1994.")
    assert result.verdict != "supported", result.explanation
    assert "second_look" not in result.signals


ACCOUNT = ("# The tribunal\n\nThe UN Security Council created the International Criminal Tribunal for Rwanda (ICTR) "
           "by resolution 955 of 8 November 1994. Sitting in Arusha, it held its first trial in 1997 and closed on "
           "31 December 2015.\n")


account = chronology_fixture(ACCOUNT, "The tribunal: an account")


def test_a_record_sentence_with_two_dates_does_not_deny_either(account):
    index, _ = account
    result = read_as_check_text(index, "Sitting in Arusha, Tanzania, the tribunal opened its first trial in 1997.")
    assert result.verdict != "contradicted", result.explanation
    assert "2015" not in result.explanation


@pytest.mark.parametrize("text, expected", [
    ("The ICTR, created by resolution 955 of 8 November 1994, closed on 31 December 2015 after indicting 93 persons.",
     {"close|ictr": ("2015-12-31", "2015-12-31"), "create|ictr": ("1994-11-08", "1994-11-08")}),
    ("Le Tribunal pénal international pour le Rwanda (TPIR), créé le 8 novembre 1994 et fermé fin 2015, n'a "
     "poursuivi aucun membre du FPR.",
     {"close|ictr": ("2015-09-01", "2015-12-31"), "create|ictr": ("1994-11-08", "1994-11-08")}),
    ("The peace agreement, signed at Arusha in August 1992, was a dead letter.",
     {"sign|arusha_agreement": ("1992-08-01", "1992-08-31")}),
    # a span from the act, a closing of something else, another court, no date: no dated act
    ("Between its creation and 2007 the tribunal spent more than a billion US dollars.", {}),
    ("The tribunal closed its doors to new indictments in 2004.", {}),
    ("The ICTR closed the Kabuga case in 2023.", {}),
    ("The military tribunal closed in 2009.", {}),
    ("The gacaca courts closed after ten years.", {}),
])
def test_acts_of_named_things_and_their_dates(text, expected):
    from factfinder.check.retrieve import dated_acts

    assert dict(dated_acts(text)) == expected


def test_a_statement_takes_its_thing_from_the_sentence_before():
    from factfinder.check.retrieve import dated_acts

    said = "Sitting in Arusha, it held its first trial in 1997 and closed on 31 December 2015."
    assert dated_acts(said) == []
    assert dated_acts(said, "ictr") == [("close|ictr", ("2015-12-31", "2015-12-31"))]


@pytest.mark.parametrize("text, language, verdict", [
    # the reference pack: the gacaca courts closed on 18 June 2012
    ("The gacaca courts only closed in 2015.", "en", "contradicted"),
    ("Les juridictions gacaca ont fermé en juin 2012.", "fr", "supported"),
])
def test_the_date_of_one_act_wherever_retrieval_ranks_it(reference, text, language, verdict):  # noqa: F811
    index, _ = reference
    assert "close|gacaca" in index.acts
    result = read_as_check_text(index, text, language)
    assert result.verdict == verdict, result.explanation
    assert "gacaca courts" in result.explanation


@pytest.mark.parametrize("text, verdict", [
    # the account: created 8 November 1994; "it … closed on 31 December 2015" (the ICTR, named before)
    ("The tribunal formally closed in June 2016.", "contradicted"),
    ("The ICTR closed at the end of 2015.", "supported"),
    ("The tribunal closed its doors to new indictments in 2004.", None),
    ("Between its creation and 2007 the tribunal spent more than a billion US dollars.", None),
])
def test_the_closing_of_the_tribunal(account, text, verdict):
    index, _ = account
    result = read_as_check_text(index, text)
    if verdict is None:
        assert result.verdict != "contradicted", result.explanation
    else:
        assert result.verdict == verdict, result.explanation
