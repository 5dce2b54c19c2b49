"""Dates in English and French text, with exact spans and ISO bounds.

:func:`find_dates` returns one :class:`DateMention` per date expression: full dates in
the usual styles ("6 April 1994", "Apr. 06, 1994", "Wednesday, 6 April 1994", "le 1er
juillet 1994", "06/04/1994", "1994-04-06"), months ("April 1994"), years ("in 1994",
"(1994)", "the 1994 genocide"), parts of a period ("mid-1994", "early April 1994", "the
end of 1995", "la mi-juillet", "summer of 1994"), decades ("the 1990s", "les années
1990"), ranges as one mention with their opening word ("between April and July 1994",
"from 7 April to 15 July 1994", "7-8 April 1994", "14 or 15 April", "1990-1994", "Oct 1990
– Dec 1994", "entre le 1er janvier et le 31 décembre 1994"), and relative dates ("the
next day", "two days later", "that night", "Wednesday", "le lendemain", "la veille").
A preposition before a date stays outside its span ("on 6 April 1994" -> "6 April
1994"); an article that belongs to it stays inside ("the next day", "la mi-juillet").

Conventions
-----------
* ``normalized`` holds ``earliest`` and ``latest`` (ISO ``YYYY-MM-DD``, or None when the
  text does not tell) and ``precision``: ``day``, ``month``, ``year``, ``range`` or
  ``decade``. Parts of a month are thirds (early 1-10, mid 11-20, late and "the end of"
  21-end), parts of a year are thirds (early January-April, mid May-August, late
  September-December), parts of a decade are early 0-3, mid 4-6, late 7-9. Seasons are
  northern meteorological seasons (spring March-May, summer June-August, autumn
  September-November).
* A date without a year ("On April 6", "in early July") takes the year of the last
  preceding date with a day or a month ("June 4, 1994"), not of a lone year mentioned in
  passing; in a dispatch ("KIGALI, 24 October 2008 --") a date not next to such a date
  is in the dispatch's year. ``normalized["relative_to"]`` is the start offset of the
  date that gave the year. With no such date it takes the year of ``anchor`` (the
  document's date) with lower confidence, or stays unresolved. "on 16 and 17 April
  2002" is two mentions, "16" taking the month and year after it.
* Relative dates count from the nearest preceding resolved date of fine enough
  precision ("the next day" needs a day; "that day" after "in late July" looks back a
  few lines for one); their ``relative_to`` is that date's start offset. "the following
  month" is the whole next calendar month, "a year later" moves the anchor's own extent
  (after "autumn 1994" it is autumn 1995). A relative day set off by a comma next to a
  full date names that date ("On 7 April 1994, the next day, ...", "trois jours plus
  tard, le 30 juin"). Weekdays ("on Friday", "mercredi") are the nearest day of that
  name, or in a dispatch the last one before its dateline. "yesterday", "last year", "il
  y a trois jours" count from ``anchor``, else from the dateline or the last date, else
  they are returned unresolved (earliest/latest None, confidence 0.2). Relative phrases
  counted from an event ("the day after the attack") get a low confidence; hedged or
  event-bound elapsed times ("about three days later", "20 days after the killing
  began") are durations for the figure finder, not dates; so is anything vague ("a few
  days later"). "today" and "now" are left out: in reports they mostly mean "nowadays".
* Numeric dates are day-first ("06/04/1994" is 6 April), as in international, African
  and European documents; they are read month-first only when the second number is over
  12 ("04/16/1994"). When both readings are possible the mention has
  ``normalized["ambiguous"] = True`` and a lower confidence (0.6 in French, where
  day-first is the rule, 0.5 in English).
* Years are 1800-2100. A lone four-digit number is a year only where it reads as one:
  not before a count noun ("1994 people", unless "in 1994 members of ..."), not after a
  hedge ("some 2000", "over 2000 were killed", but "over 1994 killings"), not after a
  reference label ("p. 1994"), not in an author-year reference ("(Verpoorten 2005)") or a
  resolution symbol ("resolution 955 (1994)"), never with thousands separators ("1,994").
  Without a cue ("in", "since", "(1994)", "the 1994 genocide") it is accepted only within
  1900-2030 and with confidence 0.6.
"""

from __future__ import annotations

from typing import ClassVar

from factfinder.extract.spans import TypedSpan

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from factfinder.extract.numbers import (
    MODIFIER_BEFORE,
    REFERENCE_LABEL_BEFORE,
    Folded,
    anchor_pattern,
    anchored_matches,
    counts_something,
    fold,
    parse_number,
)

__all__ = ["DateMention", "find_dates", "MIN_YEAR", "MAX_YEAR"]

MIN_YEAR, MAX_YEAR = 1800, 2100


@dataclass(frozen=True, slots=True)
class DateMention(TypedSpan):
    TYPE: ClassVar[str] = "date"


# --------------------------------------------------------------------------- patterns

_MONTHS = {
    "january": 1, "jan": 1, "janvier": 1, "janv": 1,
    "february": 2, "feb": 2, "febr": 2, "fevrier": 2, "fevr": 2, "fev": 2,
    "march": 3, "mar": 3, "mars": 3,
    "april": 4, "apr": 4, "avril": 4, "avr": 4,
    "may": 5, "mai": 5,
    "june": 6, "jun": 6, "juin": 6,
    "july": 7, "jul": 7, "juillet": 7, "juil": 7,
    "august": 8, "aug": 8, "aout": 8,
    "september": 9, "sep": 9, "sept": 9, "septembre": 9,
    "october": 10, "oct": 10, "octobre": 10,
    "november": 11, "nov": 11, "novembre": 11,
    "december": 12, "dec": 12, "decembre": 12,
}
_ENGLISH_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december")
_FRENCH_FULL_MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
                       "aout", "septembre", "octobre", "novembre", "decembre")

_FULL_MONTH_NAMES = frozenset(_ENGLISH_FULL_MONTHS + _FRENCH_FULL_MONTHS)
# Full month names, folded (no accents), in English and French, and their numbers.
MONTH_NUMBERS = {name: number for name, number in _MONTHS.items() if name in _FULL_MONTH_NAMES}
# a period belongs to an abbreviation ("Apr.") but ends the sentence after a full name,
# unless a day or year follows on the same line ("May. 01, 2000")
_MONTH = ("(?:(?:" + "|".join(sorted(_FULL_MONTH_NAMES, key=len, reverse=True))
          + r")\b(?:\.(?=[ \u00a0]?[0-9]))?|(?:"
          + "|".join(sorted(set(_MONTHS) - _FULL_MONTH_NAMES, key=len, reverse=True)) + r")\b\.?)")
_FULL_MONTH = "(?:" + "|".join(sorted(_FULL_MONTH_NAMES, key=len, reverse=True)) + ")"
_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|"
            r"mercredi|jeudi|vendredi|samedi|dimanche)\b,?\s+)?")
