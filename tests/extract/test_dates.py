"""Dates in English and French text: styles, ranges, relative dates, and what is not a date."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factfinder.extract.dates import find_dates

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def only(text: str, lang: str = "en", anchor: date | None = None):
    found = find_dates(text, lang, anchor)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def bounds(mention) -> tuple:
    n = mention.normalized
    return n["earliest"], n["latest"], n["precision"]


# --------------------------------------------------------------------------- absolute dates


@pytest.mark.parametrize("text, lang, surface, expected", [
    ("On Apr. 06, 1994, the plane was shot down.", "en", "Apr. 06, 1994", ("1994-04-06", "1994-04-06", "day")),
    ("It began on 6 April 1994.", "en", "6 April 1994", ("1994-04-06", "1994-04-06", "day")),
    ("On June 5, 1994, priests were killed.", "en", "June 5, 1994", ("1994-06-05", "1994-06-05", "day")),
    ("Il est mort le 6 avril 1994.", "fr", "6 avril 1994", ("1994-04-06", "1994-04-06", "day")),
    ("Le 1er juillet 1994, la ville tombe.", "fr", "1er juillet 1994", ("1994-07-01", "1994-07-01", "day")),
    ("Arrivée le 9 janv. 1997.", "fr", "9 janv. 1997", ("1997-01-09", "1997-01-09", "day")),
    ("Wednesday, 6 April 1994 was the day.", "en", "Wednesday, 6 April 1994", ("1994-04-06", "1994-04-06", "day")),
    ("the 6th of April, 1994", "en", "the 6th of April, 1994", ("1994-04-06", "1994-04-06", "day")),
    ("Filed 1994-04-06 in Arusha.", "en", "1994-04-06", ("1994-04-06", "1994-04-06", "day")),
    ("Signed 02.09.1998 in Kigali.", "fr", "02.09.1998", ("1998-09-02", "1998-09-02", "day")),
    ("Report dated 16/04/1994.", "en", "16/04/1994", ("1994-04-16", "1994-04-16", "day")),
    ("Report dated 04/16/1994.", "en", "04/16/1994", ("1994-04-16", "1994-04-16", "day")),
    ("The crisis of April 1994.", "en", "April 1994", ("1994-04-01", "1994-04-30", "month")),
    ("En avril 1994, le génocide commence.", "fr", "avril 1994", ("1994-04-01", "1994-04-30", "month")),
    ("captured in Feb. 1991", "en", "Feb. 1991", ("1991-02-01", "1991-02-28", "month")),
    ("in Sept. 2005", "en", "Sept. 2005", ("2005-09-01", "2005-09-30", "month")),
    ("back in May 2001", "en", "May 2001", ("2001-05-01", "2001-05-31", "month")),
    ("It happened in 1994.", "en", "1994", ("1994-01-01", "1994-12-31", "year")),
    ("a report (1994) says", "en", "1994", ("1994-01-01", "1994-12-31", "year")),
    ("refugees since 1994", "en", "1994", ("1994-01-01", "1994-12-31", "year")),
    ("the 1994 genocide", "en", "1994", ("1994-01-01", "1994-12-31", "year")),
    ("depuis 1959", "fr", "1959", ("1959-01-01", "1959-12-31", "year")),
])
def test_absolute_dates(text, lang, surface, expected):
    mention = only(text, lang)
    assert mention.text == surface
    assert text[mention.start:mention.end] == surface
    assert bounds(mention) == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("by mid-1994", "mid-1994", ("1994-05-01", "1994-08-31", "range")),
    ("in early April 1994", "early April 1994", ("1994-04-01", "1994-04-10", "range")),
    ("in late July 1994", "late July 1994", ("1994-07-21", "1994-07-31", "range")),
    ("at the end of 1995", "the end of 1995", ("1995-09-01", "1995-12-31", "range")),
    ("fin avril 1994", "fin avril 1994", ("1994-04-21", "1994-04-30", "range")),
    ("à la mi-juillet 1994", "la mi-juillet 1994", ("1994-07-11", "1994-07-20", "range")),
    ("in the summer of 1994", "summer of 1994", ("1994-06-01", "1994-08-31", "range")),
    ("autumn 1994", "autumn 1994", ("1994-09-01", "1994-11-30", "range")),
    ("in the 1990s", "the 1990s", ("1990-01-01", "1999-12-31", "decade")),
    ("in the brave new world of the 1990's", "the 1990's", ("1990-01-01", "1999-12-31", "decade")),
    ("in the early 1960s", "the early 1960s", ("1960-01-01", "1963-12-31", "decade")),
    ("dans les années 1980", "les années 1980", ("1980-01-01", "1989-12-31", "decade")),
])
def test_parts_of_periods_and_decades(text, surface, expected):
    mention = only(text, "fr" if "é" in text or "fin" in text else "en")
    assert (mention.text, bounds(mention)) == (surface, expected)


@pytest.mark.parametrize("text, surface, expected", [
    ("killed between April and July 1994", "between April and July 1994", ("1994-04-01", "1994-07-31")),
    ("from 7 April to 15 July 1994", "from 7 April to 15 July 1994", ("1994-04-07", "1994-07-15")),
    ("April–July 1994", "April–July 1994", ("1994-04-01", "1994-07-31")),
    ("April-July 1994", "April-July 1994", ("1994-04-01", "1994-07-31")),
    ("on 7-8 April 1994", "7-8 April 1994", ("1994-04-07", "1994-04-08")),
    ("on April 6-7, 1994", "April 6-7, 1994", ("1994-04-06", "1994-04-07")),
    ("between 6 and 9 April 1994", "between 6 and 9 April 1994", ("1994-04-06", "1994-04-09")),
    ("on 14 or 15 April 1994", "14 or 15 April 1994", ("1994-04-14", "1994-04-15")),
    ("the night of 18 to 19 April 1994", "18 to 19 April 1994", ("1994-04-18", "1994-04-19")),
    ("the years 1990-1994", "1990-1994", ("1990-01-01", "1994-12-31")),
    ("in 1990–94", "1990–94", ("1990-01-01", "1994-12-31")),
    ("from 1959 to 1962", "from 1959 to 1962", ("1959-01-01", "1962-12-31")),
    ("Oct 1990 – Dec 1994", "Oct 1990 – Dec 1994", ("1990-10-01", "1994-12-31")),
    ("April 7–July 15, 1994", "April 7–July 15, 1994", ("1994-04-07", "1994-07-15")),
    ("from December to March 1995", "from December to March 1995", ("1994-12-01", "1995-03-31")),
    ("entre avril et juillet 1994", "entre avril et juillet 1994", ("1994-04-01", "1994-07-31")),
    ("du 7 avril au 15 juillet 1994", "du 7 avril au 15 juillet 1994", ("1994-04-07", "1994-07-15")),
    ("d'avril à juillet 1994", "d'avril à juillet 1994", ("1994-04-01", "1994-07-31")),
    ("entre le 1er janvier et le 31 décembre 1994", "entre le 1er janvier et le 31 décembre 1994",
     ("1994-01-01", "1994-12-31")),
    ("juillet-août 1994", "juillet-août 1994", ("1994-07-01", "1994-08-31")),
    ("de 1995 à fin 2011", "de 1995 à fin 2011", ("1995-01-01", "2011-12-31")),
])
def test_ranges_are_one_mention(text, surface, expected):
    mention = only(text, "fr" if any(w in text for w in ("entre", "du ", "d'", "juillet", "à")) else "en")
    assert mention.text == surface
    assert bounds(mention) == (*expected, "range")


def test_coordinated_days_are_two_mentions():
    found = find_dates("The court sat on 16 and 17 April 2002.")
    assert [(m.text, m.normalized["earliest"]) for m in found] == [
        ("16", "2002-04-16"), ("17 April 2002", "2002-04-17")]


def test_a_date_without_a_year_takes_the_year_before_it():
    text = "The peace shattered in April 1994. On April 6, the plane fell; in early July, Kigali fell."
    found = find_dates(text)
    assert [m.text for m in found] == ["April 1994", "April 6", "early July"]
    assert bounds(found[1]) == ("1994-04-06", "1994-04-06", "day")
    assert found[1].normalized["relative_to"] == found[0].start
    assert bounds(found[2]) == ("1994-07-01", "1994-07-10", "range")
    assert found[1].confidence < found[0].confidence


def test_a_date_without_a_year_and_no_context():
    alone = only("On 6 April, the plane fell.")
    assert alone.normalized["earliest"] is None and alone.confidence <= 0.3
    anchored = only("On 6 April, the plane fell.", anchor=date(1994, 4, 8))
    assert bounds(anchored) == ("1994-04-06", "1994-04-06", "day")


def test_ambiguous_numeric_dates_are_flagged():
    english = only("dated 06/04/1994", "en")
    french = only("daté du 06/04/1994", "fr")
    assert bounds(english) == bounds(french) == ("1994-04-06", "1994-04-06", "day")
    assert english.normalized["ambiguous"] and french.normalized["ambiguous"]
    assert english.confidence < french.confidence < only("dated 16/04/1994").confidence


# --------------------------------------------------------------------------- relative dates


def test_relative_dates_chain_from_the_nearest_anchor():
    text = ("On 6 April 1994 the plane was shot down. The next day, the killings began. "
            "Two days later, the RPF moved. That night it rained. The following month was worse.")
    found = find_dates(text)
    assert [(m.text, m.normalized["earliest"], m.normalized["latest"]) for m in found] == [
        ("6 April 1994", "1994-04-06", "1994-04-06"),
        ("The next day", "1994-04-07", "1994-04-07"),
        ("Two days later", "1994-04-09", "1994-04-09"),
        ("That night", "1994-04-09", "1994-04-09"),
        ("The following month", "1994-05-01", "1994-05-31"),
    ]
    assert [m.normalized["relative_to"] for m in found[1:]] == [m.start for m in found[:-1]]


def test_following_and_previous_days():
    found = find_dates("The massacre took place on 15 April 1994. The following day the RPF came; "
                       "the day before, the bourgmestre had fled; the same day, roads were closed.")
    assert [(m.text, m.normalized["earliest"]) for m in found] == [
        ("15 April 1994", "1994-04-15"), ("The following day", "1994-04-16"),
        ("the day before", "1994-04-15"), ("the same day", "1994-04-15")]


def test_french_relative_dates():
    text = "Le 6 avril 1994, l'avion est abattu. Le lendemain, les tueries commencent. " \
           "Trois jours plus tard, la ville tombe. La veille, il pleuvait."
    found = find_dates(text, "fr")
    assert [(m.text, m.normalized["earliest"]) for m in found] == [
        ("6 avril 1994", "1994-04-06"), ("Le lendemain", "1994-04-07"),
        ("Trois jours plus tard", "1994-04-10"), ("La veille", "1994-04-09")]


def test_a_relative_phrase_in_apposition_restates_the_date():
    found = find_dates("On Apr. 06, 1994, it fell. On Apr. 07, 1994, the next day, he spoke. "
                       "The next day, he attacked.")
    assert [(m.text, m.normalized["earliest"]) for m in found] == [
        ("Apr. 06, 1994", "1994-04-06"), ("Apr. 07, 1994", "1994-04-07"),
        ("the next day", "1994-04-07"), ("The next day", "1994-04-08")]


def test_elapsed_time_moves_the_anchor_and_calendar_units_take_the_whole_unit():
    found = find_dates("autumn 1994. A year later, they came back. The following year, they left.")
    assert [bounds(m) for m in found] == [
        ("1994-09-01", "1994-11-30", "range"), ("1995-09-01", "1995-11-30", "range"),
        ("1996-01-01", "1996-12-31", "year")]


def test_calendar_weeks_and_weekdays():
    found = find_dates("KIGALI, 8 April 1994. On Wednesday the president died; the week before was calm.")
    assert [(m.text, m.normalized["earliest"], m.normalized["latest"]) for m in found] == [
        ("8 April 1994", "1994-04-08", "1994-04-08"),
        ("Wednesday", "1994-04-06", "1994-04-06"),
        ("the week before", "1994-03-28", "1994-04-03")]


def test_a_sentence_opening_with_a_date_is_no_dateline():
    # "On Sunday morning, 7 April 2024," opens a story, not a dispatch: a later "21 April" takes the
    # year of the last full date before it (6 April 1994), not 2024
    text = ("On Sunday morning, 7 April 2024, the flame was lit.\n\nThe plane was shot down on 6 April 1994. The UN "
            "inquiry of 1999 counted the dead. Two weeks into the slaughter, on 21 April, the Council voted.")
    found = {m.text: m.normalized["earliest"] for m in find_dates(text)}
    assert found["21 April"] == "1994-04-21"
    # a real dateline still gives its year to a date far from any other
    text = ("DAR ES SALAAM, 4 August 2003 - Ten years after the accord of 4 August 1993, talks resumed. " +
            "They went on for a long time. " * 8 + "A text was signed on 5 September.")
    assert {m.text: m.normalized["earliest"] for m in find_dates(text)}["5 September"] == "2003-09-05"


def test_relative_day_needs_a_day_to_count_from():
    found = find_dates("In April 1994 the killing began. The next day, nothing.")
    assert found[1].normalized["earliest"] is None and found[1].confidence == 0.2


def test_unresolvable_relative_dates_are_returned_with_low_confidence():
    mention = only("They came yesterday.")
    assert mention.text == "yesterday"
    assert (mention.normalized["earliest"], mention.normalized["latest"]) == (None, None)
    assert mention.confidence < 0.3


def test_yesterday_counts_from_the_document_date():
    found = find_dates("They came yesterday; last year it was worse; il y a trois jours.",
                       anchor=date(2020, 3, 15))
    assert [bounds(m) for m in found] == [
        ("2020-03-14", "2020-03-14", "day"), ("2019-01-01", "2019-12-31", "year"),
        ("2020-03-12", "2020-03-12", "day")]


def test_vague_relative_phrases_are_not_dates():
    assert find_dates("A few days later they left; some years ago it began.") == []
    # hedged, or counted from an event: a duration, left to the figure finder
    assert [m.text for m in find_dates("On 3 May 1994 it began. About three days later, and "
                                       "20 days after the killing began, they fled.")] == [
        "3 May 1994"]


def test_a_dispatch_dates_its_weekdays_and_yearless_days():
    text = ("Refugees cross the border\n\nNAIROBI, May 14, 1994 — Militiamen fired on the camp on "
            "Friday, officials said. In 1990 the war began; the camp opened on 2 May.\n\n"
            "An inquiry began on 11 June.")
    found = find_dates(text)
    assert [(m.text, m.normalized["earliest"]) for m in found] == [
        ("May 14, 1994", "1994-05-14"), ("Friday", "1994-05-13"), ("1990", "1990-01-01"),
        ("2 May", "1994-05-02"), ("11 June", "1994-06-11")]


def test_a_narrative_takes_the_year_of_its_last_full_date_not_of_an_aside():
    text = ("The operation began on 23 June 1994. In 2005, survivors filed a complaint. "
            "On 4 July, the capital fell; on Tuesday 5 July a zone was declared.")
    found = find_dates(text)
    assert [(m.text, m.normalized["earliest"]) for m in found] == [
        ("23 June 1994", "1994-06-23"), ("2005", "2005-01-01"), ("4 July", "1994-07-04"),
        ("Tuesday 5 July", "1994-07-05")]


def test_a_weekday_right_after_a_date_counts_from_it():
    found = find_dates("One case on Tuesday 19 July 1994; by Thursday 250 people had died.")
    assert found[-1].text == "Thursday" and found[-1].normalized["earliest"] == "1994-07-21"


def test_a_relative_day_next_to_a_full_date_names_it():
    found = find_dates("Troops left in June 1994. Three days later, on 30 June, others came. "
                       "On 9 March 1992, the day after she spoke, she was shot.")
    assert [(m.text, m.normalized["earliest"]) for m in found] == [
        ("June 1994", "1994-06-01"), ("Three days later", "1994-06-30"), ("30 June", "1994-06-30"),
        ("9 March 1992", "1992-03-09"), ("the day after", "1992-03-09")]


def test_references_and_symbols_are_not_dates_but_publications_are():
    assert [m.text for m in find_dates(
        "(Verpoorten 2005; Des Forges 1999) resolution 955 (1994); (The Lancet, 1995)")] == ["1995"]


def test_a_strong_preposition_makes_a_year_even_before_a_count_noun():
    assert [m.text for m in find_dates("officers who were in 1994 members of the RPA")] == ["1994"]


# --------------------------------------------------------------------------- not dates


@pytest.mark.parametrize("text", [
    "1,074,017 Tutsis were killed",
    "1994 people died",
    "some 2000 were killed",
    "over 2000 were killed",
    "see p. 1994 and pp. 1990-1994",
    "Resolution No. 1994",
    "a population of 7,099,844",
    "(Verpoorten 2005) and (Des Forges 1999: 15)",
    "the 107th Congress, 1st Session",
    "SAM-16 missiles",
    "born in 1750",
    "They will march 1994 miles.",
])
def test_what_is_not_a_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, lang, surface, expected", [
    ("The war began on the first of October 1990.", "en", "the first of October 1990", ("1990-10-01", "1990-10-01", "day")),
    ("On the twenty-first of April 1994 the force was cut.", "en", "the twenty-first of April 1994",
     ("1994-04-21", "1994-04-21", "day")),
    ("by April the twenty first, 1994", "en", "April the twenty first, 1994", ("1994-04-21", "1994-04-21", "day")),
    ("Le premier octobre 1990, le FPR attaque.", "fr", "premier octobre 1990", ("1990-10-01", "1990-10-01", "day")),
    ("the thirtieth of June 1994", "en", "the thirtieth of June 1994", ("1994-06-30", "1994-06-30", "day")),
])
def test_days_written_as_ordinal_words(text, lang, surface, expected):
    mention = only(text, lang)
    assert (mention.text, bounds(mention)) == (surface, expected)


@pytest.mark.parametrize("text, surface, precision", [
    ("He came first in April 1994.", "April 1994", "month"),      # an ordinal that is no day of the month
    ("the thirty-first of June 1994", "June 1994", "month"),      # no such day: only the month is read
])
def test_an_ordinal_word_is_a_day_only_where_it_names_one(text, surface, precision):
    mention = only(text)
    assert (mention.text, mention.normalized["precision"]) == (surface, precision)


def test_a_day_word_before_its_month_needs_of():
    assert [m.text for m in find_dates("the first October rain, and the second of May 1994")] == [
        "the second of May 1994"]


def test_a_weekday_in_a_message_timestamp_is_no_date():
    """"[lundi 14:33]" is when a message was sent, not the Monday after the last date of the text."""
    assert [m.text for m in find_dates("Le 22 novembre 1992, discours.\n[lundi 14:33] Malick : ok", "fr")] == [
        "22 novembre 1992"]
    assert [m.text for m in find_dates("Le 22 novembre 1992, puis lundi, il parle.", "fr")] == [
        "22 novembre 1992", "lundi"]


def test_may_and_march_are_months_only_when_capitalised():
    assert [m.normalized["precision"] for m in find_dates("Things may 1994 change; May 1994 was hot.")] == [
        "year", "month"]


def test_years_are_between_1800_and_2100():
    assert [m.text for m in find_dates("in 1799, in 1800, in 2100, in 2101")] == ["1800", "2100"]


def test_to_dict_is_the_stored_shape():
    mention = only("on 6 April 1994")
    assert mention.to_dict() == {
        "type": "date", "text": "6 April 1994", "start": 3, "end": 15,
        "normalized": {"earliest": "1994-04-06", "latest": "1994-04-06", "precision": "day"},
        "confidence": mention.confidence}


# --------------------------------------------------------------------------- bad input


def test_empty_and_blank_text():
    assert find_dates("") == []
    assert find_dates(" \n\t ") == []


def test_odd_unicode_keeps_offsets():
    text = "Le\u00a06\u202favril\u00a01994 \u2014 1990\u20131994 \u2014 e\u0301te\u0301 1994 \u2014 \ufb01n 1994"
    found = find_dates(text, "fr")
    assert [m.text for m in found] == ["6\u202favril\u00a01994", "1990\u20131994",
                                       "e\u0301te\u0301 1994", "\ufb01n 1994"]
    assert all(text[m.start:m.end] == m.text for m in found)
    assert bounds(found[2]) == ("1994-06-01", "1994-08-31", "range")


def test_fullwidth_digits_and_ocr_noise():
    assert bounds(only("le \uff16 avril \uff11\uff19\uff19\uff14", "fr"))[:2] == ("1994-04-06", "1994-04-06")
    assert only("in l994 the war").normalized["earliest"] == "1994-01-01"


@pytest.mark.parametrize("text", [
    "1" * 200_000, "1-" * 20_000, "April " * 10_000, "the next day " * 5_000,
    "6 April 1994 " * 5_000, " " * 200_000 + "1994", "l'" * 50_000, "e\u0301" * 50_000,
])
def test_adversarial_input_is_linear(text):
    """Thousands of anchors in a short text: no pattern may backtrack without bound."""
    started = time.process_time()
    find_dates(text)
    assert time.process_time() - started < 5


# --------------------------------------------------------------------------- properties

_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth"]


def _ordinal(day: int) -> str:
    if day <= 20:
        return _ORDINALS[day - 1]
    return "thirtieth" if day == 30 else ("twenty-" if day < 30 else "thirty-") + _ORDINALS[day % 10 - 1]


_STYLES = {
    "day month year": lambda d: f"{d.day} {_EN_MONTHS[d.month - 1]} {d.year}",
    "month day, year": lambda d: f"{_EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    "abbreviated": lambda d: f"{_EN_MONTHS[d.month - 1][:3]}. {d.day:02d}, {d.year}",
    "french": lambda d: f"{'1er' if d.day == 1 else d.day} {_FR_MONTHS[d.month - 1]} {d.year}",
    "iso": lambda d: d.isoformat(),
    "day-first slashes": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "day-first dots": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "weekday": lambda d: f"{d.strftime('%A')}, {d.day} {_EN_MONTHS[d.month - 1]} {d.year}",
    "ordinal word": lambda d: f"the {_ordinal(d.day)} of {_EN_MONTHS[d.month - 1]} {d.year}",
    "month, ordinal word": lambda d: f"{_EN_MONTHS[d.month - 1]} the {_ordinal(d.day).replace('-', ' ')}, {d.year}",
}


@FAST
@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from(sorted(_STYLES)), st.sampled_from(["On {} it began.", "({})", "{}"]))
def test_formatted_dates_parse_back(day, style, frame):
    written = _STYLES[style](day)
    text = frame.format(written)
    mention = only(text, "fr" if style == "french" else "en")
    assert mention.text == written
    assert bounds(mention) == (day.isoformat(), day.isoformat(), "day")


@FAST
@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2100, 12, 31)))
def test_formatted_months_parse_back(day):
    mention = only(f"in {_EN_MONTHS[day.month - 1]} {day.year}")
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    assert bounds(mention) == (first.isoformat(), last.isoformat(), "month")


_DATEISH = st.lists(st.sampled_from(
    ["6", "1994", "April", "avril", "the", "next", "day", "-", "–", " ", ",", ".", "/", "mid",
     "early", "between", "and", "to", "1er", "le", "lendemain", "two", "days", "later", "s", "'",
     "\u00a0", "1990", "94", "12", "31", "Feb.", "of", "yesterday", "Wednesday", "first", "twenty",
     "twenty-first", "premier"]), max_size=30).map("".join)


@FAST
@given(st.one_of(st.text(max_size=80), _DATEISH), st.sampled_from(["en", "fr"]),
       st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))))
def test_never_crashes_and_spans_are_exact(text, lang, anchor):
    for mention in find_dates(text, lang, anchor):
        assert text[mention.start:mention.end] == mention.text
        earliest, latest = mention.normalized["earliest"], mention.normalized["latest"]
        assert (earliest is None) == (latest is None)
        if earliest is not None:
            assert earliest <= latest
        assert 0 <= mention.confidence <= 1
