"""What the record needs to know about one claim, computed once per claim: the kind of
act it describes, when, where, by and against whom, and any figure it gives."""

from __future__ import annotations

import bisect
import re

# Kind of act, from the claim's words (English and French). Order matters: the first
# kind whose pattern matches wins, so specific acts come before general ones. Proceedings
# come first: "found guilty of genocide" is about a trial, not a killing; an epidemic's
# deaths ("refugees died of cholera") are not killings.
EVENT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("trial", re.compile(r"\b(convict\w*|sentenc(e|ed|es|ing)\b|acquitt\w*|indict\w*|guilty|tried|trials?\b|"
                         r"judg(e)?ments?|verdict|appeals? chamber|appeal(ed|s)?\b|condamn\w*|acquitt\w*|inculp\w*|"
                         r"jug(é|e)(e|s|es)?\b|jugements?|procès|reconnue? coupables?|(?<!à\s)peine\b|perpétuité|"
                         r"life imprisonment|prison à vie|gacaca)", re.I)),
    ("epidemic", re.compile(r"\b(cholera|choléra|epidemic|épidémie|dysenter\w*|malnutrition|mortality|mortalité|"
                            r"diseases?|maladies?|(cases|cas) (of|de)\b)", re.I)),
    ("sexual_violence", re.compile(r"\b(rap(e|ed|es|ing)|sexual(ly)? (violence|assault|slavery)|viol(s|ée?s?)?\b|"
                                   r"violences? sexuelles?)", re.I)),
    ("assassination", re.compile(r"\b(assassinat\w*|assassinated|assassination|assassin(é|ée|és|ées)\b)", re.I)),
    ("attack", re.compile(r"\b(shot down|shooting down|attentat|abattu|missiles?|roquettes?|rockets?|attack(ed|s)?|"
                          r"offensive|shell(ed|ing)|bombard\w*|ambush\w*|attaqu\w*|opened fire|ouvert le feu|"
                          r"invad(e|ed|es|ing)|invasion|envah\w*|"   # "the RPF invaded from Uganda" attacked Rwanda
                          r"fired on|tir(é|e)s? sur)", re.I)),
    ("massacre", re.compile(r"\b(massacr\w*|tueries?|slaughter\w*|carnage)", re.I)),
    ("killing", re.compile(r"\b(kill(ed|ing|ings)?|murder\w*|executed|executions?|extermin\w*|tu(é|e)(e|s|es)?\b|"
                           r"died|dead|deaths?|morts?|meur\w*|cadavres?|bodies|corps|survived|survécu|massacr\w*|"
                           r"genocide|génocide)", re.I)),
    ("displacement", re.compile(r"\b(fled|flee(ing)?|exodus|displac\w*|refugees? (crossed|poured|arrived)|"
                                r"cross(ed|es|ing)? (in)?to|crossed the (border|frontier)|poured into|influx|"
                                r"arrivals?|expell?ed|deport\w*|fui\w*|fuyant|exode|afflux|franchi\w*|déplac\w*|"
                                r"réfugiés)", re.I)),
    ("destruction", re.compile(r"\b(destroy\w*|destruction|burn(ed|t|ing)|loot\w*|pillag\w*|razed|détrui\w*|"
                               r"demolish\w*|demolition|bulldoz\w*|démoli\w*|rasée?s?\b|"
                               r"brûl\w*|pill(é|e)\w*|incendi\w*)", re.I)),
    ("arrest", re.compile(r"\b(arrest\w*|detain\w*|detention|detainees?|captured|arrêt(é|e)\w*|interpell\w*|"
                          r"détenu\w*|prisons?\b)", re.I)),
    ("institutional", re.compile(r"\b(establish(ed|es|ing)?|creat(ed|es)|set up|adopt(ed|s)?|founded|signed|"
                                 r"withdr(ew|awn)|deployed|launched|evacuat\w*|reduced|closed|opened|"
                                 r"resolutions?|résolutions?|authori[sz](es|ed|ing)|autoris\w*|accords?|agreement|"
                                 r"mandate|mandat|transmitted|delivered|published|publi(é|e)e?s?|requested|"
                                 r"créée?s?|crée|institu(é|e)e?s?|adopt(é|e)e?s?|sign(é|e)s?|déploy\w*|évacu\w*|"
                                 r"retir\w*|quitt\w*|ferm(é|e)e?s?)\b", re.I)),
]
# What an incident happened at or to, by concept across languages. A site is where it
# happened: two claims naming different sites are about different incidents. A target
# (the peacekeepers, the prime minister, an epidemic's disease) ties claims without
# excluding others.
SITES: list[tuple[str, re.Pattern[str]]] = [(concept, re.compile(pattern, re.I)) for concept, pattern in [
    ("plane", r"\b(plane|aircraft|avion|appareil|falcon)\b"),
    ("church", r"\b(church(es)?|églises?|parish(es)?|paroisses?|cathedral|cathédrale)\b"),
    ("school", r"\b(schools?|écoles?|university|université|lycée|college)\b"),
    ("stadium", r"\b(stadium|stade)\b"),
    ("camp", r"\b(camps?)\b"),
    ("hospital", r"\b(hospitals?|hôpital|hôpitaux|health cent(re|er)|centre de santé)\b"),
    ("hill", r"\b(hills?|collines?)\b"),
    ("roadblock", r"\b(roadblocks?|barrières?)\b"),
    ("convent", r"\b(convents?|couvents?|seminary|séminaire)\b"),
    ("prison", r"\b(prisons?)\b"),
    ("bridge", r"\b(bridges?|ponts?)\b"),
    ("market", r"\b(markets?|marchés?)\b"),
    ("hotel", r"\b(hotels?|hôtels?)\b"),
    ("residence", r"\b(residences?|résidences?)\b"),
    ("mosque", r"\b(mosques?|mosquées?)\b"),
    ("office", r"\b(offices?|bureaux?|commune office|bureau communal)\b"),
]]
TARGETS: list[tuple[str, re.Pattern[str]]] = [(concept, re.compile(pattern, re.I)) for concept, pattern in [
    ("peacekeepers", r"\b(peacekeepers|casques bleus|belgian (un )?soldiers|soldats belges)\b"),
    ("prime_minister", r"\b(prime minister|premi(er|ère) ministre)\b"),
    ("clergy", r"\b(clergy(men)?|bishops?|évêques?|archbishop|archevêque|priests?|prêtres?)\b"),
    ("president", r"\b(presidents?|présidents?)\b"),
    ("cholera", r"\b(cholera|choléra)\b"),
    ("dysentery", r"\b(dysenter\w*)\b"),
]]
# Nouns that name a particular site or object of an incident (kept for titles).
SALIENT = re.compile(r"\b(plane|aircraft|avion|church|église|parish|paroisse|school|école|stadium|stade|camp|"
                     r"hospital|hôpital|cathedral|cathédrale|hill|colline|roadblock|barrière|convent|couvent|"
                     r"seminary|séminaire|prison|bridge|pont|market|marché|hotel|hôtel|residence|résidence|"
                     r"peacekeepers|casques bleus|prime minister|première? ministre|clergy|bishops?|évêques?|"
                     r"cholera|choléra|mosque|mosquée|office|bureau|commune)\b", re.I)
