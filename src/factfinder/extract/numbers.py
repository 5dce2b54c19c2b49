"""Numbers written in digits or in words, in English and French, with exact spans.

The parsers work on a *folded* copy of the text (see :func:`fold`): accented letters,
odd spaces, dashes, quotes, fullwidth and other non-ASCII digits become plain forms, so
that one set of patterns serves clean text, OCR output and typographic Unicode alike.
Spans always map back to the original string exactly.

Conventions
-----------
* Thousands separators: "," in both languages ("1,074,017"); "." with two or more
  groups ("1.074.017"), or with one group in French ("1.500"); a plain space in French
  ("1 074 017"); a no-break, narrow no-break, thin or figure space in both languages.
  The decimal separator is "." in English and "," or "." in French ("1,5 milliard").
  A single comma followed by exactly three digits is a thousands separator in French
  too ("25,000"), because French sources quote English-style figures far more often
  than they write three decimals.
* "billion" is 10**9 in English and 10**12 in French, where "milliard" is 10**9.
  "1m", "2 mn" and "1.5bn" are millions and billions; "800k" is 800,000.
* A vague plural of a unit means at least two and fewer than ten of that unit, with
  approx=True: "thousands" 2,000-9,999; "tens of thousands" 20,000-99,999; "hundreds
  of thousands" 200,000-999,999; "millions" 2,000,000-9,999,999; "dozens" 24-119;
  "scores" 40-199. The same range holds after "several", "a few", "many", "plusieurs",
  "quelques", "des": "several thousand" is 2,000-9,999.
* French collective nouns ("une dizaine", "une centaine", "un millier") give their
  round value with approx=True; "une centaine de milliers" is about 100,000.
* "half a million" is 500,000, "a quarter of a million" 250,000, "one and a half
  million" and "un million et demi" 1,500,000, "un demi-million" 500,000.
* OCR confusions inside numbers are read as digits: "2O,000" is 20,000, "l994" 1994.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TypeVar

__all__ = [
    "GROUP_NOUNS",
    "MODIFIER_BEFORE",
    "OUTCOME_NOUNS",
    "PEOPLE_LABELS",
    "PEOPLE_NOUNS",
    "REFERENCE_LABEL_BEFORE",
    "STATUS_NOUNS",
    "Folded",
    "NumberMention",
    "Quantity",
    "anchor_pattern",
    "anchored_matches",
    "counts_something",
    "find_numbers",
    "fold",
    "modifier_kind",
    "next_word",
    "parse_number",
    "parse_quantity",
    "scan_numbers",
    "word_alternation",
    "word_table",
]

T = TypeVar("T")

# --------------------------------------------------------------------------- folding

GROUPING_SPACE = "\u00a0"  # every space that may separate thousands folds to this one


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0x80, 0x10000):
        ch = chr(cp)
        category = unicodedata.category(ch)
        if category == "Nd":
            table[cp] = str(unicodedata.digit(ch))
        elif category in ("Mn", "Me"):
            table[cp] = None
        elif category == "Zs":
            table[cp] = " "
        elif 0xC0 <= cp <= 0x24F:
            base = unicodedata.normalize("NFD", ch)[0]
            if base.isascii() and base.isalpha():
                table[cp] = base
    for cp in range(0xFF01, 0xFF5F):  # fullwidth ASCII
        table[cp] = chr(cp - 0xFEE0)
    for cp in (0x00A0, 0x2007, 0x2009, 0x202F):
        table[cp] = GROUPING_SPACE
    for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD):
        table[cp] = None
    for cp in (0x2028, 0x2029):
        table[cp] = "\n"
    for cp in (0x2010, 0x2011):
        table[cp] = "-"
    for cp in (0x2012, 0x2013, 0x2212, 0xFE58, 0xFE63, 0xFF0D):
        table[cp] = "\u2013"
    for cp in (0x2014, 0x2015):
        table[cp] = "\u2014"
    for cp in (0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0xFF07, 0x00B4):
        table[cp] = "'"
    for cp in (0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033):
        table[cp] = '"'
    table[0x00BA] = "\u00b0"  # "nº" reads as "n°"
    for ch, repl in {"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ﬀ": "ff",
                     "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}.items():
        table[ord(ch)] = repl
    return table


_FOLD_TABLE = _build_fold_table()
_LENGTH_CHANGING = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp, repl in sorted(_FOLD_TABLE.items())
                  if repl is None or len(repl) != 1) + "]"
)


# OCR reads 0 as "O" and 1 as "l" or "I": "2O,000", "l994". Inside a number they are
# digits again (one for one, so offsets do not move). The hint is a cheap test that
# spares the substitution pass on clean text; both patterns run in linear time.
_OCR_HINT = re.compile(r"[0-9][Oo]|[Oo][0-9]|[.,][Oo]{3}|(?<![A-Za-z0-9])[lI][0-9]{3}")
_OCR_NUMBER = re.compile(
    r"(?<![A-Za-z0-9])(?:[lI][0-9]{3}(?![0-9A-Za-z])"
    r"|[0-9][0-9Oo]*(?:[.,][0-9Oo]{3})*(?![A-Za-z0-9]))"
)


def _ocr_digits(match: re.Match[str]) -> str:
    token = match.group(0)
    if token[0] in "lI":
        return "1" + token[1:]
    return token.replace("O", "0").replace("o", "0") if ("O" in token or "o" in token) else token


class Folded:
    """A text's folded copy (``text``), its lower-cased copy (``lower``, same length)
    and the map from folded offsets back to offsets in ``original``."""

    __slots__ = ("original", "text", "lower", "_points", "_shifts", "_originals")

    def __init__(self, original: str) -> None:
        self.original = original
        points = [0]
        shifts = [0]
        if original.isascii():
            folded = original
        else:
            folded = original.translate(_FOLD_TABLE)
            if len(folded) != len(original) or _LENGTH_CHANGING.search(original):
                shift = 0
                for match in _LENGTH_CHANGING.finditer(original):
                    index = match.start()
                    replacement = _FOLD_TABLE[ord(original[index])] or ""
                    at = index - shift  # where this character lands in the folded text
                    if not replacement:
                        shift += 1
                        points.append(at)
                        shifts.append(shift)
                    else:
                        for k in range(1, len(replacement)):
                            points.append(at + k)
                            shifts.append(shift - k)
                        shift -= len(replacement) - 1
        if _OCR_HINT.search(folded):
            folded = _OCR_NUMBER.sub(_ocr_digits, folded)
        lower = folded.lower()
        if len(lower) != len(folded):  # a few letters (e.g. U+0130) lower-case to two
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
        self.text = folded
        self.lower = lower
        self._points = points
        self._shifts = shifts
        self._originals = [point + shift for point, shift in zip(points, shifts)]

    def to_original(self, index: int) -> int:
        if len(self._points) == 1:
            return index
        return index + self._shifts[bisect.bisect_right(self._points, index) - 1]

    def to_folded(self, index: int) -> int:
        """The folded offset of original offset ``index`` (the inverse of to_original)."""
        if len(self._points) == 1:
            return index
        k = bisect.bisect_right(self._originals, index) - 1
        return max(0, min(len(self.text), index - self._shifts[k]))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the folded span [start, end), with trailing combining marks."""
        if len(self._points) == 1:
            return start, end
        original_start = self.to_original(start)
        original_end = self.to_original(end - 1) + 1 if end > start else original_start
        text = self.original
        while original_end < len(text) and unicodedata.category(text[original_end]) in ("Mn", "Me"):
            original_end += 1
        return original_start, original_end


