"""Rebuilding the record from the claims: events with attributes that each point to
their claims, information links, proposed source grades, claim credibility and
contradictions.

Incremental where it counts: each claim's features are computed once and kept
(`claim_features`); a rebuild after new sources computes features only for their
claims, then regroups all claims (in memory, fast) and rewrites the derived tables in
one transaction, so readers never see half a record.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable

from sqlalchemy import delete, select

from factfinder.extract.gazetteer import Gazetteer
from factfinder.extract.run import claim_to_dict, mention_to_dict
from factfinder.record.credibility import credibility, fold, propose_grade, reset_cache
from factfinder.record.events import PlaceIndex, cluster_claims
from factfinder.record.features import FEATURES_VERSION, KILLED_COUNTS, SourceMentions, claim_features
from factfinder.record.groups import group_label, group_of_actor
from factfinder.store import custody
from factfinder.store.schema import (Claim, ClaimAssessment, ClaimFeatures, Contradiction, Event, EventClaim,
                                     InformationLink, Mention, Source, SourceGrade)

if TYPE_CHECKING:
    from factfinder.workbench import Workbench

CONNECTIONS = {"testimony": "eyewitness", "judgment": "official_record", "official": "official_record"}
VICTIM_WORDS = re.compile(r"\b(Tutsis?|Hutus?|Twa|civilians?|refugees?|children|women|peacekeepers|clergy|priests?|"
                          r"nuns?|students?|patients|displaced|prisoners|réfugiés|civils|enfants|femmes|casques bleus)\b",
                          re.I)
NATIONAL_TOLL_MINIMUM = 200_000


def _source_dict(source: Source) -> dict:
    return {"id": source.id, "title": source.title, "author": source.author, "publisher": source.publisher,
            "kind": source.kind, "published": source.published}


def _compute_missing_features(wb: "Workbench") -> int:
    with wb.db.read() as session:
        done, stale = set(), []
        for claim_id, version in session.execute(select(ClaimFeatures.claim_id, ClaimFeatures.features["version"])):
            # Features of an older version of the recogniser are recomputed once.
            if _as_int(version) == FEATURES_VERSION:
                done.add(claim_id)
            else:
                stale.append(claim_id)
        claims = [row for row in session.execute(select(Claim.id, Claim.source_id, Claim.text, Claim.start, Claim.end,
                                                        Claim.asserted_by, Claim.stance, Claim.slots,
                                                        Claim.mention_ids)) if row.id not in done]
        if not claims:
            return 0
        source_ids = sorted({c.source_id for c in claims})
        mentions_by_source: dict[str, list[dict]] = defaultdict(list)
        sources: dict[str, dict] = {}
        for first in range(0, len(source_ids), 500):
            chunk = source_ids[first:first + 500]
            for m in session.execute(select(Mention.id, Mention.source_id, Mention.type, Mention.text, Mention.start,
                                            Mention.end, Mention.normalized, Mention.status)
                                     .where(Mention.source_id.in_(chunk))):
                mentions_by_source[m.source_id].append({"id": m.id, "type": m.type, "text": m.text, "start": m.start,
                                                        "end": m.end, "normalized": m.normalized or {},
                                                        "status": m.status, "source_id": m.source_id})
            sources.update({s.id: _source_dict(s) for s in session.scalars(select(Source).where(Source.id.in_(chunk)))})
    indexed = {sid: SourceMentions(items) for sid, items in mentions_by_source.items()}
    empty = SourceMentions([])
    rows = []
    for claim in claims:
        data = {"id": claim.id, "text": claim.text, "start": claim.start, "end": claim.end,
                "asserted_by": claim.asserted_by, "stance": claim.stance, "slots": claim.slots,
                "mentions": claim.mention_ids or [], "source_id": claim.source_id}
        rows.append({"claim_id": claim.id,
                     "features": claim_features(data, indexed.get(claim.source_id, empty), sources[claim.source_id])})
    with wb.db.write() as session:
        for first in range(0, len(stale), 1000):
            session.execute(delete(ClaimFeatures).where(ClaimFeatures.claim_id.in_(stale[first:first + 1000])))
        session.execute(ClaimFeatures.__table__.insert(), rows)
    return len(rows)


def _as_int(value) -> int | None:  # noqa: ANN001
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _citations(session) -> dict[str, set[str]]:  # noqa: ANN001
    """Which sources cite which: a reference entry or citation text naming another source's title."""
    titles = {s.id: fold(s.title) for s in session.scalars(select(Source)) if s.title and len(s.title) >= 12}
    cites: dict[str, set[str]] = defaultdict(set)
    for mention in session.scalars(select(Mention).where(Mention.type == "citation")):
        reference = (mention.normalized.get("reference") or {}).get("text") or ""
        text = fold(reference + " " + mention.text)
        for sid, title in titles.items():
            if sid != mention.source_id and title and title in text:
                cites[mention.source_id].add(sid)
    return cites