# "a few days later" is left out: it names no calendar day
_REL_COUNT = (r"(?:[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
              r"twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|sixty|une?|deux|"
              r"trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)")
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3,
             "vendredi": 4, "samedi": 5, "dimanche": 6}
_UNITS_WORDS = ("day", "days", "morning", "afternoon", "evening", "night", "week", "weeks",
                "month", "months", "year", "years", "jour", "jours", "nuit", "soir", "matin",
                "journee", "semaine", "semaines", "mois", "annee", "annees", "an", "ans")


# Days written as ordinal words ("the first of October 1990", "April the twenty-first", "le premier
# juillet"), folded; a compound is written with a hyphen or a space.
_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9}
_ORDINAL_DAYS = {**_ORDINAL_UNITS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                 "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
                 "thirty first": 31, "premier": 1,
                 **{f"twenty {word}": 20 + value for word, value in _ORDINAL_UNITS.items()}}
_ORDINAL_DAY = "|".join(sorted((key.replace(" ", r"[\s-]") for key in _ORDINAL_DAYS), key=len, reverse=True))


def _day(name: str) -> str:
    return (rf"(?P<{name}>3[01]|[12][0-9]|0?[1-9]|{_ORDINAL_DAY})"
            r"(?:(?<=[0-9])(?:st|nd|rd|th|er|re|eme|e))?(?![0-9a-z])")


def _day_number(written: str) -> int:
    """A day's number from its digits or its ordinal word ("twenty-first" -> 21)."""
    if written[:1].isdecimal():
        return int(written)
    return _ORDINAL_DAYS[" ".join(written.replace("-", " ").split())]


def _year(name: str) -> str:
    # not the digits of a decade ("1990s", "1990's")
    return rf"(?P<{name}>1[89][0-9]{{2}}|20[0-9]{{2}}|2100)(?![0-9]|(?<=0)'?s\b)"


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH})"


_ALTERNATIVES = [
    rf"""(?P<iso>(?<![\w/.-]){_year('iso_y')}(?P<iso_s>[-/.])(?P<iso_m>1[0-2]|0?[1-9])(?P=iso_s)
        (?P<iso_d>3[01]|[12][0-9]|0?[1-9])(?![\w/]|[-.][0-9]))""",
    r"""(?P<num>(?<![\w/.,-])(?P<num_a>[0-9]{1,2})(?P<num_s>[/.-])(?P<num_b>[0-9]{1,2})(?P=num_s)
        (?P<num_y>[0-9]{4}|[0-9]{2})(?![\w/]|[-.,][0-9]))""",
    rf"""(?P<ddm>{_WEEKDAY}(?:the\s+)?{_day('ddm_a')}\s*(?P<ddm_c>[-–&]|\s(?:to|and|au|et|a|or|ou)\s)\s*
        (?:the\s+|le\s+)?{_day('ddm_b')}\s+(?:of\s+)?{_month('ddm_m')}(?:,?\s+{_year('ddm_y')})?)""",
    rf"""(?P<mdd>{_WEEKDAY}{_month('mdd_m')}\s+{_day('mdd_a')}\s*[-–]\s*{_day('mdd_b')}
        (?:,?\s+{_year('mdd_y')})?)""",
    rf"""(?P<dmy>{_WEEKDAY}(?:the\s+)?{_day('dmy_d')}(?:\s+of\s+|\s+de\s+|[\s-]+){_month('dmy_m')}
        (?:,\s*|[\s-]+){_year('dmy_y')})""",
    rf"""(?P<mdy>{_WEEKDAY}{_month('mdy_m')}\s*(?:the\s+)?{_day('mdy_d')}(?:,\s*|\s+){_year('mdy_y')})""",
    rf"""(?P<dm>{_WEEKDAY}(?:the\s+)?{_day('dm_d')}(?:\s+of\s+|\s+){_month('dm_m')}(?![\w]))""",
    rf"""(?P<md>{_WEEKDAY}{_month('md_m')}\s+(?:the\s+)?{_day('md_d')})""",
    rf"""(?P<my>{_month('my_m')},?\s*(?:of\s+|de\s+|d')?(?:{_year('my_y')}|'(?P<my_yy>[0-9]{{2}})(?![0-9])))""",
    r"""(?P<dec>(?:the\s+)?(?:(?P<dec_part>early|mid|late)[\s-]+)?(?P<dec_y>1[89][0-9]0|20[0-9]0)'?s(?![\w])
        |the\s+(?:(?P<dec_part2>early|mid|late)[\s-]+)?'?(?P<dec_yy>[0-9]0)'?s(?![\w])
        |the\s+(?:(?P<dec_part3>early|mid|late)[\s-]+)?(?P<dec_word>twenties|thirties|forties|fifties|
           sixties|seventies|eighties|nineties)(?![\w])
        |(?:(?:au\s+)?(?P<dec_fpart>debut|milieu|fin)\s+des\s+|les\s+|des\s+)?annees\s+
           (?:(?P<dec_fy>1[89][0-9]0|20[0-9]0|[0-9]0)(?![0-9])
             |(?P<dec_fword>quatre-vingt-dix|quatre-vingts?|soixante-dix|soixante|cinquante|
               quarante|trente|vingt)(?![\w-])))""",
    rf"""(?P<part>(?P<part_w>the\s+end|end|the\s+beginning|beginning|the\s+start|start|the\s+middle|
        middle|early|mid|late|debut|la\s+fin|fin|la\s+mi|mi|milieu|courant)(?:\s+(?:of|de)\s+|\s+d'|\s+|-)
        (?:{_month('part_m')}(?:,?\s*(?:of\s+)?{_year('part_my')})?|{_year('part_y')}))""",
    rf"""(?P<season>(?P<season_w>spring|summer|autumn|fall|printemps|ete|automne)\s+
        (?:of\s+|de\s+|d')?{_year('season_y')})""",
    rf"""(?P<yr>(?<![\w.,/$-]){_year('yr_a')}\s*(?P<yr_s>[-–/])\s*(?P<yr_b>1[89][0-9]{{2}}|20[0-9]{{2}}|[0-9]{{2}})
        (?![0-9]|[.,][0-9]|[-/][0-9]))""",
    rf"""(?P<year>(?<![\w.,/$£€-]){_year('year_y')}(?![\w%]|[.,][0-9]))""",
    rf"""(?P<month>(?P<month_w>{_FULL_MONTH})(?![\w]))""",
    rf"""(?P<rel>(?P<rel_the>the\s+)?(?P<rel_dir>next|following|previous|preceding|same)\s+
          (?P<rel_unit>day|morning|afternoon|evening|night|week|month|year)(?![\w])
        |(?P<rel_that>that)\s+(?:same\s+)?(?P<rel_unit2>day|morning|afternoon|evening|night|week|month|year)(?![\w])
        |the\s+(?P<rel_unit3>day|night|evening|week|month|year)\s+(?P<rel_dir3>before|after)(?![\w])
          (?!\s+(?:yesterday|[0-9]))
        |(?P<rel_n>{_REL_COUNT})\s+(?P<rel_unit4>days?|weeks?|months?|years?)\s+
          (?P<rel_dir4>later|afterwards?|earlier|previously|ago|after|before|prior)(?![\w])(?!\s+(?:to\s|[0-9]))
        |(?P<rel_deictic>the\s+day\s+before\s+yesterday|yesterday|tomorrow|last\s+(?:night|week|month|year)
          |this\s+(?:morning|week|month|year))(?![\w]))""",
    rf"""(?P<frel>(?P<frel_one>le\s+surlendemain|le\s+lendemain|au\s+lendemain|l'avant-veille|la\s+veille)
          (?![\w-])
        |(?P<frel_same>le\s+jour\s+meme|le\s+meme\s+jour|ce\s+jour-la|cette\s+nuit-la|ce\s+soir-la|
          ce\s+matin-la|cette\s+journee-la|cette\s+semaine-la|ce\s+mois-la|cette\s+annee-la|
          la\s+meme\s+annee|le\s+meme\s+mois)(?![\w-])
        |(?:le|la|l')\s*(?P<frel_unit>jour|nuit|soir|matin|semaine|mois|annee|an)\s+
          (?P<frel_dir>suivante?|precedente?|d'apres|d'avant)(?![\w])
        |(?P<frel_n>{_REL_COUNT})\s+(?P<frel_unit2>jours?|semaines?|mois|ans|annees)\s+
          (?P<frel_dir2>plus\s+tard|auparavant|plus\s+tot|apres|avant)(?![\w])(?!\s+[0-9])
        |(?P<frel_deictic>avant-hier|apres-demain|hier|demain|l'an\s+(?:dernier|passe|prochain)|
          l'annee\s+(?:derniere|passee|prochaine)|la\s+semaine\s+(?:derniere|passee|prochaine)|
          le\s+mois\s+(?:dernier|passe|prochain))(?![\w-])
        |il\s+y\s+a\s+(?P<frel_ago_n>{_REL_COUNT})\s+(?P<frel_ago_unit>jours?|semaines?|mois|ans|annees)(?![\w]))""",
    r"""(?P<wday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|
        jeudi|vendredi|samedi|dimanche)(?![\w-])""",
]
_MASTER = re.compile(r"(?<![\w])(?:" + "|".join(_ALTERNATIVES) + ")", re.VERBOSE)
# words that may open a date expression before its anchor ("the next day", "early April")
_PREFIXES = frozenset(
    "the that this next following previous preceding same last le la l l' ce cette au a il y "
    "meme early mid late end beginning start middle debut fin mi milieu courant of de des "
    "les l'avant monday tuesday wednesday thursday friday saturday sunday lundi mardi "
    "mercredi jeudi vendredi samedi dimanche an one two "
    "three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty "
    "thirty forty fifty sixty un une deux trois quatre cinq sept huit neuf dix onze douze "
    "quinze vingt trente".split()
) | {word for key in _ORDINAL_DAYS for word in key.split()}
# the words a date expression turns on; the pattern is tried at them and a few words back
_ANCHORS = anchor_pattern(set(_MONTHS) | set(_UNITS_WORDS) | {
    "yesterday", "tomorrow", "lendemain", "surlendemain", "veille", "hier", "demain",
    "early", "mid", "late", "end", "beginning", "start", "middle", "debut", "fin", "mi",
    "milieu", "courant", "spring", "summer", "autumn", "fall", "printemps", "ete", "automne",
    *_WEEKDAYS,
    "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
    "nineties", "annees"}, ".,/$£€", not_grouped=True)

