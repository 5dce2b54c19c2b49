"""Figures: the numbers a text uses to quantify, with what they count.

:func:`find_figures` returns one :class:`Figure` per quantity: numbers in digits and
words ("1,074,017", "forty-eight", "two million"), hedged numbers as one mention with
their hedge ("almost 1 million", "some 100", "over 3000", "près de 800 000"), ranges
as one mention with their opening word ("between 800,000 and one million", "25,000 to
45,000", "25-45,000", "entre 500 000 et 800 000"), vague quantities ("hundreds of
thousands"), percentages and proportions ("8.4%", "91.6 per cent", "half of", "two-thirds
of"), money, ages, durations and measures. Numbers that are not quantities are left out:
dates and years (found by :mod:`factfinder.extract.dates`), footnote markers ("[37]"),
page, article, resolution and witness numbers ("pp. 9-10", "Article 2", "Resolution
955", "Witness 31"), identifiers ("ICTR-96-4-T", "SAM-16", "107-16"), numbers inside
names ("the Falcon 50"), ordinals ("1st", "107th", "forty-eighth"), times ("10:30", "20 h
30"), multipliers ("four times"), list markers at the start of a line, phone-like digit
runs, and "one"/"un"/"une" as a pronoun or an article.

A figure's span holds the number, its scale word, a hedge right before it, "%" or "per
cent", and currency signs and words; the noun it counts stays outside ("More than
250,000" refugees). "an estimated" makes a figure approximate without entering its span.

``normalized`` is ``{"low", "high", "approx", "unit", "counted", "group"}`` plus
``"currency"`` for money:

* ``low``/``high``: ints, or floats for fractional values; None for an open bound.
  Hedges map to bounds as follows:

  ==================================================  ===========  ===========  ======
  hedge                                               low          high         approx
  ==================================================  ===========  ===========  ======
  about, around, some, environ, quelque, ...          n            n            True
  almost, nearly, close to, près de, presque, ...     n            n            True
  more than, over, in excess of, plus de, ...         n            None         True
  at least, no fewer than, au moins, ...              n            None         False
  up to, as many as, jusqu'à                          None         n            True
  fewer than, less than, under, moins de              None         n            True
  at most, no more than, au plus, ...                 None         n            False
  "n or more", "n+", "n et plus"                      n            None         True
  "n or so", "forty-odd", "deux mille environ"        n            n            True
  ==================================================  ===========  ===========  ======

  "almost n" keeps n as both bounds: it names a value just short of n, and an upper
  bound alone would make "nearly two million refugees" agree with ten. "over 3000" is a
  lower bound, not 3001. A range's hedge makes it approximate and keeps both ends. Vague
  quantities follow :mod:`factfinder.extract.numbers`. A shared thousands part is read
  into the low end when the high end is a round multiple: "25-45,000" is 25,000-45,000,
  "2-3 million" 2,000,000-3,000,000, but "between 1 and 1,001" stays as written.
  Proportions are percentages: "half of" is 50, "two-thirds of" 66.67.
* ``unit``: ``people`` when the figure counts people, ``percent``, ``money``, or ``count``
  for everything else (things, events, ages, durations, measures).
* ``counted``: what the sentence says the number counts, as a label: ``killed``,
  ``executed``, ``dead``, ``bodies``, ``victims``, ``casualties``, ``raped``, ``wounded``,
  ``missing``, ``refugees``, ``displaced``, ``returnees``, ``population``, ``troops``,
  ``peacekeepers``, ``soldiers``, ``militiamen``, ``arrests``, ``detainees``,
  ``prisoners``, ``survivors``, ``orphans``, ``accused``, ``perpetrators``, ``witnesses``,
  ``tortured``, ``convicted``, ``acquitted``, ``evacuated``, ``cases``, ``killings``,
  ``massacres``, ``people`` (a crowd not otherwise qualified); ``age``; for durations the
  unit (``days``, ``months``, ``years``, ``hours``...) or ``prison_years`` for a sentence;
  for measures the unit (``km``, ``miles``, ``litres``...); otherwise the plural noun right
  after the number ("12 prisons" -> "prisons"), or None. What happened to the people
  counted ("1,074,017 Tutsis were killed", "killed 20,000 civilians") wins over what they
  are ("refugees"), which then becomes the group when no other group is named.
* ``group``: who is counted when the text says so: "Tutsi", "Hutu", "Twa",
  "civilians", "children", "women", "men", "girls", "boys", "youths", "elderly",
  "clergy", "students", "refugees", nationalities.
* ``currency``: ISO 4217. "$" and "dollars" are USD, "£" GBP, "€" EUR, "francs
  français" FRF, "francs belges" BEF; "FRW", "Rwf", "francs rwandais" and a franc the
  text does not qualify are RWF, the currency of the sources this data pack is for.
"""

from __future__ import annotations

from typing import ClassVar

from factfinder.extract.spans import TypedSpan

import bisect
import re
from dataclasses import dataclass
from itertools import islice

from factfinder.extract.dates import MAX_YEAR, MIN_YEAR, DateMention, find_dates
from factfinder.extract.numbers import (
    GROUP_NOUNS,
    MODIFIER_BEFORE,
    OUTCOME_NOUNS,
    PEOPLE_LABELS,
    PEOPLE_NOUNS,
    REFERENCE_LABEL_BEFORE,
    STATUS_NOUNS,
    Folded,
    NumberMention,
    anchor_pattern,
    anchored_matches,
    counts_something,
    fold,
    modifier_kind,
    next_word,
    scan_numbers,
    word_table,
)

