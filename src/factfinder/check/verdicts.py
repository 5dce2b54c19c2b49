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
   sentence embeddings at least 0.80 with a shared place, site, actor, person or count, or
   0.90 without; or 0.65 when it holds 80% of the checked claim's content words), with no
   conflicting actors or values.

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
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from factfinder.check.model import ClaimCheck, Evidence
from factfinder.check.retrieve import Hit, RecordIndex, counted_class, embed_queries, sites, ties, tokenize
from factfinder.record.features import CONTEXT_CHARS, GENOCIDE, claim_features, compatible

if TYPE_CHECKING:
    from factfinder.workbench import Workbench

K = 12                   # record claims retrieved per checked claim
RELATED_COSINE = 0.45    # below this a record claim is not shown as related
VALUE_COSINE = 0.50      # a record claim about the same incident must at least be this close
SAME_STATEMENT = 0.80    # the same statement in other words, sharing a place, site, actor, person or count
SAME_UNANCHORED = 0.90   # ... or sharing none of them
SAME_WORDS_COSINE = 0.65  # ... or this close, with SAME_WORDS_SHARE of the content words shared
SAME_WORDS_SHARE = 0.8
EXACT_TOLERANCE = 0.02
APPROX_TOLERANCE = 0.10
CLEAR_FACTOR = 1.25      # beyond the tolerance, a value this far off is clearly outside
NATIONAL_MINIMUM = 100_000          # a checked death count this large, with no place, is national
RECORD_NATIONAL_MINIMUM = 200_000   # as the record's rebuild takes national tolls (record/build.py)
MAX_EVIDENCE = 6

_UPPER_ONLY = re.compile(r"\b(no more than|not more than|up to|at most|as many as|fewer than|less than|under|"
                         r"below|maximum of|a maximum|jusqu['’]à|au plus|moins de|pas plus de|tout au plus)\b", re.I)
_JUST_UNDER = re.compile(r"\b(almost|nearly|close to|approaching|just under|not quite|près de|presque|"
                         r"pratiquement|quasiment)\b", re.I)
_LOWER_ONLY = re.compile(r"\b(at least|more than|over|in excess of|upwards of|above|exceed\w*|plus de|au moins|"
                         r"au-delà de|dépass\w*|minimum of|a minimum)\b", re.I)
_WHOLE = re.compile(r"\b(rwanda|genocide|génocide|in total|in all|altogether|total|100 days|hundred days|"
                    r"cent jours|au total)\b", re.I)
# A sentence that says its own content is false ("it is a lie that …", "c'est faux que …").
_DENIED_CONTENT = re.compile(r"\b(it is (simply )?(false|untrue|not true|a lie|a myth) that|it is not the case that|"
                             r"(is|was) (simply )?(false|untrue|a lie|a myth)\b|il est faux (de dire )?que|"
                             r"(c['’]est|est) (un mensonge|faux)\b)", re.I)
# A count of part of the time: "in the first two weeks", "by the end of May", "had already".
_PARTIAL = re.compile(r"\b(in the first|first (few |two |three |four |six |\d+ )?(days|weeks|months)|weeks? (of|into)|"
                      r"by (the end of|early|mid|late)|so far|already|within (hours|days|weeks|a week|a month)|"
                      r"in the previous|premi(er|ère)s? (jours|semaines|mois)|déjà|jusqu['’]à présent)\b", re.I)
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
    nearby += [{**mentions[i], "id": i, "status": "suggested"} for i in wanted if not lo <= i < hi]
    data = {"text": claim["text"], "start": claim["start"], "end": claim["end"], "mentions": sorted(wanted),
            "slots": claim.get("slots") or {}, "stance": claim.get("stance", "asserts"),
            "asserted_by": claim.get("asserted_by", "author"), "source_id": "checked"}
    return claim_features(data, nearby, {"kind": "other"})


# ---- the record's side ----------------------------------------------------------------------------