def _value_range(figure: dict) -> tuple[float, float] | None:
    low, high = figure.get("low"), figure.get("high")
    if low is None and high is None:
        return None
    low = low if low is not None else high
    high = high if high is not None else float("inf")
    return float(low), float(high)


def _disagree(a: tuple[float, float], b: tuple[float, float], approx: bool) -> bool:
    slack = 0.1 if approx else 0.0
    return a[1] * (1 + slack) < b[0] or b[1] * (1 + slack) < a[0]


def _party(f: dict) -> str:
    """Who holds a view: the quoted party when a source reports someone else's figure,
    else the source itself."""
    return f["asserted_by"] if f["asserted_by"] != "author" else f["source_id"]


def _figure_sides(items: list[tuple[int, str, dict, str]]) -> list[dict]:
    """Group figures (claim id, source id, figure, party) into sides of mutually compatible
    values; each side says which groups its figures count (they may differ: that matters)."""
    sides: list[dict] = []
    for claim_id, source_id, figure, party in sorted(items, key=lambda item: _value_range(item[2]) or (0, 0)):
        value = _value_range(figure)
        if value is None:
            continue
        for side in sides:
            if not _disagree(side["range"], value, bool(figure.get("approx"))):
                side["claims"].append(claim_id)
                side["sources"].add(source_id)
                side["parties"].add(party)
                side["texts"].add(figure["text"])
                side["groups"].add(str(figure.get("group") or "unspecified"))
                side["range"] = (max(side["range"][0], value[0]), min(side["range"][1], value[1])) \
                    if value[0] <= side["range"][1] and side["range"][0] <= value[1] else side["range"]
                break
        else:
            sides.append({"range": value, "claims": [claim_id], "sources": {source_id}, "parties": {party},
                          "texts": {figure["text"]}, "groups": {str(figure.get("group") or "unspecified")}})
    return [{"value": {"low": s["range"][0], "high": None if s["range"][1] == float("inf") else s["range"][1]},
             "as_written": sorted(s["texts"]), "groups": sorted(s["groups"]), "claims": s["claims"],
             "sources": sorted(s["sources"]), "parties": sorted(s["parties"])} for s in sides]