__all__ = ["Figure", "find_figures", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Figure(TypedSpan):
    TYPE: ClassVar[str] = "figure"


# verbs (and verbal nouns) that say what happened to the people counted
EVENT_WORDS = word_table({
    "killed|kill|kills|killing|murdered|murder|murdering|massacred|massacre|massacring|"
    "slaughtered|slaughter|slaughtering|exterminated|exterminate|exterminating|extermination|"
    "slain|slew|slay|butchered|hacked|gunned|shot|liquidated|eliminated|assassinated|lynched|"
    "tues|tue|tuee|tuees|tuer|tuant|tuerent|tuait|tuaient|massacrer|massacrees|assassines|"
    "assassinees|assassiner|extermines|exterminees|abattus|abattues|egorges|egorgees|"
    "decimes": "killed",
    "executed|execute|executing|executions|executes|executees|fusilles": "executed",
    "died|die|dies|dying|perished|perish|peri|peris|perirent|moururent|meurent|decedes|"
    "decedees|succombe": "dead",
    "raped|rape|raping|violees|violee": "raped",
    "maimed|mutilated|mutiles": "wounded",
    "uprooted|expelled|deported|displacement|expulses|deportes": "displaced",
    "fled|flee|fleeing|flees|exiled|exodus|fui|fuient|fuyaient|fuirent|enfuis|exiles": "refugees",
    "detained|imprisoned|jailed|incarcerated|emprisonnes|incarceres": "detainees",
    "arrested|arretes|arretees|interpelles": "arrests",
    "disappeared|abducted|kidnapped|enleves|enlevees": "missing",
    "returned|repatriated|rentres|retournes": "returnees",
    "tortured|tortures|torturees": "tortured",
    "convicted|sentenced|condamnes|condamnees": "convicted",
    "acquitted|acquittes": "acquitted",
    "indicted|charged|prosecuted|inculpes|poursuivis": "accused",
    "evacuated|evacues": "evacuated",
})
# when several verbs apply ("tortured, raped, and murdered"), the gravest names the count
_LABEL_RANK = {label: rank for rank, label in enumerate(
    ("killed", "executed", "dead", "bodies", "victims", "casualties", "raped", "wounded",
     "tortured", "missing", "displaced", "refugees", "arrests", "detainees", "prisoners",
     "accused", "convicted", "acquitted", "returnees", "evacuated"))}
_AUXILIARIES = frozenset(
    "were was are is be been being have had has will would could may might reportedly "
    "allegedly who which that qui ont sont ete furent fut etaient avaient auraient aurait "
    "seraient avait a est y se s'".split()
)
_NOUN_PHRASE_LINKS = frozenset(
    "of the them whom de des du d' les la le l' of-the their leur leurs his her these those "
    "such other others more additional further autres plus".split()
)
_DETERMINERS = frozenset("the a an le la les un une this that these those ce cette ces".split())
_CLAUSE_STOPS = frozenset(
    "where when whom whose while because but and or nor as than in into at on to from with "
    "by for during after before since near across within inside outside between among "
    "dans au aux en vers pour avec sur par pendant chez entre parmi ou et mais car lorsque "
    "quand dont apres avant depuis selon according".split()
)
_SINGULAR_GROUPS = {"priest": "clergy", "bishop": "clergy", "nun": "clergy", "friar": "clergy",
                    "archbishop": "clergy", "child": "children", "woman": "women",
                    "girl": "girls", "boy": "boys", "civilian": "civilians"}
_TIME_UNITS = word_table({
    "day|days|jour|jours|journee|journees": "days",
    "week|weeks|semaine|semaines": "weeks",
    "month|months|mois": "months",
    "year|years|ans|annee|annees": "years",
    "hour|hours|heure|heures": "hours",
    "minute|minutes": "minutes",
    "decade|decades|decennie|decennies": "decades",
    "century|centuries|siecle|siecles": "centuries",
})
_MEASURES = word_table({
    "km|kilometres|kilometers|kilometre|kilometer": "km",
    "miles|mile": "miles",
    "metres|meters|metre|meter|m2": "m",
    "hectares|hectare|ha": "ha",
    "kg|kilograms|kilogrammes|kilos": "kg",
    "tonnes|tons|tonne|ton": "tonnes",
    "litres|liters": "litres",
})
_NOT_A_HEAD = frozenset(
    "this was has its is as us yes plus les des mes ses ces nous vous dans sous sans tous "
    "thus does goes always perhaps whereas besides towards afterwards".split()
)

_TOKEN = re.compile(r"(?:[a-z]\.){2,}|[a-z]+(?:['-][a-z]+)*'?|[0-9][0-9.,]*|[^\sa-z0-9]")
_SKIPPED_MARKS = frozenset({"*", "_", '"', "'", "`"})
_PERCENT_AFTER = re.compile(r"\s?%|\s*(?:per\s?cent|percent|pour\s?cent|p\.\s?100|pct)(?![a-z])")
_CURRENCY_BEFORE = re.compile(
    r"(?<![a-z])(?P<cur>us\s?\$|u\.s\.\s?\$|\$|usd|€|eur|£|gbp|frw|rwf|chf|bif|fbu)\s?$"
)
_CURRENCY_AFTER = re.compile(
    r"\s*(?:(?:de|d')\s*)?(?P<cur>(?:us|u\.s\.|american)\s+dollars?|dollars?\s+(?:us|americains?)|"
    r"dollars?|euros?|pounds?(?:\s+sterling)?|(?:rwandan|rwandese)\s+francs?|francs?\s+rwandais|"
    r"french\s+francs?|francs?\s+francais|belgian\s+francs?|francs?\s+belges|swiss\s+francs?|"
    r"francs?\s+suisses|francs?\s+cfa|cfa\s+francs?|francs?|frw|rwf|usd|eur|chf|\$|€|£)(?![a-z])"
)
_POSTFIX = re.compile(r"(?P<open>\s*\+|-plus(?![a-z])|\s+(?:or|and|ou|et)\s+(?:more|plus)(?![a-z]))"
                      r"|\s+(?:or\s+so|environ)(?![a-z])|-odd(?![a-z])")
# "an estimated 800,000": approximate, but the words stay outside the figure's span
_ESTIMATED_BEFORE = re.compile(r"(?<![a-z])(?:an\s+estimated|estimated\s+at|estimated|est\.|"
                               r"une\s+estimation\s+de|estimee?s?\s+a)\s*$")
_RANGE_GAP = re.compile(r"\s*[-–]\s*|—|\s+(?:to|and|a|et)\s+")
_RANGE_PREFIX = re.compile(r"(?<![\w'])(?:between|from|entre|de\s|d')\s*$")
_AGE_BEFORE = re.compile(r"(?<![a-z])(?:aged|ages?|agee?s?\s+de|age\s+de)\s*$")
_AGE_AFTER = re.compile(r"[\s-]+years?[\s-]+old(?![a-z])|[\s-]year-olds?(?![a-z])")
_PRISON_BEFORE = re.compile(r"(?<![a-z])(?:sentenced|condemned|jailed|imprisonment|prison|term|"
                            r"terms|condamnee?s?|peine|peines|emprisonnement|reclusion|requis|"
                            r"requiert|demande|demandes?)\b")
_TIME_AFTER = re.compile(r"\s*(?:a\.?m\.?|p\.?m\.?|h[0-9]{0,2}|o'clock|hrs?|gmt|utc)(?![a-z])|:[0-9]")
_TIME_BEFORE = re.compile(r"[0-9]\s?h\s?$")
_MULTIPLIER_AFTER = re.compile(r"(?:\s+times|\s+fois|-fold)(?![a-z])")
_PAGE_AFTER_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}[a-z]?\s*:\s*$")
_FOOTNOTE_OPEN = re.compile(r"\[[0-9,\s–-]*$")
_FOOTNOTE_CLOSE = re.compile(r"[0-9,\s–-]*\]")
_LIST_MARKER_AFTER = re.compile(r"[.)]\s")
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+|\n")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt maj capt sgt st mt no nos p pp para paras art vol ch fig "
    "cf eg ie etc vs v al approx est jan feb mar apr jun jul aug sep sept oct nov dec inc ltd "
    "co corp mgr fr rev hon jr sr m mme mlle mm me av env op cit ibid id hrg nr dept govt".split()
)