_RANGE_GAP = re.compile(
    r"\s*[-–/]\s*|\s+(?:to|until|till|through|thru|and|or|au|a|et|ou|jusqu'au|jusqu'a|"
    r"jusqu'en)\s+(?:the\s+|le\s+)?"
)
_RANGE_PREFIX = re.compile(r"(?<![\w'])(?:between|from|entre|du|de\s|d')\s*(?:the\s+|le\s+)?$")
_PREVIOUS_WORD = re.compile(r"([a-z]+'?)[\s(]*$")

# before a lone year, these make it a date even before a count noun ("in 1994 members of")
_STRONG_YEAR_CUES = frozenset("in since until till during en depuis jusqu'en durant pendant".split())
# words before a lone year or month that make it read as a date
_YEAR_CUES = frozenset(
    "in since of by until till before after during from to through throughout circa c ca "
    "around about year years the a and or between en depuis de d' jusqu'en avant apres des "
    "vers annee durant pendant entre le l' fin debut mi late early mid".split()
)
_MONTH_CUES = frozenset(
    "in of since until till by during throughout before after from between en depuis "
    "jusqu'en courant de d' du entre mois month last next this that each every avant apres "
    "vers des".split()
)
# hedges that go with years as well as with counts ("around 1990", "circa 1959")
_DATE_HEDGES = frozenset({"around", "about", "circa", "c.", "ca.", "over", "above", "under",
                          "below"})
_VERB_AFTER_COUNT = re.compile(r"\s+(?:were|was|are|is|had|have|has|died|fled|of|ont|sont|"
                               r"etaient|furent|avaient)(?![a-z])")
# author-year references; "(The Lancet, 1995)", with a comma, dates a publication
_CITATION_BEFORE = re.compile(
    r"[(;]\s*(?:[A-Z][A-Za-z'-]+\s+){0,2}[A-Z][A-Za-z'-]+(?:\s+et\s+al\.?|\s+(?:and|&|et)\s+"
    r"[A-Z][A-Za-z'-]+)?\s+$"
)
_RESOLUTION_YEAR_BEFORE = re.compile(r"(?:resolutions?|res\.)\s+[0-9]+\s*\($")
_CITATION_AFTER = re.compile(r"[a-z]?\s*(?:\)|;|[:,]\s*(?:pp?\.\s*)?[0-9])")
_FIGURE_AFTER_YEAR = re.compile(
    r"\s*(?:%|per\s?cent|percent|pour\s?cent|-(?:man|men|strong|member|person|people)\b)"
)

_PART_WORDS = {
    "the end": "late", "end": "late", "late": "late", "la fin": "late", "fin": "late",
    "the beginning": "early", "beginning": "early", "the start": "early", "start": "early",
    "early": "early", "debut": "early",
    "the middle": "mid", "middle": "mid", "mid": "mid", "la mi": "mid", "mi": "mid",
    "milieu": "mid", "courant": None,
}
_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12),
               "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
_SEASONS = {"spring": "spring", "printemps": "spring", "summer": "summer", "ete": "summer",
            "autumn": "autumn", "fall": "autumn", "automne": "autumn"}
