"""Arithmetic re-done: the relations a text states between its own figures, computed again.

A text that says "1,074,017 ... is twice the total number of Tutsis (596,387)" states a
relation (a multiple, 2) between two figures; this module finds such relations, computes
them from the figures the text gives (1,074,017 / 596,387 = 1.80), says whether the stated
value agrees within a tolerance that respects the text's hedges, and says when the two
figures count different things (declared victims of every group in 1990-1994 versus a
Tutsi population from a census share), which makes the comparison meaningless whatever
its result.

Relations found, in English and French:

* ``multiple``: "twice", "double", "three times", "tenfold", "3-fold", "deux fois", "le
  double", "trois fois plus";
* ``fraction``: "half", "a third", "two-thirds", "a quarter", "one in four", "la moitié",
  "un tiers", "un sur quatre";
* ``percentage``: "8.4% or 596,387", "596,387 (8.4%)", "75% of the Tutsi population of
  657,000", "8,4 % de la population";
* ``x_of_y``: "300 of the 1,200 detainees" (the part cannot exceed the whole);
* ``sum``: "A, B and C, a total of T";
* ``difference``: "from A to B, an increase of D";
* ``rate``: "8,000 a day" with a total and a period the text gives;
* ``date_span``: "in 100 days", "in less than three months", "en moins de trois mois",
  "a 100-day genocide", against the dates the text gives, or, when it gives none and
  speaks of the 1994 killings, against the period the record dates the genocide to.

Operands come from the extractor's figure mentions (what they count: ``counted`` and
``group``). A relation whose second term is a noun phrase ("twice the total number of
Tutsis") is resolved to a figure stated earlier in the text that counts that group;
a subject that names no figure ("the claim is twice ...") to the last count of victims.
Nothing is reported for a figure that states no relation, or for a relation that the
text's own figures cannot check.
"""

from __future__ import annotations

import bisect
import math
import re
from importlib import resources
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import yaml

from factfinder.check.model import ArithmeticFinding, Operand
from factfinder.extract.dates import find_dates
from factfinder.extract.figures import split_sentences
from factfinder.extract.numbers import GROUP_NOUNS, OUTCOME_NOUNS, STATUS_NOUNS, fold, parse_number

__all__ = ["check_arithmetic"]

# --------------------------------------------------------------------------- tolerances
# A multiple or fraction word is a rounded statement: "twice" for 1.95 is fair, for 1.80 it
# is not. 6% covers rounding to the nearest word; hedges widen it the way they are used.
MULTIPLE_TOLERANCE = 0.06
# a stated total or difference should match to rounding
SUM_TOLERANCE = 0.005
# durations are stated in round units ("100 days", "three months")
SPAN_TOLERANCE = 0.10
RATE_TOLERANCE = 0.10
# how many sentences back a noun phrase or a pronoun may reach for its figure
CONTEXT_SENTENCES = 3
DAYS_PER = {"days": 1.0, "weeks": 7.0, "months": 365.25 / 12, "years": 365.25}

# --------------------------------------------------------------------------- vocabulary

# what a figure counts, grouped so that two figures can be compared: killed and dead are one
# class (victims); a population, refugees or troops are others
_CLASS_OF_COUNTED = {
    **{label: "victims" for label in (
        "killed", "executed", "dead", "bodies", "victims", "casualties", "killings",
        "massacres")},
    "population": "population",
    "refugees": "refugees", "displaced": "displaced", "returnees": "returnees",
    "survivors": "survivors", "orphans": "orphans", "raped": "raped", "wounded": "wounded",
    "missing": "missing", "troops": "soldiers", "soldiers": "soldiers",
    "peacekeepers": "peacekeepers", "militiamen": "militiamen", "detainees": "detainees",
    "prisoners": "detainees", "arrests": "arrests", "accused": "accused",
    "convicted": "convicted", "perpetrators": "perpetrators", "cases": "cases",
}
_CLASS_WORDS = {
    "victims": "people killed", "population": "a population", "refugees": "refugees",
    "displaced": "displaced people", "returnees": "returnees", "survivors": "survivors",
    "orphans": "orphans", "raped": "people raped", "wounded": "people wounded",
    "missing": "missing people", "soldiers": "soldiers", "peacekeepers": "peacekeepers",
    "militiamen": "militiamen", "detainees": "detainees", "arrests": "arrests",
    "accused": "accused people", "convicted": "convicted people",
    "perpetrators": "perpetrators", "cases": "court cases",
}
_DURATION_LABELS = frozenset({"days", "weeks", "months", "years", "hours", "minutes", "decades",
                              "centuries", "age", "prison_years"})

# hedges right before a relation word or a figure, longest first; the kind says how the
# stated value bounds the true one
_HEDGES = {
    "about": ("about", "around", "approximately", "roughly", "some", "just about", "environ",
              "approximativement", "a peu pres", "quelque", "autour de", "grosso modo",
              "in just", "just", "only", "seulement", "a mere", "a peine"),
    "almost": ("almost", "nearly", "close to", "just under", "virtually", "practically",
               "pres de", "presque", "quasiment", "pratiquement", "quasi", "pas loin de"),
    "over": ("more than", "over", "well over", "above", "in excess of", "upwards of",
             "plus de", "plus d'", "bien plus de", "au-dela de", "largement plus de"),
    "at_least": ("at least", "no fewer than", "no less than", "not less than", "au moins",
                 "pas moins de", "au minimum"),
    "under": ("less than", "fewer than", "under", "below", "in less than", "in under",
              "within", "moins de", "en moins de", "moins d'", "en moins d'"),
    "at_most": ("at most", "no more than", "not more than", "au plus", "tout au plus",
                "pas plus de", "au maximum"),
}
_HEDGE_BEFORE = re.compile(
    r"(?<![a-z'])(?P<hedge>" + "|".join(
        r"\s+".join(re.escape(w) for w in form.split())
        for form in sorted({f for forms in _HEDGES.values() for f in forms}, key=len, reverse=True))
    + r")\s*$"
)
_HEDGE_KIND = {" ".join(form.split()): kind for kind, forms in _HEDGES.items() for form in forms}
_HEDGE_AT_START = re.compile(
    r"(?P<hedge>" + "|".join(r"\s+".join(re.escape(w) for w in form.split())
                             for form in sorted(_HEDGE_KIND, key=len, reverse=True))
    + r")(?:\s|(?<=')|(?=\d))")

_NUMBER_WORD = (r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                r"twelve|fifteen|twenty|thirty|forty|fifty|hundred|a\s+hundred|"
                r"un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|"
                r"cinquante|cent)")
_FOLD_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "twenty": 20, "hundred": 100, "thousand": 1000}

# a multiple: "twice", "double", "three times", "3-fold", "tenfold", "deux fois", "le triple"
_MULTIPLE = re.compile(
    r"(?<![a-z0-9'-])(?:"
    r"(?P<word>twice|thrice|double|triple|quadruple|doubled|tripled|quadrupled)"
    r"|(?P<fold>(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold)"
    r"|(?P<nfold>" + _NUMBER_WORD + r")[\s-]?fold"
    r"|(?P<ntimes>" + _NUMBER_WORD + r")\s+(?:times|fois)"
    r")(?![a-z])"
)
_MULTIPLE_WORDS = {"twice": 2, "double": 2, "doubled": 2, "thrice": 3, "triple": 3,
                   "tripled": 3, "quadruple": 4, "quadrupled": 4}
# the words after a multiple that make it a comparison of quantities, not a count of
# occurrences ("arrested twice.") or a change ("doubled in size")
_COMPARISON_AFTER = re.compile(
    r"\s*(?:as\s+(?:many|much|large|high|great|big|numerous)|the\s|that\s+of|those\s+of|what|"
    r"more\s+than|larger|higher|greater|bigger|more|fewer|less|smaller|lower|"
    r"plus|moins|autant|le\s|la\s|les\s|l'|celui|celle|ce\s+que|du\s|des\s|de\s|d'|"
    r"(?:increase|rise|jump|growth|hausse|augmentation)(?![a-z]))"
)
_INVERSE_AFTER = re.compile(r"\s*(?:fewer|less|smaller|lower|moins)(?![a-z])")

# a fraction: "half", "a third", "two-thirds", "one in four", "la moitie", "un tiers"
_FRACTION = re.compile(
    r"(?<![a-z0-9'-])(?:"
    r"(?P<one_in>one|un|une)\s+(?:in|out\s+of|sur)\s+(?P<den>\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)(?![a-z0-9])"
    r"|(?P<half>half|la\s+moitie|moitie)"
    r"|(?P<word>(?:a|one|two|un|deux|trois)[\s-](?:thirds?|quarters?|fifths?|tiers|quarts?|"
    r"cinquiemes?))"
    r")(?![a-z])"
)
_FRACTION_WORDS = {"third": 1 / 3, "thirds": 1 / 3, "tiers": 1 / 3, "quarter": 0.25,
                   "quarters": 0.25, "quart": 0.25, "quarts": 0.25, "fifth": 0.2,
                   "fifths": 0.2, "cinquieme": 0.2, "cinquiemes": 0.2}
_FRACTION_COUNT = {"a": 1, "one": 1, "un": 1, "two": 2, "deux": 2, "three": 3, "trois": 3}