_ISO_CURRENCY = [
    (("us ", "u.s.", "american", "dollar", "$", "usd"), "USD"),
    (("euro", "€", "eur"), "EUR"),
    (("pound", "£", "gbp"), "GBP"),
    (("french", "francais"), "FRF"),
    (("belg",), "BEF"),
    (("swiss", "suisse", "chf"), "CHF"),
    (("cfa",), "XAF"),
    (("bif", "fbu"), "BIF"),
]


def _currency_code(surface: str) -> str:
    """ISO 4217 for a currency sign, code or word (see the module doc)."""
    for needles, code in _ISO_CURRENCY:
        if any(needle in surface for needle in needles):
            return code
    return "RWF"


# --------------------------------------------------------------------------- sentences


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """Sentence starts in text[start:end]: after terminal punctuation that does not end
    an abbreviation or an initial, and after a line break that is not a wrapped line."""
    found = []
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end()
        mark = match.start()
        following = text[cut: cut + 1]
        if text[mark] == "\n":
            before = text[mark - 1: mark]
            if (before.isalpha() or before == ",") and following.islower():
                continue  # a line wrapped inside a sentence
        else:
            if following.islower():
                continue
            if text[mark] == ".":
                space = text.rfind(" ", max(0, mark - 12), mark)
                word = text[space + 1 if space >= 0 else max(0, mark - 12): mark].lstrip("([\"'")
                if (len(word) == 1 and word.isalpha()) or "." in word or word.lower() in _ABBREVIATIONS:
                    continue  # "J. Smith", "U.S. troops", "pp. 9", "Apr. 6"
        found.append(cut)
    return found


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A simple sentence splitter for when the pipeline passes no sentence spans."""
    folded = fold(text)
    starts = [0] + [folded.to_original(b) for b in _boundaries(folded.text, 0, len(folded.text))]
    spans = []
    for i, begin in enumerate(starts):
        finish = starts[i + 1] if i + 1 < len(starts) else len(text)
        if text[begin:finish].strip():
            spans.append((begin, finish))
    return spans


def _sentence_of(boundaries: list[int], length: int, position: int) -> tuple[int, int]:
    k = bisect.bisect_right(boundaries, position)
    return (boundaries[k - 1] if k else 0), (boundaries[k] if k < len(boundaries) else length)


# --------------------------------------------------------------------------- exclusions


def _line_start(text: str, position: int) -> bool:
    k = position - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


_NOT_IN_CODE = re.compile(r"[^A-Za-z0-9/-]")
_CAPITAL = re.compile(r"[A-Z]")


def _identifier_chain(text: str, start: int, end: int) -> bool:
    """Whether the number sits in a code like "ICTR-96-4-T", "S/RES/955", "SAM-16"."""
    if text[start - 1: start] not in ("-", "/") and text[end: end + 1] not in ("-", "/"):
        return False
    reach = 40
    before = text[max(0, start - reach): start][::-1]
    stop = _NOT_IN_CODE.search(before)
    left = start - (stop.start() if stop else len(before))
    stop = _NOT_IN_CODE.search(text, end, end + reach)
    right = stop.start() if stop else min(len(text), end + reach)
    chain = text[left:right]
    return "/" in chain or _CAPITAL.search(chain) is not None


def _excluded(folded: Folded, number: NumberMention, date_starts: list[int],
              date_ends: list[int]) -> bool:
    text, lower = folded.text, folded.lower
    start, end = number.start, number.end
    original_start, original_end = folded.span(start, end)
    k = bisect.bisect_right(date_starts, original_start) - 1
    if k >= 0 and date_ends[k] > original_start:
        return True
    k += 1
    if k < len(date_starts) and date_starts[k] < original_end:
        return True
    if _MULTIPLIER_AFTER.match(lower, end):
        return True  # "four times their capacity"
    if number.kind == "words":
        return number.text == "zero" or bool(_FRACTION_AFTER.match(lower, end))
    if number.kind != "digits":
        return False
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if after.isalpha() or after in "/@_" or before in "/#=@_":
        return True  # ordinals ("1st", "2e"), units glued on, paths and codes
    if before in "-–" and start >= 2 and text[start - 2].isalpha():
        return True  # "SAM-16", "G-3"
    if _identifier_chain(text, start, end):
        return True
    if REFERENCE_LABEL_BEFORE.search(lower, max(0, start - 16), start):
        return True
    if _PAGE_AFTER_YEAR.search(lower, max(0, start - 12), start):
        return True  # "(Des Forges 1999: 15)"
    if _FOOTNOTE_OPEN.search(lower, max(0, start - 12), start) and _FOOTNOTE_CLOSE.match(lower, end):
        return True
    if (_TIME_AFTER.match(lower, end) or _TIME_BEFORE.search(lower, max(0, start - 4), start)
            or (start >= 2 and text[start - 1] == ":" and text[start - 2].isdecimal())):
        return True  # "10:30", "20 h 30", "9 a.m."
    if (after == "." and text[end + 1: end + 2].isdecimal()) or (
            before == "." and start >= 2 and text[start - 2].isdecimal()):
        return True  # "3.2.1": a section number
    name = _NAME_BEFORE.search(text, max(0, start - 24), start)
    if name and not number.grouped and len(number.text) <= 4:
        word = name.group(1).lower()
        following = next_word(lower, end)
        if (word not in GROUP_NOUNS and word not in PEOPLE_NOUNS and
                not (following.endswith("s") and following not in _NOT_PLURAL)
                and not counts_something(lower, end) and not _PERCENT_AFTER.match(lower, end)):
            return True
    if _line_start(text, start) and (_LIST_MARKER_AFTER.match(text, end) or (
            "." in number.text and not number.grouped and text[end: end + 2].strip()[:1].isupper())):
        return True  # "1. Introduction", "12) The Commission", "3.2 Background"
    return False


_FRACTION_AFTER = re.compile(r"-[a-z]*(?:th|ths|first|second)(?![a-z])")
# "one" is a pronoun ("one of", "no one") unless a noun of something counted follows; in
# French "un"/"une" are also the article, so they are never taken alone
_ONE_OF_A_KIND = frozenset(
    "case person man woman child soldier victim refugee survivor priest nun body witness judge "
    "vote abstention prisoner detainee officer civilian girl boy camp prison court site village "
    "commune hill church school hospital grave truck truckload rocket death killing massacre "
    "attack family".split()
)
# a number inside a name: "the Falcon 50 carrying", "a Boeing 707"
# words ending in "s" that are no plural noun counted ("the president's Falcon 50 is shot down")
_NOT_PLURAL = frozenset("is was has as its his this thus us always plus perhaps across towards afterwards besides "
                        "unless whereas yes".split())
_NAME_BEFORE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]{2,}) $")


def _phone_like(folded: Folded, numbers: list[NumberMention], i: int) -> int:
    """How many numbers from i on form a phone-like run ("+250 788 30 50 20"), or 0."""
    text = folded.text
    run = [numbers[i]]
    while len(run) < 8 and i + len(run) < len(numbers):
        following = numbers[i + len(run)]
        gap = text[run[-1].end: following.start]
        if following.kind != "digits" or following.grouped or len(gap) != 1 or gap not in " .-":
            break
        run.append(following)
    if any(n.kind != "digits" or n.grouped or len(n.text) > 4 for n in run):
        return 0
    plus = text[run[0].start - 1: run[0].start] == "+"
    if len(run) >= 4 or (plus and len(run) >= 2) or (len(run) == 3 and text[run[0].start] == "0"):
        return len(run)
    return 0


# --------------------------------------------------------------------------- composition


@dataclass(slots=True)
class _Draft:
    start: int                      # folded offsets of the whole figure
    end: int
    number_start: int               # the first and last number, for context windows
    number_end: int
    low: int | float | None
    high: int | float | None
    approx: bool
    kind: str
    unit: str | None = None         # "percent" or "money" when the figure says so
    currency: str | None = None
    year_like: bool = False
    hedged: bool = False


def _scaled_low(first: NumberMention, second: NumberMention) -> int | float:
    """The low end of "25-45,000" (25,000) or "2-3 million" (2,000,000)."""
    value = first.low
    if first.kind == "vague" or first.scale > 1 or first.grouped or value >= 1000:
        return value
    if second.scale > 1:
        candidate = value * second.scale
        return candidate if candidate <= second.high else value
    if second.grouped:
        for factor in (1000, 10**6):
            if value * factor <= second.high < value * factor * 1000 and second.high % factor == 0:
                return value * factor
    return value


def _currency_prefix(lower: str, position: int) -> re.Match[str] | None:
    return _CURRENCY_BEFORE.search(lower, max(0, position - 6), position)


def _range_end(lower: str, first: NumberMention, second: NumberMention, lang: str,
               percent: re.Match[str] | None) -> tuple[int | float | None, bool]:
    """(low, True) when ``first`` and ``second`` form one range; (None, True) when they
    form a code ("107-16"); (None, False) otherwise."""
    first_end = percent.end() if percent else first.end
    prefix_currency = _currency_prefix(lower, second.start)
    gap_end = prefix_currency.start() if prefix_currency else second.start
    if gap_end < first_end or second.kind == "vague":
        return None, False
    gap = _RANGE_GAP.fullmatch(lower, first_end, gap_end)
    if gap is None:
        return None, False
    connector = gap.group(0).strip()
    between = _RANGE_PREFIX.search(lower, max(0, first.start - 10), first.start)
    if connector in ("and", "et") and not (between and between.group(0).strip() in ("between", "entre")):
        return None, False
    if connector == "a" and lang != "fr":
        return None, False
    if percent and not _PERCENT_AFTER.match(lower, second.end):
        return None, False
    scaled = _scaled_low(first, second)
    if scaled < second.high:
        return scaled, True
    if connector in ("-", "–") and gap.group(0) == connector and first.kind == second.kind == "digits":
        return None, True
    return None, False


def _compose(folded: Folded, numbers: list[NumberMention], excluded: list[bool],
             lang: str) -> list[_Draft]:
    lower = folded.lower
    drafts: list[_Draft] = []
    i = 0
    count = len(numbers)
    while i < count:
        if excluded[i]:
            i += 1
            continue
        first = numbers[i]
        last = first
        low: int | float | None = first.low
        joined = False
        if i + 1 < count and not excluded[i + 1] and first.kind != "vague":
            percent = _PERCENT_AFTER.match(lower, first.end)
            scaled, paired = _range_end(lower, first, numbers[i + 1], lang, percent)
            if paired and scaled is None:
                i += 2  # "107-16": a code, not a descending range
                continue
            if paired:
                low, last, joined = scaled, numbers[i + 1], True
        if first.text in ("one", "un", "une") and not joined and not (
                first.text == "one" and next_word(lower, first.end) in _ONE_OF_A_KIND):
            i += 1
            continue  # "one of the judges", "une patrouille"; but "one case was reported"
        draft = _Draft(first.start, last.end, first.start, last.end, low, last.high,
                       first.approx or last.approx, first.kind)
        if joined:
            between = _RANGE_PREFIX.search(lower, max(0, first.start - 10), first.start)
            if between:
                draft.start = between.start()
        _decorate(folded, draft, first, last)
        drafts.append(draft)
        i += 2 if joined else 1
        while i < count and numbers[i].start < draft.end:
            i += 1  # "cent" in "14 pour cent" belongs to the percentage
    return drafts


_HEDGE_BOUNDS = {
    # kind: (keeps low, keeps high, approx) for a single number
    "about": (True, True, True), "almost": (True, True, True), "exact": (True, True, False),
    "over": (True, False, True), "at_least": (True, False, False),
    "up_to": (False, True, True), "under": (False, True, True), "at_most": (False, True, False),
}


def _decorate(folded: Folded, draft: _Draft, first: NumberMention, last: NumberMention) -> None:
    """Percent, currency, hedges and the year test, extending the draft's span."""
    lower = folded.lower
    percent = _PERCENT_AFTER.match(lower, draft.end)
    if percent:
        draft.end = percent.end()
        draft.unit = "percent"
    prefix = _currency_prefix(lower, draft.start)
    if prefix:
        draft.start = prefix.start()
        draft.unit, draft.currency = "money", _currency_code(prefix.group("cur"))
    elif draft.unit is None:
        suffix = _CURRENCY_AFTER.match(lower, draft.end)
        if suffix:
            draft.end = suffix.end()
            draft.unit = "money"
            draft.currency = _currency_code(suffix.group("cur"))
    _hedge(lower, draft, single=first is last)
    draft.year_like = (
        first is last and first.kind == "digits" and not first.grouped and first.scale == 1
        and isinstance(first.low, int) and MIN_YEAR <= first.low <= MAX_YEAR
        and len(first.text) == 4
    )