@lru_cache(maxsize=4)
def fold(text: str) -> Folded:
    """Fold ``text`` once; figures and dates on the same string share the result."""
    return Folded(text)


# --------------------------------------------------------------------------- values


def to_plain_number(value: Decimal) -> int | float:
    """An int when the value is whole, else a float: the shape JSON consumers expect."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True, slots=True)
class Quantity:
    low: int | float
    high: int | float
    approx: bool


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number in a text. ``scale`` is the multiplier written after it ("million" is
    10**6, none is 1); ``grouped`` says whether it had thousands separators."""

    start: int
    end: int
    text: str
    low: int | float
    high: int | float
    approx: bool
    kind: str  # "digits", "words" or "vague"
    scale: int = 1
    grouped: bool = False


_SCALE_WORDS = {
    "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000,
    "million": 10**6, "millions": 10**6, "trillion": 10**12, "trillions": 10**12,
    "milliard": 10**9, "milliards": 10**9, "mille": 1000, "bn": 10**9, "mn": 10**6,
    "m": 10**6, "k": 1000,
}


def _scale_value(word: str, lang: str) -> int:
    word = word.strip().lower()
    if word.startswith("billion"):
        return 10**12 if lang == "fr" else 10**9
    return _SCALE_WORDS[word]


def _parse_digits(surface: str, lang: str) -> tuple[Decimal, bool]:
    """Value of a digit string matched by the digit patterns, and whether it was grouped."""
    s = surface.replace(GROUPING_SPACE, "").replace(" ", "")
    grouped = len(s) != len(surface)
    if "," in s and "." in s:
        cut = max(s.rfind(","), s.rfind("."))
        return Decimal(re.sub(r"[.,]", "", s[:cut]) + "." + s[cut + 1:]), True
    for separator in (",", "."):
        if separator in s:
            parts = s.split(separator)
            thousands = len(parts) > 2 or (
                len(parts[1]) == 3 and parts[0] != "0" and (separator == "," or lang == "fr")
            )
            if thousands:
                return Decimal("".join(parts)), True
            return Decimal(parts[0] + "." + parts[1]), grouped
    return Decimal(s), grouped