def rebuild(wb: "Workbench", progress: Callable[[str], None] | None = None) -> dict:
    from factfinder.record.resolve import resolve_entities

    say = progress or (lambda message: None)
    resolved = resolve_entities(wb)
    say(f"{resolved['entities']} entities from {resolved['mentions']} name mention(s)")
    new = _compute_missing_features(wb)
    say(f"features computed for {new} new claim(s)")
    gazetteer = Gazetteer.load()
    places = PlaceIndex(gazetteer)
    with wb.db.read() as session:
        features = {cid: f for cid, f in session.execute(select(ClaimFeatures.claim_id, ClaimFeatures.features))}
        claims = {c.id: c for c in session.execute(select(Claim.id, Claim.source_id, Claim.start, Claim.end,
                                                          Claim.text))}
        sources = {s.id: _source_dict(s) for s in session.scalars(select(Source))}
        person_grades = {g.source_id: g for g in session.scalars(select(SourceGrade).where(SourceGrade.proposed.is_(False)))}
        citation_counts: dict[str, int] = defaultdict(int)
        for (sid,) in session.execute(select(Mention.source_id).where(Mention.type == "citation",
                                                                      Mention.status != "rejected")):
            citation_counts[sid] += 1
        cites = _citations(session)
    features = {cid: f for cid, f in features.items() if cid in claims}

    grades: dict[str, str] = {}
    proposed_rows = []
    now = datetime.now(timezone.utc)
    for sid, meta in sources.items():
        if sid in person_grades:
            grades[sid] = person_grades[sid].grade
            continue
        grade, reason = propose_grade(meta, citation_counts[sid])
        grades[sid] = grade
        proposed_rows.append({"source_id": sid, "grade": grade, "reason": reason, "proposed": True, "set_by": None,
                              "set_at": now})

    clusters = cluster_claims(features, places, {cid: (c.source_id, c.start, c.end) for cid, c in claims.items()
                                                 if cid in features})
    say(f"{len(clusters)} event(s) from {sum(len(c.claims) for c in clusters)} claim(s)")
    event_rows, link_rows, claim_event_rows, info_rows, contradiction_rows = [], [], [], [], []
    event_of_claim: dict[int, str] = {}
    for cluster in clusters:
        key = "ev-" + hashlib.sha256(str(min(cluster.claims)).encode()).hexdigest()[:12]
        attributes = _attributes(cluster, features, claims, sources, gazetteer)
        title = _title(cluster, attributes)
        event_rows.append({"key": key, "type": cluster.type, "earliest": cluster.earliest, "latest": cluster.latest,
                           "attributes": attributes, "title": title})
        for claim_id in cluster.claims:
            event_of_claim[claim_id] = key
            claim_event_rows.append((key, claim_id))
        for sid in sorted({features[c]["source_id"] for c in cluster.claims}):
            meta = sources[sid]
            own_voice = any(features[c]["asserted_by"] == "author" for c in cluster.claims
                            if features[c]["source_id"] == sid)
            connection = CONNECTIONS.get(meta["kind"], "secondary")
            if connection == "eyewitness" and not own_voice:
                connection = "hearsay"
            info_rows.append((key, sid, connection, meta.get("published"), grades.get(sid)))
        contradiction_rows.extend((key, c) for c in _event_contradictions(cluster, features, attributes))
    contradiction_rows.extend((None, c) for c in _quantity_contradictions(features, places))

    # Credibility of each claim: support from the claims of its event (or of its quantity),
    # contradiction from the other sides of any contradiction it is part of.
    contradicted_by: dict[int, set[str]] = defaultdict(set)
    for _key, contradiction in contradiction_rows:
        for side in contradiction["sides"]:
            others = {sid for other in contradiction["sides"] if other is not side for sid in other["sources"]}
            for claim_id in side["claims"]:
                contradicted_by[claim_id] |= others
    reset_cache()
    members: dict[str, list[int]] = defaultdict(list)
    for key, claim_id in claim_event_rows:
        members[key].append(claim_id)
    assessment_rows = []
    for claim_id, f in features.items():
        own = f["source_id"]
        if claim_id in event_of_claim:
            supporting = [features[c]["source_id"] for c in members[event_of_claim[claim_id]]]
        else:
            supporting = [own]
        against = sorted(contradicted_by.get(claim_id, set()) - {own})
        supporting = sorted(set(supporting) - set(against))
        level, explanation = credibility(supporting, against, own, sources, grades, cites)
        assessment_rows.append({"claim_id": claim_id, "credibility": level, "explanation": explanation,
                                "supporting": supporting, "contradicting": against})

    with wb.db.write() as session:
        for table in (ClaimAssessment, Contradiction, InformationLink, EventClaim, Event):
            session.execute(delete(table))
        session.execute(delete(SourceGrade).where(SourceGrade.proposed.is_(True)))
        if proposed_rows:
            session.execute(SourceGrade.__table__.insert(), proposed_rows)
        if event_rows:
            session.execute(Event.__table__.insert(), event_rows)
        ids = dict(session.execute(select(Event.key, Event.id)).all())
        if claim_event_rows:
            session.execute(EventClaim.__table__.insert(), [{"event_id": ids[k], "claim_id": c}
                                                            for k, c in claim_event_rows])
        if info_rows:
            session.execute(InformationLink.__table__.insert(), [
                {"event_id": ids[k], "source_id": s, "connection": conn, "material_date": d, "reliability": g}
                for k, s, conn, d, g in info_rows])
        if contradiction_rows:
            session.execute(Contradiction.__table__.insert(), [
                {"kind": c["kind"], "subject": c["subject"], "event_id": ids.get(k) if k else None, "sides": c["sides"]}
                for k, c in contradiction_rows])
        if assessment_rows:
            session.execute(ClaimAssessment.__table__.insert(), assessment_rows)
        summary = {"claims": len(features), "new_features": new, "events": len(event_rows),
                   "entities": resolved["entities"],
                   "contradictions": len(contradiction_rows), "proposed_grades": len(proposed_rows)}
        entry = custody.append(session, actor=wb.config.user, action="rebuild", object_type="record",
                               object_id="record", details=summary)
    wb.anchor.advance(entry.seq, entry.hash)
    return summary