def _hedge(lower: str, draft: _Draft, single: bool) -> None:
    hedge = MODIFIER_BEFORE.search(lower, max(0, draft.start - 30), draft.start)
    if hedge:
        draft.start = hedge.start()
        draft.hedged = True
        keeps_low, keeps_high, approx = _HEDGE_BOUNDS[modifier_kind(hedge.group(0).strip())]
        if single:
            draft.low = draft.low if keeps_low else None
            draft.high = draft.high if keeps_high else None
        draft.approx = approx or draft.approx
    elif _ESTIMATED_BEFORE.search(lower, max(0, draft.start - 24), draft.start):
        draft.approx = True
    postfix = _POSTFIX.match(lower, draft.end)
    if postfix:
        draft.end = postfix.end()
        draft.hedged = True
        draft.approx = True
        if postfix.group("open"):
            draft.high = None


# --------------------------------------------------------------------------- proportions

_PROPORTION = re.compile(
    r"(?<![\w-])(?:(?P<half>half)|(?P<count>a|one|two|three|four)[\s-]+(?P<part>thirds?|quarters?|fifths?)"
    r"|la\s+(?P<moitie>moitie)|(?P<fcount>un|deux|trois|quatre)\s+(?P<fpart>tiers|quarts?|cinquiemes?))"
    r"(?=\s+(?:of|the|de|des|du)\b|\s+d')"
)
_PROPORTION_ANCHORS = anchor_pattern({"half", "third", "thirds", "quarter", "quarters", "fifth",
                                      "fifths", "moitie", "tiers", "quart", "quarts",
                                      "cinquieme", "cinquiemes"})
