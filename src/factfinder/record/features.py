"""What the record needs to know about one claim, computed once per claim: the kind of
act it describes, when, where, by and against whom, and any figure it gives."""

from __future__ import annotations

import re

# Kind of act, from the claim's words (English and French). Order matters: the first
# kind whose pattern matches wins, so specific acts come before general ones.
EVENT_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("sexual_violence", re.compile(r"\b(rap(e|ed|es|ing)|sexual(ly)? (violence|assault|slavery)|viol(s|ée?s?)?\b|"
                                   r"violences? sexuelles?)", re.I)),
    ("assassination", re.compile(r"\b(assassinat\w*|assassinated|assassination)", re.I)),
    ("attack", re.compile(r"\b(shot down|shooting down|attentat|abattu|missiles?|attack(ed|s)?|offensive|shell(ed|ing)|"
                          r"bombard\w*|ambush\w*|attaqu\w*)", re.I)),
    ("massacre", re.compile(r"\b(massacr\w*|tueries?|slaughter\w*|carnage)", re.I)),
    ("killing", re.compile(r"\b(kill(ed|ing|ings)?|murder\w*|executed|execution|extermin\w*|tu(é|e)(e|s|es)?\b|"
                           r"assassin(é|e)\w*|died|dead|deaths?|morts?|massacr\w*|genocide|génocide)", re.I)),
    ("displacement", re.compile(r"\b(fled|flee(ing)?|exodus|displac\w*|refugees? (crossed|poured|arrived)|"
                                r"expell?ed|deport\w*|fui\w*|exode|déplac\w*|réfugiés)", re.I)),
    ("destruction", re.compile(r"\b(destroy\w*|destruction|burn(ed|t|ing)|loot\w*|pillag\w*|razed|détrui\w*|"
                               r"brûl\w*|pill(é|e)\w*|incendi\w*)", re.I)),
    ("arrest", re.compile(r"\b(arrest\w*|detain\w*|detention|captured|arrêt(é|e)\w*|interpell\w*|détenu\w*)", re.I)),
    ("trial", re.compile(r"\b(convict\w*|sentenc\w*|acquitt\w*|indict\w*|tried|trial|judg(e)?ment|guilty|"
                         r"condamn\w*|acquitt\w*|inculp\w*|jug(é|e)\w*|procès|verdict)", re.I)),
    ("institutional", re.compile(r"\b(establish(ed|es|ing)|created|set up|adopted|founded|signed|withdr(ew|awn)|"
                                 r"deployed|launched|evacuat\w*|reduced|closed|opened|créée?s?|institu(é|e)e?s?|"
                                 r"sign(é|e)s?|déploy\w*|évacu\w*|retir\w*|epidemic|épidémie|cholera|choléra)\b",
                                 re.I)),
]
# Nouns that name a particular site or object of an incident; two claims that share one
# and agree on kind and time are likely about the same incident.
SALIENT = re.compile(r"\b(plane|aircraft|avion|church|église|parish|paroisse|school|école|stadium|stade|camp|"
                     r"hospital|hôpital|cathedral|cathédrale|hill|colline|roadblock|barrière|convent|couvent|"
                     r"seminary|séminaire|prison|bridge|pont|market|marché|hotel|hôtel|residence|résidence|"
                     r"peacekeepers|casques bleus|prime minister|première? ministre|clergy|bishops?|évêques?|"
                     r"cholera|choléra|mosque|mosquée|office|bureau|commune)\b", re.I)
CONTEXT_CHARS = 300
KILLED_COUNTS = {"killed", "dead", "victims", "deaths", "massacred", "murdered", "died", "tués", "morts", "victimes"}
COMPATIBLE = {frozenset({"killing", "massacre"}), frozenset({"attack", "assassination"}),
              frozenset({"displacement", "institutional"})}


def event_type(text: str) -> str | None:
    for kind, pattern in EVENT_PATTERNS:
        if pattern.search(text):
            return kind
    return None


def compatible(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in COMPATIBLE


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


def claim_features(claim: dict, mentions: list[dict], source: dict) -> dict:
    """`claim` and `mentions` as stored (dicts); `source` the claim's source metadata."""
    inside = [m for m in mentions if m["id"] in set(claim["mentions"]) and m["status"] != "rejected"]
    dates = [m["normalized"] for m in inside if m["type"] == "date" and m["normalized"].get("earliest")]
    inherited = False
    if not dates:
        # A sentence without a date usually continues the story of the last dated one close before it.
        before = [m for m in mentions if m["type"] == "date" and m["normalized"].get("earliest")
                  and claim["start"] - CONTEXT_CHARS <= m["end"] <= claim["start"] and m["status"] != "rejected"]
        if before:
            dates, inherited = [max(before, key=lambda m: m["end"])["normalized"]], True
    figures = [m for m in inside if m["type"] == "figure" and m["normalized"].get("unit") in ("people", "count")]
    kind = event_type(claim["text"])
    date = None
    if dates:
        best = min(dates, key=lambda d: _span_days(d["earliest"], d["latest"]))
        date = {"earliest": best["earliest"], "latest": best["latest"],
                "days": _span_days(best["earliest"], best["latest"]), "inherited": inherited}
    return {
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
        "figures": [{"mention_id": m["id"], "text": m["text"], **{k: m["normalized"].get(k) for k in
                     ("low", "high", "approx", "unit", "counted", "group")}} for m in figures],
        "stance": claim["stance"],
        "asserted_by": claim["asserted_by"],
    }


def _span_days(earliest: str | None, latest: str | None) -> int:
    from datetime import date

    if not earliest or not latest:
        return 100000
    try:
        return (date.fromisoformat(latest) - date.fromisoformat(earliest)).days
    except ValueError:
        return 100000