_DECADE_THIRDS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}
_DECADE_WORDS = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990, "vingt": 1920, "trente": 1930,
    "quarante": 1940, "cinquante": 1950, "soixante": 1960, "soixante-dix": 1970,
    "quatre-vingt": 1980, "quatre-vingts": 1980, "quatre-vingt-dix": 1990,
}
_UNITS = {
    "day": "day", "days": "day", "morning": "day", "afternoon": "day", "evening": "day",
    "night": "day", "jour": "day", "jours": "day", "nuit": "day", "soir": "day",
    "matin": "day", "week": "week", "weeks": "week", "semaine": "week", "semaines": "week",
    "month": "month", "months": "month", "mois": "month", "year": "year", "years": "year",
    "annee": "year", "annees": "year", "an": "year", "ans": "year",
}
# confidences
_FULL_DATE = 0.95
_MONTH_YEAR = 0.9
_CUED_YEAR = 0.85
_BARE_YEAR = 0.6
_INFERRED_YEAR = 0.75
_ANCHOR_YEAR = 0.5
_UNRESOLVED = 0.2


# --------------------------------------------------------------------------- atoms


@dataclass(slots=True)
class _Relative:
    unit: str             # day, week, month, year, or weekday
    offset: int           # units from the anchor; for a weekday, Monday=0 ... Sunday=6
    deictic: bool         # counts from the document's date ("yesterday"), not the story's
    calendar: bool        # "the following week" (a calendar unit) vs "two weeks later"


@dataclass(slots=True)
class _Atom:
    """A date expression before ranges are joined and missing years filled in."""

    start: int
    end: int
    lo: list[int | None]                 # [year, month, day] of the first point
    hi: list[int | None]                 # [year, month, day] of the last point
    confidence: float
    lo_part: str | None = None           # early/mid/late/spring/... of the first point
    hi_part: str | None = None
    is_range: bool = False
    decade: bool = False
    weak: bool = False                   # a bare month kept only as part of a range
    ambiguous: bool = False
    relative: _Relative | None = None
    leading: _Atom | None = None          # "16" in "16 and 17 April 2002"

    def has_year(self) -> bool:
        return self.lo[0] is not None and self.hi[0] is not None


def _month_number(word: str) -> int:
    return _MONTHS[word.rstrip(".").strip()]


def _valid_day(year: int | None, month: int, day: int) -> bool:
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return 1 <= day <= last


def _two_digit_year(digits: str) -> int:
    value = int(digits)
    return 2000 + value if value <= 30 else 1900 + value


def _english_month_ok(folded: Folded, start: int, word: str) -> bool:
    """"may" and "march" are also verbs: as months they are capitalised."""
    if word.rstrip(".") in ("may", "march"):
        return folded.text[start].isupper()
    return True


def _previous_word(lower: str, start: int) -> str:
    match = _PREVIOUS_WORD.search(lower, max(0, start - 24), start)
    return match.group(1) if match else ""


def _point_atom(start: int, end: int, year: int | None, month: int | None, day: int | None,
                confidence: float, part: str | None = None) -> _Atom:
    return _Atom(start, end, [year, month, day], [year, month, day], confidence, part, part)


def _build(match: re.Match[str], folded: Folded, lang: str) -> _Atom | None:
    kind = match.lastgroup
    g = match.group
    start, end = match.span()
    lower = folded.lower
    if kind == "iso":
        year, month, day = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        if not _valid_day(year, month, day):
            return None
        return _point_atom(start, end, year, month, day, _FULL_DATE)
    if kind == "num":
        return _numeric(match, lang)
    if kind in ("ddm", "mdd"):
        month_word = g(kind + "_m")
        if not _english_month_ok(folded, match.start(kind + "_m"), month_word):
            return None
        month = _month_number(month_word)
        first, last = _day_number(g(kind + "_a")), _day_number(g(kind + "_b"))
        year = int(g(kind + "_y")) if g(kind + "_y") else None
        if not (first < last and _valid_day(year, month, last)):
            return None
        prefix = _RANGE_PREFIX.search(lower, max(0, start - 12), start)
        connector = (g("ddm_c") or "").strip() if kind == "ddm" else "-"
        if connector in ("and", "et", "&") and not (prefix and prefix.group(0).split()[0] in
                                                     ("between", "entre")):
            # "on 16 and 17 April 2002": two days, the first taking the month and year after it
            confidence = _FULL_DATE if year else _INFERRED_YEAR
            second = _point_atom(match.start("ddm_b"), end, year, month, last, confidence)
            first_end = match.start("ddm_c")
            second.leading = _point_atom(start, first_end, year, month, first, confidence)
            return second
        return _Atom(prefix.start() if prefix else start, end, [year, month, first],
                     [year, month, last], 0.9, is_range=True)
    if kind in ("dmy", "mdy", "dm", "md"):
        month_word = g(kind + "_m")
        if not _english_month_ok(folded, match.start(kind + "_m"), month_word):
            return None
        month = _month_number(month_word)
        day = _day_number(g(kind + "_d"))
        if not g(kind + "_d")[:1].isdecimal() and kind in ("dmy", "dm") and not re.search(
                r"\s(?:of|de)\s", lower[match.end(kind + "_d"):match.start(kind + "_m")]) and g(kind + "_d") != "premier":
            return None  # a word day before its month needs "of": "the first October rain" is no date
        if not g(kind + "_d")[:1].isdecimal() and re.search(r"(?:twenty|thirty)[\s-]$", lower[max(0, start - 8):start]):
            return None  # the tail of a longer ordinal ("thirty-first of June": no such day)
        year = int(g(kind + "_y")) if kind in ("dmy", "mdy") else None
        if not _valid_day(year, month, day):
            return None
        if kind in ("dm", "md") and REFERENCE_LABEL_BEFORE.search(lower, max(0, start - 16), start):
            return None
        return _point_atom(start, end, year, month, day, _FULL_DATE if year else _INFERRED_YEAR)
    if kind == "my":
        month_word = g("my_m")
        if not _english_month_ok(folded, match.start("my_m"), month_word):
            return None
        year = int(g("my_y")) if g("my_y") else _two_digit_year(g("my_yy"))
        return _point_atom(start, end, year, _month_number(month_word), None, _MONTH_YEAR)
    if kind == "dec":
        return _decade(match)
    if kind == "part":
        part = _PART_WORDS[" ".join(g("part_w").split())]
        if g("part_m"):
            if not _english_month_ok(folded, match.start("part_m"), g("part_m")):
                return None
            year = int(g("part_my")) if g("part_my") else None
            return _point_atom(start, end, year, _month_number(g("part_m")), None,
                               0.85 if year else _INFERRED_YEAR, part)
        return _point_atom(start, end, int(g("part_y")), None, None, 0.85, part)
    if kind == "season":
        return _point_atom(start, end, int(g("season_y")), None, None, 0.85,
                           _SEASONS[g("season_w")])
    if kind == "yr":
        return _year_range(match, folded)
    if kind == "year":
        return _lone_year(match, folded)
    if kind == "month":
        word = g("month_w")
        if word in _ENGLISH_FULL_MONTHS and not folded.text[start].isupper():
            return None
        cued = _previous_word(lower, start) in _MONTH_CUES
        if word in ("may", "march", "mars") and not cued:
            return None
        atom = _point_atom(start, end, None, _MONTHS[word], None, _INFERRED_YEAR)
        atom.weak = not cued
        return atom
    if kind == "wday":
        if match.group(0) in _ENGLISH_WEEKDAYS and not folded.text[start].isupper():
            return None
        if _CLOCK_AFTER.match(lower, end):
            return None   # a message's timestamp ("[lundi 14:33]", "Monday 09:12"): the day it was sent, unknown
        atom = _Atom(start, end, [None, None, None], [None, None, None], 0.6)
        atom.relative = _Relative("weekday", _WEEKDAYS[match.group(0)], False, True)
        return atom
    atom = _relative(match)
    event_after = _EVENT_AFTER.match(lower, end)
    elapsed = g("rel_n") if kind == "rel" else g("frel_n")
    if elapsed:
        direction = g("rel_dir4") if kind == "rel" else " ".join(g("frel_dir2").split())
        if MODIFIER_BEFORE.search(lower, max(0, start - 30), start) or (
                event_after and direction in ("after", "before", "prior", "apres", "avant")):
            return None  # "about three days later", "20 days after the killing began": durations
    elif event_after:
        atom.confidence = 0.45  # "the day after the attack": counted from an event, not a date
    return atom


