"""The library's front door. The CLI, the REST API and the web app call only this.

    wb = Workbench.open(home=".factfinder")          # SQLite in the data directory
    wb = Workbench.open(db="postgresql://…", home=…)  # a team's PostgreSQL
    wb.ingest(["reports/"]); wb.sources(); wb.show("ab12"); wb.verify()
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterable

from sqlalchemy import select

from factfinder.config import Config
from factfinder.errors import E, Ambiguous, InvalidInput, NotFound
from factfinder.ingest import metadata as meta
from factfinder.ingest.pipeline import IngestOptions, IngestOutcome, ingest_paths
from factfinder.store import custody
from factfinder.store.db import Database
from factfinder.store.objects import ObjectStore
from factfinder.extract.run import claim_to_dict, mention_to_dict
from factfinder.store.schema import Claim, CustodyEntry, Mention, Passage, Source, SourceText

_HEX = re.compile(r"^[0-9a-f]{1,64}$")


def source_to_dict(source: Source) -> dict:
    return {
        "id": source.id, "title": source.title, "author": source.author, "publisher": source.publisher,
        "published": source.published, "language": source.language, "kind": source.kind,
        "origin": source.origin, "filename": source.filename, "media_type": source.media_type,
        "size": source.size, "sha256": source.id,
        "ingested_at": source.ingested_at.isoformat() if source.ingested_at else None,
        "ingested_by": source.ingested_by, "provenance": source.provenance, "warnings": source.warnings,
    }


class Workbench:
    def __init__(self, config: Config) -> None:
        self.config = config
        config.home.mkdir(parents=True, exist_ok=True)
        self.db = Database(config.database_url)
        self.objects = ObjectStore(config.objects_dir)
        self.anchor = custody.Anchor(config.home / "custody.head")

    @classmethod
    def open(cls, home: str | Path | None = None, db: str | None = None, **settings) -> "Workbench":
        return cls(Config.from_env(home=home, db_url=db, **settings))

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Workbench":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- ingestion -------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], metadata: dict | None = None, *, encoding: str | None = None,
               encoding_errors: str = "strict", extract: bool = False,
               on_outcome: Callable[[IngestOutcome], None] | None = None,
               on_total: Callable[[int], None] | None = None) -> list[IngestOutcome]:
        """Ingest files and folders. With extract=True, each new source then goes through the
        extraction pipeline (the CLI does this unless --no-extract)."""
        options = IngestOptions(metadata=metadata or {}, encoding=encoding, encoding_errors=encoding_errors)
        outcomes = ingest_paths(self, paths, options, on_outcome=on_outcome, on_total=on_total)
        if extract:
            added = [o.source_id for o in outcomes if o.status == "added"]
            if added:
                self.extract(added)
        return outcomes

    # ---- lookup ----------------------------------------------------------------------------
    def find_source_id(self, source_id: str) -> str | None:
        with self.db.read() as session:
            return session.scalar(select(Source.id).where(Source.id == source_id))

    def source_title(self, source_id: str) -> str | None:
        with self.db.read() as session:
            return session.scalar(select(Source.title).where(Source.id == source_id))

    def resolve(self, ref: str) -> str:
        """A full id or a unique prefix of one -> the full id."""
        key = ref.strip().lower()
        if not _HEX.match(key):
            raise NotFound(E.E301, ref=ref)
        with self.db.read() as session:
            matches = session.scalars(select(Source.id).where(Source.id.startswith(key, autoescape=True))
                                      .order_by(Source.id).limit(6)).all()
        if not matches:
            raise NotFound(E.E301, ref=ref)
        if len(matches) > 1:
            raise Ambiguous(E.E302, ref=ref, count=len(matches) if len(matches) < 6 else "6 or more",
                            examples=", ".join(m[:12] for m in matches[:3]))
        return matches[0]

    def sources(self) -> list[dict]:
        with self.db.read() as session:
            rows = session.scalars(select(Source).order_by(Source.ingested_at, Source.id)).all()
            return [source_to_dict(s) for s in rows]

    def show(self, ref: str) -> dict:
        source_id = self.resolve(ref)
        with self.db.read() as session:
            source = session.get(Source, source_id)
            text = session.scalar(select(SourceText).where(SourceText.source_id == source_id,
                                                           SourceText.current.is_(True)))
            passages = session.scalars(select(Passage).where(Passage.text_id == text.id)
                                       .order_by(Passage.seq)).all()
            mentions = session.scalars(select(Mention).where(Mention.text_id == text.id)
                                       .order_by(Mention.start, Mention.id)).all()
            claims = session.scalars(select(Claim).where(Claim.text_id == text.id).order_by(Claim.start)).all()
            return {
                "source": source_to_dict(source),
                "reader": {"name": text.reader, "version": text.reader_version, "encoding": text.encoding,
                           "text_sha256": text.sha256},
                "text": text.text,
                "passages": [_passage_dict(p) for p in passages],
                "mentions": [mention_to_dict(m) for m in mentions],
                "claims": [claim_to_dict(c) for c in claims],
            }

    # ---- extraction and review ------------------------------------------------------------
    def extract(self, refs: Iterable[str] | None = None,
                on_progress: Callable[[int, int], None] | None = None) -> list[dict]:
        """Run the extraction pipeline over the given sources (all by default)."""
        from factfinder.extract.run import extract_sources

        ids = [self.resolve(r) for r in refs] if refs else [s["id"] for s in self.sources()]
        return extract_sources(self, ids, on_progress)

    def mentions(self, ref: str, status: str | None = None, kind: str | None = None) -> list[dict]:
        source_id = self.resolve(ref)
        with self.db.read() as session:
            query = select(Mention).where(Mention.source_id == source_id).order_by(Mention.start, Mention.id)
            if status:
                query = query.where(Mention.status == status)
            if kind:
                query = query.where(Mention.type == kind)
            return [mention_to_dict(m) for m in session.scalars(query)]

    def review(self, mention_id: int, decision: str, changes: dict | None = None) -> dict:
        """Accept, reject or edit one suggested mention; the decision is logged."""
        from factfinder.extract.run import review_mention

        return review_mention(self, mention_id, decision, changes)

    # ---- the record -----------------------------------------------------------------------
    def rebuild(self, progress: Callable[[str], None] | None = None) -> dict:
        """Regroup claims into events; grade, assess and find contradictions (see record/build.py)."""
        from factfinder.record.build import rebuild

        return rebuild(self, progress)

    def events(self) -> list[dict]:
        from factfinder.record.queries import list_events

        return list_events(self)

    def event(self, ref: str) -> dict:
        from factfinder.record.queries import get_event

        return get_event(self, ref)

    def contradictions(self) -> list[dict]:
        from factfinder.record.queries import list_contradictions

        return list_contradictions(self)

    def grade(self, ref: str, grade: str, reason: str) -> dict:
        """Set a source's Admiralty reliability grade (A–F) with its reason; logged."""
        from factfinder.record.queries import set_grade

        return set_grade(self, ref, grade, reason)

    # ---- metadata --------------------------------------------------------------------------
    def set_metadata(self, ref: str, changes: dict) -> dict:
        """Edit metadata fields; the old and new values go into the custody log."""
        if not changes:
            raise InvalidInput(E.E202, field="metadata", value=changes, hint="Give at least one field=value.")
        clean = {k: meta.validate_field(k, v) for k, v in changes.items()}
        source_id = self.resolve(ref)
        with self.db.write() as session:
            source = session.get(Source, source_id)
            before = {k: getattr(source, k) for k in clean}
            for key, value in clean.items():
                setattr(source, key, value)
            source.provenance = {**(source.provenance or {}), **{k: "edit" for k in clean}}
            entry = custody.append(session, actor=self.config.user, action="metadata_change",
                                   object_type="source", object_id=source_id,
                                   details={"before": before, "after": clean})
        self.anchor.advance(entry.seq, entry.hash)
        return self.show(source_id)["source"]

    def request_deletion(self, ref: str, reason: str) -> dict:
        """Record a request to delete a source. Originals are never removed by factfinder
        itself; the request stays in the log for the custodian to act on."""
        if not reason.strip():
            raise InvalidInput(E.E202, field="reason", value=reason, hint="Say why the source should go.")
        source_id = self.resolve(ref)
        entry = self.log("deletion_request", "source", source_id, {"reason": reason.strip()})
        return {"seq": entry.seq, "source_id": source_id}

    # ---- custody ---------------------------------------------------------------------------
    def log(self, action: str, object_type: str, object_id: str, details: dict | None = None) -> CustodyEntry:
        with self.db.write() as session:
            entry = custody.append(session, actor=self.config.user, action=action, object_type=object_type,
                                   object_id=object_id, details=details or {})
        self.anchor.advance(entry.seq, entry.hash)
        return entry

    def custody_log(self, object_id: str | None = None, limit: int | None = None) -> list[dict]:
        with self.db.read() as session:
            query = select(CustodyEntry).order_by(CustodyEntry.seq)
            if object_id:
                query = query.where(CustodyEntry.object_id == object_id)
            if limit:
                query = query.limit(limit)
            return [{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
                     "object_type": e.object_type, "object_id": e.object_id, "details": e.details,
                     "prev_hash": e.prev_hash, "hash": e.hash} for e in session.scalars(query)]

    # ---- search, verify, export, backup ------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[dict]:
        from factfinder.store.search import search_passages

        return search_passages(self.db, query, limit)

    def verify(self, on_progress: Callable[[int, int], None] | None = None):
        from factfinder.store.verify import verify_store

        return verify_store(self, on_progress)

    def export(self, fmt: str, out: str | Path) -> dict:
        from factfinder.store.exporting import export_record

        return export_record(self, fmt, Path(out))

    def backup(self, target: str | Path, on_progress: Callable[[int, int], None] | None = None) -> dict:
        from factfinder.store.backup import backup_store

        return backup_store(self, Path(target), on_progress)


def _passage_dict(passage: Passage) -> dict:
    out = {"id": passage.id, "seq": passage.seq, "start": passage.start, "end": passage.end, "text": passage.text}
    if passage.page is not None:
        out["page"] = passage.page
    return out
