"""Verdicts on the claims of a checked text, each with the record's evidence.

A checked claim is compared with the record on three things, in this order:

1. its figures, as values: a range per figure read from the extractor's low/high and
   the hedge written with it ("at least", "more than" leave the top open; "almost",
   "nearly" mean a little under; "no more than", "up to" leave the bottom open), widened
   by a tolerance (10% when either side is approximate, 2% otherwise). A count of the
   dead with no place, site, named force or partial period ("by early May", "in the
   first weeks") is a figure for the national death toll and is compared with every
   figure the record holds for it; other figures with those of record claims about the
   same incident (a compatible kind of act, the same counted thing, a shared place or
   site, no other site or unrelated place, not dated to another period);
2. its date, when precise to a month or better, with the dates that record claims about
   the same incident give in their own words (a date a sentence only inherits from the
   heading above it is shown as related, never counted);
3. otherwise its meaning: a record claim that says the same thing (cosine similarity of
   sentence embeddings at least 0.75 with a shared place, site, actor, person or count, or
   0.85 without; or 0.60 when it holds 75% of the checked claim's content words), with no
   conflicting actors or values.

Beside these, four kinds of record knowledge decide a claim directly:

- proceedings (the proceedings table, each row indexed as a record claim citing the CSV row's
  publication): a sentence naming an accused with an outcome ("convicted", "acquitted") or a
  sentence ("life", "25 years", "twenty-five years", "death") is compared with the court's
  record; the trial's and the appeal's terms both count ("life reduced to 47 years");
- the reference pack's quantities (refugees into Zaire, UNAMIR's strength, the Kibeho toll,
  the Tutsi share of the population, ICTR indictments, ...): the closest record claim stating
  one of the pack's figures names the quantity, and the text's figure (a count, or a share in
  percent) is compared with every figure the record holds for it in the text's period.
  Figures for different times (a force's strength resolution by resolution) are a series, not
  a dispute; a figure tied to a resolution number is compared with that resolution's figures;
- a figure credited to a source the record holds for it ("Human Rights Watch estimated …")
  is `supported` even where the record's sources disagree on the quantity;
- denials of what the record's sources assert ("there were two genocides", "there was no
  plan", "it was not a genocide"), in the text's own voice and not rebutted or reported, are
  `contradicted`, with the record's own-voice claims asserting the contrary as evidence.

Two more readings help claims nothing above decides:

- the record's sentences that no claim covers (a chronology's entries, signings, departures): an
  entry of the same day or month with a shared place, site, person or named actor, read alike,
  supports a dated claim; the same act with a shared tie, much alike, dated clearly apart,
  contradicts it; an undated claim needs the same statement in other words (`_sentence_finding`);
- a sentence about a trial that names the accused only by a pronoun ("On 1 November 2010 he was
  convicted …", "Sa peine est confirmée en appel …") is read with the accused named last before
  it; the day or month of the judgment or the appeal confirms such a sentence.

A paraphrase needs less likeness when values back it (a shared place, actor or count and an
agreeing figure or day: cosine 0.70); a chronology's entry of the same day, place and actor
supports a dated sentence; a year is compared only with record claims that read alike.

Support and contradiction are then counted by source. The verdict is `disputed` when
the record's own sources disagree on the quantity or the fact (the national death toll
is the plain case) and the text takes one side, or gives another value inside the
disputed range; `contradicted` when the text's value is clearly outside everything the
record holds (by more than a quarter beyond the tolerance) or it denies what the record
asserts; `supported` when the record agrees and nothing in it disagrees; and
`not_in_record` otherwise. A claim that denies (stance `denies`: "the genocide was not
planned") has supported and contradicted swapped. Precision comes first: a value that is
neither within tolerance nor clearly outside leaves the claim `not_in_record`, with the
nearest record claims as related evidence.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from factfinder.check.model import ClaimCheck, Evidence
from factfinder.check.gloss import ENGLISH_WORDS, FRENCH_WORDS, language_of
from factfinder.check.retrieve import (ACT_THINGS, ACTS, THESIS_STATEMENTS, Hit, RecordIndex, absolute_date, acts_at,
                                       accused_name, acts_named, counted_class, date_only, dated_acts, embed_queries,
                                       fold, name_tokens, number_words_value, recurring, sentence_terms, sites, ties,
                                       tokenize, value_matches, values_of)
from factfinder.check.offices import Office, mentions_office, offices_given, read_offices
from factfinder.check.offices import compare as compare_office
from factfinder.extract.dates import MONTH_NUMBERS
from factfinder.record.features import CONTEXT_CHARS, GENOCIDE, claim_features, compatible, family

if TYPE_CHECKING:
    from factfinder.workbench import Workbench

K = 12                   # record claims retrieved per checked claim
COURT_EVENTS = 4         # ... and at most this many events a court tried, beside them
RELATED_COSINE = 0.45    # below this a record claim is not shown as related
VALUE_COSINE = 0.50      # a record claim about the same incident must at least be this close
SAME_STATEMENT = 0.75    # the same statement in other words, sharing a place, site, actor, person or count
SAME_UNANCHORED = 0.85   # ... or sharing none of them
SAME_WORDS_COSINE = 0.60  # ... or this close, with SAME_WORDS_SHARE of the content words shared
SAME_WORDS_SHARE = 0.75
CHRONICLE_COSINE = 0.55  # a chronology's entry of the same day, place and actor must be this alike
CHRONICLE_TIED_COSINE = 0.40   # ... or this alike, sharing both a place and an actor or person
SAME_BACKED = 0.70       # ... or this close, sharing a tie and agreeing on a figure or the day
SAME_EVENT = 0.55        # ... or this close, on the same day (to the day), by the same named actor, at the same place,
SAME_EVENT_WORDS = 0.5   # ... holding half the checked claim's content words
SAME_ANAPHORIC = 0.68    # the same statement, sharing a tie, when one side's subject is a pronoun or an anaphor,
SAME_ANAPHORIC_WORDS = 0.4   # ... holding this share of the checked claim's content words
_ANAPHORIC_SUBJECT = re.compile(r"\s*(?:it|they|he|she|il|elle|ils|elles|the\s+same\s+\w+|la\s+m[êe]me\s+\w+|"
                                r"le\s+m[êe]me\s+\w+)\s+(?:also\s+|aussi\s+|later\s+|then\s+)?[a-zà-ÿ]+", re.I)
EXACT_TOLERANCE = 0.02
APPROX_TOLERANCE = 0.10
CLEAR_FACTOR = 1.25      # beyond the tolerance, a value this far off is clearly outside
NATIONAL_MINIMUM = 100_000          # a checked death count this large, with no place, is national
WHOLE_MINIMUM = 1_000               # ... or this large, with a word naming the whole (Rwanda, the genocide)
LARGE_TOLL = 250_000                # ... and this large, whatever place a clause of time names
_TIME_CLAUSE = re.compile(r"\b(?:by\s+the\s+time|before|after|until|till|when|once|avant|apr[èe]s|jusqu['’]|lorsque|"
                          r"quand|au\s+moment\s+o[ùu])\b[^,;.]*", re.I)
# Outside its clauses of time, the sentence still places the killing or names who did it.
_NAMED_OUTSIDE = re.compile(r"\b(?:in|at|near|around|à|au|aux|dans|près\s+de)\s+(?:the\s+|la\s+|le\s+|les\s+)?[A-Z]|"
                            r"\b(?:RPF|FPR|RPA|APR|Kagame|Interahamwe|soldiers|troops|militia\w*|army|arm[ée]e|milices?)\b")
RECORD_NATIONAL_MINIMUM = 200_000   # as the record's rebuild takes national tolls (record/build.py)
MAX_EVIDENCE = 6

_UPPER_ONLY = re.compile(r"\b(no more than|not more than|up to|at most|as many as|fewer than|less than|under|"
                         r"below|maximum of|a maximum|jusqu['’]à|au plus|moins de|pas plus de|tout au plus)\b", re.I)
_JUST_UNDER = re.compile(r"\b(almost|nearly|close to|approaching|just under|not quite|près de|presque|"
                         r"pratiquement|quasiment)\b", re.I)
_LOWER_ONLY = re.compile(r"\b(at least|more than|over|in excess of|upwards of|above|exceed\w*|plus de|au moins|"
                         r"au-delà de|dépass\w*|minimum of|a minimum)\b", re.I)
# ("Rwanda's government said 338" names who counted, not what: the country as an actor is no scope.)
_WHOLE = re.compile(r"\b(rwanda(?!['’]s\s+(?:government|army|authorities|military|officials|ministry|president|"
                    r"prosecutors?|courts?|ambassador|embassy))|genocide|génocide|in total|in all|altogether|total|"
                    r"100 days|hundred days|cent jours|au total)\b", re.I)
# A label that rebuts what came before and then says what is true ("That is false: …", "Wrong:", « C'est faux : »).
_REBUTTAL_LABEL = re.compile(r"\W*(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:simply\s+|just\s+)?(?:false|untrue|wrong|"
                             r"not\s+true|incorrect)|false|wrong|untrue|not\s+true|c['’]est\s+faux|faux|"
                             r"c['’]est\s+inexact)\s*[:;—–]\s*", re.I)
# A sentence that says its own content is false ("it is a lie that …", "c'est faux que …").
_DENIED_CONTENT = re.compile(r"\b(it is (simply )?(false|untrue|not true|a lie|a myth) that|it is not the case that|"
                             r"(is|was) (simply )?(false|untrue|a lie|a myth)\b|il est faux (de dire )?que|"
                             r"(c['’]est|est) (un mensonge|faux)\b)", re.I)
# Terms told as the trial's: "after trial chambers had imposed long sentences", "had first been sentenced to".
_TRIAL_IMPOSED = re.compile(r"\btrial\s+(?:chambers?|judges|court)\b|\bat\s+trial\b|\bfirst\s+instance\b|"
                            r"\b(?:had|was)\s+(?:first|initially|originally)\s+(?:been\s+)?sentenced\b|"
                            r"\ben\s+premi[èe]re\s+instance\b", re.I)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _month_in(words: str, month: str) -> bool:
    """Does `words` (a proceeding's appeal column) name the month `month` ("2015-05"): "21 May 2015", "2015-05"?"""
    year, number = month[:4], int(month[5:7])
    return month in words or bool(re.search(rf"\b{_MONTH_NAMES[number - 1]}\s+{year}\b", words))


def _acquitted_of_named(appeal: str, text: str) -> str | None:
    """The count the proceedings table notes a convicted accused was acquitted of ("acquitted of the murder of
    Prime Minister Agathe Uwilingiyimana and of killings in Butare") when the text convicts them of it, named by
    a proper name of its own."""
    noted = re.match(r"\s*acquitted\s+(?:at\s+trial\s+)?of\s+(?P<what>[^;]+)", appeal, re.I)
    if noted is None:
        return None
    for part in re.split(r"\s+and\s+of\s+", noted.group("what")):
        names = [w for w in re.findall(r"\b[A-Z][a-zà-ÿ]{4,}\b", part) if w not in ("Prime", "Minister", "President")]
        if names and all(re.search(rf"\b{re.escape(n)}\b", text) for n in names[-1:]) and \
                re.search(r"\b(?:murder\w*|kill\w*|assassinat\w*|meurtre)\b", text, re.I):
            return part.strip()
    return None


# An acquittal said to be the appeal's: "acquitted on appeal", "the Appeals Chamber acquitted him", « acquitté en appel ».
_ACQUITTED_ON_APPEAL = re.compile(r"\bacquitt\w*\s+(?:\w+\s+){0,3}?(?:on|in|at|after\s+(?:an?|the|his|her))\s+appeal\b|"
                                  r"\bappeals?\s+(?:chamber|judges|court)\s+(?:\w+\s+){0,2}?acquitt\w*|"
                                  r"\bacquitt[ée]e?s?\s+en\s+appel\b", re.I)
# The parts a fraction in words is counted in ("two-thirds", "three quarters", « deux tiers »): a share, not a count.
_FRACTION_PARTS = {"thirds", "third", "quarters", "quarter", "fifths", "fifth", "tenths", "halves", "tiers", "quarts",
                   "cinquièmes", "dixièmes"}
# A subject that denies of everyone in a court's docket: "Not one of those indicted was a member of the RPF",
# « Aucun des accusés n'appartenait au FPR ».
_NONE_OF_THE_ACCUSED = re.compile(r"\s*(?:not\s+(?:one|a\s+single)|none|no\s+one|aucun)\s+(?:\w+\s+){0,3}?(?:of\s+)?(?:those|the|des|ceux)\s+"
                                  r"(?:\w+\s+){0,2}?(?:indicted|tried|prosecuted|charged|convicted|accused|inculpés|jugés|"
                                  r"poursuivis|accusés|condamnés)\b", re.I)
# A count of part of the time: "in the first two weeks", "by the end of May", "had already".
_PARTIAL = re.compile(r"\b(in the first|first (few |two |three |four |six |\d+ )?(days|weeks|months)|weeks? (of|into)|"
                      r"by (the end of|early|mid|late)|so far|already|within (hours|days|weeks|a week|a month)|"
                      r"in the previous|premi(er|ère)s? (jours|semaines|mois)|déjà|jusqu['’]à présent)\b", re.I)
_ONLY = re.compile(r"\b(only|merely|just|no more than|at most|barely|hardly|seulement|à peine|tout au plus|"
                   r"ne \w+ que|n['’]\w+ que)\b[^.;]{0,25}(\d|\b(tens|dozens|hundreds|thousands|dizaines|centaines|"
                   r"milliers)\b)", re.I)
# "50k tops", "a few tens of thousands at most": the bound written after the count.
_BOUND_AFTER = re.compile(r"^\s*(?:\w+\s+){0,4}?(tops|at (the )?most|max(imum)?|au (plus|maximum)|tout au plus|"
                          r"grand maximum)\b", re.I)
# The published toll called inflated: "padded out for the donors", "blown up", « gonflés ».
_INFLATED = re.compile(r"\b(padded|inflated|blown\s+up|puffed\s+up|gonflés?|grossis?)\b", re.I)
# "the real toll", "the true number", « le vrai chiffre »: the whole toll set against the published one.
_REAL_TOLL = re.compile(r"\b(real|true|actual|genuine|vrai|véritable|réel)\s+(death\s+)?(toll|number|figure|count|"
                        r"total|chiffre|bilan|nombre)\b|"
                        # "a few tens of thousands of real deaths", « quelques milliers de vrais morts »
                        r"\b(real|actual|genuine)\s+(deaths|dead|victims)\b|\b(vrais|véritables|réels)\s+(morts|victimes)\b"
                        r"|" + _INFLATED.pattern, re.I)
_BURIED = re.compile(r"\b(buried|burial|remains of|mass graves?|memorial|reposent|inhum\w*|enterr\w*|"
                     r"mémorial|fosses? communes?)\b", re.I)
_HUTU = re.compile(r"\b(hutus?|abahutu|bahutu)\b", re.I)
_TUTSI = re.compile(r"\b(tutsis?|abatutsi|batutsi)\b", re.I)
# A title or heading, not a statement: short and without a full stop.
_STATEMENT_END = re.compile(r"[.!?;:»”\"')\]]\s*$")
OTHER_GROUPS = {"hutu", "hutus", "twa", "batwa", "abahutu", "bahutu"}
_PRIORITY = {"contradicted": 3, "disputed": 2, "supported": 1, "not_in_record": 0}
_FLIP = {"supported": "contradicted", "contradicted": "supported"}


@dataclass
class Finding:
    """What one aspect (figure, date, meaning) of a claim found in the record."""
    aspect: str
    verdict: str
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    sources: int = 0
    signal: str = ""   # what it says about the text's rhetoric (see ClaimCheck.signals)


# ---- values -------------------------------------------------------------------------------------

def figure_range(figure: dict) -> tuple[float, float] | None:
    """The values a figure allows, its hedge read from its words: (low, high), high may be inf."""
    low, high = figure.get("low"), figure.get("high")
    if low is None and high is None:
        return None
    words = figure.get("text") or ""
    top = float(high if high is not None else low)
    if top <= 0:
        return None   # "0" split off a number written with spaces ("50 000" read in the wrong language)
    if _UPPER_ONLY.search(words) or (low is None and high is not None):
        return 0.0, top
    if _JUST_UNDER.search(words):
        return 0.85 * top, top
    if _LOWER_ONLY.search(words) or high is None:
        return float(low if low is not None else high), math.inf
    return float(low), float(high)


def tolerance(*figures: dict) -> float:
    return APPROX_TOLERANCE if any(f.get("approx") for f in figures) else EXACT_TOLERANCE


def ranges_agree(a: tuple[float, float], b: tuple[float, float], slack: float) -> bool:
    """Do two value ranges overlap once each is widened by `slack` (a fraction)?"""
    return a[0] * (1 - slack) <= b[1] * (1 + slack) and b[0] * (1 - slack) <= a[1] * (1 + slack)


def clearly_apart(a: tuple[float, float], b: tuple[float, float], slack: float) -> bool:
    """Is one range below the other by more than the tolerance and a further quarter?"""
    factor = (1 + slack) * CLEAR_FACTOR
    return a[1] * factor < b[0] or b[1] * factor < a[0]


def describe(value: tuple[float, float]) -> str:
    low, high = value
    if high == math.inf:
        return f"at least {low:,.0f}"
    if low <= 0:
        return f"at most {high:,.0f}"
    return f"{low:,.0f}" if low == high else f"{low:,.0f}–{high:,.0f}"


# A number that labels an item of a list, a thread or a guide at the start of a sentence: "(1)", "2/", "3.",
# "Stop 4,", "Entry 7:", "Question 3 –".
_ENUMERATION = re.compile(r"\s*(?:[(\[](?P<n>\d{1,2}|[a-z])[)\]]|(?P<n2>\d{1,2})\s*[/.)](?!\d)|"
                          r"(?:Stop|Entry|Question|Item|Step|Room|Extract|Claim|Myth|Fact|Point|Part|Chapter|Section|"
                          r"Exhibit|Document|Slide|Episode|Scene|Track|Post|Tweet|Comment|Message|Panel|Box|"
                          r"Étape|Salle|Extrait|Partie)\s+(?P<n3>\d{1,3})\b\s*[,:.\-–—])")


# (only in a sentence about a prison term: "the contingent was cut to 90 men" counts men)
_PRISON_TERM = re.compile(r"\b(?:sentences?|terms?|years|appeal|peines?|ans|appel)\b", re.I)
_NEW_TERM = re.compile(r"\b(?:(?:from|de)\s+[\w-]+\s+(?:years?|ans)|reduced|cut|lowered|increased|raised|commuted|"
                       r"réduite?s?|ramenée?s?|portée?s?)\s+(?:it\s+|them\s+|on\s+appeal\s+)?(?:to|à)\s+"
                       r"(?P<n>\d{1,2}|[a-zé]+(?:-[a-zé]+)?)\b(?![-\s]*(?:people|persons|victims|dead|morts|%|per\s*cent|"
                       r"thousand|million|milliers?))", re.I)


# An armed force crossing a border: "the RPF crossed from Ugandan territory", "the real aggressors crossed the
# border from Uganda", « le FPR franchit la frontière depuis l'Ouganda ».
_ARMED_CROSSING = re.compile(r"\b(?:RPF|RPA|FPR|APR|Inkotanyi|rebels?|rebel\s+army|rebelles?|aggressors?|agresseurs?|"
                             r"invaders?|envahisseurs?|guerrillas?|army|armée|troops|soldiers|soldats)\b[^.;]{0,40}?"
                             r"\b(?:crossed|crossing|cross|franchi\w*|travers\w*|pass[ée]\w*)\b[^.;]{0,40}?"
                             r"\b(?:Uganda|Ugandan|Ouganda|ougandais\w*)\b", re.I)


def query_values(claim: dict, mentions: list[dict], starts: list[int] | None = None) -> dict:
    """The checked claim's features, in the record's shape (`claim_features`)."""
    indices = claim.get("mention_indices")
    if indices is None:
        indices = [i for i, m in enumerate(mentions) if claim["start"] <= m["start"] and m["end"] <= claim["end"]]
    if starts is None:
        starts = [m["start"] for m in mentions]
    # Only the mentions near the claim matter (its own, and a date just before it).
    lo = bisect.bisect_left(starts, claim["start"] - CONTEXT_CHARS - 200)
    hi = bisect.bisect_right(starts, claim["end"])
    nearby = [{**mentions[i], "id": i, "status": mentions[i].get("status", "suggested")} for i in range(lo, hi)]
    wanted = set(indices)
    # Numbers that count no one: a list's label ("(2) Is it correct that …", "Stop 4, the hall of faces: …")
    # and a prison term's new length ("reduced on appeal from eight years to five").
    spans = []
    label = _ENUMERATION.match(claim["text"])
    if label:
        group = next(g for g in ("n", "n2", "n3") if label.group(g) is not None)
        spans.append((label.start(group), label.end(group)))
    if _PRISON_TERM.search(claim["text"]):
        spans += [(m.start("n"), m.end("n")) for m in _NEW_TERM.finditer(claim["text"])]
    if spans:
        dropped = {i for i in wanted if 0 <= i < len(mentions) and mentions[i]["type"] == "figure" and any(
            claim["start"] + a <= mentions[i]["start"] and mentions[i]["end"] <= claim["start"] + b for a, b in spans)}
        wanted -= dropped
        nearby = [m for m in nearby if m["id"] not in dropped]
    nearby += [{**mentions[i], "id": i, "status": "suggested"} for i in wanted if not lo <= i < hi]
    data = {"text": claim["text"], "start": claim["start"], "end": claim["end"], "mentions": sorted(wanted),
            "slots": claim.get("slots") or {}, "stance": claim.get("stance", "asserts"),
            "asserted_by": claim.get("asserted_by", "author"), "source_id": "checked"}
    values = claim_features(data, nearby, {"kind": "other"})
    if values.get("event_type") == "displacement" and _ARMED_CROSSING.search(claim["text"]) and \
            all(p in ("ug", "rw") for p in values.get("places") or []):
        # "the RPF crossed from Uganda": an invasion, not an exodus (unless the sentence places something
        # else: "… crossed from Uganda in October 1990 and rule in Kigali today")
        values["event_type"] = "attack"
    own_dates = [m for m in (mentions[i] for i in sorted(wanted) if 0 <= i < len(mentions))
                 if m["type"] == "date" and (m.get("normalized") or {}).get("earliest")]
    if own_dates:
        values["all_dates"] = [_date_value(m["normalized"]) for m in own_dates]
        # where each date is in the claim's own characters, as its document reads it ("on 14 July" is
        # 1994's in a text about 1994): the acts it dates are read with them (`dated_acts`)
        values["date_spans"] = [(m["start"] - claim["start"], m["end"] - claim["start"],
                                 (m["normalized"]["earliest"], m["normalized"]["latest"])) for m in own_dates
                                if m["normalized"].get("latest") and absolute_date(m.get("text"), m["normalized"])
                                and 0 <= m["start"] - claim["start"] and m["end"] <= claim["end"]]
        events = [m for m in own_dates if not _statement_date(claim, m)]
        if len(events) < len(own_dates):
            # "Amnesty reported in October 1994 that …", "published in 2002": the date of the
            # statement, not of what it is about. The claim is dated by its other dates, if any.
            best = min(events, key=lambda m: _date_value(m["normalized"])["days"]) if events else None
            values["date"] = _date_value(best["normalized"]) if best else None
            values["statement_date"] = True
    return values


def _date_value(normalized: dict) -> dict:
    from factfinder.record.features import _span_days

    return {"earliest": normalized["earliest"], "latest": normalized["latest"],
            "days": _span_days(normalized["earliest"], normalized["latest"]), "inherited": False}


# A reporting or publishing verb right before a date ("reported in October 1994", "publié en 2002") or
# right after it ("In December 2008 Human Rights Watch wrote"): the date is when it was said.
_SAID_BEFORE = re.compile(r"\b(report\w*|wrote|written|said|says|stated|publish\w*|issued|conclud\w*|"
                          r"announc\w*|declar\w*|estimat\w*|testif\w*|noted|publi(?!c\b|cly\b)\w*|parus?|rendus? public|"
                          r"rapport\w*|déclar\w*|estim\w*|écri\w*|affirm\w*|conclu\w*|annonc\w*|indiqu\w*|"
                          r"évoqu\w*|avan[cç]\w*|cited|citait|spoke|told|parlait|"
                          r"put\s+(the|its|their|his|her)\s+(\w+\s+){0,2}?(figure|number|toll|total|count|estimate)|"
                          r"(study|étude|census|recensement|judgment|jugement|report|rapport|enquête) (of|du|de))"
                          r"(?:(?!\bthat\b|\bque\b|\bqu['’])[^.;:]){0,40}?\s+(in|on|en|le|au|of|dated|daté)?\s*$", re.I)
_SAID_AFTER = re.compile(r"^[,\s]*(?:[^,.;:]{1,30},\s*)?(the |la |le |les |l['’]|an? |une? )?([A-Z][\w'’./-]*\s+|(?:of|for|on|de|des|du|"
                         r"d['’])\s+){0,8}?(\w+\s+)?(\w+\s+)?(report\w*|wrote|said|"
                         r"(?:put|gave)\s+(?:the|its|their|a)\s+(?:\w+\s+)?(?:figure|number|toll|total|count|estimate)|"
                         r"stated|published|concluded|found|estimated|announced|declared|told|noted|a (publié|conclu|"
                         r"estimé|déclaré|écrit|affirmé|annoncé|indiqué)|publi(?!c\b|cly\b)\w*|écri\w*|estim\w*|déclar\w*|"
                         r"conclu\w*)\b")


# A year naming a publication ("its landmark 1999 study", "the 1995 world report"); a census is
# left out: "the 1991 census" dates what it counted.
_PUBLICATION_AFTER = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(report|study|survey|inquiry|investigation|book|rapport|étude|"
                                r"enquête|ouvrage)s?\b", re.I)


_PERIOD_BEFORE = re.compile(r"\b(period|up to|until|through|between|since|from|jusqu\w*|depuis|entre|période)\b"
                            r"[^.;,]{0,12}$", re.I)


def _statement_date(claim: dict, mention: dict) -> bool:
    """Is this date mention the time the claim was said or published, not what it is about?"""
    text, base = claim["text"], claim["start"]
    start, end = mention["start"] - base, mention["end"] - base
    if start < 0 or end > len(text):
        return False
    before, after = text[max(0, start - 60):start], text[end:end + 80]
    if _PUBLICATION_AFTER.match(after):
        return True   # "Human Rights Watch's 1999 study", "the 1995 world report": when it was published
    if _PERIOD_BEFORE.search(before):
        return False  # "put the number at 60,000 for the period up to August 1995": what was counted
    return bool(_SAID_BEFORE.search(before) or (start <= 3 or text[:start].strip().lower() in ("in", "en", "on", "le"))
                and _SAID_AFTER.match(after))


# ---- the record's side ----------------------------------------------------------------------------

def _evidence(index: RecordIndex, record: dict, relation: str, score: float = 0.0, explanation: str = "") -> Evidence:
    source = index.sources.get(record["source_id"], {})
    # A proceeding (source "proceeding:<key>") is a row of the proceedings table, not a claim.
    return Evidence(relation=relation, source_id=record["source_id"], source_title=source.get("title"),
                    text=record["text"], start=record["start"], end=record["end"],
                    claim_id=record["id"] if record["id"] > 0 else None,
                    event_id=record["events"][0] if record["events"] else None, grade=source.get("grade"),
                    credibility=record.get("credibility"), credibility_reason=record.get("credibility_reason"),
                    score=round(float(score), 4), explanation=explanation)


def _sources(evidence: list[Evidence], relation: str) -> set[str]:
    return {e.source_id for e in evidence if e.relation == relation}


def _best_of_side(index: RecordIndex, claim_ids: list[int]) -> dict | None:
    """The claim to show for a side of a dispute: the most credible, own-voice first."""
    memo = index.__dict__.setdefault("_best_of_side", {})
    key = tuple(claim_ids) if len(claim_ids) > 8 else None   # a large side is read once per index
    if key is not None and key in memo:
        return memo[key]
    records = [r for r in (index.claim_by_id(c) for c in claim_ids) if r is not None]
    best = min(records, key=lambda r: (r.get("credibility") or 7, r["asserted_by"] != "author", r["id"])) \
        if records else None
    if key is not None:
        memo[key] = best
    return best


_TOLL_WORDS = re.compile(r"\b(?:dead|died|deaths?|killed|killings?|toll|victims|lives|murdered|slaughtered|genocide|"
                         r"morts?|tués|victimes|bilan|génocide|massacr\w*)\b", re.I)
_FIGURE_NOUNS = re.compile(r"\b(?:figures?|numbers?|estimates?|totals?|count|tally|chiffres?|nombres?|estimations?)\b", re.I)
_OTHER_COUNTED_WORDS = re.compile(r"\b(?:refugees?|réfugiés?|fled|crossed|survivors?|rescapés?|orphans?|orphelins?|"
                                  r"displaced|déplacés?|cases|cas|troops|soldiers|population|inhabitants|"
                                  r"habitants)\b", re.I)


_ANOTHER_FORCE_BEFORE = re.compile(r"\b(?:RPF|RPA|FPR|APR|Inkotanyi|soldiers|soldats|army|armée|troops|Hutus?)\b|" +
                                   _OTHER_COUNTED_WORDS.pattern, re.I)
_A_COUNT_BEFORE = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|centaines|milliers)\b", re.I)


def _minimised_count(text: str) -> bool:
    """Does the sentence cap a count or set it against an inflated one ("at most", "only", "the real
    number", "blown up")?"""
    return bool(_REAL_TOLL.search(text) or _ONLY.search(text) or _CAPPED.search(text))


_CAPPED = re.compile(r"\b(?:tops|at (?:the )?most|au (?:plus|maximum)|tout au plus|grand maximum)\b", re.I)


def _toll_by_context(claim_text: str, values: dict, previous: Callable[[], str]) -> None:
    """A large figure that counts nothing named counts the dead when the sentence speaks of death
    ("put the dead at about eight hundred thousand"), or speaks of a figure right after a sentence
    that does ("The genocide killed many. In reality the number was probably nearer a million")."""
    figures = values.get("figures") or []
    # (A toll named by the sentence's own words may be small, as minimisation has it: "put the dead at a
    # few tens of thousands"; one read off the sentence before must be large.)
    # (A figure said to be the real one against an inflated count, "the numbers … are blown up; … tens of
    # thousands at most", names the toll as much.)
    # (unless the sentence before counts something, another force's victims or other people: "… the RPA
    # killed between 25,000 and 45,000. In our assessment the true figure lies in the tens of thousands",
    # "Almost 50,000 of them died in the first month. We think the real number was nearer 80,000")
    # (a large figure may follow any count: "My own view is that the true figure is close to 800,000")
    small = any((f.get("low") or 0) < NATIONAL_MINIMUM for f in figures)
    own_words = bool(_TOLL_WORDS.search(claim_text)) or bool(_FIGURE_NOUNS.search(claim_text)) and \
        bool(_REAL_TOLL.search(claim_text)) and not _ANOTHER_FORCE_BEFORE.search(previous() or "") and \
        not (small and _A_COUNT_BEFORE.search(previous() or ""))
    bare = [i for i, f in enumerate(figures) if f.get("counted") is None and f.get("unit") in ("count", "people")
            and (f.get("low") or 0) >= (WHOLE_MINIMUM * 10 if own_words else NATIONAL_MINIMUM)]
    if not bare or _OTHER_COUNTED_WORDS.search(claim_text) or _HUTU.search(claim_text) or _named_actors(values):
        return   # (Hutu killed by a named force are another count: "Kagame's army slaughtered Hutu by the …")
    if not own_words:
        if not _FIGURE_NOUNS.search(claim_text):
            return
        before = previous() or ""
        if not _TOLL_WORDS.search(before) or _OTHER_COUNTED_WORDS.search(before):
            return
    values["figures"] = [{**f, "counted": "dead", "toll_words": True} if i in bare else f for i, f in enumerate(figures)]


# "… the main perpetrators of a genocide that killed more than a million", « d'un génocide qui a fait plus
# d'un million de morts »: the figure is the genocide's toll whatever the sentence is about (a trial).
_GENOCIDE_TOLL_CLAUSE = re.compile(r"\b(?:genocide|génocide)\b(?:\s+(?:against|of|des|contre)\s+(?:the\s+|les\s+)?"
                                   r"Tutsis?)?\s*,?\s+(?:which|that|in which|qui|où|dont|claimed|killed)\b"
                                   r"[^.;,]{0,25}$", re.I)


_ANOTHER_GENOCIDE = re.compile(r"\b(?:second|double|other|two|another|counter|autre|deux)[- ]g[ée]nocides?\b|"
                               r"\bg[ée]nocides?\s+(?:against|of|contre|des)\s+(?:the\s+|les\s+)?Hutus?\b", re.I)


def _is_national(values: dict, figure: dict, text: str, index: RecordIndex) -> bool:
    """A count of the dead for the whole genocide: no particular place or site, and either
    a large number or words that name the whole ("in Rwanda", "the genocide", "in total")."""
    if _class(figure, values.get("event_type"), text) != "killed":
        return False
    # "By the time the RPF entered Kigali, some 800,000 people had been killed", "800,000 would die
    # before the RPF's victory": a toll this large is no one place's, and the place and the force
    # named in a clause of time only say when.
    value = figure_range(figure)
    timed = bool(value) and value[0] >= LARGE_TOLL and bool(_TIME_CLAUSE.search(text)) and \
        not _NAMED_OUTSIDE.search(_TIME_CLAUSE.sub(" ", text))
    if ties(values) and not timed:
        return False
    at = text.find(figure.get("text") or "\0")
    toll_clause = at >= 0 and bool(_GENOCIDE_TOLL_CLAUSE.search(text[max(0, at - 60):at]))
    if values.get("event_type") not in (None, "killing", "massacre", "sexual_violence", "attack") and \
            not (values.get("event_type") == "assassination" and value and max(value) >= WHOLE_MINIMUM) and \
            not toll_clause:
        # Victims counted in a sentence about a trial, an epidemic, an exodus; but « un million de Tutsi
        # ont été assassinés » is no assassination of one person (from WHOLE_MINIMUM victims up).
        return False
    if any(p != "rw" and not str(p).startswith("rw.") for p in values.get("places") or []):
        return False   # killings in Zaire or Burundi are not Rwanda's toll
    if _HUTU.search(text) and not _TUTSI.search(text):
        return False   # a count of Hutu victims (of the RPF, of reprisals): another quantity
    if any(index.places.specific(p) for p in values.get("places") or []) and not timed:
        return False
    if _named_actors(values) and not GENOCIDE.search(_ANOTHER_GENOCIDE.sub(" ", text)) and not timed:
        return False   # killings by a named force ("the RPF killed …"): not the genocide's toll (nor when
        # the genocide named is the "second" one the sentence answers)
    if str(figure.get("group") or "").lower() in OTHER_GROUPS or _PARTIAL.search(text):
        return False
    if _BURIED.search(text) and not _INFLATED.search(text):
        return False   # "more than 250,000 victims are buried at the Kigali memorial": a memorial's dead, not the toll
    date_ = values.get("date")
    if date_ and not date_.get("inherited") and (date_["latest"] < "1994-07-01" or date_["earliest"] > "1994-12-31"):
        return False   # a count of an earlier time ("by early May"), or of another period
    value = figure_range(figure)
    biggest = value[1] if value and value[1] != math.inf else (value[0] if value else 0)
    # "At most 30,000 died", "only 50,000 people were killed": a bound or "only" on a count of the dead
    # with no place is a statement about the whole toll, however small (minimisation's usual form).
    at = text.find(figure.get("text") or "\0")
    bound_after = at >= 0 and bool(_BOUND_AFTER.match(text[at + len(figure["text"]):]))
    minimising = bool(value) and value[0] == 0.0 and biggest >= 1000 or bool(_ONLY.search(text)) or \
        bool(value) and biggest >= 1000 and (bound_after or bool(_REAL_TOLL.search(text)))
    # A word naming the whole ("Rwanda's military courts … the deaths of a hundred civilians") makes a
    # national toll of a count in the thousands at least; below that it counts something else.
    # (A figure that counts the dead only by the words around it, "put the dead at a few tens of
    # thousands", names no part of them: the whole toll.)
    return biggest >= NATIONAL_MINIMUM or (bool(_WHOLE.search(text)) or bool(figure.get("toll_words"))) and \
        biggest >= WHOLE_MINIMUM or minimising


def _national_finding(index: RecordIndex, figure: dict, hits: list[Hit]) -> Finding | None:
    value = figure_range(figure)
    if value is None:
        return None
    dispute = index.national_toll()
    sides: list[tuple[tuple[float, float], list[int]]] = []
    if dispute is not None:
        for side in dispute["sides"]:
            low, high = side["value"].get("low"), side["value"].get("high")
            if low is None and high is None:
                continue
            sides.append(((float(low if low is not None else 0), math.inf if high is None else float(high)),
                          side["claims"]))
    else:
        # One view in the record (or none): the national figures among the retrieved claims.
        for hit in hits:
            if hit.cosine < VALUE_COSINE:
                continue
            features = hit.claim["features"]
            if any(index.places.specific(p) for p in features.get("places") or []):
                continue
            for fig in features.get("figures") or []:
                r = figure_range(fig)
                if r and r[0] >= RECORD_NATIONAL_MINIMUM and counted_class(fig, features.get("event_type")) == "killed":
                    sides.append((r, [hit.claim_id]))
    if not sides:
        return None
    slack = tolerance(figure)
    agree = [s for s in sides if ranges_agree(value, s[0], slack)]
    disagree = [s for s in sides if not ranges_agree(value, s[0], slack)]
    lows = [s[0][0] for s in sides]
    tops = [s[0][1] if s[0][1] != math.inf else s[0][0] for s in sides]
    span = (min(lows), max(tops))
    said = describe(value)
    evidence = []
    for side_value, claim_ids in sorted(agree, key=lambda s: s[0]):
        record = _best_of_side(index, claim_ids)
        if record:
            evidence.append(_evidence(index, record, "supports", explanation=f"the record has {describe(side_value)}"
                                      f" ({len(claim_ids)} claim(s)); the text says {said}"))
    for side_value, claim_ids in sorted(disagree, key=lambda s: s[0]):
        record = _best_of_side(index, claim_ids)
        if record:
            evidence.append(_evidence(index, record, "contradicts", explanation=f"the record has "
                                      f"{describe(side_value)}; the text says {said}"))
    what = "the national death toll"
    if not disagree:
        return Finding("figure", "supported", f"The text's {said} agrees with every figure the record holds for "
                       f"{what} ({describe(span)}).", evidence, len(_sources(evidence, "supports")))
    if agree and len(sides) > 1:
        return Finding("figure", "disputed", f"The record's sources disagree on {what} ({len(sides)} figures from "
                       f"{describe(span)}); the text's {said} agrees with {len(agree)} of them.", evidence,
                       len(_sources(evidence, "supports")))
    if agree:
        return Finding("figure", "supported", f"The text's {said} agrees with the record's figure for {what}.",
                       evidence, 1)
    if all(clearly_apart(value, s[0], slack) for s in sides) and (value[1] < span[0] or value[0] > span[1]):
        return Finding("figure", "contradicted", f"The text says {said} for {what}; every figure in the record is "
                       f"{'higher' if value[1] < span[0] else 'lower'} ({describe(span)}).", evidence,
                       len(_sources(evidence, "contradicts")), signal="minimises" if value[1] < span[0] else "")
    if len(sides) > 1 and span[0] <= value[0] and value[1] <= span[1]:
        return Finding("figure", "disputed", f"The record's sources disagree on {what} ({describe(span)}); the "
                       f"text's {said} lies inside that range but matches none of its figures.", evidence, 0)
    return Finding("figure", "not_in_record", f"The text's {said} is close to, but not within, the record's figures "
                   f"for {what} ({describe(span)}).", [_as_related(e) for e in evidence], 0)


def _as_related(e: Evidence) -> Evidence:
    e.relation = "related"
    return e


def _same_incident(values: dict, record: dict, hit: Hit, index: RecordIndex,
                   needs: tuple[str, ...] = ("place", "site")) -> bool:
    """Does the record claim describe the same incident as the checked claim, so that their
    values must agree? A compatible kind of act, at least one shared tie of `needs` (place,
    site or target, person), and no sign of another incident (other sites, unrelated places)."""
    if hit.cosine < VALUE_COSINE:
        return False
    qt, rt = values.get("event_type"), record.get("event_type")
    if not (qt and rt and compatible(qt, rt)):
        return False
    if not set(needs) & set(hit.matches):
        return False
    qs, rs = sites(values), sites(record)
    if qs and rs and not qs & rs:
        return False
    qp, rp = _specific_places(index, values), _specific_places(index, record)
    if qp and rp and not index.places.related(qp, rp):
        return False
    qn, rn = set(values.get("persons") or []), set(record.get("persons") or [])
    if qn and rn and not qn & rn and "person" not in hit.matches:
        return False   # Ndadaye's assassination is not Habyarimana's
    if qn and not rn and record.get("figures") and not values.get("figures") and "person" not in hit.matches:
        return False   # Captain Diagne's death is not that of "ten Belgian peacekeepers"
    return True


def _specific_places(index: RecordIndex, features: dict) -> set[str]:
    """The places finer than a country a claim names."""
    return {p for p in features.get("places") or [] if index.places.specific(p)}


def _specific_places_shared(index: RecordIndex, values: dict, record: dict) -> bool:
    """Do the two name a place finer than a country in common (or within one another)?"""
    qp, rp = _specific_places(index, values), _specific_places(index, record)
    return bool(qp and rp and index.places.related(qp, rp))


def _own_date(values: dict) -> dict | None:
    d = values.get("date")
    return d if d and not d.get("inherited") and d.get("earliest") else None


def _dates_apart(values: dict, record: dict) -> bool:
    a, b = _own_date(values), _own_date(record)
    if not a or not b or max(a["days"], b["days"]) > 31:
        return False
    if any(d["earliest"] <= b["latest"] and b["earliest"] <= d["latest"] for d in values.get("all_dates") or []):
        return False   # "began on 7 April, hours after the plane was downed on 6 April"
    return a["latest"] < b["earliest"] or b["latest"] < a["earliest"]


TROOP_WORDS = {"troops", "soldiers", "peacekeepers", "personnel", "men", "military", "observers", "soldats", "hommes",
               "casques bleus", "militaires", "blue helmets", "staff", "paratroopers", "para-commandos", "commandos",
               "parachutistes"}
SAME_QUANTITY_COSINE = 0.60   # a count of the same thing of the same named actor: this alike to compare
SAME_QUANTITY_CONTRA = 0.70   # ... and this alike to contradict it


PEOPLE_WORDS = {"people", "persons", "inhabitants", "population", "residents", "habitants", "individuals",
                "rwandans", "personnes"}


# A compound adjective between a figure and what it counts: "12,000 community-based gacaca courts".
_COMPOUND_ADJECTIVE = r"\s+(?:[A-Za-zÀ-ÿ]+-(?:based|run|led|level|wide|strong|owned)\s+)?"


_KIN_WORDS = {"relatives", "families", "widows", "widowers", "parents", "descendants", "proches", "familles", "veuves",
              "parents", "kin", "relations"}
_LOST_PARENTS = re.compile(r"\s+(?:who\s+)?(?:had\s+|have\s+|has\s+)?lost\s+(?:their|both|one\s+or\s+both)\s+(?:of\s+their\s+)?"
                           r"(?:parents|mothers?|fathers?)|\s+(?:qui\s+)?(?:avaient|ont|a)\s+perdu\s+(?:leurs\s+(?:deux\s+)?parents|"
                           r"leur\s+p[èe]re|leur\s+m[èe]re|un\s+ou\s+(?:leurs\s+)?deux\s+parents)", re.I)


def _class(figure: dict, kind: str | None, text: str = "") -> str | None:
    """What a figure counts, troops of every name as one thing. A figure the extractor left
    without a counted thing counts the word written after it ("270 personnel")."""
    raw = (figure.get("counted") or "").lower()
    raw = COUNTED_SYNONYMS.get(raw, raw)
    if raw in ("", "killed", "people", "executed", "executions", "condemned", "convicted") and text and \
            figure.get("text") and _JUDICIAL_EXECUTION.search(text) and not _FIELD_EXECUTION.search(text) and \
            (at := text.find(figure["text"])) >= 0 and \
            (_EXECUTED_AFTER.match(text[at + len(figure["text"]):]) or _EXECUTED_BEFORE.search(text[:at])):
        return "judicially_executed"   # "22 publicly executed in April 1998": put to death after a trial
    if raw in ("", "people", "persons", "personnes", "defendants", "accused", "convicted", "acquitted", "indicted") and \
            text and figure.get("text") and (at := text.find(figure["text"])) >= 0 and \
            (after := _COURT_VERB_AFTER.match(text[at + len(figure["text"]):])) is not None:
        return after.lastgroup   # "Fourteen defendants walked free", « 93 personnes mises en accusation »
    if raw in NOT_KILLED or raw in TROOP_WORDS:
        return "troops" if raw in TROOP_WORDS else raw   # orphans of the genocide are not its dead
    if text and figure.get("text"):
        at = text.find(figure["text"])
        after = re.match(_COMPOUND_ADJECTIVE + r"([A-Za-zÀ-ÿ]+)", text[at + len(figure["text"]):]) if at >= 0 else None
        word = COUNTED_SYNONYMS.get(after.group(1).lower(), after.group(1).lower()) if after else None
        died = after is not None and _DIED_AFTER.match(text[at + len(figure["text"]) + after.end():])
        if word not in NOT_KILLED and after is not None:
            # "95,000 children orphaned": the counted thing may be the word after the noun.
            second = re.match(r"\s+(?:(?:were|was|had\s+been|have\s+been|had\s+become|have\s+become|became|become|"
                              r"left|sont|ont\s+[ée]t[ée]|"
                              r"devenus|rest[ée]s)\s+)*([a-zà-ÿ]+)",
                              text[at + len(figure["text"]) + after.end():])
            second_word = second.group(1).lower() if second else ""
            if COUNTED_SYNONYMS.get(second_word, second_word) in NOT_KILLED:
                word = COUNTED_SYNONYMS.get(second_word, second_word)
            elif _LOST_PARENTS.match(text[at + len(figure["text"]) + after.end():]):
                word = "orphans"   # ("95,000 children had lost their parents")
        if at >= 0 and raw in ("", "dead", "killed", "victims", "people", "persons", "personnes") and \
                _FLED_AFTER.match(text[at + len(figure["text"]):]):
            return "refugees"   # "between 500,000 and 800,000 Rwandans crossed into the Goma area … and 50,000 died"
        if word in _KIN_WORDS:
            return word   # "41 relatives of people killed at Kibeho": the living, not the dead
        if word == "men" and re.match(r"\s+men\s*,?\s+women\b", text[at + len(figure["text"]):], re.I):
            word = "people"   # "one million men, women and children were killed": not a force of men
        if word in DURATIONS or (word in NOT_KILLED or word in TROOP_WORDS) and not died:
            return "troops" if word in TROOP_WORDS else word   # "about 150,000 survivors", "47 years"
        if died:
            return "killed"   # "50,000 refugees died", "ten peacekeepers were killed"
        before = text[max(0, at - 40):at] if at >= 0 else ""
        verb = _COURT_VERB.search(before)
        if verb and (raw in ("", "people", "persons", "personnes") or counted_class(figure, kind) == "killed"):
            return verb.lastgroup   # "after indicting 93 people": the indicted
    counted = counted_class(figure, kind)
    if text and figure.get("text") and (counted is None or not figure.get("counted")):
        at = text.find(figure["text"])
        after = re.match(_COMPOUND_ADJECTIVE + r"([A-Za-zÀ-ÿ]+(?: helmets| bleus)?)", text[at + len(figure["text"]):]) \
            if at >= 0 else None
        word = after.group(1).lower() if after else None
        word = None if word in _NOT_A_NOUN else COUNTED_SYNONYMS.get(word, word)
        if counted is None:
            counted = word
        elif word in NOT_KILLED or word in TROOP_WORDS:
            counted = word   # "75 000 orphelins" in a sentence about the genocide counts orphans
    counted = COUNTED_SYNONYMS.get(counted, counted)
    if counted is None and text and figure.get("text") and \
            _TOLL_BEFORE.search(text[:max(0, text.find(figure["text"]))][-80:]):
        counted = "killed"   # "the real number of Tutsi killed was closer to 100,000", "le bilan est de 50 000"
    if counted in (None, "killed") and text and figure.get("text") and \
            (_FORCE_BEFORE.search(text[:max(0, text.find(figure["text"]))][-60:]) or
             _FORCE_CHANGED_TO.search(text[:max(0, text.find(figure["text"]))][-60:])):
        counted = "troops"   # "UNAMIR's strength was cut to 2,700", "a force of 20,000"
    return "troops" if counted in TROOP_WORDS else ("people" if counted in PEOPLE_WORDS else counted)


# Executions after a court's death sentence, not killings in the field ("summary executions by the RPA").
_JUDICIAL_EXECUTION = re.compile(r"\b(?:(?:publicly|judicially)\s+executed|execut\w*\b[^.;]{0,60}\b(?:in\s+public|publicly)\b|"
                                 r"public(?:ly)?\s+executions?|executions?\s+in\s+public|firing\s+squads?|"
                                 r"exécut\w*\s+(?:publiquement|en\s+public)|exécutions?\s+publiques?|"
                                 r"(?:condemned|sentenced\s+to\s+death|death\s+row)[^.;]{0,60}\bexecuted|"
                                 r"executed\b[^.;]{0,60}\b(?:death\s+sentences?|sentenced\s+to\s+death))", re.I)


# The figure is the subject of the executions: no other number, no clause's end before the verb
# ("thirty-two of the condemned were executed in public", "twenty-two public executions"; not the 300
# of "sentenced more than 300 people to death, and 22 had been publicly executed").
_EXECUTED_AFTER = re.compile(r"^(?:(?![.;]|\s\d|\s(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)\b)"
                             r"[^.;]){0,70}?\b(?:executed|executions?|exécut\w*)\b", re.I)


# Executions by a force in the field ("the RPA executed dozens of civilians in public"): killings.
_FIELD_EXECUTION = re.compile(r"\b(?:RPA|RPF|APR|FPR|soldiers?|troops|militia\w*|Interahamwe|army|arm[ée]e|FAR|"
                              r"gendarmes?|rebels?)\b[^.;]{0,40}\bexecut", re.I)
_EXECUTED_BEFORE = re.compile(r"\b(?:executing|executed|exécut\w*)\s+(?:(?:some|about|the|les|publicly)\s+)?$", re.I)


_TOLL_BEFORE = re.compile(r"\b(death toll|toll|(put|placed|set) the (figure|number|count) at|"
                          r"(number|count|tally|estimate|total) of (the )?(dead|deaths|victims|people killed|\w+ killed)|"
                          r"number (of )?(people |those )?(killed|dead|who died)|"
                          r"bilan|nombre (de|des) (morts|victimes|tués))\b[^.;]{0,40}$", re.I)
_COURT_VERB_AFTER = re.compile(r"^\s+(?:(?:people|persons|personnes|defendants|accused|accusés|of\s+them|d['’]entre\s+eux)"
                               r"\s+)?(?:(?:were|was|have\s+been|had\s+been|ont\s+été|sont|furent)\s+)?"
                               r"(?:(?P<indicted>indicted|mis(?:es?)?\s+en\s+accusation|inculp\w+)|"
                               r"(?P<convicted>convicted|condamn\w+|found\s+guilty)|"
                               r"(?P<acquitted>acquitt\w*|walked\s+free|went\s+free))\b", re.I)
_NOT_A_NOUN = {"in", "on", "at", "of", "to", "and", "or", "the", "by", "for", "from", "with", "as", "after", "before",
               "during", "when", "while", "between", "that", "which", "who", "were", "was", "had", "have", "are", "is",
               "en", "de", "à", "au", "aux", "le", "la", "les", "des", "du", "par", "pour", "avec", "dans", "et", "ou",
               "qui", "que", "sur", "entre", "avant", "après", "pendant", "ont", "sont", "était", "étaient", "a"}


# What is counted, in the words of other languages and forms: one name per thing.
COUNTED_SYNONYMS = {"orphelins": "orphans", "orphan": "orphans", "orphaned": "orphans", "réfugiés": "refugees", "refugee": "refugees",
                    "morts": "dead", "mort": "dead", "tués": "killed", "victimes": "victims", "victim": "victims",
                    "survivants": "survivors", "survivor": "survivors", "déplacés": "displaced",
                    "affaires": "cases", "dossiers": "cases", "procès": "cases", "case": "cases",
                    "habitants": "inhabitants", "residents": "inhabitants", "inhabitant": "inhabitants"}
# The figure is the subject of a flight across a border: "500,000 Rwandans crossed into the Goma area",
# « 1 million de personnes ont fui vers le Zaïre ».
_FLED_AFTER = re.compile(r"^\s*(?:[A-Za-zÀ-ÿ]+\s+){0,2}?(?:crossed|fled|poured|streamed|flooded|spilled|surged|"
                         r"ont\s+(?:fui|franchi|travers[ée]|afflu[ée])|se\s+sont\s+r[ée]fugi[ée]s|fuient|"
                         r"franchissent|affluent)\s+(?:in(?:to)?|to|across|over|the\s+border|vers|au|en|la\s+fronti[èe]re)\b",
                         re.I)
_DIED_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:(?:are|were|is|was)\s+(?:believed|thought|said|reported|estimated|"
                         r"known|feared)\s+to\s+have\s+(?:died|perished|been\s+killed)|"
                         r"to\s+have\s+(?:died|perished|been\s+killed)|died|perished|were\s+killed|"
                         r"had\s+been\s+killed|had\s+died|"
                         r"were\s+massacred|lost\s+their\s+lives|sont\s+morts|ont\s+p[ée]ri|moururent|ont\s+[ée]t[ée]\s+"
                         r"tu[ée]s|ont\s+trouv[ée]\s+la\s+mort)\b", re.I)
DURATIONS = {"years", "year", "ans", "an", "months", "mois", "days", "jours", "weeks", "semaines", "hours", "heures",
             "decades"}
_COURT_VERB = re.compile(r"\b(?:(?P<indicted>indict\w*|inculp\w*|mis en accusation)|(?P<convicted>convict\w*|"
                         r"condamn\w*)|(?P<acquitted>acquit\w*))\s+(?:only\s+|some\s+|about\s+|seulement\s+|que\s+|"
                         r"qu['’]|just\s+)?$", re.I)
NOT_KILLED = {"orphans", "refugees", "survivors", "displaced", "cases", "courts", "trials", "judges", "convicted",
              "prisoners", "detainees", "widows", "households", "communes", "inhabitants", "judicially_executed"}
# "cut UNAMIR to roughly 2,700", « a réduit la MINUAR à 270 »: a force's new strength.
_FORCE_CHANGED_TO = re.compile(r"\b(?:cut|reduced|slashed|shrank|shrunk|expanded|raised|increased|brought|r[ée]duit\w*|"
                               r"ramen[ée]\w*|port[ée]\w*)\s+(?:UNAMIR|MINUAR|the\s+(?:UN\s+)?(?:mission|force)|"
                               r"la\s+(?:MINUAR|mission|force))(?:['’]s\s+strength)?\s+(?:back\s+|down\s+)?(?:to|à)\s+"
                               r"(?:about\s+|roughly\s+|some\s+|around\s+|just\s+|only\s+|environ\s+|quelque\s+)?$", re.I)
_FORCE_BEFORE = re.compile(r"\b(strength|force|forces|contingent|troop levels?|troops|personnel|peacekeepers|"
                           r"effectifs?|contingent|casques bleus)\b[^.;]{0,30}\b(to|of|at|from|à|de)\s*"
                           r"(about |around |some |environ |quelque )?$", re.I)


def _same_quantity(values: dict, record: dict, hit: Hit, counted: str) -> bool:
    """The same counted thing of the same named actor or person (UNAMIR's troops, Operation
    Turquoise's men, the refugees of one camp), when the two kinds of act do not exclude it."""
    if counted == "killed" or hit.cosine < SAME_QUANTITY_COSINE or not {"actor", "person"} & set(hit.matches):
        return False
    qt, rt = values.get("event_type"), record.get("event_type")
    if qt and rt and not compatible(qt, rt):
        return False
    qs, rs = sites(values), sites(record)
    return not (qs and rs and not qs & rs)


_DAY_MONTH = re.compile(r"\b\d{1,2}(?:er)?\s+(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                        r"octobre|novembre|décembre)\b", re.I)
_RESOLUTION = re.compile(r"\b(?:r[ée]solutions?|res\.?|UNSCR)\s*(?:n[o°º.]*\s*)?(\d{3,4})\b", re.I)   # "res 929" in notes


def _resolutions(text: str) -> set[str]:
    """The UN Security Council resolutions a sentence names by number."""
    return set(_RESOLUTION.findall(text or ""))


def _same_day(values: dict, record: dict) -> bool:
    a, b = _own_date(values), _own_date(record)
    return bool(a and b and max(a["days"], b["days"]) <= 31 and a["earliest"] <= b["latest"]
                and b["earliest"] <= a["latest"])


def _exact_same_day(values: dict, record: dict) -> bool:
    """Both dated to the same single day. The record claim's day may be its chronology entry's
    heading ("- **1 October 1990.** The RPF attacks ..."): at a day's precision that is its own."""
    a, b = _own_date(values), record.get("date")
    b = b if b and b.get("earliest") else None
    return bool(a and b and a["days"] <= 1 and b["days"] <= 1 and a["earliest"] == b["earliest"])


def _genocide_word_only(text: str) -> bool:
    """Is "genocide" the only word that makes this a sentence about killing? ("UNAMIR had 2,548
    troops when the genocide began" counts troops, not the dead.)"""
    from factfinder.record.features import DEATHS_ONLY, VIOLENT_ACT

    rest = GENOCIDE.sub(" ", text)
    rest = re.sub(r"\bg[ée]nocid\w*", " ", rest, flags=re.I)
    # ... or the killing's start as a time: "had 5,000 troops when the killing began", « au début des tueries »
    rest = re.sub(r"\b(?:when|as|before|after|once|by\s+the\s+time)\s+the\s+(?:killings?|massacres?|slaughter)\s+"
                  r"(?:began|started|broke\s+out|erupted)\b|\b(?:au\s+)?d[ée]but\s+des\s+(?:tueries|massacres)\b",
                  " ", rest, flags=re.I)
    return not (VIOLENT_ACT.search(rest) or DEATHS_ONLY.search(rest) or re.search(r"massacr\w*", rest, re.I))


# Words after a count that make it a part of another ("twelve other clergy", "thousands of other
# victims"); read by the markers too.
PART_COUNTED = re.compile(r"\s+(?:of\s+)?(?:other|more|further|additional|autres|de\s+plus)\b", re.I)
DAY_COUNT_COSINE = 0.45   # a record claim of the same day with the same count: this alike at least


_TROOPS_NEAR = re.compile(r"^\s+(?:[\w'’-]+\s+){0,2}?(" + "|".join(sorted(map(re.escape, TROOP_WORDS), key=len,
                                                                              reverse=True)) + r")\b", re.I)


def _killing_class(figure: dict, kind: str | None, text: str) -> str | None:
    """`_class`, with the soldiers of a killing counted as its dead: "twelve Belgian peacekeepers
    were killed" (read as the killed) and the record's "ten Belgian UNAMIR peacekeepers … were
    killed" (read as troops) count one thing."""
    counted = _class(figure, kind, text)
    if kind == "killing" and figure.get("text") and (
            counted in ("troops", "killed") or not figure.get("counted") and counted not in NOT_KILLED | DURATIONS):
        at = text.find(figure["text"])
        if at >= 0 and (str(figure.get("counted") or "").lower() in TROOP_WORDS or
                        _TROOPS_NEAR.match(text[at + len(figure["text"]):])):
            return "troops killed"
    return counted


def _local_figure_finding(index: RecordIndex, values: dict, figure: dict, hits: list[Hit]) -> Finding | None:
    value = figure_range(figure)
    counted = _killing_class(figure, values.get("event_type"), values.get("text") or "")
    if value is None or counted is None:
        return None
    said = describe(value)
    evidence: list[Evidence] = []
    quantity: list[tuple[Evidence, tuple[float, float], bool]] = []   # (evidence, record value, tied)
    mine = _resolutions(values.get("text") or "")
    # Counts the record gives for the text's day that differ from the text's: the day's toll is
    # then a matter of disagreement (Kibeho, 22 April 1995: 338, about 2,000, at least 4,000).
    day_disputed = any(_exact_same_day(values, h.claim["features"]) and _figures_conflict(values, h.claim["features"])
                       for h in hits)
    for hit in hits:
        record = hit.claim["features"]
        same_incident = _same_incident(values, record, hit, index)
        # The same day and the same count, read alike ("Twenty-two people were shot in public on 24
        # April 1998", the record's 22 publicly executed that day): enough to bear the count out,
        # never to deny it (two things counted on one day differ without conflict).
        # (A figure of a quantity the record's sources dispute, the Kibeho toll, is not borne out by one of them.)
        day_and_count = not same_incident and hit.cosine >= DAY_COUNT_COSINE and _exact_same_day(values, record) \
            and not day_disputed and hit.row not in index.quantity_of_row
        if not (same_incident or day_and_count or _same_quantity(values, record, hit, counted)) or \
                _dates_apart(values, record):
            continue
        theirs = _resolutions(hit.claim["text"])
        if not same_incident and mine and theirs and not mine & theirs:
            continue   # another resolution: another decision on the same force
        tied = bool(mine & theirs) or _same_day(values, record)
        for fig in record.get("figures") or []:
            other = figure_range(fig)
            if other is None:
                continue
            if _killing_class(fig, record.get("event_type"), hit.claim["text"]) != counted and not (
                    day_and_count and value == other and value[0] == value[1]):
                continue   # (on one day, the very same count of people named otherwise: "shot", "executed")
            if figure.get("group") and fig.get("group") and str(figure["group"]).lower() != str(fig["group"]).lower():
                continue
            slack = tolerance(figure, fig)
            # Two counts to the unit in one statement told twice ("eleven Belgian peacekeepers … were
            # disarmed and killed" against the record's ten): any difference is a changed number, not a
            # rounding; unless the text counts a part ("the Archbishop and twelve other clergy").
            to_the_unit = value[0] == value[1] and other[0] == other[1] and not figure.get("approx") and \
                not fig.get("approx") and hit.cosine >= (VALUE_COSINE + 0.1 if same_incident else SAME_STATEMENT) and \
                (value[0] % 10 and other[0] % 10 or max(value[0], other[0]) < 100) and not PART_COUNTED.match(
                    (values.get("text") or "")[(values.get("text") or "").find(figure.get("text") or "\0") +
                                               len(figure.get("text") or ""):])
            if ranges_agree(value, other, 0.0 if to_the_unit else slack):
                relation = "supports"
            elif (to_the_unit or clearly_apart(value, other, slack)) and \
                    hit.cosine >= (VALUE_COSINE + 0.1 if same_incident else SAME_QUANTITY_CONTRA):
                relation = "contradicts"
            else:
                relation = "related"
            if day_and_count and relation != "supports" and not _same_quantity(values, record, hit, counted):
                continue
            evidence.append(_evidence(index, hit.claim, relation, hit.score,
                                      f"the record says {describe(other)} {fig.get('counted') or ''}".rstrip()
                                      + f"; the text says {said}"))
            if not same_incident:
                quantity.append((evidence[-1], other, tied))
            break
    if quantity:
        # A force's strength changes with each decision: a figure the record holds for it at some
        # time supports the text; a different one contradicts it only when tied to the same
        # resolution or day, or when every figure the record holds for it agrees.
        values_agree = all(ranges_agree(a[1], b[1], APPROX_TOLERANCE) for a in quantity for b in quantity)
        supported = any(e.relation == "supports" for e, _, _ in quantity)
        for e, _, tied in quantity:
            if e.relation == "contradicts" and (supported or not (tied or (values_agree and not _own_date(values)))):
                e.relation = "related"
    if not evidence:
        return None
    first_con = next((e for e in evidence if e.relation == "contradicts"), None)
    return _weigh(index, "figure", evidence, {
        "disputed": f"The record's sources disagree on the number {counted} here; the text's {said} agrees with "
                    "{pro} source(s) and not with {con}.",
        "supported": f"The text's {said} agrees with {{pro}} source(s) of the record on the number {counted}.",
        "contradicted": f"The text says {said}; " + (first_con.explanation.split(";")[0] if first_con else "") +
                        " ({con} source(s)).",
        "not_in_record": f"The record's figures for the number {counted} are near the text's {said} but neither "
                         "agree nor clearly differ."})


RESOLUTION_COSINE = 0.40     # a record claim naming the same resolution: this alike at least
EXACT_FIGURE_COSINE = 0.40   # a record claim giving the very same precise figure: this alike at least


def _precise(value: tuple[float, float] | None) -> bool:
    """A figure precise enough to identify itself: one value of 1,000 or more, not a round hundred
    (1,958,634; 596,387; 2,548)."""
    return bool(value) and value[0] == value[1] and value[0] >= 1000 and value[0] % 100 != 0


def _exact_figure_finding(index: RecordIndex, values: dict, figure: dict, hits: list[Hit],
                          text: str) -> Finding | None:
    """A precise figure the record states exactly for the same counted thing supports the text,
    whatever else the record says about the quantity: a count to the unit is a citation of it."""
    value = figure_range(figure)
    if not _precise(value):
        return _credited_exact_figure(index, figure, value, text)
    counted = _class(figure, values.get("event_type"), text)
    evidence: list[Evidence] = []
    for hit in hits:
        if hit.cosine < EXACT_FIGURE_COSINE:
            continue
        record = hit.claim["features"]
        for fig in record.get("figures") or []:
            other = figure_range(fig)
            if not other or other != value:
                continue
            theirs = _class(fig, record.get("event_type"), hit.claim["text"])
            if counted and theirs and counted != theirs:
                continue   # the same number counting another thing (a population, not the dead)
            evidence.append(_evidence(index, hit.claim, "supports", hit.score,
                                      f"the record gives the same figure, {value[0]:,.0f}"))
            break
    if not evidence:
        return _credited_exact_figure(index, figure, value, text)
    return Finding("figure", "supported", f"The record gives the text's figure {value[0]:,.0f} exactly "
                   f"({len(_sources(evidence, 'supports'))} source(s)).", evidence, len(_sources(evidence, "supports")))


_GOVERNMENT = re.compile(r"\b(?:government|gouvernement|authorities|autorités|Kigali)\b", re.I)


def _credited_exact_figure(index: RecordIndex, figure: dict, value: tuple[float, float] | None,
                           text: str) -> Finding | None:
    """A figure to the unit ("338", not "300") that the record gives exactly for one quantity, from the
    source the text credits it to ("the Rwandan government acknowledged 338 dead"): that source's figure
    of that quantity (the Kibeho toll), not a count of something larger the words might suggest."""
    if not value or value[0] != value[1] or value[0] < 100 or value[0] % 10 == 0 or figure.get("approx") or \
            GENOCIDE.search(text) or re.search(r"\bTutsis?\b", text, re.I):
        return None   # ("the government said only 338 Tutsi were killed in the genocide": a toll of the genocide)
    found = {}
    for name, entries in index.quantities.items():
        for e in entries:
            if e.get("low") is None or float(e["low"]) != value[0] or float(e.get("high") or e["low"]) != value[0]:
                continue
            who = e.get("asserted_by") or ""
            if _credits(text, _names(who)) or _credits_words(text, who) or \
                    (_GOVERNMENT.search(text) and who.lower().startswith("government of rwanda")):
                found.setdefault(name, []).append(e)
    if len(found) != 1:
        return None
    name, entries = next(iter(found.items()))
    evidence = [_evidence(index, index.claim(e["row"]), "supports", 1.0, f"the record has {value[0]:,.0f} from "
                          f"{e['asserted_by']}") for e in entries if e.get("row") is not None][:MAX_EVIDENCE]
    if not evidence:
        return None
    return Finding("quantity", "supported", f"The text credits {value[0]:,.0f} to the source the record has it from, "
                   f"for the {name.replace('_', ' ')} ({entries[0]['asserted_by']}).", evidence,
                   len(_sources(evidence, "supports")))


# A report's dateline heading what it said: an outlet or author, then the day it wrote.
_DATELINE = re.compile(r"^[\W\d]{0,4}[A-Z][^,.;:\n]{1,60},\s+(?:\d{1,2}\s+[A-Za-zéû]+|[A-Z][a-z]+\s+\d{1,2},?)\s+"
                       r"\d{4}\s*(?:[,:—–]|-\s)")


def _record_date(index: RecordIndex, hit: Hit) -> dict | None:
    """A record claim's date; one it inherits counts as its own in a chronology's entry (the
    sentence right after a line that is only a date: "- **4 July 1994.** RPF troops take Kigali")."""
    theirs = hit.claim["features"].get("date")
    if theirs and _DATELINE.match(hit.claim["text"]) and not hit.claim.get("proceeding_event"):
        # "Reuters, 8 April 1994, on the shooting down of the plane:": when it was reported (a court's
        # event, "Massacre of Tutsi at Kabarondo church, 13 April 1994, …", is dated by its act)
        return None
    if not theirs or not theirs.get("inherited") or hit.row <= 0:
        return theirs
    before = index.claim(hit.row - 1)
    if before.get("source_id") == hit.claim.get("source_id") and 0 <= hit.claim["start"] - before["end"] <= 8 \
            and date_only(before["text"]):
        return {**theirs, "inherited": False}
    return theirs


def _dates_stated(index: RecordIndex, hit: Hit) -> list[tuple[str, str]]:
    """Every date a record claim's sentence states, (earliest, latest), read once per claim."""
    memo = index.__dict__.setdefault("_dates_stated", {})
    found = memo.get(hit.row)
    if found is None:
        from factfinder.extract.dates import find_dates

        found = memo[hit.row] = [(d.normalized["earliest"], d.normalized["latest"]) for d in find_dates(hit.claim["text"])
                                 if (d.normalized or {}).get("earliest") and d.normalized.get("latest")]
    return found


# Acts an institution or agreement has one date for, and the named things they are done to.
SAME_ACT_COSINE = 0.55
def _same_act(ours: str, theirs: str) -> bool:
    """Do two statements tell the same act (closing, signing, creating, abolishing) of the same
    named thing (the gacaca courts, the Arusha agreement, the tribunal)?"""
    acts = _acts_in(ours) & _acts_in(theirs)
    if len(acts) != 1:
        return False
    return bool(_things_in(ours) & _things_in(theirs))


# The acts two statements alike in words are read as one by (`_same_act`): an institution's
# closing, signing, creation or abolition, whose word is rarely another act's.
_ONE_DATE_ACTS = ("close", "sign", "create", "abolish")


@functools.lru_cache(maxsize=8192)
def _acts_in(text: str) -> frozenset[str]:
    """The acts (closing, signing, …) a statement names; a record statement is read once for all
    the claims it is a hit of."""
    from factfinder.check.retrieve import _RECKONED_FROM

    # (not an act a time is reckoned from: "three and a half years before the tribunal's closing")
    return frozenset(a for a in _ONE_DATE_ACTS if any(not _RECKONED_FROM.search(text[max(0, m.start() - 60):m.start()])
                                                      for m in ACTS[a].finditer(text)))


@functools.lru_cache(maxsize=8192)
def _things_in(text: str) -> frozenset[str]:
    return frozenset(t for t, pattern in ACT_THINGS.items() if pattern.search(text))


# "That operation left the south-west at the end of October 1994", "It shut its doors at the end of 2014":
# the thing whose act it is was named by the sentence before.
_THING_BEFORE = re.compile(r"\s*(it|its|the (operation|mission|force|tribunal|court|commission|zone)|that (operation|"
                           r"mission|force|tribunal|court|commission|zone)|this (operation|mission|force|tribunal)|"
                           r"(cette|l['’]) ?(opération|mission|force|tribunal|commission|zone)|il|elle)\b", re.I)


def _thing_before(text: str, values: dict) -> str | None:
    """The one thing the sentence before named, for a sentence that points back to it."""
    from factfinder.check.retrieve import _act_things

    if not values.get("previous") or not _THING_BEFORE.match(_untagged(text)):
        return None
    named = {name for name, _s, _e in _act_things(values["previous"][2])} or \
        {_RESOLUTION_THING[r] for r in _resolutions(values["previous"][2]) if r in _RESOLUTION_THING}
    return next(iter(named)) if len(named) == 1 else None


# What the resolutions the record names created ("The Security Council set it up in November 1994, by
# resolution 955. Its first trial opened in 1995"): 872 UNAMIR, 955 the ICTR, 929 Opération Turquoise
# (examples/FACTS.md, rows 1.6, 7.1 and 3.9, each with the public page it was checked against).
_RESOLUTION_THING = {"872": "unamir", "955": "ictr", "929": "turquoise"}


def _act_date_finding(index: RecordIndex, text: str, values: dict) -> Finding | None:
    """One act of one named thing dated by the text ("the tribunal formally closed in June 2016",
    "the Arusha agreement, signed in August 1992") against every record statement that dates the
    same act of the same thing (`RecordIndex.acts`), wherever retrieval ranks them."""
    if not index.acts:
        return None
    if accused_in(index, text):
        return None   # "the Media case ended in December 2003 with convictions for …": a trial's end, not
        # the tribunal's
    found = [(key, span) for key, span in dated_acts(text, _thing_before(text, values), dates=values.get("date_spans"))
             if key in index.acts
             # "reported in October 1994" dates when something was said: only a report's own act is its
             and (not values.get("statement_date") or key.startswith("report|"))]
    if not found:
        return None
    findings = [_one_act_date(index, key, span, _resolutions(text), text) for key, span in found]
    findings = [f for f in findings if f is not None]
    # "created in 1994 and closed in 2016": a wrong date of either act is a wrong claim
    return next((f for f in findings if f.verdict == "contradicted"), None) or \
        next((f for f in findings if f.verdict == "disputed"), None) or (findings[0] if findings else None)


RESOLUTION_REACH = 40   # characters from an act's word to the resolution credited with it ("created by resolution")


def _act_resolution_finding(index: RecordIndex, text: str) -> Finding | None:
    """A once-only act credited to another resolution than the record's ("Opération Turquoise,
    which the Security Council authorised in resolution 935", « le TPIR, créé par la résolution 935 »,
    where the record's statements of that act name 929 and 955)."""
    named = _resolutions(text)
    if len(named) != 1 or not index.acts:
        return None
    keys = [key for key in sorted(acts_named(text)) if not recurring(key) and key in index.acts]
    if len(keys) > 1:
        # Two acts and one resolution: the act whose word stands right before it ("the ICTR, created by
        # resolution 935, … closed at the end of 2015"); none that near, and which act it is credited with is
        # not read.
        at = _RESOLUTION.search(text)
        near = sorted((at.start() - end, key) for key, _start, end in acts_at(text)
                      if key in keys and at is not None and 0 <= at.start() - end <= RESOLUTION_REACH)
        keys = [near[0][1]] if near else []
    if len(keys) != 1:
        return None
    records = [index.claim(number) if kind == "claim" else index.sentences[number]
               for kind, number, _s, _e in index.acts[keys[0]]]
    theirs = [(r, next(iter(found))) for r in records if len(found := _resolutions(r["text"])) == 1]
    ours = next(iter(named))
    if not theirs or any(resolution == ours for _r, resolution in theirs):
        return None
    what = _act_named(keys[0])
    evidence = [_evidence(index, r, "contradicts", 1.0, f"the record credits {what} to resolution {resolution}; "
                          f"the text, to {ours}") for r, resolution in theirs]
    return Finding("resolution", "contradicted", f"The text credits {what} to resolution {ours}; the record, to "
                   f"resolution {' and '.join(sorted({resolution for _r, resolution in theirs}))} "
                   f"({len(_sources(evidence, 'contradicts'))} source(s)).", evidence,
                   len(_sources(evidence, "contradicts")))


_ACT_NOUNS = {"first_trial": "the first trial", "close": "the closing", "sign": "the signing", "create": "the creation", "abolish": "the abolition",
              "capture": "the capture", "authorise": "the authorisation", "cut": "the cut", "take_office": "the taking "
              "office", "restore": "the restoring", "break": "the breaking", "report": "the report",
              "warrant": "the arrest warrants", "invade": "the invasion"}
_THING_NAMES = {"ictr": "the ICTR", "gacaca": "the gacaca courts", "arusha_agreement": "the Arusha agreement",
                "irmct": "the Residual Mechanism", "death_penalty": "the death penalty",
                "turquoise": "Opération Turquoise", "shz": "the safe humanitarian zone", "unamir": "UNAMIR",
                "government": "the new government", "relations": "diplomatic relations",
                "cassation": "the Cour de cassation's case", "bruguiere": "judge Bruguière",
                "commission_experts": "the Commission of Experts", "rpf": "Rwanda by the RPF",
                "duclert": "the Duclert commission", "mutsinzi": "the Mutsinzi committee"}


def _act_named(key: str) -> str:
    """"capture|kigali" in words: "the capture of Kigali"."""
    act, thing = key.split("|")
    if act == "massacre":
        return f"the killings at {thing.capitalize()}"
    return f"{_ACT_NOUNS.get(act, act)} of {_THING_NAMES.get(thing, thing.capitalize())}"


_CONVICTS_APPEAL = re.compile(r"\b(?:condamnations?|peines?|perpétuité|convictions?|convicted|life\s+terms?|"
                              r"sentences?|sentenced|prison\s+terms?)\b", re.I)


def _one_act_date(index: RecordIndex, key: str, span: tuple[str, str], resolutions: set[str] = frozenset(),
                  text: str = "") -> Finding | None:
    if key == "close|cassation" and _CONVICTS_APPEAL.search(text):
        return None   # "their convictions were upheld on appeal, and the Cour de cassation rejected their
        # appeals in 2019": the convicts' case, not the one the record dates (the court closes case after case)
    said = span[0] if span[0] == span[1] else f"by {span[1]}" if span[0] == "0001-01-01" else \
        f"after {span[0]}" if span[1] == "9999-12-31" else f"{span[0]} to {span[1]}"
    # A year the text does not write ("on 21 April", in a speech dated 2024) is the text's guess: the
    # act's day and month are compared with the record's in the record's year.
    unwritten = bool(text) and span[0][:4] == span[1][:4] and span[0][:4] not in text and \
        "0001" not in (span[0][:4], span[1][:4])
    evidence: list[Evidence] = []
    # the record's most precise dates first: the explanation names "2012-06-18" rather than "June 2012"
    for kind, number, their_start, their_end in sorted(index.acts[key], key=lambda a: (a[2] != a[3], a[2])):
        earliest, latest = span
        if unwritten and their_start[:4] == their_end[:4] != earliest[:4]:
            earliest, latest = their_start[:4] + earliest[4:], their_start[:4] + latest[4:]
        record = index.claim(number) if kind == "claim" else index.sentences[number]
        says = their_start if their_start == their_end else f"{their_start} to {their_end}"
        inside = earliest <= their_start and their_end <= latest or their_start <= earliest and latest <= their_end
        apart = latest < their_start or their_end < earliest
        theirs = _resolutions(record["text"])
        if recurring(key) and apart and (earliest[:4] != their_start[:4] or resolutions and theirs
                                         and not resolutions & theirs):
            continue   # ("resolution 997 of June 1995 ordered the force cut": another cut than April 1994's)
        if not (inside or apart):
            continue   # (overlapping spans: neither bears the other out)
        if apart and earliest == latest and their_start == their_end and _the_day_before(
                text, {"earliest": earliest, "days": 0}, {"earliest": their_start, "days": 0}):
            continue   # "on 1 July, three days before the RPF took Kigali": the date is another act's
        evidence.append(_evidence(index, record, "supports" if inside else "contradicts", 1.0,
                                  f"the record dates it {says}; the text says {said}"))
    if not evidence:
        return None
    first_con = next((e for e in evidence if e.relation == "contradicts"), None)
    what = _act_named(key)
    return _weigh(index, "date", evidence, {
        "disputed": f"The record's sources disagree on the date of {what}; the text's {said} agrees with "
                    "{pro} source(s) and not with {con}.",
        "supported": f"The record dates {what} to {said} too ({{pro}} source(s)).",
        "contradicted": f"The text dates {what} {said}; " + (first_con.explanation.split(";")[0] if first_con
                                                                else "") + " ({con} source(s)).",
        "not_in_record": ""})


# A sentence that dates one act by another it followed: "The massacres started on 7 April 1994, the
# morning after the president's plane was shot down", « au lendemain de l'attentat ». The record's date
# a day earlier (or the same day, "hours after") is the other act's, not a conflict.
_AFTER_ANOTHER = re.compile(r"\b(the (day|morning|night|evening) after|the (next|following) (day|morning)|a day after|"
                            r"(a few |some |within )?hours (after|of)|au lendemain|le lendemain|(quelques )?heures après|"
                            r"dans les heures qui)\b", re.I)


# "The Council asked for a Commission of Experts on 1 July, three days before the RPF took Kigali": the
# other act is dated by the reckoning, and the record's date that far from the text's is that act's.
_RECKONED = re.compile(r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|un|une)\s+"
                       r"(?P<unit>days?|weeks?|months?|jours?|semaines?|mois)\s+(?:before|after|earlier|later|"
                       r"avant|après|plus\s+tôt|plus\s+tard)\b", re.I)
_UNIT_DAYS = {"day": 1, "days": 1, "jour": 1, "jours": 1, "week": 7, "weeks": 7, "semaine": 7, "semaines": 7,
              "month": 30, "months": 30, "mois": 30}


# A date told as a distance from the night the president's plane was shot down, 6 April 1994 (the
# record's own date for it: examples/FACTS.md 2.1, Reuters 8 April 1994): "twenty-five days after the
# plane went down", "two weeks after Habyarimana's plane was shot down", « trois jours après l'attentat ».
THE_PLANE_DOWNED = "1994-04-06"
_FROM_THE_PLANE = re.compile(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"thirty|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|un|une)\s+"
    r"(?P<unit>days?|weeks?|months?|years?|jours?|semaines?|mois|ans|années?)\s+(?P<dir>after|before|après|avant)\s+"
    r"(?:(?:the|his|le|la|l['’])\s*)?(?:(?:president(?:['’]s|ial)|habyarimana['’]s)\s+(?:plane|jet|aircraft|falcon)|"
    r"(?:plane|jet|aircraft|avion)|(?:downing|shooting\s+down|destruction)\s+of\s+(?:the|his)\s+"
    r"(?:president['’]s\s+)?(?:plane|jet|aircraft)|attentat(?:\s+contre\s+l['’]avion)?)"
    r"(?:\s+(?:was\s+|had\s+been\s+|carrying\s+\w+\s+)?(?:shot\s+down|brought\s+down|downed|went\s+down|came\s+down|"
    r"crashed|was\s+hit|abattu))?", re.I)


# Other days a text reckons from (the record's dates: examples/FACTS.md 2.6, 2.7 and 2.9): the killing of
# the ten Belgian peacekeepers and the start of the genocide, both on 7 April 1994 ("two weeks after the
# Belgians were killed", "a year after the genocide began", « un mois après le début du génocide »).
THE_GENOCIDE_BEGAN = "1994-04-07"
_FROM_THE_FIRST_DAY = re.compile(
    _FROM_THE_PLANE.pattern.split(r"(?:(?:the|his|le|la|l['’])\s*)?")[0] +
    r"(?:(?:the|le|la|l['’])\s*)?(?:(?:ten\s+|dix\s+)?Belgian(?:s|\s+(?:peacekeepers|paratroopers|soldiers|blue\s+helmets))"
    r"\s+(?:were|had\s+been)\s+(?:killed|murdered|massacred)|(?:killing|murder|deaths?|massacre)\s+of\s+(?:the\s+)?(?:ten\s+)?"
    r"Belgian(?:s|\s+(?:peacekeepers|paratroopers|soldiers|blue\s+helmets))|(?:dix\s+)?casques\s+bleus\s+belges\s+"
    r"(?:ont\s+été|eurent\s+été|avaient\s+été)\s+tués|genocide\s+(?:began|started|had\s+begun|broke\s+out)|"
    r"(?:start|beginning|outbreak|onset)\s+of\s+the\s+genocide|début\s+du\s+génocide|"
    r"(?:killings?|massacres)\s+(?:began|started|had\s+begun))", re.I)


def reckoned_from_the_plane(text: str) -> dict | None:
    """The date a sentence reckons from the downing of the plane ("twenty-five days after the plane went
    down" is 1 May 1994), or from the first day of the genocide ("two weeks after the Belgians were
    killed"), in the record's shape: a day for days, the week or month around it for weeks or months.
    None when the sentence reckons nothing from either."""
    # ("the day after the Belgians were killed", « au lendemain de l'attentat »: one day after)
    text = re.sub(r"\b(?:the\s+)?(?:day|morning)\s+after\b", "one day after", text, flags=re.I)
    text = re.sub(r"\b(?:au\s+)?lendemain\s+(?:de\s+|du\s+|des\s+|d['’])", "un jour après ", text, flags=re.I)
    m, origin = _FROM_THE_PLANE.search(text), THE_PLANE_DOWNED
    if m is not None and m.group(0).lower().split()[-1] in ("plane", "jet", "aircraft", "avion", "falcon") and \
            not re.match(r"\s+(?:was|had|went|came|crash|carrying|de|du|transportant)", text[m.end():], re.I):
        m = None   # "two weeks after the plane" with no act of its downing: some other plane, perhaps
    if m is None:
        m, origin = _FROM_THE_FIRST_DAY.search(text), THE_GENOCIDE_BEGAN
    if m is None:
        return None
    from datetime import date, timedelta

    word = m.group("n").lower().replace(" ", "-")
    n = 1 if word in ("a", "an", "un", "une", "one") else (int(word) if word.isdecimal() else number_words_value(word))
    if not n:
        return None
    unit = _UNIT_DAYS.get(m.group("unit").lower(), 365)   # (a year's unit is not in the table)
    sign = -1 if m.group("dir").lower() in ("before", "avant") else 1
    day = date.fromisoformat(origin) + timedelta(days=sign * n * unit)
    half = 0 if unit == 1 else unit // 2
    return {"earliest": (day - timedelta(days=half)).isoformat(), "latest": (day + timedelta(days=half)).isoformat(),
            "days": 2 * half, "inherited": False, "reckoned": True}


def _the_day_before(text: str, mine: dict, theirs: dict) -> bool:
    if mine["days"] != 0 or theirs["days"] != 0:
        return False
    from datetime import date

    try:
        gap = (date.fromisoformat(mine["earliest"][:10]) - date.fromisoformat(theirs["earliest"][:10])).days
    except ValueError:
        return False
    if _AFTER_ANOTHER.search(text) and gap in (0, 1):
        return True
    for m in _RECKONED.finditer(text):
        word = m.group("n").lower()
        n = 1 if word in ("a", "an", "un", "une", "one") else (int(word) if word.isdecimal() else _detail_number(word))
        if not n:
            continue
        unit = _UNIT_DAYS[m.group("unit").lower()]
        if abs(abs(gap) - n * unit) <= (0 if unit == 1 else unit // 2):
            return True
    return False


FORCE_DATE_COSINE = 0.55   # the same kind of act by the same force in the same period: this alike to confirm a date
FORCE_ACTS = {"attack", "killing", "massacre", "assassination", "destruction", "displacement"}


def _in_their_year(mine: dict, theirs: dict, text: str) -> dict:
    """The text's day or month in the record's year when the text does not write its year ("In
    mid-April, in Byumba, …" after a paragraph ending in 1993): the extractor's guess of a year is no
    statement of the text. Otherwise the text's date as it is."""
    year = mine["earliest"][:4]
    if not text or year in text or year != mine["latest"][:4] or mine["days"] > 31 or \
            theirs["earliest"][:4] != theirs["latest"][:4] or theirs["earliest"][:4] == year:
        return mine
    other = theirs["earliest"][:4]
    return {**mine, "earliest": other + mine["earliest"][4:], "latest": other + mine["latest"][4:]}


def _date_finding(index: RecordIndex, values: dict, hits: list[Hit]) -> Finding | None:
    written = _own_date(values)
    if not written or written["days"] > 366:
        return None
    mine = written
    # A year is compared only with record claims that read alike (the same act in other words).
    yearly = mine["days"] > 31
    said = mine["earliest"] if mine["days"] == 0 else (mine["earliest"][:4] if yearly and mine["earliest"][5:] ==
                                                        "01-01" else f"{mine['earliest']} to {mine['latest']}")
    if not yearly and mine["earliest"][:4] == mine["latest"][:4] and \
            mine["earliest"][:4] not in (values.get("text") or ""):
        said = said.replace(mine["earliest"][:4] + "-", "") + " (no year written)"   # (see _in_their_year)
    evidence: list[Evidence] = []
    others = [d for d in values.get("all_dates") or [] if d["earliest"] != mine["earliest"] or
              d["latest"] != mine["latest"]]
    for hit in hits:
        record = hit.claim["features"]
        theirs = _record_date(index, hit)
        if not theirs or not theirs.get("earliest") or theirs["days"] > 31:
            continue
        mine = _in_their_year(written, theirs, values.get("text") or "")
        # The same act of the same named thing ("the gacaca courts closed in 2015" against "the courts
        # closed on 18 June 2012; the national gacaca service ..."): as one resolution, its date is the act's.
        one_act = _same_act(values.get("text") or "", hit.claim["text"]) and hit.cosine >= SAME_ACT_COSINE
        one_resolution = one_act or _resolutions(values.get("text") or "") & _resolutions(hit.claim["text"]) and \
            len(_resolutions(hit.claim["text"])) == 1 and hit.cosine >= RESOLUTION_COSINE and \
            len(_DAY_MONTH.findall(hit.claim["text"])) <= 1   # one date: the resolution's own
        # A chronology's entry ("4 July 1994. RPF troops take Kigali"): the same day, place and actor,
        # read alike, support the text even when the entry names no kind of act (never contradict it).
        # (With the place and the actor both shared, less likeness will do: "the Rwandan Patriotic Front
        # … captured Kigali on 4 July 1994" and "4 July 1994. RPF troops take Kigali and Butare".)
        qt, rt = values.get("event_type"), record.get("event_type")
        chronicle = mine["days"] == 0 and theirs["days"] == 0 and mine["earliest"] == theirs["earliest"] and (
            hit.cosine >= CHRONICLE_COSINE and ({"place", "site"} & set(hit.matches) or hit.cosine >= SAME_WORDS_COSINE)
            and {"actor", "person", "site"} & set(hit.matches)
            or hit.cosine >= CHRONICLE_TIED_COSINE and "place" in hit.matches and {"actor", "person"} & set(hit.matches)
            and not (qt and rt and not compatible(qt, rt))) and not _dates_apart(values, record)
        if chronicle and not _uncounted_figure(values, record) and \
                not _same_incident(values, record, hit, index, needs=("place", "site", "person")):
            evidence.append(_evidence(index, hit.claim, "supports", hit.score,
                                      f"the record's chronology has it on {theirs['earliest']}; the text says {said}"))
            continue
        # The same act in other words (typed alike, read alike): enough to confirm a date, not to deny it.
        alike = hit.cosine >= SAME_STATEMENT and qt and rt and compatible(qt, rt)
        # The same kind of act by the same named force in the same month, read somewhat alike ("In October
        # 1990 the RPF … invaded from Uganda" and "1 October 1990. The RPF … attacks northern Rwanda"): enough
        # to confirm the date, never to deny it.
        # (Acts of force only: "never prosecuting a member of the RPF, as Human Rights Watch did in December
        # 2008" is a court's, and a negation turns a date confirmed that way round.)
        same_force = hit.cosine >= FORCE_DATE_COSINE and "period" in hit.matches and qt in FORCE_ACTS and \
            _same_incident(values, record, hit, index, needs=("actor",))
        if not one_resolution and not _same_incident(values, record, hit, index, needs=("place", "site", "person")) \
                and not (hit.cosine >= SAME_STATEMENT and _same_incident(values, record, hit, index, needs=("actor",))) \
                and not alike and not same_force:
            continue   # an actor alone ties two accounts of one act only when they read alike
        if _figures_conflict(values, record):
            continue   # another count for the same kind of act: likely another incident
        if _uncounted_figure(values, record):
            continue   # the day is the record's, the count is not: the date alone does not bear out the claim
        confirm_only = not one_resolution and not _same_incident(values, record, hit, index,
                                                                 needs=("place", "site", "person")) and \
            not (hit.cosine >= SAME_STATEMENT and _same_incident(values, record, hit, index, needs=("actor",)))
        says = theirs["earliest"] if theirs["days"] == 0 else f"{theirs['earliest']} to {theirs['latest']}"
        inside = mine["earliest"] <= theirs["earliest"] and theirs["latest"] <= mine["latest"]
        apart = mine["latest"] < theirs["earliest"] or theirs["latest"] < mine["earliest"]
        if yearly:
            relation = "related" if theirs.get("inherited") or hit.cosine < SAME_BACKED and not one_act or \
                not (inside or apart) \
                else ("supports" if inside else "contradicts")
        elif theirs.get("inherited") or not (inside or apart):
            relation = "related"
        else:
            # The record's day inside the text's month confirms it ("signed in August 1993": 4 August).
            relation = "supports" if inside else "contradicts"
        # (A wider span of the text holding the record's day is not that day: "half between 21 and
        # 27 July, and the epidemic peaked on 2 August" against the record's peak on 26 July.)
        if relation == "contradicts" and (confirm_only or any(
                d["earliest"] <= theirs["latest"] and theirs["earliest"] <= d["latest"]
                and (d["days"] <= max(theirs["days"], 1) or
                     # "convicted in 2008 for the Kabgayi killings of June 1994": the record's day is in the
                     # text's other year, written for another act than the one its narrower date tells
                     # (a month or a year of another year, never a span of days: "half between 21 and 27 July,
                     # and the epidemic peaked on 2 August" against the record's peak on 26 July is a wrong day)
                     27 <= d["days"] <= 366 and d["earliest"] <= theirs["earliest"] and
                     theirs["latest"] <= d["latest"] and d["earliest"][:4] != mine["earliest"][:4])
                for d in others)):
            relation = "related"   # read alike only, or the record's date is the text's other date
        if relation == "contradicts" and ties(values) and not ties(values) & ties(record) and not one_resolution:
            relation = "related"   # the text names a site or target the record's account does not: maybe another
        if relation == "contradicts" and qt in FORCE_ACTS and not one_resolution and \
                not {"site", "person"} & set(hit.matches) and not _specific_places_shared(index, values, record):
            # "The RPF invaded Rwanda from Uganda in October 1991": one force's act in a country, another
            # year; the force fought there for years, so a country and a force name no one act to deny
            relation = "related"
        if relation != "related" and _resolutions(values.get("text") or "") and \
                not _resolutions(values.get("text") or "") & _resolutions(hit.claim["text"]):
            # "In February 1995, resolution 977 fixed the tribunal's seat in Arusha" is no act of the
            # record's "4 August 1993. In Arusha … sign the Arusha Peace Agreement": a resolution is its own act.
            relation = "related"
        if relation == "contradicts" and hit.claim.get("proceeding_event") and \
                not {"place", "site"} <= set(hit.matches):
            relation = "related"   # a court's event contradicts only the same site at the same place
        if relation != "contradicts" and hit.claim.get("proceeding_event") and not \
                ({"place", "site"} & set(hit.matches) and relation == "supports"):
            relation = "related"
        if relation == "contradicts" and not one_resolution and _specific_places(index, values) and \
                _specific_places(index, record) and not _specific_places_shared(index, values, record):
            relation = "related"   # a church at Kabarondo is not the one at Kabgayi: two places, two acts
        if relation == "contradicts" and not one_resolution and _specific_places(index, values) and \
                not _specific_places(index, record) and not {"place", "person"} & set(hit.matches):
            relation = "related"   # "the massacre at Kabarondo church" and "church records give 5 June": a church
            # alone, with no place of the record's, ties no one act
        if relation == "contradicts" and _acts_in(values.get("text") or "") and \
                not _acts_in(values.get("text") or "") & _acts_in(hit.claim["text"]) and \
                (_acts_in(hit.claim["text"]) or yearly and not one_resolution):
            relation = "related"   # "created the gacaca courts in 2001" and "… before they closed on 18 June 2012"
            # (or "genocide trials from December 1996"): two acts of one thing, each with its own date
        if relation == "contradicts" and _the_day_before(values.get("text") or "", mine, theirs):
            relation = "related"   # "began on 7 April, the morning after the plane was shot down": the 6th is the plane's
        if relation == "contradicts" and any(d[0] <= mine["latest"] and mine["earliest"] <= d[1]
                                             for d in _dates_stated(index, hit)):
            # "It held its first trial in 1997 and closed on 31 December 2015": the record claim is
            # dated by its narrowest date, but it states the text's date too, for one of its acts.
            relation = "related"
        evidence.append(_evidence(index, hit.claim, relation, hit.score,
                                  f"the record dates it {says}; the text says {said}"))
    if not evidence:
        return None
    if not any(e.relation != "related" for e in evidence):
        return None
    first_con = next((e for e in evidence if e.relation == "contradicts"), None)
    return _weigh(index, "date", evidence, {
        "disputed": f"The record's sources disagree on the date; the text's {said} agrees with {{pro}} source(s) "
                    "and not with {con}.",
        "supported": f"The record dates this to {said} too ({{pro}} source(s)).",
        "contradicted": f"The text dates this {said}; " + (first_con.explanation.split(";")[0] if first_con else "") +
                        " ({con} source(s)).",
        "not_in_record": ""})


# ---- a death rate -----------------------------------------------------------------------------------
# "20 to 35 deaths per 10,000 people per day", "fell to between 5 and 8 per 10,000", "below one per ten
# thousand a day": a rate, compared as a value (per 10,000 a day) with the rates the record states, of the
# same phase (the first weeks, or the fall after them) when the text names one. Its numbers count no one.
_RATE_NUMBER = r"(?:\d+(?:[.,]\d+)?|[a-zé]+(?:-[a-zé]+)?)"
_RATE = re.compile(r"(?:(?P<bound>below|under|less\s+than|fewer\s+than|above|over|more\s+than|moins\s+de|plus\s+de)\s+)?"
                   r"(?:between\s+|entre\s+)?(?P<low>" + _RATE_NUMBER + r")(?:\s*(?:to|-|–|and|et|à)\s*(?P<high>" +
                   _RATE_NUMBER + r"))?\s+(?:(?:deaths?|morts?|décès|dead)\s+)?(?:per|for\s+every|pour)\s+"
                   r"(?P<base>\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+|ten\s+thousand|a\s+thousand|thousand|dix\s+mille|mille)\b"
                   r"(?:\s+(?:people|persons|inhabitants|refugees|population|personnes|habitants|réfugiés))?"
                   r"(?P<day>\s*(?:per|a|each|every|par)\s+(?:day|jour)\b)?", re.I)
_DAILY = re.compile(r"\b(?:daily|per\s+day|a\s+day|each\s+day|every\s+day|par\s+jour|quotidien\w*)\b", re.I)
_DEATH_RATE_WORDS = re.compile(r"\b(?:deaths?|dead|died|dying|mortality|morts?|mortalité|décès)\b", re.I)
_FIRST_PHASE = re.compile(r"\b(?:first\s+(?:month|weeks?|days)|at\s+(?:its|the)\s+(?:peak|height|worst)|initial\w*|"
                          r"premi(?:er|ère)s?\s+(?:mois|semaines?|jours))\b", re.I)
_LATER_PHASE = re.compile(r"\b(?:second\s+month|fell|fallen|falling|dropped|down\s+to|brought\s+down|declin\w*|"
                          r"by\s+(?:the\s+)?(?:second|end)|deuxième\s+mois|second\s+mois|tomb\w*|baiss\w*|redescend\w*)\b",
                          re.I)
RATE_APART = 1.5   # a rate this many times above or below every one of the record's is another rate


def rate_values(text: str) -> list[tuple[int, int, tuple[float, float]]]:
    """Each death rate a statement gives: (start, end, (low, high) per 10,000 people a day)."""
    found = []
    daily = bool(_DAILY.search(text))
    for m in _RATE.finditer(text):
        low = _detail_number(m.group("low").lower())
        high = _detail_number(m.group("high").lower()) if m.group("high") else low
        base_word = m.group("base").lower()
        base = 10_000.0 if "ten" in base_word or "dix" in base_word else 1_000.0 if base_word in (
            "thousand", "a thousand", "mille") else _detail_number(base_word)
        if low is None or high is None or not base or not (m.group("day") or daily) or low > high:
            continue
        scale = 10_000.0 / base
        value = (low * scale, high * scale)
        bound = (m.group("bound") or "").lower()
        if bound in ("below", "under", "less than", "fewer than", "moins de"):
            value = (0.0, value[1])
        elif bound in ("above", "over", "more than", "plus de"):
            value = (value[0], math.inf)
        found.append((m.start(), m.end(), value))
    return found


def _rate_phase(text: str) -> str | None:
    first, later = bool(_FIRST_PHASE.search(text)), bool(_LATER_PHASE.search(text))
    return None if first == later else ("first" if first else "later")


def _record_rates(index: RecordIndex) -> list[tuple[dict, str | None, tuple[float, float]]]:
    """The death rates the record's statements give, with their phase. Read once per index."""
    found = index.__dict__.get("_record_rates")
    if found is not None:
        return found
    candidates = [index.claim(row) for row in index.rows_with_words(("mortality", "deaths", "death", "rates"))] + \
        [c for c in index.sentences if _RATE.search(c["text"])]
    found, seen = [], set()
    for claim in candidates:
        key = (claim.get("source_id"), claim.get("start"))
        if key in seen or not _DEATH_RATE_WORDS.search(claim["text"]):
            continue
        seen.add(key)
        for start, _end, value in rate_values(claim["text"]):
            found.append((claim, _rate_phase(claim["text"][max(0, start - 120):start + 60]), value))
    index.__dict__["_record_rates"] = found
    return found


def _in_rate(text: str, figure: dict) -> bool:
    """Is the figure a number of a death rate ("per 10,000", "20 to 35 deaths per …")?"""
    at = text.find(figure.get("text") or "\0")
    return at >= 0 and any(start <= at < end for start, end, _v in rate_values(text))


def _rate_finding(index: RecordIndex, text: str, context: str) -> Finding | None:
    """A death rate the text gives, against the record's rates of the same phase."""
    mine = rate_values(text)
    if len(mine) != 1 or not (_DEATH_RATE_WORDS.search(text) or _DEATH_RATE_WORDS.search(context or "")):
        return None
    start, _end, value = mine[0]
    theirs = _record_rates(index)
    phase = _rate_phase(text)
    # (a record statement of no phase it names may be of either: "a crude mortality rate of 20 to 35 …" cut
    # from its sentence's "during the first month")
    same = [t for t in theirs if t[1] in (phase, None)] if phase else theirs
    if not same:
        return None
    said = describe(value) if value[1] != math.inf else f"more than {describe((value[0], value[0]))}"
    agree = [t for t in same if value[0] <= t[2][1] * 1.05 and t[2][0] <= value[1] * 1.05]
    apart = [t for t in same if value[1] * RATE_APART < t[2][0] or value[0] > t[2][1] * RATE_APART]
    if agree:
        evidence = [_evidence(index, claim, "supports", 1.0, f"the record gives {describe(v)} deaths per 10,000 a day")
                    for claim, _p, v in agree][:MAX_EVIDENCE]
        return Finding("rate", "supported", f"The text's death rate ({said} per 10,000 a day) agrees with the "
                       f"record's ({', '.join(sorted({describe(v) for _c, _p, v in agree}))}).", evidence,
                       len(_sources(evidence, "supports")))
    if len(apart) == len(same):
        evidence = [_evidence(index, claim, "contradicts", 1.0, f"the record gives {describe(v)} deaths per 10,000 a day")
                    for claim, _p, v in same][:MAX_EVIDENCE]
        return Finding("rate", "contradicted", f"The text's death rate ({said} per 10,000 a day) is not the "
                       f"record's ({', '.join(sorted({describe(v) for _c, _p, v in same}))}"
                       f"{', for that phase' if phase else ''}).", evidence, len(_sources(evidence, "contradicts")))
    return None


# ---- a Security Council vote ---------------------------------------------------------------------
# "adopted by ten votes in favour and five abstentions", "by thirteen votes to one with one
# abstention", « par dix voix pour et cinq abstentions », "unanimously": a resolution's vote is
# compared with the vote the record gives for the same resolution (named by the sentence, or by
# the text just before it: "It passed unanimously").
_COUNT_WORD = r"(\d{1,2}|[a-zé]+)"
_VOTE_PARTS = {
    "for": re.compile(_COUNT_WORD + r"\s+(?:of\s+its\s+\w+\s+)?(?:members?\s+|states?\s+|countries\s+)?(?:voted\s+|votes?\s+)?"
                      r"(?:in\s+favou?r|for\b(?!\s+(?:the|a|an)\b)|pour\b)|\bby\s+" + _COUNT_WORD + r"\s+votes?\s+to\b|"
                      r"\bpar\s+" + _COUNT_WORD + r"\s+voix\b(?!\s+contre)", re.I),
    "against": re.compile(r"\bvotes?\s+to\s+" + _COUNT_WORD + r"\b|" + _COUNT_WORD +
                          r"\s+(?:members?\s+)?(?:voted\s+|votes?\s+|voix\s+)?(?:against|contre)\b", re.I),
    "abstain": re.compile(_COUNT_WORD + r"\s+(?:members?\s+)?(?:abstentions?|abstained|abstaining)\b|"
                          r"\b(without|sans)\s+(?:a\s+single\s+|any\s+|one\s+|aucune\s+|une\s+seule\s+)?"
                          r"abstentions?\b", re.I),
}
_UNANIMOUS = re.compile(r"\b(?:unanimous(?:ly)?|à\s+l['’]unanimité|unanimement)\b", re.I)
_NO_VOTES = {"none": 0, "no": 0, "aucune": 0, "aucun": 0, "zero": 0, "nil": 0, "without": 0, "sans": 0}
_COUNCIL_VOTE = re.compile(r"\b(?:resolution|résolution|Security\s+Council|Conseil\s+de\s+sécurité|Council|Conseil|"
                           r"vote[ds]?|voix|adopted|adoptée?|passed)\b", re.I)
_COURT_WORDS = re.compile(r"\b(?:chamber|judges?|court|tribunal|jury|chambre|juges?|cour|jurés)\b", re.I)
# "Resolution 955 was adopted unanimously, … quarrels with the Tribunal": the Council's vote even
# where a court is named after it.
# ("Resolution 955, adopted unanimously …", "set up by a unanimous vote of the Security Council": the same)
_RESOLUTION_ADOPTED = re.compile(r"\b(?:resolution|résolution)\s+\d{3,4}\s*,?\s+(?:\([^)]*\)\s+)?"
                                 r"(?:was|is|were|a\s+été|fut|est)?\s*(?:adopted|passed|approved|adoptée?|votée?)\s+"
                                 r"(?:unanimously|à\s+l['’]unanimité|unanimement)|"
                                 r"\bunanimous\s+vote\s+(?:of|in|by)\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?:Security\s+)?Council\b|"
                                 r"\bby\s+(?:a\s+)?unanimous\s+vote\s*,?\s+(?:the\s+Council['’]s\s+)?(?:resolution|résolution)\s+"
                                 r"\d{3,4}\b|"
                                 r"\bvote\s+unanime\s+du\s+Conseil\b|"
                                 r"\b(?:Security\s+)?Council\s+(?:voted\s+)?unanimously\b", re.I)


# "the UNSC vote that created the tribunal … was unanimous": the Council's vote, though a court is named
_COUNCIL_NAMED_VOTE = re.compile(r"\b(?:UNSC|(?:UN\s+|United\s+Nations\s+)?Security\s+Council|Conseil\s+de\s+sécurité)\b"
                                 r"[^.;]{0,40}\b(?:vote|voted|votes|voting|scrutin)\b|\bthe\s+Council\s+(?:vote|voted|voting)\b|"
                                 r"\b(?:resolution|résolution)\s+(?:was\s+|a\s+été\s+)?(?:passed|adopted|adoptée)\s+"
                                 r"(?:unanimously|à\s+l['’]unanimité)\b|\b(?:vote|scrutin)\s+(?:of|in|by|du)\s+"
                                 r"(?:the\s+)?(?:UNSC|(?:UN\s+)?Security\s+Council|Conseil\s+de\s+sécurité)\b", re.I)


def vote_tally(text: str) -> dict[str, int] | None:
    """A Council vote a sentence states: {"for": 10, "abstain": 5}, {"unanimous": 1}, or None."""
    if not _COUNCIL_VOTE.search(text):
        return None
    found: dict[str, int] = {}
    for part, pattern in _VOTE_PARTS.items():
        for m in pattern.finditer(text):
            word = next(g for g in m.groups() if g)
            count = _NO_VOTES.get(word.lower(), _detail_number(word.lower()))
            if count is not None and count == int(count) and 0 <= count <= 15:
                found.setdefault(part, int(count))
                break
    if not found and _UNANIMOUS.search(text) and (not _COURT_WORDS.search(text) or _RESOLUTION_ADOPTED.search(text)
                                                  or _COUNCIL_NAMED_VOTE.search(text)):
        return {"unanimous": 1}
    if found and ("against" not in found and re.search(r"\b(?:against|contre)\b", text, re.I) or
                  "abstain" not in found and re.search(r"\babst", text, re.I)):
        return None   # "Nigeria and Rwanda abstained; the other thirteen …": a part not read as a count
    return found or None


def _tallies_agree(ours: dict[str, int], theirs: dict[str, int]) -> bool | None:
    """True or False when the two votes can be compared, else None."""
    def unanimous(t: dict[str, int]) -> bool | None:
        if "unanimous" in t:
            return True
        if t.get("against") or t.get("abstain"):
            return False
        return None
    if "unanimous" in ours or "unanimous" in theirs:
        a, b = unanimous(ours), unanimous(theirs)
        return None if a is None or b is None else a == b
    shared = set(ours) & set(theirs)
    return all(ours[k] == theirs[k] for k in shared) if shared else None


def _record_votes(index: RecordIndex) -> dict[str, list[tuple[dict[str, int], dict]]]:
    """Resolution number -> the votes the record's statements give for it, with the statement
    (a claim, or a sentence no claim covers: "The vote is thirteen in favour …" after "Security
    Council resolution 955 creates the ICTR"). A statement naming no resolution takes the one the
    sentence just before it in the same source names. Read once per index."""
    found = index.__dict__.get("_record_votes")
    if found is not None:
        return found
    found = {}
    # (claims with no id of their own, the proceedings' rows, have no place in a source's order)
    candidates = [index.claim(row) for row in index.rows_with_words(_VOTE_TOKENS)] + \
        [c for c in index.sentences if _VOTE_WORDS.search(c["text"])]
    candidates = [c for c in candidates if c.get("id", 1) > 0 and _VOTE_WORDS.search(c["text"])]
    # The statement just before each, in its source's order: a claim or an uncovered sentence.
    voting = {c.get("source_id") for c in candidates}
    others = [index.claim(row) for row in index.rows_with_words(_RESOLUTION_TOKENS)] + \
        [c for c in index.sentences if c.get("source_id") in voting]
    ordered = sorted({id(c): c for c in candidates + [c for c in others if c.get("source_id") in voting]}.values(),
                     key=lambda c: (c.get("source_id") or "", int(c.get("start") or 0)))
    for before, claim in zip([None] + ordered[:-1], ordered):
        if not _VOTE_WORDS.search(claim["text"]):
            continue
        tally = vote_tally(claim["text"])
        if not tally:
            continue
        named = _resolutions(claim["text"])
        if not named and before is not None and before.get("source_id") == claim.get("source_id") and \
                0 <= int(claim.get("start") or 0) - int(before.get("end") or 0) <= 8:
            named = _resolutions(before["text"])
        if len(named) == 1:
            found.setdefault(next(iter(named)), []).append((tally, claim))
    index.__dict__["_record_votes"] = found
    return found


_VOTE_TOKENS = ("favour", "favor", "abstention", "abstentions", "abstained", "abstaining", "unanimously",
                "unanimous", "unanimité", "voix", "votes")
_RESOLUTION_TOKENS = ("resolution", "resolutions", "résolution", "résolutions")
_VOTE_WORDS = re.compile(r"\b(?:favou?r|against|abst\w+|unanim\w+|voix|votes?\s+(?:to|for))\b", re.I)


VOTED_ACT_COSINE = 0.55   # a record statement of the resolution this vote adopted: this alike, and the same day


def _vote_finding(index: RecordIndex, text: str, values: dict, hits: list[Hit] = ()) -> Finding | None:
    """A Security Council vote the text states, against the votes the record gives for the same
    resolution (see `vote_tally`). A text naming no resolution ("on 22 June, by a unanimous vote,
    the Council authorised … Opération Turquoise") votes on the one a record statement of the same
    act on the same day names."""
    if not _VOTE_WORDS.search(text):
        return None
    tally = vote_tally(text)
    if not tally:
        return None
    named = _resolutions(text) or _resolutions(values.get("context") or "") or \
        _voted_resolution(index, values, hits) or _acted_resolution(index, text, values.get("context") or "")
    if len(named) != 1:
        return None
    resolution = next(iter(named))
    evidence, other = [], None
    for theirs, record in _record_votes(index).get(resolution, []):
        agree = _tallies_agree(tally, theirs)
        if agree is None:
            continue
        said = "unanimous" if "unanimous" in theirs else ", ".join(f"{k} {v}" for k, v in theirs.items())
        other = other or (None if agree else said)
        evidence.append(_evidence(index, record, "supports" if agree else "contradicts", 1.0,
                                  f"the record gives the vote on resolution {resolution} as {said}"))
    if not evidence:
        return None
    return _weigh(index, "vote", evidence, {
        "disputed": "The record's sources give different votes for this resolution.",
        "supported": f"The record gives the same vote on resolution {resolution} ({{pro}} source(s)).",
        "contradicted": f"The record gives another vote on resolution {resolution}: {other} ({{con}} source(s)).",
        "not_in_record": ""})


def _acted_resolution(index: RecordIndex, text: str, context: str) -> set[str]:
    """The resolution the record credits with the once-only act a vote is about ("the French-led
    operation was authorised unanimously", "the vote that created the tribunal was unanimous"; "It
    passed unanimously" after a sentence naming the act), when the record's statements of that act
    name one resolution and the record gives a vote for it."""
    if not index.acts:
        return set()
    votes = _record_votes(index)
    for where in (text, context):
        keys = {key for key in acts_named(where) if not recurring(key) and key in index.acts}
        if not keys:
            # no act's word, one thing ("voted unanimously for the French operation", "the tribunal was
            # born of a unanimous vote"): the once-only acts of that thing the record credits to a resolution
            from factfinder.check.retrieve import _act_things

            things = {thing for thing, _s, _e in _act_things(where)}
            keys = {key for key in index.acts if len(things) == 1 and key.endswith("|" + next(iter(things)))
                    and not recurring(key)}
        if not keys:
            continue
        named = set()
        for key in keys:
            for kind, number, _s, _e in index.acts[key]:
                record = index.claim(number) if kind == "claim" else index.sentences[number]
                if len(found := _resolutions(record["text"])) == 1 and next(iter(found)) in votes:
                    named |= found
        return named if len(named) == 1 else set()
    return set()


def _voted_resolution(index: RecordIndex, values: dict, hits: list[Hit]) -> set[str]:
    """The resolution a record statement of the same day's act names, when it is alike enough and
    the record gives a vote for it (for a text that numbers none)."""
    mine = _own_date(values)
    if not mine or mine["days"] > 31:
        return set()
    votes = _record_votes(index)
    for hit in hits:
        if hit.cosine < VOTED_ACT_COSINE:
            continue
        named = _resolutions(hit.claim["text"])
        theirs = _record_date(index, hit)
        if not (len(named) == 1 and next(iter(named)) in votes and theirs and theirs["days"] == 0):
            continue
        ours = _in_their_year(mine, theirs, values.get("text") or "")
        # (a month holds the record's day: "set up by a unanimous vote of the Council in November 1994")
        if ours["earliest"] <= theirs["earliest"] <= ours["latest"]:
            return named
    return set()


# ---- a day the record's own sources give differently ----------------------------------------------
# "Church records give the date as 5 June; prosecutors … placed the killings on 4 June", "sources
# give dates between 16 and 18 July": one record statement holds the disagreement. A text giving one
# of those days takes a side of it, as a text giving one of two published tolls does.
_DAYS_OF_MONTH = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?(?:\s+(?:and|to|or|et|au|ou|-|–)\s+(\d{1,2})(?:er|st|nd|rd|th)?)?"
                            r"\s+(" + "|".join(MONTH_NUMBERS) + r")\b")
# Words that give a date to a source: "records give", "archives", "placed the killings on", « selon ».
_DATE_GIVEN_BY = re.compile(r"\b(?:sources?|records?|archives?|accounts?|gives?|gave|given|placed|according\s+to|"
                            r"selon|d['’]apres|others)\b")
# (the same words, looked up in the index before any claim is read)
_DATE_GIVEN_BY_WORDS = ("source", "sources", "records", "archives", "accounts", "give", "gives", "gave", "given",
                        "placed", "others", "après")
_DAY_SPAN = re.compile(r"\b\d{1,2}(?:er|st|nd|rd|th)?\s+(?:and|to|or|et|au|ou|-|–)\s+\d{1,2}\b")
DISPUTED_DAYS = 10   # days of one event that sources give apart: at most this many
DATE_DISPUTE_COSINE = 0.40   # the statement must be at least this alike ...
DATE_DISPUTE_BEFORE_COSINE = 0.65   # ... or the statement before it, which names the event, this alike


def _date_disputes(index: RecordIndex) -> list[dict]:
    """The record statements that give one event's day as several: each with its year, month,
    the days and spans it gives, and the places it, or the statement before it in the same source,
    names ("Church records give the date as 5 June; …" follows "Near Kabgayi, RPF soldiers kill
    thirteen clergy"). Read once per index."""
    found = index.__dict__.get("_date_disputes")
    if found is not None:
        return found
    found = []
    for row in index.rows_with_words(_DATE_GIVEN_BY_WORDS):
        claim = index.claim(row)
        if claim.get("id", 1) <= 0:
            continue   # a row of the proceedings table: its dates are one case's hearings and decisions
        # Two cheap tests before the text is folded: two days of a month, or a span of days.
        if len(_DAY_MONTH.findall(claim["text"])) < 2 and not _DAY_SPAN.search(claim["text"]):
            continue
        text = fold(claim["text"]).lower()
        if not _DATE_GIVEN_BY.search(text):
            continue
        by_month: dict[int, list[tuple[int, int]]] = {}
        for m in _DAYS_OF_MONTH.finditer(text):
            by_month.setdefault(MONTH_NUMBERS[m.group(3)], []).append((int(m.group(1)), int(m.group(2) or m.group(1))))
        features = claim["features"]
        year = ((features.get("date") or {}).get("earliest") or "")[:4]
        for month, stated in by_month.items():
            singles = sorted({a for a, b in stated if a == b})
            spans = [(a, b) for a, b in stated if a < b <= a + DISPUTED_DAYS]
            if not spans and not (len(singles) >= 2 and singles[-1] - singles[0] <= DISPUTED_DAYS):
                continue
            rows, places = [row], set(features.get("places") or ())
            before = index.claim(row - 1) if row else None
            if before is not None and before.get("source_id") == claim.get("source_id") and \
                    0 <= claim["start"] - before["end"] <= 300:
                rows.append(row - 1)
                places |= set(before["features"].get("places") or ())
            found.append({"rows": rows, "year": year, "month": month, "singles": singles, "spans": spans,
                          "places": places})
    index.__dict__["_date_disputes"] = found
    return found


DAY_DISPUTE_OPENING = "The record's sources give different days for this"


def _date_dispute(index: RecordIndex, values: dict, hits: list[Hit]) -> Finding | None:
    """The text's day is one of the days a record statement says its sources give for the event
    at the text's place."""
    mine = _own_date(values)
    ours = _specific_places(index, values)
    if not mine or mine["days"] != 0 or not ours:
        return None
    year, month, day = mine["earliest"][:4], int(mine["earliest"][5:7]), int(mine["earliest"][8:10])
    near = {h.row: h for h in hits if h.cosine >= DATE_DISPUTE_COSINE}
    for entry in _date_disputes(index):
        if entry["month"] != month or entry["year"] not in ("", year) or not entry["places"] or \
                not _places_compatible(index, ours, entry["places"]):
            continue
        # The statement itself, or the one it continues read closely alike (the Archbishop "of Kigali"
        # killed at Kabgayi does not make the capture of Kigali that event).
        hit = near.get(entry["rows"][0]) or next((near[r] for r in entry["rows"][1:] if r in near
                                                  and near[r].cosine >= DATE_DISPUTE_BEFORE_COSINE), None)
        if hit is None:
            continue
        rivals = [d for d in entry["singles"] if d != day and abs(d - day) <= DISPUTED_DAYS]
        if not (day in entry["singles"] and rivals or any(a <= day <= b for a, b in entry["spans"])):
            continue
        given = " and ".join([str(d) for d in entry["singles"]] + [f"{a}–{b}" for a, b in entry["spans"]])
        claim = index.claim(entry["rows"][0])
        stated = {int(d["earliest"][8:10]) for d in values.get("all_dates") or []
                  if d.get("earliest") and d["earliest"][:7] == mine["earliest"][:7] and d.get("latest") == d["earliest"]}
        if len(stated & set(entry["singles"])) >= 2:
            # "church records give 5 June 1994, prosecutors in 2008 said 4 June": the text tells the disagreement
            return Finding("date", "supported", f"{DAY_DISPUTE_OPENING} ({given} of the month), and the text gives "
                           f"them too.", [_evidence(index, claim, "supports", hit.score, f"the record's sources give "
                                                    f"{given}; so does the text")], 1)
        return Finding("date", "disputed", f"{DAY_DISPUTE_OPENING} ({given} of the "
                       f"month); the text's {mine['earliest']} is one of them.",
                       [_evidence(index, claim, "supports", hit.score, f"the record's sources give {given}; "
                                  f"the text says {mine['earliest']}")], 1)
    return None


def _weigh(index: RecordIndex, aspect: str, evidence: list[Evidence], texts: dict[str, str]) -> Finding:
    """Count support and contradiction by source. Both present: `disputed` when the record
    itself holds the disagreement (a contradiction of the record between these claims) or
    neither side has twice the sources of the other; else the larger side wins, and the
    explanation says how many sources differ."""
    pro, con = _sources(evidence, "supports"), _sources(evidence, "contradicts")
    counts = {"pro": len(pro), "con": len(con)}
    if pro and con:
        pro_claims = {e.claim_id for e in evidence if e.relation == "supports"}
        con_claims = {e.claim_id for e in evidence if e.relation == "contradicts"}
        if _recorded_dispute(index, pro_claims, con_claims) or not (len(pro) >= 2 * len(con) or
                                                                       len(con) >= 2 * len(pro)):
            return Finding(aspect, "disputed", texts["disputed"].format(**counts), evidence, len(pro))
        if len(pro) >= 2 * len(con):
            return Finding(aspect, "supported", texts["supported"].format(**counts).rstrip(".") +
                           f"; {len(con)} other source(s) differ.", evidence, len(pro) - len(con))
        return Finding(aspect, "contradicted", texts["contradicted"].format(**counts).rstrip(".") +
                       f"; {len(pro)} other source(s) agree with the text.", evidence, len(con) - len(pro))
    if pro:
        return Finding(aspect, "supported", texts["supported"].format(**counts), evidence, len(pro))
    if con:
        return Finding(aspect, "contradicted", texts["contradicted"].format(**counts), evidence, len(con))
    return Finding(aspect, "not_in_record", texts["not_in_record"], evidence, 0)


def _recorded_dispute(index: RecordIndex, pro: set[int | None], con: set[int | None]) -> bool:
    sets = index.__dict__.setdefault("_side_sets", {})
    for claim_id in pro:
        for number in index.disputes_of_claim.get(claim_id, []):
            for k, side in enumerate(index.disputes[number]["sides"]):
                members = sets.get((number, k))
                if members is None:
                    members = sets[(number, k)] = set(side["claims"])
                if claim_id not in members and con & members:
                    return True
    return False


def _figures_conflict(values: dict, record: dict) -> bool:
    for a in values.get("figures") or []:
        for b in record.get("figures") or []:
            ra, rb = figure_range(a), figure_range(b)
            if ra and rb and counted_class(a, values.get("event_type")) == counted_class(b, record.get("event_type")) \
                    and not ranges_agree(ra, rb, tolerance(a, b)):
                return True
    return False


def _uncounted_figure(values: dict, record: dict) -> bool:
    """The checked claim counts the victims of an act ("killed hundreds of civilians") and the
    record claim gives no count at all."""
    if record.get("figures"):
        return False
    return any(figure_range(f) and counted_class(f, values.get("event_type")) == "killed"
               for f in values.get("figures") or [])


def _figures_agree(values: dict, record: dict, same_thing: bool = True) -> bool:
    """Does some figure of the checked claim agree with a figure of the record claim counting
    the same thing (and none conflict)? With `same_thing` false, whatever each side's extraction
    says the figures count ("200 ml per person" read as 200 people)."""
    if _figures_conflict(values, record):
        return False
    for a in values.get("figures") or []:
        for b in record.get("figures") or []:
            ra, rb = figure_range(a), figure_range(b)
            if ra and rb and (not same_thing or counted_class(a, values.get("event_type")) ==
                              counted_class(b, record.get("event_type"))) and ranges_agree(ra, rb, tolerance(a, b)):
                return True
    return False


def _named_actors(features: dict) -> set[str]:
    """The actors a sentence names (not the perpetrators the word "genocide" implies)."""
    return set(features.get("actors") or []) | {a for a in features.get("agents") or [] if not a.startswith("group:")}


def _record_speaker(index: RecordIndex, asserted_by: str) -> bool:
    """Is the speaker one of the record's own sources (its authors and publishers), not a party
    whose claim a source reports?"""
    names = index.__dict__.get("_source_names")
    if names is None:
        names = set()
        for source in index.sources.values():
            names |= _names(source.get("author") or "", source.get("publisher") or "")
        names -= {"factfinder team", "factfinder examples"}
        index.__dict__["_source_names"] = names
    return bool(_names(asserted_by) & names)


# A comparison of two parties' crimes by scale: the statement is the comparison itself.
_SCALE_COMPARED = re.compile(r"\b(as many|as much|more \w+ than|fewer \w+ than|on the same scale|on a similar scale|"
                             r"equally|just as|the same number|autant de|plus de \w+ que|à la même échelle|"
                             r"tout autant|comparable (?:to|à))\b", re.I)


def _shares_conflict(text: str, theirs: str) -> bool:
    """Both sentences give a share (a percentage, "one in seven") and none of the text's agrees with
    one of the record statement's: the words may say the same, the share does not. (Shares are no
    figure the record's features keep: only counts are.)"""
    mine, record = percent_figures(text), percent_figures(theirs)
    if not mine or not record:
        return False
    return not any(ranges_agree((a["low"], a["high"]), (b["low"], b["high"]), tolerance(a, b))
                   for a in mine for b in record)


# A day and a month as written, read on the folded text ("8 juin", "8 June", "June 8"), with their
# numbers; "June 18, 1994" has its year, which the extractor dates. (`_DAY_MONTH` above only finds them.)
_WRITTEN_DAY = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(" + "|".join(MONTH_NUMBERS) + r")\b|\b(" +
                          "|".join(MONTH_NUMBERS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{3})")


def _days_of(text: str) -> set[tuple[int, int]]:
    out = set()
    for m in _WRITTEN_DAY.finditer(fold(text)):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if 1 <= int(day) <= 31:
            out.add((MONTH_NUMBERS[month], int(day)))
    return out


def _days_apart(text: str, theirs: str) -> bool:
    """Both sentences name days of the year, the text only one, and the record statement none of the
    text's ("announced the deaths on 18 June" against "on 8 June"): with no year written, the
    extractor dates neither, and the days are compared as written."""
    mine = _days_of(text)
    return len(mine) == 1 and bool(record := _days_of(theirs)) and not mine & record


def _meaning_finding(index: RecordIndex, text: str, values: dict, stance: str, hits: list[Hit],
                     voice: str = "author") -> Finding | None:
    """The same statement in other words: embeddings at least SAME_STATEMENT alike, or a
    little less alike when the record claim holds nearly every content word of the checked
    one (negation moves an embedding: "was not planned" against "was planned"). Polarity
    from the stances; a source reporting someone else's denial takes no side."""
    evidence: list[Evidence] = []
    words = set(tokenize(text))
    for hit in hits:
        anchored = bool({"place", "site", "actor", "person", "counted"} & set(hit.matches))
        same_words = hit.cosine >= SAME_WORDS_COSINE and len(words) >= 3 and \
            len(words & set(tokenize(hit.claim["text"]))) >= SAME_WORDS_SHARE * len(words)
        record = hit.claim["features"]
        backed = anchored and (_figures_agree(values, record) or _same_day(values, record))
        # Three independent ties name one event: the same day to the day, the same named actor and
        # the same place ("On 1 October 1990 RPF fighters crossed into northern Rwanda from
        # Uganda" and the chronology's "1 October 1990: the RPF attacks northern Rwanda from
        # Uganda"), even where the two verbs are typed as different acts.
        one_event = hit.cosine >= SAME_EVENT and _exact_same_day(values, record) and len(words) >= 3 and \
            len(words & set(tokenize(hit.claim["text"]))) >= SAME_EVENT_WORDS * len(words) and \
            bool(_named_actors(values) & _named_actors(record)) and \
            bool(set(values.get("places") or ()) & set(record.get("places") or ()) or {"place", "site"} & set(hit.matches))
        # "It also found ..." / "The same commission saw ...": a sentence whose subject is a pronoun
        # or an anaphor embeds without the subject the sentence before it names, and reads less alike.
        anaphoric = bool(_ANAPHORIC_SUBJECT.match(hit.claim["text"]) or _ANAPHORIC_SUBJECT.match(text)) and \
            len(words) >= 3 and len(words & set(tokenize(hit.claim["text"]))) >= SAME_ANAPHORIC_WORDS * len(words)
        if not (hit.cosine >= SAME_UNANCHORED or (hit.cosine >= SAME_STATEMENT and anchored) or same_words
                or (hit.cosine >= SAME_BACKED and backed) or one_event
                or (anaphoric and anchored and hit.cosine >= SAME_ANAPHORIC)):
            continue
        if _uncounted_figure(values, record) and not (hit.cosine >= SAME_UNANCHORED or same_words):
            continue   # "On 1 October 1990 RPF fighters killed hundreds of civilians": the day, force and place
            # of the record's entry, not the count it never gives
        qt, rt = values.get("event_type"), record.get("event_type")
        if qt and rt and not compatible(qt, rt) and not (same_words and hit.cosine >= SAME_BACKED) and not one_event \
                and not (anaphoric and anchored and hit.cosine >= SAME_ANAPHORIC):
            continue   # (nearly the same words: one sentence naming two acts, typed by the other act)
        if (qt or rt) and not (qt and rt) and not (hit.cosine >= SAME_UNANCHORED or backed or
                                                   (same_words and hit.cosine >= SAME_STATEMENT)):
            continue   # one side names a kind of act the other does not: only a close paraphrase counts
        qa, ra = _named_actors(values), _named_actors(record)
        if qa and ra and not qa & ra:
            continue
        if _figures_conflict(values, record) or _dates_apart(values, record):
            continue
        if _shares_conflict(text, hit.claim["text"]) or _days_apart(text, hit.claim["text"]):
            continue   # "fourteen per cent" against the record's 8.4 percent; "on 18 June" against its 8 June
        if len(hit.claim["text"].split()) < 15 and not _STATEMENT_END.search(hit.claim["text"]):
            continue   # a title names a subject, it asserts nothing
        if _SCALE_COMPARED.search(text) and not _SCALE_COMPARED.search(hit.claim["text"]):
            continue   # "the RPF killed as many Hutu as …": a comparison the record's statement does not make
        if _resolutions(text) and _resolutions(hit.claim["text"]) and \
                not _resolutions(text) & _resolutions(hit.claim["text"]):
            continue   # "Resolution 955 asks for a Commission of Experts" is not the record's resolution 935
        theirs = hit.claim["stance"]
        # The text reports what a party said and the record holds that party saying it: the same voice.
        same_voice = hit.claim["asserted_by"] != "author" and (
            voice not in ("", "author") and bool(_names(voice) & _names(hit.claim["asserted_by"]) or
                                                 fold(voice) == fold(hit.claim["asserted_by"]))
            or _credits(text, _names(hit.claim["asserted_by"])))
        if same_voice and theirs != "questions":
            same = (theirs == "denies") == (stance == "denies")
            evidence.append(_evidence(index, hit.claim, "supports" if same else "contradicts", hit.score,
                                      "the record holds the same party saying the same" if same else
                                      "the record holds the same party saying the opposite"))
            continue
        if theirs == "denies" and hit.claim["asserted_by"] != "author" and _record_speaker(index, hit.claim["asserted_by"]):
            theirs = "denies_own"   # HRW (a source of the record) saying the ICTR tried no RPF suspect
        if theirs == "questions" or (theirs == "denies" and hit.claim["asserted_by"] != "author"):
            evidence.append(_evidence(index, hit.claim, "related", hit.score, "the record reports this as "
                                      "questioned or denied by someone"))
            continue
        same = (theirs in ("denies", "denies_own")) == (stance == "denies")
        evidence.append(_evidence(index, hit.claim, "supports" if same else "contradicts", hit.score,
                                  "the record says the same" if same else "the record says the opposite"))
    if not evidence:
        return None
    # The stance flip is applied to the whole claim later: here "supports" means "says the same".
    pro, con = _sources(evidence, "supports"), _sources(evidence, "contradicts")
    if pro and con:
        return Finding("meaning", "disputed", "The record's sources disagree on this statement.", evidence, len(pro))
    if pro:
        return Finding("meaning", "supported", f"{len(pro)} source(s) of the record say the same.", evidence, len(pro))
    if con:
        return Finding("meaning", "contradicted", f"{len(con)} source(s) of the record say the opposite.", evidence,
                       len(con))
    return None


# ---- the reference pack's quantities -------------------------------------------------------------------

QUANTITY_COSINE = 0.60   # a record claim stating a reference figure must be this alike to name the quantity
PLACE_QUANTITY_COSINE = 0.30   # ... or this alike when it is about the same place
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|per ?cent\b|pour ?cent\b)", re.I)
# "fourteen per cent", « quinze pour cent »
_PERCENT_IN_WORDS = re.compile(r"\b([a-zé]+(?:[- ](?:et[- ])?[a-zé]+){0,2})\s+(?:per ?cent|pour ?cent)\b", re.I)
_APPROX_WORDS = re.compile(r"\b(about|around|some|roughly|approximately|nearly|almost|close to|environ|près de|"
                           r"quelque|some)\s*$", re.I)


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "eleven": 11, "twelve": 12, "twenty": 20, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
                  "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "vingt": 20}
# "one Rwandan in seven", "two in three", « neuf sur dix »: a share (the numerator, then the denominator)
_ONE_IN_N = re.compile(r"\b(?P<num>one|un|une|two|three|four|five|six|seven|eight|nine|deux|trois|quatre|cinq|six|sept|"
                       r"huit|neuf)\s+(?:[A-Za-zÀ-ÿ]+\s+)?(?:in(?:\s+every|\s+each)?|out\s+of|sur(?:\s+chaque)?)\s+"
                       r"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|deux|trois|quatre|cinq|six|sept|"
                       r"huit|neuf|dix|onze|douze|vingt|\d{1,2})\b", re.I)
_NUMERATORS = {"one": 1, "un": 1, "une": 1}
_FRACTION = {"a tenth": 10, "one tenth": 10, "un dixième": 10, "a seventh": 7, "un septième": 7, "a quarter": 4,
             "one quarter": 4, "un quart": 4, "a third": 3, "one third": 3, "un tiers": 3}
_FRACTION_WORDS = re.compile(r"\b(?:" + "|".join(k.replace(" ", r"\s+") for k in _FRACTION) + r")\b", re.I)


def percent_figures(text: str) -> list[dict]:
    """Shares written as percentages ("8.4 percent", "75%"), or as fractions ("one Rwandan in
    seven", "un sur dix", "a tenth"), as figures of unit percent; a fraction is approximate."""
    out = []
    for m in _ONE_IN_N.finditer(text):
        word = m.group(2).lower()
        n = _SMALL_NUMBERS.get(word) or (int(word) if word.isdecimal() else 0)
        k = _NUMERATORS.get(m.group("num").lower()) or _SMALL_NUMBERS.get(m.group("num").lower()) or 0
        if n >= 2 and 1 <= k < n:
            value = round(100.0 * k / n, 1)
            out.append({"text": m.group(0), "low": value, "high": value, "approx": True, "unit": "percent",
                        "counted": "percent"})
    for m in _FRACTION_WORDS.finditer(text):
        value = round(100.0 / _FRACTION[" ".join(m.group(0).lower().split())], 1)
        out.append({"text": m.group(0), "low": value, "high": value, "approx": True, "unit": "percent",
                    "counted": "percent"})
    for m in _PERCENT_IN_WORDS.finditer(text):
        words = re.split(r"[- ]", m.group(1).lower())
        # the longest run of number words before "per cent" ("the Tutsi at fourteen", "vingt-cinq")
        found = next(((value, " ".join(words[i:])) for i in range(len(words))
                      if (value := number_words_value("-".join(words[i:]))) is not None), None)
        if found is None:
            continue
        value, said = found
        before = text[max(0, m.start() - 24):m.start()]
        out.append({"text": m.group(0)[m.group(0).lower().rfind(said.split()[0]):], "low": float(value),
                    "high": float(value),
                    "approx": bool(_APPROX_WORDS.search(before)), "unit": "percent", "counted": "percent"})
    for m in _PERCENT.finditer(text):
        value = float(m.group(1).replace(",", "."))
        before = text[max(0, m.start() - 24):m.start()]
        out.append({"text": (before.split()[-1] + " " if _APPROX_WORDS.search(before) else "") + m.group(0),
                    "low": value, "high": value, "approx": bool(_APPROX_WORDS.search(before)), "unit": "percent",
                    "counted": "percent"})
    return out


# Counts in words the extractor leaves unread: the ranges they stand for.
_VAGUE_COUNTS = [
    (re.compile(r"\b(?:a\s+few|some|quelques)\s+(?:tens\s+of\s+thousands|dizaines\s+de\s+milliers)\b", re.I), 20_000, 60_000),
    (re.compile(r"\b(?:a\s+few|quelques)\s+(?:thousands?|milliers)\b", re.I), 2_000, 9_999),
    (re.compile(r"\b(?:a\s+few|quelques)\s+(?:hundreds?|centaines)\b", re.I), 200, 999),
]


def vague_figures(text: str, known: list[dict]) -> list[dict]:
    """"only a few tens of thousands died": a count of people the extractor did not read."""
    out = []
    for pattern, low, high in _VAGUE_COUNTS:
        for m in pattern.finditer(text):
            if any((f.get("text") or "\0") in m.group(0) or m.group(0) in (f.get("text") or "") for f in known):
                continue
            before = text[max(0, m.start() - 30):m.start()]
            bound = _UPPER_ONLY.search(before) or re.search(r"\b(only|just|merely|barely|seulement|à peine)\s*$", before,
                                                            re.I)
            out.append({"text": (bound.group(0).strip() + " " if bound else "") + m.group(0),
                        "low": None if bound else low, "high": high, "approx": True, "unit": "people",
                        "counted": None, "group": None})
    return out


# Words of a two-word name that make it no person's ("Security Council", "Kigali Memorial").
_NOT_A_PERSON = {"security", "council", "general", "assembly", "commission", "committee", "court", "tribunal",
                 "chamber", "office", "ministry", "minister", "government", "national", "international", "united",
                 "nations", "watch", "rights", "human", "memorial", "centre", "center", "institute", "university",
                 "agency", "bureau", "service", "army", "front", "patriotic", "radio", "television", "times",
                 "press", "news", "post", "journal", "review", "report", "census", "survey", "genocide", "kigali",
                 "rwanda", "rwandan", "french", "belgian", "senate", "parliament", "assembl", "republic", "prosecutor",
                 "amnesty", "project", "fund", "foundation", "group", "team", "mission", "force", "forces", "party",
                 "cour", "conseil", "commissaire", "ministere", "gouvernement", "nationale", "nations"}
# The UN High Commissioner for Refugees as texts name it.
_UNHCR_NAMES = {"un refugee agency", "un's refugee agency", "un refugees agency", "refugee agency", "hcr",
                "un high commissioner for refugees", "high commissioner for refugees",
                "haut commissariat des nations unies pour les refugies", "haut-commissariat pour les refugies",
                "haut-commissariat des nations unies pour les refugies",
                "haut commissariat pour les refugies", "agence des nations unies pour les refugies"}


def _names(*texts: str) -> set[str]:
    """The names in who-asserted-it strings: "Human Rights Watch (Alison Des Forges)" gives
    "human rights watch" and "alison des forges"; acronyms ("NISR", "UNHCR") too."""
    out = set()
    for text in texts:
        for piece in re.split(r"[,;()/]| reporting | citing | quoting | via | according to | and ", text or ""):
            piece = piece.strip()
            words = piece.split()
            if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*", piece) and len(piece) >= 3:
                out.add(fold(piece))
            elif 2 <= len(words) <= 6 and sum(w[:1].isupper() for w in words) >= 2:
                out.add(fold(piece))
            # Names inside a longer description: "UNHCR team led by Robert Gersony" gives "unhcr" and
            # "robert gersony"; "Human Rights Watch" also gives "hrw".
            for run in re.findall(r"(?:\b[A-Z][\w’'-]+(?:\s+(?:of|for|des|de|du|on)\s+|\s+)?){2,5}", piece):
                run = re.sub(r"\s+(of|for|des|de|du|on)\s*$", "", run.strip())
                if len(run.split()) >= 2:
                    out.add(fold(run))
                    given, *rest = run.split()
                    if len(rest) == 1 and len(rest[0]) >= 5 and not {fold(given), fold(rest[0])} & _NOT_A_PERSON:
                        out.add(fold(rest[0]))   # "Robert Gersony": "the Gersony team"
                    capitals = [w for w in run.split() if w[:1].isupper()]
                    if len(capitals) >= 3:
                        out.add("".join(w[0] for w in capitals).lower())
            out |= {fold(a) for a in re.findall(r"\b[A-Z]{3,}\b", piece)}
        if re.search(r"\bcensus\b|\brecensement\b", text or "", re.I):
            # A source reading a census ("HRW …, reading the 1991 census"): "the 1991 census recorded 8.4 per
            # cent" credits the census itself.
            out |= {"census", "recensement"}
    if "unhcr" in out:
        out |= _UNHCR_NAMES
    if any(re.search(r"government of rwanda|republic of rwanda|rwandan government|minist", n) for n in out):
        # In a text about Rwanda an unqualified "the government" is Rwanda's ("the French government" is not it).
        out |= {"rwandan government", "government of rwanda", "rwanda's government", "rwandan authorities",
                "gouvernement rwandais", "the government", "le gouvernement"}
    out = {re.sub(r"\bunited nations\b", "un", n) for n in out}
    for name in list(out):
        for words, aliases in _BODY_ALIASES:
            if words in name:
                out |= aliases   # "the Commission itself estimated", « l'enquête indépendante … retient »
    return {n for n in out if n not in {"united nations", "the un", "un", "the", "rwanda", "rwandan"}}


# A body named by its head noun, or in French (folded: lower case, no accents).
_BODY_ALIASES = (("commission of experts", {"commission of experts", "the commission", "commission d'experts"}),
                 ("independent inquiry", {"independent inquiry", "enquete independante"}))


CREDIT_CLAIMS = 200   # claims read per side of the toll dispute for the names of who gives it
# "My own reading is that … closer to 12 percent", "I reckon": the figure is the writer's, whoever is named.
_OWN_FIGURE = re.compile(r"\b(?:(?:my|our)\s+(?:own\s+)?(?:reading|estimate|view|calculation|guess|count|sense)|"
                         r"I\s+(?:think|believe|estimate|reckon|would\s+say|guess)|à\s+mon\s+avis|selon\s+moi|"
                         r"je\s+(?:pense|crois|dirais|estime))\b", re.I)
# Another's figure carried by the source named: "a UN expert's estimate of", « l'estimation d'un expert ».
_ANOTHERS_ESTIMATE = re.compile(r"(?:\b(?:an?|another|one)\s+(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+(?:own\s+)?"
                                r"(?:estimate|figure|count|tally|number|calculation)|\bl['’]estimation\s+d['’]une?\s+"
                                r"[\w-]+|\bthe\s+estimate\s+of\s+an?\s+[\w-]+)[^.;]{0,40}$", re.I)
# A sentence that credits its figure to someone: a reporting verb or a name in capitals after its start.
_CREDIT = re.compile(r"\b(according|estimat\w*|count\w*|said|says|report\w*|wrote|found|put|gave|give[sn]?|"
                     r"concluded|conclusions?|findings?|selon|estim\w*|recens\w*|compt\w*|d['’]après)\b|(?<=\w )(?-i:[A-Z][\w-]+)", re.I)


@functools.lru_cache(maxsize=4096)
def _credit_words(text: str) -> str:
    """The words a sentence credits its figure with, read in English too when it is French ("des soldats
    australiens de la MINUAR" credits the UNAMIR contingent the record names in English)."""
    from factfinder.check.gloss import english_gloss

    return f"{text}{_GLOSSED}{english_gloss(text)}" if language_of(text) == "fr" else text


# Between a French sentence and its English gloss in `_credit_words`: a name is read in the gloss ("MINUAR",
# "l'ONU"), a description in the French words alone (« une association de défense des droits humains » is not
# Human Rights Watch)
_GLOSSED = " \u241e "


def _credits_words(text: str, asserted_by: str) -> bool:
    """Does the sentence credit someone described in words ("a former interior minister")? Two of
    the description's significant words, or its only one, appear in the sentence."""
    words = {w for w in re.findall(r"[a-zà-ÿ]{4,}", fold(asserted_by)) if w not in _DESCRIPTION_STOP}
    own, _, glossed = text.partition(_GLOSSED)
    mine = set(re.findall(r"[a-zà-ÿ]{4,}", fold(own)))
    # (in the gloss, only the description's own words: "military officials", not a name's "Human Rights")
    mine |= set(re.findall(r"[a-zà-ÿ]{4,}", fold(glossed))) & set(re.findall(r"\b[a-z]{4,}\b", asserted_by))
    return bool(words) and len(words & mine) >= min(2, len(words))


_DESCRIPTION_STOP = {"from", "with", "that", "this", "were", "their", "which", "team", "also", "reported", "reporting",
                     "cited", "citing", "quoted", "according", "published", "report", "never", "findings", "rwanda",
                     "rwandan", "united", "nations", "government", "people", "killed", "genocide", "estimated"}


def _credits(text: str, names: set[str]) -> bool:
    """Does the checked sentence credit its figure to one of these names?"""
    folded = re.sub(r"\bunited nations\b", "un", fold(text))
    return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", folded) for n in names)


def _periods_overlap(a: dict, b: dict) -> bool:
    if not (a.get("earliest") and b.get("earliest")):
        return True
    return a["earliest"][:10] <= (b.get("latest") or b["earliest"])[:10] + "~" and \
        b["earliest"][:10] <= (a.get("latest") or a["earliest"])[:10] + "~"


def _places_compatible(index: RecordIndex, ours: set[str], theirs: set[str]) -> bool:
    """No places on one side, or a place of one within (or the same as) a place of the other."""
    if not ours or not theirs:
        return True
    for a in ours:
        for b in theirs:
            a, b = str(a), str(b)
            if a == b or a.startswith(b + ".") or b.startswith(a + "."):
                return True
            if b in index.places.ancestors(a) or a in index.places.ancestors(b):
                return True   # Goma lies in North Kivu
    return index.places.related(ours, theirs)


def _national_credits(index: RecordIndex, figure: dict, text: str, said_by: str | None = None) -> bool:
    """Does the text credit its national toll to a source whose figure it gives? The names are
    those of every record claim on the agreeing sides of the dispute, and of the reference
    pack's figures for the toll that agree."""
    value = figure_range(figure)
    dispute = index.national_toll()
    if value is None or dispute is None or not _CREDIT.search(text):
        return False
    names: set[str] = set()
    slack = tolerance(figure)
    memo = index.__dict__.setdefault("_side_names", {})
    for number, side in enumerate(dispute["sides"]):
        low, high = side["value"].get("low"), side["value"].get("high")
        if low is None and high is None:
            continue
        side_range = (float(low if low is not None else 0), math.inf if high is None else float(high))
        if not ranges_agree(value, side_range, slack):
            continue
        if number not in memo:   # the names of a side, read once per index
            found: list[str] = []
            for cid in side["claims"][:CREDIT_CLAIMS]:
                record = index.claim_by_id(cid)
                if record is None:
                    continue
                source = index.sources.get(record["source_id"], {})
                found += [record.get("asserted_by") if record.get("asserted_by") != "author" else "",
                          source.get("author") or "", source.get("publisher") or ""]
            memo[number] = _names(*set(found))
        names |= memo[number]
    for quantity in ("genocide_victims", "genocide_victims_named", "tutsi_killed"):
        for e in index.quantities.get(quantity, []):
            r = _entry_range(e)
            if r and _within(value, r, max(slack, tolerance(e))):
                names |= _names(e["asserted_by"])
    return _credits(said_by or text, names)


# The reference quantities that are the genocide's toll: a text far below them minimises it.
GENOCIDE_TOLLS = {"genocide_victims", "genocide_victims_named", "tutsi_killed", "children_killed"}
# Counts that grow over time: figures as of different dates are a series, not a disagreement.
CUMULATIVE_CLASSES = {"cases", "convicted", "courts", "trials", "indicted", "acquitted"}
# People who fled: a count on a day or in a month is part of the totals given for longer periods.
FLOW_CLASSES = {"refugees", "displaced"}


def _longer_than(entry: dict, days: int) -> bool:
    """Does a reference entry's period run longer than `days` (undated: taken as longer)?"""
    from datetime import date

    try:
        first, last = date.fromisoformat(entry["earliest"][:10]), date.fromisoformat(entry["latest"][:10])
    except (KeyError, TypeError, ValueError):
        return True
    return (last - first).days + 1 > days
SERIES_CLASSES = {"troops", "cases", "convicted", "courts", "trials", "indicted", "acquitted", "prisoners", "detainees"}


RIVAL_GAP = 10.0        # two figures of one quantity this many times apart count different things ...
RIVAL_GAP_ELSEWHERE = 4.0   # ... and, given for two places, this many times apart


def rival_figures(a: dict, b: dict) -> bool:
    """Could two reference figures of one quantity be two views of the same count? Figures for
    one place are, unless one is more than RIVAL_GAP times the other: the "hundreds of deliberate
    executions" Amnesty counted are not an estimate of the RPF's victims beside "tens of
    thousands". Figures for two places are only when of like magnitude: a million refugees into
    Zaire and half a million into North Kivu are two estimates of one flight; the fifteen killed
    near Kabgayi are a part of the RPF's victims across Rwanda, not a rival estimate of them."""
    def bounds(e: dict) -> tuple[float, float]:
        low, high = e.get("low"), e.get("high")
        return (float(low) if low is not None else 0.0, float(high) if high is not None else math.inf)

    (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)
    gap = max(b_low / a_high if a_high else math.inf, a_low / b_high if b_high else math.inf, 1.0)
    same_place = (a.get("place") or "") == (b.get("place") or "")
    return gap <= (RIVAL_GAP if same_place else RIVAL_GAP_ELSEWHERE)


def _entries_differ(a: dict, b: dict) -> bool:
    """Do two published figures for one quantity disagree? Their bounds are compared bound by
    bound: 250,000–500,000 and "at least 350,000" give different lower bounds."""
    if not ranges_agree(_entry_range(a), _entry_range(b), APPROX_TOLERANCE):
        return True

    def said(e: dict) -> tuple[float, float]:
        # What a source says, as it says it: a range, or the one number of a bound ("at least 350,000").
        low, high = e.get("low"), e.get("high")
        return (float(low), float(high)) if low is not None and high is not None else \
            (float(low if low is not None else high),) * 2

    # A bound is a rounded figure: 1,958,634 agrees with "more than 1.8 million", 350,000 does not
    # with "at least 250,000", nor "up to 80,000" with "at least 50,000".
    open_ = any(e.get("low") is None or e.get("high") is None for e in (a, b))
    slack = APPROX_TOLERANCE if open_ else max(tolerance(a), tolerance(b))
    return not ranges_agree(said(a), said(b), slack)


def _entry_range(entry: dict) -> tuple[float, float] | None:
    """A reference figure's values; "more than N" is read as up to twice N, "up to N" as down to
    half of it: a text's figure far beyond a bound does not agree with it."""
    low, high = entry.get("low"), entry.get("high")
    if low is None and high is None:
        return None
    if high is None:
        return float(low), 2.0 * float(low)
    if low is None:
        return 0.5 * float(high), float(high)
    return float(low), float(high)


def _within(a: tuple[float, float], b: tuple[float, float], slack: float) -> bool:
    """Do two ranges overlap once the record's is widened by `slack` (once, not on both sides)?"""
    return a[0] <= b[1] * (1 + slack) and b[0] * (1 - slack) <= a[1]


def _number(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.1f}".rstrip("0").rstrip(".")


def _describe_any(value: tuple[float, float]) -> str:
    low, high = value
    if high == math.inf:
        return f"at least {_number(low)}"
    if low <= 0:
        return f"at most {_number(high)}"
    return _number(low) if low == high else f"{_number(low)}–{_number(high)}"


# The words that say what a credited figure counts ("the Tutsi killed", "survivors"); without them
# ("put the number at"), the source's figure decides the quantity.
_COUNTED_NAMED = re.compile(r"\b(?:killed|dead|deaths|died|victims|survivors|refugees|orphans|displaced|tués|morts|"
                            r"victimes|rescapés|survivants|réfugiés|orphelins)\b", re.I)
# Counts of the dead under their several names, one thing.
_KILLED_FAMILY = {"dead": "killed", "victims": "killed", "deaths": "killed", "murdered": "killed"}


def _quantity_by_credit(index: RecordIndex, values: dict, figure: dict, text: str) -> str | None:
    """The quantity a credited figure is: "the Goma Epidemiology Group later put the number at
    between 500,000 and 800,000" names no counted thing, but the record holds that group's figure,
    the same, for one quantity. None unless exactly one quantity has an entry that agrees with the
    figure, is credited to whom the sentence (or the one before it) names, and is of a compatible
    place."""
    value = figure_range(figure)
    if value is None or not _CREDIT.search(text):
        return None
    said_by = _credit_words(values.get("credit_text") or text)
    percent = figure.get("unit") == "percent"
    slack = tolerance(figure)
    named = set()
    # ("Human Rights Watch's count of the Tutsi killed … came to some 150,000": the record's 150,000 of
    # that source counts survivors, another thing than the text's)
    at = text.find(figure.get("text") or "\0")
    counted = _class(figure, values.get("event_type"), text) if at >= 0 and \
        _COUNTED_NAMED.search(text[max(0, at - 80):at]) else None
    kinds = _quantity_classes(index)
    for quantity, entries in index.quantities.items():
        theirs = {_KILLED_FAMILY.get(c, c) for c in kinds.get(quantity, (set(),))[0]}
        if (counted in _KILLED_FAMILY or counted == "killed" or counted in NOT_KILLED) and theirs and \
                _KILLED_FAMILY.get(counted, counted) not in theirs:
            continue   # (a word after the figure that names no kind of count, "800,000 over a hundred days", decides nothing)
        for entry in entries:
            r = _entry_range(entry)
            who = entry.get("asserted_by") or ""
            if not r or not who or (entry.get("unit") == "percent") != percent:
                continue
            if not (_within(value, r, max(slack, tolerance(entry))) and _within(r, value, max(slack, tolerance(entry)))):
                continue
            if not (_credits(said_by, _names(who)) or _credits_words(said_by, who)):
                continue
            row = entry.get("row")
            theirs = set(index.claim(row)["features"].get("places") or []) if row is not None and row >= 0 else set()
            if _places_compatible(index, set(values.get("places") or []), theirs):
                named.add(quantity)
    return named.pop() if len(named) == 1 else None


# The Tutsi's share of Rwanda's population, named by its words (any language the checker reads).
TUTSI_SHARE_QUANTITY = "population_tutsi_share"
_TUTSI_SHARE = re.compile(r"\bTutsis?\b(?=.*\b(?:population|Rwandans?|Rwandais|habitants|inhabitants|census|"
                          r"recensement)\b)|\b(?:population|Rwandans?|Rwandais|habitants|inhabitants)\b.*\bTutsis?\b",
                          re.I | re.S)
def _a_share_of_the_dead(quantity: str) -> bool:
    """A share among the dead or of the Tutsi (killed, survived), not the Tutsi share of the population."""
    return quantity != TUTSI_SHARE_QUANTITY and quantity.startswith(("tutsi_", "genocide_victims_tutsi"))


_OF_THE_TUTSI = re.compile(r"\s+(?:of\s+(?:the\s+|all\s+(?:the\s+)?|Rwanda['’]s\s+)?|des\s+)?Tutsis?\b", re.I)
_SHARE_OF_DEAD = re.compile(r"\b(?:killed|dead|died|murdered|victims|survived|survivors|tu[ée]s|morts|victimes|"
                            r"surviv\w+|rescap\w+|extermin\w*|massacr\w*|slaughter\w*|wiped\s+out|perish\w*|annihilat\w*|"
                            r"assassin\w*|lost\s+their\s+lives|p[ée]ri\w*|an[ée]anti\w*)\b", re.I)
# The Tutsi's share of the people told as what they made up ("the Tutsi made up perhaps 10 per cent of the
# population", « les Tutsi formaient autour de 10 % de la population »)
_POPULATION_SHARE = re.compile(r"\bTutsis?\b[^.;]{0,40}?\b(?:made\s+up|make\s+up|formed|form|constituted|constitute|"
                               r"represented|represent|comprised|accounted\s+for|were|was|formaient|forment|"
                               r"repr[ée]sentaient|repr[ée]sentent|constituaient|constituent|[ée]taient)\b[^.;]{0,40}?"
                               r"\b(?:population|Rwandans?|Rwandais|inhabitants|habitants)\b", re.I)


# The source a sentence names is the one it corrects ("the census share was too low: closer to 15 per cent").
_SOURCE_CORRECTED = re.compile(r"\b(?:too\s+(?:low|high|small|large)|under(?:stat|estimat|count|report)\w*|"
                               r"over(?:stat|estimat|count)\w*|rather\s+than|instead\s+of|(?:larger|higher|lower|"
                               r"smaller|greater)\s+than|wrong|flawed|sous-estim\w*|surestim\w*|plutôt\s+que)\b", re.I)
# Counts of an act of one day the text dates with its year: a count the record gives, on another day, is
# contradicted by the day. (Not a flight of refugees over days, nor a toll a sentence may date by
# another event it names.)
ONE_DAY_COUNTS = {"judicial_executions"}
_NATIONAL_COURT_COUNTS = {"national_trials", "national_death_sentences", "judicial_executions"}
_ICTR_COUNTS = {"convicted": "ictr_convicted", "acquitted": "ictr_acquitted", "indicted": "ictr_indicted"}
_ICTR_NAMED = re.compile(r"\b(?:ICTR|TPIR|(?:the|international|UN|Arusha)\s+tribunal|tribunal\s+(?:in\s+Arusha|"
                         r"international|pénal\s+international)|Tribunal\s+for\s+Rwanda)\b", re.I)
_NATIONAL_COURTS_NAMED = re.compile(r"\b(?:Rwandan|Rwanda['’]s|national|domestic|own|military|gacaca)\s+(?:\w+\s+)?"
                                    r"(?:courts?|tribunals?|judges|justice)|\bjuridictions?\s+rwandaises?|"
                                    r"\btribunaux\s+rwandais|\bdeath\s+(?:penalty|sentences?)|\bexecut", re.I)


# The share a sentence gives is the Hutu's ("nine in ten … were Hutu", « 90 % étaient hutu »).
_HUTU_SHARE = re.compile(r"\b(?:were|was|are|being|étaient|était|sont)\s+(?:mostly\s+|majoritairement\s+)?"
                         r"(?:ethnic\s+)?Hutus?\b|\bHutus?\s+(?:victims|dead|victimes|morts)\b", re.I)


_BASE_OF = re.compile(r"\b(?:of|among|out\s+of|sur|parmi)\s+(?:some\s+|about\s+|roughly\s+|around\s+|the\s+|"
                      r"environ\s+|quelque\s+)?$", re.I)


FAR_MAGNITUDE = 1000.0   # a figure this many times smaller or larger than every figure of a quantity counts something else


def _of_its_magnitude(value: tuple[float, float] | None, entries: list[dict]) -> bool:
    if value is None:
        return False
    size = value[1] if value[1] != math.inf else value[0]
    tops = [r[1] if r[1] != math.inf else r[0] for e in entries if (r := _entry_range(e))]
    return not tops or any(t / FAR_MAGNITUDE <= size <= t * FAR_MAGNITUDE for t in tops)


# The international tribunal's counts, named by the verb nearest a figure in a sentence about that tribunal
# ("why did the tribunal convict fewer than twenty people", "the ICTR indicted 93"): whatever record claim is
# closest in words (twenty-two people executed in Rwanda in 1998 reads close to "convict twenty people").
_COURT_COUNT_VERBS = (("ictr_convicted", re.compile(r"\b(?:convict\w*|condamn\w*|found\s+guilty)\b", re.I)),
                      ("ictr_acquitted", re.compile(r"\b(?:acquitt\w*|walked\s+free|went\s+free)\b", re.I)),
                      ("ictr_indicted", re.compile(r"\b(?:indict\w*|inculp\w*|charged|mis(?:es?)?\s+en\s+accusation)\b",
                                                  re.I)))
_OTHER_COURTS = re.compile(r"\b(?:military|national|gacaca|assizes?|assises|Belgian|French|Swiss|German|Rwandan|"
                           r"domestic|local)\s+(?:courts?|tribunals?|juridictions?)|\bcours?\s+d['’]assises\b", re.I)
COURT_COUNT_REACH = 40   # characters between a figure and the verb that says what it counts


def _court_count(index: RecordIndex, text: str, start: int, end: int, value: tuple[float, float] | None) -> str | None:
    if not (_TALLY_COURT.search(text) or re.search(r"\b(?:the|that|ce|le)\s+tribunal\b", text, re.I)) or \
            _OTHER_COURTS.search(text) or value is None:
        return None
    best = None
    for name, verb in _COURT_COUNT_VERBS:
        for m in verb.finditer(text):
            gap = start - m.end() if m.end() <= start else m.start() - end
            if m.end() <= start and re.search(r"[,;]|\b(?:and|et)\b", text[m.end():start]):
                gap += COURT_COUNT_REACH   # "93 mises en accusation, 61 condamnées": the verb of the clause before
            if 0 <= gap <= COURT_COUNT_REACH and (best is None or gap < best[0]):
                best = (gap, name)
    if best is None or best[1] not in index.quantities or not _of_its_magnitude(value, index.quantities[best[1]]):
        return None
    return best[1]


# A figure a share of which the sentence then gives: "about 7.1 million people, of whom 8.4 percent were
# registered as Tutsi", « 7,1 millions d'habitants, dont 8,4 % de Tutsi ».
_WHOLE_OF_A_SHARE = re.compile(r"\s+(?:(?:people|persons|inhabitants|residents|Rwandans|habitants|personnes|"
                               r"Rwandais)\b)?\s*,?\s*(?:of\s+whom|of\s+which|among\s+whom|dont)\s+[^.;]{0,30}?"
                               r"\d[\d.,]*\s*(?:per\s*cent|percent|%|pour\s*cent)", re.I)
ECHO_COSINE = 0.75   # a record claim this alike that states the text's figure as it is (see _quantity_finding)


def _echoes(hit: Hit, figure: dict, counted: str | None) -> bool:
    """Does the record claim state the text's figure, counting the same thing? (A bound, "as many as
    80,000", states no figure it holds.)"""
    value = figure_range(figure)
    record = hit.claim.get("features") or {}
    return counted is not None and value is not None and value[0] > 0 and any(
        _class(f, record.get("event_type"), hit.claim["text"]) == counted and (r := figure_range(f)) is not None
        and r[0] > 0 and r[1] != math.inf and ranges_agree(value, r, tolerance(figure, f))
        for f in record.get("figures") or [])


def _its_other_figure(hit: Hit, entry: dict, figure: dict, counted: str | None) -> bool:
    """Is the text's figure one the record claim states as it is, other than its quantity's (`entry`)?"""
    value, theirs = figure_range(figure), _entry_range(entry)
    return value is not None and theirs is not None and not _within(value, theirs, tolerance(figure)) and \
        _echoes(hit, figure, counted)


def _quantity_finding(index: RecordIndex, values: dict, figure: dict, hits: list[Hit], text: str,
                      name: str | None = None, name_only: bool = False) -> Finding | str | None:
    """A figure for a quantity the reference pack holds (refugees into Zaire, UNAMIR's
    strength, the Kibeho toll, the Tutsi share of the population): the quantity is named by
    the closest record claim stating one of its figures, and the text's figure is compared
    with every figure the record holds for it in the text's period. Figures of one quantity
    for different times (a force's strength month by month) are a series, not a dispute."""
    value = figure_range(figure)
    if value is None or not index.quantities:
        return None
    percent = figure.get("unit") == "percent"
    counted = _class(figure, values.get("event_type"), text)
    if counted in _KIN_WORDS:
        return None   # "41 relatives of people killed at Kibeho": no count the record keeps
    at = text.find(figure.get("text") or "\0")
    # Inhabitants, or the nation as the base of a share ("15 per cent of some 7.2 million Rwandans");
    # "a million Rwandans crossed into Zaire" are refugees.
    after = re.match(r"\s+(rwandans|rwandais|inhabitants|habitants|residents)\b",
                     text[at + len(figure.get("text") or ""):] if at >= 0 else "", re.I)
    population = counted == "inhabitants" or bool(after and (after.group(1).lower() not in ("rwandans", "rwandais")
                                                             or at > 0 and _BASE_OF.search(text[:at])))
    if name is None and not percent and at >= 0 and "population_total" in index.quantities and \
            _WHOLE_OF_A_SHARE.match(text, at + len(figure.get("text") or "")):
        name = "population_total"   # "7.1 million people, of whom 8.4 percent were Tutsi": the whole, not the part
    if name is None and not percent and at >= 0:
        name = _court_count(index, text, at, at + len(figure.get("text") or ""), value)
        if name is not None and accused_in(index, text):
            name = None   # "it acquitted Justin Mugenzi and Prosper Mugiraneza, two ministers": people, not the tally
    # An alike record claim that states this very figure of the same thing but names its quantity by
    # another of its figures: "taking away about 150,000 survivors leaves some 507,000 Tutsi killed" is
    # a statement of the Tutsi toll, and the text's "150,000 survivors" is its other figure as written,
    # no figure of that toll (the record's statement supports it as it stands).
    if name is None and not percent and not population:
        alike = [(h, found[1]) for h in hits if h.cosine >= ECHO_COSINE
                 and (found := index.quantity_of_row.get(h.row)) is not None and found[1].get("unit") != "percent"
                 and _entry_range(found[1]) is not None]
        if any(_its_other_figure(h, entry, figure, counted) for h, entry in alike) and \
                not any(_within(value, _entry_range(entry), tolerance(figure)) for _, entry in alike):
            return None
    if name is not None:
        # The quantity the sentence before counted ("A million people crossed that border in under a week"):
        # this figure must be of its magnitude.
        if name not in index.quantities or not percent and not _of_its_magnitude(value, index.quantities[name]):
            return None
        hits = []
    for hit in sorted(hits, key=lambda h: -h.cosine):
        found = index.quantity_of_row.get(hit.row)
        if found is None or hit.cosine < QUANTITY_COSINE and not (
                "place" in hit.matches and hit.cosine >= PLACE_QUANTITY_COSINE):
            continue   # (a claim about the same place names the quantity with less likeness: "the toll was 338")
        quantity, entry = found
        if (entry.get("unit") == "percent") != percent:
            continue
        if percent and _a_share_of_the_dead(quantity) and _POPULATION_SHARE.search(text) and not _SHARE_OF_DEAD.search(text):
            continue   # « les Tutsi formaient autour de 10 % de la population »: their share of the people, not of the dead
        if not percent and not _of_its_magnitude(figure_range(figure), index.quantities.get(quantity, [])):
            continue   # "seven" is no count of a quantity the record gives in hundreds of thousands
        if population and not quantity.startswith("population"):
            continue   # "15 per cent of some 7.2 million Rwandans": the whole population, whatever the closest claim counts
        record = hit.claim["features"]
        if not percent and hit.cosine >= ECHO_COSINE and _its_other_figure(hit, entry, figure, counted):
            continue   # the text's figure is this claim's other figure (see above), not its quantity's
        if not percent:
            classes = {_class(f, record.get("event_type"), hit.claim["text"]) for f in _entry_figures(record, entry)}
            if counted not in classes and None not in classes and \
                    not (counted is None and _CHANGED_TO.search(text[:max(0, at)])) and \
                    not (counted == "killed" and "troops" in classes and _quantity_classes(index)[quantity][2]
                         and at >= 0 and _TROOPS_AFTER.match(text[at + len(figure.get("text") or ""):])):
                continue   # (a bare figure a decision set, "cut UNAMIR to 2,700", counts what the record's does;
                #           soldiers all of whose counts are of killings are the killed: "killed the ten Belgian peacekeepers")
        if not _places_compatible(index, set(values.get("places") or []), set(record.get("places") or [])):
            continue   # refugees into Zaire are not refugees into Tanzania
        if _bound_elsewhere(index, quantity, values, counted, percent):
            continue   # (the survivors' share in Gikongoro is no share of the whole country)
        if counted in FLOW_CLASSES and not values.get("places") and _quantity_classes(index)[quantity][3] and \
                _unplaced_flow(index, counted, value):
            continue   # "two million Rwandans had become refugees": all of them, not those of one host country
        qs, rs = sites(values), sites(record)
        if qs and rs and not qs & rs:
            continue   # the Kibeho church is not the Kibeho camp
        qt, rt = values.get("event_type"), record.get("event_type")
        if qt and rt and not compatible(qt, rt) and not (counted == "killed" and family(qt) == family(rt) == "violence"):
            continue   # ("opened fire on the camp, killing at least 4,000": an attack's dead are a toll of killing)
        name = quantity
        break
    if not percent and not population and counted == "killed" and \
            (placed := _quantity_at_place(index, values, value)) is not None:
        name = placed   # "more than four thousand people were killed there that day" (at Kibeho): its toll, not the nation's
    if name is None:
        name = _quantity_by_likeness(index, values, figure, counted, hits, text)
    if name is None:
        name = _quantity_by_credit(index, values, figure, text)
    if name == TUTSI_SHARE_QUANTITY and percent and at >= 0 and _OF_THE_TUTSI.match(text, at + len(figure["text"])) \
            or name == TUTSI_SHARE_QUANTITY and re.search(r"\bTutsis?\b", figure.get("text") or ""):
        # "three in every four Tutsi then living in the country", "three Tutsi in every four": a share of the
        # Tutsi (the killed, or the survivors), not theirs of the population
        name = "tutsi_killed_share" if "tutsi_killed_share" in index.quantities and \
            not re.search(r"\bsurviv\w*|rescap\w+", text, re.I) else None
        if name is None:
            return None
    if name is None and percent and _TUTSI_SHARE.search(text) and not _SHARE_OF_DEAD.search(text) and \
            TUTSI_SHARE_QUANTITY in index.quantities:
        # "Les Tutsi formaient quelque 15 % de la population": no record statement is alike enough
        # across languages, but the words name the share.
        name = TUTSI_SHARE_QUANTITY
    if name is None and not percent:
        name = _quantity_by_class(index, values, counted, figure_range(figure))
        if name is None and counted in (None, "people") and values.get("event_type") == "displacement" \
                and values.get("places"):
            # "a million Rwandans crossed into Zaire": people who flee somewhere are its refugees
            # (or, inside the country, its displaced), as the record counts them.
            name = _quantity_by_class(index, values, "refugees", value) or \
                _quantity_by_class(index, values, "displaced", value)
    if name is None or name_only:
        return name
    if name in GENOCIDE_TOLLS and _BURIED.search(text):
        return None   # "more than 250,000 victims are buried at the memorial": a memorial's dead, not a toll
    if name in GENOCIDE_TOLLS and (own := _own_date(values)) and own.get("latest") and \
            own["latest"][:4] < "1994" and own["latest"][:4] == own["earliest"][:4]:
        return None   # "in 1992 about 667 Tutsi were murdered here": one year's killings before 1994, no toll of the genocide
    if name in _NATIONAL_COURT_COUNTS and _ICTR_NAMED.search(text) and not _NATIONAL_COURTS_NAMED.search(text):
        # "by its closure the tribunal had convicted 61 people": the ICTR's tally, not Rwanda's courts'
        name = _ICTR_COUNTS.get(counted or "")
        if name is None or name not in index.quantities:
            return None
    hutu_share = percent and name.endswith("tutsi_share") and _HUTU_SHARE.search(text) is not None and \
        not re.search(r"\bTutsis?\b", text, re.I)
    if hutu_share:
        # "Nine in ten of the victims counted were Hutu": a share of the others, compared with what the
        # record's Tutsi share leaves them (at most 100% less it).
        value = (max(0.0, 100.0 - value[1]), 100.0 - value[0])
    mine = _own_date(values)
    entries = [e for e in index.quantities[name] if _entry_range(e)]
    ours = _specific_places(index, values)
    if ours:
        # A count for one place is compared with the figures the record gives for that place (the
        # fifteen killed near Kabgayi), never with a figure for the whole country.
        # (A region holding the text's place counts as that place: the deaths "around Goma" are
        # those the record counts for North Kivu; a country never does.)
        within = {a for o in ours for a in index.places.ancestors(o) if "." in a}
        # (The entry's own place names it too: "the tribunal in Arusha" counts what the pack gives for
        # "Arusha (ICTR)".)
        names = {entry.canonical.lower() for o in ours if (entry := index.places.gazetteer.get(o)) is not None}
        local = [e for e in entries if any(n in (e.get("place") or "").lower() for n in names) or
                 _places_compatible(index, ours, {p for p in index.claim(e["row"])["features"].get("places") or []
                                                  if index.places.specific(p) or p in within} or {"-"})]
        if not local and not values.get("places_inherited"):
            return None
        if local and values.get("places_inherited") and not any(
                _within(value, _entry_range(e), max(tolerance(figure), tolerance(e))) for e in local):
            # A place carried from the sentence before is a guess: "tens of thousands" after a sentence on
            # the fifteen killed near Kabgayi counts the whole, not that place.
            local = []
        entries = local or entries
    days = {(e.get("earliest") or "")[:10] for e in entries} | {(e.get("latest") or "")[:10] for e in entries}
    if name in ONE_DAY_COUNTS and mine and mine["days"] <= 31 and len(days) == 1 and len(next(iter(days))) == 10 and \
            mine["earliest"][:4] in text and \
            not _periods_overlap({"earliest": mine["earliest"], "latest": mine["latest"]}, entries[0]) and \
            any(_within(value, _entry_range(e), max(tolerance(figure), tolerance(e))) for e in entries):
        # A count of one day's act (the 22 executed in public on 24 April 1998) given for another time
        # ("in April 1997"): the count is the record's, the day is not.
        evidence = [_evidence(index, index.claim(e["row"]), "contradicts", 1.0, f"the record dates it "
                              f"{next(iter(days))}") for e in entries][:MAX_EVIDENCE]
        return Finding("date", "contradicted", f"The text dates the {name.replace('_', ' ')} "
                       f"{mine['earliest'] if mine['days'] == 0 else mine['earliest'][:7]}; the record, "
                       f"{next(iter(days))} ({len(_sources(evidence, 'contradicts'))} source(s)).", evidence,
                       len(_sources(evidence, "contradicts")))
    if mine and mine["days"] <= 366 and not percent:
        # The record's figures for the text's time; none for it: the record does not say.
        # (A share of a population is one quantity whatever year a source measured it in.)
        entries = [e for e in entries if _periods_overlap({"earliest": mine["earliest"], "latest": mine["latest"]}, e)]
        if at > 0 and _CHANGED_TO.search(text[:at]):
            # "cut to 2,700 in April": the value a decision of that time set, not the one before it.
            started = [e for e in entries if (e.get("earliest") or "")[:10] >= mine["earliest"]]
            entries = started or entries
    if not percent:
        change = _CHANGED_TO.search(text[:at]) if at > 0 else None
        if change:
            # "the Council cut its force from 2,500 to just 207": the figures the record's decisions
            # of that direction set (a cut to 270), not every strength the force ever had.
            down = bool(_CUT.match(change.group(1)))
            decided = [e for e in entries if (m := _CHANGED_TO_IN.search(index.claim(e["row"])["text"]))
                       and bool(_CUT.match(m.group(1))) == down]
            entries = decided or entries
    named = _resolutions(text)
    if named:
        # "Resolution 912 cut UNAMIR to ...": the figures of that decision.
        decided = [e for e in entries if named & _resolutions(index.claim(e["row"])["text"] + " " + e["asserted_by"])]
        if not decided and len(named) == 1:
            # "Resolution 955 reduced UNAMIR to 270": the figure is another resolution's decision in the record
            others = [(e, found) for e in entries if _within(value, _entry_range(e), max(tolerance(figure), tolerance(e)))
                      and len(found := _resolutions(index.claim(e["row"])["text"] + " " + e["asserted_by"])) == 1]
            if others:
                theirs = sorted({next(iter(found)) for _e, found in others})
                evidence = [_evidence(index, index.claim(e["row"]), "contradicts", 1.0,
                                      f"the record credits it to resolution {next(iter(found))}")
                            for e, found in others][:MAX_EVIDENCE]
                return Finding("resolution", "contradicted", f"The text credits {_describe_any(value)} for the "
                               f"{name.replace('_', ' ')} to resolution {next(iter(named))}; the record, to resolution "
                               f"{' and '.join(theirs)} ({len(_sources(evidence, 'contradicts'))} source(s)).",
                               evidence, len(_sources(evidence, "contradicts")))
        entries = decided
    if not entries:
        return None
    slack = tolerance(figure)
    # A count to the unit against a count to the unit (people convicted, cases tried): 62 is not 61.
    to_the_unit = counted in CUMULATIVE_CLASSES and value[0] == value[1] and not figure.get("approx")
    agree = [e for e in entries if _within(value, _entry_range(e), 0.0 if to_the_unit and e.get("low") == e.get("high")
                                           and not e.get("approx") else max(slack, tolerance(e)))]
    disagree = [e for e in entries if e not in agree]
    said = _describe_any(value) + ("%" if percent else "")
    if hutu_share:
        said = f"{_describe_any((100.0 - value[1], 100.0 - value[0]))}% Hutu (so {said} Tutsi)"
    what = name.replace("_", " ")

    def shown(e: dict) -> str:
        low, high = e.get("low"), e.get("high")
        return _describe_any((float(low) if low is not None else 0.0, float(high) if high is not None else math.inf)) \
            + ("%" if percent else "")

    evidence = [_evidence(index, index.claim(e["row"]), "supports", 1.0,
                          f"the record has {shown(e)} ({e['asserted_by']}); the text says {said}") for e in agree]
    evidence += [_evidence(index, index.claim(e["row"]), "contradicts", 0.9, f"the record has {shown(e)} "
                           f"({e['asserted_by']}); the text says {said}") for e in disagree]
    # A dispute: two figures of the record for overlapping periods that do not agree.
    pro = len(_sources(evidence, "supports"))
    # Figures of one quantity for different times are a series, not a dispute, when the quantity
    # changes by decision or accumulates (a force's strength, cases tried); a population's share
    # or a toll given for different periods is still a disagreement.
    series = counted in SERIES_CLASSES and any(not _periods_overlap(a, b) for a in entries for b in entries)
    if not series:
        # (A part is no rival: the fifteen killed at Kabgayi do not dispute the RPF's victims across
        # Rwanda; see `rival_figures`.)
        disputing = [(a, b) for a in entries for b in entries if a is not b and _entries_differ(a, b)
                     and rival_figures(a, b)
                     and (_periods_overlap(a, b) or counted not in SERIES_CLASSES)
                     and not (counted in CUMULATIVE_CLASSES and (a.get("latest") or "")[:7] != (b.get("latest") or "")[:7])]
    else:
        disputing = []
    above = [e for e in entries if value[0] == 0.0 and _entry_range(e)[0] > value[1] * (1 + max(slack, tolerance(e)))
             * CLEAR_FACTOR]
    if above and any(not _periods_overlap(a, b) for a in entries for b in entries):
        # "never more than 300 peacekeepers": a bound on every figure of a series; one clearly above denies it.
        top = max(above, key=lambda e: _entry_range(e)[0])
        return Finding("quantity", "contradicted", f"The text says {said} for the {what}; the record has "
                       f"{shown(top)} ({top['asserted_by']}) at some time.",
                       [e for e in evidence if e.relation == "contradicts"][:MAX_EVIDENCE],
                       len(_sources(evidence, "contradicts")))
    def named_source_differs(sources: list[dict]) -> Finding:
        """The source the text credits gives another figure in the record."""
        return Finding("quantity", "contradicted", f"The text credits {said} for the {what} to a source the "
                       f"record holds giving {shown(sources[0])} ({sources[0]['asserted_by']}).",
                       [ev for ev, e in zip(evidence, agree + disagree) if e in sources][:MAX_EVIDENCE],
                       len({e["asserted_by"] for e in sources}))

    if agree and not series and not ours and len(values.get("figures") or []) + len(percent_figures(text)) <= 1 and \
            not _OWN_FIGURE.search(text) and not (at > 0 and _ANOTHERS_ESTIMATE.search(text[:at])):
        # "The UNHCR's Gersony team estimated that the RPA killed 5,000 to 10,000": the figure fits another
        # source's ("tens of thousands"), but the source the text names gives another (25,000–45,000).
        said_by = _credit_words(values.get("credit_text") or text)
        named_source = [e for e in entries if _credits(said_by, _names(e["asserted_by"]))]
        if named_source and not _SOURCE_CORRECTED.search(text) and not any(e in named_source for e in agree) and \
                all(clearly_apart(value, _entry_range(e), max(slack, tolerance(e))) for e in named_source):
            return named_source_differs(named_source)
    if agree:
        said_by = _credit_words(values.get("credit_text") or text)   # "The team concluded …": the team named just before
        if _credits(said_by, _names(*[e["asserted_by"] for e in agree])) or \
                (_CREDIT.search(text) and any(_credits_words(said_by, e["asserted_by"]) for e in agree)):
            credited = [e for e in agree if _credits(said_by, _names(e["asserted_by"]))] or agree
            return Finding("quantity", "supported", f"The text credits its {said} to a source the record holds for "
                           f"the {what}, which gives {shown(credited[0])}.", evidence, max(pro, 1))
        # The record's own figures differ (250,000–500,000 against "at least 350,000"): the text takes
        # a side of that disagreement even where its value fits both.
        rival = [b for a, b in disputing if a in agree]
        if rival:
            sides = [e for e in entries if e in agree or e in rival]
            return Finding("quantity", "disputed", f"The record's sources disagree on the {what} ("
                           f"{', '.join(sorted({shown(e) for e in sides}))}); the text's {said} agrees with "
                           f"{len(agree)} of them.",
                           [ev for ev, e in zip(evidence, agree + disagree) if e in sides], pro)
        return Finding("quantity", "supported", f"The text's {said} agrees with the record's figure for the {what} "
                       f"({shown(agree[0])}, {agree[0]['asserted_by']}).", [e for e in evidence
                                                                           if e.relation == "supports"], max(pro, 1))
    if _bound_elsewhere(index, name, values, counted, percent):
        return None
    lows = [_entry_range(e)[0] for e in entries]
    tops = [float(e["high"] if e.get("high") is not None else e["low"]) for e in entries]
    span = (min(lows), max(tops))
    factor = (1 + max(slack, APPROX_TOLERANCE)) * CLEAR_FACTOR
    beyond_series = value[0] > span[1] * factor or value[1] * factor < span[0]   # never that many, at any time
    if series and value[0] == 0.0 and value[1] * factor < span[1]:
        # "never more than 300 peacekeepers": one figure of the series clearly above the bound denies it.
        return Finding("quantity", "contradicted", f"The text says {said} for the {what}; the record has "
                       f"{describe((span[1], span[1]))} at some time.", [e for e in evidence
                                                                      if e.relation == "contradicts"][:MAX_EVIDENCE],
                       len(_sources(evidence, "contradicts")))
    if counted in FLOW_CLASSES and value[1] < span[0] and mine and mine["days"] <= 31 and \
            all(_longer_than(e, 31) for e in entries):
        return None   # 200,000 had fled by late April; the record's 500,000 is the year's total
    exact = counted in CUMULATIVE_CLASSES and value[0] == value[1] and not figure.get("approx") and all(
        e.get("low") is not None and e.get("low") == e.get("high") and not e.get("approx") for e in entries)
    held = [e for e in index.quantities[name] if e not in entries and (r := _entry_range(e))
            and _within(value, r, max(slack, tolerance(e)))] if counted not in SERIES_CLASSES and not percent else []
    if held and not ours:
        # A toll the record does give, for a period the text's own dates did not seem to cover ("the RPA
        # killed between 25,000 and 45,000 people in those months"): not a figure every source contradicts.
        return Finding("quantity", "supported", f"The text's {said} agrees with a figure the record holds for the "
                       f"{what} ({shown(held[0])}, {held[0]['asserted_by']}).",
                       [_evidence(index, index.claim(e["row"]), "supports", 1.0, f"the record has {shown(e)} "
                                  f"({e['asserted_by']}); the text says {said}") for e in held][:MAX_EVIDENCE],
                       len({e["asserted_by"] for e in held}))
    said_by = _credit_words(values.get("credit_text") or text)
    credited = [e for e in entries if _credits(said_by, _names(e["asserted_by"])) or
                (_CREDIT.search(text) and _credits_words(said_by, e["asserted_by"]))]
    at = text.find(figure.get("text") or "\0")
    if len(values.get("figures") or []) > 1 or _OWN_FIGURE.search(text) or \
            at > 0 and _ANOTHERS_ESTIMATE.search(text[:at]):
        # Arithmetic over several figures, the writer's own estimate, or "reported that a UN expert's
        # estimate of 800,000 …": the source named is not the one whose figure this is.
        credited = []
    if credited and not series and not ours and \
            all(clearly_apart(value, _entry_range(e), max(slack, tolerance(e))) for e in credited):
        # "A team working for UNHCR, led by Robert Gersony, estimated … between 2,500 and 4,500": the
        # source the text names gives another figure in the record (25,000–45,000).
        return named_source_differs(credited)
    if (not series or beyond_series) and \
            all(clearly_apart(value, _entry_range(e), max(slack, tolerance(e))) or exact for e in entries) and \
            (value[1] < span[0] or value[0] > span[1]):   # (a court's count to the unit: 75 is not 61)
        return Finding("quantity", "contradicted", f"The text says {said} for the {what}; every figure in the record "
                       f"is {'higher' if value[1] < span[0] else 'lower'} ({describe(span)}{'%' if percent else ''}).",
                       evidence, len(_sources(evidence, "contradicts")),
                       signal="minimises" if value[1] < span[0] and name in GENOCIDE_TOLLS and not ours else "")
    if disputing and not series:
        # The span of the figures that disagree with one another, not of every count of the quantity.
        sides = [e for pair in disputing for e in pair]
        span = (min(_entry_range(e)[0] for e in sides),
                max(float(e["high"] if e.get("high") is not None else e["low"]) for e in sides))
        if span[0] <= value[0] and value[1] <= span[1]:
            return Finding("quantity", "disputed", f"The record's sources disagree on the {what} ({describe(span)}"
                           f"{'%' if percent else ''}); the text's {said} lies inside that range.", evidence, 0)
    return None


_CHANGE_VERBS = (r"cut|reduced|raised|increased|expanded|lowered|scaled back|cuts|reduces|raises|increases|expands|"
                 r"reduce|raise|increase|expand|lower|scale back|"
                 r"ramen\w*|rédui\w*|augment\w*|abaiss\w*")
# In the text, right before its figure ("brought … to", « porté à » too) …
_CHANGED_TO = re.compile(rf"\b({_CHANGE_VERBS}|brought|port\w*)\b[^.;]{{0,45}}"
                         r"\b(to|à)\s+(about |around |some |environ |quelque |just |only |a mere |seulement )?$", re.I)
# … and anywhere in a record statement ("resolution 912 adjusts UNAMIR's mandate and cuts the force to 270").
_CHANGED_TO_IN = re.compile(rf"\b({_CHANGE_VERBS}|adjusts)\b[^.;]{{0,45}}"
                            r"\b(to|à)\s+(about |around |some |environ |quelque )?\d", re.I)
_CUT = re.compile(r"(cut|reduc|lower|scaled|ramen|rédui|abaiss)", re.I)


LIKE_QUANTITY_COSINE = 0.45   # a record claim stating a reference figure, less alike than QUANTITY_COSINE: ...
LIKE_MAGNITUDE = 3.0          # ... names the quantity when it counts the same thing, within this factor of a figure


def _quantity_by_likeness(index: RecordIndex, values: dict, figure: dict, counted: str | None, hits: list[Hit],
                          text: str) -> str | None:
    """The quantity of the most alike record claim stating one of its figures, when no claim is
    alike enough to name it alone: the claim must count the same thing (the same class, or both
    shares), at a magnitude within LIKE_MAGNITUDE of one of the quantity's figures, at no
    incompatible place or kind of act. Three weaker ties instead of one strong likeness: "almost
    fifty thousand of the new arrivals died" and the refugees' deaths in Zaire."""
    value = figure_range(figure)
    percent = figure.get("unit") == "percent"
    if value is None or (not percent and counted in (None, "people")):
        return None
    size = value[1] if value[1] != math.inf else value[0]
    for hit in sorted(hits, key=lambda h: -h.cosine):
        if hit.cosine < LIKE_QUANTITY_COSINE:
            break
        found = index.quantity_of_row.get(hit.row)
        if found is None:
            continue
        quantity, entry = found
        if (entry.get("unit") == "percent") != percent:
            continue
        if percent and _a_share_of_the_dead(quantity) and _POPULATION_SHARE.search(text) and not _SHARE_OF_DEAD.search(text):
            continue   # « les Tutsi formaient autour de 10 % de la population »: their share of the people, not of the dead
        record = hit.claim["features"]
        if not percent and counted not in {_class(f, record.get("event_type"), hit.claim["text"])
                                           for f in record.get("figures") or []}:
            continue
        if not any((r := _entry_range(e)) and max(r[0], 1e-9) / LIKE_MAGNITUDE <= size <= LIKE_MAGNITUDE * max(r)
                   for e in index.quantities.get(quantity, [])):
            continue
        if not _places_compatible(index, set(values.get("places") or []), set(record.get("places") or [])):
            continue
        qt, rt = values.get("event_type"), record.get("event_type")
        if qt and rt and not compatible(qt, rt):
            continue
        return quantity
    return None


def _quantity_classes(index: RecordIndex) -> dict[str, tuple[set, set, bool, set]]:
    """Reference quantity -> what its record statements count (classes), their actors, whether all
    are killings, their places. Read once per index."""
    memo = index.__dict__.setdefault("_quantity_classes", {})
    if not memo:
        for name, entries in index.quantities.items():
            classes, actors, killing, places = set(), set(), True, set()
            for e in entries:
                record = index.claim(e["row"])
                features = record["features"]
                classes |= {_class(f, features.get("event_type"), record["text"]) for f in _entry_figures(features, e)}
                actors |= set(features.get("actors") or [])
                places |= set(features.get("places") or [])
                killing = killing and features.get("event_type") in ("killing", "massacre", "assassination")
            memo[name] = (classes - {None}, actors, killing, places)
    return memo


# Soldiers the figure counts: "the ten Belgian peacekeepers", « dix Casques bleus belges ».
_TROOPS_AFTER = re.compile(r"^\s*(?:[A-Za-zÀ-ÿ]+\s+){0,2}?(?:troops|soldiers|peacekeepers|paratroopers|blue\s+helmets|"
                           r"casques\s+bleus|soldats|militaires|para-commandos|commandos)\b", re.I)


def _entry_figures(features: dict, entry: dict) -> list[dict]:
    """The figures of a record claim that state a reference entry's value (all of them when none does):
    "just over 12,000 gacaca courts had heard more than 1.2 million cases" counts cases for the cases'
    quantity, not courts."""
    figures = features.get("figures") or []
    theirs = _entry_range(entry)
    if theirs is None or entry.get("unit") == "percent":
        return figures
    own = [f for f in figures if (r := figure_range(f)) is not None and
           (abs(r[0] - theirs[0]) <= 0.02 * theirs[0] or r[1] != math.inf and abs(r[1] - theirs[1]) <= 0.02 * theirs[1])]
    return own or figures


_RESIDENT_CLASSES = {"displaced", "refugees", "survivors", "inhabitants", "orphans"}


def _bound_elsewhere(index: RecordIndex, name: str, values: dict, counted: str | None, percent: bool) -> bool:
    """Is every figure the record holds for this quantity of one place the text does not name, and is the
    text's figure of another place? People who live somewhere and shares of them are counted place by place
    (the displaced of the Kibeho camp, the survivors' share in Gikongoro): "the zone held more than a million
    displaced people" counts another place's. An act's count is the act's wherever it is told from ("all four
    officers tried for the crime were convicted" is the Kabgayi trial's), unless the text names a person none of
    its statements names ("of the four officers tried in Military I, the one acquitted was Gratien Kabiligi")."""
    bound = _common_places(index, name)
    if not bound or index.places.related(_specific_places(index, values), bound):
        return False
    if counted in _RESIDENT_CLASSES or percent:
        return True
    texts = [index.claim(e["row"])["text"] for e in index.quantities.get(name, [])]
    return any(not any(_surname(p) in t for t in texts) for p in values.get("persons") or [])


def _surname(person: str) -> str:
    return person.split()[-1] if person.split() else person


def _common_places(index: RecordIndex, name: str) -> set[str]:
    """The places finer than a country that every statement of a reference quantity names (the Kibeho camp
    for its dead; none for the RPF's killings, stated of many places and of none)."""
    memo = index.__dict__.setdefault("_common_places", {})
    if name not in memo:
        common: set[str] | None = None
        for e in index.quantities.get(name, []):
            mine = _specific_places(index, index.claim(e["row"])["features"])
            common = mine if common is None else common & mine
        memo[name] = common or set()
    return memo[name]


def _quantity_at_place(index: RecordIndex, values: dict, value: tuple[float, float] | None) -> str | None:
    """The one reference quantity of the dead whose every claim names a place finer than a country that the
    text names too (the Kibeho camp's dead), with a figure within a factor of thirty of the text's and, when the
    text dates its act, a statement of the same period: a toll at that place. (The text's place may be carried
    from the sentence before: "… were killed there".)"""
    ours = _specific_places(index, values)
    if not ours or not value:
        return None
    size = value[1] if value[1] != math.inf else value[0]
    mine = _own_date(values)
    if mine and (mine.get("days") or 0) > 62:
        return None   # "hundreds of executions between April and August": a season's killings, no toll of one place's
    found = []
    for name, (classes, _actors, killing, _places) in _quantity_classes(index).items():
        if not (killing and "killed" in classes and ours & _common_places(index, name)):
            continue
        entries = index.quantities.get(name, [])
        if not any((r := _entry_range(e)) and max(r[0], 1e-9) / 30 <= size <= 30 * max(r) for e in entries):
            continue
        # (a date of the text's own that none of the toll's statements shares: another act at the place, or
        # one the place was carried to from the sentence before)
        if mine and not any(_periods_overlap(mine, theirs) for e in entries
                            if (theirs := _own_date(index.claim(e["row"])["features"]))):
            continue
        found.append(name)
    return found[0] if len(found) == 1 else None


def _unplaced_flow(index: RecordIndex, counted: str, value: tuple[float, float] | None) -> list[str]:
    """The quantities of refugees (or displaced) whose claims name no host place, with a figure of the
    text's magnitude (within a factor of three): all who fled, not those of one host country."""
    if not value:
        return []
    return [name for name, (classes, _a, _k, places) in _quantity_classes(index).items()
            if not places and counted in classes and any(
                (r := _entry_range(e)) and r[0] / 3 <= (value[1] if value[1] != math.inf else value[0]) <= 3 * max(r)
                for e in index.quantities.get(name, []))]


def _quantity_by_class(index: RecordIndex, values: dict, counted: str | None,
                       value: tuple[float, float] | None = None) -> str | None:
    """The one reference quantity that counts the same thing (orphans; troops of the named force)
    when no retrieved claim named it: a text in another language, or one that says little else."""
    if not counted or counted in ("killed", "people"):
        return None
    memo = _quantity_classes(index)
    actors = set(values.get("actors") or [])
    killing = values.get("event_type") in ("killing", "massacre", "assassination")
    # Orphans, survivors, widows are counted in sentences about the killing or not: the kind of act
    # matters only for counts of the dead.
    found = [name for name, (classes, theirs, killed, _places) in memo.items() if counted in classes
             and (not actors or actors & theirs) and (killed == killing or counted in NOT_KILLED)]
    if len(found) > 1 and actors:
        found = [name for name in found if actors & memo[name][1]]
    ours = set(values.get("places") or [])
    if len(found) > 1 and ours:
        # Refugees into Zaire, into Tanzania, into Burundi: the quantity whose claims name a place
        # of the text's (Goma lies in Zaire), when some do.
        placed = [name for name in found if memo[name][3] and _places_compatible(index, ours, memo[name][3])]
        found = placed or found
    elif len(found) > 1 and not ours and counted in FLOW_CLASSES and (unplaced := _unplaced_flow(index, counted, value)):
        found = unplaced   # "two million Rwandans had become refugees": all of them, wherever they went
    if len(found) > 1 and value:
        # Women raped and pregnancies from rape both count "raped": the one of the text's magnitude
        # (within a factor of three of some figure of the quantity).
        found = [name for name in found if any(
            (r := _entry_range(e)) and r[0] / 3 <= (value[1] if value[1] != math.inf else value[0]) <= 3 * max(r)
            for e in index.quantities[name])]
    return found[0] if len(found) == 1 else None


# ---- denials of what the record's sources assert ----------------------------------------------------

# Each thesis: the denial's words, and the statement the record's sources make instead (searched in the
# index, found by meaning). A sentence in the author's own voice that makes the denial contradicts
# every own-voice record claim asserting the statement.
THESES = [   # statements: retrieve.THESIS_STATEMENTS, whose nearest record claims the index keeps
    ("one genocide", re.compile(r"\b((two|double|second|deux|both|twin) g[ée]nocides?|double g[ée]nocide|"
                                r"g[ée]nocides? (against|of|des|contre les) (the )?hutus?|counter-?g[ée]nocide|"
                                r"g[ée]nocides? (on|of) both sides|mutual g[ée]nocide|"
                                r"(real|true|other|vrai|véritable|autre) g[ée]nocide(?:(?!tutsi)[^.;]){0,70}"
                                r"\b(against|of|contre|des|on) (the |les )?hutus?|"
                                r"hutus? (were|was) the (real |true )?victims of (a |the )?g[ée]nocide|"
                                r"both sides (had |have )?(committed|carried out|perpetrated) (a )?g[ée]nocides?|"
                                r"les deux camps ont commis (un|des) g[ée]nocides?|"
                                r"(only|seules?|real|vraies|véritables) (real |true )?victim\w* (of|d['’]un|du) (a |the )?"
                                r"g[ée]nocide[^.;]{0,40}\bhutus?|"
                                r"(real|true|vrais?|véritables?) g[ée]nocidaires?)\b", re.I),
     THESIS_STATEMENTS["one genocide"]),
    ("planned", re.compile(r"\b((no|not|never|without|any|aucun\w*|pas de|sans|jamais eu de|pas eu de) (\w+ ){0,4}(plan|plans|planned|"
                           r"planning|premeditat\w*|planifi\w*|organi[sz]ed|prémédit\w*)|spontaneous\w*|"
                           r"spontan[ée]\w*|unplanned|not organi[sz]ed|(tribal|ethnic) (clashes|fighting|chaos)|"
                           r"affrontements interethniques)\b", re.I),
     THESIS_STATEMENTS["planned"]),
    ("a genocide", re.compile(r"\b(((was|were) not|wasn['’]t|never (was|were)|n['’](était|a) pas (été )?|"
                              r"ne (fut|furent|sont|était) pas) (a |un |une )?g[ée]nocide\b|there (was|had been) no "
                              r"g[ée]nocide|no g[ée]nocide (took place|happened|occurred)|il n['’]y a (pas|jamais) eu de "
                              r"g[ée]nocide|(just|only|merely|simply|nothing but|juste|seulement|simplement|rien d['’]autre "
                              r"qu['’]) ?(a |une )?(civil war|guerre civile)\b|chaotic civil war)", re.I),
     THESIS_STATEMENTS["a genocide"]),
]
# A sentence that rebuts the denial it names. One that only reports it ("some people say there were two
# genocides") is checked for what it reports, as a quoted claim in a fact check is.
_REJECTS_DENIAL = re.compile(r"\b(no (\w+ )?doubt|no question|without (a )?doubt|beyond (any )?doubt|undeniabl\w*|"
                             r"myth|false|faux|lie|lies|mensonge\w*|deni\w*|negation\w*|négation\w*|révisionn\w*|"
                             r"revisionis\w*|refut\w*|reject\w*|debunk\w*|so-called|prétendu\w*|theory|thèse|"
                             r"misleading|trompeu\w*|wrong|unfounded|infond\w*)\b", re.I)
# ("no more than 50,000 died in what was simply a civil war" is a bound, not a negation of the thesis)
_NEGATED_THESIS = re.compile(r"\b(not|no(?!\s+(?:more|fewer|less|longer)\b)|never|none|nothing|nor|neither|"
                             r"rather than|instead of|far from|opposite of|contrary to|pas|jamais|aucun\w*|ni|"
                             r"plutôt que|loin d['’]être|contraire d\w*)\b"
                             r"[\w\s,'’\"“«]{0,45}$", re.I)
# A thesis named in quotation marks after words that talk about it ("talk of a \"double genocide\"",
# « parler de « double génocide » »): the phrase mentioned, not asserted.
_THESIS_MENTIONED = re.compile(r"(talk|speak|speaking|talking|notion|idea|claims?|label|term|words?|phrase|slogan|"
                               r"thesis|narrative|parler|parlent|thèse|idée|discours|récit)\s+(of\s+|about\s+|"
                               r"de\s+|d['’]\s*|du\s+)?(a\s+|an\s+|the\s+|un\s+|une\s+)?[\"“«]\s*$", re.I)
THESIS_COSINE = 0.45
# What a record claim must say to assert the thesis (not a title, a table row or another subject).
THESIS_WORDS = {
    "one genocide": re.compile(r"\bg[ée]nocide (against|of|des|contre les) (the )?tutsi", re.I),
    "planned": re.compile(r"\b(plan\w*|planifi\w*|organi[sz]\w*|prepar\w*|prémédit\w*|premeditat\w*|"
                          r"systematic\w*|systématique\w*)", re.I),
    "a genocide": re.compile(r"\b(genocide (against|of) (the )?tutsi|génocide (des|contre les) tutsi|constitute[sd]? "
                             r"genocide|acts of genocide|genocide had been committed|was (a )?genocide|"
                             r"convicted of genocide|guilty of genocide)", re.I),
}


def _is_statement(text: str) -> bool:
    """A sentence that asserts something: not a title, a heading or a table row."""
    return "|" not in text and (len(text.split()) >= 15 or bool(_STATEMENT_END.search(text)))


def _thesis_claims(index: RecordIndex, name: str) -> list[tuple[dict, float]]:
    """The record claims nearest to a thesis's statement, found when the index was built."""
    return [(index.claim(int(row)), cosine) for row, cosine in index.theses.get(name, [])]


def _thesis_evidence(index: RecordIndex, name: str) -> list[Evidence]:
    """The record's own-voice statements against a denial thesis, as evidence contradicting it."""
    return [_evidence(index, record, "contradicts", cosine, "the record's source says so")
            for record, cosine in _thesis_claims(index, name) if cosine >= THESIS_COSINE and
            record["stance"] in ("asserts", "reports") and record["id"] > 0 and
            THESIS_WORDS[name].search(record["text"]) and _is_statement(record["text"])]


def _thesis_finding(index: RecordIndex, claim: dict, stance: str) -> Finding | None:
    """A denial of what the record's sources assert: "there were two genocides", "there was no
    plan", "it was not a genocide" — in the author's own voice, not reported or rebutted."""
    text = claim["text"]
    if _REJECTS_DENIAL.search(text) or _REBUTS_INTENT.search(text) or stance == "questions":
        return None
    for name, pattern, statement in THESES:
        found = pattern.search(text)
        if not found:
            continue
        if name != "planned" and _NEGATED_THESIS.search(text[:found.start()]):
            continue   # "not as a double genocide": the denial named in order to reject it
        if _THESIS_MENTIONED.search(text[:found.start()]):
            continue   # "talk of a \"double genocide\"": the phrase mentioned, not asserted
        if name == "planned" and re.search(r"\b(opposite of|contrary to|no evidence that|aucune preuve que)\b"
                                           r"[^.;]{0,40}$", text[:found.start()], re.I):
            continue   # "the opposite of a spontaneous reaction", "no evidence that the killings were unplanned"
        if name == "planned" and re.search(r"\b(not|rather than|instead of|plutôt que|pas)\s+(as\s+)?(an?\s+|some\s+|"
                                           r"une?\s+)?(\w+\s+)?$", text[:found.start()], re.I) and \
                not re.match(r"(no|not|never|without|pas|jamais|aucun)", found.group(0), re.I):
            continue   # "organised, not as some spontaneous outburst"
        if name == "planned" and not (claim.get("topic") or re.search(
                r"g[ée]nocid|killing|massacr|extermin|tueri|violence|Tutsi|clashes|fighting|affrontement|combats|"
                r"tribal|interethni|tuerie|meurtre", text, re.I)):
            continue   # "no plan" for something else, in a text not about the killing
        if name == "one genocide" and not re.search(r"hutu|tutsi|rpf|fpr|rwand|both sides|1994", text, re.I):
            continue   # "two genocides of the twentieth century": other genocides
        evidence = _thesis_evidence(index, name)
        if not evidence:
            continue
        return Finding("thesis", "contradicted", f"The text denies what {len(_sources(evidence, 'contradicts'))} "
                       f"source(s) of the record assert: {statement[0].lower()}{statement[1:]}",
                       evidence[:MAX_EVIDENCE],
                       len(_sources(evidence, "contradicts")), signal=f"thesis:{name}")
    return None


THESIS_SUPPORT_COSINE = 0.60   # a record claim asserting the thesis, this alike to the text's sentence


# The genocide named in the title of a day, a memorial or a commemoration asserts nothing about it.
_NAMED_IN_A_TITLE = re.compile(r"\b(day of (reflection|remembrance)|journée (internationale )?de réflexion|"
                               r"commemorat\w*|commémor\w*|memorial|mémorial|museum|musée|anniversary|anniversaire|"
                               r"remembrance|in memory of|kwibuka)\b[^.;:]{0,40}$", re.I)


def _thesis_support(index: RecordIndex, claim: dict, hits: list[Hit]) -> Finding | None:
    """A sentence that asserts, in the words the record's sources use, what they assert against
    a denial thesis ("the Commission found the genocide planned, systematic and methodical"),
    supported by those record claims it reads like."""
    text = claim["text"]
    if _DENIED_CONTENT.search(text) or claim.get("stance") == "questions":
        return None
    for name, pattern, _statement in THESES:
        words = THESIS_WORDS[name].search(text)
        if pattern.search(text) or not words:
            continue
        if _NAMED_IN_A_TITLE.search(text[:words.start()]):
            continue   # "the International Day of Reflection on the 1994 Genocide against the Tutsi": a name
        asserting = {int(row) for row, cosine in index.theses.get(name, []) if cosine >= THESIS_COSINE}
        evidence = [_evidence(index, hit.claim, "supports", hit.score, "the record's source says the same")
                    for hit in hits if hit.row in asserting and hit.cosine >= THESIS_SUPPORT_COSINE
                    and hit.claim["stance"] in ("asserts", "reports") and THESIS_WORDS[name].search(hit.claim["text"])
                    and _is_statement(hit.claim["text"])]
        if evidence:
            return Finding("meaning", "supported", f"{len(_sources(evidence, 'supports'))} source(s) of the record "
                           "say the same.", evidence[:MAX_EVIDENCE], len(_sources(evidence, "supports")))
    return None


# ---- who a named person was: nationality and office -----------------------------------------------------------

# "Its force commander, Roméo Dallaire, was a Belgian general" where the record has "the Canadian general
# Roméo Dallaire"; "with Faustin Twagiramungu as president" where it has him "as Prime Minister". A
# person's nationality or office, written next to the name, is compared with what the record's statements
# write next to the same name. Only a conflict is read: a nationality the record shares says little of
# the rest of the sentence.
NATIONALITIES = {
    "canadian": "Canadian", "canadien": "Canadian", "canadienne": "Canadian", "belgian": "Belgian",
    "belge": "Belgian", "french": "French", "français": "French", "française": "French",
    "senegalese": "Senegalese", "sénégalais": "Senegalese", "sénégalaise": "Senegalese", "ghanaian": "Ghanaian",
    "ghanéen": "Ghanaian", "rwandan": "Rwandan", "rwandais": "Rwandan", "rwandaise": "Rwandan",
    "burundian": "Burundian", "burundais": "Burundian", "ugandan": "Ugandan", "ougandais": "Ugandan",
    "tanzanian": "Tanzanian", "tanzanien": "Tanzanian", "american": "American", "américain": "American",
    "américaine": "American", "british": "British", "britannique": "British", "dutch": "Dutch",
    "néerlandais": "Dutch", "swiss": "Swiss", "suisse": "Swiss", "nigerian": "Nigerian", "nigérian": "Nigerian",
    "congolese": "Congolese", "congolais": "Congolese", "zairean": "Zairean", "zaïrois": "Zairean",
    "kenyan": "Kenyan", "german": "German", "allemand": "German", "italian": "Italian", "italien": "Italian",
    "australian": "Australian", "australien": "Australian", "tunisian": "Tunisian", "tunisien": "Tunisian",
    "malian": "Malian", "malien": "Malian", "ethiopian": "Ethiopian", "éthiopien": "Ethiopian",
    "pakistani": "Pakistani", "bangladeshi": "Bangladeshi", "indian": "Indian", "gambian": "Gambian",
    "cameroonian": "Cameroonian", "camerounais": "Cameroonian", "togolese": "Togolese", "togolais": "Togolese",
}
OFFICES = {
    "president": "president", "président": "president", "presidente": "president",
    "prime minister": "prime minister", "premier ministre": "prime minister",
    "vice-president": "vice-president", "vice president": "vice-president", "vice-président": "vice-president",
    "mayor": "mayor", "bourgmestre": "mayor", "prefect": "prefect", "préfet": "prefect",
    "force commander": "force commander", "commander": "commander", "commandant": "commander",
    "prosecutor": "prosecutor", "procureur": "prosecutor", "chief of staff": "chief of staff",
    "chef d'état-major": "chief of staff", "defence minister": "defence minister", "ministre de la défense":
    "defence minister", "foreign minister": "foreign minister", "ministre des affaires étrangères": "foreign minister",
}
_NATIONALITY_WORDS = "|".join(sorted(map(re.escape, NATIONALITIES), key=len, reverse=True))
_OFFICE_WORDS = "|".join(sorted(map(re.escape, OFFICES), key=len, reverse=True))
# the role nouns that may stand between a nationality and the name ("the Canadian general Roméo Dallaire")
_ROLE_NOUNS = (r"(?:general|lieutenant-general|major-general|brigadier|colonel|major|captain|officer|commander|judge|"
               r"lawyer|priest|nun|journalist|diplomat|historian|president|minister|prosecutor|peacekeeper|soldier|"
               r"businessman|singer|writer|author|général|colonel|capitaine|juge|avocat|prêtre|journaliste|"
               r"diplomate|historien|ministre|procureur|homme d'affaires|chanteur)")


def _attributes_at(text: str, surname: str) -> tuple[set[str], set[str]]:
    """The nationalities and offices written next to each mention of `surname` in `text`."""
    nationalities: set[str] = set()
    offices: set[str] = set()
    for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
        before, after = text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 80]
        # "the Canadian general Roméo Dallaire", « le général canadien Roméo Dallaire »
        # (and "a Belgian general, Roméo Dallaire": the role and the name in apposition)
        found = re.search(rf"\b({_NATIONALITY_WORDS})\s+(?:{_ROLE_NOUNS}\s+){{0,1}}(?:{_ROLE_NOUNS},?\s+)?"
                          rf"(?:[A-ZÀ-Ý][\w'’.-]+\s+){{0,3}}$",
                          before, re.I) or re.search(rf"\b{_ROLE_NOUNS}\s+({_NATIONALITY_WORDS})\s+"
                                                     rf"(?:[A-ZÀ-Ý][\w'’.-]+\s+){{0,3}}$", before, re.I)
        if found:
            nationalities.add(NATIONALITIES[found.group(1).lower()])
        # "Roméo Dallaire, a Belgian general", "Dallaire, the Canadian commander"; "…, was a Belgian general"
        found = re.match(rf"\s*,\s*(?:(?:who|qui)\s+(?:was|is|était|est)\s+)?(?:(?:a|an|the|le|la|un|une)\s+)?"
                         rf"(?:former\s+|ancien\s+|ancienne\s+)?({_NATIONALITY_WORDS})\b", after, re.I) or \
            re.match(rf"\s*,?\s+(?:was|is|était|est)\s+(?:a|an|un|une)\s+({_NATIONALITY_WORDS})\s+{_ROLE_NOUNS}\b",
                     after, re.I) or \
            re.match(rf"\s*,\s*(?:(?:a|an|the|le|la|un|une)\s+)?{_ROLE_NOUNS}\s+({_NATIONALITY_WORDS})\b", after, re.I)
        if found:
            nationalities.add(NATIONALITIES[found.group(1).lower()])
        # "Faustin Twagiramungu as Prime Minister", « Twagiramungu comme Premier ministre »
        found = re.match(rf"\s+(?:as|comme|en tant que)\s+(?:the\s+|le\s+|la\s+)?(?:new\s+|nouveau\s+)?({_OFFICE_WORDS})\b",
                         after, re.I)
        if found:
            offices.add(OFFICES[found.group(1).lower()])
    return nationalities, offices


def _person_finding(index: RecordIndex, text: str, values: dict) -> Finding | None:
    """A named person given a nationality or office the record's statements about them do not give."""
    persons = [p for p in values.get("persons") or [] if len(p.split()) >= 2]
    # (a name the extractor did not tag: "with Faustin Twagiramungu as president")
    persons += [m.group(0) for m in _FULL_NAME.finditer(text) if m.group(0) not in persons
                and m.group(0).split()[-1].lower() not in _NOT_SURNAMES]
    if not persons or not (_ANY_NATIONALITY.search(text) or _AS_OFFICE.search(text)):
        return None
    for person in persons:
        surname = person.split()[-1]
        if len(surname) < 4:
            continue
        mine_nat, mine_office = _attributes_at(text, surname)
        if not mine_nat and not mine_office:
            continue
        theirs_nat, theirs_office = _record_attributes(index, surname)
        for mine, theirs, what in ((mine_nat, theirs_nat, "nationality"), (mine_office, theirs_office, "office")):
            if mine and theirs and not mine & set(theirs):
                records = [r for rs in theirs.values() for r in rs][:MAX_EVIDENCE]
                evidence = [_evidence(index, r, "contradicts", 1.0, f"the record writes {person} as "
                                      f"{' or '.join(sorted(theirs))}; the text, {' or '.join(sorted(mine))}")
                            for r in records]
                return Finding("person", "contradicted", f"The text gives {person} another {what} than the record: "
                               f"{' or '.join(sorted(mine))}, where the record has {' or '.join(sorted(theirs))}.",
                               evidence, len(_sources(evidence, "contradicts")))
    return None


# A role held at an event, named with its holder ("with Paul Kagame as president", "the RPF's chairman, Paul
# Kagame", "President Juvénal Habyarimana", « avec Pasteur Bizimungu comme président »): the record's account of
# the same event naming another holder of that role contradicts it. Only roles one person holds at a time.
_ROLE_WORDS = {"president": "president", "président": "president", "chairman": "chairman",
               "prime minister": "prime minister", "premier ministre": "prime minister"}
_ROLE = r"(?P<role>[Pp]resident|[Pp]résident|[Cc]hairman|[Pp]rime\s+[Mm]inister|[Pp]remier\s+ministre)"
_HOLDER = r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]{3,})"
_ROLE_HELD = [
    re.compile(_HOLDER + r"\s+(?:as|comme)\s+(?:its\s+|the\s+|le\s+|son\s+)?(?:new\s+|nouveau\s+)?" + _ROLE + r"\b"),
    re.compile(r"(?:\b(?:RPF|FPR)['’]?s?\s+)?\b" + _ROLE + r",?\s+" + _HOLDER),
    re.compile(_HOLDER + r",\s+(?:the\s+|then\s+|le\s+)?(?:(?:RPF|FPR)['’]?s?\s+)?"
               r"(?P<role>president|président|chairman|prime\s+minister|premier\s+ministre)\b"),
]
ROLE_EVENT_COSINE = 0.50   # the record's account of the same event: this alike, and the nearest two
# What the role is of (the RPF's chairman is not the country's president)
_ROLE_OF = re.compile(r"\b(?:RPF|FPR|rebels?|MRND|CDR|MDR|party|parti|Interahamwe|court|tribunal|chamber|"
                      r"commission|Council|Conseil|association|Ibuka|university)\W+(?:\w+\W+)?$", re.I)


_NAME_IN_LIST = r"(?:(?:President|Prime\s+Minister|RPF\s+chairman|chairman|Colonel|General|the\s+RPF['’]s\s+chairman,)\s+)?" \
                r"(?:[A-ZÀ-Ý][\w'’-]+\s+){{0,2}}(?P<{}>[A-ZÀ-Ý][\w'’-]{{3,}})"
# The two who signed ("signed by Habyarimana and Paul Kagame", "Habyarimana and Kanyarengwe sign", « signé par
# … et … »): a signing's parties are one role.
_SIGNED_BY = re.compile(r"\bsign\w*\s+(?:[\w'’-]+\s+){0,6}?(?:by|par)\s+" + _NAME_IN_LIST.format("a") +
                        r"(?:\s+and\s+|\s+et\s+|,\s+)(?:(?:for|pour)\s+(?:the\s+|les\s+)?\w+\s+(?:by|par)\s+)?" +
                        _NAME_IN_LIST.format("b") + r"|" + _NAME_IN_LIST.format("c") + r"\s+(?:and|et)\s+" +
                        _NAME_IN_LIST.format("d") + r"\s+(?:sign|signed|signent|signèrent|ont\s+signé)\b")


def _roles_named(text: str) -> dict[str, set[str]]:
    """{role: the family names of those the text names in it}."""
    out: dict[str, set[str]] = defaultdict(set)
    m = _SIGNED_BY.search(text)
    if m:
        out["signatory"] |= {n for n in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if n}
    for pattern in _ROLE_HELD:
        for m in pattern.finditer(text):
            role = _ROLE_WORDS[re.sub(r"\s+", " ", m.group("role").lower())]
            if role == "president" and _ROLE_OF.search(text[max(0, m.start("role") - 30):m.start("role")]):
                role = "chairman"   # "the RPF president": the movement's, not the country's
            name = m.group("name").split()
            if name[-1].lower() in _NOT_SURNAMES or name[-1] in ("The", "Le", "La", "Its", "Son", "His"):
                continue
            out[role].add(re.sub(r"['’]s?$", "", name[-1]))   # ("President Habyarimana's plane")
    return out


def _act_kinds(text: str) -> set[str]:
    """The kinds of once-only act a text names ("sign", "take_office"), of whatever thing."""
    return {key.split("|")[0] for key in acts_named(text)} | set(_acts_in(text))


def _role_holder_finding(index: RecordIndex, text: str, values: dict, hits: list[Hit]) -> Finding | None:
    """A role at an event given to another person than the record's account of that event gives it ("A
    government of national unity was sworn in on 19 July with Paul Kagame as president", where the record
    has Pasteur Bizimungu as President; "signed … by the RPF's chairman, Paul Kagame", where it has Alexis
    Kanyarengwe)."""
    mine = _roles_named(text)
    acts = _act_kinds(text)
    if not mine or not acts:
        return None
    own = _own_date(values)
    months = {MONTH_NUMBERS[w] for w in re.findall(r"[a-zéû]+", fold(text)) if w in MONTH_NUMBERS}
    for hit in sorted(hits, key=lambda h: -h.cosine)[:2]:
        if hit.cosine < ROLE_EVENT_COSINE or hit.claim["id"] <= 0 or not acts & _act_kinds(hit.claim["text"]):
            continue   # (the same act: a government sworn in, an agreement signed)
        theirs = _roles_named(hit.claim["text"])
        date = _record_date(index, hit)
        if own and date and date.get("earliest") and not _periods_overlap(own, date):
            continue   # (another year's president)
        if not own and months and date and date.get("earliest") and int(date["earliest"][5:7]) not in months:
            continue   # "9 April - An interim government is sworn in": not the July government
        for role, people in mine.items():
            others = theirs.get(role, set()) - people
            if not others or theirs.get(role, set()) & people:
                continue
            if any(p in hit.claim["text"] for p in people):
                continue   # the record's account names them too, in another role
            evidence = [_evidence(index, hit.claim, "contradicts", hit.score,
                                  f"the record's account has {', '.join(sorted(others))} as {role}; the text, "
                                  f"{', '.join(sorted(people))}")]
            return Finding("person", "contradicted", f"The text makes {', '.join(sorted(people))} the {role}; the "
                           f"record's account of the same event has {', '.join(sorted(others))}.", evidence,
                           len(_sources(evidence, "contradicts")))
    return None


# "Ten Ghanaian peacekeepers … were killed" where the record has ten Belgian ones: a group of people
# named by nationality (peacekeepers, troops, nuns) is compared with the same group in the record's
# account of the same incident: the same count of them, or an account read as the same statement.
_GROUP_NOUNS = {
    "peacekeeper": "troops", "peacekeepers": "troops", "soldier": "troops", "soldiers": "troops", "troops": "troops",
    "paratroopers": "troops", "para-commandos": "troops", "blue helmets": "troops", "casques bleus": "troops",
    "soldats": "troops", "militaires": "troops", "parachutistes": "troops", "contingent": "troops",
    "battalion": "troops", "bataillon": "troops", "officers": "officers", "officiers": "officers",
    "observers": "observers", "observateurs": "observers", "nationals": "nationals", "citizens": "nationals",
    "ressortissants": "nationals", "nuns": "nuns", "religieuses": "nuns", "priests": "priests", "prêtres": "priests",
}
_GROUP_WORDS = "|".join(sorted(map(re.escape, _GROUP_NOUNS), key=len, reverse=True))
_GROUP_NATIONALITY = re.compile(
    rf"(?:(?P<count>\d[\d,.]*\d|\b\w+)\s+)?\b(?P<nat>{_NATIONALITY_WORDS})\s+(?:(?:UN|U\.N\.|UNAMIR|MINUAR)\s+)?"
    rf"(?P<noun>{_GROUP_WORDS})\b"
    rf"|(?:(?P<count2>\d[\d,.]*\d|\b\w+)\s+)?\b(?P<noun2>{_GROUP_WORDS})\s+(?:(?:de la |de l['’])?(?:ONU|MINUAR)\s+)?"
    rf"(?P<nat2>(?:{_NATIONALITY_WORDS})s?)\b", re.I)   # « dix casques bleus belges », « soldats ghanéens »
_GROUP_NOUN = re.compile(rf"\b(?:{_GROUP_WORDS})\b", re.I)
GROUP_COUNTED_COSINE = 0.50   # with the same count of them, this alike is the same incident
GROUP_ALIKE_COSINE = 0.85     # without a count, only an account read as the same statement


def _groups(text: str) -> list[tuple[float | None, str, str]]:
    """(count or None, nationality, kind of group) for each group of people named by nationality."""
    from factfinder.extract.numbers import parse_number

    out = []
    if not _GROUP_NOUN.search(text):
        return out   # (the one alternation is quick; the nationalities around it are not)
    for m in _GROUP_NATIONALITY.finditer(text):
        nat, noun, count = (m.group("nat"), m.group("noun"), m.group("count")) if m.group("nat") else \
            (m.group("nat2"), m.group("noun2"), m.group("count2"))
        number = (parse_number(count, "en") or parse_number(count, "fr")) if count else None
        nat = nat.lower() if nat.lower() in NATIONALITIES else nat.lower()[:-1]
        out.append((float(number) if isinstance(number, (int, float)) else None, NATIONALITIES[nat],
                    _GROUP_NOUNS[noun.lower()]))
    return out


def _group_nationality_finding(index: RecordIndex, text: str, values: dict, hits: list[Hit]) -> Finding | None:
    """A group of people given another nationality than the record's account of the same incident gives it."""
    mine = _groups(text)
    if not mine:
        return None
    said = {(kind, nat) for _, nat, kind in mine}
    qt = values.get("event_type")
    for hit in sorted(hits, key=lambda h: -h.cosine):
        if hit.cosine < GROUP_COUNTED_COSINE or hit.claim["id"] <= 0:
            continue
        rt = hit.claim["features"].get("event_type")
        if qt and rt and not compatible(qt, rt):
            continue
        theirs = _groups(hit.claim["text"])
        for count, nat, kind in mine:
            other = [(c, n) for c, n, k in theirs if k == kind and n != nat and (kind, n) not in said]
            if not other or any(k == kind and n == nat for _, n, k in theirs):
                continue
            same_count = count is not None and any(c == count for c, _ in other)
            if not (same_count or count is None and hit.cosine >= GROUP_ALIKE_COSINE):
                continue
            record_nat = other[0][1]
            evidence = [_evidence(index, hit.claim, "contradicts", hit.score,
                                  f"the record's account has them {record_nat}; the text, {nat}")]
            return Finding("person", "contradicted", f"The text makes the {kind} {nat}; the record's account of the "
                           f"same incident has them {record_nat}.", evidence, len(_sources(evidence, "contradicts")))
    return None


ATTRIBUTE_ROWS = 200   # record claims (and as many kept sentences) naming the person, read for their attributes


_ANY_NATIONALITY = re.compile(rf"\b({_NATIONALITY_WORDS})\b", re.I)
_AS_OFFICE = re.compile(rf"\b(as|comme|en tant que)\s+(the\s+|le\s+|la\s+)?(new\s+|nouveau\s+)?({_OFFICE_WORDS})\b", re.I)


def _record_attributes(index: RecordIndex, surname: str) -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """The nationalities and offices the record writes next to `surname`, each with the statements
    that write it (kept per index)."""
    memo = index.__dict__.setdefault("_attributes", {})
    if surname not in memo:
        nationalities: dict[str, list[dict]] = defaultdict(list)
        offices: dict[str, list[dict]] = defaultdict(list)
        for record in _naming(index, surname):
            nat, office = _attributes_at(record["text"], surname)
            for n in nat:
                nationalities[n].append(record)
            for o in office:
                offices[o].append(record)
        memo[surname] = (nationalities, offices)
    return memo[surname]


def _naming(index: RecordIndex, surname: str) -> list[dict]:
    """The record's claims and kept sentences that write `surname` (kept per index: a name is looked up
    once)."""
    memo = index.__dict__.setdefault("_naming", {})
    if surname not in memo:
        claims = [index.claim(row) for row in index.rows_with_words([surname])[:ATTRIBUTE_ROWS]]
        found = [c for c in claims if c["id"] > 0 and surname in c["text"]]
        found += [x for x in index.sentences if surname in x["text"]][:ATTRIBUTE_ROWS]
        memo[surname] = found
    return memo[surname]
_FULL_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:[- ][A-ZÀ-Ý][a-zà-ÿ'’]+)+\b")
_NOT_SURNAMES = {"minister", "council", "front", "nations", "tribunal", "court", "chamber", "army", "government",
                 "republic", "commission", "general", "patriotic", "rights", "watch", "guard", "assembly", "union",
                 "kingdom", "states", "africa", "mission", "force", "office", "ministre", "conseil", "cour", "armée",
                 "gouvernement", "république", "présidentielle", "unies", "humanitaire", "zone", "turquoise"}


# ---- the international tribunal and the RPF ----------------------------------------------------------------

# "The international tribunal never indicted a single member of the RPF", « le TPIR n'a poursuivi aucun
# membre du FPR », "none of them came from the RPF": a statement of the genre, in many words, that the
# record's sources make too. Both sides are read by these patterns: the tribunal, the RPF's side, and a
# prosecution denied in the same clause.
_INTERNATIONAL_COURT = re.compile(r"\b(ICTR|TPIR|Arusha|(international|UN|U\.N\.) (criminal )?tribunal|the tribunal|"
                                  r"tribunal p[ée]nal international|the court in Arusha)\b", re.I)
_RPF_SIDE = re.compile(r"\b(RPF|FPR|RPA|APR|Rwandan Patriotic (Front|Army)|Front patriotique|Arm[ée]e patriotique|"
                       r"Inkotanyi)\b", re.I)
_NOT_PROSECUTED = re.compile(
    r"\b(never|not (a single|one|once|any)|no (member|officer|soldier|suspect|one|RPF|RPA)|none|nobody|zero|"
    r"jamais|aucun\w*|pas un seul|personne)\b[^.;:]{0,60}?\b(indict\w*|prosecut\w*|charg\w*|tried|try|trial|"
    r"put \w+ on trial|poursuiv\w*|poursuit\w*|inculp\w*|jug\w*|accus\w*|mis en accusation)"
    r"|\b(indict\w*|prosecut\w*|charg\w*|tried|convict\w*|poursuiv\w*|jug\w*|condamn\w*)\b[^.;:]{0,60}?\b(no|none|"
    r"not a single|aucun\w*|pas un seul)\b[^.;:]{0,40}\b(RPF|FPR|RPA|APR|Rwandan Patriotic)"
    r"|\bnone of (them|those)\b[^.;:]{0,30}\b(RPF|FPR|RPA|APR)"
    r"|\b(did not|didn't|has not|hasn't|had not|have not|was not|were not|n'a pas|n’a pas)\s+(\w+\s+)?(indict\w*|"
    r"prosecut\w*|charg\w*|tr(y|ied)|poursuiv\w*|inculp\w*|jug\w*)", re.I)
_PROSECUTION_AFFIRMED = re.compile(r"\b(it is (false|untrue|not true|a myth) that|contrary to|did indict|indicted (several|"
                                   r"two|three|some) RPF|il est faux)\b", re.I)


def _states_unprosecuted(text: str) -> bool:
    return bool(_INTERNATIONAL_COURT.search(text) and _RPF_SIDE.search(text) and _NOT_PROSECUTED.search(text)
                and not _PROSECUTION_AFFIRMED.search(text))


def _unprosecuted_finding(index: RecordIndex, text: str) -> Finding | None:
    """A text that says the international tribunal prosecuted no one of the RPF: supported by the
    record's own statements of it, the most credible first."""
    if not _states_unprosecuted(text):
        return None
    memo = index.__dict__.setdefault("_unprosecuted", {})
    if "rows" not in memo:
        memo["rows"] = [row for row in index.rows_with_words(["rpf", "fpr", "rpa", "apr", "patriotic"])
                        if _states_unprosecuted(index.claim(row)["text"]) and index.claim(row)["id"] > 0
                        and index.claim(row)["stance"] in ("asserts", "reports", "denies")]
    records = sorted((index.claim(row) for row in memo["rows"]),
                     key=lambda r: (r.get("credibility") or 7, r["asserted_by"] != "author", r["id"]))
    evidence = [_evidence(index, record, "supports", explanation="the record's source says the tribunal prosecuted no "
                          "one of the RPF") for record in records[:MAX_EVIDENCE]]
    if not evidence:
        return None
    return Finding("meaning", "supported", f"{len(_sources(evidence, 'supports'))} source(s) of the record say the "
                   "international tribunal prosecuted no member of the RPF.", evidence,
                   len(_sources(evidence, "supports")))


# ---- a finding the record says was ruled out: "the Duclert report concluded that France was complicit" ----

# The record's statements that a body ruled a finding out (« tout en écartant la notion de complicité au sens
# juridique », "while ruling out complicity in the legal sense"), and a text that names the same body and
# states the finding as made.
_COMPLICITY = re.compile(r"\bcomplicit\w*|\bcomplicit[ée]s?\b", re.I)
_RULED_OUT_COMPLICITY = re.compile(
    r"\b(?:[ée]cart\w*|ruling\s+out|ruled\s+out|rules?\s+out|exclu\w*|exclud\w*|reject\w*|rejet\w*|without|sans|"
    r"pas\s+de|no|not)\s+(?:(?:la\s+notion\s+de|the\s+notion\s+of|any|toute?|of)\s+)?[«“\"]?\s*(?:complicit\w*|"
    r"complicit[ée])", re.I)
_NOT_FOUND_BEFORE = re.compile(r"\b(?:not|no|never|n['’]|pas|jamais|aucune?|ruled?\s+out|ruling\s+out|[ée]cart\w*|"
                               r"exclu\w*|without|sans|short\s+of|rather\s+than|instead\s+of|plut[ôo]t\s+que|"
                               r"stopp\w*\s+short|reject\w*|rejet\w*|deni\w*|ni)\b(?!\s+only\b|\s+seulement\b)"
                               r"[^.;]{0,70}$", re.I)
_NAME_WORD = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{4,}\b")


def _ruled_out_finding(index: RecordIndex, text: str, previous: str = "") -> Finding | None:
    """A text stating as found what the record says a named body ruled out ("the Duclert report
    concluded that France was complicit", « a conclu à la complicité de la France ») is contradicted
    by the record's statements of the ruling out that share a name with it (Duclert). A text that
    says the finding was not made, or was ruled out, is left to the other readings."""
    found = _COMPLICITY.search(text)
    if not found or _NOT_FOUND_BEFORE.search(text[:found.start()]) or _RULED_OUT_COMPLICITY.search(text):
        return None
    memo = index.__dict__.setdefault("_ruled_out", {})
    if "rows" not in memo:
        memo["rows"] = [row for row in index.rows_with_words(["complicity", "complicité", "complicit"])
                        if index.claim(row)["id"] > 0 and _RULED_OUT_COMPLICITY.search(index.claim(row)["text"])]
    named = text
    if re.match(r"\W*(?:it|il|elle|the\s+(?:report|commission)|le\s+rapport|la\s+commission)\b", text, re.I):
        named = f"{previous} {text}"   # « Il retient en outre la complicité … »: the report named before
    mine = {fold(w).lower() for w in _NAME_WORD.findall(named)}
    records = [index.claim(row) for row in memo["rows"]]
    records = [r for r in records if mine & {fold(w).lower() for w in _NAME_WORD.findall(r["text"])} -
               {"france", "french", "rwanda", "paris", "kigali", "emmanuel", "macron"}]
    if not records:
        return None
    evidence = [_evidence(index, r, "contradicts", 1.0, "the record's source says the finding was ruled out")
                for r in records[:MAX_EVIDENCE]]
    return Finding("meaning", "contradicted", f"{len(_sources(evidence, 'contradicts'))} source(s) of the record say "
                   "this finding was ruled out.", evidence, len(_sources(evidence, "contradicts")))


# ---- a court's tally said in words: "it convicted everyone", "acquitted most of the accused" -------------

# What a text says of a court's whole record of outcomes, without a figure: the acquittals none, the
# acquittals a majority, the convictions fewer than half or a handful, or none at all. Each is compared
# with the record's counts of the court's convictions, acquittals and indictments.
_TALLY_NO_ACQUITTAL = re.compile(
    r"\b(?:convicted|condemned|found\s+guilty)\s+(?:(?:absolutely|virtually|almost)\s+)?(?:every(?:one|body)|"
    r"every\s+(?:single\s+)?(?:one|accused|defendant|person|man)|all\s+(?:of\s+)?(?:those|the\s+(?:accused|defendants|"
    r"people|men))|whoever|whomever)|"
    r"\bnever\s+(?:once\s+)?acquitted\s+(?:anyone|anybody|a\s+single|one)|\bnot\s+(?:a\s+single|one)\s+acquittal|"
    r"\bno\s+(?:one|defendant|accused)\s+(?:was\s+)?(?:ever\s+)?acquitted|\b(?:zero|no)\s+acquittals?|"
    r"\bn['’]a\s+jamais\s+acquitt[ée]|\bcondamn[ée]\s+tous\s+(?:les\s+)?(?:accus[ée]s|prévenus)|"
    r"\b(?:tous|chacun)\s+(?:les\s+accus[ée]s\s+)?(?:ont\s+été\s+)?condamn[ée]s\b", re.I)
_TALLY_MOST_ACQUITTED = re.compile(
    r"\bacquitt\w*\s+(?:most|the\s+(?:majority|bulk)|nearly\s+(?:all|every\w*)|almost\s+(?:all|every\w*)|half)\b|"
    r"\bacquitt[ée]\s+(?:presque\s+)?tous\b|"
    r"\b(?:most|the\s+majority|half)\s+of\s+(?:those|the\s+(?:accused|defendants|people))"
    r"(?:\s+(?!(?:but|and|yet|while)\b)[\w'’]+){0,4}?,?\s+(?:were\s+|was\s+)?"
    r"(?:acquitted|walked\s+free|went\s+free|freed|cleared)\b|"
    r"\bone\s+(?:accused\s+|defendant\s+)?in\s+two\s+(?:was\s+)?(?:acquitted|walked\s+free|went\s+free)|"
    r"\bacquitt[ée]\s+la\s+(?:plupart|majorit[ée])|\bla\s+(?:plupart|majorit[ée])\s+des\s+(?:accus[ée]s|prévenus)\s+"
    r"(?:ont\s+été\s+|a\s+été\s+)?acquitt", re.I)
_TALLY_FEW_CONVICTED = re.compile(
    r"\bconvicted\s+(?:fewer|less)\s+than\s+half|\b(?:fewer|less)\s+than\s+half\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:gacaca\s+)?(?:cases|trials|defendants|those\s+tried)\b[^.;]{0,40}?\b(?:guilty|convict\w*)|\b(?:fewer|less)\s+than\s+half\s+of\s+(?:those|the\s+(?:people|"
    r"accused|defendants))\b[^.;]{0,30}?\b(?:convicted|found\s+guilty)|\bcondamn[ée]\s+moins\s+de\s+la\s+moiti[ée]|"
    r"\bconvict\w*\s+(?:only\s+|just\s+)?a\s+(?:mere\s+)?handful|\bcondamn[ée]\s+qu['’]une\s+poign[ée]e|"
    r"\bnever\s+convicted\s+(?:anyone|anybody|a\s+single)|\bn['’]a\s+jamais\s+condamn[ée]\s+personne", re.I)
_TALLY_COURT = re.compile(r"\b(?:ICTR|TPIR|Arusha|(?:international|UN|U\.N\.)\s+(?:criminal\s+)?tribunal|"
                          r"tribunal\s+p[ée]nal\s+international)\b", re.I)
_TALLY_ANAPHOR = re.compile(r"^\W*(?:it|the\s+(?:tribunal|court)|that\s+(?:tribunal|court)|il|le\s+tribunal)\b", re.I)
_TALLY_QUANTITIES = ("ictr_convicted", "ictr_acquitted", "ictr_indicted")


def _gacaca_tally(index: RecordIndex, said: str) -> Finding | None:
    """The gacaca courts' outcomes told in words ("fewer than half of all cases ended in a guilty
    verdict"), compared with the record's share of those tried who were convicted."""
    if said == "no_acquittal":
        return None   # (the record's gacaca acquittals are counts by category, not one figure)
    entries = [e for e in index.quantities.get("gacaca_conviction_share", []) if _entry_range(e)]
    if not entries:
        return None
    share = _entry_range(entries[0])[0]
    wrong = share >= 50
    why = f"the record has {share:g} per cent of those the gacaca courts tried convicted"
    relation = "contradicts" if wrong else "supports"
    evidence = [_evidence(index, index.claim(e["row"]), relation, 1.0, why) for e in entries[:MAX_EVIDENCE]]
    return Finding("meaning", "contradicted" if wrong else "supported", f"The gacaca courts' record of outcomes: {why}.",
                   evidence, len(_sources(evidence, relation)), signal="court_tally" if wrong else "")


# A count of the accused ("the tribunal also acquitted 14 of the accused", "62 people were convicted",
# « 14 accusés acquittés »): the tribunal's tally, not the one named before.
_COUNTS_ACCUSED = re.compile(r"\b(?:\d[\d,]*(?:\s*(?:%|per\s*cent|percent|pour\s*cent))?|a\s+dozen|dozens|scores)\s+"
                             r"(?:of\s+(?:the|its|those)\s+|other\s+|more\s+|des\s+|d['’]autres\s+)?(?:accused|defendants|"
                             r"people|persons|suspects|men|officials|detainees|accusés|personnes|prévenus)\b", re.I)


def _states_tally(text: str) -> bool:
    return bool(_TALLY_NO_ACQUITTAL.search(text) or _TALLY_MOST_ACQUITTED.search(text) or
                _TALLY_FEW_CONVICTED.search(text))


def _court_tally_finding(index: RecordIndex, text: str, values: dict) -> Finding | None:
    """The international tribunal's outcomes told in words ("it convicted everyone Kigali pointed at",
    « le TPIR a acquitté la plupart des accusés », "convicted fewer than half of those it indicted"),
    compared with the record's counts of its convictions, acquittals and indictments. The tribunal is
    named in the sentence, or in the one before when the sentence refers to it ("It never acquitted
    anyone")."""
    said = ("no_acquittal" if _TALLY_NO_ACQUITTAL.search(text) else "most_acquitted" if _TALLY_MOST_ACQUITTED.search(text)
            else "few_convicted" if _TALLY_FEW_CONVICTED.search(text) else None)
    if said is None:
        return None
    previous = (values.get("previous") or (None, None, ""))[2]
    if re.search(r"\bgacaca\b", text, re.I) or not _TALLY_COURT.search(text) and re.search(r"\bgacaca\b", previous or "",
                                                                                           re.I):
        return _gacaca_tally(index, said)
    if not (_TALLY_COURT.search(text) or _TALLY_ANAPHOR.search(text) and _TALLY_COURT.search(previous or "")):
        return None
    counts = {}
    for name in _TALLY_QUANTITIES:
        entries = [e for e in index.quantities.get(name, []) if _entry_range(e)]
        if entries:
            counts[name] = min(entries, key=lambda e: index.claim(e["row"]).get("credibility") or 7)
    convicted, acquitted = counts.get("ictr_convicted"), counts.get("ictr_acquitted")
    if convicted is None or acquitted is None:
        return None
    n_convicted, n_acquitted = _entry_range(convicted)[0], _entry_range(acquitted)[0]
    if said == "no_acquittal":
        wrong, used = n_acquitted > 0, [acquitted]
        why = f"the record counts {int(n_acquitted)} acquittals"
    elif said == "most_acquitted":
        wrong, used = n_acquitted < n_convicted, [acquitted, convicted]
        why = f"the record counts {int(n_acquitted)} acquittals against {int(n_convicted)} convictions"
    else:
        indicted = counts.get("ictr_indicted")
        whole = _entry_range(indicted)[0] if indicted else n_convicted + n_acquitted
        wrong, used = n_convicted >= whole / 2 or n_convicted > 12, [convicted] + ([indicted] if indicted else [])
        why = f"the record counts {int(n_convicted)} convictions of {int(whole)} people indicted"
    relation = "contradicts" if wrong else "supports"
    evidence = [_evidence(index, index.claim(e["row"]), relation, 1.0, why) for e in used]
    verdict = "contradicted" if wrong else "supported"
    return Finding("meaning", verdict, f"The tribunal's record of outcomes: {why}.", evidence,
                   len(_sources(evidence, relation)), signal="court_tally" if wrong else "")


# ---- who carried out an attack the record leaves open ---------------------------------------------------

_PERPETRATOR = re.compile(r"\b(rpf|fpr|rpa|apr|kagame|inkotanyi|extremists?|extrémistes?|hard-?liners?|ultras?|"
                          r"hutu power|akazu|presidential guard|garde présidentielle|(?-i:FAR)|belgian|belges?|french|"
                          r"français|mercenar\w*|"
                          r"(shot down|downed|abattu|fired|tiré|ordered|commandit\w*|organi[sz]ed) by|par des?)\b",
                          re.I)


# The president's plane, named by the text, and words that say who brought it down. A sentence that
# says nobody has established it agrees with the record's open question and is left to the others.
_PLANE = re.compile(r"\b(?:plane|aircraft|jet|Falcon|missiles?|avion|appareil|attentat|the\s+attack\s+on\s+(?:the\s+)?"
                    r"(?:president|Habyarimana)|(?<=down\s)(?:the\s+|our\s+)?(?:President|Habyarimana)|(?:from|de|du)\s+(?:the\s+)?(?:camp\s+(?:de\s+)?)?Kanombe)\b", re.I)
_AIRCRAFT = re.compile(r"(?:Dassault\s+)?(?:Myst[eè]re[\s-]*)?Falcon(?:\s*50)?|Myst[eè]re|jet|plane|avion", re.I)
_PRESIDENT_KILLED = re.compile(r"\b(?:killed|assassinated|murdered|tu[ée]|assassin[ée])\s+(?:\w+\s+)?(?:the\s+|le\s+|our\s+|"
                               r"notre\s+)?(?:president|pr[ée]sident|Habyarimana)\b", re.I)
_BROUGHT_DOWN = re.compile(r"\b(?:shot|shoot|shooting|shots|downed|brought\s+down|fired|blamed|responsible|behind|"
                           r"carried\s+out|abattu|abattre|tir[ée]|auteurs?|commis|d[ée]sign\w*|responsables?)\b", re.I)
_AUTHORS_OPEN = re.compile(r"\b(?:never\s+(?:been\s+)?(?:established|identified|determined|proved|proven)|no\s+court|"
                           r"nobody\s+knows|no\s+one\s+knows|unknown|not\s+known|remains?\s+(?:unclear|open|a\s+mystery)|"
                           r"jamais\s+[ée]t[ée]\s+(?:identifi|[ée]tabli)\w*|aucune\s+juridiction|reste(?:nt)?\s+inconnu\w*|"
                           r"whoever)\b", re.I)


def _names_who_downed_the_plane(text: str) -> bool:
    # ("the RPF … killed the president in April 1994": the plane's downing in other words)
    return bool((_PLANE.search(text) and _BROUGHT_DOWN.search(text) or _PRESIDENT_KILLED.search(text))
                and not _AUTHORS_OPEN.search(text) and _PERPETRATOR.search(text))


# (a French judicial investigation is a court's: it ended in a dismissal, FACTS.md 10.7-10.9)
_COURT_SETTLED = re.compile(r"\b(?:judges?|courts?|tribunal|justice|juges?|cour|(?:French|judicial|criminal)\s+"
                            r"(?:investigation|inquiry)|(?:enquête|instruction)\s+(?:française|judiciaire))\b"
                            r"[^.;]{0,40}\b(?:proved?|proven|"
                            r"established|ruled|concluded|found|showed|prouvé|établi|conclu|démontré|jugé)\b", re.I)
# A named inquiry's finding or a judge's working theory, reported ("the Mutsinzi report accuses …",
# "Bruguière worked on the assumption that …"); a vague "usually blamed on" is the writer's own side.
_ACCUSATION_REPORTED = re.compile(r"\b(?:assum\w*|hypoth\w*|theory|théorie|report|rapport|enquête|inquiry|"
                                  r"investigation|according\s+to|selon|d['’]après)\b", re.I)


def _plane_questions(index: RecordIndex) -> list[int]:
    """Rows of the record's statements that leave open who shot down the president's plane, or
    attribute it (read once per index)."""
    found = index.__dict__.get("_plane_questions")
    if found is None:
        rows = {row for key, rows in index.open_questions.items() for row in rows}
        texts = {row: index.claim(row)["text"] for row in rows}
        found = index.__dict__["_plane_questions"] = sorted(
            row for row, text in texts.items() if _PLANE.search(text) and _BROUGHT_DOWN.search(text))
    return found


# Who shot down the plane, asked or left open ("no court has ever established who fired", "who fired is still
# unknown", « on ne sait toujours pas qui a tiré »): the act asked about, in the sentence or the one before.
_WHO_FIRED = re.compile(r"\b(?:who\s+(?:really\s+)?(?:fired|shot|downed|brought|was\s+(?:behind|responsible)|did\s+it|"
                        r"carried|launched|pulled)|whoever|qui\s+a\s+(?:tir[ée]|abattu|commis)|auteurs?|responsibility\s+"
                        r"for|responsabilit[ée]\s+de\s+l['’]attentat)\b", re.I)
# "but it was clearly the RPF", "whether … or …" leaves it open
_SIDE_TAKEN_ANYWAY = re.compile(r"\b(?:but|yet|though|mais|pourtant)\b[^.;]{0,60}\b(?:clearly|surely|obviously|"
                                r"everyone\s+knows|we\s+know|évidemment|bien\s+sûr|forcément)\b", re.I)


def _authors_open_finding(index: RecordIndex, text: str, values: dict) -> Finding | None:
    """A text saying that who shot down the president's plane was never established ("No court has ever
    established who fired"): what the record's sources say too, which leave it open or disagree on it."""
    if not (_AUTHORS_OPEN.search(text) and _WHO_FIRED.search(text)) or _SIDE_TAKEN_ANYWAY.search(text):
        return None
    # The plane named here, or brought down in one of the three statements before (a timeline's entry
    # whose next lines say "Who fired has never been established by a court").
    before, earlier = [values.get("context") or ""], values
    for _ in range(3):
        earlier, _hits, said = earlier.get("previous") or (None, None, "")
        before.append(said or "")
        if not earlier:
            break
    if not (_PLANE.search(text) or any(_PLANE.search(b) and _BROUGHT_DOWN.search(b) for b in before)):
        return None
    if _PERPETRATOR.search(text) and not re.search(r"\b(?:whether|or|ou|si)\b", text, re.I):
        return None   # ("no court has established it, the RPF did"): a side taken
    rows = _plane_questions(index)
    if not rows:
        return None
    evidence = [_evidence(index, index.claim(row), "supports", 0.0, "the record's source leaves open or disagrees on "
                          "who carried it out") for row in rows[:MAX_EVIDENCE]]
    return Finding("perpetrator", "supported", "The text says who shot down the plane was never established; the "
                   "record's sources leave it open or disagree on it.", evidence, len({e.source_id for e in evidence}))


def _perpetrator_finding(index: RecordIndex, text: str, values: dict, hits: list[Hit]) -> Finding | None:
    """A text naming who carried out an attack whose authors the record's sources leave open or
    disagree on (the shooting down of the president's plane): `disputed`, whichever side it takes."""
    plane = bool(_PLANE.search(text) and _BROUGHT_DOWN.search(text) and not _AUTHORS_OPEN.search(text))
    if not plane and (values.get("event_type") not in ("attack", "assassination") or not ties(values)):
        return None
    named = {a for a in _named_actors(values) if not (plane and _AIRCRAFT.fullmatch(a))}
    if not (named or _PERPETRATOR.search(text)):
        return None   # ("the president's Falcon 50 is shot down": the aircraft's name names no one who fired)
    keys = set(ties(values))
    for hit in hits:   # the record's events of the same attack (same kind of act, same site or target)
        record = hit.claim["features"]
        if hit.cosine >= VALUE_COSINE and ties(values) & ties(record) and record.get("event_type") and \
                compatible(values.get("event_type") or "", record["event_type"]):
            keys |= {f"event:{event}" for event in hit.claim["events"]}
        elif plane and _PLANE.search(hit.claim["text"]) and hit.cosine >= RELATED_COSINE:
            keys |= {f"event:{event}" for event in hit.claim["events"]}   # the record's accounts of the plane
    rows = sorted({row for key in keys for row in index.open_questions.get(key, [])})
    if plane and _COURT_SETTLED.search(text):
        # "A French judge proved that Kagame's men shot down the plane": no court established it (the
        # French investigation ended in a dismissal); the record's sources leave it open.
        rows = rows or _plane_questions(index)
        if rows:
            return Finding("perpetrator", "contradicted", "The text says a court or judge established who shot down "
                           "the plane; the record's sources leave that open or disagree on it.",
                           [_evidence(index, index.claim(row), "contradicts", 0.0, "the record's source leaves open or "
                                      "attributes differently who carried it out") for row in rows[:MAX_EVIDENCE]],
                           len({index.claim(row)["source_id"] for row in rows}))
    if plane and _ACCUSATION_REPORTED.search(text):
        return None   # who accused whom ("the Mutsinzi report accuses extremists"): the record's business as a report
    if plane and not rows:
        # Read across languages or in few words, the text is less alike to the record's accounts of
        # the plane; there is one such attack, and the record's open questions about it are known.
        rows = _plane_questions(index)
    evidence = [_evidence(index, index.claim(row), "related", 0.0, "the record's source leaves open or attributes "
                          "differently who carried it out") for row in rows[:MAX_EVIDENCE]]
    if not evidence:
        return None
    return Finding("perpetrator", "disputed", "The text names who carried it out; the record's sources leave that "
                   "open or disagree on it.", evidence, len({e.source_id for e in evidence}))


# ---- the record's other sentences: a chronology's entries, signings, departures -------------------------

SENTENCE_DATE_COSINE = CHRONICLE_COSINE   # the same day or month, a shared tie, and this alike: supported
SENTENCE_CONTRA_COSINE = SAME_BACKED      # the same act, a shared tie, this alike, another date: contradicted
SENTENCE_TYPED_CONTRA_COSINE = SAME_WORDS_COSINE   # ... or this alike, the same kind of act at one place or person


def _sentence_candidate(hit: Hit) -> bool:
    return hit.cosine >= SENTENCE_DATE_COSINE


def _sentence_ties(index: RecordIndex, values: dict, record: dict, hit: Hit) -> set[str]:
    """What ties a record sentence to the checked claim beyond the words: a specific place, a site or
    target, a person, a named actor (not the country, not the perpetrators the word "genocide" implies)."""
    out = set()
    if _specific_places_shared(index, values, record):
        out.add("place")
    if ties(values) & ties(record):
        out.add("site")
    if set(values.get("persons") or []) & set(record.get("persons") or []) or "person" in hit.matches:
        out.add("person")
    if _named_actors(values) & _named_actors(record):
        out.add("actor")
    return out


def _sentence_finding(index: RecordIndex, values: dict, stance: str, hits: list[Hit]) -> Finding | None:
    """A checked claim nothing else decides, compared with the record's sentences that no claim covers.

    - Dated claims: an entry of the same day (or a day inside the text's month) that shares a place,
      site, person or named actor with it and reads alike (SENTENCE_DATE_COSINE) supports it; the same
      act (typed alike, much alike: SENTENCE_CONTRA_COSINE) with a shared tie and a date clearly apart
      contradicts it ("signed in August 1992" against the entry of 4 August 1993).
    - Undated claims: the same statement in other words, as `_meaning_finding` reads it (SAME_STATEMENT
      with a tie, SAME_UNANCHORED without), of the same polarity.
    Dates of statements the sentence only inherits from a date before it are never compared."""
    mine = _own_date(values)
    precise = mine if mine and mine["days"] <= 31 else None
    qt = values.get("event_type")
    language = language_of(values.get("text") or "")
    evidence: list[Evidence] = []
    for hit in hits:
        record = hit.claim["features"]
        if hit.cosine < SENTENCE_DATE_COSINE:
            continue
        rt = record.get("event_type")
        if qt and rt and not compatible(qt, rt):
            continue
        tied = _sentence_ties(index, values, record, hit)
        qa, ra = _named_actors(values), _named_actors(record)
        if qa and ra and not qa & ra and not tied & {"place", "site", "person"}:
            continue   # other actors, and nothing else in common: another act
        theirs = _own_date(record)
        theirs = theirs if theirs and theirs["days"] <= 31 else None
        if precise and theirs:
            ours = _in_their_year(precise, theirs, values.get("text") or "")
            inside = ours["earliest"] <= theirs["earliest"] and theirs["latest"] <= ours["latest"]
            apart = ours["latest"] < theirs["earliest"] or theirs["latest"] < ours["earliest"]
            others = [d for d in values.get("all_dates") or [] if d["earliest"] <= theirs["latest"]
                      and theirs["earliest"] <= d["latest"]]
            says = theirs["earliest"] if theirs["days"] == 0 else f"{theirs['earliest']} to {theirs['latest']}"
            if inside and tied and (_figures_conflict(values, record) or _other_count(values, hit.claim["text"])):
                # "Twelve Belgian peacekeepers died that day": the day is the record's, the count is not.
                if hit.cosine >= SENTENCE_CONTRA_COSINE:
                    evidence.append(_evidence(index, hit.claim, "contradicts", hit.cosine,
                                              f"the record gives another count for that day ({says})"))
            elif inside and tied:
                evidence.append(_evidence(index, hit.claim, "supports", hit.cosine,
                                          f"the record's {', '.join(sorted(tied))} and date agree ({says})"))
            elif apart and tied and not others and language_of(hit.claim["text"]) == language and (
                    hit.cosine >= SENTENCE_CONTRA_COSINE or qt and rt and tied & {"place", "site", "person"} and
                    hit.cosine >= SENTENCE_TYPED_CONTRA_COSINE):
                # (across languages the likeness is read from shared values, the date among them: too
                # little to say two differently dated sentences tell one act)
                evidence.append(_evidence(index, hit.claim, "contradicts", hit.cosine,
                                          f"the record dates the same act {says}"))
            continue
        if precise or _dates_apart(values, record) or _figures_conflict(values, record):
            continue   # a dated claim is judged on its date; an undated sentence cannot confirm the date
        if not (hit.cosine >= SAME_UNANCHORED or (hit.cosine >= SAME_STATEMENT and tied)):
            continue
        if (qt or rt) and not (qt and rt) and hit.cosine < SAME_UNANCHORED:
            continue
        same = (hit.claim.get("stance") == "denies") == (stance == "denies")
        evidence.append(_evidence(index, hit.claim, "supports" if same else "contradicts", hit.cosine,
                                  "the record says the same" if same else "the record says the opposite"))
    if not evidence:
        return None
    finding = _weigh(index, "sentence", evidence, {
        "disputed": "The record's sources disagree on this: {pro} source(s) say the same, {con} otherwise.",
        "supported": "A sentence of the record states the same ({pro} source(s)).",
        "contradicted": "A sentence of the record states the same act otherwise ({con} source(s)).",
        "not_in_record": ""})
    return finding if finding.verdict != "not_in_record" else None


# ---- proceedings: who was tried, with what outcome and sentence ----------------------------------------

_JUDICIAL = re.compile(r"\b(sentenc\w*|convict\w*|acquit\w*|guilty|prison|imprison\w*|jail\w*|condamn\w*|given|gave|got|received|receives?|receiving|gets|"
                       r"earned|retrial|"
                       r"ended\s+(?:up\s+)?with|came\s+away\s+with|"
                       r"handed|écop\w*|confirm\w*|affirm\w*|appeals?|appel|assises|commuted|commu[ée]e?s?|"
                       r"coupable|perpétuité|réclusion|peine|verdict|judgment|jugement|cleared|terms?|reduced|"
                       r"halved|upheld|reduction|free|down\s+for|"
                       # « il a pris 12 ans », « a eu 35 ans »: the colloquial French for a term
                       r"(?:a\s+)?pris(?=\s+\d{1,2}\s+ans\b)|a\s+eu(?=\s+\d{1,2}\s+ans\b)|"
                       # a term named by its years that changed: "had his 25 years cut to 18", "'s 15 years became 25"
                       r"(?<=years\s)(?:cut|became|turned\s+into|went\s+up|went\s+down)|came\s+out\s+with)\b", re.I)
_ACQUITTED = re.compile(r"\b(acquitt\w*|acquitté\w*|found not guilty|cleared of (?:all|every|each)|innocent|"
                        r"(?:walk|walks|walked|walking|went|go|goes|set|let\s+\w+\s+(?:walk|go))\s+free|"
                        r"(?:clear|clears|cleared|clearing)\s+(?:\w+\s+){1,4}?of\s+(?:genocide|all|every|the\s+genocide|"
                        r"charges)|(?<=\blet\s)(?:\w+\s+){1,3}?(?:walk|go)\s+free)\b"
                        r"(?!(?:[^.;]{0,40})\b(?:(?:after|once)\s+(?:serving|he\s+had\s+served|she\s+had\s+served|"
                        r"completing|finishing)|(?:for|with)\s+time\s+served))", re.I)
_CLAUSE_BREAK = re.compile(r"[;,:]|\b(?:while|whereas|but|although|mais|tandis\s+que|alors\s+que)\b", re.I)
# An acquittal of conspiracy alone ("acquitted all four of conspiracy to commit genocide", « acquittés du
# chef d'entente »), which the tribunals often pronounced beside convictions for genocide: the record keeps
# judgments whole, not count by count, so its conviction on other counts does not contradict it.
_ACQUITTED_OF_A_COUNT = re.compile(
    r"\b(?:acquitt\w*|cleared)\s+(?:(?!(?:of|de|du|des)\b)[\w'’-]+\s+){0,5}?(?:of|on|de|du|des)\s+(?:the\s+)?"
    r"(?:(?:charges?|counts?|chefs?)\s+(?:of\s+|d['’]|de\s+)?)?(?:conspiracy|entente)\b", re.I)


def _in_acquittal_clause(text: str, accused: str) -> bool:
    """Of several accused, is this one in the clause that says someone was acquitted ("A and B received
    the same sentence, while C walked free": only C)?"""
    m = _ACQUITTED.search(text) or _OVERTURNED_ALL.search(text)
    if m is None:
        return False
    starts = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, m.start())]
    after = _CLAUSE_BREAK.search(text, m.end())
    clause = text[starts[-1] if starts else 0:after.start() if after else len(text)]
    surname = fold(accused.split("(")[0].split()[-1]) if accused.split() else ""
    return bool(surname) and surname in fold(clause)


# Proceedings the record holds with no judgment: a text giving them a verdict is contradicted.
_NO_JUDGMENT = ("pending", "died_before_judgment")
# A case stopped without a verdict because the accused cannot be tried ("found unfit to stand trial", "an
# indefinite stay of proceedings", "judges halted it", "he will never be tried", « inapte à être jugé »).
_STAYED = re.compile(r"\b(?:unfit\s+(?:to\s+(?:stand\s+)?trial|for\s+trial)|(?:indefinite\s+)?stay\s+(?:of\s+(?:the\s+)?)?"
                     r"proceedings|stay\s+the\s+proceedings|proceedings\s+(?:were\s+|was\s+|had\s+been\s+)?"
                     r"(?:halted|suspended|stayed|frozen)|halted\s+(?:it|the\s+case|the\s+proceedings|the\s+trial)|"
                     r"(?:will|would|could)\s+never\s+be\s+tried|inapte\s+à\s+(?:être\s+jugé|comparaître)|"
                     r"(?:suspension|arrêt)\s+(?:sine\s+die\s+|définitif\s+)?(?:de\s+la\s+procédure|des\s+poursuites))",
                     re.I)
_CONVICTED = re.compile(r"\b(convicted|found guilty|guilty of|sentenced|reconnu\w* coupables?|"
                        r"sent\s+(?:[\w'’]+[,]?\s+){0,8}?down\s+for|"
                        r"(?:ended|resulted)\s+in\s+(?:the\s+)?convictions?\s+(?:for|of)|"
                        r"condamn(é|ée|és|ées))\b", re.I)
# What a text says the appeal did: a term changed to another, halved, affirmed, or every conviction gone.
# "Kabiligi's conviction was likewise confirmed on appeal": a conviction, whatever the appeal did with its term.
_CONVICTION_UPHELD = re.compile(r"\bconvictions?\s+(?:(?:was|were|had\s+been)\s+)?(?:\w+\s+)?(?:confirmed|upheld|"
                                r"affirmed|maintained)\b", re.I)
# The term an accused was left with, whatever the appeal did: "ended up with 35 years", "eventually got
# life", "it stayed life on appeal", « a finalement écopé de 35 ans ».
_FINAL_TERM = re.compile(r"\b(?:ended\s+up\s+(?:with|serving|being\s+sentenced\s+to)|eventually\s+(?:got|received|given|"
                         r"sentenced|serving|served)|ultimately\s+(?:got|received|given|sentenced|serving|served)|"
                         r"in\s+the\s+end|left\s+with|(?:stayed|remained)|finalement|au\s+final|"
                         r"en\s+fin\s+de\s+compte|est\s+rest[ée]e?)\b", re.I)
_APPEAL_RESULT = re.compile(r"\b(?:on\s+appeal|ended\s+up|eventually|ultimately|in\s+the\s+end|left\s+with|stayed|remained|"
                            r"finalement|au\s+final|en\s+fin\s+de\s+compte|est\s+rest[ée]e?|(?:after|following|at)\s+(?:an?|the|his|her|its|their)\s+(?:appeals?|retrial)|"
                            r"appeals?\s+(?:chamber|judges|court|bench)|upheld|affirmed|confirmed|maintained|"
                            r"reduced|cut|commuted|converted|increased|raised|lowered|halved|overturned|quashed|reversed|"
                            r"down\s+to|went\s+from|reduction|came\s+out\s+with|(?<=years\s)became|"
                            r"en\s+appel|commu[ée]e?s?|confirm[ée]e?s?|maintenue?s?|r[ée]dui\w*|ramen[ée]e?s?|annul[ée]e?s?|"
                            r"cass[ée]e?s?)\b", re.I)
_CHANGED_TERM = re.compile(r"\b(?:(?:reduced|cut|commuted|converted|increased|raised|lowered|brought\s+down|r[ée]dui\w*|"
                           r"ramen[ée]e?s?|port[ée]e?s?|abaiss[ée]e?s?|commu[ée]e?s?)(?:\s+(?:that|it|this|them|those|"
                           r"(?:the|his|her|their|(?:[\w-]+\s+){0,2}[\w-]+['’]s)\s+(?:(?:\d{1,2}|[a-z]+)[- ]years?\s+|life\s+|prison\s+)?"
                           r"(?:sentence|term)s?|"
                           r"both(?:\s+terms)?|la|les))?(?:\s+(?:on|in)\s+appeal|\s+en\s+appel)?|"
                           r"(?:went|came|dropped|fell|passed)"
                           r"(?:\s+from\s+[^.;]{1,25}?)?\s+(?:down|up)|went\s+from\s+[^.;]{1,25}?|"
                           r"(?:reduction|increase|r[ée]duction)\s+(?:of\s+(?:his|her|the)\s+(?:sentence|term)\s+)?"
                           r"from\s+[^.;]{1,25}?|(?:reduced|cut|increased|raised|lowered)\s+from\s+[^.;]{1,25}?|"
                           r"passée?\s+de\s+[^.;]{1,25}?)\s+(?:to|à|en|into)\s+|"
                           # "went into his appeal with 25 years and came out with 35"
                           r"\bwent\s+into\s+(?:his|her|their|the)\s+appeals?\s+with\s+[^.;]{1,25}?\s+and\s+came\s+out\s+with\s+",
                           re.I)
# "on appeal the sentence became thirty years": the new term named without "to".
_BECAME_TERM = re.compile(r"\b(?:(?:sentence|term|peine)|(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+years)\s+(?:became|was\s+changed\s+to|"
                          r"turned\s+into|est\s+devenue)\s+", re.I)
_COLLECTIVE = re.compile(r"\b(both|all|each|their|les\s+deux|leurs|tous|toutes)\b", re.I)
_AFFIRMED = re.compile(r"\b(?:upheld|affirmed|confirmed|maintained|confirm[ée]e?s?|maintenue?s?)\b", re.I)
_HALVED = re.compile(r"\b(?:halved|cut\s+in\s+half|reduced\s+by\s+half|r[ée]dui\w*\s+de\s+moiti[ée])\b", re.I)
_OVERTURNED_ALL = re.compile(
    r"\b(?:(?:conviction|verdict|judgment|condamnation)s?\b[^.;]{0,40}?\b(?:overturned|quashed|reversed|annul[ée]e?s?|"
    r"cass[ée]e?s?)\s+(?:entirely|in\s+full|altogether|completely|outright|en\s+totalit[ée]|enti[èe]rement)|"
    r"(?:all|every|toutes)\s+(?:of\s+)?(?:his|her|their|ses|leurs)?\s*(?:convictions?|condamnations?)\b[^.;]{0,30}?"
    r"\b(?:overturned|quashed|reversed|annul\w*)|"
    r"\b(?:overturned|quashed|reversed|annul\w*)\s+(?:all|every|toutes)\s+(?:of\s+)?(?:his|her|their|ses|leurs|"
    r"[\w-]+['’]s)?\s*(?:convictions?|condamnations?))", re.I)


# The term a text places after the appeal without saying it changed ("convicted and, after an appeal,
# sentenced to thirty years"): the term that follows is the appeal's, compared with the last word.
_AFTER_APPEAL = re.compile(r"\b(?:(?:after|following|on|at)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?"
                           r"(?:appeals?|retrial)|"
                           r"en\s+appel|appeals?\s+(?:chamber|judges|court|bench))\b", re.I)
# A term said to have been changed on appeal with no new term given ("saw his thirty-year sentence
# reduced on appeal"): its direction is compared with the record's, and with a term the appeal kept.
_TERM_CHANGED_BARE = re.compile(
    r"\b(?:sentences?|terms?|peines?)\b[^.;]{0,25}?\b(?:(?P<down>reduced|cut|lowered|shortened|commuted|halved|"
    r"r[ée]duite?s?|all[ée]g[ée]e?s?)|(?P<up>increased|raised|lengthened|extended|alourdie?s?|aggrav[ée]e?s?))\b|"
    r"\b(?:(?P<down2>reduced|cut|lowered|shortened|commuted)|(?P<up2>increased|raised|lengthened|extended))\s+"
    r"(?:his|her|their|the|that)\s+(?:\w+[- ]year\s+)?(?:sentence|term)s?\b", re.I)
# An appeal said to have failed, or a judgment said to be final.
_APPEAL_LOST = re.compile(r"\b(?:appeals?\s+(?:was\s+|were\s+|had\s+)?(?:failed|dismissed|rejected|lost|denied|"
                          r"turned\s+down)|(?:lost|failed\s+in)\s+(?:his|her|their)\s+appeals?|became\s+final|"
                          r"(?:est\s+)?devenue?s?\s+d[ée]finitive?s?|appel\s+(?:a\s+été\s+)?rejet[ée])\b", re.I)
# The record's appeal never reached a decision: the accused died before it, or it is pending.
_NEVER_FINAL = re.compile(r"\bnever\s+became\s+final\b|\bbefore\s+the\s+appeal\b|\bappeal\s+pending\b", re.I)
# "The appeal judges quietly freed him": an acquittal on appeal, unless the record has the accused
# released for time served.
_FREED_ON_APPEAL = re.compile(r"\b(?:appeals?\s+(?:chamber|judges|court|bench)|on\s+appeal)\b[^.;]{0,30}?"
                              r"\b(?:freed|cleared|set\s+(?:him|her|them)\s+free|let\s+(?:him|her|them)\s+go)\b|"
                              r"\b(?:freed|cleared)\s+(?:him|her|them)?\s*on\s+appeal\b", re.I)


def _term_rank(term: str) -> int:
    return {"life": 100, "death": 101}.get(term, int(term) if term.isdecimal() else 0)


def _appeal_change_reading(text: str, case: dict) -> tuple[str, str] | None:
    """What a sentence says an appeal did when it names no new term: changed the term one way
    ("reduced on appeal"), failed ("his appeal failed", "became final"), or freed the accused. Compared
    with the record's appeal; None when the sentence says none of these or the record cannot tell."""
    appeal = case.get("appeal") or ""
    accused = case["accused"]
    lost = _APPEAL_LOST.search(text)
    if lost and re.search(r"\b(?:never|not|n['’]est\s+jamais|jamais|pas)\s+(?:\w+\s+)?$", text[:lost.start()], re.I):
        # "so the verdict never became final": what the record says of it, not against it
        return ("supports", f"the record has no final judgment for {accused} ({appeal or case['outcome']})") if \
            case.get("outcome") in _NO_JUDGMENT or _NEVER_FINAL.search(appeal) else None
    if lost and (case.get("outcome") in _NO_JUDGMENT or _NEVER_FINAL.search(appeal)):
        return "contradicts", f"the record has no final judgment for {accused} ({appeal or case['outcome']})"
    if not appeal or appeal.lower().startswith(("no appeal", "prosecution did not appeal", "did not appeal")):
        return None
    if _FREED_ON_APPEAL.search(text) and not re.search(r"\breleased\b|time\s+served|acquitt", appeal, re.I):
        return "contradicts", f"the record has {accused}'s conviction standing after the appeal ({appeal})"
    changed = _TERM_CHANGED_BARE.search(text)
    if not changed or not _APPEAL_RESULT.search(text):
        return None
    final = set(case.get("final_terms") or [])
    trial = set(case.get("terms") or []) - final
    if not final:
        return None
    said_down = bool(changed.group("down") or changed.group("down2"))
    if not trial:
        if re.search(r"\b(?:affirm|upheld|confirm|dismiss|reject)", appeal, re.I) and \
                not re.search(r"\b(?:reduc|increas|convert|commut|raised|lowered)", appeal, re.I):
            return "contradicts", f"the record has {accused}'s sentence kept on appeal ({appeal})"
        return None
    went_down = max(map(_term_rank, final)) < min(map(_term_rank, trial))
    went_up = min(map(_term_rank, final)) > max(map(_term_rank, trial))
    if said_down and went_up or not said_down and went_down:
        return "contradicts", f"the record has {accused}'s sentence {'increased' if went_up else 'reduced'} on appeal ({appeal})"
    return None


def _appeal_reading(text: str, case: dict, terms: set) -> tuple[str, str] | None:
    """(relation, why) for what a sentence says the appeal did with one accused's case, compared
    with the proceedings' last word on it (`final_terms`: the sentence after any appeal, none after
    an acquittal); None when the sentence says nothing of the appeal's result or the record holds
    no appeal. "Life reduced to 25 years on appeal" is compared with the term after the appeal,
    not with the trial's; "the appeal judges upheld the life sentence" too."""
    appeal = (case.get("appeal") or "").lower()
    if not appeal or appeal.startswith(("no appeal", "prosecution did not appeal")) or \
            not (_APPEAL_RESULT.search(text) or _BECAME_TERM.search(text)):
        return None   # ("Ngeze's life term became forty years": a term changed, so an appeal's)
    final = set(case.get("final_terms") or [])
    shown = " or ".join(_term_words(t) for t in sorted(final)) or "no prison term"
    why = f"the record has {case['accused']}'s sentence after the appeal as {shown} ({case['appeal']})"
    if _OVERTURNED_ALL.search(text):   # "the appeal judges quashed all his convictions"
        return ("supports" if not final and case.get("outcome") != "convicted" or
                "acquit" in appeal and "convict" not in appeal else "contradicts"), why
    if _HALVED.search(text):
        before = {int(t) for t in set(case.get("terms") or []) - final if t.isdecimal()}
        after = {int(t) for t in final if t.isdecimal()}
        return ("supports" if any(2 * a == b for a in after for b in before) else "contradicts"), why
    changed = _CHANGED_TERM.search(text) or _BECAME_TERM.search(text)
    said = sentence_terms(text[changed.end():changed.end() + 40]) if changed else (
        terms if _AFFIRMED.search(text) else set())
    # (a term changed "to" a bare number is read below: "On appeal his eight-year sentence was cut to five"
    # says five, not the eight it came from)
    after = _AFTER_APPEAL.search(text) if not said and not changed else None
    if after and _TERM_CONTEXT.search(text[after.end():]):
        said = sentence_terms(text[after.end():])   # "and, after an appeal, sentenced to thirty years"
    if not said and not changed and (last := _FINAL_TERM.search(text)) is not None:
        # "Barayagwiza ended up with 35 years", "it stayed life on appeal": the term after the appeal
        said = sentence_terms(text[last.end():last.end() + 60]) or sentence_terms(text)
    if changed and not said:
        bare = re.match(r"(\d{1,2}|life|perpétuité|[a-zé-]+)\b(?!\s*(?:%|per\s*cent|million|thousand|000))",
                        text[changed.end():], re.I)
        word = bare.group(1).lower() if bare else ""
        number = None if word.isdecimal() or word in ("life", "perpétuité") else _detail_number(word)
        if number is not None and 1 <= number <= 99:
            said = {str(int(number))}   # "the judges lowered it to ten"
        else:
            said = {"life" if word in ("life", "perpétuité") else word} if bare and (
                word.isdecimal() or word in ("life", "perpétuité")) else set()
        # "the appeal judges cut that to 15": the term is the bare number
    if said and not final and case.get("outcome") == "acquitted":
        if _TRIAL_IMPOSED.search(text) and said & set(case.get("terms") or []):   # (one of several accused's)
            # "after trial chambers had imposed long sentences: 20 years for Protais Zigiranyirazo": the terms
            # the appeal reversed, told as the trial's
            return "supports", (f"the record has {case['accused']} sentenced at trial to "
                                f"{' or '.join(_term_words(t) for t in sorted(said & set(case['terms'])))}, then "
                                f"acquitted ({case['appeal']})")
        return "contradicts", f"the record has {case['accused']} acquitted ({case['appeal']})"
    if not said or not final:
        return None
    before = _from_term(changed.group(0)) if changed else set()
    trial = set(case.get("terms") or []) - final
    if before and trial and not before & trial:
        # "reduced from 35 to 25 years" where the trial gave 30: the term it came from is wrong
        return "contradicts", (f"the record has {case['accused']}'s sentence before the appeal as "
                               f"{' or '.join(_term_words(t) for t in sorted(trial))} ({case['appeal']})")
    return ("supports" if said & final else "contradicts"), why


_FROM_TERM = re.compile(r"\bfrom\s+(.+?)\s*(?:to|à|en|into)?\s*$", re.I)


def _from_term(changed: str) -> set[str]:
    """The term a change of sentence starts from ("reduced from 35 to", "a reduction from thirty to"): as
    `sentence_terms` reads it, or a bare number of years or "life"."""
    found = _FROM_TERM.search(changed)
    if not found:
        return set()
    said = sentence_terms(found.group(1))
    if said:
        return said
    word = found.group(1).split()[0].lower() if found.group(1).split() else ""
    if word in ("life", "perpétuité"):
        return {"life"}
    number = _detail_number(word)
    return {str(int(number))} if number is not None and 1 <= number <= 99 else set()


_TERM_CONTEXT = re.compile(r"\b(sentenc\w*|prison|imprison\w*|jail\w*|term|condamn\w*|réclusion|peine|given|gave|got|received|receives?|receiving|gets|"
                           r"\d{1,2}\s*yrs?|"   # "convicted Sept 1998, 25 yrs": revision notes write the term alone

                           r"earned|down\s+for|"
                           r"ended\s+(?:up\s+)?with|came\s+away\s+with|"   # "ended with thirty-two years"
                           r"handed|écop\w*|confirm\w*|affirm\w*|"
                           r"perpétuité|detention|détention|"
                           r"pris(?=\s+\d{1,2}\s+ans\b)|eu(?=\s+\d{1,2}\s+ans\b))\b", re.I)


def accused_in(index: RecordIndex, text: str) -> list[dict]:
    """The proceedings whose accused a text names by family name (and by another part of the
    name when two accused share it)."""
    words = set(name_tokens(text))
    found = []
    for word in words & set(index.accused):
        rows = index.accused[word]
        if len(rows) > 1:
            named = [r for r in rows if set(name_tokens(accused_name(
                index.claim(r)["features"]["proceeding"]["accused"]))[:-1]) & words]
            people = {index.claim(r)["features"]["proceeding"]["accused"] for r in named}
            if len(people) > 1:
                rows = named   # "Elizaphan Ntakirutimana and his son Gérard": two people of one family
            else:   # one person (a case in two courts) or nobody named apart: one row, unless they differ
                rows = named if len(named) == 1 else ([] if len({_outcome_key(index.claim(r)) for r in rows}) > 1
                                                      else rows[:1])
        found += [index.claim(r) for r in rows]
    return found


def _outcome_key(record: dict) -> tuple:
    case = record["features"]["proceeding"]
    return case["outcome"], tuple(case["terms"])


# A person the sentence refers back to ("he was convicted", "sa peine est confirmée", "the accused").
_PERSON_PRONOUN = re.compile(r"\b(he|him|his|she|her|il|elle|lui|sa|son|ses|the accused|l['’]accusée?)\b", re.I)
ACCUSED_WINDOW = 1500   # how far back a pronoun's accused is looked for (characters)
# A case referred to by its decision ("the trial judgment", "that conviction", « le jugement »), and how
# far back in its paragraph its accused is looked for.
_CASE_REFERENCE = re.compile(r"\b(?:the|that|this|its|their|le|ce|cette|son|sa)\s+(?:trial\s+|first\s+|appeal\s+|same\s+)?"
                             r"(?:judg(?:e)?ment|verdict|conviction|convictions|sentence|ruling|jugement|verdict|"
                             r"condamnation|peine)\b", re.I)
CASE_WINDOW = 600


def referred_accused(index: RecordIndex, text: str, start: int, sentence: str) -> str | None:
    """The accused a sentence that names none refers to by a pronoun: the one named last in the
    text before it (within ACCUSED_WINDOW characters), as a pronoun is read. None when the sentence
    names an accused itself, has no personal pronoun, or no accused was named before it."""
    if not _JUDICIAL.search(sentence) or accused_in(index, sentence):
        return None
    if _PERSON_PRONOUN.search(sentence):
        before = text[max(0, start - ACCUSED_WINDOW):start]
    elif _CASE_REFERENCE.search(sentence):
        # "The trial judgment was delivered on 3 December 2003", "The Appeals Chamber overturned that
        # conviction in 2010": the case named in the paragraph just before, not one named pages earlier.
        before = text[max(0, start - CASE_WINDOW):start]
        before = before[before.rfind("\n\n") + 1:]
    else:
        return None
    folded = fold(before)
    best, at = None, -1
    for record in accused_in(index, before):
        accused = record["features"]["proceeding"]["accused"]
        words = name_tokens(accused_name(accused))
        found = [m.start() for m in re.finditer(r"\b" + re.escape(words[-1]) + r"\b", folded)] if words else []
        if found and found[-1] > at:
            best, at = accused, found[-1]
    return best


# Accused named only by rank ("the two captains who confessed", "two senior officers", « les deux capitaines »).
_RANK_GROUP = re.compile(r"\b(?:(?P<count>two|three|four|both|deux|trois|quatre)\s+)?(?:(?:RPA|RPF|APR|FPR|FAR|army|"
                         r"junior|senior|former|retired)\s+)*(?P<rank>captain|major|general|colonel|lieutenant|officer|"
                         r"capitaine|commandant|général|officier)(?:s|x)?\b(?!(?-i:\s+[A-Z]))", re.I)
_RANK_WORDS = {"capitaine": "captain", "commandant": "major", "général": "general", "officier": "officer"}
_GROUP_COUNT = {"two": 2, "both": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4}
_MILITARY_COURT = re.compile(r"\b(?:military\s+(?:court|tribunal|high\s+court|judges)|(?:tribunal|cour|juridiction)s?\s+"
                             r"militaires?)\b", re.I)
_EVENT_NAME = re.compile(r"\b[A-Z][\w'’-]{3,}")
# Words of the proceedings' events that name no one case: the capital, the groups, the months.
_COMMON_EVENT_WORDS = {"killing", "killings", "catholic", "other", "kigali", "rwanda", "tutsi", "hutu", "april", "may",
                       "june", "july", "august", "prime", "minister", "belgian", "unamir"}
ROLE_WINDOW = 600   # how far back in its paragraph the case a rank refers to may be named (characters)


def _rank_cases(index: RecordIndex, rank: str, context: str) -> dict[tuple, list[str]]:
    """(court, events) -> the accused of that rank in each case the context names by the events tried or,
    for a military court, by its court."""
    military = bool(_MILITARY_COURT.search(context))
    groups: dict[tuple, list[str]] = defaultdict(list)
    scores: dict[tuple, int] = {}
    for rows in index.accused.values():
        for row in rows:
            case = index.claim(row)["features"]["proceeding"]
            affiliation = fold(case.get("affiliation") or "")
            if not re.search(r"\b" + rank + r"\b", affiliation):
                continue   # ("officer" is the table's word for an officer of no rank it gives: not the captains)
            events = " ".join(case.get("events") or [])
            named = {fold(w) for w in _EVENT_NAME.findall(events)} - _COMMON_EVENT_WORDS
            # (the case the context names most: the events' own names, and a military court as much as two)
            score = sum(1 for w in named if re.search(r"\b" + re.escape(w) + r"\b", context)) + \
                (2 if military and "military" in fold(case["court"]) else 0)
            if not score:
                continue
            key = (case["court"], events)
            scores[key] = score
            if case["accused"] not in groups[key]:
                groups[key].append(case["accused"])
    best = max(scores.values(), default=0)
    return {key: accused for key, accused in groups.items() if scores[key] == best}


# Words for people a clause may name instead of the group before it.
_OTHER_PEOPLE = re.compile(r"\b(?:two|three|four|both|deux|trois|quatre|superiors?|supérieurs?|officers?|officiers?|"
                           r"generals?|généra(?:l|ux)|majors?|commanders?|soldiers?|soldats|accused|accusés?|"
                           r"defendants?|he|she|they|him|them|il|ils|elle|elles)\b", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|but|whereas)\s+|\s+and\s+(?=(?:acquitted|convicted|sentenced|gave|"
                           r"the|two|a|an|their)\b)|\s+(?:et|tandis\s+que|alors\s+que)\s+|,\s+(?=(?:two|both|the|their|"
                           r"deux|les|leurs)\s)", re.I)


def role_group(index: RecordIndex, text: str, start: int, sentence: str) -> list[tuple[list[str], str]]:
    """The accused a sentence names only by rank ("In October 2008 a military court convicted the two
    captains who had confessed"), each group with the clauses that speak of it: the proceedings whose
    accused held that rank and whose case the sentence, or its paragraph just before, names by the events
    tried ("Kabgayi", "Gakurazo") or by its court ("a military court"). The count written must be the
    case's. "convicted the two captains … and acquitted two senior officers" is two groups, each read in
    its own clauses, and a clause naming no one goes on about the group before it ("…, later cut to
    five"); [] when nothing is read for certain."""
    if not _JUDICIAL.search(sentence) or accused_in(index, sentence):
        return []
    before = text[max(0, start - ROLE_WINDOW):start]
    context = fold(before[before.rfind("\n\n") + 1:] + " " + sentence)
    read: dict[tuple[str, ...], list[str]] = {}
    last: tuple[str, ...] | None = None   # the group the clause before spoke of
    for clause in _CLAUSE_BREAK.split(sentence):
        group, mentioned = None, False
        for m in _RANK_GROUP.finditer(clause):
            rank = _RANK_WORDS.get(m.group("rank").lower(), m.group("rank").lower())
            if rank == "officer" and not re.search(r"\b(?:senior|superior|supérieur)", m.group(0) + " " +
                                                   clause[m.end():m.end() + 12], re.I):
                continue   # "two RPA officers were convicted": the captains are officers too
            mentioned = True
            groups = _rank_cases(index, rank, context)
            accused = next(iter(groups.values())) if len(groups) == 1 else []
            wanted = _GROUP_COUNT.get((m.group("count") or "").lower())
            if accused and not (wanted is not None and wanted != len(accused) or wanted is None and len(accused) > 1
                                and not re.search(r"\b(?:the|les|ces|those|these|their)\s+(?:\w+\s+)?" + rank,
                                                  fold(clause))):
                group = tuple(accused)
            break
        if group is not None:
            read.setdefault(group, []).append(clause)
        elif not mentioned and last is not None and not _OTHER_PEOPLE.search(clause):
            read[last].append(clause)   # ("and acquitted their two superiors" names other people)
            continue
        last = group
    return [(list(accused), " ; ".join(clauses)) for accused, clauses in read.items()]


def _office_places(index: RecordIndex, names: list[str]) -> set[str]:
    """The names (lowercased) of these places and of every place containing them."""
    out = set()
    for name in names:
        out.add(fold(name).lower())
        entry = index.places.gazetteer.lookup(name)
        if entry is None:
            continue
        out.add(fold(entry.canonical).lower())
        for above in index.places.ancestors(entry.id):
            parent = index.places.gazetteer.get(above)
            if parent is not None:
                out.add(fold(parent.canonical).lower())
    return out


def _office_reading(index: RecordIndex, text: str, case: dict) -> tuple[str, str] | None:
    """An office the text gives the accused ("Jean-Paul Akayesu, the former mayor of Nyamata", "called
    Kambanda the president", « Bagosora, qu'il présente comme « le chef d'état-major » ») compared with the
    office the proceedings give them ("bourgmestre (Taba commune, Gitarama)"): ("supports" | "contradicts",
    why), or None when the text gives them no office the record speaks to. Another office of one family
    contradicts (`offices.compare`); so does the same kind of office in a place that neither is nor holds,
    nor lies in, one of the record's places; a contradiction outranks an office that agrees."""
    affiliation = case.get("affiliation") or ""
    if not affiliation:
        return None
    given = _offices_given(index, text).get(case["accused"]) or []
    record = read_offices(affiliation)
    agree: list[Office] = []
    for office in given:
        relation = compare_office(office, record)
        if relation == "supports" and office.place and office.kind in ("mayor", "prefect"):
            relation = _office_place_relation(index, office, affiliation)
        elif relation == "supports" and office.place and office.detail in ("sector", "camp"):
            theirs = [r.place for r in record if r.detail == office.detail and r.place]
            if theirs and fold(office.place) not in {fold(t) for t in theirs}:
                relation = "contradicts"   # the Ruhengeri sector's commander, not Gisenyi's
        if relation == "contradicts":
            return "contradicts", f"the record has {case['accused']} as {affiliation}, not {office.text.strip()}"
        if relation == "supports" and office.predicative:
            agree.append(office)   # (an office that only names them, "the businessman Kabuga", tells nothing)
    if agree:
        return "supports", f"the record has {case['accused']} as {affiliation}"
    return None


def _offices_given(index: RecordIndex, text: str) -> dict[str, list[Office]]:
    """The offices a text gives each accused it names (kept per index and text: every accused's case
    reads the same sentence)."""
    memo = index.__dict__.setdefault("_offices_given", {})
    if text not in memo:
        if len(memo) > 256:
            memo.clear()
        folded = fold(text)
        mentions: dict[str, list[tuple[int, int]]] = {}
        if len(folded) == len(text):   # (positions in the folded text are the text's)
            for record in accused_in(index, text):
                accused = record["features"]["proceeding"]["accused"]
                words = name_tokens(accused_name(accused))
                if words:
                    spans = [(m.start(), m.end()) for m in re.finditer(r"(?i)\b" + re.escape(words[-1]) + r"\b",
                                                                        folded)]
                    mentions.setdefault(accused, []).extend(spans)
        memo[text] = offices_given(text, mentions) if mentions else {}
    return memo[text]


def _office_place_relation(index: RecordIndex, office: Office, affiliation: str) -> str:
    """The same kind of office in the record's place (or one holding it, or lying in it) supports; in
    a place the gazetteer knows elsewhere, contradicts ("the former mayor of Nyamata" for Taba's)."""
    place = office.place or ""
    if index.places.gazetteer.lookup(place) is None:
        return "supports"
    theirs = [w for w in re.findall(r"\b[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?", affiliation)
              if index.places.gazetteer.lookup(w) is not None]
    if not theirs:
        return "supports"
    if fold(place).lower() in _office_places(index, theirs) or \
            _office_places(index, [place]) & {fold(t).lower() for t in theirs}:
        return "supports"
    return "contradicts"


def _proceeding_finding(index: RecordIndex, text: str, stance: str, values: dict | None = None) -> Finding | None:
    """A sentence about a named accused's trial — the outcome (convicted, acquitted) and the
    sentence (life, N years, death) — compared with the proceedings the record holds for that
    person: the trial's and, when different, the appeal's sentence both count as the record's.
    A sentence that names the accused by a pronoun ("he was sentenced to thirty years") is read
    with the accused named before it (`values["accused"]`). A day or month of the text that is the
    judgment's or the appeal's confirms it; another date never contradicts (an arrest, a hearing)."""
    stayed = bool(_STAYED.search(text))
    judicial = bool(_JUDICIAL.search(text)) or stayed
    offices = mentions_office(text)
    if not judicial and not offices:
        return None
    values = values or {}
    grouped = False
    if not accused_in(index, text) and not values.get("accused") and values.get("accused_groups"):
        # Accused named by rank ("the two captains … and acquitted two senior officers"): each group in its
        # own clauses; one group's contradiction contradicts the sentence.
        found = [f for accused, clause in values["accused_groups"] if (f := _proceeding_finding(
            index, clause, stance, {**values, "accused_groups": None, "accused_group": accused})) is not None]
        if len(found) <= 1:
            return found[0] if found else None
        evidence = [e for f in found for e in f.evidence]
        wrong = [f for f in found if f.verdict == "contradicted"]
        return Finding("proceeding", "contradicted" if wrong else "supported",
                       " ".join(f.explanation for f in (wrong or found)), evidence,
                       sum(f.sources for f in (wrong or found)))
    if values.get("accused_group"):
        grouped = True
        cases = [c for c in accused_in(index, " ; ".join(values["accused_group"]))
                 if c["features"]["proceeding"]["accused"] in values["accused_group"]]
    else:
        cases = accused_in(index, text)
    if not cases and values.get("accused"):
        cases = accused_in(index, values["accused"])
    if not cases:
        return None
    terms = sentence_terms(text) if _TERM_CONTEXT.search(text) else set()
    says_acquitted = acquittal_said = bool(_ACQUITTED.search(text) or _OVERTURNED_ALL.search(text))
    # (of several accused, those the acquittal's clause names; all of them when it names none: "quashed the
    # convictions of two former ministers, Justin Mugenzi and Prosper Mugiraneza")
    acquitted_here = {c["features"]["proceeding"]["accused"] for c in cases
                      if _in_acquittal_clause(text, c["features"]["proceeding"]["accused"])} or \
        {c["features"]["proceeding"]["accused"] for c in cases}
    says_convicted = bool(_CONVICTED.search(text) or _CONVICTION_UPHELD.search(text)) and not says_acquitted
    if stance == "denies" and judicial and not stayed and not any(
            m and not _NEGATION_JUST_BEFORE.search(text[:m.start()]) for m in (_ACQUITTED.search(text),
                                                                                 _CONVICTED.search(text))):
        return None   # "X was never convicted": the negation is read by the caller
    evidence: list[Evidence] = []
    all_terms = terms
    respective = _respective_terms(text, [record["features"]["proceeding"]["accused"] for record in cases]) \
        if len(cases) > 1 and (all_terms or says_convicted) else None
    for record in cases:
        case = record["features"]["proceeding"]
        court = case["court"]
        theirs = set(case["terms"])
        named = [c["features"]["proceeding"]["accused"] for c in cases]
        terms = _clause_terms(text, case["accused"], all_terms, named) if len(cases) > 1 else all_terms
        if respective and case["accused"] in respective:
            terms = respective[case["accused"]]
        shown = " or ".join(_term_words(t) for t in case["terms"]) or "no prison term"
        relation, why = None, ""
        office = _office_reading(index, text, case) if offices else None
        if not judicial:
            if office is not None:
                evidence.append(_evidence(index, record, office[0], 1.0, office[1]))
            continue
        read = _appeal_reading(text, case, terms) if len(cases) == 1 or grouped or _COLLECTIVE.search(text) else None
        if read is None and len(cases) == 1:
            read = _appeal_change_reading(text, case)
        if office is not None and office[0] == "contradicts":
            read = office   # "Akayesu, the former mayor of Nyamata, was convicted": the wrong man's office
        if read is not None:
            relation, why = read
        elif terms and theirs and len(cases) == 1:
            if terms & theirs:
                relation, why = "supports", f"the record has {case['accused']} sentenced to {shown}"
            elif terms.isdisjoint(theirs) and case["outcome"] in ("convicted", "partially_convicted",
                                                                  # a first-instance term, never final
                                                                  "died_before_judgment"):
                relation, why = "contradicts", f"the record has {case['accused']} sentenced to {shown}"
        elif terms and theirs and len(cases) > 1:
            # "A, B and C were sentenced to life": each accused's record must hold the term.
            relation = "supports" if terms & theirs else "contradicts"
            why = f"the record has {case['accused']} sentenced to {shown}"
        if relation != "contradicts" and len(cases) == 1 and court not in ("ICTR", "IRMCT") and \
                (wrong := _ICTR_DECIDED.search(text)) is not None:
            # "Mugesera, whom the ICTR sentenced to life in April 2016": the right term, the wrong court
            relation, why = "contradicts", (f"the record has {case['accused']} tried by the {court}, not the "
                                            f"tribunal in Arusha")
            terms = terms or set()
        if relation != "contradicts" and len(cases) == 1 and (says_acquitted or says_convicted or terms) and \
                (seat := _wrong_court_seat(text, court)) is not None:
            # "Bazaramba was sentenced to life by a Swedish court": the right term, another country's court
            relation, why = "contradicts", f"the record has {case['accused']} tried by the {court}, not the {seat}"
            terms = terms or set()
        says_acquitted = acquittal_said and (len(cases) == 1 or case["accused"] in acquitted_here)
        if relation is None and stayed and not (says_acquitted or says_convicted) and len(cases) == 1:
            # "judges halted it indefinitely after finding him unfit to stand trial": no verdict, the case stayed
            # (the years of the stay, not of an arrest: « arrêté le 16 mai 2020 … jusqu'à la suspension »)
            years = {m.group(1) for m in re.finditer(r"\b(199[5-9]|20[0-4]\d)\b", text)
                     if not _OTHER_ACT.search(text[max(0, m.start() - 30):m.start()])}
            if re.search(r"\b(?:unfit|stay)", case["appeal"], re.I) and years and case.get("years") and \
                    not years & set(case["years"]):
                relation, why = "contradicts", (f"the record has {case['accused']}'s case stayed in "
                                                f"{' and '.join(case['years'])}, not {' or '.join(sorted(years))}")
            elif re.search(r"\b(?:unfit|stay)", case["appeal"], re.I):
                relation, why = "supports", f"the record has {case['accused']}'s case: {case['appeal']}"
            elif case["outcome"] not in _NO_JUDGMENT:
                relation, why = "contradicts", (f"the record has {case['accused']} "
                                                f"{case['outcome'].replace('_', ' ')} by the {court}")
        if relation is None and (says_acquitted or says_convicted):
            # (not a count the trial acquitted of, noted in the column: "acquitted of the murder of Prime Minister …")
            acquitted_on_appeal = "acquit" in case["appeal"].lower() and "convict" not in case["appeal"].lower() and \
                not re.match(r"\s*acquitted\s+(?:at\s+trial\s+)?of\b", case["appeal"], re.I)
            record_convicted = case["outcome"] in ("convicted", "partially_convicted") and not acquitted_on_appeal
            record_acquitted = case["outcome"] == "acquitted" or (acquitted_on_appeal and case["outcome"] != "acquitted"
                                                                 and "acquitted" in case["appeal"].lower())
            if says_acquitted and case["outcome"] == "acquitted" and _ACQUITTED_ON_APPEAL.search(text) and \
                    not re.search(r"acquit|revers|quash|overturn", case["appeal"], re.I):
                # "Kabiligi was acquitted on appeal, not at trial": the record's acquittal is the trial's
                relation = "contradicts"
                why = f"the record has {case['accused']} acquitted at trial by the {court}, with no appeal decision"
            elif says_convicted and record_convicted and (spared := _acquitted_of_named(case["appeal"], text)):
                # "convicted Major Bernard Ntuyahaga of murdering Prime Minister Uwilingiyimana herself": the one
                # count the record has him acquitted of
                relation = "contradicts"
                why = f"the record has {case['accused']} convicted by the {court} but acquitted of {spared}"
            elif says_convicted and record_convicted or says_acquitted and record_acquitted:
                relation = "supports"
            elif says_acquitted and record_convicted and _ACQUITTED_OF_A_COUNT.search(text):
                pass   # "acquitted Bagosora and his co-accused of conspiracy": one count; the record convicts of others
            elif says_convicted and record_acquitted and case["outcome"] != "partially_convicted" \
                    or says_acquitted and record_convicted and case["outcome"] == "convicted":
                relation = "contradicts"
            elif says_acquitted and record_convicted and case["terms"] and not re.search(
                    r"\b(?:acquitt\w*|cleared)\s+(?:\w+\s+)?(?:of|on)\b|\bacquitt[ée]\w*\s+(?:de|du|des)\b", text, re.I):
                # "Serugendo was acquitted in 2006": convicted of some counts and sentenced, acquitted of
                # none that the sentence names
                relation = "contradicts"
                why = (f"the record has {case['accused']} convicted on some counts by the {court} and sentenced "
                       f"to {shown}")
            elif case["outcome"] in _NO_JUDGMENT and not re.search(r"\b(?:convict|acquitt)", case["appeal"], re.I):
                relation = "contradicts"   # "Kabuga was convicted in 2023": the record has no judgment at all
            outcome = "acquitted" if record_acquitted else ("convicted" if record_convicted else case["outcome"])
            why = why or f"the record has {case['accused']} {outcome.replace('_', ' ')} by the {court}"
            if case["outcome"] in _NO_JUDGMENT:
                why = f"the record has no judgment for {case['accused']} at the {court} ({outcome.replace('_', ' ')})"
        # (each accused's, when several; the name and office of one accused may stand between the judgment
        # and its year: "Its first judgment, against the Taba mayor Jean-Paul Akayesu, came only in 2001")
        year = (_decision_year(text, 60) if len(cases) == 1 else _year_of(text, case["accused"])) \
            if relation != "contradicts" else None
        mine = _own_date(values) if year else None
        if year and mine and mine["days"] <= 31 and mine["earliest"][:4] == year and case.get("dates") and \
                all(len(d) >= 7 for d in case["dates"]) and _proceeding_day(values, case) is None and \
                not any(d.startswith(mine["earliest"][:7]) for d in case["dates"]) and \
                not _month_in(case.get("appeal") or "", mine["earliest"][:7]):
            # (a decision of that very month is no other month's: "came on 2 September 1998, and two days later
            # Kambanda was sentenced")
            # « En décembre 2023, la cour d'appel a confirmé … »: neither decision was in that month.
            relation, why = "contradicts", (f"the record has {case['accused']}'s decisions on "
                                             f"{' and '.join(case['dates'])}, not in {mine['earliest'][:7]}")
        elif year and case.get("trial_year") and _TRIAL_ONLY.search(text) and not _APPEAL_WORD.search(text) and \
                year != case["trial_year"]:
            # "Its first judgment, against … Akayesu, came only in 2001": the trial's year, not the appeal's.
            relation, why = "contradicts", f"the record has {case['accused']}'s trial judgment in {case['trial_year']}, " \
                                           f"not {year}"
        elif year and case.get("years") and year not in case["years"]:
            # "sentenced to 12 years in 2003": the right term in the wrong year is not the record's judgment.
            relation, why = "contradicts", (f"the record has {case['accused']}'s judgment and appeal in "
                                             f"{' and '.join(case['years'])}, not {year}")
        day = _proceeding_day(values, case) if relation is None and len(cases) == 1 and not (
            says_acquitted or says_convicted) else None
        if day:   # "The Appeals Chamber dismissed his appeal on 8 May 2012": the day of the decision
            relation, why = "supports", f"the record has {case['accused']}'s {day}"
        if relation is None and office is not None:
            # "the army chief of staff, Augustin Bizimungu, was tried in the Military II case": the office is
            # what the sentence says of him that the record holds
            evidence.append(_evidence(index, record, office[0], 1.0, office[1]))
            continue
        if relation is None:
            continue
        said = ", ".join(sorted(_term_words(t) for t in terms)) if terms else (
            "acquitted" if says_acquitted else "convicted" if says_convicted or not stayed else "stopped without a verdict")
        evidence.append(_evidence(index, record, relation, 1.0, f"{why}; the text says {said}"))
    if not evidence:
        return None
    pro = [e for e in evidence if e.relation == "supports"]
    con = [e for e in evidence if e.relation == "contradicts"]
    # (an office alone is one more value of the sentence: it leaves its figures and dates to be read)
    aspect = "proceeding" if judicial else "office"
    if con:
        return Finding(aspect, "contradicted", "The court records differ: " +
                       "; ".join(e.explanation for e in con) + ".", evidence, len(con))
    return Finding(aspect, "supported", "The court records agree: " + "; ".join(e.explanation for e in pro) + ".",
                   evidence, len(pro))


# The tribunal in Arusha named as the court that decided ("whom the ICTR sentenced", "convicted by the
# ICTR", « condamné par le TPIR »), the decision's verb and the court in one clause.
_ICTR_NAME = r"(?:the\s+)?(?:ICTR|TPIR|International\s+Criminal\s+Tribunal\s+for\s+Rwanda|(?:UN\s+)?tribunal\s+in\s+Arusha|" \
             r"Arusha\s+tribunal|Tribunal\s+p[ée]nal\s+international\s+pour\s+le\s+Rwanda|le\s+TPIR)"
_ICTR_DECIDED = re.compile(r"\b" + _ICTR_NAME + r"\s+(?:\w+\s+){0,2}?(?:sentenced|convicted|acquitted|tried|jailed|"
                           r"condamn\w+|acquitt\w+|jug[ée]\w*)\b|\b(?:sentenced|convicted|acquitted|tried|jailed|"
                           r"condamn[ée]\w*|acquitt[ée]\w*|jug[ée]\w*)\s+(?:\w+\s+){0,5}?(?:by|at|before|in|par|devant)\s+"
                           + _ICTR_NAME + r"\b", re.I)
# Where a court sits, as a text names it ("a Swedish court", "a court in Ontario", "a Brussels jury",
# « la cour d'assises de Paris »): (country, province or None). The Hague is left out: the ICTR's
# Appeals Chamber sat there too.
_JURISDICTION_NAMES: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(("belgium", "belgian", "belge", "belges", "belgique", "brussels", "bruxelles"), ("belgium", None)),
    **dict.fromkeys(("france", "french", "français", "française", "paris"), ("france", None)),
    **dict.fromkeys(("netherlands", "dutch", "néerlandais", "néerlandaise", "pays-bas"), ("netherlands", None)),
    **dict.fromkeys(("switzerland", "swiss", "suisse", "lausanne", "geneva", "genève"), ("switzerland", None)),
    **dict.fromkeys(("canada", "canadian", "canadien", "canadienne"), ("canada", None)),
    **dict.fromkeys(("quebec", "québec", "montreal", "montréal"), ("canada", "quebec")),
    **dict.fromkeys(("ontario", "toronto", "ottawa"), ("canada", "ontario")),
    **dict.fromkeys(("finland", "finnish", "finlandais", "finlandaise", "porvoo", "helsinki"), ("finland", None)),
    **dict.fromkeys(("germany", "german", "allemand", "allemande", "allemagne", "frankfurt", "francfort",
                     "stuttgart"), ("germany", None)),
    **dict.fromkeys(("norway", "norwegian", "norvège", "norvégien", "norvégienne", "oslo"), ("norway", None)),
    **dict.fromkeys(("sweden", "swedish", "suède", "suédois", "suédoise", "stockholm"), ("sweden", None)),
    **dict.fromkeys(("rwanda", "rwandan", "rwandais", "rwandaise", "kigali"), ("rwanda", None)),
    **dict.fromkeys(("american", "u.s.", "us", "united states", "américain", "américaine"), ("united states", None)),
    **dict.fromkeys(("british", "britain", "english", "london", "britannique", "londres"), ("united kingdom", None)),
    **dict.fromkeys(("italian", "italy", "italien", "italienne", "italie"), ("italy", None)),
    **dict.fromkeys(("spanish", "spain", "espagnol", "espagnole", "espagne"), ("spain", None)),
    **dict.fromkeys(("danish", "denmark", "danois", "danoise", "danemark"), ("denmark", None)),
}
_JURISDICTION = "|".join(sorted((re.escape(n) for n in _JURISDICTION_NAMES if n != "us"), key=len, reverse=True))
_COURT_NOUN = r"(?:court|courts|jury|tribunal|judges?|assizes|cour|juges?|jurés|justice)"
_COURT_KIND = r"(?:(?:appeals?|district|criminal|assize|military|federal|superior|high|regional|national|" \
              r"supreme|provincial)\s+){0,2}"
# "a Swedish court", "an Oslo district court", "a US court", « la justice belge », « un tribunal suédois »,
# « la cour d'assises de Paris », "a court in Ontario", "judges in Stockholm".
_COURT_SEAT = re.compile(
    rf"\b(?:(?P<a>{_JURISDICTION}|US)\s+{_COURT_KIND}{_COURT_NOUN}\b"
    rf"|{_COURT_NOUN}\s+(?:(?:d['’]assises|d['’]appel|militaire|pénal|de\s+district)\s+)?(?:(?:in|of|at|de|du|à|en)\s+)"
    rf"(?:the\s+)?(?P<b>{_JURISDICTION})\b"
    rf"|(?:justice|tribunal|cour|juridiction)\s+(?P<c>belge|française|suisse|néerlandaise|canadienne|finlandaise|"
    rf"allemande|norvégienne|suédoise|rwandaise|américaine|britannique|suédois|allemand|norvégien|finlandais|"
    rf"rwandais|canadien|néerlandais|américain|français)\b)",
    re.I)


def _court_country(court: str) -> tuple[str, str | None] | None:
    """Where one of the record's courts sits, read from its name; the ICTR and the Mechanism are
    international."""
    # (Rwanda's "High Court Chamber for International and Cross-Border Crimes" is a Rwandan court)
    if re.search(r"\b(ICTR|IRMCT|Mechanism|International)\b", court) and not re.search(r"\bCross-Border\b", court):
        return ("international", None)
    if re.search(r"\b(Gacaca|Rwanda|Kigali|Kibungo|Butare|Nyanza|Rusizi|Musanze|Rubavu)\b", court, re.I):
        return ("rwanda", None)
    if re.search(r"\bThe Hague\b", court):
        return ("netherlands", None)
    found = [_JURISDICTION_NAMES[m.group(0).lower()] for m in re.finditer(_JURISDICTION, court, re.I)]
    finest = [f for f in found if f[1]] or found
    return finest[0] if finest else None


def _wrong_court_seat(text: str, court: str) -> str | None:
    """The court seat the text names for a judgment when none is the record's court's: "sentenced by
    a Swedish court" for the Porvoo District Court (Finland), "a court in Ontario" for the Superior
    Court of Quebec, "a Rwandan court" for the ICTR. None when the text names no seat, or any it names
    fits (a sentence comparing two courts names the right one too)."""
    theirs = _court_country(court)
    if theirs is None:
        return None
    named = []
    # the international tribunal's own names hold "Rwanda": "the appeal judges of the Rwanda tribunal"
    text = re.sub(r"\b(?:the\s+)?(?:UN(?:'s)?\s+)?Rwanda\s+tribunal\b|\b(?:International\s+Criminal\s+)?Tribunal\s+for\s+Rwanda\b|"
                  r"\bTribunal\s+p[ée]nal\s+international\s+pour\s+le\s+Rwanda\b", " ", text, flags=re.I)
    for m in _COURT_SEAT.finditer(text):
        word = next(g for g in m.groups() if g)
        named.append((m.group(0), _JURISDICTION_NAMES.get(word.lower(), ("united states", None) if word == "US" else None)))
    named = [(w, seat) for w, seat in named if seat]
    if not named:
        return None
    for _, seat in named:
        if seat[0] == theirs[0] and not (seat[1] and theirs[1] and seat[1] != theirs[1]):
            return None
    return named[0][0]


_TRIAL_ONLY = re.compile(r"\b(first (judgment|conviction|verdict|trial)|trial (judgment|chamber)|at trial|"
                         r"first instance|premi(er|ère) (jugement|condamnation|procès)|en première instance)\b", re.I)
_APPEAL_WORD = re.compile(r"\b(appeal\w*|appel|upheld|confirm\w*|overturned|quashed|reduced|cleared|cassation)\b", re.I)
# ("was given twelve years in June 2002": a term given or received is a decision too)
_DECISION_WORD = re.compile(r"\b((?:given|received|handed|got|gets|receives|écop\w+|reçu)"
                            r"(?=\s+(?:a\s+|an\s+)?(?:\w+[- ]){0,3}(?:years?|life|ans|perpétuité)\b)|"
                            r"sentenced|convicted|acquitted|confirmed|upheld|overturned|quashed|reduced|"
                            r"convictions?|acquittals?|condamnation|acquittement|"
                            r"found guilty|jailed|condamn\w*|confirm\w*|acquitt\w*|reconnu coupable|verdict|judgment|"
                            r"jugement|arrêt)\b", re.I)
_OTHER_ACT = re.compile(r"\b(arrest\w*|extradit\w*|transferr\w*|died|death|mort|décéd\w*|fled|born|née?|naturalis\w*|"
                        r"opened|began|started|ouvert|commenc\w*|indicted|inculp\w*|charged|arrêtée?|interpell\w*|"
                        r"committed|commis|perpetrated|published|publié|released|libérée?|fui|deported|expelled|expulsée?|"
                        r"extradée?|remise?\s+[àa])\b", re.I)
_YEAR = re.compile(r"\b(199[5-9]|20[0-4]\d)\b")
# "deported in 2012 and sentenced to life four years later": the decision's year counted from another's
_YEARS_LATER = re.compile(r"^[^.;]{0,40}?\b(\w+(?:-\w+)?)\s+years?\s+later\b|^[^.;]{0,40}?\b(\w+)\s+ans\s+plus\s+tard\b",
                          re.I)


def _decision_year(text: str, reach: int = 45) -> str | None:
    """The year a sentence gives its judgment or appeal ("was sentenced to 12 years in 2003", « En
    décembre 2023, la cour d'appel a confirmé … »): a year from 1995 within a few words of the
    decision's verb, with no other act (an arrest, a death, the crimes) between them."""
    others = [o.start() for o in _OTHER_ACT.finditer(text)]
    for verb in _DECISION_WORD.finditer(text):
        later = _YEARS_LATER.search(text[verb.end():])
        anchor = list(_YEAR.finditer(text[:verb.start()]))
        if later is not None and anchor:
            word = later.group(1) or later.group(2)
            count = int(word) if word.isdecimal() else number_words_value(word.lower())
            if count is not None and 0 < count < 40:
                return str(int(anchor[-1].group(1)) + count)
    for m in _YEAR.finditer(text):
        for verb in _DECISION_WORD.finditer(text):
            lo, hi = (verb.end(), m.start()) if verb.end() <= m.start() else (m.end(), verb.start())
            between = text[lo:hi]
            # (what stands between commas, "…, against Jean-Paul Akayesu, mayor of Taba, came in …", is an
            # aside: it does not put the year further from its verb)
            limit = reach if verb.end() <= m.start() else 70
            if len(between) > limit:
                shortened = re.sub(r",[^,;.]{1,60}(?=,)", "", between)
                if len(shortened) > limit or _DECISION_WORD.search(shortened) or \
                        re.search(r"\b(?:walk\w*|went|set)\s+free\b", shortened, re.I):
                    continue   # (the year is another decision's: "…, including Kabiligi …, and Zigiranyirazo walked
                    # free on appeal in 2009")
            if _OTHER_ACT.search(between) or re.search(r"[;.]\s", between) or _YEAR.search(between):
                continue
            clause_start = max(text.rfind(c, 0, m.start()) for c in ",;:(—")
            if any(clause_start < o < m.start() for o in others):
                continue   # "arrested in Zambia in 1995, was convicted": the year is the arrest's
            return m.group(1)
    return None


def _proceeding_day(values: dict, case: dict) -> str | None:
    """Which of the case's decisions (the judgment, the appeal) the text's own date names: the
    same day, or the same month when either is written to the month only. None otherwise."""
    mine = _own_date(values)
    if not mine or mine["days"] > 31:
        return None
    for date in case.get("dates") or []:
        if len(date) < 7:
            continue
        month = len(date) == 7 or mine["days"] > 0
        theirs_start = date if len(date) == 10 else date + "-01"
        if month:
            if mine["earliest"][:7] == date[:7] and mine["latest"][:7] == date[:7]:
                return f"decision of {date[:7]}"
        elif mine["earliest"] <= theirs_start <= mine["latest"]:
            return f"decision of {date}"
    return None


def _year_of(text: str, accused: str) -> str | None:
    """The decision year written for this accused in a sentence naming several ("Kabiligi in 2008,
    Zigiranyirazo on appeal in 2009, … Mugenzi and Mugiraneza on appeal in 2013"): the first year after
    the name in its clause; the sentence's one decision year when it gives only one year."""
    years = _YEAR.findall(text)
    if len(set(years)) <= 1:
        return _decision_year(text)
    words = name_tokens(accused_name(accused))
    folded = fold(text)
    found = re.search(r"(?i)\b" + re.escape(words[-1]) + r"\b", folded if len(folded) == len(text) else text) \
        if words else None
    if not found:
        return None
    after = re.match(r"[^;.]*?\b(199[5-9]|20[0-4]\d)\b", text[found.end():])
    return after.group(1) if after else None


def _clause_terms(text: str, accused: str, terms: set, others: Sequence[str] = ()) -> set:
    """The terms stated in the clause that names this accused ("A got 25 years; B and C life").
    `others`: the other accused the sentence names, whose own words end this one's ("Ngeze's
    sentence was cut to thirty-five years and Nahimana's to thirty")."""
    words = name_tokens(accused_name(accused))
    folded = fold(text)
    searched = folded if len(folded) == len(text) else text
    found = re.search(r"(?i)\b" + re.escape(words[-1]) + r"\b", searched) if words else None
    for other in re.findall(r"\(([^)]*)\)", accused) if not found else ():
        # the name the table gives in brackets ("Julienne Mukabutera (Sister Maria Kisito)"): a text may use it
        alias = name_tokens(other)
        found = found or (re.search(r"(?i)\b" + re.escape(alias[-1]) + r"\b", searched) if alias else None)
    if not found:
        return terms
    elliptic = re.match(r"(?:\s*,[^,;.]{1,40},)?,?\s+(\d{1,2}|life|[a-z]+(?:-[a-z]+)?)(?:\s+years)?\s*(?:[.;,]|and\b|et\b|$)",
                        text[found.end():], re.I)
    if elliptic:
        word = elliptic.group(1).lower()
        number = word if word.isdecimal() or word == "life" else number_words_value(word)
        if number is not None and (number == "life" or 1 <= int(number) <= 99):
            # "A received 32 years, and B 35", "… and Sister Maria Kisito, Julienne Mukabutera, twelve": B's
            # term is the bare number
            return {str(number).lstrip("0") if number != "life" else "life"}
    if re.match(r"['’]s\b", text[found.end():]):
        # "Nahimana's sentence stood at 30 years and Ngeze's at 35": a possessive's term is the one
        # written before the next accused's name.
        later = [m.start() for other in others if other != accused and (tokens := name_tokens(accused_name(other)))
                 for m in re.finditer(r"(?i)\b" + re.escape(tokens[-1]) + r"\b", searched) if m.start() > found.end()]
        segment = text[found.end():min(later) if later else len(text)]
        segment = re.split(r"[;.](?:\s|$)", segment)[0]
        own = sentence_terms(segment) if _TERM_CONTEXT.search(segment) else set()
        if not own:
            bare = re.search(r"\b(?:to|at|became|was|of|à)\s+(?:a\s+)?(life|perpétuité|\d{1,2}|[a-zé]+(?:-[a-zé]+)?)\b",
                             segment, re.I)
            term = _listed_term(bare.group(1)) if bare else None
            own = {term} if term else set()
        if own:
            return own
    start = max(text.rfind(";", 0, found.start()), text.rfind(". ", 0, found.start())) + 1
    ends = [i for i in (text.find(";", found.end()), text.find(". ", found.end())) if i >= 0]
    clause = text[start:min(ends) if ends else len(text)]
    return sentence_terms(clause) if _TERM_CONTEXT.search(clause) else terms


# A term as a list gives it: "to ten years", "to twenty-five", "life", "35" (before "respectively").
_LISTED_TERM = re.compile(r"\b(life|death|perpétuité|\d{1,2}|[a-zé]+(?:-[a-zé]+){0,3})(?:[- ](?:years?|ans)\b)?", re.I)
_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivement)\b", re.I)


def _listed_term(word: str) -> str | None:
    word = word.lower()
    if word in ("life", "perpétuité", "death"):
        return "death" if word == "death" else "life"
    value = int(word) if word.isdecimal() else number_words_value(word)
    return str(value) if value is not None and 1 <= value <= 99 else None


def _respective_terms(text: str, accused: list[str]) -> dict[str, set[str]] | None:
    """Each accused's term when a sentence gives one term per accused, in the order it names them:
    "A and B were sentenced to 35 and 32 years respectively", "… Elizaphan Ntakirutimana and his
    son Gérard …, the father to ten years and the son to twenty-five". The terms must follow the last
    name, one per accused; otherwise None (and each accused's clause is read instead)."""
    folded = fold(text)
    searched = folded if len(folded) == len(text) else text
    spots = []
    for name in accused:
        tokens = name_tokens(accused_name(name))
        # the part of the name that tells this accused from the others (a first name when the family's is shared)
        own = [t for t in tokens if not any(t in name_tokens(accused_name(other)) for other in accused if other != name)]
        found = [m.start() for t in (own or tokens[-1:]) for m in re.finditer(r"(?i)\b" + re.escape(t) + r"\b", searched)]
        if not found:
            return None
        spots.append((min(found), name))
    spots.sort()
    # "thirty years for Nahimana, thirty-two for Barayagwiza and thirty-five for Ngeze": each term
    # stands before its own accused's name
    before = {}
    for at, name in spots:
        m = re.search(r"\b(life|death|perpétuité|\d{1,2}|[a-zé]+(?:-[a-zé]+){0,3})(?:[- ](?:years?|ans))?(?:\s+"
                      r"(?:in\s+prison|imprisonment|de\s+prison|de\s+réclusion))?\s+(?:for|pour)\s+(?:[\w'’-]+\s+){0,3}$",
                      searched[max(0, at - 60):at], re.I)
        if m is not None and (term := _listed_term(m.group(1))) is not None:
            before[name] = term
    if len(before) == len(spots) and len(set(before.values())) >= 2:
        return {name: {term} for name, term in before.items()}
    tail_start = max(at for at, _ in spots)
    tail = text[tail_start:]
    listed: list[str] = []
    if (resp := _RESPECTIVELY.search(tail)) is not None:
        clause = tail[:resp.start()]
        clause = clause[max(clause.rfind(" to "), clause.rfind(" à "), clause.rfind(" of ")) + 1:]
        listed = [t for m in _LISTED_TERM.finditer(clause) if (t := _listed_term(m.group(1)))]
    else:
        for m in re.finditer(r"\b(?:to|à)\s+(?:a\s+|une?\s+)?(?:term\s+of\s+|peine\s+de\s+)?" + _LISTED_TERM.pattern,
                             tail, re.I):
            if (term := _listed_term(m.group(1))) is not None:
                listed.append(term)
    if len(listed) != len(spots) or len(set(listed)) < 2:
        return None
    return {name: {term} for (_, name), term in zip(spots, listed)}


def _term_words(term: str) -> str:
    return {"life": "life imprisonment", "death": "death"}.get(term, f"{term} years")


# ---- the verdict ----------------------------------------------------------------------------------

# (a date and at most a short label: "18 July 1994:", "Panel 2, October 1993:", "22.06.1994:"; not a citation,
# "Human Rights Watch, 2003:")
_DATE_HEADING = re.compile(r"\s*(?:[\w'’]+\s+\d{1,3}\s*,\s*)?(?:(?:\d{1,2}(?:er)?\s+)?[A-Za-zéû]+\.?\s+\d{4}|\d{4}|"
                           r"[A-Za-zéû]+\s+\d{1,2},\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*[:—–]\s*")


def assess_claims(wb: "Workbench | None", index: RecordIndex, text: str, claims: list[dict],
                  mentions: list[dict], *, sentences: list[tuple[int, int]] | None = None,
                  sentence_vectors: np.ndarray | None = None, use_embeddings: bool = True) -> list[ClaimCheck]:
    """A verdict with evidence for each claim the extractor found in `text`.

    `claims` and `mentions` are the extractor's output on the checked text
    (`Extractor().extract(text, lang, [(0, len(text))])`). The claims' sentences are embedded in
    one batch; pass the text's `sentences` (start, end) and their `sentence_vectors` when
    they are embedded already, and a claim that is a whole sentence reuses its vector.
    `wb` is not read (the index holds the record) and may be None.
    """
    if sentences is not None:
        claims = claims + _thesis_sentences(text, claims, sentences, mentions)
        claims.sort(key=lambda c: (c["start"], c["end"]))
    if GENOCIDE.search(text) or re.search(r"\b(Tutsis?|massacres?|killings?|tueries)\b", text, re.I):
        claims = [{**c, "topic": True} for c in claims]   # the text is about the killing
    if not claims:
        return []
    starts = [m["start"] for m in mentions]
    values = [query_values(c, mentions, starts) for c in claims]
    for claim, value in zip(claims, values):
        if not _own_date(value) and (reckoned := reckoned_from_the_plane(claim["text"])) is not None:
            value["date"] = reckoned
            value["all_dates"] = [reckoned] + list(value.get("all_dates") or [])
            if len(re.findall(r"\b(?:plane|jet|aircraft|avion|falcon|attentat)\b", claim["text"], re.I)) == 1:
                # the plane is the reckoning's anchor, not what the sentence is about
                for key in ("sites", "salient"):
                    if value.get(key):
                        value[key] = [x for x in value[key] if x != "plane"]
    for i in range(1, len(claims)):
        # "18 July 1994: The RPF takes Gisenyi …": a chronology's entry whose date heads it is dated by it, as
        # its own date, not one carried from the sentence before
        heading = _own_date(values[i - 1])
        if heading and (values[i].get("date") or {}).get("inherited") and \
                _DATE_HEADING.fullmatch(claims[i - 1]["text"]) and \
                not text[claims[i - 1]["end"]:claims[i]["start"]].strip():
            values[i]["date"] = {**heading, "inherited": False}
    for claim, value in zip(claims, values):
        if _VOTE_WORDS.search(claim["text"]) and not _resolutions(claim["text"]) or \
                _RATE.search(claim["text"]) and not _DEATH_RATE_WORDS.search(claim["text"]) or \
                _AUTHORS_OPEN.search(claim["text"]) and not _PLANE.search(claim["text"]):
            # "It passed unanimously": the resolution named just before
            value["context"] = _previous_sentence(text, claim["start"], sentences)
        if _SPEAKER_ANAPHOR.match(_untagged(claim["text"])):   # "The team concluded …": the team named just before
            value["credit_text"] = _previous_sentence(text, claim["start"], sentences) + " " + claim["text"]
        _toll_by_context(claim["text"], value, lambda: _previous_sentence(text, claim["start"], sentences))
        # "On 1 November 2010 he was convicted …": the accused is the one named before.
        # ("il a acquitté presque tous ceux qu'il a jugés": the tribunal's tally, whoever was named before)
        accused = referred_accused(index, text, claim["start"], claim["text"]) \
            if not value.get("persons") and not _states_tally(claim["text"]) and \
            not _COUNTS_ACCUSED.search(claim["text"]) else None
        if accused:   # (a sentence naming someone else, "Athanase Seromba … his sentence", is about that person)
            value["accused"] = accused
        elif not value.get("persons") and (groups := role_group(index, text, claim["start"], claim["text"])):
            value["accused_groups"] = groups   # "the two captains who confessed": the case's captains
    for i in range(1, len(claims)):
        if claims[i]["start"] - claims[i - 1]["end"] >= 400:
            continue
        # "Its authorised strength was 2,500": the actor is the one the sentence before named;
        # "The killings took place on 5 June", "4 000 personnes y ont trouvé la mort": so is the place.
        if not values[i].get("actors") and _PRONOUN_START.match(_untagged(claims[i]["text"])):
            values[i]["actors"] = list(values[i - 1].get("actors") or [])
        # A sentence of the same paragraph that names no place, force or period of its own, with a
        # small count or a day ("The government later put the number of dead at 338", "On 22 April
        # soldiers opened fire"), continues the account of the place named before it.
        same_paragraph = "\n\n" not in text[claims[i - 1]["end"]:claims[i]["start"]]
        own_date = _own_date(values[i])
        # (a count said to be the real one, or capped, "… are blown up; … tens of thousands at most", is
        # the writer's whole toll, not one of the place named before)
        small_count = same_paragraph and not _WHOLE.search(claims[i]["text"]) and \
            not _minimised_count(claims[i]["text"]) and (
            bool(values[i].get("figures")) and not own_date and all(
                (f.get("high") or f.get("low") or 0) < NATIONAL_MINIMUM for f in values[i]["figures"])
            or not values[i].get("figures") and not values[i].get("actors"))
        if not values[i].get("places") and not ties(values[i]) and (
                _ANAPHOR_START.match(claims[i]["text"]) or _PLACE_ANAPHOR.search(claims[i]["text"]) or
                _PRONOUN_START.match(_untagged(claims[i]["text"])) or small_count):
            # The nearest claim before it (of the same paragraph, three at most) that names a place.
            j = next((j for j in range(i - 1, max(-1, i - 4), -1) if values[j].get("places")
                      and "\n\n" not in text[claims[j]["end"]:claims[i]["start"]]), i - 1)
            for key in ("places", "sites", "targets"):
                if values[j].get(key) and key in values[i]:
                    values[i][key] = list(values[j][key])
                    values[i]["places_inherited"] = True
            if not values[i].get("actors"):
                values[i]["actors"] = list(values[j].get("actors") or [])
    vectors = None
    if not use_embeddings and len(index):
        # BM25 and values only: no model is loaded, every cosine is 0 (see RecordIndex.search_many).
        vectors = np.zeros((len(claims), index.matrix.shape[1]), dtype=np.float32)
    elif sentences is not None and sentence_vectors is not None and len(sentences) == len(sentence_vectors):
        row = {(int(s), int(e)): i for i, (s, e) in enumerate(sentences)}
        # A French sentence is searched with its English gloss's vector (`gloss`), not the sentence's own.
        found = [row.get((c["start"], c["end"])) if language_of(c["text"]) != "fr" else None for c in claims]
        missing = [c["text"] for c, i in zip(claims, found) if i is None]
        extra = iter(embed_queries(missing)) if missing else iter(())
        vectors = np.stack([sentence_vectors[i] if i is not None else next(extra) for i in found])
    hits = index.search_many([c["text"] for c in claims], values, k=K + COURT_EVENTS, vectors=vectors)
    # The events a court tried are kept apart (see `judge`): they do not take the place of the K claims.
    hits = [[h for h in found if not h.claim.get("proceeding_event")][:K] +
            [h for h in found if h.claim.get("proceeding_event")][:COURT_EVENTS] for found in hits]
    for i, (claim, found) in enumerate(zip(claims, hits)):
        found.extend(_place_candidates(index, values[i], found, vectors[i] if vectors is not None else None))
        _across_languages(index, claim["text"], found)
    for i in range(1, len(claims)):
        if claims[i]["start"] - claims[i - 1]["end"] < 400 and "\n\n" not in text[claims[i - 1]["end"]:claims[i]["start"]]:
            values[i]["previous"] = (values[i - 1], hits[i - 1], claims[i - 1]["text"])   # (see _previous_quantity)
    checks = [judge(index, c, v, h) for c, v, h in zip(claims, values, hits)]
    # What no claim of the record decides may be stated by one of its other sentences (a
    # chronology's entry, a signing, a departure): those are searched for these claims only.
    undecided = [i for i, check in enumerate(checks) if check.verdict == "not_in_record"]
    query_vectors = vectors if vectors is not None else index.last_vectors
    if undecided and index.sentences and query_vectors is not None and len(query_vectors) == len(claims):
        found_sentences = index.search_sentences(query_vectors[undecided], [values[i] for i in undecided])
        for i, sentence_hits in zip(undecided, found_sentences):
            _across_languages(index, claims[i]["text"], sentence_hits)
            if any(_sentence_candidate(h) for h in sentence_hits):
                checks[i] = judge(index, claims[i], values[i], hits[i], sentence_hits)
    else:
        found_sentences = [None] * len(undecided)
    # What the rules still leave out of the record gets a second look: a classifier trained on the
    # project's labelled sets reads how alike and how tied the nearest record statements are.
    if use_embeddings:
        from factfinder.check import second_look

        for i, sentence_hits in zip(undecided, found_sentences):
            if checks[i].verdict == "not_in_record" and not claims[i].get("synthetic"):
                checks[i] = second_look.reconsider(index, claims[i], values[i],
                                                   [h for h in hits[i] if not h.claim.get("proceeding_event")],
                                                   sentence_hits, checks[i])
    # A thesis sentence the record says nothing about is not a claim worth listing.
    return [check for c, check in zip(claims, checks) if not (c.get("synthetic") and check.verdict == "not_in_record")]


_FRENCH_WORDS, _ENGLISH_WORDS = FRENCH_WORDS, ENGLISH_WORDS
CROSS_LINGUAL_BASE = 0.35    # a value tie's worth of likeness across languages (see _across_languages)
CROSS_LINGUAL_STEP = 0.10


_PLACES_FIELD = re.compile(r'"places":\[([^\]]*)\]')
PLACE_CANDIDATES = 12   # record claims about the same specific place added to a claim's hits
PLACE_POOL = 60         # ... chosen among this many of the likeliest claims of that place


def _place_candidates(index: RecordIndex, values: dict, hits: list[Hit], vector: np.ndarray | None) -> list[Hit]:
    """Record claims about the same specific place and kind of act that neither words nor meaning
    found, for a sentence in another language or one whose place comes from the sentence before
    ("4 000 personnes y ont trouvé la mort"). Found by the values alone, likeness computed after."""
    if not values.get("figures") and not _own_date(values):
        return []
    # Only where words and meaning are known to miss: across languages, or with the place taken from the
    # sentence before. Elsewhere they moved the training sets' mean F1 by +0.0001 (0.7621 -> 0.7622)
    # and cost a third of judging at 100k claims (0.29 -> 0.17 s).
    if not (values.get("places_inherited") or language_of(values.get("text") or "") == "fr"):
        return []
    wanted = [p for p in values.get("places") or [] if index.places.specific(p)]
    if not wanted:
        return []
    by_place = index.__dict__.get("_rows_by_place")
    if by_place is None:
        # Read from the stored rows without decoding them: at 100,000 claims decoding each would
        # cost seconds; the places list is found by a regular expression instead.
        by_place = {}
        rows = getattr(index, "_rows", None)
        for row in range(len(index)):
            raw = rows[row] if rows is not None and row not in index._decoded else None
            if raw is not None:
                found = _PLACES_FIELD.search(raw)
                places = re.findall(r'"([^"]+)"', found.group(1)) if found else []
            else:
                places = index.claim(row)["features"].get("places") or []
            for place in places:
                by_place.setdefault(place, []).append(row)
        index.__dict__["_rows_by_place"] = by_place
    have = {h.row for h in hits}
    rows = sorted({row for place in wanted[:3] for row in by_place.get(place, ())} - have)
    if not rows:
        return []
    # The likeliest first, in one product: a place like Kigali has thousands of claims in a large record.
    if vector is not None:
        cosines = np.asarray(index.matrix[np.asarray(rows)] @ vector, dtype=np.float32)
        order = np.argsort(-cosines, kind="stable")[:PLACE_POOL]
        ranked = [(rows[i], float(cosines[i])) for i in order]
    else:
        ranked = [(row, 0.0) for row in rows[:PLACE_POOL]]
    kind = values.get("event_type")
    query = values_of(values)
    out: list[Hit] = []
    for row, cosine in ranked:
        record = index.claim(row)
        features = record["features"]
        if kind and features.get("event_type") and not compatible(kind, features["event_type"]):
            continue
        out.append(Hit(row=row, claim_id=int(index.ids[row]), score=0.0, cosine=cosine, bm25=0.0,
                       matches=value_matches(query, index.values(row), index.places), claim=record))
    out.sort(key=lambda h: (-len(h.matches), -h.cosine))
    return out[:PLACE_CANDIDATES]


def _across_languages(index: RecordIndex, text: str, hits: list[Hit]) -> None:
    """The packaged embedding model is English: a French sentence and its English counterpart in the
    record score a low cosine. Across languages a hit's likeness is also read from the values the two
    share (kind of act, counted thing, period, place, site, actor, person), each worth a step."""
    mine = language_of(text)
    memo = index.__dict__.setdefault("_languages", {})   # (sentence hits have negative rows)
    for hit in hits:
        theirs = memo.get(hit.row)
        if theirs is None:
            theirs = memo[hit.row] = language_of(hit.claim["text"])
        if theirs != mine:
            shared = len({"type", "counted", "period", "place", "site", "actor", "person"} & set(hit.matches))
            # At least one tie to a particular place, force or person: kind, count and period alone
            # are shared by every toll of the genocide.
            if shared >= 3 and {"place", "site", "actor", "person"} & set(hit.matches):
                hit.cosine = max(hit.cosine, min(0.80, CROSS_LINGUAL_BASE + CROSS_LINGUAL_STEP * shared))


_ANAPHOR_START = re.compile(r"\s*(the (killings?|massacres?|attacks?|executions?|shootings?)|these|this (killing|massacre|"
                            r"attack|incident)|ces (tueries|massacres|meurtres)|ce massacre|cette attaque|there)\b",
                            re.I)
_PLACE_ANAPHOR = re.compile(r"\b(y (ont|a|sont|est|furent|fut|avaient|avait)|there (were|was|had been))\b", re.I)
# A transcript's speaker tag or a live blog's time opening a statement ("GUEST: It was created …", "CALLER
# (THÉO): …", "11:09 — Nsengiyumva …"): what the statement refers back to stands after it.
_TURN_TAG = re.compile(r"\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ \t]+[A-ZÀ-Ý'’.-]+){0,2}(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*:|"
                       r"\d{1,2}[:.h]\d{2}[ \t]*[—–-])[ \t]+")


def _untagged(text: str) -> str:
    """A statement without the speaker's tag or the time that opens it."""
    found = _TURN_TAG.match(text)
    return text[found.end():] if found else text


_SPEAKER_ANAPHOR = re.compile(r"\s*(the (team|report|study|commission|experts?|inquiry|survey|authors?|group|"
                              r"organi[sz]ation|agency|ministry|government)|they|it|he|she|its authors|"
                              # "Their conclusion: at least half a million …", "Its estimate was …"
                              r"(?:their|its|his|her)\s+(?:own\s+)?(?:conclusion|estimate|figure|count|finding|total|verdict)s?|"
                              r"l['’](équipe|"
                              r"enquête|étude|organisation)|le (rapport|ministère|gouvernement)|la commission|il|elle|ils|"
                              r"elles)\b", re.I)
_PRONOUN_START = re.compile(r"\s*(it|its|they|their|he|his|she|her|the (force|mission|tribunal|court|army|"
                            r"commission)|il|elle|ils|elles|son|sa|ses|leur|leurs)\b", re.I)


def _previous_sentence(text: str, start: int, sentences: list[tuple[int, int]] | None) -> str:
    """The sentence before the one starting at `start` (from `sentences`, or read off the text)."""
    if sentences:
        before = [(s, e) for s, e in sentences if e <= start]
        if before:
            s, e = before[-1]
            return text[s:e]
    head = text[max(0, start - 600):start].rstrip()
    cut = max(head.rfind(". ", 0, len(head) - 1), head.rfind("\n"))
    return head[cut + 1:].strip()


def _thesis_sentences(text: str, claims: list[dict], sentences: list[tuple[int, int]],
                      mentions: list[dict]) -> list[dict]:
    """Sentences the extractor made no claim of (no figure, date or verb of violence) that state
    a denial thesis ("the killings were tribal fighting", "not of any extermination plan"): they
    are checked as claims too."""
    covered = sorted((c["start"], c["end"]) for c in claims)
    out = []
    for start, end in sentences:
        sentence = text[start:end]
        if any(s < end and start < e for s, e in covered) or len(sentence.split()) < 4:
            continue
        if not any(pattern.search(sentence) for _name, pattern, _statement in THESES) and \
                not _states_tally(sentence) and \
                not (_AUTHORS_OPEN.search(sentence) and _WHO_FIRED.search(sentence)):
            continue   # ("the tribunal never acquitted anyone": see _court_tally_finding; "who fired has never
            # been established by a court": see _authors_open_finding)
        inside = [i for i, m in enumerate(mentions) if start <= m["start"] and m["end"] <= end]
        out.append({"text": sentence, "start": start, "end": end, "stance": "asserts", "asserted_by": "author",
                    "mention_indices": inside, "slots": {}, "synthetic": True})
    return out


_FROM_TO = re.compile(r"\b(?:from|de)\s+(?:about\s+|some\s+|around\s+|environ\s+)?(?P<before>[\d][\d,. ]*[\d]|\d)"
                      r"(?:\s+\w+)?\s+(?:down\s+|up\s+)?(?:to|à)\s+(?:just\s+|only\s+|about\s+|some\s+|a\s+mere\s+|"
                      r"seulement\s+|environ\s+)?(?P<after>\d)", re.I)


# "had 2,500 men on paper and was then cut to 270": the figure a cut led to, its start said before
_CUT_TO = re.compile(r"\b(?:cut|reduced|slashed|scaled\s+(?:back|down)|brought\s+down|lowered|shrunk|r[ée]duit\w*|"
                     r"ramen[ée]\w*)\s+(?:\w+\s+){0,3}?(?:to|à)\s+(?:just\s+|only\s+|about\s+|some\s+|a\s+mere\s+|"
                     r"seulement\s+|environ\s+)?(?P<after>\d)", re.I)


def _changed_to_first(text: str, figures: list[dict]) -> tuple[list[dict], dict | None]:
    """The figures with the one a change led to first, and that one (None without a change):
    "cut its force from 2,500 to just 207" is a claim about the 207 (the first figure the record
    speaks to decides the verdict)."""
    change = _FROM_TO.search(text) or _CUT_TO.search(text)
    if not change or len(figures) < 2:
        return figures, None
    after = change.start("after")
    target = [f for f in figures if (at := text.find(f.get("text") or "\0")) >= 0 and at <= after < at + len(f["text"])]
    if not target:
        return figures, None
    return target[:1] + [f for f in figures if f is not target[0]], target[0]


def _other_quantity_wrong(index: RecordIndex, values: dict, later: list[dict], first_found: Finding,
                          hits: list[Hit], text: str) -> list[Finding]:
    """After a figure the record bears out, another of the sentence's figures that a different
    quantity of the reference pack contradicts: "the Tribunal indicted 93 persons and convicted 62
    of them" is right on the 93 and wrong on the 62. Only the reference pack's quantities are read
    here: a second figure is otherwise mostly another thing counted, the arithmetic's business."""
    named = {e.claim_id for e in first_found.evidence}
    for figure in later:
        if figure.get("unit") == "percent" or _class(figure, values.get("event_type"), text) in DURATIONS or \
                str(figure.get("counted") or "").lower() in _FRACTION_PARTS:
            continue
        found = _quantity_finding(index, values, _bound_flipped(text, figure), hits, text)
        if found is None or found.verdict != "contradicted" or found.aspect != "quantity":
            continue
        if named & {e.claim_id for e in found.evidence}:
            continue   # the same quantity as the first figure: one count given twice
        return [found]
    return []


# A figure that says what it counts only by the sentence before: "In reality the number was probably
# nearer a million", "My own guess is nearer 2,000", "Some 4,000 people were killed that day", "A
# million people crossed that border in under a week".
_COUNTED_BEFORE = re.compile(r"\b(the (true |real |actual |final )?(number|figure|toll|count|total|estimate)|my own|"
                             r"our own|I (believe|think|estimate|guess|reckon)|we (believe|think|estimate|take)|"
                             r"(guess|estimate|figure|assessment|view) (is|was)|others?|that day|that night|"
                             r"that (border|week|month)|the same|nearer|closer|le (vrai |véritable )?(chiffre|bilan|"
                             r"nombre)|selon (moi|nous)|à mon avis|ce jour-là|ce jour là)\b", re.I)
CONTEXT_WORDS_MAX = 20   # longer sentences say what they count themselves
CONTEXT_HITS, CONTEXT_COSINE = 3, 0.60   # the sentence before's statements that may name the quantity


def _takes_quantity_from_before(index: RecordIndex, text: str, figure: dict, values: dict) -> bool:
    counted = _class(figure, values.get("event_type"), text)
    if counted not in (None, "killed", "people", "dead", "refugees") or figure.get("unit") == "percent":
        return False
    if sites(values) or _named_actors(values) or len(text.split()) > CONTEXT_WORDS_MAX:
        return False
    if not values.get("places_inherited") and any(index.places.specific(p) for p in values.get("places") or []):
        return False   # "Kibumba alone held close to 195,000 people": a place of its own, a count of its own
    return bool(_COUNTED_BEFORE.search(text))


def _previous_quantity(index: RecordIndex, previous: tuple, figure: dict, text: str, own: dict) -> str | None:
    """The reference quantity the sentence before gave a figure of, read as that sentence's own check
    reads it; when it gave no figure ("RPA troops opened fire on the crowd at Kibeho. I believe at least
    4,000 were killed that day"), the quantity its closest record statements count that this figure fits."""
    values, hits, before = previous
    figures = [f for f in values.get("figures") or [] if _class(f, values.get("event_type"), before) not in DURATIONS]
    counted = _class(figure, own.get("event_type"), text)
    for theirs in figures:
        name = _quantity_finding(index, values, theirs, hits, before, name_only=True)
        if name and counted == "killed" and name in _quantity_classes(index) and \
                "killed" not in _quantity_classes(index)[name][0]:
            continue   # "… put the camp's population at about 110,000. Around 2,000 people were killed that day."
        if name:
            return name
    if figures:
        return None   # the sentence before counted something the record has no quantity for
    # (the place and site are the sentence before's; the act is this one's: "were killed that day")
    # Only the statements closest to the sentence before can name what it was about, and only a quantity
    # this figure is of the magnitude of (a camp's population is not the toll of the day it was fired on).
    for hit in [h for h in sorted(hits, key=lambda h: -h.cosine)[:CONTEXT_HITS] if h.cosine >= CONTEXT_COSINE]:
        found = index.quantity_of_row.get(hit.row)
        if found is None or found[1].get("unit") == "percent":
            continue
        name, record = found[0], hit.claim["features"]
        classes = {_class(f, record.get("event_type"), hit.claim["text"]) for f in record.get("figures") or []}
        if counted not in (None, "people") and counted not in classes:
            continue   # "were killed that day" after a sentence about a camp of 110,000
        if _of_its_magnitude(figure_range(figure), index.quantities.get(name, [])):
            return name
    return None


_PART_AFTER = re.compile(r"\s+(other|more|further|additional|autres?|de plus)\b", re.I)
_PART_BEFORE = re.compile(r"\b(another|an additional|a further|together with|along with|besides|"
                          r"including|among them|dont)\s+$", re.I)


def _around_figure(text: str, figure: dict, reach: int) -> tuple[str, str] | None:
    """The `reach` characters before a figure's first writing in the text and the rest of the text after
    it, or None when the figure is not written there as extracted."""
    written = figure.get("text") or ""
    at = text.find(written) if written else -1
    return (text[max(0, at - reach):at], text[at + len(written):]) if at >= 0 else None


def _part_of_count(text: str, figure: dict) -> bool:
    """A figure that counts a part of a group the sentence also counts: "and two other civilians",
    "ten more clergy", "among them three bishops". Not the quantity's figure."""
    around = _around_figure(text, figure, 25)
    return around is not None and bool(_PART_AFTER.match(around[1]) or _PART_BEFORE.search(around[0]))


# The Tutsi a census counted ("the 1991 census registered fewer than 600,000 Tutsi", « le recensement de 1991
# comptait 596 387 Tutsi »): the record's population_tutsi, not a toll.
_CENSUS_COUNTED = re.compile(r"\b(?:census|recensement)\b[^.;]{0,40}?\b(?:registered|counted|recorded|enumerated|"
                             r"found|listed|showed|comptait|dénombrait|recensait|enregistr\w+|a\s+compté|montrait)\s+$",
                             re.I)


# The RPF's soldiers as the subject of the killing the figure counts ("RPA soldiers killed 25,000 to 45,000
# people", "the RPF killed some 30,000 civilians", « l'APR a tué entre 25 000 et 45 000 personnes »).
_KILLED_BY_THE_RPA = re.compile(r"\b(?:RPF|RPA|APR|FPR)(?:['’]s)?\s+(?:(?:soldiers|troops|units|forces|fighters|army|"
                                r"soldats|troupes|unités)\s+)?(?:had\s+|have\s+|may\s+have\s+)?(?:killed|massacred|"
                                r"a\s+tué|ont\s+tué|avait\s+tué|avaient\s+tué|tua|tuèrent|massacr\w+)\s+"
                                r"(?:between\s+|some\s+|about\s+|around\s+|at\s+least\s+|up\s+to\s+|entre\s+|quelque\s+|"
                                r"environ\s+|au\s+moins\s+)?$", re.I)


# ... or as the agent of a passive: "Hutu killed by the RPF, whom the Gersony team counted in the hundreds of
# thousands", "some 30,000 civilians died at the hands of RPA soldiers", « tués par l'APR ».
_BY_THE_RPA = (r"(?:(?:killed|massacred|murdered|slain|executed)\s+by|(?:died|perished)\s+at\s+the\s+hands\s+of|"
               r"at\s+the\s+hands\s+of|tu[ée]s\s+par|massacr[ée]s\s+par|exécutés\s+par)\s+(?:the\s+|l['’]|le\s+|les\s+)?"
               r"(?:(?:RPF|RPA)(?:['’]s)?\s+)?(?:RPF|RPA|APR|FPR|soldiers\s+of\s+the\s+(?:RPF|RPA)|soldats\s+de\s+l['’]APR)\b")
_KILLED_BY_THE_RPA_BEFORE = re.compile(_BY_THE_RPA + r"[^.;]{0,50}$", re.I)
_KILLED_BY_THE_RPA_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?" + _BY_THE_RPA, re.I)


def _killed_by_the_rpa(text: str, figure: dict) -> bool:
    around = _around_figure(text, figure, 70)
    return around is not None and bool(_KILLED_BY_THE_RPA.search(around[0]) or _KILLED_BY_THE_RPA_BEFORE.search(around[0])
                                       or _KILLED_BY_THE_RPA_AFTER.match(around[1]))


def _census_tutsi(text: str, figure: dict) -> bool:
    around = _around_figure(text, figure, 80)
    return around is not None and bool(_CENSUS_COUNTED.search(around[0])) and \
        bool(re.match(r"\s+(?:\w+\s+){0,2}?Tutsis?\b", around[1], re.I))


# A small number naming a group already known, not counting it: "the chamber acquitted all four of
# conspiracy", "whether the prosecution had proved that these four accused conspired", « tous les quatre ».
_KNOWN_GROUP_BEFORE = re.compile(r"\b(?:these|those|ces)\s+$", re.I)
_KNOWN_GROUP_AFTER = re.compile(r"\s*(?:of\s+(?:them|the\s+(?:accused|defendants|men|officers))\b|"
                                r"(?:accused|defendants|co-accused|men|officers|suspects|convicts|"
                                r"accusés|hommes|officiers)\b(?!\s+(?:were|had\s+been|have\s+been|ont\s+été)\s+"
                                r"(?:killed|tu[ée]s)))", re.I)
_SMALL_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "deux", "trois", "quatre",
                "cinq", "six", "sept", "huit", "neuf", "dix"}


def _known_group(text: str, figure: dict) -> bool:
    written = (figure.get("text") or "").strip()
    if written.lower() not in _SMALL_WORDS:
        return False
    at = text.find(written)
    while at >= 0:
        if _KNOWN_GROUP_BEFORE.search(text[max(0, at - 14):at]) and (
                _KNOWN_GROUP_AFTER.match(text, at + len(written)) or re.match(r"\s*[,.;]", text[at + len(written):])):
            return True
        if re.search(r"\ball\s+$", text[max(0, at - 6):at], re.I) and \
                re.match(r"\s+of\s+(?!them|the|these|those|us|whom)\w", text[at + len(written):], re.I):
            return True   # "acquitted all four of conspiracy" (not "all four of them were convicted")
        at = text.find(written, at + 1)
    return False


def judge(index: RecordIndex, claim: dict, values: dict, hits: list[Hit],
          sentence_hits: list[Hit] | None = None) -> ClaimCheck:
    stance = claim.get("stance", "asserts")
    # The events a court tried (`retrieve.proceeding_event_claims`) are short and general ("killings in
    # Kigali, April 1994"): they date an act the text ties to them by place and site, and nothing else.
    court_events = [h for h in hits if h.claim.get("proceeding_event")] if values.get("event_type") != "trial" else []
    hits = [h for h in hits if not h.claim.get("proceeding_event")]
    if stance == "denies" and _META_NEGATION.search(claim["text"]):
        stance = "asserts"   # "nor does it mention the killing of …": the killing is not denied
        claim = {**claim, "stance": "asserts"}
    if _DENIED_CONTENT.search(claim["text"]) or _NONE_OF_THE_ACCUSED.match(claim["text"]):
        stance = "denies"   # "it is false that …", "not one of those indicted was …": no negated verb to see
    if _REBUTTAL_LABEL.match(claim["text"]) and stance == "denies" and not _NEGATION.search(
            claim["text"][_REBUTTAL_LABEL.match(claim["text"]).end():]):
        # "That is false: Human Rights Watch counted at least 200,000 dead …": what follows the label is the
        # correction, asserted
        stance = "asserts"
        claim = {**claim, "stance": "asserts"}
    if _RHETORICAL.match(claim["text"]) and claim["text"].rstrip().endswith("?"):
        # "Was it not the RPF that invaded …?", "Isn't it strange that …?": a question that asserts.
        stance = "asserts"
        claim = {**claim, "stance": "asserts", "rhetorical": True}
    findings: list[Finding] = []
    values = {**values, "text": claim["text"]}
    if _KIGALI_FOR_ITS_GOVERNMENT.search(claim["text"]) and "rw.town.kigali" in (values.get("places") or []):
        # "The famous figure of a million dead was invented in Kigali": the government, not the place counted.
        values["places"] = [p for p in values["places"] if p != "rw.town.kigali"]
    shares = percent_figures(claim["text"])
    # "one in seven Rwandans" is a share; its "seven" counts nothing
    in_shares = {w.lower() for m in _ONE_IN_N.finditer(claim["text"]) for w in (m.group("num"), m.group(2))}
    counts = [f for f in values.get("figures") or [] if (f.get("text") or "").lower() not in in_shares
              and ((f.get("text") or "").lower().split() or [""])[-1] not in in_shares]   # ("roughly two" in three)
    ordered, changed_to = _changed_to_first(claim["text"], counts + shares +
                                            vague_figures(claim["text"], values.get("figures") or []))
    for position, figure in enumerate(ordered):
        if _class(figure, values.get("event_type"), claim["text"]) in DURATIONS:
            continue   # "47 years", "100 days": a sentence or a span, the proceedings' or arithmetic's business
        if _in_rate(claim["text"], figure):
            continue   # "5 to 8 per 10,000 a day": a rate (see `_rate_finding`), not a count
        if str(figure.get("counted") or "").lower() in _FRACTION_PARTS:
            continue   # "61 were convicted, about two-thirds": a share, the arithmetic's business
        if len(ordered) > 1 and _part_of_count(claim["text"], figure):
            continue   # "thirteen clergy and two other civilians": a part of the toll the sentence adds up
        if _known_group(claim["text"], figure):
            continue   # "acquitted all four of conspiracy": the accused already named, not a count
        figure = _bound_flipped(claim["text"], figure)
        fvalues = values
        if str(figure.get("counted") or "").lower() in TROOP_WORDS and values.get("event_type") == "killing" \
                and _genocide_word_only(claim["text"]):
            fvalues = {**values, "event_type": None}   # troops counted in a sentence that only names the genocide
        if figure.get("unit") != "percent" and _census_tutsi(claim["text"], figure) and \
                (found := _quantity_finding(index, fvalues, figure, hits, claim["text"],
                                            name="population_tutsi")) is not None:
            pass   # "the 1991 census registered fewer than 600,000 Tutsi": a population, whatever dead follow
        elif figure.get("unit") != "percent" and _killed_by_the_rpa(claim["text"], figure) and \
                (found := _quantity_finding(index, fvalues, figure, hits, claim["text"],
                                            name="rpf_killings")) is not None:
            pass   # "RPA soldiers killed 25,000 to 45,000 people": the RPF's killings, whatever toll is beside it
        elif figure.get("unit") != "percent" and \
                (found := _exact_figure_finding(index, fvalues, figure, hits, claim["text"])) is not None:
            pass   # a precise figure the record holds exactly ("1,958,634 cases") is that figure
        elif figure.get("unit") == "percent":
            found = _quantity_finding(index, values, figure, hits, claim["text"])
        elif _is_national(fvalues, figure, claim["text"], index) or (
                (_class(figure, values.get("event_type"), claim["text"]) is None or _named_a_lie(claim["text"], figure))
                and not ties(values) and (figure.get("low") or 0) >= NATIONAL_MINIMUM and
                _called_invented(claim["text"], figure)):
            # ("The famous 800,000 was made up"): a bare number this large called invented is the toll
            found = _national_finding(index, figure, hits)
            if found and found.verdict == "disputed" and _national_credits(
                    index, figure, claim["text"], _credit_words(values["credit_text"]) if values.get("credit_text")
                    else _credit_words(claim["text"])):
                found = Finding("figure", "supported", f"The text credits its figure to a source the record holds: "
                                f"{found.explanation[0].lower()}{found.explanation[1:]}",
                                [e for e in found.evidence if e.relation == "supports"], found.sources)
        elif (found := _quantity_finding(index, fvalues, figure, hits, claim["text"])) is not None:
            pass
        else:
            found = _local_figure_finding(index, fvalues, figure, hits)
        if (found is None or found.verdict == "not_in_record") and values.get("previous") and \
                _takes_quantity_from_before(index, claim["text"], figure, fvalues):
            name = _previous_quantity(index, values["previous"], figure, claim["text"], fvalues)
            if name:
                found = _quantity_finding(index, fvalues, figure, [], claim["text"], name=name) or found
        if found and found.verdict in ("supported", "disputed") and _called_invented(claim["text"], figure):
            found = Finding("figure", "contradicted", "The text calls the figure invented or inflated; the record's "
                            f"sources give it: {found.explanation[0].lower()}{found.explanation[1:]}",
                            [_as_contradicting(e) for e in found.evidence if e.relation == "supports"], found.sources,
                            signal="invented")
        if found:
            findings.append(found)
            if found.verdict != "not_in_record":
                if found.verdict == "supported" and changed_to is None:
                    findings += _other_quantity_wrong(index, fvalues, ordered[position + 1:], found, hits,
                                                      claim["text"])
                break   # the first figure the record speaks to decides; the others are arithmetic's business
        if changed_to is not None and figure is changed_to:
            break   # "cut from 2,500 to 207": what it was cut from does not bear the claim out
    found = _act_date_finding(index, claim["text"], values)
    if found is not None and found.verdict == "supported" and found.aspect == "date" and counts and \
            any(key.startswith("massacre|") for key in acts_named(claim["text"])):
        found = None   # ("at Kibeho on 22 April 1995, at least 4,000 were killed"): the day is the record's;
        # the toll is what the sentence claims
    found = found or _date_finding(index, values, hits + court_events)
    if found is None or found.verdict == "supported":
        found = _date_dispute(index, values, hits) or found
    if found:
        findings.append(found)
    if (wrong := _act_resolution_finding(index, claim["text"])) is not None:
        findings.append(wrong)
    if found and found.verdict == "supported" and claim.get("asserted_by", "author") == "author" and \
            _names_who_downed_the_plane(claim["text"]) and \
            (perpetrator := _perpetrator_finding(index, claim["text"], values, hits)) is not None:
        # "The RPF shot the plane down on 6 April": the day is the record's, who did it is what is claimed.
        findings = [f for f in findings if f.aspect != "date"] + [perpetrator]
    found = _rate_finding(index, claim["text"], values.get("context") or "")
    if found:
        findings.append(found)   # (its numbers were read as no count above)
    found = _vote_finding(index, claim["text"], values, hits)
    if found:
        findings = [f for f in findings if f.aspect not in ("figure", "quantity") or f.verdict == "not_in_record"]
        findings.append(found)   # "thirteen votes to one": a vote, not a count of anything
    found = _proceeding_finding(index, claim["text"], stance, values)
    if found and found.aspect == "office":
        findings.append(found)
    elif found:
        # (a day of the crime the record's sources give apart stays disputed beside the trial's outcome:
        # "for the murder of thirteen clergy at Kabgayi on 5 June 1994, a military court convicted …")
        findings = [f for f in findings if f.aspect not in ("figure", "date") or f.verdict == "not_in_record" or
                    f.explanation.startswith(DAY_DISPUTE_OPENING) and found.verdict == "supported"]
        findings.append(found)   # the court's own record decides a trial's outcome and sentence
    if not any(f.verdict != "not_in_record" for f in findings):
        # (whoever says it, "the French courts concluded that the RPF fired" is the text's claim about a court)
        found = _perpetrator_finding(index, claim["text"], values, hits) \
            if claim.get("asserted_by", "author") == "author" or _COURT_SETTLED.search(claim["text"]) else None
        if found:
            findings.append(found)
    thesis = _thesis_finding(index, claim, stance)
    if thesis:
        findings = [f for f in findings if f.aspect != "meaning"] + [thesis]
        stance = "asserts"   # the denial is read by the thesis itself
    if not any(f.verdict in ("contradicted", "disputed") for f in findings):
        found = _ruled_out_finding(index, claim["text"], (values.get("previous") or (None, None, ""))[2] or "")
        if found:   # (it outranks a date or a likeness of words that agrees)
            findings.append(found)
    if not any(f.verdict != "not_in_record" for f in findings):
        # (its own negations, "never acquitted anyone", are read by its patterns: a meaning, never flipped;
        # a figure the record holds decides first: "… acquitted most of the accused. It convicted 61 and
        # acquitted 14" is one claim of two sentences)
        found = _court_tally_finding(index, claim["text"], values)
        if found:
            findings.append(found)
    if not any(f.verdict != "not_in_record" for f in findings):
        # (before the meaning reading: "it did not prosecute any member of the RPF" and "never indicted an RPF
        # suspect" say one thing with different negations, which that reading takes for a disagreement)
        found = _unprosecuted_finding(index, claim["text"])
        if found:
            findings.append(found)
    if not any(f.verdict != "not_in_record" for f in findings) and stance != "denies":
        found = _authors_open_finding(index, claim["text"], values)
        if found:
            findings.append(found)
    if not any(f.verdict != "not_in_record" for f in findings):
        found = _meaning_finding(index, claim["text"], values, stance, hits, claim.get("asserted_by") or "author")
        if found:
            findings.append(found)
    if not any(f.verdict != "not_in_record" for f in findings):
        found = _thesis_support(index, claim, hits)
        if found:
            findings.append(found)
    found = _person_finding(index, claim["text"], values) or _role_holder_finding(index, claim["text"], values, hits) \
        or _group_nationality_finding(index, claim["text"], values, hits)
    if found:
        findings.append(found)   # (a conflict: it outranks what else agrees)
    if sentence_hits and not any(f.verdict != "not_in_record" for f in findings):
        found = _sentence_finding(index, values, stance, sentence_hits)
        if found:
            findings.append(found)

    # Whatever its voice: a party's statement the record holds with another figure is not the record's.
    if stance != "denies" and not any(f.verdict in ("contradicted", "disputed") for f in findings) and \
            not any(f.aspect == "proceeding" and f.verdict == "supported" for f in findings):
        # (the court's own record has decided a trial's terms: "his life sentence cut to 35 years" is not
        # another accused's "15" in a record statement alike in words)
        found = _detail_finding(index, claim["text"], hits, sentence_hits, values)
        if found:
            findings.append(found)

    decided = [f for f in findings if f.verdict != "not_in_record"]
    denies = stance == "denies"
    flips = False
    if decided:
        top = max(decided, key=lambda f: (_PRIORITY[f.verdict], f.sources))
        # A meaning finding weighs the stances itself; values are flipped here for a denial.
        # "did not kill 800,000" denies the figure; "a force of 20,000 saw no genocide" does not.
        # A figure called invented was read with its denial already ("nobody was ever counted" after it).
        # (an office read as denied, "not chief of staff", is left out by the office reader itself)
        # (nor is "he will never be tried" beside a stay of proceedings: the stay is what it says; nor a figure
        # or a date beside "it never indicted a member of the RPF", whose negation is the non-prosecution)
        flips = denies and top.aspect not in ("meaning", "sentence", "office") and top.signal != "invented" and \
            not (top.aspect == "proceeding" and _STAYED.search(claim["text"])) and \
            not (top.aspect != "thesis" and _states_unprosecuted(claim["text"])) and (
            top.aspect not in ("figure", "quantity", "date") or _negated_before(claim["text"], values))
        verdict = _FLIP.get(top.verdict, top.verdict) if flips else top.verdict
        denies = flips or (denies and top.aspect in ("meaning", "sentence"))
        explanation = top.explanation
        if flips:
            explanation = f"The text denies it: {explanation[0].lower()}{explanation[1:]}"
        others = [f for f in decided if f is not top and f.verdict != top.verdict]
        if others:
            explanation = explanation.rstrip(".") + "; " + "; ".join(
                f"{f.aspect}: {f.explanation[0].lower()}{f.explanation[1:].rstrip('.')}" for f in others) + "."
    else:
        verdict = "not_in_record"
        explanation = findings[0].explanation if findings else "Nothing in the record is close enough to this claim."
    evidence: list[Evidence] = []
    seen: set[tuple[int | None, str]] = set()
    for f in sorted(findings, key=lambda f: -_PRIORITY[f.verdict]):
        for e in f.evidence:
            if denies and f.aspect not in ("meaning", "sentence") and e.relation in ("supports", "contradicts"):
                e.relation = "contradicts" if e.relation == "supports" else "supports"
            key = (e.source_id, e.claim_id, e.start)
            if key not in seen:
                seen.add(key)
                evidence.append(e)
    evidence.sort(key=lambda e: ({"contradicts": 0, "supports": 0, "related": 1}[e.relation], -e.score))
    evidence = _first_per_relation(evidence, MAX_EVIDENCE)
    if len(evidence) < 3:
        # Without embeddings (every cosine 0) the nearest record claims are BM25's.
        lexical_only = not any(h.cosine for h in hits)
        for hit in hits:
            near = hit.cosine >= RELATED_COSINE or (lexical_only and hit.bm25 > 0)
            if near and not any((e.claim_id or -1) == hit.claim_id or
                                (e.claim_id is None and e.text == hit.claim["text"]) for e in evidence):
                evidence.append(_evidence(index, hit.claim, "related", hit.score,
                                          f"similar wording (cosine {hit.cosine:.2f})" if not lexical_only
                                          else f"shared words (BM25 {hit.bm25:.1f})"))
            if len(evidence) >= 3:
                break
    best = max((h.cosine for h in hits), default=0.0)
    if verdict == "not_in_record":
        confidence = max(0.0, min(0.95, 1.0 - best))
    else:
        support = max((f.sources for f in decided), default=1)
        confidence = min(0.95, 0.55 + 0.1 * min(support, 3) + 0.1 * max(0.0, best - 0.5))
    # Signals of the findings that decided, read in the claim's own terms (a denial flip makes a
    # "minimises" finding the text's rejection of a low toll, not a minimisation).
    signals = sorted({f.signal for f in decided if f.signal and not (flips and f.aspect != "thesis")})
    return ClaimCheck(text=claim["text"], start=claim["start"], end=claim["end"], verdict=verdict,
                      evidence=evidence, explanation=explanation, values=_public_values(values),
                      asserted_by=claim.get("asserted_by"), confidence=round(confidence, 3), signals=signals)


_META_NEGATION = re.compile(r"\b(?:(?:nor|not|never|n['’]t)\s+(?:does|did|do|is|was)?\s*(?:it|he|she|they|the\s+\w+)?\s*"
                            r"(?:mention|discuss|address|say\s+(?:a\s+word|anything)|cover|consider|explain)\w*|"
                            r"fail\w*\s+to\s+(?:mention|discuss|address)|says?\s+little\s+about|is\s+silent\s+(?:on|about)|"
                            r"passe\s+sous\s+silence|ne\s+(?:mentionne|dit|[ée]voque|parle)\s+(?:pas|rien|jamais))", re.I)
_RHETORICAL = re.compile(r"\s*(?:[A-Z]:\s*)?(?:(?:is|was|were|are|did|does|do|has|had)(?:n['’]t\b|\s+(?:[\w'’-]+\s+){1,8}?"
                         r"not\b)|why\s+(?:do|does|did|is|are|was|were|should|would|has|have)\b|who\s+decided\b|"
                         r"could\s+(?:the|it|they|this)\b|how\s+(?:could|can|come)\b|n['’]est-ce\s+pas\b|pourquoi\b|"
                         r"comment\s+(?:se\s+fait-il|expliquer)\b|ne\s+serait-ce\s+pas\b)", re.I)
_NEGATION = re.compile(r"\b(not|no|never|none|nor|without|n['’]t|deny|denies|denied|ne|n['’]|pas|jamais|aucun\w*|"
                       r"false|faux|lie|mensonge|myth|mythe)\b", re.I)


_NOT_EXCEED = re.compile(r"(?:\b(?:ne|n['’])\s*(?:d[ée]pass\w*|exc[èe]d\w*)\s+(?:pas|jamais)|\b(?:did|does|do)\s+not\s+"
                         r"exceed|\bnever\s+exceeded|\bcannot\s+have\s+exceeded)\s*$", re.I)
_MORE_THAN = re.compile(r"^(more than|over|above|plus de|au-delà de)\s", re.I)
_NEGATION_JUST_BEFORE = re.compile(r"\b(never|not|no|jamais|pas)\b(\s+\w+){0,3}\s*$", re.I)
# "No independent count has ever found more than 100,000": a sentence whose subject is "no …"
_NO_SUBJECT = re.compile(r"^\W*(?:no|nobody|no\s+one|none|aucune?|personne)\b[^.;,]{0,60}$", re.I)


def _bound_flipped(text: str, figure: dict) -> dict:
    """"never more than 300", "n'a jamais envoyé plus de 300": an upper bound, not a lower one."""
    words = figure.get("text") or ""
    at = text.find(words)
    if at > 0 and _NOT_EXCEED.search(text[:at]):
        number = figure.get("high") if figure.get("high") is not None else figure.get("low")
        return {**figure, "text": "at most " + words, "low": None, "high": number}
    if at <= 0 or not _MORE_THAN.match(words) or not (_NEGATION_JUST_BEFORE.search(text[:at]) or
                                                       _NO_SUBJECT.match(text[:at])):
        return figure
    number = figure.get("low") if figure.get("low") is not None else figure.get("high")
    return {**figure, "text": "at most " + _MORE_THAN.sub("", words), "low": None, "high": number}


_INVENTED_AFTER = re.compile(r"^[^.;]{0,40}?\b(was|were|is|are|has been|have been|a été|ont été|est|sont)\s+(\w+\s+){0,2}"
                             r"(invented|fabricated|made up|cooked up|dreamed up|dreamt up|concocted|inflated|"
                             r"exaggerated|grossly inflated|manufactured|invent[ée]e?s?|fabriqu[ée]e?s?|gonfl[ée]e?s?|"
                             r"exag[ée]r[ée]e?s?)\b", re.I)


# "the 800k lie", "the million myth", « le mensonge du million »: the figure named a lie.
_LIE_NOUN_AFTER = re.compile(r"^\s*(?:figure\s+|number\s+|toll\s+|dead\s+)?(?:lie|myth|hoax|fiction|fairy[- ]tale|"
                             r"propaganda|fable|fantasy|scam|mensonge|mythe|bobard|arnaque)s?\b", re.I)
_LIE_NOUN_BEFORE = re.compile(r"\b(?:lie|myth|hoax|fable|fiction|fantasy|mensonge|mythe|bobard)\s+(?:of|about|du|des|de)\s+"
                              r"(?:the\s+|le\s+|la\s+|les\s+)?$", re.I)


def _named_a_lie(text: str, figure: dict) -> bool:
    """Is the word after the figure a lie's name ("the 800k lie": "lie" is not what it counts)?"""
    at = text.find(figure.get("text") or "\0")
    return at >= 0 and bool(_LIE_NOUN_AFTER.match(text[at + len(figure["text"]):]))


def _called_invented(text: str, figure: dict) -> bool:
    """Does the text call this figure invented or inflated ("the figure of 800,000 was invented", "the
    800k lie", "the myth of the million")?"""
    words = figure.get("text") or ""
    at = text.find(words)
    return at >= 0 and bool(_INVENTED_AFTER.match(text[at + len(words):]) or
                            _LIE_NOUN_AFTER.match(text[at + len(words):]) or
                            _LIE_NOUN_BEFORE.search(text[max(0, at - 30):at]))


# ---- one detail changed -----------------------------------------------------------------------
# A text that restates a record statement with one detail changed ("a plan to kill French
# peacekeepers" where the record has Belgian ones; "resolution 925 imposed an arms embargo" where
# the record has 918) is contradicted by it: a close statement whose words agree around a single
# word that differs, both words of one closed kind. Only kinds whose members exclude each other
# count (nationalities, resolution numbers, months, weekdays, the parties), so "troops" against
# "soldiers" or "killed" against "murdered" never do; and not when the record also holds the
# text's own word in the same place.
DETAIL_COSINE = 0.6    # a record statement at least this alike is a restatement candidate
DETAIL_CONTEXT = 2     # words around the changed one that must agree: more than this many, on either side
# A number written with thousands separators ("1,074,017", « 95 000 ») is one word.
_DETAIL_WORD = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?!\d)|\d+[.,]\d+|[\w'’-]+", re.U)
_SCALE_WORDS = {"million", "millions", "billion", "thousand", "thousands", "hundred", "hundreds", "mille", "milliers",
                "milliard", "milliards", "per", "percent", "pour", "%"}
_DETAIL_KINDS = {
    "nationality": {"french", "belgian", "belgians", "ghanaian", "ghanaians", "canadian", "tunisian", "bangladeshi",
                    "american", "americans", "british", "ugandan", "tanzanian", "burundian", "congolese", "zairean",
                    "senegalese", "australian", "german", "italian", "dutch", "nigerian", "kenyan", "ethiopian",
                    "français", "française", "françaises", "belge", "belges", "ghanéens", "canadien", "canadiens",
                    "américain", "américains", "britanniques", "ougandais", "tanzaniens", "australiens"},
    "month": {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"},
    "weekday": {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi",
                "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
    "party": {"rpf", "rpa", "far", "fpr", "apr", "interahamwe", "impuzamugambi", "unamir", "minuar"},
}
_RESOLUTION_WORDS = {"resolution", "resolutions", "résolution", "résolutions"}


_DETAIL_SYNONYMS = {"peacekeepers": "troops", "soldiers": "troops", "troops": "troops", "blue": "troops",
                    "murdered": "killed", "massacred": "killed", "slaughtered": "killed", "killed": "killed",
                    "weapons": "arms", "arms": "arms", "said": "stated", "told": "stated", "reported": "stated",
                    "warned": "stated", "casques": "troops", "soldats": "troops", "militaires": "troops",
                    # the RPF and its army, in either language, are one party
                    "rpa": "rpf", "fpr": "rpf", "apr": "rpf"}


@functools.lru_cache(maxsize=4096)
def _detail_number(word: str) -> float | None:
    """The value a word writes as a number ("thirteen", "13", « neuf », "1,074,017"), or None."""
    if word[:1].isdecimal():
        digits = re.sub(r"[,.\u00a0\u202f ](?=\d{3}(?!\d))", "", word)
        if re.fullmatch(r"\d+[.,]\d+", digits):
            return float(digits.replace(",", "."))   # "1.96" (million), "93,7" (%)
        return float(digits) if digits.isdecimal() else None
    if not word.isalpha():
        return None
    from factfinder.extract.numbers import parse_number

    value = parse_number(word, "en")
    value = parse_number(word, "fr") if value is None else value
    return None if value is None else float(value)


def _detail_stem(word: str) -> str:
    word = _DETAIL_SYNONYMS.get(word, word)
    number = _detail_number(word)
    if number is not None:
        return f"#{number:g}"   # "thirteen" and "13" are one number
    return word[:5] if len(word) > 5 and word.isalpha() else word


def _detail_kind(word: str, before: str | None) -> str | None:
    if word.isdecimal() and before in _RESOLUTION_WORDS:
        return "resolution"
    number = _detail_number(word)
    if number is not None:
        # A year is compared with a year; any other number with a number.
        return "year" if word.isdecimal() and len(word) == 4 and 1900 <= number <= 2100 else "number"
    return next((kind for kind, members in _DETAIL_KINDS.items() if word in members), None)


@functools.lru_cache(maxsize=8192)
def _detail_tokens(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A statement's words, lowercased, and their stems: read once per text (a record statement
    is compared with many claims)."""
    words = tuple(w.lower() for w in _DETAIL_WORD.findall(text))
    return words, tuple(_detail_stem(w) for w in words)


def _other_count(values: dict, text: str) -> bool:
    """Does a record statement write a count (not a year, not a day of a month), and none the
    checked claim's exact count? « Dix Casques bleus … sont tués le même jour » against "Twelve
    Belgian peacekeepers died that day" (the extractor reads no French figure)."""
    ours = {float(f["low"]) for f in values.get("figures") or []
            if f.get("low") is not None and f.get("low") == f.get("high") and not f.get("approx")}
    if not ours:
        return False
    words = _detail_tokens(text)[0]
    counts = {n for at, w in enumerate(words) if (n := _detail_number(w)) is not None
              and _detail_kind(w, words[at - 1] if at else None) == "number" and not _in_date(words, at)}
    return bool(counts) and not counts & ours


@functools.lru_cache(maxsize=8192)
def _detail_numbers(text: str) -> frozenset[float]:
    return frozenset(n for n in map(_detail_number, _detail_tokens(text)[0]) if n is not None)


def _in_date(words: Sequence[str], at: int) -> bool:
    """Is the number at `at` a day of the month ("18 July", "July 18", « le 18 juillet »)?"""
    months = _DETAIL_KINDS["month"]
    return any(0 <= j < len(words) and words[j] in months for j in (at - 1, at + 1))


def _scaled(words: Sequence[str], at: int) -> bool:
    """Is the number at `at` scaled by the word after it ("1.96 million", "93.7 per cent")?"""
    return at + 1 < len(words) and words[at + 1] in _SCALE_WORDS


def _near_numbers(ours: str, theirs: str) -> bool:
    """A round figure and a precise one within a tenth of it ("some 2,500" for 2,548) name one
    count; two round ones that differ (90,000 and 95,000) do not."""
    a, b = _detail_number(ours), _detail_number(theirs)
    if a is None or b is None or not max(a, b):
        return False
    rounded = [v >= 10 and v % (100 if v >= 1000 else 10) == 0 for v in (a, b)]
    return rounded[0] != rounded[1] and abs(a - b) <= 0.1 * max(a, b)


@functools.lru_cache(maxsize=16384)
def _changed_detail(ours: str, theirs: str) -> tuple[str, str, str] | None:
    """The one word `theirs` has where `ours` has another of the same kind, in the same place:
    (kind, our word, their word, the agreeing words before, after), or None."""
    import difflib

    (a, stems_a), (b, stems_b) = _detail_tokens(ours), _detail_tokens(theirs)
    found = None
    # Aligned on the words' stems and a few synonyms ("imposed"/"imposes", "peacekeepers"/"soldiers"),
    # the changed word itself compared as written.
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, stems_a, stems_b, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        left = 0
        while left < 3 and i1 - left > 0 and j1 - left > 0 and stems_a[i1 - left - 1] == stems_b[j1 - left - 1]:
            left += 1
        right = 0
        while right < 3 and i2 + right < len(a) and j2 + right < len(b) and stems_a[i2 + right] == stems_b[j2 + right]:
            right += 1
        if left + right < DETAIL_CONTEXT + 1:
            continue
        kind = _detail_kind(a[i1], a[i1 - 1] if i1 else None)
        if kind is None or kind != _detail_kind(b[j1], b[j1 - 1] if j1 else None):
            continue
        if kind == "number" and (_near_numbers(a[i1], b[j1]) or _in_date(a, i1) or _in_date(b, j1) or
                                 _scaled(a, i1) or _scaled(b, j1)):
            continue   # (a day of the month is the dates' business, and "1.96 million" a figure's)
        if found is not None:
            return None   # two changed details: more likely another statement than a changed one
        found = (kind, a[i1], b[j1], tuple(a[i1 - left:i1]), tuple(a[i2:i2 + right]))
    return found


def _detail_finding(index: RecordIndex, text: str, hits: list[Hit], sentence_hits: list[Hit] | None,
                    values: dict | None = None) -> Finding | None:
    """A record statement that says what the text says with one detail changed (see DETAIL_COSINE)."""
    close = [h for h in list(hits) + list(sentence_hits or []) if h.cosine >= DETAIL_COSINE]
    if not close:
        return None
    for hit in sorted(close, key=lambda h: -h.cosine):
        changed = _changed_detail(text, hit.claim["text"])
        if changed is None:
            continue
        things, theirs_things = _things_named(text), _things_named(hit.claim["text"])
        if things and theirs_things and not things & theirs_things:
            continue   # UNAMIR's creation by resolution 872 is not the ICTR's by 955, however alike the words
        kind, ours, theirs, left, right = changed
        # The record holding the text's own word in the same words is no contradiction; nor a close
        # statement holding the text's own number or month at all, another source's account: 110,000
        # by one count and 120,000 by another, "April to July" and "April to August" for one estimate.
        own = " ".join(left + (ours,) + right)
        if any(own in " ".join(_detail_tokens(h.claim["text"])[0]) for h in close):
            return None
        if kind == "number" and any(_detail_number(ours) in _detail_numbers(h.claim["text"]) for h in close):
            return None
        if kind in ("month", "year") and any(ours in _detail_tokens(h.claim["text"])[0] for h in close):
            return None
        if kind == "number" and _detail_number(theirs) in _detail_numbers(text):
            continue   # the text gives the record's number too, to another of its subjects ("35 years and … 15")
        if kind == "number" and values is not None and _dates_apart(values, hit.claim["features"]):
            continue   # another time's count ("in September 1996" against August 1994)
        evidence = [_evidence(index, hit.claim, "contradicts", hit.cosine,
                              f"the same statement with {theirs!r} where the text has {ours!r}")]
        return Finding("detail", "contradicted",
                       f"A record statement says the same with another {'day' if kind == 'weekday' else kind}: "
                       f"{theirs!r}, not {ours!r}.",
                       evidence, 1)
    return None


@functools.lru_cache(maxsize=4096)
def _things_named(text: str) -> frozenset[str]:
    """The named things of `ACT_THINGS` a statement speaks of (the ICTR, UNAMIR, the Arusha agreement …)."""
    return frozenset(thing for thing, pattern in ACT_THINGS.items() if pattern.search(text))


def _as_contradicting(e: Evidence) -> Evidence:
    e.relation = "contradicts"
    return e


def _negated_before(text: str, values: dict) -> bool:
    """Is there a negation before the claim's first figure or date (or no value to place)?"""
    anchors = [text.find(f["text"]) for f in values.get("figures") or [] if f.get("text")]
    anchors = [a for a in anchors if a >= 0]
    digit = re.search(r"\d", text)
    if digit:
        anchors.append(digit.start())
    if not anchors:
        return True
    before = _BOUND_NEGATION.sub(" ", text[:min(anchors)])   # "never more than 300" is a bound, not a denial
    before = _RHETORICAL.sub(" ", before, count=1) if before.rstrip().endswith("?") or text.rstrip().endswith("?") \
        else before
    return bool(_NEGATION.search(before))


_BOUND_NEGATION = re.compile(r"\b(never|not|no|jamais|pas|n['’]\w+\s+(jamais|pas))\s+(\w+\s+){0,3}?(more|plus|over|"
                             r"above|au-delà|fewer|less|moins)\s+(than|de|que|d['’])\s*(about\s+|some\s+)?$", re.I)


def _first_per_relation(evidence: list[Evidence], limit: int) -> list[Evidence]:
    """Keep `limit` items, but never drop the only item of a relation."""
    if len(evidence) <= limit:
        return evidence
    kept = evidence[:limit]
    for relation in ("supports", "contradicts"):
        if not any(e.relation == relation for e in kept):
            extra = next((e for e in evidence if e.relation == relation), None)
            if extra:
                kept[-1] = extra
    return kept


def _public_values(values: dict) -> dict:
    out: dict = {}
    figures = []
    for fig in values.get("figures") or []:
        r = figure_range(fig)
        figures.append({"text": fig.get("text"), "low": fig.get("low"), "high": fig.get("high"),
                        "approx": fig.get("approx"), "counted": fig.get("counted"), "group": fig.get("group"),
                        "range": [r[0], None if r[1] == math.inf else r[1]] if r else None})
    if figures:
        out["figures"] = figures
    if values.get("date"):
        out["date"] = {k: values["date"].get(k) for k in ("earliest", "latest", "inherited")}
    for key in ("event_type", "places", "actors", "persons"):
        if values.get(key):
            out[key] = values[key]
    return out




# The rhetoric markers read denial theses in far more wordings than THESES: a claim the record left
# `not_in_record` that carries one of these markers states the thesis, and the record's statements
# against it contradict the claim ("More Hutu than Tutsi died", "the RPA killed at least as many Hutu
# as the militias killed Tutsi", "il y a eu une guerre, et des massacres dans les deux camps").
MARKER_THESES = {"double_genocide": "one genocide", "spontaneity": "planned", "definitional_denial": "a genocide"}
# In the author's own voice only: "the Tutsi were getting ready to exterminate the Hutu; we struck first" is
# answered by the record's statements that the extermination was planned, and of the Tutsi; the same
# words quoted from RTLM are a fact about RTLM, not a claim of the text.
OWN_MARKER_THESES = {"accusation_in_mirror": "planned"}
# ... when the sentence says the Tutsi side planned to exterminate the Hutu (not "they invaded with guns").
_MIRRORED_PLAN = re.compile(r"\b(?:plan\w*|prepar\w*|getting\s+ready|ready\s+to|lists?|listes?|exterminat\w*|extermin\w*|"
                            r"wip\w+\s+out|devanc\w*|struck\s+first|strike\s+first)\b[^.;]{0,80}\bHutus?\b|"
                            r"\bHutus?\b[^.;]{0,80}\b(?:plan\w*|exterminat\w*|extermin\w*|wip\w+\s+out)\b", re.I)


# Kigali standing for the government that sits there: what it invented, inflated, paid for or wrote.
_KIGALI_FOR_ITS_GOVERNMENT = re.compile(
    r"\b(invent\w*|made up|cooked up|fabricat\w*|fabriqu\w*|manufactur\w*|inflat\w*|gonfl\w*|propaganda|propagande|"
    r"paid|payés?|written|écrit\w*|dictated|dicté\w*|scripts?|lobbied|pointed at|the regime|le régime|"
    r"le pouvoir|the government)\s+(?:\w+\s+){0,3}?(in|by|from|of|de|par|à|à la solde de)\s+Kigali\b|"
    r"\bKigali(['’]s)? (propaganda|regime|lies|version|narrative|census|count|figures?)\b|"
    r"\b(census|recensement|comptage|décompte|chiffres?|figures?)\s+(of|by|from|de|par|à)\s+Kigali\b|\bKigali (had to |wanted to )?(invent|inflat|"
    r"cook|fabricat|lobb|dictat)\w*", re.I)


# A sentence about the death toll as a whole ("the figures were inflated for aid money", « les chiffres
# officiels ont été multipliés par dix »): what a minimisation or fabrication marker there is about.
_TOLL_TALK = re.compile(r"\b(death toll|toll|figures?|numbers?|count|body count|dead|deaths|victims|chiffres?|bilan|"
                        r"nombre des? (morts|victimes)|morts|victimes)\b", re.I)
TOLL_TECHNIQUES = ("minimisation", "fabrication")


def _toll_denial(index: RecordIndex, check: ClaimCheck, markers: list, with_figure: bool = False) -> ClaimCheck | None:
    """A `not_in_record` claim that calls the death toll inflated or invented without a figure of its
    own (a figure is judged by `_national_finding`; `with_figure` for one that took a fringe side of the
    record's dispute): contradicted by the record's estimates of it."""
    if not any(m.technique in TOLL_TECHNIQUES and check.start <= m.start and m.end <= check.end for m in markers):
        return None
    values = check.values or {}
    # Kigali is also the government's name ("inflated figures cooked up in Kigali"); another place is a local toll.
    if not (_TOLL_TALK.search(check.text) or with_figure) or (values.get("figures") and not with_figure) or \
            ties(values) or \
            any(index.places.specific(p) and p != "rw.town.kigali" for p in values.get("places") or []):
        return None
    dispute = index.national_toll()
    if dispute is None:
        return None
    sides = dispute["sides"]
    if with_figure:
        # only the estimates above the text's own figure answer it
        said = [f["range"][1] if f["range"][1] is not None else f["range"][0] for f in values.get("figures") or []
                if f.get("range") and f["range"][0] is not None]
        sides = [side for side in sides if said and (r := figure_range(side["value"])) and r[0] > max(said)]
    evidence = []
    for side in sorted(sides, key=lambda side: side["value"].get("low") or 0):
        record = _best_of_side(index, side["claims"])
        if record:
            evidence.append(_evidence(index, record, "contradicts",
                                      explanation=f"the record has {describe(figure_range(side['value']))}"))
    if not evidence:
        return None
    lows = [figure_range(side["value"])[0] for side in sides if figure_range(side["value"])]
    said = "brings the death toll down in its own voice" if with_figure else "calls the death toll inflated or invented"
    return replace(check, verdict="contradicted", evidence=evidence[:MAX_EVIDENCE] + [
        e for e in check.evidence if e.relation == "related"][:2],
        explanation=f"The text {said}; {len(_sources(evidence, 'contradicts'))} "
                    f"source(s) of the record estimate it (at least {min(lows):,.0f})." if lows else
                    f"The text {said}; the record's sources estimate it.",
        confidence=max(check.confidence, 0.6), signals=sorted(set(check.signals) | {"minimises"}))


# Techniques whose sentence says something other than the record, whatever words it shares with it. Blame
# shifting, justification and cui bono lean on true facts ("the RPF invaded from Uganda in October 1990",
# "the RPF ended up in power in July 1994"), which the record does support.
OUTWEIGHS_LIKENESS = frozenset({"definitional_denial", "double_genocide", "minimisation", "spontaneity",
                                "role_reversal", "attack_on_witnesses"})


def contradict_by_markers(index: RecordIndex, checks: list[ClaimCheck], markers: list) -> list[ClaimCheck]:
    """`checks` with each `not_in_record` claim that carries a denial-thesis marker (any voice: a
    verdict judges the claim, whoever makes it) contradicted by the record's statements against
    that thesis, and each that calls the death toll inflated or invented contradicted by the record's
    estimates of it (`_toll_denial`). Markers are never placed on sentences that name a thesis to
    reject it.

    The second look reads likeness of words, and denial borrows the record's words ("a civil war, not
    a genocide" is near "the genocide … during the civil war"): its `supported` is read again the same
    way, and an own-voice marker of a technique in OUTWEIGHS_LIKENESS takes the support away."""
    return [_read_with_markers(index, check, [m for m in markers if check.start <= m.start and m.end <= check.end],
                               markers) for check in checks]


# The record's own words for the genocide's length: "in some 100 days", "from 7 April to mid-July".
_GENOCIDE_LENGTH = re.compile(r"\b(?:100|hundred|cent)[\s-]+(?:days?|jours)\b|\bmid-july\b|\bmi-juillet\b|"
                              r"\b(?:7|seven)\s+april\b[^.]{0,60}\bjuly\b", re.I)
_LENGTH_QUERY = "The genocide against the Tutsi lasted about 100 days, from 7 April to mid-July 1994."


# "The genocide ended only in late August 1994", « le génocide a pris fin en juin 1994 »: its end, dated.
_GENOCIDE_ENDED = re.compile(r"\b(?:the\s+)?genocide\s+(?:\w+\s+){0,2}?(?:ended|was\s+over|came\s+to\s+an\s+end|was\s+"
                             r"(?:stopped|halted|ended)|finished)\b|\bend\s+of\s+the\s+genocide\s+(?:came\s+)?(?:in|on)\b|"
                             r"\bg[ée]nocide\s+(?:a\s+pris\s+fin|prit\s+fin|s['’]est\s+achev[ée]|s['’]ach[eè]ve|"
                             r"s['’]est\s+termin[ée]|se\s+termin[ae])", re.I)


def _only_its_year_agrees(check: ClaimCheck) -> bool:
    """Was the claim supported by nothing but a whole year ("The record dates this to 1994 too")?"""
    own = _own_date(check.values or {})
    return bool(own and own.get("latest") and check.explanation.startswith("The record dates this to ") and
                own["earliest"][5:10] == "01-01" and own["latest"][5:10] == "12-31" and
                own["earliest"][:4] == own["latest"][:4] and " and " not in check.explanation)


def contradict_by_period(index: RecordIndex, checks: list[ClaimCheck], arithmetic: list) -> list[ClaimCheck]:
    """`checks` with a claim that gives the 1994 genocide a length the record's dates rule out ("the
    killing had lasted barely six weeks", `arithmetic._reference_period`), or an end weeks away from the
    record's (4–17 July 1994: "the genocide ended only in late August"), contradicted by the record's
    statements of its period, when the record holds any. Only a claim the rules found nothing on, or
    only likeness of words for, is read again."""
    from datetime import date, timedelta

    from factfinder.check.arithmetic import _GENOCIDE_END_EARLIEST, _GENOCIDE_END_LATEST

    failed = [a for a in arithmetic if a.kind == "date_span" and a.consistent is False and not a.operands
              and a.explanation.startswith("the text does not date both ends")]
    evidence: list[Evidence] | None = None
    out = []
    for check in checks:
        # a support for likeness of words alone (the second look, or "say the same") gives way; one
        # for a value the record holds does not
        open_to_it = check.verdict == "not_in_record" or check.verdict == "supported" and (
            "second_look" in check.signals or check.explanation.endswith("of the record say the same.") or
            _only_its_year_agrees(check))
        why = None
        if open_to_it and (finding := next((a for a in failed if check.start <= a.start and a.end <= check.end), None)):
            why = f"{finding.explanation[0].upper()}{finding.explanation[1:]}"
        elif open_to_it and _GENOCIDE_ENDED.search(check.text) and (own := _own_date(check.values or {})) and \
                own.get("latest") and own["earliest"][:4] == "1994" and \
                (date.fromisoformat(own["latest"][:10]) - date.fromisoformat(own["earliest"][:10])).days <= 31:
            ended = (own["earliest"], own["latest"])
            if ended[1] < (_GENOCIDE_END_EARLIEST - timedelta(days=14)).isoformat() or \
                    ended[0] > (_GENOCIDE_END_LATEST + timedelta(days=14)).isoformat():
                why = (f"The text ends the genocide {ended[0]} to {ended[1]}; the record dates its end to 4–17 July "
                       f"1994 (the fall of Kigali to the ICRC's 17 July).") if ended[0] != ended[1] else (
                       f"The text ends the genocide on {ended[0]}; the record dates its end to 4–17 July 1994 "
                       f"(the fall of Kigali to the ICRC's 17 July).")
        if why is None:
            out.append(check)
            continue
        if evidence is None:
            hits = index.search(_LENGTH_QUERY, k=12) if len(index) else []
            evidence = [_evidence(index, hit.claim, "contradicts", hit.cosine, "the record's source dates it so")
                        for hit in hits if hit.claim.get("id", 0) > 0 and _GENOCIDE_LENGTH.search(hit.claim["text"])]
        if not evidence:
            out.append(check)
            continue
        out.append(replace(check, verdict="contradicted", evidence=evidence[:MAX_EVIDENCE], explanation=why,
                           confidence=max(check.confidence, 0.6),
                           signals=sorted(set(check.signals) | {"period"})))
    return out


def denials_without_claims(index: RecordIndex, text: str, sentences: list[tuple[int, int]], checks: list[ClaimCheck],
                           markers: list) -> list[ClaimCheck]:
    """Sentences the extractor found no claim in (no figure, date or event of the record's kinds) that state a
    denial thesis the markers read ("Stop calling it a genocide against the Tutsi; it was a civil war", "the
    so-called plan was invented by the prosecution", "the official toll was inflated tenfold"), each judged as
    a claim against the record's statements of that thesis (`contradict_by_markers`). A sentence the record
    says nothing against is left out: it would be a claim the report can say nothing of."""
    taken = [(c.start, c.end) for c in checks]
    found: list[ClaimCheck] = []
    for start, end in sentences:
        if any(s < end and start < e for s, e in taken):
            continue
        # (in the writer's own voice: a thesis quoted is most often quoted to be answered, and a sentence
        # with no claim of the record's kinds holds none of the answer's values to judge it by)
        inside = [m for m in markers if start <= m.start and m.end <= end and m.voice == "own"]
        if not any(m.technique in MARKER_THESES or m.technique in OWN_MARKER_THESES or m.technique == "minimisation"
                   for m in inside):
            continue
        said = text[start:end]
        lead = len(said) - len(said.lstrip())
        said = said.strip()
        check = ClaimCheck(text=said, start=start + lead, end=start + lead + len(said), verdict="not_in_record")
        judged = _read_with_markers(index, check, inside, markers)
        if judged.verdict != "not_in_record":
            found.append(judged)
    return found


# "The Commission of Experts found no evidence that they were committed with intent to destroy the Hutu",
# « aucune preuve d'une intention de détruire le groupe hutu »: the other genocide answered (no intent
# against the Tutsi found would be a denial, and is not matched).
_REBUTS_INTENT = re.compile(r"\b(no\s+(?:\w+\s+)?(?:evidence|proof|sign)|found\s+no|no\s+(?:\w+\s+){1,4}?(?:has\s+|have\s+|had\s+|ever\s+)*(?:found|established|proved|shown)|did\s+not\s+find|never\s+found|"
                            r"aucune?\s+(?:preuve|trace|indice)|pas\s+de\s+preuve|n['’]a\s+(?:trouvé|relevé)\s+aucun\w*)\b"
                            r"[^.;]{0,80}\b(intent\w*|aimed\s+at|destroy\w*|intention|détruire)\b[^.;]{0,60}\bhutus?\b", re.I)


_SENTENCE_END_IN = re.compile(r"[.!?]+\s*[»”\"]?\s+(?=\S)")


def _thesis_rebutted(check: ClaimCheck, marker) -> bool:  # noqa: ANN001 - a markers.Marker
    """Is a denial-thesis marker not in the writer's voice named in a sentence that answers it ("nor does
    documenting RPF crimes make them a 'second genocide': the Commission found no evidence of intent")?"""
    if marker.voice == "own":
        return False
    at, end = max(0, marker.start - check.start), max(0, marker.end - check.start)
    # the marker's own sentence: a claim can run over two ("« … deux génocides. » Faux : …")
    opened = max((m.end() for m in _SENTENCE_END_IN.finditer(check.text, 0, at)), default=0)
    closing = _SENTENCE_END_IN.search(check.text, end)
    sentence = check.text[opened:closing.end() if closing else len(check.text)]
    before = check.text[opened:at]
    # (A thesis only mentioned, "those who speak of « two genocides »", is still reported, and judged.)
    return bool(_REBUTS_INTENT.search(sentence) or _NEGATED_THESIS.search(before) or
                "reject" in (marker.explanation or ""))


# The explanation `_quantity_finding` gives a toll the record's sources disagree on.
_TOLL_DISPUTED = re.compile(r"The record's sources disagree on the (?:national death toll|genocide victims|tutsi killed)\b")


def _read_with_markers(index: RecordIndex, check: ClaimCheck, inside: list, markers: list) -> ClaimCheck:
    learned = check.verdict == "supported" and "second_look" in check.signals
    side_taken = check.verdict == "disputed" and bool(_TOLL_DISPUTED.match(check.explanation or "")) and any(
        m.voice == "own" and m.technique in ("minimisation", "double_genocide") for m in inside)
    original = check
    if side_taken:
        # "Honest researchers put the real total at around 200,000, many of them Hutu": the figure matches a
        # side of the record's dispute on the toll, but the sentence minimises the toll or sets another
        # genocide beside it in its own voice. The record's estimates (and its statements against the
        # thesis) answer the claim; its fringe side does not make it a question the record leaves open.
        check = replace(check, verdict="not_in_record")
    elif check.verdict != "not_in_record" and not learned:
        return check
    name = next((MARKER_THESES[m.technique] for m in inside if m.technique in MARKER_THESES and
                 not _thesis_rebutted(check, m)), None) or next(
        (OWN_MARKER_THESES[m.technique] for m in inside if m.technique in OWN_MARKER_THESES and m.voice == "own"
         and _MIRRORED_PLAN.search(check.text)), None)
    evidence = _thesis_evidence(index, name) if name else []
    if evidence:
        statement = THESIS_STATEMENTS[name]
        sources = len(_sources(evidence, "contradicts"))
        return replace(check, verdict="contradicted", evidence=evidence[:MAX_EVIDENCE] + [
            e for e in check.evidence if e.relation == "related"][:2],
            explanation=f"The text states a denial thesis that {sources} source(s) of the record contradict: "
                        f"{statement[0].lower()}{statement[1:]}",
            confidence=max(check.confidence, 0.6), signals=sorted(set(check.signals) | {f"thesis:{name}"}))
    toll = _toll_denial(index, check, markers, with_figure=side_taken)
    if toll is not None:
        return toll
    if side_taken:
        return original
    if learned and any(m.voice == "own" and m.technique in OUTWEIGHS_LIKENESS for m in inside):
        return replace(check, verdict="not_in_record", evidence=[_as_related(e) for e in check.evidence],
                       explanation="The record's closest statements are alike in words, but the sentence denies or "
                                   "distorts in its own voice: their likeness is not read as support.",
                       signals=[s for s in check.signals if s != "second_look"] + ["second_look_overruled"])
    return check


# The ICTR's temporal jurisdiction: "the ICTR's jurisdiction covered crimes committed between 1 April and 31 July
# 1994", « le TPIR était compétent pour les crimes commis en 1994 », "acts before 1994 fell outside the
# tribunal's jurisdiction". (Rwanda's own courts and the gacaca reached back to 1 October 1990: another court's.)
# The bounds are those written inside the phrase, right after its word: "convicted Akayesu of crimes committed
# between April and June 1994" names no jurisdiction, and "in 1998 the tribunal ruled that it had jurisdiction
# over Akayesu's crimes" gives it no bounds.
_TEMPORAL_JURISDICTION = re.compile(r"\b(?:(?:temporal\s+)?jurisdiction|comp[ée]tence(?:\s+temporelle)?|"
                                    r"comp[ée]tent\w*|mandate|time\s+frame)\b", re.I)
JURISDICTION_REACH = 90   # characters after the jurisdiction's word within which its bounds are written
_ICTR_FOR_JURISDICTION = re.compile(r"\b(?:ICTR|TPIR|Arusha|[Ii]nternational\s+[Cc]riminal\s+[Tt]ribunal\s+for\s+Rwanda|"
                                    r"[Tt]ribunal\s+p[ée]nal\s+international\s+pour\s+le\s+Rwanda|"
                                    r"(?:[Tt]he|[Ii]ts|UN|U\.N\.)\s+[Tt]ribunal|[Ll]e\s+Tribunal)\b")
_OTHER_JURISDICTION = re.compile(r"\bgacaca\b|\borganic\s+law\b|\bloi\s+organique\b|\bRwandan\s+courts?\b|"
                                 r"\bnational\s+courts?\b|\bjuridictions?\s+(?:rwandaises?|nationales?)\b|"
                                 r"\btribunaux\s+rwandais\b|\buniversal\s+jurisdiction\b|\bcomp[ée]tence\s+universelle\b|"
                                 r"\bICC\b|\bCPI\b|\bBelgi\w*|\bFrench\s+courts?\b|\bjustice\s+fran[çc]aise\b|"
                                 r"\bYugoslavia\b|\bYougoslavie\b|\bICTY\b|\bTPIY\b|\bSierra\s+Leone\b|\bNuremberg\b|"
                                 r"\bTribunal\s+(?:de\s+(?:Paris|Bruxelles|grande\s+instance)|correctionnel)\b|"
                                 r"\bcours?\s+d['’]assises\b|\bmilitary\s+(?:court|tribunal)\b", re.I)
# Acts put outside the jurisdiction itself: "fell outside the tribunal's jurisdiction", « hors de sa
# compétence » (not "reached beyond Rwanda's borders").
_OUTSIDE_JURISDICTION = re.compile(r"\b(?:outside|beyond|excluded\s+from|not\s+within|hors\s+de|[ée]chapp\w*\s+à|"
                                   r"exclu\w*\s+de)\s+(?:the\s+|its\s+|their\s+|la\s+|sa\s+|leur\s+)?"
                                   r"(?:(?:UN\s+|international\s+)?(?:tribunal|court|ICTR)['’]s\s+|du\s+(?:TPIR|tribunal)\s+)?"
                                   r"(?:temporal\s+)?(?:jurisdiction|comp[ée]tence|mandate|time\s+frame)\b", re.I)
_BEFORE_1994 = re.compile(r"\b(?:before|prior\s+to|earlier\s+than|avant|antérieur\w*\s+à)\s+(?:the\s+year\s+|l['’]ann[ée]e\s+)?"
                          r"1994\b|\bpre-1994\b", re.I)
_YEAR_OF_JURISDICTION = re.compile(r"\b1\s+January\s+(?:1994\s+)?(?:and|to)\s+31\s+December\s+1994\b|"
                                   r"\bonly\s+year\s+within\s+the\s+Tribunal['’]s\s+jurisdiction\b", re.I)
_JURISDICTION_QUERY = ("The International Criminal Tribunal for Rwanda has jurisdiction over crimes committed in "
                       "Rwanda between 1 January and 31 December 1994.")


def _jurisdiction_bounds(said: str, language: str) -> tuple[str, str] | None:
    """The period a sentence gives the jurisdiction it names, read in the words right after the
    jurisdiction's own ("jurisdiction over crimes committed between 1 October 1990 and 31 December 1994",
    « compétent pour les crimes commis en 1994 »): the first date's start to the last one's end."""
    from factfinder.extract.dates import find_dates

    for found in _TEMPORAL_JURISDICTION.finditer(said):
        after = re.split(r"[.;:]", said[found.end():found.end() + JURISDICTION_REACH], maxsplit=1)[0]
        try:
            dates = [d for d in find_dates(after, language) if d.normalized.get("earliest")]
        except Exception:  # noqa: BLE001 - a date the parser cannot read bounds nothing
            continue
        if len(dates) == 1 and (side := _ONE_BOUND.search(after[:dates[0].start])) is not None and \
                len(dates[0].normalized.get("latest") or "") >= 10:
            # « dont la compétence s'arrêtait au 31 décembre 1994 », "its jurisdiction began on 1 January 1994":
            # one bound, the other left unsaid
            return ("", dates[0].normalized["latest"][:10]) if side.group("end") else \
                (dates[0].normalized["earliest"][:10], "")
        if dates and len(dates[0].normalized["earliest"]) >= 10 and len(dates[-1].normalized.get("latest") or "") >= 10:
            return dates[0].normalized["earliest"][:10], dates[-1].normalized["latest"][:10]
    return None


_ONE_BOUND = re.compile(r"(?:(?P<end>\b(?:until|till|up\s+to|through|ended|ends|ending|stopped|stops|expired|"
                        r"s['’]arr[êe]t\w*|jusqu['’]|prenait\s+fin|prend\s+fin|s['’]achev\w*)\b)|"
                        r"(?P<start>\b(?:from|since|began|begins|starting|started|opened|à\s+partir|depuis|commen[cç]\w*|"
                        r"d[ée]but\w*)\b))[^0-9]{0,25}$", re.I)


def _bound_words(first, last) -> str:  # noqa: ANN001 - dates or None
    """A jurisdiction's period as the text gives it: "1994-01-01 to 1994-12-31", "up to 1994-12-31"."""
    if first is None:
        return f"up to {last.isoformat()}"
    if last is None:
        return f"from {first.isoformat()}"
    return f"{first.isoformat()} to {last.isoformat()}"


def judge_jurisdiction(index: RecordIndex, checks: list[ClaimCheck], language: str = "en") -> list[ClaimCheck]:
    """`checks` with a claim on the ICTR's temporal jurisdiction judged by the record's statements of it
    (resolution 955: crimes committed between 1 January and 31 December 1994), when the record holds any.
    A text that gives it other bounds, in the words right after "jurisdiction" ("between 1 October 1990 and
    31 December 1994", "between 1 April and 31 July 1994"), is contradicted; one that gives the year, or puts
    acts before 1994 outside it, is supported. Only a claim the rules found nothing on, or only likeness of
    words for, is read again."""
    from datetime import date

    evidence: list[Evidence] | None = None
    out = []
    for check in checks:
        open_to_it = check.verdict == "not_in_record" or check.verdict == "supported" and (
            "second_look" in check.signals or check.explanation.endswith("of the record say the same."))
        said = check.text
        if not (open_to_it and (_ICTR_FOR_JURISDICTION.search(said) or
                                "un.ictr" in ((check.values or {}).get("actors") or []))
                and not _OTHER_JURISDICTION.search(said)):
            out.append(check)
            continue
        year = (date(1994, 1, 1), date(1994, 12, 31))
        outside = _OUTSIDE_JURISDICTION.search(said)
        bounds = None if outside else _jurisdiction_bounds(said, language)
        if outside and _BEFORE_1994.search(said[:outside.start()]):
            # "acts before 1994 fell outside the tribunal's jurisdiction": agrees
            agrees, first, last = True, None, None
        elif bounds is not None:
            first = date.fromisoformat(bounds[0]) if bounds[0] else None
            last = date.fromisoformat(bounds[1]) if bounds[1] else None
            agrees = first in (None, year[0]) and last in (None, year[1])
        else:
            out.append(check)
            continue
        if evidence is None:
            hits = index.search(_JURISDICTION_QUERY, k=12) if len(index) else []
            evidence = [(hit.claim, hit.cosine) for hit in hits
                        if hit.claim.get("id", 0) > 0 and _YEAR_OF_JURISDICTION.search(hit.claim["text"])]
        if not evidence:
            out.append(check)
            continue
        relation = "supports" if agrees else "contradicts"
        shown = [_evidence(index, record, relation, cosine, "the record's source states the tribunal's jurisdiction")
                 for record, cosine in evidence[:MAX_EVIDENCE]]
        why = ("The record's sources give the ICTR jurisdiction over crimes committed between 1 January and 31 "
               "December 1994 (Security Council resolution 955); " +
               ("the text agrees that acts before 1994 fell outside it." if first is None and last is None else
                f"the text agrees ({_bound_words(first, last)})." if agrees else
                f"the text gives {_bound_words(first, last)}."))
        out.append(replace(check, verdict="supported" if agrees else "contradicted", evidence=shown, explanation=why,
                           confidence=max(check.confidence, 0.6),
                           signals=sorted(set(check.signals) | {"jurisdiction"})))
    return out
