"""Exports of the record for sharing and archiving: JSON Lines or CSV.

JSON Lines: one file, one typed record per line (`source`, `passage`, `event`, `custody`).
CSV: a folder with one table per record type (sources.csv, passages.csv, events.csv, custody.csv).
Files are written beside the target under a temporary name and renamed into
place, so a failed export leaves nothing half-written. Each export is logged
with the SHA-256 of what it wrote.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import select

from factfinder.errors import E, InvalidInput, StoreError
from factfinder.store.objects import sha256_file
from factfinder.store.schema import CustodyEntry, Event, EventClaim, Passage, Source, SourceText

if TYPE_CHECKING:
    from factfinder.workbench import Workbench

FORMATS = ("jsonl", "csv")
SOURCE_COLUMNS = ["id", "title", "author", "publisher", "published", "language", "kind", "origin", "filename",
                  "media_type", "size", "ingested_at", "ingested_by"]
PASSAGE_COLUMNS = ["source_id", "seq", "start", "end", "page", "text"]
EVENT_COLUMNS = ["id", "event_type", "title", "earliest", "latest", "attributes", "claims"]
CUSTODY_COLUMNS = ["seq", "at", "actor", "action", "object_type", "object_id", "details", "prev_hash", "hash"]


def _records(wb: "Workbench") -> Iterator[tuple[str, dict]]:
    from factfinder.workbench import source_to_dict

    with wb.db.read() as session:
        for source in session.scalars(select(Source).order_by(Source.ingested_at, Source.id)):
            yield "source", source_to_dict(source)
        passages = (select(Passage).join(SourceText, SourceText.id == Passage.text_id)
                    .where(SourceText.current.is_(True)).order_by(Passage.source_id, Passage.seq))
        for p in session.scalars(passages).yield_per(2000):
            yield "passage", {"source_id": p.source_id, "seq": p.seq, "start": p.start, "end": p.end,
                              "page": p.page, "text": p.text}
        claims_of: dict[int, list[int]] = {}
        for event_id, claim_id in session.execute(select(EventClaim.event_id, EventClaim.claim_id)):
            claims_of.setdefault(event_id, []).append(claim_id)
        for event in session.scalars(select(Event).order_by(Event.earliest, Event.key)):
            yield "event", {"id": event.key, "event_type": event.type, "title": event.title, "earliest": event.earliest,
                            "latest": event.latest, "attributes": event.attributes,
                            "claims": sorted(claims_of.get(event.id, []))}
        for e in session.scalars(select(CustodyEntry).order_by(CustodyEntry.seq)).yield_per(2000):
            yield "custody", {"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
                              "object_type": e.object_type, "object_id": e.object_id, "details": e.details,
                              "prev_hash": e.prev_hash, "hash": e.hash}


def export_record(wb: "Workbench", fmt: str, out: Path) -> dict:
    if fmt not in FORMATS:
        raise InvalidInput(E.E306, fmt=fmt, formats=", ".join(FORMATS))
    if out.exists():
        raise StoreError(E.E308, path=str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    if fmt == "jsonl":
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                for kind, record in _records(wb):
                    handle.write(json.dumps({"type": kind, **record}, ensure_ascii=False) + "\n")
                    counts[kind] = counts.get(kind, 0) + 1
            os.replace(tmp, out)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        files = {out.name: sha256_file(out)}
    else:
        tmp_dir = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}."))
        try:
            columns = {"source": SOURCE_COLUMNS, "passage": PASSAGE_COLUMNS, "event": EVENT_COLUMNS,
                       "custody": CUSTODY_COLUMNS}
            names = {"source": "sources.csv", "passage": "passages.csv", "event": "events.csv", "custody": "custody.csv"}
            handles = {k: open(tmp_dir / names[k], "w", newline="", encoding="utf-8") for k in columns}
            writers = {k: csv.DictWriter(h, fieldnames=columns[k], extrasaction="ignore") for k, h in handles.items()}
            for writer in writers.values():
                writer.writeheader()
            for kind, record in _records(wb):
                if kind == "custody":
                    record = {**record, "details": json.dumps(record["details"], ensure_ascii=False, sort_keys=True)}
                elif kind == "event":
                    record = {**record, "attributes": json.dumps(record["attributes"], ensure_ascii=False),
                              "claims": " ".join(map(str, record["claims"]))}
                writers[kind].writerow(record)
                counts[kind] = counts.get(kind, 0) + 1
            for handle in handles.values():
                handle.close()
            os.replace(tmp_dir, out)
        except BaseException:
            shutil.rmtree(tmp_dir, ignore_errors=True)
            raise
        files = {p.name: sha256_file(p) for p in sorted(out.iterdir())}
    wb.log("export", "record", str(out.resolve()), {"format": fmt, "counts": counts, "files": files})
    return {"path": str(out), "format": fmt, "counts": counts, "files": files}