_EN_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12, "dozen": 12,
    "a": 1, "an": 1,
}
_FR_VALUES = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
    "mille": 1000, "million": 10**6, "millions": 10**6, "milliard": 10**9,
    "milliards": 10**9, "billion": 10**12, "billions": 10**12,
}
_HALF = Decimal("0.5")


def _words_value(tokens: list[str], lang: str) -> tuple[Decimal, int] | None:
    """Value of the longest grammatical prefix of number-word tokens, and its length.

    Tokens are lower-cased words split at spaces and hyphens: "and"/"et" connect,
    "a half"/"demi" add half a unit, and a fraction may lead ("half a million").
    """
    values = _FR_VALUES if lang == "fr" else _EN_VALUES
    count = len(tokens)
    factor = Decimal(1)
    first = 0
    if lang == "en":
        if tokens[:2] in (["half", "a"], ["half", "an"]):
            factor, first = _HALF, 1
        elif tokens[:4] in (["a", "quarter", "of", "a"], ["one", "quarter", "of", "a"]):
            factor, first = Decimal("0.25"), 3
        elif tokens[:4] == ["three", "quarters", "of", "a"]:
            factor, first = Decimal("0.75"), 3
    elif tokens[:2] in (["un", "demi"], ["une", "demi"]):
        factor, first = _HALF, 2
    total = Decimal(0)
    current = Decimal(0)
    last_scale = 0
    last = None  # value of the previous number word
    used = 0
    k = first
    while k < count:
        token = tokens[k]
        if token in ("and", "et"):
            following = tokens[k + 1: k + 3]
            if last is None:
                break
            if lang == "en" and following == ["a", "half"]:
                current += _HALF
                k += 3
                used = k
            elif lang == "fr" and following[:1] in (["demi"], ["demie"]) and last_scale:
                total += Decimal(last_scale) / 2
                k += 2
                used = k
            else:
                k += 1  # a connector; if nothing valid follows, `used` stays before it
            continue
        value = values.get(token)
        if value is None:
            break
        rest = int(current % 100)
        if token in ("a", "an"):
            if k != first or k + 1 >= count or values.get(tokens[k + 1], 0) not in (
                    12, 100, 1000, 10**6, 10**9, 10**12):
                break
            current = Decimal(1)
        elif token == "dozen":
            current = (current or 1) * 12
        elif value == 100:
            if current >= 100:
                break
            current = (current or 1) * 100
        elif value >= 1000:
            if last_scale and value >= last_scale:
                break
            total += (current or 1) * value
            current = Decimal(0)
            last_scale = value
        elif value == 20 and lang == "fr" and last == 4 and rest == 4:
            current += 76  # quatre-vingt(s)
        elif 10 <= value <= 19:
            if rest and not (lang == "fr" and rest in (60, 80)):
                break
            current += value
        elif value >= 20:
            if rest:
                break
            current += value
        elif value == 0:
            if k != first or count > first + 1:
                break
        else:
            tens_only = rest % 10 == 0 and rest >= 20
            french_teen = lang == "fr" and rest in (10, 70, 90) and value >= 7
            if rest and not (tens_only or french_teen):
                break
            current += value
        last = value
        k += 1
        used = k
    if used <= first:
        return None
    return (total + current) * factor, used


# --------------------------------------------------------------------------- scanning
# A big alternation tried at every word start is slow in Python's regex engine. Each
# finder therefore looks for cheap anchors first (digit runs and its key words, written
# as a trie so that a position is rejected after a character test or two) and tries its
# full pattern only at an anchor or at one of the few words just before it ("a few
# hundred", "the next day", "early April").