def _attributes(cluster, features: dict, claims: dict, sources: dict, gazetteer: Gazetteer) -> dict:  # noqa: ANN001
    places: dict[str, dict] = {}
    perpetrators: dict[str, dict] = {}
    victims: dict[str, dict] = {}
    counts: list[dict] = []
    dates: list[dict] = []
    for claim_id in cluster.claims:
        f = features[claim_id]
        for place in f["places"]:
            entry = gazetteer.get(place)
            item = places.setdefault(place, {"name": entry.canonical if entry else place,
                                             "id": place if entry else None, "claims": []})
            item["claims"].append(claim_id)
        for actor in f.get("agents", []):
            group = group_of_actor(actor)
            entry = gazetteer.get(actor)
            if group is None and (entry is None or entry.type not in ("armed_force", "militia", "rebel_group")):
                continue
            name = entry.canonical if entry else group_label(group) if actor.startswith("group:") else actor
            item = perpetrators.setdefault(actor, {"name": name,
                                                   "id": actor if entry else None, "group": group, "claims": []})
            item["claims"].append(claim_id)
        words = {w.lower().rstrip("s") for w in VICTIM_WORDS.findall(claims[claim_id].text)}
        words |= {str(fig["group"]).lower() for fig in f["figures"] if fig.get("group")}
        for word in sorted(words):
            victims.setdefault(word, {"group": word, "claims": []})["claims"].append(claim_id)
        for fig in f["figures"]:
            if (fig.get("counted") or "") in KILLED_COUNTS or cluster.type in ("killing", "massacre"):
                counts.append({"low": fig.get("low"), "high": fig.get("high"), "approx": fig.get("approx"),
                               "counted": fig.get("counted"), "text": fig["text"], "claim": claim_id,
                               "source": f["source_id"]})
        if f["date"]:
            dates.append({**f["date"], "claim": claim_id, "source": f["source_id"]})
    lows = [c["low"] for c in counts if c["low"] is not None]
    highs = [c["high"] if c["high"] is not None else c["low"] for c in counts if (c["high"] or c["low"]) is not None]
    return {
        "period": {"earliest": cluster.earliest, "latest": cluster.latest,
                   "claims": [d["claim"] for d in dates if d["days"] <= 31] or [d["claim"] for d in dates]},
        "places": sorted(places.values(), key=lambda p: -len(p["claims"])),
        "perpetrators": sorted(perpetrators.values(), key=lambda p: -len(p["claims"])),
        "victims": sorted(victims.values(), key=lambda v: -len(v["claims"])),
        "counts": {"low": min(lows) if lows else None, "high": max(highs) if highs else None, "figures": counts},
        "sources": sorted({features[c]["source_id"] for c in cluster.claims}),
    }


def _title(cluster, attributes: dict) -> str:  # noqa: ANN001
    kind = cluster.type.replace("_", " ")
    where = attributes["places"][0]["name"] if attributes["places"] else None
    when = cluster.earliest if cluster.earliest == cluster.latest else \
        f"{cluster.earliest}–{cluster.latest}" if cluster.earliest else None
    site = sorted(cluster.salient)[0] if cluster.salient else None
    parts = [kind.capitalize()]
    if site:
        parts.append(f"({site})")
    if where:
        parts.append(f"in {where}")
    if when:
        parts.append(f"on {when}" if cluster.earliest == cluster.latest else f"{when}")
    return " ".join(parts)