_PROPORTION_PREFIXES = frozenset("a one two three four la un deux trois quatre".split())
_PARTS = {"third": 3, "quarter": 4, "fifth": 5, "tiers": 3, "quart": 4, "cinquieme": 5}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "un": 1, "deux": 2, "trois": 3,
           "quatre": 4}
_OF_A_UNIT = re.compile(r"\s+(?:of\s+an?|d'une?)\s")


def _proportion(lower: str, match: re.Match[str]) -> _Draft | None:
    """"half of the victims" (50 percent), "two-thirds of", "la moitié des": a proportion,
    not "a quarter of a century" (a fraction of a unit)."""
    if _OF_A_UNIT.match(lower, match.end()):
        return None
    if match.group("half") or match.group("moitie"):
        value: int | float = 50
    else:
        count = _COUNTS[match.group("count") or match.group("fcount")]
        word = match.group("part") or match.group("fpart")
        part = _PARTS.get(word) or _PARTS[word.rstrip("s")]   # « tiers » is singular and plural
        value = round(100 * count / part, 2)
        if value == int(value):
            value = int(value)
    start, end = match.span()
    draft = _Draft(start, end, start, end, value, value, False, "words", unit="percent")
    _hedge(lower, draft, single=True)
    return draft


# --------------------------------------------------------------------------- what is counted