def word_alternation(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, written as a character trie."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return ("(?:" + body + ")?") if len(branches) == 1 and len(body) > 1 else body + "?"
        return body

    return render(trie)


def anchor_pattern(words: Iterable[str], not_after_digits: str = "",
                   not_grouped: bool = False) -> re.Pattern[str]:
    """Digit runs not right after a letter or a character of ``not_after_digits`` (nor,
    with ``not_grouped``, followed by a thousands group: "800,000" is no date), and whole
    words from ``words``."""
    digits = "(?<![0-9" + re.escape(not_after_digits) + "])[0-9]+" if not_after_digits else "[0-9]+"
    if not_grouped:
        digits += "(?!,[0-9]{3})"
    return re.compile(r"(?<![a-z])(?:" + digits + "|" + word_alternation(words) + r"(?![a-z]))")


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'.")
_SEPARATORS = frozenset(" \t\n\u00a0-,'")
_LAST_WORD = re.compile(r"[^a-z0-9'.]")


def _prefix_starts(lower: str, position: int, low: int, prefixes: frozenset[str]) -> list[int]:
    """Starts of the words from ``prefixes`` that run up to ``position``, earliest first."""
    window = lower[max(low, position - 16):position].rstrip(" \t\n\u00a0-,'")
    if _LAST_WORD.split(window)[-1] not in prefixes:
        return []  # the usual case, decided without a character loop
    starts = []
    end = position
    while len(starts) < 4:
        k = end - 1
        while k >= low and lower[k] in _SEPARATORS:
            k -= 1
        j = k + 1
        while j > low and lower[j - 1] in _WORD_CHARS:
            j -= 1
        if j > k or lower[j:k + 1] not in prefixes:
            break
        starts.append(j)
        end = j
    starts.reverse()
    return starts


def anchored_matches(pattern: re.Pattern[str], anchors: re.Pattern[str], lower: str,
                     prefixes: frozenset[str],
                     convert: Callable[[re.Match[str]], T | None],
                     prefixed: frozenset[str] | None = None) -> Iterator[T]:
    """Non-overlapping finds of ``pattern`` that cover an anchor, converted by
    ``convert`` (None rejects a match). The pattern is tried from the earliest of the
    ``prefixes`` words right before the anchor, then at the anchor; when ``prefixed`` is
    given, only anchors among those words look back. A converted item's ``end`` (it may
    be shorter than the match) is where the next find may start."""
    covered = 0
    for anchor in anchors.finditer(lower):
        position = anchor.start()
        if position < covered:
            continue
        if prefixed is None or anchor.group(0) in prefixed:
            low = position - 48
            starts = _prefix_starts(lower, position, low if low > covered else covered, prefixes)
            starts.append(position)
        else:
            starts = (position,)
        for start in starts:
            match = pattern.match(lower, start)
            if match is None or match.end() <= position:
                continue
            item = convert(match)
            if item is not None:
                yield item
                covered = item.end
                break


# --------------------------------------------------------------------------- patterns

_EN_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)"
)
_FR_WORD = (
    r"(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|"
    r"millions?|milliards?|billions?)"
)
_EN_SCALE_AHEAD = r"(?=(?:hundred|thousand|million|billion|dozen)\b)"

_EN_PATTERN = rf"""
(?P<vague>(?<![\w-])
  (?:(?:several|a\s+few|few|many|numerous|some)\s+)?
  (?:(?:tens|hundreds|thousands|millions|dozens|scores)\s+of\s+){{0,3}}
  (?:hundreds|thousands|millions|billions|dozens|scores)
 |(?<![\w-])(?:several|a\s+few|many)\s+(?:hundred|thousand|million|billion|dozen)
  (?:\s+(?:thousand|million))?
)(?![\w-])
|(?P<digits>(?<![\w.,])
  (?:[0-9]{{1,3}}(?:,[0-9]{{3}}){{1,5}}(?:\.[0-9]{{1,6}})?(?![0-9])
   |[0-9]{{1,3}}(?:\.[0-9]{{3}}){{2,5}}(?:,[0-9]{{1,6}})?(?![0-9])
   |[0-9]{{1,3}}(?:\u00a0[0-9]{{3}}){{1,5}}(?:[.,][0-9]{{1,6}})?(?![0-9])
   |[0-9]{{1,15}}(?:\.[0-9]{{1,6}})?(?![0-9])
  )
  (?P<en_scale>[ \u00a0]?(?:hundred|thousand|million|billion|trillion)s?(?![\w-])
   |[ \u00a0]?(?:bn|mn)(?![\w-])|(?:m|k)(?![\w-]))?
)
|(?P<words>(?<![\w-])
  (?:(?:half|a\s+quarter\s+of|one\s+quarter\s+of|three\s+quarters\s+of)\s+(?=an?\s))?
  (?:an?\s+{_EN_SCALE_AHEAD})?
  {_EN_WORD}(?:(?:[ \u00a0\t-]{{1,3}}|\s{{1,3}}and\s{{1,3}})(?:{_EN_WORD}|a\s+half)(?!\w)){{0,24}}
)(?![\w])
"""

