"""`factfinder check`, verdicts read in session 8 (2026-11-26): a record statement restated with
one number changed; a Security Council vote compared with the record's vote on the same resolution; a day the record's own sources give differently (the Kabgayi killings on 4
or 5 June 1994, Gisenyi reached between 16 and 18 July); an acquittal in other words ("cleared of
every charge"); a verdict given to proceedings the record holds without one (Kabuga); "almost
50,000" read as a figure just below 50,000, not as a lower bound.

Every fact below is the record's (`examples/`, the reference pack, the proceedings table)."""

from __future__ import annotations

import pytest

from tests.test_check_verdicts import chronology_fixture, reference  # noqa: F401 - fixtures
from tests.test_check_verdicts_round9 import assert_verdict, read_as_check_text


@pytest.mark.parametrize("ours, theirs, changed", [
    # one number changed in the same words: found, whichever way either side writes it
    ("In 2008 the military said it had prosecuted 34 soldiers since 1994 for revenge killings.",
     "The Rwandan military said in 2008 that it had prosecuted 43 soldiers in military courts since 1994 for "
     "revenge killings.", ("number", "34", "43")),
    ("UNICEF said 90 000 children were orphaned.", "UNICEF said 95,000 children were orphaned.",
     ("number", "90 000", "95,000")),
    # the same number in other figures, a round figure for a precise one, a day of the month, a scaled figure
    ("Thirteen members voted in favour, one against.", "The vote was 13 members in favour, one against.", None),
    ("UNICEF said 2,500 children were orphaned.", "UNICEF said 2,548 children were orphaned.", None),
    ("The RPF took the town on 18 July and the exodus began.", "The RPF took the town on 16 July and the exodus began.",
     None),
    ("The gacaca courts heard nearly 1.96 million cases before they were shut.",
     "The gacaca courts heard 1,958,634 cases before they were shut.", None),
])
def test_one_number_changed(ours, theirs, changed):
    from factfinder.check.verdicts import _changed_detail

    found = _changed_detail(ours, theirs)
    assert (found[:3] if found else None) == changed


def test_a_number_word_and_its_digits_are_one_number():
    from factfinder.check.verdicts import _detail_number, _detail_stem

    assert _detail_number("thirteen") == _detail_number("13") == 13
    assert _detail_number("neuf") == 9
    assert _detail_number("1,074,017") == _detail_number("1 074 017") == 1074017
    assert _detail_number("93,7") == 93.7
    assert _detail_number("the") is None
    assert _detail_stem("thirteen") == _detail_stem("13")


ACCOUNT = (
    "# 1994: the RPF's advance and the crimes of its soldiers\n\n"
    "- **Early June 1994.** Near Kabgayi, RPF soldiers kill thirteen clergy, among them the Archbishop of Kigali "
    "and the bishops of Kabgayi and Byumba, together with two other civilians. Church records give the date as "
    "5 June; prosecutors in a 2008 Rwandan military trial placed the killings on 4 June.\n"
    "- **Mid-July 1994.** As the RPF reaches Gisenyi (sources give dates between 16 and 18 July), hundreds of "
    "thousands of people flee across the border to Goma in Zaire.\n"
    "- **22 June 1994.** Resolution 929, adopted with ten votes in favour and five abstentions, authorises a "
    "temporary French-led operation under Chapter VII: Opération Turquoise.\n"
    "- **8 November 1994.** Security Council resolution 955 creates the International Criminal Tribunal for "
    "Rwanda (ICTR). The vote is thirteen in favour, one against and one abstention.\n\n"
    "The Rwandan military said in 2008 that it had prosecuted 43 soldiers in military courts since 1994 for war "
    "crimes and revenge killings.\n")


account = chronology_fixture(ACCOUNT, "The RPF's advance: an account")


@pytest.mark.parametrize("text, verdict", [
    # one of the days the record's sources give: a side of their disagreement
    ("RPF soldiers killed thirteen clergy at Kabgayi on 5 June 1994.", "disputed"),
    ("At Kabgayi, on 4 June 1994, RPF soldiers killed the Archbishop of Kigali and twelve other clergy.", "disputed"),
    ("The RPF reached Gisenyi on 18 July 1994, and the crossing into Zaire began.", "disputed"),
    # the period the record gives, without a day: no side taken
    ("RPF soldiers killed thirteen clergy near Kabgayi in early June 1994.", "supported"),
])
def test_a_day_the_record_sources_give_differently(account, text, verdict):
    index, _ = account
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    if verdict == "disputed":
        assert "different days" in result.explanation