@dataclass(slots=True)
class _Context:
    counted: str | None = None
    group: str | None = None
    people: bool = False
    plain_people: bool = False      # "300 people": a crowd, not otherwise qualified
    measure: bool = False           # an age, a duration or a measure: never people
    evidence: bool = False          # a noun or verb ties the number to something counted


def _tokens(lower: str, start: int, end: int, limit: int) -> list[str]:
    return [match.group(0) for match in islice(_TOKEN.finditer(lower, start, end), limit)]


_PLAIN_PEOPLE = frozenset("people persons person personnes personne individuals individus gens".split())


def _first_word(token: str, following: str, context: _Context) -> bool:
    """Read the first word after the number; True when it settles the figure (a unit)."""
    word = token.split("-")[0]
    if token in ("year-old", "years-old", "year-olds"):
        context.counted, context.measure = "age", True
        return True
    if word in _TIME_UNITS and following != "old":
        context.counted, context.measure = _TIME_UNITS[word], True
        return True
    if word in _MEASURES:
        context.counted, context.measure = _MEASURES[word], True
        return True
    if (token.endswith(("s", "x")) and len(token) >= 4 and token not in _NOT_A_HEAD
            and token not in _AUXILIARIES and token not in _CLAUSE_STOPS
            and token not in PEOPLE_NOUNS and token not in EVENT_WORDS):
        context.counted = token  # a plain plural noun; labels found later win
    return False


def _participle(token: str, lang: str) -> str | None:
    """The event a verb form names; French "massacrés" folds to the noun "massacres"."""
    if lang == "fr" and token in ("massacres", "massacre"):
        return "killed"
    return EVENT_WORDS.get(token)