FEATURES_VERSION = 7   # 7: "demolished", "bulldozed" (« démoli », « rasé ») are a destruction
CONTEXT_CHARS = 300
KILLED_COUNTS = {"killed", "dead", "victims", "deaths", "massacred", "murdered", "died", "tués", "morts", "victimes"}
COMPATIBLE = {frozenset({"killing", "massacre"}), frozenset({"attack", "assassination"}),
              frozenset({"displacement", "institutional"})}
# Kinds of act that can describe one incident from different angles ("the plane was shot
# down" / "the president was killed"), and whether such incidents are punctual (a day or
# two) or go on (an epidemic, an exodus, a trial, an operation).
FAMILY = {"attack": "violence", "assassination": "violence", "massacre": "violence", "killing": "violence",
          "sexual_violence": "violence", "destruction": "destruction", "displacement": "displacement",
          "epidemic": "epidemic", "trial": "justice", "arrest": "justice", "institutional": "other"}
PUNCTUAL = {"violence", "destruction", "justice"}


def event_type(text: str) -> str | None:
    for kind, pattern in EVENT_PATTERNS:
        if pattern.search(text):
            return kind
    return None


# Words that only say people died: the act behind the deaths (a massacre, an epidemic)
# comes from the context.
DEATHS_ONLY = re.compile(r"\b(died|dead|deaths?|morts?|meur\w*|cadavres?|bodies|corps|survived|survécu)\b", re.I)
VIOLENT_ACT = re.compile(r"\b(kill(ed|ing|ings)?|murder\w*|executed|executions?|extermin\w*|tu(é|e)(e|s|es)?\b|"
                         r"massacr\w*|genocide|génocide)", re.I)


def deaths_only(text: str, kind: str | None) -> bool:
    return kind == "killing" and bool(DEATHS_ONLY.search(text)) and not VIOLENT_ACT.search(text)