_FR_PATTERN = rf"""
(?P<fapprox>(?<![\w-])
  (?:une?|quelque|environ\s+une?)\s+
  (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)
  (?:\s+(?:de\s+|d')(?:milliers|millions))?
)(?![\w-])
|(?P<vague>(?<![\w-])
  (?:(?:des|plusieurs|quelques|de\s+nombreux|de\s+nombreuses|nombreux|nombreuses)\s+)?
  (?:(?:dizaines|centaines|milliers|millions|milliards)\s+(?:de\s+|d')){{0,3}}
  (?:dizaines|centaines|milliers|millions|milliards)
 |(?<![\w-])(?:plusieurs|quelques)\s+(?:cents|mille|millions?|milliards?)
)(?![\w-])
|(?P<digits>(?<![\w.,])
  (?:[0-9]{{1,3}}(?:,[0-9]{{3}}){{2,5}}(?:\.[0-9]{{1,6}})?(?![0-9])
   |[0-9]{{1,3}}(?:\.[0-9]{{3}}){{1,5}}(?:,[0-9]{{1,6}})?(?![0-9])
   |[0-9]{{1,3}}(?:[ \u00a0][0-9]{{3}}){{1,5}}(?:,[0-9]{{1,6}})?(?![0-9])
   |[0-9]{{1,15}}(?:[.,][0-9]{{1,6}})?(?![0-9])
  )
  (?P<fr_scale>[ \u00a0]?(?:millions?|milliards?|billions?|mille)(?![\w-])|k(?![\w-]))?
)
|(?P<words>(?<![\w-])
  {_FR_WORD}(?:(?:[ \u00a0\t-]{{1,3}}|\s{{1,3}}et\s{{1,3}}|-et-)(?:{_FR_WORD}|demie?)(?![\w])){{0,24}}
)(?![\w])
"""

_PATTERNS = {
    "en": re.compile(_EN_PATTERN, re.VERBOSE),
    "fr": re.compile(_FR_PATTERN, re.VERBOSE),
}
# words that may open a number expression before its anchor ("a few hundred"), and the
# anchors they may come before
_PREFIXED = {
    "en": frozenset("hundred thousand million billion trillion dozen hundreds thousands millions "
                    "billions dozens scores tens".split()),
    "fr": frozenset("cent cents mille million millions milliard milliards dizaine douzaine "
                    "quinzaine vingtaine trentaine quarantaine cinquantaine soixantaine centaine "
                    "millier dizaines centaines milliers".split()),
}
_PREFIXES = {
    "en": frozenset("a an half quarter quarters of one three several few many numerous some tens "
                    "hundreds".split()),
    "fr": frozenset("une un environ quelque des plusieurs quelques de nombreux nombreuses".split()),
}
_ANCHORS = {
    "en": anchor_pattern(set(_EN_VALUES) - {"a", "an"} | {
        "hundreds", "thousands", "millions", "billions", "dozens", "scores"}, ".,"),
    "fr": anchor_pattern(set(_FR_VALUES) | {
        "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
        "cinquantaine", "soixantaine", "centaine", "millier", "dizaines", "centaines",
        "milliers"}, ".,"),
}
_WORD_SPLIT = re.compile(r"[\s\u00a0-]+")
_WORD_PIECE = re.compile(r"[^\s\u00a0-]+")
_VAGUE_UNITS = {
    "tens": 10, "dizaines": 10, "dozens": 12, "dozen": 12, "scores": 20, "hundreds": 100,
    "hundred": 100, "centaines": 100, "cents": 100, "thousands": 1000, "thousand": 1000,
    "milliers": 1000, "mille": 1000, "millions": 10**6, "million": 10**6,
    "billions": 10**9, "billion": 10**9, "milliards": 10**9, "milliard": 10**9,
}
_FR_COLLECTIVE = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}


def _lang(lang: str) -> str:
    return "fr" if lang.lower().startswith("fr") else "en"


def _vague_range(surface: str, lang: str) -> tuple[int, int]:
    """[2 x unit, 10 x unit - 1] for the product of the unit words (see the module doc)."""
    unit = 1
    for word in _WORD_SPLIT.split(surface):
        word = word.replace("d'", "")
        if word == "billions" and lang == "fr":
            unit *= 10**12
        elif word in _VAGUE_UNITS:
            unit *= _VAGUE_UNITS[word]
    return 2 * unit, 10 * unit - 1