def _after(lower: str, start: int, end: int, lang: str, context: _Context) -> tuple[str | None, str | None]:
    """Scan the words after the figure: its noun phrase, then a verb group.

    Returns (event or outcome label, status label) and fills ``context``.
    """
    tokens = _tokens(lower, start, end, 16)
    event = outcome = status = None
    best_rank = len(_LABEL_RANK)
    in_verb_group = False
    words_in_phrase = 0
    first_word = True
    head_found = False
    previous = ""
    for index, token in enumerate(tokens):
        if head_found and token in _DETERMINERS and previous not in _NOUN_PHRASE_LINKS:
            break  # a new noun phrase: "1,994 cases the court acquitted"
        previous = token
        if token in _SKIPPED_MARKS or (index == 0 and token in (")", "-")):
            continue
        if token[0].isdecimal():
            break
        if not token[0].isalpha():
            if in_verb_group and token == "," and event:
                continue  # "tortured, raped, and murdered"
            break
        if first_word:
            first_word = False
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if _first_word(token, following, context):
                return None, None
        if in_verb_group:
            label = (_participle(token, lang) or OUTCOME_NOUNS.get(token)
                     or STATUS_NOUNS.get(token))
            if label is not None:
                rank = _LABEL_RANK.get(label, len(_LABEL_RANK))
                if event is None or rank < best_rank:
                    event, best_rank = label, rank
            elif not (token in _AUXILIARIES or token.endswith(("ly", "ment")) or token in (
                    "and", "or", "et", "ou", "also", "then", "all", "down", "up", "been")):
                break
            continue
        if token.split("-")[0] in ("man", "men", "strong", "member", "person", "people"):
            context.people = True  # "a 100-man force", "the 2,500-strong contingent"
        participle = _participle(token, lang) if words_in_phrase else EVENT_WORDS.get(token)
        if participle:
            event = participle
            best_rank = _LABEL_RANK.get(event, len(_LABEL_RANK))
            in_verb_group = True
            continue
        if token in _AUXILIARIES:
            in_verb_group = True
            continue
        if token in GROUP_NOUNS or token in _SINGULAR_GROUPS:
            group = GROUP_NOUNS.get(token) or _SINGULAR_GROUPS[token]
            if context.group is None or context.group in ("civilians", "refugees"):
                context.group = group
            context.people = True
        if token in OUTCOME_NOUNS:
            outcome = outcome or OUTCOME_NOUNS[token]
            context.people = context.people or OUTCOME_NOUNS[token] in PEOPLE_LABELS
            head_found = True
        elif token in STATUS_NOUNS:
            status = status or STATUS_NOUNS[token]
            context.people = context.people or status in PEOPLE_LABELS
            head_found = True
        elif token in PEOPLE_NOUNS:
            context.people = True
            context.plain_people = context.plain_people or token in _PLAIN_PEOPLE
            head_found = True
        if token in _CLAUSE_STOPS:
            break
        if token not in _NOUN_PHRASE_LINKS:
            words_in_phrase += 1
            if words_in_phrase > 5:
                break
    return outcome or event, status


def _before(lower: str, start: int, end: int, context: _Context) -> tuple[str | None, str | None]:
    """Scan up to six words before the figure for a verb ("killed 20,000") or a noun
    ("a population of 7,099,844", "the death toll reached 800,000")."""
    tokens = _TOKEN.findall(lower, start, end)[-6:]
    event = noun = None
    for distance, token in enumerate(reversed(tokens)):
        if token == ":":
            continue  # "Women raped: 250,000"
        if not token[0].isalpha() or token in _CLAUSE_STOPS:
            break  # punctuation, or a preposition: "shot down by two missiles"
        if token in EVENT_WORDS and event is None and distance <= 3:
            event = EVENT_WORDS[token]
        elif noun is None and (token in OUTCOME_NOUNS or token in STATUS_NOUNS):
            noun = OUTCOME_NOUNS.get(token) or STATUS_NOUNS[token]
        if token in GROUP_NOUNS and context.group is None and distance <= 3:
            context.group = GROUP_NOUNS[token]
            context.people = True
    return event, noun


def _nearest_in_clause(lower: str, sentence: tuple[int, int], position: int) -> str | None:
    """The label of the event or outcome word nearest to ``position`` in its sentence,
    not across a semicolon ("It killed 1,000; forty priests fled")."""
    start = max(sentence[0], position - _CLAUSE_REACH)
    end = min(sentence[1], position + _CLAUSE_REACH)
    semicolon = lower.rfind(";", start, position)
    start = semicolon + 1 if semicolon >= 0 else start
    semicolon = lower.find(";", position, end)
    end = semicolon if semicolon >= 0 else end
    best = None
    best_distance = None
    for match in _WORD.finditer(lower, start, end):
        word = match.group(0)
        label = EVENT_WORDS.get(word) or OUTCOME_NOUNS.get(word)
        if label is None:
            continue
        distance = abs(match.start() - position)
        if best_distance is None or distance < best_distance:
            best, best_distance = label, distance
    return best


_WORD = re.compile(r"[a-z]+")
_CLAUSE_REACH = 300  # characters; a run-on "sentence" in a bad scan can be megabytes
_WINDOW_AFTER = 140
_WINDOW_BEFORE = 70


def _context(folded: Folded, draft: _Draft, sentence: tuple[int, int], lang: str) -> _Context:
    lower = folded.lower
    context = _Context()
    sentence_start, sentence_end = sentence
    if _AGE_BEFORE.search(lower, max(0, draft.start - 12), draft.start) or _AGE_AFTER.match(
            lower, draft.number_end):
        context.counted, context.measure = "age", True
        return context
    after_label, status = _after(lower, draft.end, min(sentence_end, draft.end + _WINDOW_AFTER),
                                 lang, context)
    if context.measure:
        if context.counted == "years":
            if _PRISON_BEFORE.search(lower, max(sentence_start, draft.start - 60), draft.start):
                context.counted = "prison_years"  # "sentenced to 35 years"
            elif lang == "fr" and lower[max(0, draft.start - 2): draft.start] == ", ":
                context.counted = "age"  # "Juvénal Habyarimana, 57 ans"
        return context
    before_event, before_noun = _before(lower, max(sentence_start, draft.start - _WINDOW_BEFORE),
                                        draft.start, context)
    label = after_label or before_event or status or before_noun
    if label is not None:
        context.evidence = True
        context.counted = label
        if status == "refugees" and label != status and context.group is None:
            context.group = "refugees"
    elif context.counted is not None:
        context.evidence = True  # a plain plural noun right after the number
    elif (context.people or context.group) and draft.unit is None:
        context.counted = _nearest_in_clause(lower, sentence, draft.number_start)
        if context.counted is None and context.plain_people:
            context.counted = "people"
    if context.counted in PEOPLE_LABELS:
        context.people = True
    return context