def compatible(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in COMPATIBLE


def family(kind: str | None) -> str:
    return FAMILY.get(kind or "", "other")


def concepts(text: str, table: list[tuple[str, re.Pattern[str]]]) -> list[str]:
    return sorted({concept for concept, pattern in table if pattern.search(text)})


_AGENT_BEFORE = re.compile(r"\b(by|par|committed by|perpetrated by|commis par)\s+(the\s+|le\s+|la\s+|les\s+|l['’]\s*|des\s+|du\s+)?$",
                           re.I)


def _agents(claim: dict, actors: list[dict]) -> list[str]:
    """Actors the claim names as doing the act: the subject of the sentence, or the agent
    after "by"/"par" — not every actor the sentence happens to name."""
    from factfinder.extract.claims import EVENT_LEMMAS

    slots = claim.get("slots") or {}
    acts = EVENT_LEMMAS["en"] | EVENT_LEMMAS["fr"]
    # The sentence's subject is the agent only when its main verb is the act itself
    # ("the RPA killed …", not "the RPF took Kigali after a genocide that killed …").
    subject = (slots.get("subject") or "").lower() if (slots.get("predicate") or "") in acts else ""
    out = []
    for m in actors:
        before = claim["text"][max(0, m["start"] - claim["start"] - 24):m["start"] - claim["start"]]
        if (subject and m["text"].lower() in subject) or _AGENT_BEFORE.search(before):
            out.append(m["normalized"].get("id") or m["normalized"].get("canonical") or m["text"])
    return sorted(set(out))


GENOCIDE = re.compile(r"\bg[ée]nocid", re.I)


def _by_definition(text: str, kind: str | None) -> list[str]:
    """Killings the sentence calls genocide are, by that word, the genocide's: their agents
    are the genocide's organisers and perpetrators even when the sentence names none."""
    if kind in ("killing", "massacre") and GENOCIDE.search(text):
        return ["group:genocidal_government_and_forces"]
    return []


class SourceMentions:
    """A source's mentions indexed once for all its claims: by id, and its dates by end
    offset (so the date a sentence inherits is found by bisection, not by a scan)."""

    def __init__(self, mentions: list[dict]) -> None:
        self.by_id = {m["id"]: m for m in mentions}
        self.dates = sorted((m for m in mentions if m["type"] == "date" and (m["normalized"] or {}).get("earliest")
                             and m["status"] != "rejected"), key=lambda m: m["end"])
        self.date_ends = [m["end"] for m in self.dates]

    def last_date_before(self, start: int) -> dict | None:
        index = bisect.bisect_right(self.date_ends, start) - 1
        if index >= 0 and self.dates[index]["end"] >= start - CONTEXT_CHARS:
            return self.dates[index]
        return None


def claim_features(claim: dict, mentions: list[dict] | SourceMentions, source: dict) -> dict:
    """`claim` and `mentions` as stored (dicts; or the source's mentions indexed once with
    `SourceMentions`, much faster for long sources); `source` the claim's source metadata."""
    indexed = mentions if isinstance(mentions, SourceMentions) else SourceMentions(mentions)
    inside = [m for m in (indexed.by_id.get(i) for i in claim["mentions"]) if m is not None
              and m["status"] != "rejected"]
    dated = [m for m in inside if m["type"] == "date" and m["normalized"].get("earliest")]
    # Of two dates as narrow, the one the text names wins over one counted from another: "Two weeks
    # later, on 21 April" is the 21st, whatever day two weeks after the last date falls on.
    dates = [m["normalized"] for m in sorted(dated, key=_counted_from_another)]
    inherited = False
    if not dates:
        # A sentence without a date usually continues the story of the last dated one close before it.
        before = indexed.last_date_before(claim["start"])
        if before is not None:
            dates, inherited = [before["normalized"]], True
    figures = [m for m in inside if m["type"] == "figure" and m["normalized"].get("unit") in ("people", "count")]
    kind = event_type(claim["text"])
    date = None
    if dates:
        best = min(dates, key=lambda d: _span_days(d["earliest"], d["latest"]))
        date = {"earliest": best["earliest"], "latest": best["latest"],
                "days": _span_days(best["earliest"], best["latest"]), "inherited": inherited}
    return {
        "version": FEATURES_VERSION,
        "source_id": claim["source_id"],
        "event_type": kind,
        "date": date,
        "places": sorted({m["normalized"].get("id") or m["normalized"].get("canonical") or m["text"]
                          for m in inside if m["type"] == "place"}),
        "actors": sorted({m["normalized"].get("id") or m["normalized"].get("canonical") or m["text"]
                          for m in inside if m["type"] == "actor"}),
        "persons": sorted({m["normalized"].get("canonical") or m["text"] for m in inside if m["type"] == "person"}),
        "agents": _agents(claim, [m for m in inside if m["type"] == "actor"]) or _by_definition(claim["text"], kind),
        "salient": sorted({s.lower() for s in SALIENT.findall(claim["text"])}),
        "deaths_only": deaths_only(claim["text"], kind),
        "sites": concepts(claim["text"], SITES),
        "targets": concepts(claim["text"], TARGETS),
        "figures": [{"mention_id": m["id"], "text": m["text"], **{k: m["normalized"].get(k) for k in
                     ("low", "high", "approx", "unit", "counted", "group")}} for m in figures],
        "stance": claim["stance"],
        "asserted_by": claim["asserted_by"],
    }


_NAMED_DAY = re.compile(r"\d{4}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|"
                        r"ao[uû]t|sept|déc|dec)", re.I)


def _counted_from_another(mention: dict) -> bool:
    """A date reckoned from an earlier one ("two weeks later", "the next day"), not named."""
    return mention["normalized"].get("relative_to") is not None and not _NAMED_DAY.search(mention.get("text") or "")


def _span_days(earliest: str | None, latest: str | None) -> int:
    from datetime import date

    if not earliest or not latest:
        return 100000
    try:
        return (date.fromisoformat(latest) - date.fromisoformat(earliest)).days
    except ValueError:
        return 100000