_CLOCK_AFTER = re.compile(r"\s+[0-2]?[0-9](?::|h)[0-5][0-9]\b")
_ENGLISH_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday",
                               "saturday", "sunday"))
_EVENT_AFTER = re.compile(r"\s+(?:the|an?|his|her|their|its|this|that|these|those|de|du|des|d'|"
                          r"l'|le|la|les|son|sa|ses|leur|leurs)(?![a-z])")


def _numeric(match: re.Match[str], lang: str) -> _Atom | None:
    g = match.group
    first, second, separator = int(g("num_a")), int(g("num_b")), g("num_s")
    if len(g("num_y")) == 2:
        if separator == "-":
            return None  # "9-10-11" is more often an identifier than a date
        year = _two_digit_year(g("num_y"))
    else:
        year = int(g("num_y"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    ambiguous = first <= 12 and second <= 12 and first != second and separator != "."
    if first <= 12 < second and separator != ".":
        month, day = first, second
    else:
        day, month = first, second
    if not (1 <= month <= 12 and _valid_day(year, month, day)):
        return None
    confidence = (0.6 if lang == "fr" else 0.5) if ambiguous else 0.85
    atom = _point_atom(match.start(), match.end(), year, month, day, confidence)
    atom.ambiguous = ambiguous
    return atom


def _decade(match: re.Match[str]) -> _Atom:
    g = match.group
    if g("dec_y"):
        first_year, part = int(g("dec_y")), g("dec_part")
    elif g("dec_yy"):
        first_year, part = 1900 + int(g("dec_yy")), g("dec_part2")
    elif g("dec_word"):
        first_year, part = _DECADE_WORDS[g("dec_word")], g("dec_part3")
    else:
        digits = g("dec_fy")
        if digits:
            first_year = int(digits) if len(digits) == 4 else 1900 + int(digits)
        else:
            first_year = _DECADE_WORDS[g("dec_fword")]
        part = {"debut": "early", "milieu": "mid", "fin": "late"}.get(g("dec_fpart") or "")
    low, high = _DECADE_THIRDS[part]
    return _Atom(match.start(), match.end(), [first_year + low, None, None],
                 [first_year + high, None, None], 0.85, decade=True)


def _year_range(match: re.Match[str], folded: Folded) -> _Atom | None:
    g = match.group
    start = match.start()
    if REFERENCE_LABEL_BEFORE.search(folded.lower, max(0, start - 16), start):
        return None
    first, second = int(g("yr_a")), g("yr_b")
    if len(second) == 2:
        last = first // 100 * 100 + int(second)
        if last <= first:
            month = int(second)
            if g("yr_s") == "-" and 1 <= month <= 12:  # "1994-04": ISO year and month
                return _point_atom(start, match.end(), first, month, None, 0.8)
            return None
    else:
        last = int(second)
    if not (first < last <= MAX_YEAR and last - first <= 100):
        return None
    if counts_something(folded.lower, match.end()):
        return None
    return _Atom(start, match.end(), [first, None, None], [last, None, None], 0.85,
                 is_range=True)


def _lone_year(match: re.Match[str], folded: Folded) -> _Atom | None:
    start, end = match.span()
    lower = folded.lower
    year = int(match.group("year_y"))
    if REFERENCE_LABEL_BEFORE.search(lower, max(0, start - 16), start):
        return None
    hedge = MODIFIER_BEFORE.search(lower, max(0, start - 30), start)
    if hedge and (" ".join(hedge.group(0).split()) not in _DATE_HEDGES
                  or _VERB_AFTER_COUNT.match(lower, end)):
        return None  # "some 2000", "over 2000 were killed" (but "over 1994 killings")
    previous_word = _previous_word(lower, start)
    if _FIGURE_AFTER_YEAR.match(lower, end) or (
            counts_something(lower, end) and previous_word not in _STRONG_YEAR_CUES):
        return None
    if _CITATION_BEFORE.search(folded.text, max(0, start - 60), start) and _CITATION_AFTER.match(
            lower, end):
        return None  # "(Verpoorten 2005)", "(Des Forges 1999: 15)": a reference, not a date
    if _RESOLUTION_YEAR_BEFORE.search(lower, max(0, start - 30), start):
        return None  # "resolution 955 (1994)": part of the resolution's symbol
    before = lower[max(0, start - 2):start].strip()
    cued = before.endswith("(") or lower[end:end + 1] == ")" or previous_word in _YEAR_CUES
    if not cued and not 1900 <= year <= 2030:
        return None
    return _point_atom(start, end, year, None, None, _CUED_YEAR if cued else _BARE_YEAR)


def _count(text: str) -> int:
    text = " ".join(text.split())
    if text in ("a", "an"):
        return 1
    value = parse_number(text, "en")
    if value is None:
        value = parse_number(text, "fr")
    return int(value) if value is not None else 1


_FRENCH_DAY_STEPS = {"lendemain": 1, "surlendemain": 2, "veille": -1, "l'avant-veille": -2}
_BACKWARD = frozenset("previous preceding before earlier previously prior precedent precedente "
                      "d'avant auparavant avant plus tot".split())


def _relative(match: re.Match[str]) -> _Atom:
    g = match.group
    if match.lastgroup == "rel":
        if g("rel_dir"):
            direction, unit = g("rel_dir"), _UNITS[g("rel_unit")]
            # "next week" without "the" counts from today; "the next week" from the story
            deictic = direction == "next" and not g("rel_the") and unit != "day"
            step = 0 if direction == "same" else (-1 if direction in _BACKWARD else 1)
            relative = _Relative(unit, step, deictic, True)
        elif g("rel_that"):
            relative = _Relative(_UNITS[g("rel_unit2")], 0, False, True)
        elif g("rel_unit3"):
            step = -1 if g("rel_dir3") == "before" else 1
            relative = _Relative(_UNITS[g("rel_unit3")], step, False, True)
        elif g("rel_n"):
            direction = g("rel_dir4")
            step = _count(g("rel_n")) * (-1 if direction in _BACKWARD or direction == "ago" else 1)
            relative = _Relative(_UNITS[g("rel_unit4")], step, direction == "ago", False)
        else:
            relative = _DEICTIC[" ".join(g("rel_deictic").split())]
    elif g("frel_one"):
        step = _FRENCH_DAY_STEPS[g("frel_one").split()[-1]]
        relative = _Relative("day", step, False, True)
    elif g("frel_same"):
        phrase = g("frel_same")
        unit = ("year" if "annee" in phrase else "month" if "mois" in phrase
                else "week" if "semaine" in phrase else "day")
        relative = _Relative(unit, 0, False, True)
    elif g("frel_unit"):
        step = -1 if g("frel_dir") in _BACKWARD else 1
        relative = _Relative(_UNITS[g("frel_unit")], step, False, True)
    elif g("frel_n"):
        direction = " ".join(g("frel_dir2").split())
        step = _count(g("frel_n")) * (-1 if direction in _BACKWARD else 1)
        relative = _Relative(_UNITS[g("frel_unit2")], step, False, False)
    elif g("frel_deictic"):
        relative = _DEICTIC[" ".join(g("frel_deictic").split())]
    else:
        relative = _Relative(_UNITS[g("frel_ago_unit")], -_count(g("frel_ago_n")), True, False)
    atom = _Atom(match.start(), match.end(), [None, None, None], [None, None, None], 0.7)
    atom.relative = relative
    return atom


_DEICTIC = {
    phrase: _Relative(unit, step, True, True) for phrase, (unit, step) in {
        "yesterday": ("day", -1), "tomorrow": ("day", 1), "the day before yesterday": ("day", -2),
        "last night": ("day", -1), "last week": ("week", -1), "last month": ("month", -1),
        "last year": ("year", -1), "this morning": ("day", 0), "this week": ("week", 0),
        "this month": ("month", 0), "this year": ("year", 0), "hier": ("day", -1),
        "avant-hier": ("day", -2), "demain": ("day", 1), "apres-demain": ("day", 2),
        "l'an dernier": ("year", -1), "l'an passe": ("year", -1), "l'an prochain": ("year", 1),
        "l'annee derniere": ("year", -1), "l'annee passee": ("year", -1),
        "l'annee prochaine": ("year", 1), "la semaine derniere": ("week", -1),
        "la semaine passee": ("week", -1), "la semaine prochaine": ("week", 1),
        "le mois dernier": ("month", -1), "le mois passe": ("month", -1),
        "le mois prochain": ("month", 1),
    }.items()
}


# --------------------------------------------------------------------------- ranges


def _first_day(point: list[int | None], part: str | None, year: int) -> date:
    _, month, day = point
    if month is None:
        return date(year, _YEAR_PARTS[part][0] if part else 1, 1)
    if day is None:
        return date(year, month, _MONTH_THIRDS[part][0] if part in _MONTH_THIRDS else 1)
    return date(year, month, day)


def _last_day(point: list[int | None], part: str | None, year: int) -> date:
    _, month, day = point
    if month is None:
        month = _YEAR_PARTS[part][1] if part else 12
        return date(year, month, calendar.monthrange(year, month)[1])
    if day is None:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, min(_MONTH_THIRDS[part][1], last) if part in _MONTH_THIRDS
                    else last)
    return date(year, month, day)


def _join(folded: Folded, first: _Atom, second: _Atom) -> _Atom | None:
    """One range atom for "A to B", "between A and B", "A–B", or None."""
    if (first.relative or second.relative or first.decade or second.decade
            or first.is_range or second.is_range):
        return None
    lower = folded.lower
    gap = _RANGE_GAP.fullmatch(lower, first.end, second.start)
    if gap is None:
        return None
    prefix = _RANGE_PREFIX.search(lower, max(0, first.start - 14), first.start)
    connector = (gap.group(0).split() or [""])[0]
    if connector in ("and", "et") and (prefix is None or prefix.group(0).split()[0] not in
                                       ("between", "entre")):
        return None
    lo, hi = list(first.lo), list(second.hi)
    inherited = False
    if lo[0] is None and hi[0] is not None:
        lo[0], inherited = hi[0], True
    elif hi[0] is None and lo[0] is not None:
        hi[0] = lo[0]
    probe_year = lo[0] if lo[0] is not None else 2000
    earliest = _first_day(lo, first.lo_part, probe_year)
    latest = _last_day(hi, second.hi_part, hi[0] if hi[0] is not None else probe_year)
    if earliest > latest and inherited:
        lo[0] -= 1
        earliest = _first_day(lo, first.lo_part, lo[0])
    if earliest > latest:
        return None
    return _Atom(prefix.start() if prefix else first.start, second.end, lo, hi,
                 min(max(first.confidence, _MONTH_YEAR), max(second.confidence, _MONTH_YEAR)),
                 first.lo_part, second.hi_part, is_range=True)


def _join_ranges(folded: Folded, atoms: list[_Atom]) -> list[_Atom]:
    joined: list[_Atom] = []
    i = 0
    while i < len(atoms):
        if i + 1 < len(atoms):
            merged = _join(folded, atoms[i], atoms[i + 1])
            if merged is not None:
                joined.append(merged)
                i += 2
                continue
        if not atoms[i].weak:
            joined.append(atoms[i])
        i += 1
    return joined


# --------------------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Anchor:
    earliest: date
    latest: date
    grain: str            # finest unit the text gives: day, month or year
    start: int            # original offset of the mention
    start_folded: int


def _grain(atom: _Atom) -> str:
    if atom.decade:
        return "decade"
    if atom.lo[2] is not None and atom.hi[2] is not None:
        return "day"
    if atom.lo[1] is not None and atom.lo_part is None and atom.hi_part is None:
        return "month"
    return "year"


def _precision(atom: _Atom) -> str:
    if atom.decade:
        return "decade"
    if atom.is_range or atom.lo_part or atom.hi_part:
        return "range"
    if atom.lo[2] is not None:
        return "day"
    if atom.lo[1] is not None:
        return "month"
    return "year"


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _move(day: date, months: int, keep_month_end: bool) -> date:
    year, month = _add_months(day.year, day.month, months)
    last = calendar.monthrange(year, month)[1]
    at_month_end = day.day == calendar.monthrange(day.year, day.month)[1]
    return date(year, month, last if keep_month_end and at_month_end else min(day.day, last))


def _precision_between(first: date, last: date) -> str:
    if first == last:
        return "day"
    if first.day == 1 and (first.year, first.month) == (last.year, last.month) and (
            last.day == calendar.monthrange(last.year, last.month)[1]):
        return "month"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return "year"
    return "range"


_NEEDED_GRAIN = {"day": ("day",), "week": ("day",), "weekday": ("day",),
                 "month": ("day", "month"), "year": ("day", "month", "year")}


def _shift(base: _Anchor, relative: _Relative, past: bool) -> tuple[date, date, str] | None:
    """Earliest, latest and precision of ``relative`` counted from ``base``. A weekday is
    the day of that name nearest the anchor, or with ``past`` (counting from the date a
    report was written) the last one on or before it."""
    unit, offset = relative.unit, relative.offset
    if base.grain not in _NEEDED_GRAIN[unit]:
        return None
    origin = base.latest if offset > 0 else base.earliest
    try:
        if unit == "weekday":
            step = (offset - base.latest.weekday()) % 7
            day = base.latest + timedelta(days=step - 7 if step > 3 or (past and step) else step)
            return day, day, "day"
        if unit == "day" or (unit == "week" and not relative.calendar):
            if offset == 0 and base.earliest != base.latest:
                return None  # "that day" after a range of days
            day = origin + timedelta(days=offset * (7 if unit == "week" else 1))
            return day, day, "day"
        if unit == "week":
            monday = origin - timedelta(days=origin.weekday()) + timedelta(weeks=offset)
            return monday, monday + timedelta(days=6), "range"
        if relative.calendar:  # "the following month", "that year": the whole unit
            if unit == "month":
                year, month = _add_months(origin.year, origin.month, offset)
                return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
            return date(origin.year + offset, 1, 1), date(origin.year + offset, 12, 31), "year"
        # "two months later", "a year later": the anchor's own extent, moved
        months = offset * (12 if unit == "year" else 1)
        first = _move(base.earliest, months, keep_month_end=False)
        last = _move(base.latest, months, keep_month_end=True)
        return first, last, _precision_between(first, last)
    except (ValueError, OverflowError):
        return None


def _restates(folded: Folded, relative_atom: _Atom, dated: _Atom | None, dated_first: bool) -> bool:
    """A relative day set off by a comma next to a full date names that date: "On 7 April
    1994, the next day, ...", "le 4 septembre 1998, le lendemain de l'audience", "trois
    jours plus tard, le 30 juin"."""
    relative = relative_atom.relative
    if (dated is None or dated.relative is not None or _precision(dated) != "day"
            or relative.unit != "day" or relative.deictic or relative.offset == 0):
        return False
    if dated_first:
        gap = folded.lower[dated.end:relative_atom.start]
    else:
        gap = folded.lower[relative_atom.end:dated.start]
    return _APPOSITION_GAP.fullmatch(gap) is not None


def _headed(folded: Folded, relative_atom: _Atom, dated: _Atom | None) -> bool:
    """A relative date opening an entry whose heading is a date ("Panel 2, October 1993: Two months
    later, …", "1 July 2012 — Three years later, …"): the heading's date is the entry's."""
    relative = relative_atom.relative
    if dated is None or dated.relative is not None or relative.deictic or relative.offset == 0 or \
            _precision(dated) not in ("day", "month", "year"):
        return False
    if _HEADING_GAP.fullmatch(folded.lower[dated.end:relative_atom.start]) is None:
        return False
    # the date opens its line or entry, after at most a short label ("Panel 2, "): not running prose ("The RPF
    # invaded Rwanda in October 1990 — three years later, the Arusha accords were signed")
    line_start = folded.text.rfind("\n", 0, dated.start) + 1
    return _HEADING_LABEL.fullmatch(folded.text[line_start:dated.start]) is not None


_HEADING_GAP = re.compile(r"\s*(?::|[–—]|\s-)\s*")
_HEADING_LABEL = re.compile(r"\s*(?:[-*#>•]+\s*)?(?:\*\*)?(?:[\w'’]+(?:\s+[\w'’]+)?\s*,\s*)?")
_APPOSITION_GAP = re.compile(r"\s*[,(–—-]\s*(?:(?:on|le|the)\s+)?")


_ANCHOR_REACH = 300  # characters back to look for an anchor of fine enough precision
_DATELINE_REACH = 300  # a full date this near the top is the document's dateline


def _pick_anchor(anchors: list[_Anchor], relative: _Relative, position: int) -> _Anchor | None:
    """The nearest preceding anchor; if it is too coarse ("in late July ... that day"), a
    nearby finer one."""
    if not anchors:
        return None
    needed = _NEEDED_GRAIN[relative.unit]
    for candidate in reversed(anchors):
        if position - candidate.start_folded > _ANCHOR_REACH:
            break
        if candidate.grain in needed:
            return candidate
    return anchors[-1]


_DATELINE_PLACE = re.compile(r"[A-Z][A-Za-z'. -]{1,40}(?:\s*\([A-Za-z]+\))?,\s*")
_PLACE_PARTICLES = {"es", "de", "du", "des", "la", "le", "of", "al", "el", "sur", "en"}
_NOT_A_PLACE_START = {"on", "in", "at", "by", "the", "this", "that", "le", "la", "les", "au", "en", "ce", "since",
                      "from", "until", "after", "before", "depuis", "dès", "des"}


def _is_dateline(folded: Folded, atom: _Atom) -> bool:
    """A dispatch's dateline: a place then the date, opening a line ("KIGALI, 24 October
    2008 --", "NAIROBI, Apr. 30, 1994")."""
    line_start = folded.text.rfind("\n", 0, atom.start) + 1
    if _DATELINE_PLACE.fullmatch(folded.text, line_start, atom.start) is None:
        return False
    # A place's words are capitalised ("Dar es Salaam" aside): "On Sunday morning, 7 April 2024,"
    # opens a sentence, not a dispatch.
    words = re.findall(r"[A-Za-z']+", folded.text[line_start:atom.start].split("(")[0])
    if words and words[0].lower() in _NOT_A_PLACE_START and not words[0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _PLACE_PARTICLES for w in words)


_NEAR = 150  # characters, within one paragraph: "June 4, 1994 ...; church records give 5 June"


def _near(folded: Folded, earlier: _Anchor | None, position: int) -> bool:
    return (earlier is not None and position - earlier.start_folded <= _NEAR
            and "\n" not in folded.lower[earlier.start_folded:position])


def _year_for(folded: Folded, position: int, full: _Anchor | None, any_year: _Anchor | None,
              dateline: _Anchor | None) -> _Anchor | None:
    """Where a date without a year takes its year from. Narratives run on full dates, so
    the last date with a day or month wins over a lone year mentioned in passing ("En
    2005, deux rescapés ... Le 4 juillet"); in a dispatch, a date not next to an earlier
    one is in the dispatch's year ("KIGALI, 24 October 2008 ... arrested on 11 June")."""
    if full is not None and (dateline is None or _near(folded, full, position)):
        return full
    return dateline or full or any_year


_SENTENCE_END = re.compile(r"[.!?]\s+[\"'«“]?[A-ZÀ-Ý]")


def _resolve(folded: Folded, atoms: list[_Atom], anchor: date | None) -> list[DateMention]:
    text = folded.original
    mentions: list[DateMention] = []
    anchors: list[_Anchor] = []
    full_year: _Anchor | None = None     # last date with a day or month and its own year
    any_year: _Anchor | None = None      # last date with its own year, a lone year included
    dateline: _Anchor | None = None
    looks_back: list[_Anchor] = []   # the objects, not their ids: a freed object's id is reused
    for index, atom in enumerate(atoms):
        start, end = folded.span(atom.start, atom.end)
        # A look back ("hours after the plane was downed the evening before") sets the day for the
        # rest of its sentence only; after it the story is where it was ("That same morning" in the
        # next sentence is the 7th, not the 6th).
        while anchors and any(anchors[-1] is a for a in looks_back) and \
                _SENTENCE_END.search(folded.text, anchors[-1].start_folded, atom.start + 1):
            anchors.pop()
        normalized: dict[str, object]
        confidence = atom.confidence
        if atom.relative is not None:
            relative = atom.relative
            result = None
            relative_to = None
            previous = atoms[index - 1] if index else None
            following = atoms[index + 1] if index + 1 < len(atoms) else None
            source = _year_for(folded, atom.start, full_year, any_year, dateline)
            base = _pick_anchor(anchors, relative, atom.start)
            if anchors and _headed(folded, atom, previous):
                # "Panel 2, October 1993: Two months later, resolution 872 …": the heading dates the entry;
                # the span counts from the entry before it
                result = (anchors[-1].earliest, anchors[-1].latest, _precision(previous))
                relative_to = anchors[-1].start
                confidence = 0.6
            elif anchors and _restates(folded, atom, previous, dated_first=True):
                result = (anchors[-1].earliest, anchors[-1].latest, "day")
                relative_to = anchors[-1].start
                confidence = 0.6
            elif _restates(folded, atom, following, dated_first=False) and (
                    following.has_year() or source is not None):
                year = following.lo[0] if following.has_year() else source.latest.year
                day = _first_day(following.lo, None, year)
                result = (day, day, "day")
                relative_to = folded.span(following.start, following.end)[0]
                confidence = 0.6
            elif (relative.deictic or relative.unit == "weekday") and anchor is not None:
                result = _shift(_Anchor(anchor, anchor, "day", -1, 0), relative, past=True)
                confidence = 0.6
            elif (relative.deictic or relative.unit == "weekday") and dateline is not None and not (
                    relative.unit == "weekday" and base is not dateline and _near(folded, base, atom.start)):
                # "NAIROBI, Apr. 30, 1994 -- ... on Friday": the week of the dispatch, unless
                # a date right before sets the week ("on Tuesday 19 July; by Thursday")
                result = _shift(dateline, relative, past=True)
                relative_to = dateline.start
                confidence = 0.5
            elif base is not None:
                result = _shift(base, relative, past=False)
                relative_to = base.start
                if relative.deictic:
                    confidence = 0.4
                elif relative.unit == "weekday":
                    confidence = 0.55
                elif not (relative.calendar or relative.unit == "day"):
                    confidence = min(confidence, 0.55)
            if result is None:
                natural = {"day": "day", "weekday": "day", "week": "range", "month": "month",
                           "year": "year"}
                normalized = {"earliest": None, "latest": None,
                              "precision": natural[relative.unit], "relative_to": None}
                confidence = _UNRESOLVED
            else:
                first, last, precision = result
                normalized = {"earliest": first.isoformat(), "latest": last.isoformat(),
                              "precision": precision, "relative_to": relative_to}
                grain = precision if precision in ("day", "month", "year") else (
                    "day" if relative.unit in ("day", "week", "weekday") else relative.unit)
                anchors.append(_Anchor(first, last, grain, start, atom.start))
                if not (relative.deictic or relative.unit == "weekday" or relative.offset >= 0):
                    looks_back.append(anchors[-1])
        else:
            normalized = {}
            own_year = atom.has_year()
            if not own_year:
                source = _year_for(folded, atom.start, full_year, any_year, dateline)
                lo, hi = atom.lo, atom.hi
                if source is not None:
                    lo[0] = hi[0] = source.latest.year
                    normalized["relative_to"] = source.start
                    confidence = min(confidence, _INFERRED_YEAR)
                elif anchor is not None:
                    lo[0] = hi[0] = anchor.year
                    normalized["relative_to"] = None
                    confidence = _ANCHOR_YEAR
                if lo[0] is not None and _first_day(lo, atom.lo_part, lo[0]) > _last_day(
                        hi, atom.hi_part, hi[0]):
                    lo[0] -= 1  # "from December to March" across a new year
            if atom.has_year():
                earliest = _first_day(atom.lo, atom.lo_part, atom.lo[0])
                latest = _last_day(atom.hi, atom.hi_part, atom.hi[0])
                normalized = {"earliest": earliest.isoformat(), "latest": latest.isoformat(),
                              "precision": _precision(atom), **normalized}
                grain = _grain(atom)
                if grain != "decade":
                    anchors.append(_Anchor(earliest, latest, grain, start, atom.start))
                    if own_year:
                        any_year = anchors[-1]
                        if grain in ("day", "month"):
                            full_year = anchors[-1]
                    if (dateline is None and grain == "day" and own_year
                            and atom.start < _DATELINE_REACH and _is_dateline(folded, atom)):
                        dateline = anchors[-1]
            else:
                normalized = {"earliest": None, "latest": None, "precision": _precision(atom),
                              "relative_to": None}
                confidence = 0.3
            if atom.ambiguous:
                normalized["ambiguous"] = True
        mentions.append(DateMention(start, end, text[start:end], normalized, round(confidence, 2)))
    return mentions


def find_dates(text: str, lang: str = "en", anchor: date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, with exact offsets.

    English and French styles are both recognised in any text, since sources mix them;
    ``lang`` ("en" or "fr") only sets how far an ambiguous numeric date ("06/04/1994")
    is trusted. ``anchor`` is the
    document's own date, used for "yesterday"-like phrases and for dates without a year
    when the text gives none.
    """
    if not text:
        return []
    folded = fold(text)
    atoms = []
    for atom in anchored_matches(_MASTER, _ANCHORS, folded.lower, _PREFIXES,
                                 lambda match: _build(match, folded, lang)):
        if atom.leading is not None:
            atoms.append(atom.leading)
        atoms.append(atom)
    return _resolve(folded, _join_ranges(folded, atoms), anchor)
