"""Reading the record: events, one event with its evidence, contradictions, grades."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import select

from factfinder.errors import E, InvalidInput, NotFound
from factfinder.record.credibility import GRADES, LEVEL_WORDS
from factfinder.store import custody
from factfinder.store.schema import (Claim, ClaimAssessment, Contradiction, Event, EventClaim, InformationLink,
                                     Source, SourceGrade)

if TYPE_CHECKING:
    from factfinder.workbench import Workbench


def _event_summary(event: Event, claim_ids: list[int]) -> dict:
    a = event.attributes
    return {"id": event.key, "type": event.type, "title": event.title,
            "period": {"earliest": event.earliest, "latest": event.latest},
            "places": [p["name"] for p in a["places"]], "perpetrators": [p["name"] for p in a["perpetrators"]],
            "victims": [v["group"] for v in a["victims"]],
            "counts": {"low": a["counts"]["low"], "high": a["counts"]["high"]},
            "claims": sorted(claim_ids), "sources": a["sources"]}


def list_events(wb: "Workbench") -> list[dict]:
    with wb.db.read() as session:
        members: dict[int, list[int]] = {}
        for event_id, claim_id in session.execute(select(EventClaim.event_id, EventClaim.claim_id)):
            members.setdefault(event_id, []).append(claim_id)
        events = session.scalars(select(Event).order_by(Event.earliest, Event.key)).all()
        return [_event_summary(e, members.get(e.id, [])) for e in events]


def get_event(wb: "Workbench", ref: str) -> dict:
    with wb.db.read() as session:
        event = session.scalar(select(Event).where(Event.key == ref)) or \
            session.scalar(select(Event).where(Event.key.startswith(ref, autoescape=True)))
        if event is None:
            raise NotFound(E.E309, kind="event", ref=ref)
        claim_ids = list(session.scalars(select(EventClaim.claim_id).where(EventClaim.event_id == event.id)))
        claims = session.scalars(select(Claim).where(Claim.id.in_(claim_ids)).order_by(Claim.id)).all()
        assessments = {a.claim_id: a for a in session.scalars(
            select(ClaimAssessment).where(ClaimAssessment.claim_id.in_(claim_ids)))}
        sources = {s.id: s for s in session.scalars(select(Source).where(Source.id.in_(
            {c.source_id for c in claims})))}
        links = session.scalars(select(InformationLink).where(InformationLink.event_id == event.id)).all()
        contradictions = session.scalars(select(Contradiction).where(Contradiction.event_id == event.id)).all()
        out = _event_summary(event, claim_ids)
        out["attributes"] = event.attributes
        out["claims"] = [{"id": c.id, "text": c.text, "start": c.start, "end": c.end, "source_id": c.source_id,
                          "source_title": sources[c.source_id].title, "asserted_by": c.asserted_by,
                          "stance": c.stance,
                          "credibility": _assessment(assessments.get(c.id))} for c in claims]
        out["information_links"] = [{"source_id": l.source_id, "title": sources[l.source_id].title
                                     if l.source_id in sources else None, "connection": l.connection,
                                     "material_date": l.material_date, "reliability": l.reliability} for l in links]
        out["contradictions"] = [_contradiction(c) for c in contradictions]
        return out


def _assessment(a: ClaimAssessment | None) -> dict | None:
    if a is None:
        return None
    return {"level": a.credibility, "label": LEVEL_WORDS[a.credibility], "explanation": a.explanation,
            "supporting_sources": a.supporting, "contradicting_sources": a.contradicting}


def _contradiction(c: Contradiction) -> dict:
    return {"id": c.id, "kind": c.kind, "subject": c.subject, "sides": c.sides}


def list_contradictions(wb: "Workbench") -> list[dict]:
    with wb.db.read() as session:
        rows = session.scalars(select(Contradiction).order_by(Contradiction.id)).all()
        keys = dict(session.execute(select(Event.id, Event.key)).all())
        claim_ids = {cid for c in rows for side in c.sides for cid in side["claims"]}
        claims = {c.id: c for c in session.scalars(select(Claim).where(Claim.id.in_(claim_ids)))}
        titles = dict(session.execute(select(Source.id, Source.title)).all())
        out = []
        for c in rows:
            item = _contradiction(c)
            item["event"] = keys.get(c.event_id)
            for side in item["sides"]:
                side["evidence"] = [{"claim": cid, "text": claims[cid].text, "source_id": claims[cid].source_id,
                                     "source_title": titles.get(claims[cid].source_id),
                                     "asserted_by": claims[cid].asserted_by}
                                    for cid in side["claims"] if cid in claims]
            out.append(item)
        return out


def set_grade(wb: "Workbench", ref: str, grade: str, reason: str) -> dict:
    grade = grade.strip().upper()
    if grade not in GRADES or len(grade) != 1:
        raise InvalidInput(E.E202, field="grade", value=grade, hint="Use one letter A–F (Admiralty scale).")
    if not reason.strip():
        raise InvalidInput(E.E202, field="reason", value=reason, hint="Say why: the grade must be explained.")
    source_id = wb.resolve(ref)
    with wb.db.write() as session:
        existing = session.get(SourceGrade, source_id)
        before = {"grade": existing.grade, "reason": existing.reason, "proposed": existing.proposed} if existing else None
        if existing:
            session.delete(existing)
            session.flush()
        session.add(SourceGrade(source_id=source_id, grade=grade, reason=reason.strip(), proposed=False,
                                set_by=wb.config.user, set_at=datetime.now(timezone.utc)))
        entry = custody.append(session, actor=wb.config.user, action="grade", object_type="source",
                               object_id=source_id, details={"before": before, "after": {"grade": grade,
                                                                                          "reason": reason.strip()}})
    wb.anchor.advance(entry.seq, entry.hash)
    return {"source_id": source_id, "grade": grade, "reason": reason.strip(), "proposed": False}


def grades(wb: "Workbench") -> dict[str, dict]:
    with wb.db.read() as session:
        return {g.source_id: {"grade": g.grade, "reason": g.reason, "proposed": g.proposed, "set_by": g.set_by}
                for g in session.scalars(select(SourceGrade))}