# apposition of a share and the count it stands for: "8.4% or 596,387", "596,387 (8.4%)",
# "8,4 %, soit 596 387"; the text between the two figures, in either order
_APPOSITION = re.compile(
    r"\s*(?:,\s*|\(\s*|\s*[–—-]\s*)?(?:or|i\.e\.,?|ie|that\s+is,?|namely|which\s+is|some|about|"
    r"representing|soit|ou|c'est-a-dire|environ|representant|ou\s+encore)?\s*(?:about\s+|some\s+|"
    r"environ\s+)?\(?\s*$"
)
# between a share and its base: "of the Tutsi population of 657,000", "of the 657,000",
# "de la population de 7 099 844"
_BASE_LINK = re.compile(r"(?<![a-z])(?:of|out\s+of|de|des|du|d'|sur|parmi|among|on)(?![a-z])")
_SHARE_VERBS = re.compile(
    r"(?<![a-z])(?:comprised|comprise|comprising|made\s+up|make\s+up|making\s+up|constituted|"
    r"constitute|formed|form|represented|represent|accounted\s+for|account\s+for|were|was|"
    r"representaient|representait|representent|constituaient|constituait|formaient|"
    r"etaient|etait)(?![a-z])"
)
_POPULATION_WORDS = re.compile(r"(?<![a-z])(?:population|inhabitants|habitants|residents|"
                               r"people\s+of\s+rwanda|rwandans|rwandais)(?![a-z])")
_TOTAL_WORDS = re.compile(r"(?<![a-z])(?:total|whole|entire|all|overall|tout|toute|tous|"
                          r"toutes|ensemble|entier|entiere)(?![a-z])")
# a subject that stands for a figure stated earlier: "the claim", "this figure", "le bilan"
_ANAPHOR = re.compile(
    r"(?<![a-z])(?:claim|claims|figure|figures|number|numbers|toll|count|total|estimate|"
    r"estimates|tally|it|this|that|these|bilan|chiffre|chiffres|nombre|total|estimation|"
    r"ce|cela|ceci|il)(?![a-z])"
)
# the noun group after a relation word, up to a clause break
_NOUN_PHRASE = re.compile(r"[^.;:!?()\[\]\n]{0,80}")
_CLAUSE_END = re.compile(r"(?<![a-z])(?:who|which|that|available|were|was|is|are|"
                         r"qui|dont|ont|sont|etaient|etait|in|en|during|pendant|by|par)(?![a-z])")
# words of a noun phrase that say who is counted and what happened to them; the extractor's
# own tables, plus the participles that name a count ("the number killed")
_GROUP_WORDS = dict(GROUP_NOUNS)
_COUNTED_WORDS = {**OUTCOME_NOUNS, **STATUS_NOUNS, "killed": "killed", "tues": "killed",
                  "tuees": "killed", "massacred": "killed", "murdered": "killed",
                  "bilan": "dead", "fled": "refugees"}

# totals: "a total of", "in all", "au total", "soit un total de"
_TOTAL_BEFORE = re.compile(r"(?<![a-z])(?:a\s+total\s+of|total(?:l)?ing|totals?|in\s+all|"
                           r"altogether|au\s+total|en\s+tout|soit\s+un\s+total\s+de|"
                           r"un\s+total\s+de|soit\s+au\s+total)[\s:,]*(?:of\s+)?$")
_TOTAL_AFTER = re.compile(r"^\s*(?:in\s+all|in\s+total|altogether|au\s+total|en\s+tout)(?![a-z])")
_CHANGE = re.compile(
    r"(?<![a-z])(?:increase|rise|growth|jump|drop|decline|fall|decrease|reduction|difference|"
    r"gap|hausse|augmentation|baisse|diminution|ecart|difference|recul)\s+(?:of|de|d')\s*$"
    r"|(?<![a-z])(?:rose|risen|increased|grew|grown|fell|fallen|dropped|declined|decreased|"
    r"went\s+up|went\s+down|augmente|diminue|baisse|chute|progresse|recule)\s+(?:by|de|d')\s*$")
_FROM_TO = re.compile(r"(?<![a-z])(?:from|de|d')\s*$")
_TO = re.compile(r"^\s*(?:to|a|en)\s*$")

# rates: "8,000 a day", "10,000 per day", "333 par jour"
_RATE_AFTER = re.compile(
    r"^\s*(?:people\s+|persons\s+|personnes\s+|victims\s+|victimes\s+|deaths\s+|morts\s+|"
    r"killings\s+)?(?:(?:were\s+)?(?:killed|tues)\s+)?"
    r"(?:a|per|each|every|par|chaque)\s+(?P<unit>day|week|month|year|jour|semaine|mois|an|annee)"
    r"(?![a-z])")
_RATE_UNITS = {"day": "days", "jour": "days", "week": "weeks", "semaine": "weeks",
               "month": "months", "mois": "months", "year": "years", "an": "years",
               "annee": "years"}

# durations: "in 100 days", "in less than three months", "en moins de trois mois",
# "within six weeks", "a 100-day genocide"
_SPAN_BEFORE = re.compile(
    r"(?<![a-z])(?:in|within|over|during|in\s+the\s+space\s+of|in\s+just|in\s+only|in\s+barely|"
    r"in\s+less\s+than|in\s+under|in\s+a\s+little\s+over|in\s+a\s+matter\s+of|en|en\s+moins\s+de|"
    r"en\s+moins\s+d'|en\s+l'espace\s+de|en\s+l'espace\s+d'|pendant|durant|en\s+seulement|"
    r"en\s+a\s+peine|in\s+(?:about|around|some|nearly|almost|roughly)|"
    r"en\s+(?:environ|pres\s+de|quelque)|"
    # how long it lasted: "the killing had lasted barely six weeks", « le génocide a duré trois mois »
    r"(?:lasted|lasting|went\s+on\s+for|continued\s+for|a\s+dure|ont\s+dure|avait\s+dure|dura)"
    r"(?:\s+(?:barely|only|just|about|around|some|nearly|almost|roughly|less\s+than|under|more\s+than|"
    r"no\s+more\s+than|a\s+little\s+over|a\s+peine|moins\s+de|moins\s+d'|pres\s+de|environ|"
    r"seulement|plus\s+de))?)\s*[—–-]?\s*$"
)
# the words that say the span is the period's whole length, not the time something took within it
_LASTED = re.compile(r"(?<![a-z])(?:lasted|lasting|went\s+on\s+for|continued\s+for|a\s+dure|ont\s+dure|"
                     r"avait\s+dure|dura)(?![a-z])")
_SPAN_UNIT_AFTER = re.compile(r"[\s-]*(?P<unit>days?|weeks?|months?|years?|jours?|semaines?|"
                              r"mois|ans|annees?)(?![a-z])")
_SPAN_UNITS = {"day": "days", "days": "days", "jour": "days", "jours": "days", "week": "weeks",
               "weeks": "weeks", "semaine": "weeks", "semaines": "weeks", "month": "months",
               "months": "months", "mois": "months", "year": "years", "years": "years",
               "ans": "years", "annee": "years", "annees": "years"}
_N_DAY = re.compile(r"(?<![a-z0-9-])(?P<n>\d{1,4}|one\s+hundred|hundred)-(?P<unit>day|week|month)"
                    r"(?:-long)?(?![a-z])")
_KILLING_WORDS = re.compile(
    r"(?<![a-z])(?:genocide|killed|killing|killings|slaughter|slaughtered|massacre|massacred|"
    r"massacres|murdered|exterminated|extermination|died|dead|perished|genocidaire|tues|tuees|"
    r"massacres|tueries|extermination|morts|perirent|extermines)(?![a-z])"
)
_RWANDA_1994 = re.compile(r"(?<![0-9])1994(?![0-9])|(?<![a-z])(?:rwanda|tutsi|tutsis|hutu|hutus)"
                          r"(?![a-z])")
# The killing's end as its subject's: "the killing was over", "the genocide had ended", « les tueries
# avaient pris fin » (lower-cased, accents stripped; a place between the two narrows it and is not matched)
_WHOLE_OVER = re.compile(r"(?<![a-z])(?:genocide|killings?|massacres?|slaughter|tueries?)\s+"
                         r"(?:(?:was|were|had\s+been|is|est|etait|fut|etaient)\s+(?:all\s+)?(?:over|finished|"
                         r"termine\w*|finie?s?|acheve\w*)|(?:had\s+)?(?:ended|finished|came\s+to\s+an\s+end)|"
                         r"(?:a|avait|ont|avaient|s'est|s'etait)\s+(?:pris\s+fin|termine\w*|acheve\w*)|prit\s+fin|"
                         r"s'acheva)(?![a-z])")
# A place named after the verb narrows it too: "the killing was over in Kibuye within three weeks".
_PLACE_AFTER_OVER = re.compile(r"\b(?:in|at|around|near|à|au|dans)\s+(?!Rwanda\b|April|May|June|July|August|"
                               r"avril|mai|juin|juillet|ao[ûu]t|[0-9])[A-Z][a-zà-ÿ]+")
_DATE_FROM = re.compile(r"(?<![a-z])(?:from|since|on|starting|began|beginning|depuis|du|des|le)\s*$")
_DATE_TO = re.compile(r"(?<![a-z])(?:to|until|till|by|through|au|jusqu'au|jusqu'a|jusqu'en|"
                      r"and|et)\s*$")
_RANGE_SPLIT = re.compile(r"\s(?:and|to|until|till|through|et|au|a|à|jusqu'au|jusqu'à|jusqu'a)\s|\s?[–—]\s?"
                          r"|(?<=\d)\s?-\s?(?=\d)", re.IGNORECASE)


