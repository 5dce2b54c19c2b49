"""Running extraction over stored sources, and reviewing what it suggested.

Human decisions survive re-runs: a re-run replaces only mentions and claims
still `suggested`; a new suggestion at the same type and span as a confirmed,
rejected or edited mention is dropped, so nobody reviews the same thing twice.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Callable

from sqlalchemy import delete, select

from factfinder.errors import E, InvalidInput, NotFound
from factfinder.store import custody
from factfinder.store.schema import Claim, ExtractionRun, Mention, Passage, Source, SourceText

if TYPE_CHECKING:
    from factfinder.extract.pipeline import Extractor
    from factfinder.workbench import Workbench

EDITABLE_MENTION_FIELDS = ("start", "end", "normalized", "type")


def mention_to_dict(m: Mention) -> dict:
    return {"id": m.id, "type": m.type, "text": m.text, "start": m.start, "end": m.end,
            "normalized": m.normalized, "confidence": round(m.confidence, 3), "status": m.status,
            "extractor": m.extractor, "extractor_version": m.extractor_version}


def claim_to_dict(c: Claim) -> dict:
    return {"id": c.id, "text": c.text, "start": c.start, "end": c.end, "asserted_by": c.asserted_by,
            "stance": c.stance, "slots": c.slots, "mentions": c.mention_ids, "confidence": round(c.confidence, 3),
            "status": c.status}


def extract_source(wb: "Workbench", extractor: "Extractor", source_id: str) -> dict:
    from factfinder.extract.pipeline import pipeline_version

    with wb.db.read() as session:
        source = session.get(Source, source_id)
        text_row = session.scalar(select(SourceText).where(SourceText.source_id == source_id,
                                                           SourceText.current.is_(True)))
        passages = [(p.start, p.end) for p in session.scalars(
            select(Passage).where(Passage.text_id == text_row.id).order_by(Passage.seq))]
        language = source.language
    result = extractor.extract(text_row.text, language, passages)
    version = pipeline_version()
    now = datetime.now(timezone.utc)
    with wb.db.write() as session:
        decided = {(m.type, m.start, m.end) for m in session.scalars(
            select(Mention).where(Mention.text_id == text_row.id, Mention.status != "suggested"))}
        session.execute(delete(Claim).where(Claim.text_id == text_row.id, Claim.status == "suggested"))
        session.execute(delete(Mention).where(Mention.text_id == text_row.id, Mention.status == "suggested"))
        run = ExtractionRun(source_id=source_id, text_id=text_row.id, pipeline=version, created_at=now,
                            counts=result.counts(), warnings=result.warnings)
        session.add(run)
        session.flush()
        rows = []
        for index, m in enumerate(result.mentions):
            if (m["type"], m["start"], m["end"]) in decided:
                continue
            row = Mention(source_id=source_id, text_id=text_row.id, run_id=run.id, type=m["type"], start=m["start"],
                          end=m["end"], text=m["text"], normalized=m["normalized"], extractor=m["extractor"],
                          extractor_version=version, confidence=float(m["confidence"]), status="suggested")
            rows.append((index, row))
        session.add_all([row for _, row in rows])
        session.flush()
        ids = {index: row.id for index, row in rows}
        session.add_all([Claim(source_id=source_id, text_id=text_row.id, run_id=run.id, start=c["start"],
                               end=c["end"], text=c["text"], asserted_by=c["asserted_by"], stance=c["stance"],
                               slots=c["slots"], mention_ids=[ids[i] for i in c["mention_indices"] if i in ids],
                               confidence=float(c["confidence"]), status="suggested", extractor_version=version)
                         for c in result.claims])
        entry = custody.append(session, actor=wb.config.user, action="extraction_run", object_type="source",
                               object_id=source_id, details={"pipeline": version, "counts": result.counts(),
                                                             "kept_human_decisions": len(decided),
                                                             "warnings": result.warnings})
    wb.anchor.advance(entry.seq, entry.hash)
    return {"source_id": source_id, "counts": result.counts(), "warnings": result.warnings}


def extract_sources(wb: "Workbench", source_ids: list[str],
                    on_progress: Callable[[int, int], None] | None = None) -> list[dict]:
    from factfinder.extract.pipeline import Extractor

    extractor = Extractor()
    results = []
    for done, source_id in enumerate(source_ids, start=1):
        results.append(extract_source(wb, extractor, source_id))
        if on_progress:
            on_progress(done, len(source_ids))
    return results


def _parse_value(raw: str):  # noqa: ANN202
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def review_mention(wb: "Workbench", mention_id: int, decision: str, changes: dict | None = None) -> dict:
    """decision: accept | reject | edit. Edits set `normalized` keys (`key=value`, value parsed as
    JSON when it parses) or move the span (`start`, `end`; the text follows the span)."""
    if decision not in ("accept", "reject", "edit"):
        raise InvalidInput(E.E202, field="decision", value=decision, hint="Use accept, reject or edit.")
    with wb.db.write() as session:
        mention = session.get(Mention, mention_id)
        if mention is None:
            raise NotFound(E.E309, kind="mention", ref=mention_id)
        before = mention_to_dict(mention)
        if decision == "accept":
            mention.status = "confirmed"
        elif decision == "reject":
            mention.status = "rejected"
        else:
            if not changes:
                raise InvalidInput(E.E202, field="edit", value=changes, hint="Give at least one --set key=value.")
            normalized = dict(mention.normalized)
            start, end = mention.start, mention.end
            for key, raw in changes.items():
                value = _parse_value(raw) if isinstance(raw, str) else raw
                if key in ("start", "end"):
                    if not isinstance(value, int):
                        raise InvalidInput(E.E202, field=key, value=raw, hint="Offsets are integers.")
                    start, end = (value, end) if key == "start" else (start, value)
                elif key == "type":
                    from factfinder.store.schema import MENTION_TYPES

                    if value not in MENTION_TYPES:
                        raise InvalidInput(E.E202, field=key, value=raw, hint=f"Use one of {', '.join(MENTION_TYPES)}.")
                    mention.type = value
                else:
                    normalized[key] = value
            if (start, end) != (mention.start, mention.end):
                text = session.scalar(select(SourceText.text).where(SourceText.id == mention.text_id))
                if not 0 <= start < end <= len(text):
                    raise InvalidInput(E.E202, field="start/end", value=f"{start}:{end}",
                                       hint=f"The span must lie inside the text (0..{len(text)}).")
                mention.start, mention.end, mention.text = start, end, text[start:end]
            mention.normalized = normalized
            mention.status = "edited"
        mention.reviewed_by = wb.config.user
        mention.reviewed_at = datetime.now(timezone.utc)
        after = mention_to_dict(mention)
        entry = custody.append(session, actor=wb.config.user, action="review_decision", object_type="mention",
                               object_id=str(mention_id), details={"decision": decision, "source_id": mention.source_id,
                                                                   "before": before, "after": after})
    wb.anchor.advance(entry.seq, entry.hash)
    return after