def _evidence(index: RecordIndex, record: dict, relation: str, score: float = 0.0, explanation: str = "") -> Evidence:
    source = index.sources.get(record["source_id"], {})
    return Evidence(relation=relation, source_id=record["source_id"], source_title=source.get("title"),
                    text=record["text"], start=record["start"], end=record["end"], claim_id=record["id"],
                    event_id=record["events"][0] if record["events"] else None, grade=source.get("grade"),
                    credibility=record.get("credibility"), credibility_reason=record.get("credibility_reason"),
                    score=round(float(score), 4), explanation=explanation)


def _sources(evidence: list[Evidence], relation: str) -> set[str]:
    return {e.source_id for e in evidence if e.relation == relation}


def _best_of_side(index: RecordIndex, claim_ids: list[int]) -> dict | None:
    """The claim to show for a side of a dispute: the most credible, own-voice first."""
    records = [r for r in (index.claim_by_id(c) for c in claim_ids) if r is not None]
    if not records:
        return None
    return min(records, key=lambda r: (r.get("credibility") or 7, r["asserted_by"] != "author", r["id"]))


def _is_national(values: dict, figure: dict, text: str, index: RecordIndex) -> bool:
    """A count of the dead for the whole genocide: no particular place or site, and either
    a large number or words that name the whole ("in Rwanda", "the genocide", "in total")."""
    if counted_class(figure, values.get("event_type")) != "killed" or ties(values):
        return False
    if values.get("event_type") not in (None, "killing", "massacre", "sexual_violence", "attack"):
        return False   # victims counted in a sentence about a trial, an epidemic, an exodus
    if any(p != "rw" and not str(p).startswith("rw.") for p in values.get("places") or []):
        return False   # killings in Zaire or Burundi are not Rwanda's toll
    if _HUTU.search(text) and not _TUTSI.search(text):
        return False   # a count of Hutu victims (of the RPF, of reprisals): another quantity
    if any(index.places.specific(p) for p in values.get("places") or []):
        return False
    if _named_actors(values) and not GENOCIDE.search(text):
        return False   # killings by a named force ("the RPF killed …"): not the genocide's toll
    if str(figure.get("group") or "").lower() in OTHER_GROUPS or _PARTIAL.search(text):
        return False
    date_ = values.get("date")
    if date_ and not date_.get("inherited") and (date_["latest"] < "1994-07-01" or date_["earliest"] > "1994-12-31"):
        return False   # a count of an earlier time ("by early May"), or of another period
    value = figure_range(figure)
    biggest = value[1] if value and value[1] != math.inf else (value[0] if value else 0)
    return biggest >= NATIONAL_MINIMUM or bool(_WHOLE.search(text))


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
                       len(_sources(evidence, "contradicts")))
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
    qp = {p for p in values.get("places") or [] if index.places.specific(p)}
    rp = {p for p in record.get("places") or [] if index.places.specific(p)}
    if qp and rp and not index.places.related(qp, rp):
        return False
    return True


def _own_date(values: dict) -> dict | None:
    d = values.get("date")
    return d if d and not d.get("inherited") and d.get("earliest") else None


def _dates_apart(values: dict, record: dict) -> bool:
    a, b = _own_date(values), _own_date(record)
    if not a or not b or max(a["days"], b["days"]) > 31:
        return False
    return a["latest"] < b["earliest"] or b["latest"] < a["earliest"]


def _local_figure_finding(index: RecordIndex, values: dict, figure: dict, hits: list[Hit]) -> Finding | None:
    value = figure_range(figure)
    counted = counted_class(figure, values.get("event_type"))
    if value is None or counted is None:
        return None
    said = describe(value)
    evidence: list[Evidence] = []
    for hit in hits:
        record = hit.claim["features"]
        if not _same_incident(values, record, hit, index) or _dates_apart(values, record):
            continue
        for fig in record.get("figures") or []:
            other = figure_range(fig)
            if other is None or counted_class(fig, record.get("event_type")) != counted:
                continue
            if figure.get("group") and fig.get("group") and str(figure["group"]).lower() != str(fig["group"]).lower():
                continue
            slack = tolerance(figure, fig)
            if ranges_agree(value, other, slack):
                relation = "supports"
            elif clearly_apart(value, other, slack) and hit.cosine >= VALUE_COSINE + 0.1:
                relation = "contradicts"
            else:
                relation = "related"
            evidence.append(_evidence(index, hit.claim, relation, hit.score,
                                      f"the record says {describe(other)} {fig.get('counted') or ''}".rstrip()
                                      + f"; the text says {said}"))
            break
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