@dataclass
class _Figure:
    """A figure mention with the value it is computed with."""
    start: int
    end: int
    text: str
    value: float
    approx: bool
    unit: str | None
    counted: str | None
    group: str | None
    bounded: str | None = None      # "over"/"under" when only one bound is stated
    low: float | None = None
    high: float | None = None

    @property
    def is_share(self) -> bool:
        return self.unit == "percent"

    @property
    def is_duration(self) -> bool:
        return self.counted in _DURATION_LABELS

    @property
    def is_count(self) -> bool:
        return self.unit in ("people", "count") and not self.is_duration and self.value > 0


@dataclass
class _Context:
    text: str
    lower: str                      # folded, lower-cased, same offsets as the original
    language: str
    sentences: list[tuple[int, int]]
    figures: list[_Figure]
    dates: list[dict]

    def __post_init__(self) -> None:
        self._sentence_starts = [start for start, _ in self.sentences]

    def sentence_index(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, position) - 1)

    def sentence_of(self, position: int) -> tuple[int, int]:
        if not self.sentences:
            return 0, len(self.text)
        return self.sentences[self.sentence_index(position)]

    def window_start(self, position: int, back: int = CONTEXT_SENTENCES) -> int:
        if not self.sentences:
            return 0
        k = self.sentence_index(position)
        return self.sentences[max(0, k - back)][0]

    def figures_in(self, start: int, end: int) -> list[_Figure]:
        first = bisect.bisect_left(self._figure_starts(), start)
        found = []
        for figure in self.figures[first:]:
            if figure.start >= end:
                break
            if figure.end <= end:
                found.append(figure)
        return found

    def _figure_starts(self) -> list[int]:
        # figures may be swapped for a filtered list (relation words): key the cache on it
        if getattr(self, "_starts_of", None) is not self.figures:
            self._starts_of = self.figures
            self._starts = [f.start for f in self.figures]
        return self._starts


# --------------------------------------------------------------------------- entry point


def check_arithmetic(text: str, mentions: list[dict], language: str = "en") -> list[ArithmeticFinding]:
    """The arithmetic relations ``text`` states between its figures, re-done.

    ``mentions`` is the extractor's output for ``text`` (figure and date mentions are used;
    others are ignored). Findings are sorted by position, one per stated relation.
    """
    if not text or not text.strip():
        return []
    lower = _folded_lower(text)
    context = _Context(
        text=text, lower=lower, language="fr" if language.lower().startswith("fr") else "en",
        sentences=split_sentences(text),
        figures=_figures(text, mentions), dates=_dates(text, mentions))
    findings: list[ArithmeticFinding] = []
    for finder in (_multiples, _ratios, _fractions, _percentages, _parts_of_wholes, _sums, _differences,
                   _rates, _date_spans):
        findings.extend(finder(context))
    findings = [f for f in _without_duplicates(findings) if text[f.start:f.end] == f.text]
    return sorted(findings, key=lambda f: (f.start, f.end))


def _folded_lower(text: str) -> str:
    """A lower-cased, accent-free copy of ``text`` with the same offsets, for the patterns."""
    folded = fold(text)
    if len(folded.lower) == len(text):
        return folded.lower
    # folding changed lengths (ligatures, combining marks): map character by character
    table = {ch: _fold_char(ch) for ch in set(text)}
    return "".join(table[ch] for ch in text)


def _fold_char(ch: str) -> str:
    lowered = fold(ch).lower
    return lowered if len(lowered) == 1 else (ch.lower() if len(ch.lower()) == 1 else " ")


def _figures(text: str, mentions: list[dict]) -> list[_Figure]:
    figures = []
    for mention in mentions:
        if mention.get("type") != "figure":
            continue
        start, end = mention.get("start"), mention.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            continue
        if text[start:end] != mention.get("text"):
            continue
        normalized = mention.get("normalized") or {}
        low, high = normalized.get("low"), normalized.get("high")
        bounded = None
        if low is None and high is None:
            continue
        if low is None:
            value, bounded = high, "under"
        elif high is None:
            value, bounded = low, "over"
        else:
            value = (low + high) / 2
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            continue
        figures.append(_Figure(start, end, text[start:end], float(value),
                               bool(normalized.get("approx")) or low != high,
                               normalized.get("unit"), normalized.get("counted"),
                               normalized.get("group"), bounded,
                               None if low is None else float(low), None if high is None else float(high)))
    figures.sort(key=lambda f: f.start)
    return figures


def _dates(text: str, mentions: list[dict]) -> list[dict]:
    dates = []
    for mention in mentions:
        if mention.get("type") != "date":
            continue
        normalized = mention.get("normalized") or {}
        start, end = mention.get("start"), mention.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or text[start:end] != mention.get("text"):
            continue
        earliest, latest = _iso(normalized.get("earliest")), _iso(normalized.get("latest"))
        if earliest is None or latest is None:
            continue
        dates.append({"start": start, "end": end, "text": mention["text"], "earliest": earliest,
                      "latest": latest, "precision": normalized.get("precision")})
    dates.sort(key=lambda d: d["start"])
    return dates


def _iso(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- agreement


def _hedge_before(context: _Context, position: int) -> tuple[str | None, int]:
    """The hedge right before ``position`` ("more than", "près de") and where it starts."""
    window_start = max(0, position - 40)
    match = _HEDGE_BEFORE.search(context.lower, window_start, position)
    if match is None:
        return None, position
    return _HEDGE_KIND.get(" ".join(match.group("hedge").split())), match.start("hedge")


def _figure_hedge(figure: _Figure, context: _Context) -> str | None:
    """The hedge written inside a figure's own span ("less than three", "près de 800 000")."""
    if figure.bounded:
        return figure.bounded
    match = _HEDGE_AT_START.match(context.lower, figure.start, figure.end)
    if match:
        return _HEDGE_KIND[" ".join(match.group("hedge").split())]
    return "about" if figure.approx else None


def _rough(figure: _Figure) -> bool:
    """Whether a figure is itself approximate: hedged, a range, or a round number ("1 million",
    "300,000": two significant digits at most), whose rounding carries into any ratio."""
    if figure.approx:
        return True
    value = abs(figure.value)
    if value < 1000 or value != int(value):
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) <= 2


def _agrees(stated: float, computed: float, hedge: str | None, tolerance: float) -> bool:
    """Whether ``computed`` is what a text stating ``stated`` with ``hedge`` could mean."""
    if stated == 0:
        return abs(computed) <= tolerance
    ratio = computed / stated
    if hedge in ("over", "at_least"):
        return ratio >= 1 - tolerance / 3
    if hedge in ("under", "at_most"):
        return ratio <= 1 + tolerance / 3
    if hedge == "almost":
        return 1 - 2 * tolerance <= ratio <= 1 + tolerance / 3
    if hedge == "about":
        return abs(ratio - 1) <= 2 * tolerance
    return abs(ratio - 1) <= tolerance


def _within(stated: float, low: float, high: float, hedge: str | None, tolerance: float) -> bool:
    """Whether a stated amount fits a computed interval [low, high] (vague dates give one)."""
    if hedge in ("over", "at_least"):
        return high >= stated * (1 - tolerance / 3)
    if hedge in ("under", "at_most"):
        return low <= stated * (1 + tolerance / 3)
    if hedge == "almost":
        return low <= stated * (1 + tolerance / 3) and high >= stated * (1 - 2 * tolerance)
    widen = 2 * tolerance if hedge == "about" else tolerance
    return low * (1 - widen) <= stated <= high * (1 + widen)


def _number(value: float) -> str:
    """A value as a reader would write it: 1,074,017; 1.80; 8.4."""
    if abs(value - round(value)) < 1e-9 and abs(value) >= 1:
        return f"{round(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _percent(value: float) -> str:
    return (f"{value:.1f}" if abs(value) < 100 else f"{value:,.0f}") + "%"


# --------------------------------------------------------------------------- what figures count


@lru_cache(maxsize=1)
def _reference_figures() -> tuple[dict, ...]:
    """The reference pack's exactly stated figures, to say what a precise number counts."""
    try:
        text = (resources.files("factfinder.data") / "reference" / "rwanda1994_figures.yaml").read_text(
            encoding="utf-8")
        # the C loader when present: the pure-Python one takes seconds on this file
        entries = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["figures"]
    except (OSError, KeyError, TypeError, yaml.YAMLError):
        return ()  # the pack only adds wording about what a figure counts; checking works without it
    return tuple(e for e in entries if isinstance(e.get("value"), dict)
                 and e["value"].get("low") is not None
                 and e["value"].get("low") == e["value"].get("high")
                 and not e["value"].get("approx"))


_QUANTITY_WORDS = {
    "genocide_victims": "all declared victims",
    "genocide_victims_named": "victims identified by name",
    "population_tutsi": "a Tutsi population",
    "population_total": "Rwanda's whole population",
    "population_tutsi_share": "the Tutsi share of the population",
    "tutsi_killed": "Tutsi killed",
    "genocide_survivors": "survivors",
    "refugees_total": "refugees",
    "refugees_zaire": "refugees in Zaire",
    "rpf_killings": "people killed by the RPF",
    "deaths_all_causes": "deaths from all causes",
}
_QUANTITY_CLASS = {"genocide_victims": "victims", "genocide_victims_named": "victims",
                   "tutsi_killed": "victims", "population_tutsi": "population",
                   "population_total": "population", "deaths_all_causes": "victims",
                   "rpf_killings": "victims", "genocide_survivors": "survivors"}


def _distinctive(value: float) -> bool:
    """A value precise enough to be one publication's number (1,074,017, not 800,000)."""
    return value >= 1000 and value == int(value) and int(value) % 1000 != 0


