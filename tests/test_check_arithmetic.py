"""Arithmetic re-done (factfinder.check.arithmetic): stated relations between a text's
figures, computed again, with hedges, and with the category of what each operand counts."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factfinder.check.arithmetic import check_arithmetic
from factfinder.check.model import ArithmeticFinding
from factfinder.extract.dates import find_dates
from factfinder.extract.figures import find_figures

SEED_PARAGRAPH = (
    "According to the officially-accepted U.S., U.N. and RPF (Kagame, Tutsi) narrative, 1,074,017 "
    "Tutsis were killed. However, the total population of Rwanda was 7,099,844. Tutsis comprised "
    "8.4% or 596,387. Therefore, the RPF / U.N. / U.S. / Tutsi claim is twice the total number of "
    "Tutsis available to kill!"
)


@pytest.fixture(scope="module")
def extractor():
    from factfinder.extract.pipeline import Extractor
    return Extractor()


@pytest.fixture(scope="module")
def check(extractor):
    def run(text: str, language: str = "en") -> list[ArithmeticFinding]:
        mentions = extractor.extract(text, language, [(0, len(text))]).mentions
        findings = check_arithmetic(text, mentions, language)
        for finding in findings:
            assert text[finding.start:finding.end] == finding.text
            for operand in finding.operands:
                assert text[operand.start:operand.end] == operand.text
        return findings
    return run


def only(findings: list[ArithmeticFinding], kind: str) -> ArithmeticFinding:
    matching = [f for f in findings if f.kind == kind]
    assert len(matching) == 1, findings
    return matching[0]


# --------------------------------------------------------------------------- the canonical case


def test_seed_twice_is_1_80_and_compares_victims_with_a_population(check):
    finding = only(check(SEED_PARAGRAPH), "multiple")
    assert finding.stated == "twice"
    assert finding.stated_value == 2
    assert finding.computed == pytest.approx(1074017 / 596387, abs=1e-3)
    assert finding.consistent is False
    assert [o.value for o in finding.operands] == [1074017, 596387]
    assert finding.text.startswith("1,074,017") and finding.text.endswith("the total number of Tutsis")
    assert "victims" in finding.category_mismatch and "Tutsi population" in finding.category_mismatch
    assert "1990" in finding.operands[0].counts and "every group" in finding.operands[0].counts
    assert finding.explanation.startswith("1,074,017 ÷ 596,387 = 1.80, not 2; and the first counts")


def test_seed_census_share_is_consistent(check):
    finding = only(check(SEED_PARAGRAPH), "percentage")
    assert finding.stated_value == 8.4
    assert finding.computed == pytest.approx(8.40, abs=0.01)
    assert finding.consistent is True
    assert [o.value for o in finding.operands] == [596387, 7099844]
    assert finding.category_mismatch is None


def test_french_deux_fois_with_the_figure_in_parentheses(check):
    text = "Le bilan officiel de 1 074 017 morts représente deux fois le nombre de Tutsi recensés (596 387)."
    finding = only(check(text, "fr"), "multiple")
    assert finding.stated == "deux fois"
    assert finding.computed == pytest.approx(1.8009, abs=1e-3)
    assert finding.consistent is False
    assert finding.category_mismatch is not None
    assert finding.text == "1 074 017 morts représente deux fois le nombre de Tutsi recensés (596 387"


# --------------------------------------------------------------------------- multiples


def test_twice_for_1_95_is_consistent(check):
    text = "In Goma 1,950,000 refugees were registered, twice the 1,000,000 registered in Bukavu."
    finding = only(check(text), "multiple")
    assert finding.computed == pytest.approx(1.95)
    assert finding.consistent is True
    assert finding.category_mismatch is None


def test_three_times_for_2_5_refugees_versus_killed(check):
    text = "The number of refugees, 2 million, was three times the number killed (800,000)."
    finding = only(check(text), "multiple")
    assert finding.stated_value == 3
    assert finding.computed == pytest.approx(2.5)
    assert finding.consistent is False
    assert finding.category_mismatch == "the first counts refugees, the second people killed"
    assert finding.explanation == ("2 million ÷ 800,000 = 2.50, not 3; and the first counts refugees, "
                                   "the second people killed.")


def test_round_figures_carry_their_rounding_into_the_ratio(check):
    # 1 million / 300,000 = 3.33: "three times" is fair for figures rounded to one digit,
    # but not for 1,074,017 / 596,387 = 1.80 against "twice" (see the seed test)
    finding = only(check("The death toll of 1 million is three times the 300,000 estimated by some."),
                   "multiple")
    assert finding.computed == pytest.approx(3.3333, abs=1e-3)
    assert finding.consistent is True


def test_more_than_twice_is_a_lower_bound(check):
    text = "The 1,200,000 refugees in Goma were more than twice the 500,000 refugees in Bukavu."
    finding = only(check(text), "multiple")
    assert finding.stated == "more than twice"
    assert finding.computed == pytest.approx(2.4)
    assert finding.consistent is True


def test_more_than_three_times_fails_for_2_4(check):
    text = "The 1,200,000 refugees in Goma were more than three times the 500,000 refugees in Bukavu."
    finding = only(check(text), "multiple")
    assert finding.consistent is False
    assert "which is not more than three times" in finding.explanation


def test_nearly_twice_accepts_1_85(check):
    text = "The 370,000 detainees held in 1998 were nearly twice the 200,000 detainees held in 1996."
    finding = only(check(text), "multiple")
    assert finding.computed == pytest.approx(1.85)
    assert finding.consistent is True


def test_tenfold_increase(check):
    text = "The number of detainees, 120,000, was a tenfold increase on the 12,000 held in 1994."
    finding = only(check(text), "multiple")
    assert finding.stated_value == 10
    assert finding.computed == pytest.approx(10)
    assert finding.consistent is True


def test_french_trois_fois_plus_refugees_than_killed(check):
    text = "Les 2 000 000 réfugiés étaient trois fois plus nombreux que les 500 000 tués."
    finding = only(check(text, "fr"), "multiple")
    assert finding.computed == pytest.approx(4)
    assert finding.consistent is False
    assert finding.category_mismatch == "the first counts refugees, the second people killed"


# --------------------------------------------------------------------------- fractions and shares


def test_one_in_four_of_a_whole_stated_first(check):
    text = "Of the 120,000 detainees, 30,000, one in four, were minors."
    finding = only(check(text), "fraction")
    assert finding.stated == "one in four"
    assert finding.stated_value == 0.25
    assert finding.computed == pytest.approx(0.25)
    assert finding.consistent is True


def test_french_la_moitie(check):
    text = "Les 200 000 enfants tués représentent la moitié des 600 000 victimes."
    finding = only(check(text, "fr"), "fraction")
    assert finding.computed == pytest.approx(1 / 3, abs=1e-3)
    assert finding.consistent is False
    assert "33.3% of 600 000, not la moitié" in finding.explanation


def test_percentage_of_a_population_stated_after(check):
    text = "An estimated 500,000 Tutsi were killed, about 75% of the Tutsi population of 657,000."
    finding = only(check(text), "percentage")
    assert finding.stated == "about 75%"
    assert finding.computed == pytest.approx(76.10, abs=0.01)
    assert finding.consistent is True
    assert [o.value for o in finding.operands] == [500000, 657000]


def test_percentage_that_does_not_follow_from_its_figures(check):
    text = "An estimated 500,000 Tutsi were killed, 90% of the Tutsi population of 657,000."
    finding = only(check(text), "percentage")
    assert finding.consistent is False
    assert finding.explanation == "500,000 ÷ 657,000 = 76.1%, not 90%."


def test_share_over_100_percent_of_a_census_population(check):
    text = ("The 1991 census counted 596,387 Tutsi. By July 1994, 800,000 Tutsi had been killed, "
            "134% of the Tutsi population.")
    finding = only(check(text), "percentage")
    assert [o.value for o in finding.operands] == [800000, 596387]
    assert finding.computed == pytest.approx(134.14, abs=0.01)
    assert finding.consistent is True


def test_french_share_of_a_population_stated_in_an_earlier_sentence(check):
    text = ("En 1991, le recensement comptait 596 387 Tutsi. En 1994, 500 000 Tutsi ont été tués, "
            "soit 95 % de la population tutsi.")
    finding = only(check(text, "fr"), "percentage")
    assert finding.computed == pytest.approx(83.84, abs=0.01)
    assert finding.consistent is False


def test_french_pourcentage_soit(check):
    text = "Les Tutsi représentaient 8,4 % de la population de 7 099 844 habitants, soit 596 387 personnes."
    finding = only(check(text, "fr"), "percentage")
    assert finding.computed == pytest.approx(8.4, abs=0.01)
    assert finding.consistent is True


def test_french_pourcentage_wrong(check):
    text = "Les Tutsi représentaient 14 % de la population de 7 099 844 habitants, soit 596 387 personnes."
    finding = only(check(text, "fr"), "percentage")
    assert finding.consistent is False


def test_x_of_y(check):
    finding = only(check("Only 300 of the 1,200 detainees were tried."), "x_of_y")
    assert finding.text == "300 of the 1,200"
    assert finding.computed == pytest.approx(0.25)
    assert finding.consistent is True


def test_x_of_y_part_larger_than_whole(check):
    finding = only(check("Some 1,500 of the 1,200 detainees were tried."), "x_of_y")
    assert finding.consistent is False
    assert "larger than the whole" in finding.explanation


# --------------------------------------------------------------------------- sums, differences, rates


def test_sum_of_parts(check):
    text = "At Murambi 40,000 were killed, at Nyarubuye 20,000 and at Ntarama 5,000, a total of 65,000."
    finding = only(check(text), "sum")
    assert finding.computed == 65000
    assert finding.consistent is True
    assert len(finding.operands) == 3


def test_sum_that_does_not_add_up(check):
    text = "At Murambi 40,000 were killed, at Nyarubuye 20,000 and at Ntarama 5,000, a total of 95,000."
    finding = only(check(text), "sum")
    assert finding.consistent is False
    assert finding.explanation == "40,000 + 20,000 + 5,000 = 65,000, not 95,000."


def test_difference_from_a_range(check):
    text = "The number of detainees rose from 45,000 to 120,000, an increase of 65,000."
    finding = only(check(text), "difference")
    assert finding.computed == 75000
    assert finding.consistent is False


def test_rate_per_day(check):
    text = "Some 800,000 people were killed in 100 days, an average of 8,000 a day."
    finding = only(check(text), "rate")
    assert finding.computed == pytest.approx(8000)
    assert finding.consistent is True


def test_rate_per_day_wrong(check):
    text = "Some 800,000 people were killed in 100 days, an average of 20,000 a day."
    finding = only(check(text), "rate")
    assert finding.consistent is False


def test_ratio_to_one_recomputed_from_census_counts(check):
    text = "Hutu outnumbered Tutsi by about six to one: 6,467,958 against 596,387 in 1991."
    finding = only(check(text), "ratio")
    assert finding.stated == "six to one"
    assert finding.computed == pytest.approx(10.845, abs=1e-2)
    assert finding.consistent is False


def test_ratio_between_refugees_and_survivors_names_the_mismatch(check):
    text = "The 2,000,000 refugees outnumbered the 500,000 survivors by four to one."
    finding = only(check(text), "ratio")
    assert finding.consistent is True
    assert finding.category_mismatch == "the first counts refugees, the second survivors"


def test_doubled_from_to(check):
    text = "The number of detainees doubled from 60,000 to 130,000 between 1995 and 1997."
    finding = only(check(text), "multiple")
    assert finding.text == "doubled from 60,000 to 130,000"
    assert finding.computed == pytest.approx(2.1667, abs=1e-3)
    assert finding.consistent is False


def test_twice_as_many_refers_back(check):
    text = "Compared with the 500,000 who stayed, 1,000,000 fled, twice as many."
    finding = only(check(text), "multiple")
    assert [o.value for o in finding.operands] == [1_000_000, 500_000]
    assert finding.consistent is True


def test_share_of_whom(check):
    text = "The 1991 census counted 7.1 million Rwandans, of whom 8.4 percent, or 596,387, were Tutsi."
    finding = only(check(text), "percentage")
    assert finding.consistent is True
    assert finding.category_mismatch is None  # Tutsi are a part of the Rwandans counted


def test_share_of_a_whole_stated_first_with_the_share_in_parentheses(check):
    text = "Of the 1,074,017 victims, 934,218 (87%) were identified by name."
    finding = only(check(text), "percentage")
    assert finding.computed == pytest.approx(86.98, abs=0.01)
    assert finding.consistent is True


def test_french_x_des_y_part_larger_than_whole(check):
    finding = only(check("En 2001, 1 500 des 1 200 accusés ont été acquittés.", "fr"), "x_of_y")
    assert finding.text == "1 500 des 1 200"
    assert finding.consistent is False


def test_one_in_seven_of_a_population_stated_before(check):
    text = "In 1994 the population of Rwanda was 7.7 million; about 1 million people, one in seven, were killed."
    finding = only(check(text), "fraction")
    assert finding.computed == pytest.approx(0.1299, abs=1e-3)
    assert finding.consistent is True  # 13.0% for "about" one in seven (14.3%)
    assert finding.category_mismatch is None


# --------------------------------------------------------------------------- date spans


def test_within_six_weeks_to_mid_may(check):
    text = "Roughly 500,000 Tutsi were killed within six weeks, between 7 April and mid-May 1994."
    finding = only(check(text), "date_span")
    assert finding.consistent is True
    assert "34–43 days" in finding.explanation


def test_span_from_the_texts_own_dates_outside_the_killing(check):
    text = "The trial ran from 9 January 1997 to 2 September 1998, in just under three months."
    finding = only(check(text), "date_span")
    assert finding.consistent is False
    assert "601 days" in finding.explanation


def test_100_days_between_7_april_and_mid_july(check):
    text = "About 800,000 people were killed in 100 days between 7 April and mid-July 1994."
    finding = only(check(text), "date_span")
    assert finding.stated == "in 100 days"
    assert finding.consistent is True
    assert finding.text == "in 100 days between 7 April and mid-July 1994"
    assert 95 <= finding.computed <= 105


def test_six_weeks_between_april_and_july_is_wrong(check):
    text = "About 800,000 people were killed in six weeks between 7 April and mid-July 1994."
    finding = only(check(text), "date_span")
    assert finding.consistent is False


def test_seed_less_than_three_months_against_the_record_period(check):
    text = ("On Apr. 07, 1994, Kagame said he would resume the civil war. According to the official "
            "narrative, some one million Tutsis were allegedly killed by genocide-incited Hutus "
            "angered by Habyarimana's plane crash—in less than three months!")
    finding = only(check(text), "date_span")
    assert finding.text == "in less than three months"
    assert finding.stated_value == 3
    assert finding.operands == []
    assert "7 April" in finding.explanation and "88–101 days" in finding.explanation
    assert finding.consistent is True  # 7 April to 4 July is 88 days


def test_french_en_moins_de_trois_mois(check):
    text = "Près de 800 000 personnes ont été tuées en moins de trois mois au Rwanda en 1994."
    finding = only(check(text, "fr"), "date_span")
    assert finding.text == "en moins de trois mois"
    assert finding.consistent is True


def test_dates_in_text_decide_the_span(check):
    text = "The killing lasted from 7 April 1994 until 4 July, in just three months; some 800,000 were killed."
    finding = only(check(text), "date_span")
    assert finding.computed == pytest.approx(2.89, abs=0.01)
    assert finding.consistent is True


def test_a_month_is_not_the_genocide(check):
    text = "Some 800,000 people were killed in one month in Rwanda in 1994."
    assert [f for f in check(text) if f.kind == "date_span"] == []


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize("text,language", [
    ("There were two genocides, in 1994 and 1996 (see p. 12 and note 37).", "en"),
    ("He was arrested twice in 1995 and released in 1996.", "en"),
    ("In 1994, 800,000 people were killed.[12] See pages 45-47.", "en"),
    ("The report, published on 12 May 1999, runs to 1,200 pages.", "en"),
    ("Il a été arrêté deux fois en 1995.", "fr"),
    ("Half of them fled to Zaire.", "en"),
    ("Turnout was 85% in the 1993 elections.", "en"),
    ("The Tutsi made up 8.4% of the population.", "en"),
    ("One in four children lost a parent; half of the 12,000 detainees were released.", "en"),
    ("The trial was completed in less than three months.", "en"),
    ("Article 2 of Resolution 955 (1994) lists three times of war.", "en"),
    ("La moitié des 12 000 détenus ont été libérés en 1998.", "fr"),
])
def test_no_finding_on_figures_that_state_no_relation(check, text, language):
    assert check(text, language) == []


def test_empty_text_and_no_mentions():
    assert check_arithmetic("", []) == []
    assert check_arithmetic("twice the 500 people", []) == []


def test_malformed_mentions_are_ignored():
    text = "About 1,000,000 refugees fled, twice the 500,000 who stayed."
    mentions = [{"type": "figure", "text": "nonsense", "start": 3, "end": 90, "normalized": {}},
                {"type": "figure", "text": "About", "start": 0, "end": 5,
                 "normalized": {"low": None, "high": None}},
                {"type": "date", "text": "x", "start": -1, "end": 0, "normalized": {"earliest": "bad"}}]
    assert check_arithmetic(text, mentions) == []


# --------------------------------------------------------------------------- properties


def rule_mentions(text: str, language: str = "en") -> list[dict]:
    """The extractor's rule-based figures and dates (its mentions without the spaCy pass)."""
    dates = find_dates(text, language)
    return ([f.to_dict() for f in find_figures(text, language, dates=dates)]
            + [d.to_dict() for d in dates])