def _mention_from_match(match: re.Match[str], lang: str) -> NumberMention | None:
    """A NumberMention in the coordinates of the string the match ran on."""
    kind = match.lastgroup
    surface = match.group(0)
    if kind == "digits":
        scale_text = match.group("fr_scale" if lang == "fr" else "en_scale")
        number_text = surface[: len(surface) - len(scale_text)] if scale_text else surface
        try:
            value, grouped = _parse_digits(number_text, lang)
        except InvalidOperation:
            return None
        scale = _scale_value(scale_text, lang) if scale_text else 1
        plain = to_plain_number(value * scale)
        return NumberMention(match.start(), match.end(), surface, plain, plain, False,
                             "digits", scale, grouped)
    if kind == "words":
        pieces = list(_WORD_PIECE.finditer(surface))
        parsed = _words_value([p.group(0) for p in pieces], lang)
        if parsed is None:
            return None
        value, used = parsed
        end = match.start() + pieces[used - 1].end()
        scale = max((_VALUE_SCALES.get(p.group(0), 1) for p in pieces[:used]), default=1)
        plain = to_plain_number(value)
        return NumberMention(match.start(), end, surface[: end - match.start()], plain, plain,
                             False, "words", scale)
    if kind == "fapprox":
        words = _WORD_SPLIT.split(surface)
        value = next(_FR_COLLECTIVE[w] for w in words if w in _FR_COLLECTIVE)
        if surface.endswith("milliers"):
            value *= 1000
        elif surface.endswith("millions"):
            value *= 10**6
        return NumberMention(match.start(), match.end(), surface, value, value, True, "vague")
    low, high = _vague_range(surface, lang)
    return NumberMention(match.start(), match.end(), surface, low, high, True, "vague")


_VALUE_SCALES = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9,
    "trillion": 10**12, "cent": 100, "cents": 100, "mille": 1000, "millions": 10**6,
    "milliard": 10**9, "milliards": 10**9, "billions": 10**12,
}


def scan_numbers(folded: Folded, lang: str = "en") -> list[NumberMention]:
    """Numbers in folded-text coordinates; the building block of figures."""
    lang = _lang(lang)
    found = list(anchored_matches(_PATTERNS[lang], _ANCHORS[lang], folded.lower, _PREFIXES[lang],
                                  lambda match: _mention_from_match(match, lang), _PREFIXED[lang]))
    return _join_comma_groups(found, folded.lower)


# "One million, seventy-four thousand and seventeen": a comma after a scale word, then a smaller
# number in words of the next group down, is one number written in groups (a list of numbers grows
# or repeats its scale: "one thousand, two thousand").
_GROUP_COMMA = re.compile(r",[ \u00a0]{1,2}")