def test_another_place_named_in_the_statement_is_not_its_event(account):
    index, _ = account
    # the Archbishop "of Kigali" was killed at Kabgayi: the capture of Kigali is another event
    result = read_as_check_text(index, "The RPF took Kigali on 4 June 1994.")
    assert "different days" not in result.explanation


def test_a_party_statement_restated_with_another_number(account):
    index, _ = account
    result = read_as_check_text(index, "In 2008 Rwanda's military said it had prosecuted 34 soldiers since 1994 "
                                       "for war crimes and revenge killings.")
    assert result.verdict == "contradicted", result.explanation
    assert "'43', not '34'" in result.explanation
    result = read_as_check_text(index, "In 2008 Rwanda's military said it had prosecuted 43 soldiers since 1994 "
                                       "for war crimes and revenge killings.")
    assert result.verdict != "contradicted", result.explanation


@pytest.mark.parametrize("text, verdict, said", [
    # the proceedings table: Kabiligi acquitted by the ICTR; Kabuga's trial stayed (no judgment)
    ("The fourth defendant, Gratien Kabiligi, had already been cleared of every charge at trial.", "supported",
     "acquitted"),
    ("The businessman Félicien Kabuga, accused of backing RTLM, was convicted in 2023.", "contradicted",
     "no judgment"),
])
def test_outcomes_in_other_words_and_proceedings_without_a_judgment(reference, text, verdict, said):  # noqa: F811
    assert_verdict(reference[0], text, verdict, said)


def test_almost_a_figure_is_just_below_it(reference):  # noqa: F811
    index, _ = reference
    # The Lancet (1995): "almost 50,000 refugees died" in the first month; MSF (August 1994): "as many as
    # 80,000". Almost 50,000 is one side of that disagreement, not a figure the two agree on.
    result = read_as_check_text(index, "Almost 50,000 refugees died around Goma in the first month, mostly of "
                                       "cholera and dysentery.")
    assert result.verdict == "disputed", result.explanation
    entries = [e for e in index.quantities["refugee_deaths"] if e["asserted_by"] == "Goma Epidemiology Group"]
    assert [(e["low"], e["high"]) for e in entries] == [(50000, 50000)]


@pytest.mark.parametrize("text, tally", [
    ("The vote was thirteen in favour, one against and one abstention.", {"for": 13, "against": 1, "abstain": 1}),
    ("The Council adopted resolution 929 by twelve votes to none, with three abstentions.",
     {"for": 12, "against": 0, "abstain": 3}),
    ("La résolution 929 a été adoptée par dix voix pour et cinq abstentions.", {"for": 10, "abstain": 5}),
    ("Resolution 955 was adopted unanimously.", {"unanimous": 1}),
    # a court's unanimity is no Council vote; abstentions named by country are not read as a count
    ("The Security Council's tribunal: the Chamber unanimously found Akayesu guilty.", None),
    ("Nigeria and Rwanda abstained; the other thirteen members of the Council voted in favour.", None),
])
def test_council_votes_are_read(text, tally):
    from factfinder.check.verdicts import vote_tally

    assert vote_tally(text) == tally


@pytest.mark.parametrize("text, verdict", [
    ("Resolution 929 was adopted by ten votes in favour and five abstentions.", "supported"),
    ("Resolution 929 passed unanimously, authorising a French-led operation.", "contradicted"),
    ("Resolution 955 was adopted by twelve votes to none, with three abstentions.", "contradicted"),
    ("The Council created the tribunal by resolution 955, by thirteen votes to one with one abstention.", "supported"),
])
def test_a_council_vote_is_compared_with_the_record(account, text, verdict):
    index, _ = account
    result = read_as_check_text(index, text)
    assert result.verdict == verdict, result.explanation
    assert "vote" in result.explanation or verdict == "supported"