def _reference_match(figure: _Figure) -> dict | None:
    if not _distinctive(figure.value):
        return None
    for entry in _reference_figures():
        if float(entry["value"]["low"]) == figure.value:
            return entry
    return None


def _period_words(entry: dict) -> str:
    period = entry.get("period") or {}
    earliest, latest = str(period.get("earliest") or ""), str(period.get("latest") or "")
    if not earliest:
        return ""
    if earliest[:4] == latest[:4] and earliest == latest:
        return f"in {earliest[:4]}"
    if earliest[:4] == latest[:4]:
        return f"in {earliest[:4]}"
    return f"of {earliest[:4]}–{latest[:4]}"


@dataclass
class _Counts:
    """What an operand counts, as far as the text (or the reference pack) says."""
    words: str | None
    category: str | None
    group: str | None
    period: str | None
    from_reference: bool = False


def _counts(figure: _Figure, counted: str | None = None, group: str | None = None) -> _Counts:
    entry = _reference_match(figure)
    if entry is not None and entry.get("quantity") in _QUANTITY_WORDS:
        quantity = entry["quantity"]
        period = _period_words(entry)
        words = _QUANTITY_WORDS[quantity] + (f" {period}" if period and quantity.startswith("genocide")
                                             else "")
        if quantity.startswith("genocide_victims") and not entry.get("group"):
            words += ", of every group"
        return _Counts(words, _QUANTITY_CLASS.get(quantity), entry.get("group"),
                       period or None, True)
    counted = counted or figure.counted
    group = group or figure.group
    category = _CLASS_OF_COUNTED.get(counted or "")
    if category is None and counted is None and group is None:
        return _Counts(None, None, None, None)
    noun = _CLASS_WORDS.get(category or "", counted or "people")
    if group and category == "population":
        words = f"a {group} population"
    elif group and group.lower() in noun:
        words = noun
    elif group and category is None and counted is None:
        words = group
    elif group:
        words = f"{group} killed" if category == "victims" else f"{noun} ({group})"
    else:
        words = noun
    return _Counts(words, category, group, None)


# groups that exclude one another: a figure of one is never a part of a figure of another
_GROUP_DIMENSIONS = (
    frozenset({"Tutsi", "Hutu", "Twa"}),
    frozenset({"Rwandans", "Congolese", "Zairians", "Burundians", "Ugandans", "Belgians",
               "Banyamulenge"}),
    frozenset({"children", "women", "men", "girls", "boys", "youths", "elderly"}),
)


def _groups_conflict(first: str | None, second: str | None, strict: bool) -> bool:
    """Whether two groups are different people. ``strict`` (comparisons of two counts) takes
    any two named groups as different; for a part and its whole only exclusive ones count:
    Tutsi among Rwandans is a part, Hutu among Tutsi is not."""
    if not first or not second or first == second:
        return False
    if strict:
        return True
    return any(first in dimension and second in dimension for dimension in _GROUP_DIMENSIONS[:2])


def _mismatch(first: _Counts, second: _Counts, part_of_whole: bool = False) -> str | None:
    """Why two operands count different things, in words, or None if nothing says so.
    For a part of a whole (a share, a fraction) a different category is the point ("people
    killed" as a share of "a population"); only exclusive groups or periods then differ."""
    reasons = []
    if not part_of_whole and first.category and second.category and first.category != second.category:
        reasons.append("category")
    elif _groups_conflict(first.group, second.group, strict=not part_of_whole):
        reasons.append("group")
    if first.period and second.period and first.period != second.period and (
            first.from_reference or second.from_reference):
        reasons.append("period")
    if not reasons or not first.words or not second.words:
        return None
    return f"the first counts {first.words}, the second {second.words}"


def _operand(figure: _Figure, counts: _Counts) -> Operand:
    return Operand(figure.text, figure.start, figure.end, figure.value, counts.words)


def _finding(context: _Context, kind: str, start: int, end: int, **fields: object) -> ArithmeticFinding:
    start, end = _trim(context.text, start, end)
    return ArithmeticFinding(kind=kind, text=context.text[start:end], start=start, end=end,
                             **fields)  # type: ignore[arg-type]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,;":
        end -= 1
    return start, end


# --------------------------------------------------------------------------- resolution


def _figure_after(context: _Context, position: int, limit: int, skip: tuple[_Figure, ...] = (),
                  counts_only: bool = True) -> _Figure | None:
    """The first countable figure after ``position`` in its sentence, within ``limit`` chars."""
    sentence_end = context.sentence_of(position)[1]
    reach = min(sentence_end, position + limit)
    for figure in context.figures_in(position, min(len(context.text), reach + 100)):
        if figure in skip:
            continue
        if figure.start > min(sentence_end, position + limit):
            return None
        if not counts_only or figure.is_count:
            return figure
    return None


def _figure_before(context: _Context, position: int, skip: tuple[_Figure, ...] = ()) -> _Figure | None:
    """The nearest countable figure before ``position`` in its sentence."""
    sentence_start = context.sentence_of(position)[0]
    for figure in reversed(context.figures_in(sentence_start, position)):
        if figure not in skip and figure.is_count:
            return figure
    return None


def _phrase_terms(phrase: str) -> tuple[str | None, str | None, bool]:
    """The group and what is counted that a noun phrase names, and whether it says 'total'."""
    group = counted = None
    for word in re.findall(r"[a-z]+", phrase):
        group = group or _GROUP_WORDS.get(word)
        counted = counted or _COUNTED_WORDS.get(word)
    return group, counted, bool(_TOTAL_WORDS.search(phrase))


def _noun_phrase(context: _Context, position: int) -> tuple[str, int]:
    """The noun group after ``position`` (to a clause break) and where it ends."""
    match = _NOUN_PHRASE.match(context.lower, position)
    phrase = match.group(0) if match else ""
    stop = _CLAUSE_END.search(phrase, 3)
    if stop:
        phrase = phrase[:stop.start()]
    words_end = position + len(phrase.rstrip(" ,"))
    return phrase, words_end


def _appositive_share(context: _Context, figure: _Figure) -> _Figure | None:
    """The share a count stands beside: "8.4% or 596,387", "596,387 (8.4%)"."""
    for other in context.figures_in(figure.start - 40, figure.end + 40):
        if not other.is_share:
            continue
        if other.end <= figure.start and _APPOSITION.fullmatch(context.lower[other.end:figure.start]):
            return other
        if figure.end <= other.start and _APPOSITION.fullmatch(context.lower[figure.end:other.start]):
            return other
    return None


def _inferred_terms(context: _Context, figure: _Figure) -> tuple[str | None, str | None]:
    """What a count counts when the extractor left it open but an appositive share says it:
    the 596,387 of "Tutsis comprised 8.4% or 596,387" counts a Tutsi population."""
    counted, group = figure.counted, figure.group
    share = _appositive_share(context, figure)
    if share is not None:
        group = group or share.group
        sentence = context.lower[slice(*context.sentence_of(figure.start))]
        if counted in (None, "people") and (share.counted == "population" or _SHARE_VERBS.search(sentence)
                                           or _POPULATION_WORDS.search(sentence)):
            counted = "population"
    return counted, group


def _resolve_phrase(context: _Context, phrase: str, before: int, skip: tuple[_Figure, ...]) -> _Figure | None:
    """The figure stated earlier that a noun phrase names ("the total number of Tutsis")."""
    group, counted, _total = _phrase_terms(phrase)
    if group is None and counted is None:
        return None
    start = context.window_start(before)
    best = None
    for figure in context.figures_in(start, before):
        if figure in skip or not figure.is_count:
            continue
        fig_counted, fig_group = _inferred_terms(context, figure)
        fig_class = _CLASS_OF_COUNTED.get(fig_counted or "")
        want_class = _CLASS_OF_COUNTED.get(counted or "")
        if group and fig_group != group:
            continue
        if want_class and fig_class != want_class:
            continue
        if not want_class and group and fig_class == "victims" and "population" not in phrase:
            # "the number of Tutsis": a count of Tutsi people, not a count of Tutsi killed,
            # unless the phrase says so
            if not _KILLING_WORDS.search(phrase):
                continue
        best = figure  # the latest one that fits
    return best


_LINK_WORDS = re.compile(
    r",|\(|—|–|(?<![a-z])(?:is|was|were|are|be|been|being|represents?|represented|representing|"
    r"representent|represente|representait|representaient|soit|or|i\.e\.|equals?|equalled|"
    r"amounts?\s+to|amounted\s+to|makes?|made|constitutes?|constituted|comes?\s+to|came\s+to|"
    r"fait|font|faisait|faisaient|est|sont|etait|etaient|egale|equivaut|equivalent|"
    r"nearly|almost|about|some)(?![a-z])")


def _population_stated_before(context: _Context, part: _Figure) -> _Figure | None:
    """The population stated just before a part ("the population was 7.7 million; about 1
    million people, one in seven, were killed")."""
    best = None
    for figure in context.figures_in(context.window_start(part.start, 1), part.start):
        if figure.is_count and figure.value > part.value and _inferred_terms(context, figure)[0] == "population":
            best = figure
    return best


def _whole_before(context: _Context, part: _Figure) -> _Figure | None:
    """The whole a part is taken from, stated before it: "Of the 120,000 detainees, 30,000"."""
    sentence_start = context.sentence_of(part.start)[0]
    for figure in reversed(context.figures_in(sentence_start, part.start)):
        if figure.is_count and figure.value > part.value and re.search(
                r"(?<![a-z])(?:of|out\s+of|among|sur|parmi|des|de)\s+(?:the|these|those|all|les|ces)?\s*$",
                context.lower[max(sentence_start, figure.start - 16):figure.start]):
            return figure
    return None