def _date_finding(index: RecordIndex, values: dict, hits: list[Hit]) -> Finding | None:
    mine = _own_date(values)
    if not mine or mine["days"] > 31:
        return None
    said = mine["earliest"] if mine["days"] == 0 else f"{mine['earliest']} to {mine['latest']}"
    evidence: list[Evidence] = []
    for hit in hits:
        record = hit.claim["features"]
        theirs = record.get("date")
        if not theirs or not theirs.get("earliest") or theirs["days"] > 31:
            continue
        if not _same_incident(values, record, hit, index, needs=("place", "site", "person")) and not (
                hit.cosine >= SAME_STATEMENT and _same_incident(values, record, hit, index, needs=("actor",))):
            continue   # an actor alone ties two accounts of one act only when they read alike
        if _figures_conflict(values, record):
            continue   # another count for the same kind of act: likely another incident
        says = theirs["earliest"] if theirs["days"] == 0 else f"{theirs['earliest']} to {theirs['latest']}"
        inside = mine["earliest"] <= theirs["earliest"] and theirs["latest"] <= mine["latest"]
        apart = mine["latest"] < theirs["earliest"] or theirs["latest"] < mine["earliest"]
        if theirs.get("inherited") or not (inside or apart) or (inside and mine["days"] > 1):
            relation = "related"   # a month contains the day, it does not confirm it
        else:
            relation = "supports" if inside else "contradicts"
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
    for claim_id in pro:
        for number in index.disputes_of_claim.get(claim_id, []):
            for side in index.disputes[number]["sides"]:
                if claim_id not in side["claims"] and con & set(side["claims"]):
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


def _named_actors(features: dict) -> set[str]:
    """The actors a sentence names (not the perpetrators the word "genocide" implies)."""
    return set(features.get("actors") or []) | {a for a in features.get("agents") or [] if not a.startswith("group:")}


def _meaning_finding(index: RecordIndex, text: str, values: dict, stance: str, hits: list[Hit]) -> Finding | None:
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
        if not (hit.cosine >= SAME_UNANCHORED or (hit.cosine >= SAME_STATEMENT and anchored) or same_words):
            continue
        record = hit.claim["features"]
        qt, rt = values.get("event_type"), record.get("event_type")
        if (qt or rt) and not (qt and rt and compatible(qt, rt)):
            continue
        qa, ra = _named_actors(values), _named_actors(record)
        if qa and ra and not qa & ra:
            continue
        if _figures_conflict(values, record) or _dates_apart(values, record):
            continue
        if len(hit.claim["text"].split()) < 15 and not _STATEMENT_END.search(hit.claim["text"]):
            continue   # a title names a subject, it asserts nothing
        theirs = hit.claim["stance"]
        if theirs == "questions" or (theirs == "denies" and hit.claim["asserted_by"] != "author"):
            evidence.append(_evidence(index, hit.claim, "related", hit.score, "the record reports this as "
                                      "questioned or denied by someone"))
            continue
        same = (hit.claim["stance"] == "denies") == (stance == "denies")
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


# ---- the verdict ----------------------------------------------------------------------------------

