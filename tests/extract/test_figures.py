"""Figures: numbers that quantify, their ranges, hedges, units and what they count."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factfinder.extract.dates import find_dates
from factfinder.extract.figures import find_figures, split_sentences

from tests.extract.test_numbers import spell_en, spell_fr

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def only(text: str, lang: str = "en"):
    found = find_figures(text, lang)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


def value(figure) -> tuple:
    n = figure.normalized
    return n["low"], n["high"], n["approx"]


# --------------------------------------------------------------------------- the examples


def test_a_range_with_a_shared_thousands_part():
    figure = only("Kagame used the pretext to kill some 25-45,000 Hutus in Rwanda.")
    assert figure.text == "some 25-45,000"
    assert value(figure) == (25_000, 45_000, True)
    assert (figure.normalized["counted"], figure.normalized["group"]) == ("killed", "Hutu")


def test_between_and_is_one_range():
    figure = only("a state-sponsored genocide that left between 800,000 and one million dead.")
    assert figure.text == "between 800,000 and one million"
    assert value(figure) == (800_000, 1_000_000, False)
    assert (figure.normalized["unit"], figure.normalized["counted"]) == ("people", "dead")


@pytest.mark.parametrize("text, surface, expected", [
    ("1,074,017 Tutsis were killed.", "1,074,017", (1_074_017, 1_074_017, False)),
    ("The forty-eight members of his family", "forty-eight", (48, 48, False)),
    ("a massacre of almost 1 million Rwandans", "almost 1 million", (1_000_000, 1_000_000, True)),
    ("two million Hutus fled to Zaire", "two million", (2_000_000, 2_000_000, False)),
    ("he detected some 100 armed troops", "some 100", (100, 100, True)),
    ("In one month, over 3000 youths were murdered.", "over 3000", (3000, None, True)),
    ("25,000 to 45,000 Hutu deaths", "25,000 to 45,000", (25_000, 45_000, False)),
    ("between 500,000–800,000 Tutsi", "between 500,000–800,000", (500_000, 800_000, False)),
    ("500,000-800,000 Tutsi", "500,000-800,000", (500_000, 800_000, False)),
    ("200-300,000 people", "200-300,000", (200_000, 300_000, False)),
    ("between 1 and 1,001 votes", "between 1 and 1,001", (1, 1001, False)),
    ("hundreds of thousands of refugees", "hundreds of thousands", (200_000, 999_999, True)),
    ("at least 250,000 women were raped", "at least 250,000", (250_000, None, False)),
    ("up to 500,000 women", "up to 500,000", (None, 500_000, True)),
    ("fewer than 100 perpetrators", "fewer than 100", (None, 100, True)),
    ("no more than 60 judges", "no more than 60", (None, 60, False)),
    ("nearly two million refugees", "nearly two million", (2_000_000, 2_000_000, True)),
    ("an estimated 800,000 people", "800,000", (800_000, 800_000, True)),
    ("1,000+ people", "1,000+", (1000, None, True)),
    ("200,000 or more refugees", "200,000 or more", (200_000, None, True)),
    ("50 or so soldiers", "50 or so", (50, 50, True)),
    ("2-3 million people were displaced", "2-3 million", (2_000_000, 3_000_000, False)),
    ("between two and three million people", "between two and three million", (2_000_000, 3_000_000, False)),
    ("half a million civilians", "half a million", (500_000, 500_000, False)),
    ("a dozen soldiers", "a dozen", (12, 12, False)),
    ("several thousand orphans", "several thousand", (2000, 9999, True)),
    ("about 120,000 detainees", "about 120,000", (120_000, 120_000, True)),
    ("More than 250,000 Rwandans crossed", "More than 250,000", (250_000, None, True)),
    ("approximately 45,000 victims", "approximately 45,000", (45_000, 45_000, True)),
])
def test_english_figures(text, surface, expected):
    figure = only(text)
    assert figure.text == surface
    assert text[figure.start:figure.end] == surface
    assert value(figure) == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("entre 500 000 et 800 000 Tutsi ont été tués", "entre 500 000 et 800 000", (500_000, 800_000, False)),
    ("de 500 000 à 800 000 personnes", "de 500 000 à 800 000", (500_000, 800_000, False)),
    ("près de 800 000 personnes ont été massacrées", "près de 800 000", (800_000, 800_000, True)),
    ("plus de deux millions de réfugiés", "plus de deux millions", (2_000_000, None, True)),
    ("plus d'un million de réfugiés", "plus d'un million", (1_000_000, None, True)),
    ("au moins 10 000 personnes ont été arrêtées", "au moins 10 000", (10_000, None, False)),
    ("environ 300 000 morts", "environ 300 000", (300_000, 300_000, True)),
    ("jusqu'à 1 million de morts", "jusqu'à 1 million", (None, 1_000_000, True)),
    ("quelque 2 000 soldats", "quelque 2 000", (2000, 2000, True)),
    ("moins de 100 accusés", "moins de 100", (None, 100, True)),
    ("huit cent mille morts", "huit cent mille", (800_000, 800_000, False)),
    ("soixante-dix enfants", "soixante-dix", (70, 70, False)),
    ("quatre-vingt-dix femmes", "quatre-vingt-dix", (90, 90, False)),
    ("une centaine de prêtres", "une centaine", (100, 100, True)),
    ("des centaines de milliers de personnes", "des centaines de milliers", (200_000, 999_999, True)),
    ("deux mille environ", "deux mille environ", (2000, 2000, True)),
    ("un peu plus de 700 détenus", "un peu plus de 700", (700, None, True)),
])
def test_french_figures(text, surface, expected):
    figure = only(text, "fr")
    assert figure.text == surface
    assert value(figure) == expected


# --------------------------------------------------------------------------- percent and money


@pytest.mark.parametrize("text, lang, surface, expected", [
    ("the minority (8.4%) Tutsi", "en", "8.4%", (8.4, 8.4, False)),
    ("Hutus were 91.6 per cent of the population", "en", "91.6 per cent", (91.6, 91.6, False)),
    ("some 14 percent", "en", "some 14 percent", (14, 14, True)),
    ("soit 14 pour cent du budget", "fr", "14 pour cent", (14, 14, False)),
    ("62,77 % des voix", "fr", "62,77 %", (62.77, 62.77, False)),
    ("5-10% of the population", "en", "5-10%", (5, 10, False)),
    ("1 to 2 per cent", "en", "1 to 2 per cent", (1, 2, False)),
    ("half of the victims were children", "en", "half", (50, 50, False)),
    ("about three quarters of the dead", "en", "about three quarters", (75, 75, True)),
    ("two-thirds of the population fled", "en", "two-thirds", (66.67, 66.67, False)),
    ("la moitié des victimes", "fr", "la moitié", (50, 50, False)),
    # « tiers » is singular and plural: it once raised KeyError('tier') and lost the whole document
    ("deux tiers des victimes", "fr", "deux tiers", (66.67, 66.67, False)),
    ("un tiers de la population", "fr", "un tiers", (33.33, 33.33, False)),
    ("trois quarts des morts", "fr", "trois quarts", (75, 75, False)),
])
def test_percentages(text, lang, surface, expected):
    figure = only(text, lang)
    assert (figure.text, value(figure), figure.normalized["unit"]) == (surface, expected, "percent")


@pytest.mark.parametrize("text, lang, surface, amount, currency", [
    ("funded with $1.5 billion from Google", "en", "$1.5 billion", 1_500_000_000, "USD"),
    ("a budget of US$ 2 million", "en", "US$ 2 million", 2_000_000, "USD"),
    ("3.5 million dollars per day", "en", "3.5 million dollars", 3_500_000, "USD"),
    ("a fine of £500", "en", "£500", 500, "GBP"),
    ("coût de 1,5 milliard de francs", "fr", "1,5 milliard de francs", 1_500_000_000, "RWF"),
    ("5 millions de dollars", "fr", "5 millions de dollars", 5_000_000, "USD"),
    ("un salaire de 20 000 francs rwandais", "fr", "20 000 francs rwandais", 20_000, "RWF"),
    ("une amende de 10 000 francs français", "fr", "10 000 francs français", 10_000, "FRF"),
    ("paid FRW 5,000 per month", "en", "FRW 5,000", 5000, "RWF"),
    ("environ 1.644.759.300 dollars", "fr", "environ 1.644.759.300 dollars", 1_644_759_300, "USD"),
])
def test_money(text, lang, surface, amount, currency):
    figure = only(text, lang)
    assert figure.text == surface
    assert (figure.normalized["low"], figure.normalized["unit"], figure.normalized["currency"]) == (
        amount, "money", currency)


# --------------------------------------------------------------------------- what is counted


@pytest.mark.parametrize("text, lang, counted, group, unit", [
    ("1,074,017 Tutsis were killed.", "en", "killed", "Tutsi", "people"),
    ("the RPF reportedly killed 20,000 innocent civilians", "en", "killed", "civilians", "people"),
    ("Hutu militia had just murdered 1000 Tutsis.", "en", "killed", "Tutsi", "people"),
    ("Approximately one million people were systematically tortured, raped, and murdered.", "en",
     "killed", None, "people"),
    ("and thousands more were displaced.", "en", "displaced", None, "people"),
    ("two million Hutus simultaneously fled to Zaire", "en", "refugees", "Hutu", "people"),
    ("the total population of Rwanda was 7,099,844.", "en", "population", None, "people"),
    ("some 100 armed U.S. troops", "en", "troops", None, "people"),
    ("a 6,000-man contingent", "en", "troops", None, "people"),
    ("approximately 45,000 other victims of war crimes", "en", "victims", None, "people"),
    ("The death toll reached 800,000.", "en", "dead", None, "people"),
    ("Women raped: 250,000 to 500,000.", "en", "raped", "women", "people"),
    ("killed 200,000 refugees", "en", "killed", "refugees", "people"),
    ("300 bodies were exhumed", "en", "bodies", None, "people"),
    ("120,000 detainees were held in prisons", "en", "detainees", None, "people"),
    ("some 300 people gathered at the church", "en", "people", None, "people"),
    ("In 1,994 cases the court acquitted the accused.", "en", "cases", None, "count"),
    ("the court built 12 prisons", "en", "prisons", None, "count"),
    ("the 100-day genocide", "en", "days", None, "count"),
    ("in less than three months", "en", "months", None, "count"),
    ("he was sentenced to 35 years", "en", "prison_years", None, "count"),
    ("a 29-year-old colonel", "en", "age", None, "count"),
    ("children aged 12 were taken", "en", "age", None, "count"),
    ("40 km from Kigali", "en", "km", None, "count"),
    ("the five-mile road", "en", "miles", None, "count"),
    ("3,000 survivors gathered", "en", "survivors", None, "people"),
    ("some 95,000 orphans", "en", "orphans", None, "people"),
    ("the ICTR held 61 prisoners", "en", "prisoners", None, "people"),
    ("4 RPF soldiers were tried", "en", "soldiers", None, "people"),
    ("the tribunal had 9,000 cases pending", "en", "cases", None, "count"),
    ("800 000 Tutsi ont été massacrés", "fr", "killed", "Tutsi", "people"),
    ("50 000 personnes ont été tuées", "fr", "killed", None, "people"),
    ("on compte 800 000 victimes", "fr", "victims", None, "people"),
    ("1,2 million de réfugiés", "fr", "refugees", None, "people"),
    ("La guerre a fait 300 000 morts", "fr", "dead", None, "people"),
    ("2 millions de déplacés", "fr", "displaced", None, "people"),
    ("Juvénal Habyarimana, 57 ans, est mort", "fr", "age", None, "count"),
    ("pendant 12 ans", "fr", "years", None, "count"),
    ("condamné à 20 ans de prison", "fr", "prison_years", None, "count"),
    ("une centaine de casques bleus belges", "fr", "peacekeepers", "Belgians", "people"),
])
def test_counted_group_and_unit(text, lang, counted, group, unit):
    figure = only(text, lang)
    assert (figure.normalized["counted"], figure.normalized["group"], figure.normalized["unit"]) == (
        counted, group, unit)


def test_what_is_counted_can_come_from_elsewhere_in_the_sentence():
    found = find_figures("On June 5, 3 bishops, along with 9 priests, 1 friar and 3 girls were gunned "
                         "down by the RPF.")
    assert [(f.text, f.normalized["counted"], f.normalized["group"]) for f in found] == [
        ("3", "killed", "clergy"), ("9", "killed", "clergy"), ("1", "killed", "clergy"),
        ("3", "killed", "girls")]


def test_an_agent_is_not_what_a_verb_counts():
    figure = only("The plane was shot down by two missiles.")
    assert (figure.normalized["counted"], figure.normalized["unit"]) == ("missiles", "count")


def test_sentences_given_by_the_pipeline_limit_the_context():
    text = "They were killed. Then 300 soldiers arrived"
    default = only(text)
    assert default.normalized["counted"] == "soldiers"
    alone = find_figures("Killed were many 300", sentences=[(0, 11), (11, 20)])
    assert alone[0].normalized["counted"] is None
    together = find_figures("Killed were many 300", sentences=[(0, 20)])
    assert together[0].normalized["counted"] == "killed"


def test_sentence_splitter():
    text = "The U.S. sent 100 troops. Dr. Smith counted 5. Then (p. 4) it ended.\nNew line"
    assert [text[s:e].strip() for s, e in split_sentences(text)] == [
        "The U.S. sent 100 troops.", "Dr. Smith counted 5.", "Then (p. 4) it ended.", "New line"]


# --------------------------------------------------------------------------- not figures


@pytest.mark.parametrize("text", [
    "It happened in 1994.",
    "between 1990-1994 and in the 1990s",
    "On 6 April the plane fell.",
    "as the report says.[37]",
    "the minority [36] and [658]",
    "(pp. 9-10)",
    "see p. 45 and paras. 12-15",
    "Article 2 of the Convention",
    "Security Council Resolution 955",
    "resolution 935 (1994)",
    "Case No. ICTR-96-4-T",
    "document S/1994/1405",
    "Serial No. 107-16",
    "H. Hrg. 107-16",
    "SAM-16 missiles",
    "the G-3 office",
    "the 107th Congress, 1st Session",
    "Call +250 788 30 50 20 today",
    "at 10:30 on the day",
    "vers 20 h 30",
    "1. Introduction",
    "12) The Commission",
    "Witness 31 testified",
    "four times their capacity",
    "one of the judges",
    "no one was there",
    "(Des Forges 1999: 15)",
    "(Verpoorten 2005)",
    "a quarter of a century",
    "the forty-eighth day",
])
def test_what_is_not_a_figure(text):
    assert find_figures(text, "fr" if "vers" in text else "en") == []


def test_french_articles_are_not_figures():
    assert find_figures("une patrouille et un soldat", "fr") == []


def test_one_before_a_counted_noun_is_a_figure():
    assert value(only("At the camp one case was reported.")) == (1, 1, False)


def test_a_number_in_a_name_is_not_a_figure():
    assert find_figures("The Falcon 50 carrying the president was shot down.") == []
    assert [f.text for f in find_figures("In Kigali 300 people died.")] == ["300"]


def test_a_hedged_duration_is_a_figure_not_a_date():
    found = find_figures("About three days later they fled; about 20 days after the killing began.")
    assert [(f.text, f.normalized["counted"]) for f in found] == [
        ("About three", "days"), ("about 20", "days")]


def test_a_hedge_after_an_elided_preposition():
    assert only("La Croix-Rouge parle d'au moins 1 000 morts.", "fr").text == "au moins 1 000"


def test_vague_quantities_after_a_verb():
    figure = only('RPF troops "may have slaughtered tens of thousands" during the war')
    assert (figure.text, value(figure), figure.normalized["counted"]) == (
        "tens of thousands", (20_000, 99_999, True), "killed")


def test_a_year_used_as_a_count_is_a_figure():
    assert value(only("In all, 1994 people died.")) == (1994, 1994, False)
    assert find_figures("The 1994 genocide") == []


def test_dates_already_found_can_be_passed_in():
    text = "On 6 April 1994, 300 people died."
    dates = find_dates(text)
    assert [f.text for f in find_figures(text, dates=dates)] == ["300"]
    assert [f.text for f in find_figures(text, dates=[])] == ["6", "300"]


def test_to_dict_is_the_stored_shape():
    figure = only("some 25-45,000 Hutus were killed")
    assert figure.to_dict() == {
        "type": "figure", "text": "some 25-45,000", "start": 0, "end": 14,
        "normalized": {"low": 25_000, "high": 45_000, "approx": True, "unit": "people",
                       "counted": "killed", "group": "Hutu"},
        "confidence": figure.confidence}
    assert 0 < figure.confidence <= 1


# --------------------------------------------------------------------------- bad input


def test_empty_and_blank_text():
    assert find_figures("") == []
    assert find_figures(" \n ") == []


def test_odd_unicode_keeps_offsets_and_values():
    text = ("Some 25\u00a0000 re\u0301fugie\u0301s; 500,000\u2013800,000 Tutsi; "
            "\uff11,\uff10\uff17\uff14,\uff10\uff11\uff17 victims; \ufb01fty soldiers \u2014 30\u202f000 dead")
    found = find_figures(text)
    assert [(f.text, f.normalized["low"], f.normalized["high"]) for f in found] == [
        ("Some 25\u00a0000", 25_000, 25_000),
        ("500,000\u2013800,000", 500_000, 800_000),
        ("\uff11,\uff10\uff17\uff14,\uff10\uff11\uff17", 1_074_017, 1_074_017),
        ("\ufb01fty", 50, 50),
        ("30\u202f000", 30_000, 30_000),
    ]
    assert all(text[f.start:f.end] == f.text for f in found)
    assert found[0].normalized["counted"] == "refugees"


def test_ocr_noise():
    found = find_figures("Some 2O,000 refu-\ngees died in l994; Tutsi5 and 1,O74,O17 were killed.")
    assert [(f.text, f.normalized["low"]) for f in found] == [("Some 2O,000", 20_000),
                                                              ("1,O74,O17", 1_074_017)]


# report prose at the density of figures and dates that reports have
_GENRE_PARAGRAPH = (
    "According to the commission, between 800,000 and one million people were killed from "
    "April to July 1994, most of them Tutsi, in a campaign that the interim government, the "
    "army and the militias organised in every prefecture. Witnesses described roadblocks "
    "where identity cards were checked, and churches, schools and hospitals where those who "
    "had sought refuge were attacked with grenades, firearms and machetes. The report adds "
    "that soldiers of the Rwandan Patriotic Front killed some 25-45,000 Hutu civilians in "
    "reprisals and in operations against militias, which the tribunal never prosecuted [12]. "
    "Nearly two million refugees fled to Zaire and Tanzania, where cholera spread through "
    "the camps around Goma within days (pp. 9-10). Le 6 avril 1994, les barrages se "
    "multiplient dans la capitale, et les habitants restent chez eux. ")


@pytest.mark.slow
def test_a_five_megabyte_single_line_finishes_in_seconds():
    text = (_GENRE_PARAGRAPH * (5_000_000 // len(_GENRE_PARAGRAPH) + 1))[: 5_000_000]
    assert len(text) == 5_000_000
    started = time.process_time()
    figures = find_figures(text)
    elapsed = time.process_time() - started
    assert elapsed < 20, f"{elapsed:.1f} s of CPU for 5 MB"
    per_paragraph = find_figures(_GENRE_PARAGRAPH)
    assert [f.text for f in per_paragraph] == [
        "between 800,000 and one million", "some 25-45,000", "Nearly two million"]
    assert len(figures) == 3 * (len(text) // len(_GENRE_PARAGRAPH)) + len(
        find_figures(text[len(text) // len(_GENRE_PARAGRAPH) * len(_GENRE_PARAGRAPH):]))
    assert all(text[f.start:f.end] == f.text for f in figures[::997])


@pytest.mark.parametrize("text", [
    "1" * 100_000, "1," + "000," * 10_000, "111 " * 10_000, "one " * 10_000, "1-" * 20_000,
    "thousands of " * 4_000, " " * 100_000 + "1994", "[1]" * 10_000, "1% " * 10_000,
    "e\u0301" * 20_000, "\u2013" * 100_000, "a1b2c3" * 10_000,
])
def test_adversarial_input_is_linear(text):
    """Tens of thousands of numbers in 40 KB: no pattern may backtrack without bound."""
    started = time.process_time()
    find_figures(text, "fr")
    find_figures(text, "en")
    assert time.process_time() - started < 10


# --------------------------------------------------------------------------- properties


@FAST
@given(st.integers(min_value=2, max_value=10**12))
def test_grouped_numbers_in_a_sentence(n):
    figure = only(f"The report says {n:,} civilians were killed.")
    assert value(figure) == (n, n, False)
    assert figure.normalized["counted"] == "killed"


@FAST
@given(st.integers(min_value=2, max_value=10**9))
def test_spelled_numbers_in_a_sentence(n):
    english = only(f"They counted {spell_en(n)} refugees.")
    french = only(f"Ils ont compté {spell_fr(n)} réfugiés.", "fr")
    assert value(english) == value(french) == (n, n, False)


@FAST
@given(st.integers(min_value=1000, max_value=10**8), st.integers(min_value=1, max_value=10**8))
def test_ranges_in_a_sentence(a, b):
    low, high = a, a + b  # a low end under 1000 may share the high end's thousands (above)
    figure = only(f"It left between {low:,} and {high:,} dead.")
    assert figure.text == f"between {low:,} and {high:,}"
    assert value(figure) == (low, high, False)


_FIGUREISH = st.lists(st.sampled_from(
    ["1", "25", "45,000", "800", "-", "–", " ", ",", ".", "%", "$", "between", "and", "to", "some",
     "over", "one", "million", "thousands", "of", "killed", "Tutsi", "[", "]", "pp.", "(", ")",
     "1994", "April", "\u00a0", "000", "per cent", "francs", "half", "the", "1er", "entre", "et"]),
    max_size=30).map("".join)


@FAST
@given(st.one_of(st.text(max_size=80), _FIGUREISH), st.sampled_from(["en", "fr"]))
def test_never_crashes_and_spans_are_exact(text, lang):
    for figure in find_figures(text, lang):
        assert text[figure.start:figure.end] == figure.text
        low, high = figure.normalized["low"], figure.normalized["high"]
        assert low is not None or high is not None
        if low is not None and high is not None:
            assert low <= high
        assert figure.normalized["unit"] in ("people", "percent", "money", "count")
        assert 0 < figure.confidence <= 1