MULTIPLE_WORDS = {2: ["twice", "double"], 3: ["three times", "triple"], 4: ["four times"],
                  10: ["ten times", "tenfold"]}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.integers(min_value=1_001, max_value=900_000),
       factor=st.sampled_from(sorted(MULTIPLE_WORDS)), data=st.data())
def test_exact_multiples_are_consistent(base, factor, data):
    word = data.draw(st.sampled_from(MULTIPLE_WORDS[factor]))
    text = f"In the south {base * factor:,} people were killed, {word} the {base:,} people killed in the north."
    findings = [f for f in check_arithmetic(text, rule_mentions(text)) if f.kind == "multiple"]
    assert len(findings) == 1
    assert findings[0].consistent is True
    assert findings[0].computed == pytest.approx(factor, rel=1e-3)
    assert [o.value for o in findings[0].operands] == [base * factor, base]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.integers(min_value=1_001, max_value=900_000),
       factor=st.sampled_from([2, 3, 4]),
       off=st.one_of(st.floats(min_value=0.6, max_value=0.85), st.floats(min_value=1.15, max_value=1.5)))
def test_multiples_well_off_are_inconsistent(base, factor, off):
    first = round(base * factor * off)
    word = {2: "twice", 3: "three times", 4: "four times"}[factor]
    text = f"In the south {first:,} people were killed, {word} the {base:,} people killed in the north."
    findings = [f for f in check_arithmetic(text, rule_mentions(text)) if f.kind == "multiple"]
    assert len(findings) == 1
    assert findings[0].consistent is False


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(total=st.integers(min_value=100_000, max_value=9_000_000),
       tenths=st.integers(min_value=11, max_value=900))