def assess_claims(wb: "Workbench | None", index: RecordIndex, text: str, claims: list[dict],
                  mentions: list[dict], *, sentences: list[tuple[int, int]] | None = None,
                  sentence_vectors: np.ndarray | None = None) -> list[ClaimCheck]:
    """A verdict with evidence for each claim the extractor found in `text`.

    `claims` and `mentions` are the extractor's output on the checked text
    (`Extractor().extract(text, lang, [(0, len(text))])`). The claims' sentences are embedded in
    one batch; pass the text's `sentences` (start, end) and their `sentence_vectors` when
    they are embedded already, and a claim that is a whole sentence reuses its vector.
    `wb` is not read (the index holds the record) and may be None.
    """
    if not claims:
        return []
    starts = [m["start"] for m in mentions]
    values = [query_values(c, mentions, starts) for c in claims]
    vectors = None
    if sentences is not None and sentence_vectors is not None and len(sentences) == len(sentence_vectors):
        row = {(int(s), int(e)): i for i, (s, e) in enumerate(sentences)}
        found = [row.get((c["start"], c["end"])) for c in claims]
        missing = [c["text"] for c, i in zip(claims, found) if i is None]
        extra = iter(embed_queries(missing)) if missing else iter(())
        vectors = np.stack([sentence_vectors[i] if i is not None else next(extra) for i in found])
    hits = index.search_many([c["text"] for c in claims], values, k=K, vectors=vectors)
    return [judge(index, c, v, h) for c, v, h in zip(claims, values, hits)]


def judge(index: RecordIndex, claim: dict, values: dict, hits: list[Hit]) -> ClaimCheck:
    stance = claim.get("stance", "asserts")
    if _DENIED_CONTENT.search(claim["text"]):
        stance = "denies"   # "it is false that …": the extractor's stance sees no negated verb
    findings: list[Finding] = []
    for figure in values.get("figures") or []:
        if _is_national(values, figure, claim["text"], index):
            found = _national_finding(index, figure, hits)
        else:
            found = _local_figure_finding(index, values, figure, hits)
        if found:
            findings.append(found)
            break   # the first figure the record speaks to decides; the others are arithmetic's business
    found = _date_finding(index, values, hits)
    if found:
        findings.append(found)
    if not any(f.verdict != "not_in_record" for f in findings):
        found = _meaning_finding(index, claim["text"], values, stance, hits)
        if found:
            findings.append(found)

    decided = [f for f in findings if f.verdict != "not_in_record"]
    denies = stance == "denies"
    if decided:
        top = max(decided, key=lambda f: (_PRIORITY[f.verdict], f.sources))
        # A meaning finding weighs the stances itself; values are flipped here for a denial.
        verdict = _FLIP.get(top.verdict, top.verdict) if denies and top.aspect != "meaning" else top.verdict
        explanation = top.explanation
        if denies:
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
            if denies and f.aspect != "meaning" and e.relation in ("supports", "contradicts"):
                e.relation = "contradicts" if e.relation == "supports" else "supports"
            if (e.claim_id, e.relation) not in seen and not any(x.claim_id == e.claim_id for x in evidence):
                seen.add((e.claim_id, e.relation))
                evidence.append(e)
    evidence.sort(key=lambda e: ({"contradicts": 0, "supports": 0, "related": 1}[e.relation], -e.score))
    evidence = _first_per_relation(evidence, MAX_EVIDENCE)
    if len(evidence) < 3:
        for hit in hits:
            if hit.cosine >= RELATED_COSINE and not any(e.claim_id == hit.claim_id for e in evidence):
                evidence.append(_evidence(index, hit.claim, "related", hit.score,
                                          f"similar wording (cosine {hit.cosine:.2f})"))
            if len(evidence) >= 3:
                break
    best = max((h.cosine for h in hits), default=0.0)
    if verdict == "not_in_record":
        confidence = max(0.0, min(0.95, 1.0 - best))
    else:
        support = max((f.sources for f in decided), default=1)
        confidence = min(0.95, 0.55 + 0.1 * min(support, 3) + 0.1 * max(0.0, best - 0.5))
    return ClaimCheck(text=claim["text"], start=claim["start"], end=claim["end"], verdict=verdict,
                      evidence=evidence, explanation=explanation, values=_public_values(values),
                      asserted_by=claim.get("asserted_by"), confidence=round(confidence, 3))


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