# --------------------------------------------------------------------------- entry point


def _lang(lang: str) -> str:
    return "fr" if lang.lower().startswith("fr") else "en"


def find_figures(text: str, lang: str = "en", sentences: list[tuple[int, int]] | None = None,
                 dates: list[DateMention] | None = None) -> list[Figure]:
    """Every figure in ``text``, in order, with exact offsets.

    ``sentences`` (original offsets, sorted) limit where the words saying what a figure
    counts are looked for; without them a simple splitter is used. ``dates`` are the
    text's date mentions if already found (numbers inside them are not figures).
    """
    if not text:
        return []
    lang = _lang(lang)
    folded = fold(text)
    lower = folded.lower
    if dates is None:
        dates = find_dates(text, lang)
    spans = sorted((d.start, d.end) for d in dates)
    date_starts = [s for s, _ in spans]
    date_ends = [e for _, e in spans]
    proportions = list(anchored_matches(_PROPORTION, _PROPORTION_ANCHORS, lower,
                                        _PROPORTION_PREFIXES, lambda m: _proportion(lower, m)))
    numbers = scan_numbers(folded, lang)
    if proportions:  # "two" in "two thirds of" is part of the proportion
        numbers = [n for n in numbers
                   if not any(p.start < n.end and n.start < p.end for p in proportions)]
    excluded = [_excluded(folded, n, date_starts, date_ends) for n in numbers]
    i = 0
    while i < len(numbers):
        run = _phone_like(folded, numbers, i) if not excluded[i] else 0
        for k in range(i, i + run):
            excluded[k] = True
        i += max(run, 1)
    # a number joined to an excluded reference or code is part of it ("pp. 9-10")
    for i in range(1, len(numbers)):
        if excluded[i - 1] and not excluded[i] and numbers[i].kind == "digits":
            gap = lower[numbers[i - 1].end: numbers[i].start]
            if _LIST_GAP.fullmatch(gap) and REFERENCE_LABEL_BEFORE.search(
                    lower, max(0, numbers[i - 1].start - 16), numbers[i - 1].start):
                excluded[i] = True
    drafts = sorted(_compose(folded, numbers, excluded, lang) + proportions,
                    key=lambda d: d.start)
    sentence_starts = [s for s, _ in sentences] if sentences else []
    boundaries: list[int] | None = None
    figures = []
    for draft in drafts:
        original = folded.to_original(draft.number_start)
        k = bisect.bisect_right(sentence_starts, original) - 1
        if k >= 0 and original < sentences[k][1]:
            sentence = (folded.to_folded(sentences[k][0]), folded.to_folded(sentences[k][1]))
        else:  # no sentences given, or none holds the figure
            if boundaries is None:
                boundaries = _boundaries(folded.text, 0, len(folded.text))
            sentence = _sentence_of(boundaries, len(folded.text), draft.number_start)
        context = _context(folded, draft, sentence, lang)
        if draft.year_like and not (draft.hedged or draft.unit or context.evidence):
            continue  # a year the date finder did not claim, or a page: not a count
        if not draft.unit and (draft.high or draft.low or 0) <= AGE_BOUND_MAX and \
                _AGE_BOUND_BEFORE.search(lower, max(0, draft.start - 40), draft.start) and \
                _AGE_BOUND_WORD.match(lower, draft.start):
            continue  # "children under five", « les enfants de moins de cinq ans »: an age, not a count
        if draft.unit:
            unit = draft.unit
        else:
            unit = "people" if context.people and not context.measure else "count"
        counted = context.counted
        if unit in ("percent", "money") and counted not in PEOPLE_LABELS and counted != "population":
            counted = None
        normalized: dict[str, object] = {
            "low": draft.low, "high": draft.high, "approx": draft.approx, "unit": unit,
            "counted": counted, "group": context.group,
        }
        if draft.currency:
            normalized["currency"] = draft.currency
        start, end = folded.span(draft.start, draft.end)
        figures.append(Figure(start, end, text[start:end], normalized,
                              _confidence(draft, context, unit)))
    return figures


# An age bound after the people it bounds: "children under five", "infants below 2", « enfants de moins de 5 ans »
# (the folded, lower-cased text; the bound's words are part of the figure as drafted).
_AGE_BOUND_BEFORE = re.compile(r"(?<![a-z])(?:children|child|kids|infants|babies|toddlers|boys|girls|enfants|"
                               r"nourrissons|bebes)\s+(?:(?:aged|age)\s+|(?:ages|agees?)\s+(?:de\s+)?|de\s+)?$")
AGE_BOUND_MAX = 18   # "children under five" bounds an age; "children of over 2,000 families" counts families
_AGE_BOUND_WORD = re.compile(r"(?:under|below|over|above|moins\s+de|plus\s+de)(?![a-z])")
_LIST_GAP = re.compile(r"\s*(?:[-–,&]|and|et|to|a)\s*")


def _confidence(draft: _Draft, context: _Context, unit: str) -> float:
    if draft.year_like:
        return 0.6
    score = {"digits": 0.85, "words": 0.8, "vague": 0.7}[draft.kind]
    if context.evidence or context.measure or unit in ("percent", "money"):
        score += 0.1
    if draft.kind == "words" and draft.low is not None and draft.low < 10 and not context.evidence:
        score -= 0.2
    return round(min(score, 0.95), 2)