def _subject_terms(context: _Context, figure: _Figure) -> tuple[str | None, str | None]:
    """What a figure counts when its clause names it before the figure: "The number of
    refugees, 2 million, was ..." counts refugees."""
    counted, group = _inferred_terms(context, figure)
    if counted is not None and group is not None:
        return counted, group
    clause_start = _clause_start(context, context.sentence_of(figure.start)[0], figure.start)
    phrase_group, phrase_counted, _ = _phrase_terms(context.lower[clause_start:figure.start])
    return counted or phrase_counted, group or phrase_group


def _linked(context: _Context, first: _Figure, trigger: int) -> bool:
    """Whether the text between a figure and a relation word makes the figure its subject
    ("1,000,000 refugees fled, twice", "1 074 017 morts représente deux fois")."""
    between = context.lower[first.end:trigger]
    if re.search(r"[;:!?]", between) or len(between) > 120:
        return False
    return not between.strip() or bool(_LINK_WORDS.search(between))


def _clause_start(context: _Context, sentence_start: int, position: int) -> int:
    breaks = [m.end() for m in re.finditer(r"[;:]", context.lower[sentence_start:position])]
    return sentence_start + breaks[-1] if breaks else sentence_start


def _resolve_subject(context: _Context, sentence_start: int, trigger: int,
                     skip: tuple[_Figure, ...]) -> _Figure | None:
    """The figure that a figure-less subject stands for ("the claim", "this figure")."""
    sentence_start = _clause_start(context, sentence_start, trigger)
    subject = context.lower[sentence_start:trigger]
    if not _ANAPHOR.search(subject):
        return None
    candidates = [f for f in context.figures_in(context.window_start(trigger), sentence_start)
                  if f.is_count and f not in skip]
    victims = [f for f in candidates if _CLASS_OF_COUNTED.get(f.counted or "") == "victims"]
    if victims:
        return victims[-1]
    return candidates[-1] if candidates else None


# --------------------------------------------------------------------------- multiples and fractions


def _multiple_value(match: re.Match[str], language: str) -> float | None:
    if match.group("word"):
        return float(_MULTIPLE_WORDS[match.group("word")])
    if match.group("fold"):
        return float(_FOLD_WORDS[match.group("fold")[:-4]])
    word = match.group("nfold") or match.group("ntimes")
    value = parse_number(word.replace(",", ".") if language == "en" and "," in word else word, language)
    if value is None:
        value = parse_number(word, "fr" if language == "en" else "en")
    return float(value) if value is not None and value > 0 else None


def _multiples(context: _Context) -> list[ArithmeticFinding]:
    findings = []
    for match in _MULTIPLE.finditer(context.lower):
        stated = _multiple_value(match, context.language)
        if stated is None or stated == 1:
            continue
        after = context.lower[match.end():match.end() + 40]
        changed = match.group("word") in ("doubled", "tripled", "quadrupled")
        if not changed and not _COMPARISON_AFTER.match(after):
            continue
        if _INVERSE_AFTER.match(after):
            stated = 1 / stated
        if changed:
            finding = _change_multiple(context, match, stated)
            if finding:
                findings.append(finding)
            continue
        finding = _relation(context, "multiple", match.start(), match.end(), stated,
                            context.text[match.start():match.end()])
        if finding:
            findings.append(finding)
    return findings


_RATIO = re.compile(
    r"(?<![a-z0-9.,])(?P<n>\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|deux|trois|"
    r"quatre|cinq|dix)\s*(?:to|:|contre|pour)\s*(?:one|1|un)(?![a-z0-9])")
_RATIO_CUE = re.compile(r"(?<![a-z])(?:ratio|rapport|outnumber\w*|by|proportion)(?![a-z])")


def _ratios(context: _Context) -> list[ArithmeticFinding]:
    """"outnumbered the 500,000 survivors by four to one", "a ratio of 3:1": the larger of the
    clause's two counts over the smaller."""
    findings = []
    for match in _RATIO.finditer(context.lower):
        if not _RATIO_CUE.search(context.lower, max(0, match.start() - 30), match.start()):
            continue
        stated = parse_number(match.group("n").replace(",", "."), "en") or parse_number(
            match.group("n"), "fr")
        if not stated or stated <= 1:
            continue
        sentence_start, sentence_end = context.sentence_of(match.start())
        counts = [f for f in context.figures_in(sentence_start, sentence_end)
                  if f.is_count and not (f.start < match.end() and match.start() < f.end)]
        if len(counts) != 2:
            continue  # which two figures the ratio relates is not clear
        first, second = sorted(counts, key=lambda f: -f.value)
        if second.value == 0:
            continue
        computed = first.value / second.value
        hedge, hedge_start = _hedge_before(context, match.start())
        rough = (_rough(first) or _rough(second)) and hedge is None
        consistent = _agrees(float(stated), computed, hedge, MULTIPLE_TOLERANCE * (2 if rough else 1))
        first_counts, second_counts = _counts(first, *_subject_terms(context, first)), _counts(second)
        mismatch = _mismatch(first_counts, second_counts)
        words = context.text[match.start():match.end()]
        verdict = "" if consistent else f", not {words}"
        start = min(first.start, second.start, match.start())
        end = max(first.end, second.end, match.end())
        findings.append(_finding(
            context, "ratio", start, end, stated=words, stated_value=float(stated),
            computed=round(computed, 4), consistent=consistent,
            operands=[_operand(first, first_counts), _operand(second, second_counts)],
            category_mismatch=mismatch,
            explanation=f"{first.text.strip()} ÷ {second.text.strip()} = {_number(computed)}{verdict}"
                        + (f"; and {mismatch}." if mismatch else ".")))
    return findings


def _change_multiple(context: _Context, match: re.Match[str], stated: float) -> ArithmeticFinding | None:
    """"doubled from 60,000 to 120,000": the end of the change over its start."""
    sentence_start, sentence_end = context.sentence_of(match.start())
    for figure in context.figures_in(match.end(), sentence_end):
        if figure.start - match.end() > 30:
            break
        if (figure.low and figure.high and figure.low != figure.high
                and re.match(r"(?:from|de|d')\s", context.lower[figure.start:figure.end])):
            computed = figure.high / figure.low
            hedge, hedge_start = _hedge_before(context, match.start())
            consistent = _agrees(stated, computed, hedge, MULTIPLE_TOLERANCE)
            words = context.text[hedge_start if hedge else match.start():match.end()].strip()
            verdict = "" if consistent else f", not {_number(stated)} ({words})"
            start = hedge_start if hedge else match.start()
            return _finding(
                context, "multiple", start, figure.end, stated=words, stated_value=stated,
                computed=round(computed, 4), consistent=consistent,
                operands=[_operand(_end_of(figure, figure.high), _counts(figure)),
                          _operand(_end_of(figure, figure.low), _counts(figure))],
                explanation=f"{_number(figure.high)} ÷ {_number(figure.low)} = {_number(computed)}{verdict}.")
    return None


def _fraction_value(match: re.Match[str], language: str) -> float | None:
    if match.group("one_in"):
        den = parse_number(match.group("den"), language) or parse_number(match.group("den"), "en")
        return 1 / den if den else None
    if match.group("half"):
        return 0.5
    count_word, _, unit = re.split(r"([\s-])", match.group("word"), maxsplit=1)
    count = _FRACTION_COUNT.get(count_word)
    part = _FRACTION_WORDS.get(unit)
    return count * part if count and part else None


# what follows a fraction word that quantifies ("half of", "a third of the", "la moitié des");
# "a third party", "the second half of 1994" and "half-brother" do not
_FRACTION_AFTER = re.compile(r"\s*(?:of|the|as|de|des|du|d'|[,.;)—–]|$)")


def _fractions(context: _Context) -> list[ArithmeticFinding]:
    findings = []
    for match in _FRACTION.finditer(context.lower):
        if not _FRACTION_AFTER.match(context.lower, match.end()):
            continue
        if match.group("half") and re.search(r"(?:first|second|last|latter|1st|2nd)\s+$",
                                             context.lower[max(0, match.start() - 8):match.start()]):
            continue  # "the second half of 1994": a period, not a share
        stated = _fraction_value(match, context.language)
        if stated is None or not 0 < stated < 1:
            continue
        finding = _relation(context, "fraction", match.start(), match.end(), stated,
                            context.text[match.start():match.end()])
        if finding:
            findings.append(finding)
    return findings


def _relation(context: _Context, kind: str, start: int, end: int, stated: float,
              stated_text: str) -> ArithmeticFinding | None:
    """A stated multiple or fraction: "A is <stated> B". Finds A and B, computes A / B."""
    sentence_start, sentence_end = context.sentence_of(start)
    hedge, hedge_start = _hedge_before(context, start)
    trigger_start = hedge_start if hedge else start
    # a fraction figure the extractor read as a share ("half of" -> 50%) is this relation
    inside = [f for f in context.figures if f.start <= start < f.end]
    if inside and not inside[0].is_share:
        return None  # a relation word the extractor read as a count: not a relation here
    # a number inside the relation words ("one in four") is not an operand
    saved = context.figures
    context.figures = [f for f in saved if f.end <= start or f.start >= end or f.is_share]
    try:
        return _relation_terms(context, kind, start, end, stated, stated_text, sentence_start,
                               hedge, hedge_start, trigger_start)
    finally:
        context.figures = saved