def _join_comma_groups(found: list[NumberMention], lower: str) -> list[NumberMention]:
    out: list[NumberMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if previous is not None and previous.kind == mention.kind == "words" and previous.scale >= 1000 and \
                _GROUP_COMMA.fullmatch(lower[previous.end:mention.start]) and \
                _WORD_PIECE.findall(previous.text.lower())[-1] in _VALUE_SCALES and \
                previous.low % previous.scale == 0 and mention.low < previous.scale <= mention.scale * 1000:
            value = previous.low + mention.low
            out[-1] = NumberMention(previous.start, mention.end, lower[previous.start:mention.end], value, value,
                                    False, "words", previous.scale)
            continue
        out.append(mention)
    return out


def find_numbers(text: str, lang: str = "en") -> list[NumberMention]:
    """Every number written in digits or words in ``text``, in original offsets.

    This is the raw layer: years, page numbers and footnote markers are included; the
    figure finder decides which numbers are figures.
    """
    folded = fold(text)
    result = []
    for mention in scan_numbers(folded, lang):
        start, end = folded.span(mention.start, mention.end)
        result.append(NumberMention(start, end, text[start:end], mention.low, mention.high,
                                    mention.approx, mention.kind, mention.scale,
                                    mention.grouped))
    return result


def parse_quantity(text: str, lang: str = "en") -> Quantity | None:
    """The quantity that the whole of ``text`` writes, or None.

    >>> parse_quantity("hundreds of thousands")
    Quantity(low=200000, high=999999, approx=True)
    """
    lang = _lang(lang)
    folded = Folded(text.strip())
    match = _PATTERNS[lang].fullmatch(folded.lower)
    if match is None:
        return None
    mention = _mention_from_match(match, lang)
    if mention is None or mention.end - mention.start != len(folded.lower):
        return None
    return Quantity(mention.low, mention.high, mention.approx)


def parse_number(text: str, lang: str = "en") -> int | float | None:
    """The exact number that the whole of ``text`` writes ("forty-eight" -> 48), or None
    for text that is not one number or is only a vague quantity ("thousands")."""
    quantity = parse_quantity(text, lang)
    if quantity is None or quantity.approx or quantity.low != quantity.high:
        return None
    return quantity.low


# --------------------------------------------------------------------------- context
# What a number counts and how it is hedged. Figures and dates share these: a year is
# not a year when a count noun follows it ("1994 people") or a hedge precedes it
# ("some 2000"), and neither is a number after a reference label ("p. 12").
# Keys are folded and lower-cased, like the text they are looked up in.


def word_table(table: dict[str, str]) -> dict[str, str]:
    """Expand 'a|b|c' keys to one entry per word."""
    return {word: value for words, value in table.items() for word in words.split("|")}


# noun -> what it says the number counts; "outcome" nouns name what happened to the
# people counted, "status" nouns what they are (refugees may also be killed).
OUTCOME_NOUNS = word_table({
    "victims|victim|victimes|victime": "victims",
    "dead|deaths|death|fatalities|lives|deces|morts|mortes|toll": "dead",
    "bodies|corpses|remains|cadavres|corps|skeletons|squelettes": "bodies",
    "casualties": "casualties",
    "rapes|viols": "raped",
    "wounded|injured|blesses|blessees": "wounded",
    "missing|disparus|disparues": "missing",
    "killings|murders|assassinats|meurtres|tueries": "killings",
    "massacres": "massacres",
})
STATUS_NOUNS = word_table({
    "refugees|refugee|refugies|refugiees|refugie": "refugees",
    "displaced|idps|deplaces|deplacees": "displaced",
    "returnees|rapatries|rapatriees": "returnees",
    "population|inhabitants|residents|habitants": "population",
    "troops|troupes|contingent|force|forces|battalion|battalions|bataillon|bataillons": "troops",
    "peacekeepers|helmets|casques": "peacekeepers",
    "soldiers|soldats|militaires|gendarmes|combatants|combattants|fighters|rebels|rebelles|"
    "servicemen|paratroopers|parachutistes|paras|commandos|para-commandos": "soldiers",
    "militiamen|militia|militias|miliciens|interahamwe|interhamwe": "militiamen",
    "cases|dossiers|affaires": "cases",
    "detainees|inmates|detenus|detenues": "detainees",
    "arrests|arrestations": "arrests",
    "prisoners|prisonniers|pows": "prisoners",
    "survivors|survivants|survivantes|rescapes|rescapees": "survivors",
    "orphans|orphelins|orphelines": "orphans",
    "suspects|accused|defendants|prevenus|accuses": "accused",
    "perpetrators|genocidaires|killers|assailants|attackers|tueurs|assaillants|bourreaux":
        "perpetrators",
    "witnesses|temoins": "witnesses",
})
GROUP_NOUNS = word_table({
    "tutsi|tutsis|batutsi|abatutsi|watutsi|tutsies": "Tutsi",
    "hutu|hutus|bahutu|abahutu": "Hutu",
    "twa|batwa|abatwa|pygmies|pygmees": "Twa",
    "civilians|civils|noncombatants|non-combatants": "civilians",
    "children|enfants|kids|minors|mineurs|infants|babies|bebes|nourrissons": "children",
    "women|femmes": "women",
    "men|hommes": "men",
    "girls|filles": "girls",
    "boys|garcons": "boys",
    "youths|youth|jeunes|youngsters|adolescents": "youths",
    "elderly": "elderly",
    "priests|pretres|bishops|eveques|nuns|religieuses|clergy|clergymen|friars|clerics|"
    "seminarians|seminaristes": "clergy",
    "students|etudiants|etudiantes|eleves|pupils|schoolchildren": "students",
    "rwandans|rwandais|rwandaises": "Rwandans",
    "congolese|congolais|congolaises": "Congolese",
    "zairians|zaireans|zairois|zairoises": "Zairians",
    "burundians|burundais|burundaises": "Burundians",
    "ugandans|ougandais": "Ugandans",
    "banyamulenge": "Banyamulenge",
    "belgians|belges": "Belgians",
})
PEOPLE_NOUNS = frozenset(
    "people persons person personnes individuals individus members membres souls ames gens "
    "adults adultes citizens citoyens villagers villageois peasants paysans farmers workers "
    "employees staff officials officers officiers leaders politicians journalists teachers "
    "enseignants doctors medecins nurses patients families familles worshippers fideles "
    "parishioners paroissiens others autres".split()
) | frozenset(GROUP_NOUNS)
# counted labels that count people, for unit="people"
PEOPLE_LABELS = frozenset(set(STATUS_NOUNS.values()) - {"cases"}) | frozenset(
    {"victims", "dead", "bodies", "casualties", "raped", "wounded", "missing", "killed",
     "executed", "tortured", "convicted", "acquitted", "evacuated", "people"})

_MODIFIER_TABLE: dict[str, tuple[str, ...]] = {
    # kind: surface forms; a form ending in "d'" takes no space before the number
    "about": (
        "about", "around", "approximately", "approx.", "approx", "roughly", "some", "circa",
        "ca.", "c.", "in the region of", "in the order of", "on the order of",
        "of the order of", "environ", "quelque", "autour de", "autour d'", "approximativement",
        "a peu pres", "aux alentours de", "aux alentours d'", "de l'ordre de",
        "de l'ordre d'", "peut-etre",
    ),
    "almost": (
        "almost", "nearly", "close to", "just under", "just short of", "virtually",
        "pres de", "pres d'", "presque", "quasiment", "pratiquement", "pas loin de",
        "pas loin d'", "quasi",
    ),
    "over": (
        "more than", "over", "above", "in excess of", "upwards of", "well over", "just over",
        "a little over", "a little more than", "slightly more than", "slightly over",
        "exceeding", "plus de", "plus d'", "bien plus de", "bien plus d'", "un peu plus de",
        "un peu plus d'", "au-dela de", "au-dela d'", "au dela de", "au-dessus de",
        "au-dessus d'",
    ),
    "at_least": (
        "at least", "no fewer than", "no less than", "not less than", "a minimum of",
        "au moins", "pas moins de", "pas moins d'", "au minimum", "un minimum de",
        "un minimum d'",
    ),
    "up_to": ("up to", "as many as", "as much as", "as high as", "jusqu'a"),
    "under": (
        "fewer than", "less than", "under", "below", "slightly less than", "moins de",
        "moins d'", "un peu moins de", "un peu moins d'", "en dessous de", "en dessous d'",
    ),
    "at_most": (
        "at most", "no more than", "not more than", "a maximum of", "au plus", "au maximum",
        "pas plus de", "pas plus d'", "tout au plus",
    ),
    "exact": ("exactly", "precisely", "exactement", "precisement"),
}
_MODIFIER_KIND = {form: kind for kind, forms in _MODIFIER_TABLE.items() for form in forms}


def _modifier_alternative(form: str) -> str:
    body = r"\s+".join(re.escape(part) for part in form.split(" "))
    return body + (r"\s*" if form.endswith("'") else r"\s+")


# hedges right before a number: searched in a short window that ends at the number
MODIFIER_BEFORE = re.compile(
    r"(?<![\w.-])(?:"
    + "|".join(_modifier_alternative(f) for f in sorted(_MODIFIER_KIND, key=len, reverse=True))
    + r")$"
)


def modifier_kind(surface: str) -> str:
    """The kind ("about", "over", ...) of a hedge matched by MODIFIER_BEFORE."""
    return _MODIFIER_KIND[" ".join(surface.split())]


# a number right after one of these labels is a reference, not a quantity: "p. 12",
# "pp. 9-10", "Article 2", "Resolution 955", "No. 107-16", "§ 4", "note 37"
REFERENCE_LABEL_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:p|pp|page|pages|para|paras|paragraph|paragraphs|art|arts|article|"
    r"articles|section|sections|sec|secs|ch|chap|chapter|chapters|chapitre|rule|rules|"
    r"resolution|resolutions|res|vol|vols|volume|volumes|note|notes|fn|footnote|footnotes|"
    r"nn|annex|annexes|annexe|appendix|table|tables|tableau|fig|figs|"
    r"exhibit|exhibits|count|item|items|line|lines|ligne|lignes|tome|titre|alinea|"
    r"ibid|id|loi|decret|decision|case|cases|affaire|serial|doc|ref|cote|session|map|"
    r"carte|hrg|tel|fax|phone|telephone|box|room|verse|psalm|tab|parag|livre|book|"
    r"witness|temoin)\.?"
    r"|(?<![\w.])(?:n|no|nos|num)\.|(?<![\w.])n°|§§?)\s*$"
)

_NEXT_WORD = re.compile(r"[\s*_\"']*([a-z][a-z'-]*)")


def next_word(lower: str, position: int) -> str:
    """The lower-cased word that starts after ``position`` (skipping spaces and
    emphasis marks), or "" when punctuation or a digit comes first."""
    match = _NEXT_WORD.match(lower, position, position + 60)
    return match.group(1) if match else ""


def counts_something(lower: str, position: int) -> bool:
    """Whether the word after ``position`` shows that a number before it counts people
    or things ("1994 people", "2000 Tutsi", "1500 refugees")."""
    word = next_word(lower, position)
    if word in OUTCOME_NOUNS:
        return OUTCOME_NOUNS[word] not in ("killings", "massacres")  # "the 1994 killings"
    return bool(word) and (word in PEOPLE_NOUNS or word in STATUS_NOUNS or word in _MEASURE_WORDS)


# units that make a number a quantity ("1994 miles", "2000 dollars")
_MEASURE_WORDS = frozenset(
    "more km kilometres kilometers miles metres meters hectares tonnes tons kg litres liters "
    "dollars francs euros pounds times fois".split()
)
