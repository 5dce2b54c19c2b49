"""Numbers written in digits and words, in English and French."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factfinder.extract.numbers import Folded, find_numbers, parse_number, parse_quantity

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --------------------------------------------------------------------------- spellers
# Small spellers written independently of the parser, so that round trips test it.

_EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _en_below_thousand(n: int) -> str:
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_EN_ONES[hundreds], "hundred"] + (["and"] if rest else [])
    if rest >= 20:
        words.append(_EN_TENS[rest // 10] + (f"-{_EN_ONES[rest % 10]}" if rest % 10 else ""))
    elif rest:
        words.append(_EN_ONES[rest])
    return " ".join(words)


def spell_en(n: int) -> str:
    parts = []
    for value, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= value:
            parts.append(f"{_en_below_thousand(n // value)} {name}")
            n %= value
    if n:
        parts.append(_en_below_thousand(n))
    return " ".join(parts)


_FR_UNITS = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
             "quinze seize dix-sept dix-huit dix-neuf").split()
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre-vingt"}


def _fr_below_hundred(n: int, final: bool) -> str:
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        if tens == 7 and unit == 1:
            return "soixante et onze"
        return f"{base}-{_FR_UNITS[10 + unit]}"
    base = _FR_TENS[tens]
    if unit == 0:
        return base + ("s" if tens == 8 and final else "")
    if unit == 1 and tens != 8:
        return f"{base} et un"
    return f"{base}-{_FR_UNITS[unit]}"


def _fr_below_thousand(n: int, final: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        cent = "cents" if hundreds > 1 and rest == 0 and final else "cent"
        words.append(cent if hundreds == 1 else f"{_FR_UNITS[hundreds]} {cent}")
    if rest:
        words.append(_fr_below_hundred(rest, final))
    return " ".join(words)


def spell_fr(n: int) -> str:
    parts = []
    millions, n = divmod(n, 10**6)
    if millions:
        parts.append(_fr_below_thousand(millions, True) + (" million" if millions == 1 else " millions"))
    thousands, n = divmod(n, 1000)
    if thousands:
        parts.append("mille" if thousands == 1 else _fr_below_thousand(thousands, False) + " mille")
    if n:
        parts.append(_fr_below_thousand(n, True))
    return " ".join(parts)


def test_spellers_write_what_a_person_writes():
    assert spell_en(1_074_017) == "one million seventy-four thousand seventeen"
    assert spell_en(348) == "three hundred and forty-eight"
    assert spell_fr(80) == "quatre-vingts" and spell_fr(80_000) == "quatre-vingt mille"
    assert spell_fr(71) == "soixante et onze" and spell_fr(97) == "quatre-vingt-dix-sept"
    assert spell_fr(200) == "deux cents" and spell_fr(200_000) == "deux cent mille"


# --------------------------------------------------------------------------- exact values


@pytest.mark.parametrize("text, lang, value", [
    ("1,074,017", "en", 1_074_017),
    ("1.074.017", "en", 1_074_017),
    ("1.074.017", "fr", 1_074_017),
    ("1 074 017", "fr", 1_074_017),
    ("1\u00a0074\u00a0017", "en", 1_074_017),   # no-break space
    ("1\u202f074\u202f017", "fr", 1_074_017),   # narrow no-break space
    ("1\u2009074\u2009017", "en", 1_074_017),   # thin space
    ("forty-eight", "en", 48),
    ("forty eight", "en", 48),
    ("two million", "en", 2_000_000),
    ("one million", "en", 1_000_000),
    ("half a million", "en", 500_000),
    ("a quarter of a million", "en", 250_000),
    ("one and a half million", "en", 1_500_000),
    ("a dozen", "en", 12),
    ("a hundred", "en", 100),
    ("two hundred and fifty thousand", "en", 250_000),
    ("3.5 million", "en", 3_500_000),
    ("1m", "en", 1_000_000),
    ("800k", "en", 800_000),
    ("1.5bn", "en", 1_500_000_000),
    ("2 billion", "en", 2_000_000_000),
    ("huit cent mille", "fr", 800_000),
    ("un million", "fr", 1_000_000),
    ("deux millions", "fr", 2_000_000),
    ("un million et demi", "fr", 1_500_000),
    ("un demi-million", "fr", 500_000),
    ("quarante-huit", "fr", 48),
    ("soixante-dix", "fr", 70),
    ("soixante et onze", "fr", 71),
    ("quatre-vingts", "fr", 80),
    ("quatre-vingt-dix", "fr", 90),
    ("quatre-vingt-dix-sept", "fr", 97),
    ("dix-sept", "fr", 17),
    ("mille", "fr", 1000),
    ("deux mille cinq cents", "fr", 2500),
    ("1,5 milliard", "fr", 1_500_000_000),
    ("2 milliards", "fr", 2_000_000_000),
    ("1 billion", "fr", 10**12),                # the French long scale
    ("8,4", "fr", 8.4),
    ("8.4", "en", 8.4),
    ("\uff11\uff19\uff19\uff14", "en", 1994),   # fullwidth digits
])
def test_parse_number(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text, lang, value", [
    ("1.500", "en", 1.5),     # one dot group: a decimal in English...
    ("1.500", "fr", 1500),    # ...thousands in French
    ("25,000", "fr", 25_000),  # English-style figures quoted in French
    ("2,5", "fr", 2.5),
    ("0,500", "fr", 0.5),
])
def test_separator_conventions(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text, lang, low, high", [
    ("hundreds of thousands", "en", 200_000, 999_999),
    ("tens of thousands", "en", 20_000, 99_999),
    ("thousands", "en", 2_000, 9_999),
    ("several thousand", "en", 2_000, 9_999),
    ("a few hundred", "en", 200, 999),
    ("hundreds", "en", 200, 999),
    ("dozens", "en", 24, 119),
    ("scores", "en", 40, 199),
    ("millions", "en", 2_000_000, 9_999_999),
    ("des centaines de milliers", "fr", 200_000, 999_999),
    ("des dizaines de milliers", "fr", 20_000, 99_999),
    ("plusieurs milliers", "fr", 2_000, 9_999),
    ("des milliers", "fr", 2_000, 9_999),
])
def test_vague_quantities_follow_the_documented_convention(text, lang, low, high):
    quantity = parse_quantity(text, lang)
    assert (quantity.low, quantity.high, quantity.approx) == (low, high, True)
    assert parse_number(text, lang) is None  # not one exact number


@pytest.mark.parametrize("text, value", [
    ("une centaine", 100), ("un millier", 1000), ("une vingtaine", 20), ("une dizaine", 10),
    ("une centaine de milliers", 100_000),
])
def test_french_collective_nouns_are_round_and_approximate(text, value):
    quantity = parse_quantity(text, "fr")
    assert (quantity.low, quantity.high, quantity.approx) == (value, value, True)


@pytest.mark.parametrize("text, lang", [
    ("", "en"), ("   ", "en"), ("hello", "en"), ("twenty twenty", "en"), ("forty-eighth", "en"),
    ("one two", "en"), ("1,074,017 people", "en"), ("deux trois", "fr"),
])
def test_what_is_not_one_number(text, lang):
    assert parse_number(text, lang) is None


# --------------------------------------------------------------------------- finding numbers


def test_find_numbers_gives_exact_spans_and_values():
    text = "Between 800,000 and one million died; some forty-eight were found, then 3.5 million."
    found = find_numbers(text)
    assert [(n.text, n.low) for n in found] == [
        ("800,000", 800_000), ("one million", 1_000_000), ("forty-eight", 48),
        ("3.5 million", 3_500_000)]
    assert all(text[n.start:n.end] == n.text for n in found)
    assert found[0].grouped and found[1].scale == 10**6


def test_ocr_letters_inside_numbers_read_as_digits():
    text = "2O,000 refugees in l994 and 1,OOO more"
    found = find_numbers(text)
    assert [(n.text, n.low) for n in found] == [("2O,000", 20_000), ("l994", 1994), ("1,OOO", 1000)]


def test_a_grammatical_prefix_is_kept_and_the_rest_rescanned():
    found = find_numbers("two three hundred")
    assert [(n.text, n.low) for n in found] == [("two", 2), ("three hundred", 300)]


# --------------------------------------------------------------------------- folding


def test_folding_keeps_offsets_through_combining_marks_and_ligatures():
    text = "re\u0301fugie\u0301s: \ufb01fty, \u0153uvre 1\u202f000 \u2013 2\u00a0000"
    folded = Folded(text)
    assert folded.text == "refugies: fifty, oeuvre 1\u00a0000 \u2013 2\u00a0000"
    assert len(folded.lower) == len(folded.text)
    start = folded.text.index("fifty")
    assert folded.span(start, start + 5) == (text.index("\ufb01"), text.index("\ufb01") + 4)
    assert text[slice(*folded.span(0, 8))] == "re\u0301fugie\u0301s"
    for original in range(len(text) + 1):
        assert 0 <= folded.to_folded(original) <= len(folded.text)


def test_lower_case_copy_keeps_its_length_for_letters_that_lower_to_two():
    folded = Folded("\u0130stanbul 1,000")
    assert len(folded.lower) == len(folded.text)


# --------------------------------------------------------------------------- properties


@FAST
@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_comma_grouped_digits_round_trip(n):
    assert parse_number(f"{n:,}", "en") == n
    assert parse_number(f"{n:,}", "fr") == n


@FAST
@given(st.integers(min_value=0, max_value=10**15 - 1), st.sampled_from(["\u00a0", "\u202f", "\u2009"]))
def test_space_grouped_digits_round_trip(n, space):
    assert parse_number(f"{n:,}".replace(",", space), "fr") == n
    assert parse_number(f"{n:,}".replace(",", space), "en") == n


@FAST
@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_spelled_english_round_trips(n):
    assert parse_number(spell_en(n), "en") == n


@FAST
@given(st.integers(min_value=1, max_value=10**9 - 1))
def test_spelled_french_round_trips(n):
    assert parse_number(spell_fr(n), "fr") == n


# text made of the pieces numbers are built from, so that near-misses are common
_NUMBERISH = st.lists(st.sampled_from(
    list("0123456789,. -–—\u00a0\u202f\u2009%$kmbn") + ["one ", "two ", "hundred ", "thousand ",
                                                        "million ", "and ", "a ", "half ", "of "]
), max_size=40).map("".join)


@FAST
@given(st.one_of(st.text(max_size=80), _NUMBERISH), st.sampled_from(["en", "fr"]))
def test_find_numbers_never_crashes_and_spans_are_exact(text, lang):
    for number in find_numbers(text, lang):
        assert text[number.start:number.end] == number.text
        assert number.low <= number.high


@FAST
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999),
       st.integers(min_value=0, max_value=999), st.sampled_from(["en", "fr"]))
def test_a_number_spelled_in_comma_separated_groups_is_one_number(millions, thousands, units, lang):
    # "one million, seventy-four thousand and seventeen": a comma after a scale word, then the next group
    spell = spell_en if lang == "en" else spell_fr
    head = spell(millions * 10**6)
    tail = spell(thousands * 1000 + units)
    text = f"They counted {head}, {tail} dead."
    found = find_numbers(text, lang)
    assert [(m.text, m.low) for m in found] == [(f"{head}, {tail}", millions * 10**6 + thousands * 1000 + units)]


@pytest.mark.parametrize("text, values", [
    # a list of numbers repeats or grows its scale; a group that skips one is no continuation
    ("one thousand, two thousand, three thousand", [1000, 2000, 3000]),
    ("two million, three hundred", [2_000_000, 300]),
    ("1,000, 2,000", [1000, 2000]),
    ("one million, seventy-four thousand and seventeen", [1_074_017]),
])
def test_comma_separated_numbers_that_are_not_groups_stay_apart(text, values):
    assert [m.low for m in find_numbers(text, "en")] == values