def _relation_terms(context: _Context, kind: str, start: int, end: int, stated: float,
                    stated_text: str, sentence_start: int, hedge: str | None, hedge_start: int,
                    trigger_start: int) -> ArithmeticFinding | None:
    # the second term: a figure right after the relation word or in its noun phrase
    phrase, phrase_end = _noun_phrase(context, end)
    named_by_phrase = False
    second = _figure_after(context, end, max(60, phrase_end - end + 25))
    if second is not None and second.start > phrase_end + 25:
        second = None
    first = _figure_before(context, trigger_start, skip=(second,) if second else ())
    if first is not None and not _linked(context, first, trigger_start):
        first = None
    if second is None:
        second = _resolve_phrase(context, phrase, trigger_start, skip=(first,) if first else ())
        named_by_phrase = second is not None
    if second is None and first is not None and kind == "fraction":
        second = _whole_before(context, first) or _population_stated_before(context, first)
    if second is None and first is not None and re.match(r"\s*(?:as\s+many|as\s+much|autant)", phrase):
        # "Compared with the 500,000 who stayed, 1,000,000 fled, twice as many."
        second = _figure_before(context, first.start)
    if first is None and second is not None:
        first = _resolve_subject(context, sentence_start, trigger_start, skip=(second,))
    if first is None or second is None or first is second or second.value == 0:
        return None
    if kind == "fraction" and first.value > second.value * 1.5:
        # "half of the 12,000" after an unrelated larger number: not this relation
        return None
    computed = first.value / second.value
    first_counted, first_group = _subject_terms(context, first)
    second_counted, second_group = _inferred_terms(context, second)
    phrase_group, phrase_counted, _ = _phrase_terms(phrase)
    first_counts = _counts(first, first_counted, first_group)
    second_counts = _counts(second, second_counted or phrase_counted, second_group or phrase_group)
    mismatch = _mismatch(first_counts, second_counts, part_of_whole=kind == "fraction")
    tolerance = MULTIPLE_TOLERANCE * (2 if (_rough(first) or _rough(second)) and hedge is None else 1)
    consistent = _agrees(stated, computed, hedge, tolerance)
    hedge_words = context.text[hedge_start:start] if hedge else ""
    stated_words = (hedge_words + stated_text).strip()
    if kind == "fraction":
        verdict = "" if consistent else f", not {stated_words}"
        line = (f"{first.text.strip()} is {_percent(100 * computed)} of {second.text.strip()}"
                f"{verdict} ({stated_words} is {_percent(100 * stated)})")
    else:
        verdict = "" if consistent else f", not {_number(stated)}"
        line = f"{first.text.strip()} ÷ {second.text.strip()} = {_number(computed)}{verdict}"
        if hedge and not consistent:
            line = (f"{first.text.strip()} ÷ {second.text.strip()} = {_number(computed)}, "
                    f"which is not {stated_words}")
    explanation = line + (f"; and {mismatch}." if mismatch else ".")
    span_end = max(end, phrase_end if named_by_phrase else end, first.end, second.end)
    span_start = min(trigger_start, first.start, second.start)
    return _finding(context, kind, span_start, span_end, stated=stated_words, stated_value=stated,
                    computed=round(computed, 4), consistent=consistent,
                    operands=[_operand(first, first_counts), _operand(second, second_counts)],
                    category_mismatch=mismatch, explanation=explanation)


# --------------------------------------------------------------------------- percentages


def _percentages(context: _Context) -> list[ArithmeticFinding]:
    findings = []
    for share in context.figures:
        if not share.is_share or _FRACTION.match(context.lower, share.start):
            continue
        hedge = _figure_hedge(share, context)
        part = _appositive_count(context, share)
        if part is None:
            continue
        base, base_end = _share_base(context, share, part)
        if base is None or base.value == 0:
            continue
        computed = 100 * part.value / base.value
        # a share is rounded to the decimals it is written with ("8.4%", "8,4 %")
        written = re.search(r"\d[.,](\d+)", share.text)
        rounding = 0.5 * 10 ** -(len(written.group(1)) if written else 0)
        stated = share.value
        if hedge in ("over", "at_least", "under", "at_most", "almost"):
            consistent = _agrees(stated, computed, hedge, 0.03)
        else:
            slack = rounding + (max(2.0, 0.05 * stated) if hedge or part.approx or base.approx else
                                0.01 * stated)
            consistent = abs(computed - stated) <= slack
        part_counted, part_group = _inferred_terms(context, part)
        part_counts = _counts(part, part_counted, part_group)
        base_counts = _counts(base)
        mismatch = _mismatch(part_counts, base_counts, part_of_whole=True)
        verdict = "" if consistent else f", not {share.text.strip()}"
        explanation = (f"{part.text.strip()} ÷ {base.text.strip()} = {_percent(computed)}{verdict}"
                       + (f"; and {mismatch}." if mismatch else "."))
        start = min(share.start, part.start, base.start)
        end = max(share.end, part.end, base_end)
        findings.append(_finding(
            context, "percentage", start, end, stated=share.text.strip(), stated_value=stated,
            computed=round(computed, 4), consistent=consistent,
            operands=[_operand(part, part_counts), _operand(base, base_counts)],
            category_mismatch=mismatch, explanation=explanation))
    return findings


def _appositive_count(context: _Context, share: _Figure) -> _Figure | None:
    """The count a share is given with: "8.4% or 596,387", "500,000 ..., about 75% of"."""
    for figure in context.figures_in(share.start - 40, share.end + 40):
        if not figure.is_count:
            continue
        if share.end <= figure.start and _APPOSITION.fullmatch(context.lower[share.end:figure.start]):
            return figure
        if figure.end <= share.start and _APPOSITION.fullmatch(context.lower[figure.end:share.start]):
            return figure
    # "8,4 % de la population de 7 099 844 habitants, soit 596 387 personnes": a count after
    # the share's phrase, introduced by "soit", "or", "i.e."
    sentence_end = context.sentence_of(share.start)[1]
    for figure in context.figures_in(share.end, sentence_end):
        if figure.is_count and _RESTATED_BEFORE.search(context.lower, max(share.end, figure.start - 30),
                                                       figure.start):
            if not re.search(r"[;:]", context.lower[share.end:figure.start]):
                return figure
    # "500,000 Tutsi were killed, about 75% of the Tutsi population": the clause's count
    sentence_start = context.sentence_of(share.start)[0]
    before = [f for f in context.figures_in(sentence_start, share.start) if f.is_count]
    if before and _BASE_LINK.match(context.lower, _skip_space(context.lower, share.end)):
        between = context.lower[before[-1].end:share.start]
        if ";" not in between and len(between) <= 80 and "," in between:
            return before[-1]
    return None


_RESTATED_BEFORE = re.compile(r"(?:,\s*|\(\s*)(?:soit|or|i\.e\.,?|that\s+is,?|namely|c'est-a-dire|ou)"
                              r"\s*(?:about\s+|some\s+|environ\s+|quelque\s+)?$")


def _skip_space(lower: str, position: int) -> int:
    while position < len(lower) and lower[position] in " \u00a0":
        position += 1
    return position


def _share_base(context: _Context, share: _Figure, part: _Figure) -> tuple[_Figure | None, int]:
    """The whole a share is of: a figure in its "of ..." phrase, or a population stated
    just before ("the population was 7,099,844. Tutsis comprised 8.4% or 596,387")."""
    after = share.end
    while after < len(context.lower) and context.lower[after] in " \u00a0)":
        after += 1
    link = _BASE_LINK.match(context.lower, after)
    if link:
        phrase, phrase_end = _noun_phrase(context, link.end())
        base = _figure_after(context, link.end(), 70, skip=(part,))
        if base is not None and base.start <= phrase_end + 30 and base.value >= part.value:
            return base, base.end
        group, counted, _ = _phrase_terms(phrase)
        if counted == "population" or _POPULATION_WORDS.search(phrase):
            base = _population_before(context, share, part, group)
            return base, phrase_end
        return None, share.end
    whole = _whole_before(context, part) or _whole_of_whom(context, share, part)
    if whole is not None:
        return whole, share.end
    sentence = context.lower[slice(*context.sentence_of(share.start))]
    if share.counted == "population" or _SHARE_VERBS.search(sentence):
        return _population_before(context, share, part, None), share.end
    return None, share.end


_OF_WHOM = re.compile(r"(?<![a-z])(?:of\s+whom|of\s+which|of\s+them|among\s+them|among\s+whom|dont|"
                      r"parmi\s+eux|parmi\s+elles|parmi\s+lesquels|parmi\s+lesquelles|"
                      r"d'entre\s+eux)(?![a-z])")


def _whole_of_whom(context: _Context, share: _Figure, part: _Figure) -> _Figure | None:
    """"7.1 million Rwandans, of whom 8.4 percent, or 596,387, were Tutsi": the count before
    "of whom" is the whole."""
    sentence_start = context.sentence_of(share.start)[0]
    for figure in reversed(context.figures_in(sentence_start, share.start)):
        if figure is part or not figure.is_count:
            continue
        between = context.lower[figure.end:share.start]
        if figure.value > part.value and _OF_WHOM.search(between) and not re.search(r"[;:]", between):
            return figure
        return None
    return None