def test_exact_shares_are_consistent(total, tenths):
    share = tenths / 10
    part = round(total * share / 100)
    text = f"The population was {total:,}. The Tutsi comprised {share}% or {part:,}."
    findings = [f for f in check_arithmetic(text, rule_mentions(text)) if f.kind == "percentage"]
    assert len(findings) == 1
    assert findings[0].consistent is True
    assert findings[0].computed == pytest.approx(share, abs=0.05)


ARITHMETIC_ALPHABET = st.sampled_from(
    list("0123456789 ,.%;:()-–—'\"\n") + ["twice", " times ", "fold", "half", " of the ", "one in ",
                                          " fois ", "la moitié", " days", " mois", "in less than ",
                                          " a day", "a total of ", "from ", " to ", "increase of ",
                                          "killed", "population", "Tutsi", "1994", " April ", "é"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(ARITHMETIC_ALPHABET, max_size=40), language=st.sampled_from(["en", "fr"]))
def test_arbitrary_text_gives_valid_spans(pieces, language):
    text = "".join(pieces)
    for finding in check_arithmetic(text, rule_mentions(text, language), language):
        assert text[finding.start:finding.end] == finding.text
        assert finding.consistent in (True, False, None)
        for operand in finding.operands:
            assert text[operand.start:operand.end] == operand.text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=200))
def test_any_unicode_text_does_not_crash(text):
    for finding in check_arithmetic(text, rule_mentions(text)):
        assert text[finding.start:finding.end] == finding.text