def _is_death_count(figure: dict) -> bool:
    value = figure.get("low") if figure.get("low") is not None else figure.get("high")
    return (figure.get("unit") == "people" and (figure.get("counted") or "") in KILLED_COUNTS
            and value is not None and value >= 1 and float(value).is_integer())


def _exclusive(sides: list[dict]) -> list[dict]:
    """A party on several sides contradicts nobody (a report that lists every published
    figure takes no side): keep, on each side, the parties found on that side only, and
    the sides that still have one."""
    out = []
    for side in sides:
        elsewhere = {p for other in sides if other is not side for p in other["parties"]}
        only = [p for p in side["parties"] if p not in elsewhere]
        if only:
            out.append({**side, "parties": sorted(only)})
    return out if len(out) > 1 else []


def _event_contradictions(cluster, features: dict, attributes: dict) -> list[dict]:  # noqa: ANN001
    out = []
    by_group: dict[str, list] = defaultdict(list)
    for claim_id in cluster.claims:
        for fig in features[claim_id]["figures"]:
            if _is_death_count(fig):
                by_group[str(fig.get("group") or "people").lower()].append(
                    (claim_id, features[claim_id]["source_id"], fig, _party(features[claim_id])))
    for group, figures in sorted(by_group.items()):
        sides = _exclusive(_figure_sides(figures))
        if sides:
            out.append({"kind": "figure", "subject": f"number of {group} killed — {cluster.type.replace('_', ' ')}",
                        "sides": sides})
    precise = [(cid, features[cid]) for cid in cluster.claims
               if features[cid]["date"] and features[cid]["date"]["days"] <= 1]
    date_sides: dict[str, dict] = {}
    for cid, f in precise:
        side = date_sides.setdefault(f["date"]["earliest"], {"value": {"date": f["date"]["earliest"]}, "claims": [],
                                                             "sources": set(), "parties": set()})
        side["claims"].append(cid)
        side["sources"].add(f["source_id"])
        side["parties"].add(_party(f))
    sides = _exclusive([{**s, "sources": sorted(s["sources"]), "parties": sorted(s["parties"])}
                        for s in date_sides.values()])
    if sides:
        values = sorted(side["value"]["date"] for side in sides)
        out.append({"kind": "date", "subject": f"date of the {cluster.type.replace('_', ' ')} ({' or '.join(values)})",
                    "sides": sides})
    groups: dict[str, dict] = {}
    for perpetrator in attributes["perpetrators"]:
        if not perpetrator["group"]:
            continue
        side = groups.setdefault(perpetrator["group"], {"value": {"group": perpetrator["group"]}, "claims": [],
                                                        "sources": set(), "parties": set()})
        for cid in perpetrator["claims"]:
            if features[cid]["event_type"] and cid not in side["claims"]:
                side["claims"].append(cid)
                side["sources"].add(features[cid]["source_id"])
                side["parties"].add(_party(features[cid]))
    sides = _exclusive([{**s, "sources": sorted(s["sources"]), "parties": sorted(s["parties"])}
                        for s in groups.values()])
    if sides:
        out.append({"kind": "perpetrator", "subject": f"who carried out the {cluster.type.replace('_', ' ')}",
                    "sides": sides})
    return out


def _quantity_contradictions(features: dict, places: PlaceIndex) -> list[dict]:
    """The national death toll and other record-wide quantities: figures of the same kind
    for the same scope that cannot both be right."""
    national = []
    for claim_id, f in features.items():
        if f["stance"] not in ("asserts", "reports"):
            continue
        specific = [p for p in f["places"] if places.specific(p)]
        for fig in f["figures"]:
            value = _value_range(fig)
            if value is None or not _is_death_count(fig):
                continue
            if not specific and value[0] >= NATIONAL_TOLL_MINIMUM:
                national.append((claim_id, f["source_id"], fig, _party(f)))
    # Every published figure is a side here, even from a report that cites several: the
    # reader must see them all, each with whoever put it forward.
    sides = _figure_sides(national)
    if len(sides) > 1 and len({p for side in sides for p in side["parties"]}) > 1:
        return [{"kind": "figure", "subject": "national death toll (people killed in Rwanda, 1990–1994)",
                 "sides": sides}]
    return []