def _population_before(context: _Context, share: _Figure, part: _Figure,
                       group: str | None) -> _Figure | None:
    """The latest population figure before the share, of ``group`` or of everyone."""
    best = None
    for figure in context.figures_in(context.window_start(share.start), share.start):
        if figure is part or not figure.is_count:
            continue
        counted, fig_group = _inferred_terms(context, figure)
        if group is not None:
            # "596,387 Tutsi" counted by a census is the Tutsi population the phrase names,
            # even when it is smaller than the part (that is what a share over 100% shows)
            if fig_group != group or counted not in ("population", "people", None):
                continue
        elif counted != "population" or figure.value < part.value:
            continue
        if group is None and fig_group is not None and fig_group == share.group:
            continue  # a share of the Tutsi in the population is not a share of the Tutsi
        best = figure
    return best


# --------------------------------------------------------------------------- parts of wholes


_OF_BETWEEN = re.compile(r"\s+(?:of|out\s+of|sur|parmi|des|d'entre)\s+(?:the|these|those|all|les|ces)?\s*$")


def _parts_of_wholes(context: _Context) -> list[ArithmeticFinding]:
    """"300 of the 1,200 detainees": the part is a share of the whole, and cannot exceed it."""
    findings = []
    figures = context.figures
    for part, whole in zip(figures, figures[1:]):
        if not (part.is_count and whole.is_count) or whole.value == 0:
            continue
        if not _OF_BETWEEN.fullmatch(context.lower[part.end:whole.start]):
            continue
        computed = part.value / whole.value
        consistent = part.value <= whole.value
        part_counts, whole_counts = _counts(part), _counts(whole)
        verdict = ("" if consistent else
                   "; the part is larger than the whole it is said to belong to")
        findings.append(_finding(
            context, "x_of_y", part.start, whole.end, stated=context.text[part.start:whole.end],
            stated_value=None, computed=round(computed, 4), consistent=consistent,
            operands=[_operand(part, part_counts), _operand(whole, whole_counts)],
            explanation=f"{part.text.strip()} of {whole.text.strip()} is {_percent(100 * computed)}"
                        f"{verdict}."))
    return findings


# --------------------------------------------------------------------------- sums and differences


def _sums(context: _Context) -> list[ArithmeticFinding]:
    """"A in X, B in Y and C in Z, a total of T": the parts before a stated total."""
    findings = []
    for total in context.figures:
        if not total.is_count:
            continue
        before = _TOTAL_BEFORE.search(context.lower, max(0, total.start - 40), total.start)
        after = _TOTAL_AFTER.match(context.lower[total.end:total.end + 30])
        if not before and not after:
            continue
        cue_start = before.start() if before else total.start
        # the parts are the counts of the total's clause ("...; a total of" starts afresh)
        clause_start = _clause_start(context, context.sentence_of(total.start)[0], cue_start)
        parts = [f for f in context.figures_in(clause_start, cue_start) if f.is_count]
        if len(parts) < 2 or any(p.value > total.value for p in parts):
            continue
        computed = sum(p.value for p in parts)
        hedge = _figure_hedge(total, context)
        approx = any(p.approx for p in parts) or total.approx
        consistent = _agrees(total.value, computed, hedge, 0.05 if approx else SUM_TOLERANCE)
        terms = " + ".join(p.text.strip() for p in parts)
        verdict = "" if consistent else f", not {total.text.strip()}"
        end = total.end if before else total.end + after.end()
        findings.append(_finding(
            context, "sum", parts[0].start, end, stated=total.text.strip(),
            stated_value=total.value, computed=computed, consistent=consistent,
            operands=[_operand(p, _counts(p)) for p in parts],
            explanation=f"{terms} = {_number(computed)}{verdict}."))
    return findings


_FRACTION_WORD = re.compile(r"\s*(halves|thirds|quarters|fifths|sixths|eighths|tenths|tiers|quarts|cinquiemes|"
                            r"dixiemes)(?![a-z])")
_FRACTION_DENOMINATORS = {"halves": 2, "thirds": 3, "quarters": 4, "fifths": 5, "sixths": 6, "eighths": 8,
                          "tenths": 10, "tiers": 3, "quarts": 4, "cinquiemes": 5, "dixiemes": 10}


def _differences(context: _Context) -> list[ArithmeticFinding]:
    """"from A to B, an increase of D": D against B - A (or a percentage change)."""
    findings = []
    for change in context.figures:
        if not (change.is_count or change.is_share):
            continue
        cue = _CHANGE.search(context.lower, max(0, change.start - 40), change.start)
        if not cue:
            continue
        sentence_start, sentence_end = context.sentence_of(change.start)
        counts = [f for f in context.figures_in(sentence_start, sentence_end)
                  if f.is_count and f is not change]
        pair = None
        for first, second in zip(counts, counts[1:]):
            if _FROM_TO.search(context.lower, max(0, first.start - 8), first.start) and _TO.fullmatch(
                    context.lower[first.end:second.start]):
                pair = (first, second)
        if pair is None:
            # the extractor reads "from 45,000 to 120,000" as one range: its two ends
            for figure in counts:
                if (figure.low is not None and figure.high is not None and figure.low != figure.high
                        and re.match(r"(?:from|de|d')\s", context.lower[figure.start:figure.end])):
                    pair = (_end_of(figure, figure.low), _end_of(figure, figure.high))
        if pair is None:
            continue
        first, second = pair
        hedge = _figure_hedge(change, context)
        # "a reduction of almost nine tenths": a fraction of the first, read as its share
        parts = _FRACTION_WORD.match(context.lower, change.end)
        stated_value, share = change.value, change.is_share
        if parts and change.is_count and 0 < change.value < _FRACTION_DENOMINATORS[parts.group(1)]:
            stated_value, share = 100 * change.value / _FRACTION_DENOMINATORS[parts.group(1)], True
        if share:
            if first.value == 0:
                continue
            computed = 100 * abs(second.value - first.value) / first.value
            kind, shown = "percentage", _percent(computed)
        else:
            computed = abs(second.value - first.value)
            kind, shown = "difference", _number(computed)
        approx = first.approx or second.approx or parts is not None and share and not change.is_share
        consistent = _agrees(stated_value, computed, hedge, 0.05 if approx else SUM_TOLERANCE)
        stated = change.text.strip() + (f" {parts.group(1)}" if share and not change.is_share else "")
        verdict = "" if consistent else f", not {stated}"
        what = "change" if share else "difference"
        start, end = min(first.start, change.start), max(second.end, change.end)
        findings.append(_finding(
            context, kind, start, end, stated=stated, stated_value=stated_value,
            computed=round(computed, 4), consistent=consistent,
            operands=[_operand(first, _counts(first)), _operand(second, _counts(second))],
            explanation=f"the {what} from {_number(first.value)} to {_number(second.value)} is "
                        f"{shown}{verdict}."))
    return findings


def _end_of(figure: _Figure, value: float) -> _Figure:
    """One end of a range figure, as an operand with the range's span."""
    return _Figure(figure.start, figure.end, figure.text, value, figure.approx, figure.unit,
                   figure.counted, figure.group, None, value, value)


# --------------------------------------------------------------------------- rates and spans


def _rates(context: _Context) -> list[ArithmeticFinding]:
    """"8,000 a day" against a total and a period the text gives."""
    findings = []
    for rate in context.figures:
        if not rate.is_count:
            continue
        match = _RATE_AFTER.match(context.lower[rate.end:rate.end + 60])
        if not match:
            continue
        unit = _RATE_UNITS[match.group("unit")]
        window = context.window_start(rate.start, 1)
        sentence_end = context.sentence_of(rate.start)[1]
        totals = [f for f in context.figures_in(window, sentence_end)
                  if f.is_count and f is not rate and f.value > rate.value]
        spans = [f for f in context.figures_in(window, sentence_end)
                 if f.counted in DAYS_PER and f.value > 0]
        if not totals or not spans:
            continue
        total, span = totals[-1], spans[-1]
        periods = span.value * DAYS_PER[span.counted] / DAYS_PER[unit]
        computed = total.value / periods
        hedge = _figure_hedge(rate, context)
        consistent = _agrees(rate.value, computed, hedge, RATE_TOLERANCE)
        verdict = "" if consistent else f", not {rate.text.strip()}"
        end = rate.end + match.end()
        start = min(rate.start, total.start, span.start)
        findings.append(_finding(
            context, "rate", start, max(end, total.end, span.end),
            stated=context.text[rate.start:end].strip(), stated_value=rate.value,
            computed=round(computed, 4), consistent=consistent,
            operands=[_operand(total, _counts(total)), _operand(span, _Counts(span.counted, None, None, None))],
            explanation=f"{total.text.strip()} in {_number(span.value)} {span.counted} is "
                        f"{_number(computed)} a {unit[:-1]}{verdict}."))
    return findings


@dataclass
class _StatedSpan:
    start: int
    end: int
    value: float
    unit: str
    hedge: str | None
    figure: _Figure | None
    lasted: bool = False               # "lasted six weeks": the period's whole length


def _stated_spans(context: _Context) -> list[_StatedSpan]:
    spans = []
    for figure in context.figures:
        if figure.counted not in DAYS_PER:
            continue
        unit_match = _SPAN_UNIT_AFTER.match(context.lower, figure.end)
        end = unit_match.end() if unit_match else figure.end
        start = figure.start
        before = _SPAN_BEFORE.search(context.lower, max(0, figure.start - 40), figure.start)
        surface = context.lower[figure.start:figure.end]
        # the hedge written in the figure ("less than three") wins over the one in the
        # lead words ("in just"); "over"/"during" before a duration mean "across", not "more than"
        own = _figure_hedge(figure, context)
        hedge = own if own != "about" or figure.bounded else None
        lasted = bool(before and _LASTED.match(context.lower, before.start()))
        if before:
            start = before.start()
            if lasted:   # the verb is not what the text states: "barely six weeks"
                start = _LASTED.match(context.lower, before.start()).end()
                start += len(context.lower[start:figure.start]) - len(context.lower[start:figure.start].lstrip())
            lead_words = re.sub(r"[—–-]", " ", before.group(0)).split()
            lead_kind = None
            for size in range(len(lead_words), 0, -1):
                candidate = " ".join(lead_words[-size:])
                if candidate in _HEDGE_KIND and candidate not in ("over", "during", "pendant"):
                    lead_kind = _HEDGE_KIND[candidate]
                    break
            hedge = hedge or lead_kind
        elif not surface.startswith(("less", "fewer", "moins", "under")):
            continue
        if hedge is None and own == "about":
            hedge = "about"
        if figure.value <= 0:
            continue
        spans.append(_StatedSpan(start, end, figure.value, figure.counted, hedge, figure, lasted))
    for match in _N_DAY.finditer(context.lower):
        n = match.group("n")
        value = 100.0 if n in ("hundred", "one hundred", "cent") else float(n)
        unit = _SPAN_UNITS.get(match.group("unit"), "days")
        if any(s.start <= match.start() < s.end for s in spans):
            continue
        spans.append(_StatedSpan(match.start(), match.end(), value, unit, None, None))
    return spans


def _date_spans(context: _Context) -> list[ArithmeticFinding]:
    findings = []
    for stated in _stated_spans(context):
        sentence_start, sentence_end = context.sentence_of(stated.start)
        sentence = context.lower[sentence_start:sentence_end]
        measured = _measured_span(context, stated, sentence_start, sentence_end)
        if measured is None and not _KILLING_WORDS.search(sentence):
            continue  # no dates, and a duration of something other than the killing
        stated_days = stated.value * DAYS_PER[stated.unit]
        in_units = stated.unit if stated.unit != "years" else "years"
        text_words = context.text[stated.start:stated.end].strip()
        if measured is None:
            reference = _reference_period(context, stated)
            if reference is None:
                continue
            low_days, high_days, words = reference
            operands: list[Operand] = []
        else:
            low_days, high_days, words, operands = measured
        hedge = stated.hedge
        tolerance = SPAN_TOLERANCE if (hedge in (None, "about") and stated.value == round(stated.value)) \
            else 0.03
        consistent = _within(stated_days, low_days, high_days, hedge, tolerance)
        computed = (low_days + high_days) / 2 / DAYS_PER[in_units]
        shown_low = low_days / DAYS_PER[in_units]
        shown_high = high_days / DAYS_PER[in_units]
        amount = (f"{_number(round(low_days))} days" if in_units == "days" else
                  f"{low_days:.0f} days, {shown_low:.1f} {in_units}")
        if round(low_days) != round(high_days):
            amount = (f"{round(low_days)}–{round(high_days)} days" if in_units == "days" else
                      f"{round(low_days)}–{round(high_days)} days, {shown_low:.1f}–{shown_high:.1f} "
                      f"{in_units}")
        verdict = "" if consistent else f", not {text_words}"
        span_start = min([stated.start] + [o.start for o in operands if o.start >= sentence_start])
        span_end = max([stated.end] + [o.end for o in operands if o.end <= sentence_end])
        findings.append(_finding(
            context, "date_span", span_start, span_end, stated=text_words,
            stated_value=stated.value, computed=round(computed, 2), consistent=consistent,
            operands=operands, explanation=f"{words} is {amount}{verdict}."))
    return findings


def _measured_span(context: _Context, stated: _StatedSpan, sentence_start: int,
                   sentence_end: int) -> tuple[float, float, str, list[Operand]] | None:
    """The span between the dates the text gives for the period, in days (low, high)."""
    window = context.window_start(stated.start, 1)
    nearby = [d for d in context.dates if window <= d["start"] and d["end"] <= sentence_end]
    ranges = [d for d in nearby if d["precision"] == "range" and sentence_start <= d["start"]]
    if ranges:
        whole = ranges[0]
        low, high = _range_days(context, whole)
        operand = Operand(whole["text"], whole["start"], whole["end"], float(high), "the dates given")
        return low, high, whole["text"].strip(), [operand]
    starts = [d for d in nearby if _DATE_FROM.search(context.lower, max(0, d["start"] - 12), d["start"])
              and d["precision"] == "day"]
    ends = [d for d in nearby if _DATE_TO.search(context.lower, max(0, d["start"] - 12), d["start"])
            and d["precision"] in ("day", "month")]
    for first in starts:
        for last in ends:
            if last["start"] > first["start"]:
                low = (last["earliest"] - first["latest"]).days
                high = (last["latest"] - first["earliest"]).days
                if high <= 0:
                    continue
                words = f"{first['text'].strip()} to {last['text'].strip()}"
                return max(low, 0), high, words, [
                    Operand(first["text"], first["start"], first["end"], 0.0, "start of the period"),
                    Operand(last["text"], last["start"], last["end"], float(high), "end of the period")]
    return None


def _range_days(context: _Context, mention: dict) -> tuple[float, float]:
    """Days between the two ends of a date range, reading a vague end ("mid-July") as its span."""
    earliest, latest = mention["earliest"], mention["latest"]
    high = (latest - earliest).days
    # split the original text: the date finder needs its capitals ("mid-May", not "mid-may")
    pieces = _RANGE_SPLIT.split(mention["text"], maxsplit=1)
    low = high
    if len(pieces) == 2:
        year = str(latest.year)
        tail = pieces[1] if re.search(r"\d{4}", pieces[1]) else f"{pieces[1]} {year}"
        head = pieces[0] if re.search(r"\d{4}", pieces[0]) else f"{pieces[0]} {earliest.year}"
        try:
            end_dates = find_dates(tail, context.language)
            start_dates = find_dates(head, context.language)
        except Exception:  # noqa: BLE001 - a vague end simply keeps the outer bound
            end_dates, start_dates = [], []
        if end_dates and start_dates:
            end_earliest = _iso(end_dates[-1].normalized.get("earliest"))
            start_latest = _iso(start_dates[0].normalized.get("latest"))
            if end_earliest and start_latest and end_earliest > start_latest:
                low = (end_earliest - start_latest).days
    return float(min(low, high)), float(high)


# The record dates the genocide against the Tutsi from 7 April 1994 to mid-July (HRW: before
# mid-July; ICRC: 17 July), "about 100 days" (UN Independent Inquiry, S/1999/1257).
_GENOCIDE_START = date(1994, 4, 7)
_GENOCIDE_END_EARLIEST = date(1994, 7, 4)    # fall of Kigali, the earliest end in use
_GENOCIDE_END_LATEST = date(1994, 7, 17)     # ICRC (Cotter and Palmieri 2024)


def _reference_period(context: _Context, stated: _StatedSpan) -> tuple[float, float, str] | None:
    """When the text gives no dates but speaks of the 1994 killings in Rwanda, the period
    the record dates the genocide to."""
    window = context.lower[context.window_start(stated.start): context.sentence_of(stated.start)[1]]
    if not _RWANDA_1994.search(window) or not re.search(r"1994|genocide|tutsi", window):
        return None
    sentence = context.lower[slice(*context.sentence_of(stated.start))]
    # "in less than two months the killing was over", "the genocide was over within six weeks": the
    # whole period too
    bounds = context.sentence_of(stated.start)
    found_over = _WHOLE_OVER.search(sentence)
    over = found_over is not None and not _PLACE_AFTER_OVER.search(context.text[bounds[0] + found_over.end():bounds[1]])
    lasted = stated.lasted or over
    # "in three weeks" may be the time a part took; "the killing lasted three weeks" is the whole
    shortest = 14 if lasted else 45
    if not shortest <= stated.value * DAYS_PER[stated.unit] <= 200:
        return None  # "in four years": not a statement of the genocide's length
    whole_toll = any(f.is_count and f.value >= 100_000 and _CLASS_OF_COUNTED.get(f.counted or "") == "victims"
                     for f in context.figures_in(*context.sentence_of(stated.start)))
    # "the killing(s) had lasted …", « les massacres ont duré … »: the period itself is the subject,
    # unless a place narrows it ("the killing at Nyarubuye lasted three days")
    the_killing = lasted and re.search(r"(?<![a-z])(?:the|les?|la)\s+(?:killings?|massacres?|slaughter|tueries?)"
                                       r"(?:\s+(?:had|has|have|ont|avaient|avait))?\s*$",
                                       _LASTED.split(context.lower[context.sentence_of(stated.start)[0]:stated.start])[0])
    if not whole_toll and not re.search(r"genocide", sentence) and not the_killing and not over:
        return None
    low = (_GENOCIDE_END_EARLIEST - _GENOCIDE_START).days
    high = (_GENOCIDE_END_LATEST - _GENOCIDE_START).days
    return float(low), float(high), ("the text does not date both ends; the record dates the genocide "
                                     "from 7 April to 4–17 July 1994, which")


def _without_duplicates(findings: list[ArithmeticFinding]) -> list[ArithmeticFinding]:
    """One finding per stated relation: a fraction read twice, or a share checked as a part."""
    kept: list[ArithmeticFinding] = []
    seen: set[frozenset] = set()
    for finding in sorted(findings, key=lambda f: (f.kind == "x_of_y", f.start)):
        key = frozenset((o.start, o.end, o.value) for o in finding.operands)
        if finding.kind != "date_span" and key:
            if key in seen:
                continue
            seen.add(key)
        kept.append(finding)
    return kept
