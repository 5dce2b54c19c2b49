"""The library's front door. The CLI, the REST API and the web app call only this.

    wb = Workbench.open(home=".factfinder")          # SQLite in the data directory
    wb = Workbench.open(db="postgresql://…", home=…)  # a team's PostgreSQL
    wb.ingest(["reports/"]); wb.sources(); wb.show("ab12"); wb.verify()

A workbench opened this way acts as the local operator: every right, custody entries in
the operator's name (FACTFINDER_USER). The web app and the API act for a user through
`wb.acting_as(principal)` (factfinder.security.workbench_for): the same engine and files,
custody entries in the user's name, each method checked against the user's role, and reads
limited to the sources the user may see, with sensitive fields redacted unless the role
has the "sensitive" permission.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sqlalchemy import select

from factfinder.config import Config
from factfinder.errors import E, Ambiguous, InvalidInput, NotFound
from factfinder.ingest import metadata as meta
from factfinder.ingest.pipeline import IngestOptions, IngestOutcome, ingest_paths
from factfinder.store import custody
from factfinder.store.db import Database
from factfinder.store.objects import ObjectStore
from factfinder.extract.run import claim_to_dict, mention_to_dict
from factfinder.security.access import HIDDEN_SOURCES, REDACTED, Principal, VisibleDatabase
from factfinder.security.crypto import FieldCipher, data_key_id, key_path
from factfinder.store.schema import (SENSITIVE_FIELDS, Claim, CustodyEntry, Mention, Passage, Source, SourceText,
                                     User, VictimRecord)

_HEX = re.compile(r"^[0-9a-f]{1,64}$")

# How sensitive metadata is shown while building dicts of sources: decrypted (for the operator
# and users with the "sensitive" permission, set by Workbench while it reads) or redacted.
_REVEAL: ContextVar = ContextVar("factfinder_reveal_sensitive", default=None)


def _sensitive_view(source: Source) -> dict:
    if not source.sensitive:
        return {}
    reveal = _REVEAL.get()
    if reveal is not None:
        return reveal(source)
    # Which fields are present is known from provenance without decrypting; their values are not.
    return {k: REDACTED for k in SENSITIVE_FIELDS if k in (source.provenance or {})}


def source_to_dict(source: Source) -> dict:
    return {
        "id": source.id, "title": source.title, "author": source.author, "publisher": source.publisher,
        "published": source.published, "language": source.language, "kind": source.kind,
        "origin": source.origin, "filename": source.filename, "media_type": source.media_type,
        "size": source.size, "sha256": source.id,
        "ingested_at": source.ingested_at.isoformat() if source.ingested_at else None,
        "ingested_by": source.ingested_by, "provenance": source.provenance, "warnings": source.warnings,
        "confidential": bool(source.confidential), "sensitive": _sensitive_view(source),
    }


class Workbench:
    def __init__(self, config: Config) -> None:
        self.config = config
        config.home.mkdir(parents=True, exist_ok=True)
        self.db = Database(config.database_url)
        self.objects = ObjectStore(config.objects_dir)
        self.anchor = custody.Anchor(config.home / "custody.head")
        self.principal: Principal | None = None  # None: the local operator, with every right
        self._owner = True
        self._cipher: FieldCipher | None = None

    @classmethod
    def open(cls, home: str | Path | None = None, db: str | None = None, **settings) -> "Workbench":
        return cls(Config.from_env(home=home, db_url=db, **settings))

    def close(self) -> None:
        if self._owner:  # a user's view shares the engine of the workbench it came from
            self.db.close()

    def __enter__(self) -> "Workbench":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- acting for a user ---------------------------------------------------------------
    def acting_as(self, principal: Principal) -> "Workbench":
        """A cheap view of this workbench for one user (see the module docstring)."""
        view = copy.copy(self)
        view.config = dataclasses.replace(self.config, user=principal.name)
        view.principal = principal
        view._owner = False
        return view

    def require(self, permission: str, action: str) -> None:
        """Raise PermissionDenied unless the acting user's role has `permission` (the operator has all)."""
        if self.principal is not None:
            self.principal.require(permission, action)

    def can(self, permission: str) -> bool:
        return self.principal is None or self.principal.can(permission)

    def _reader(self) -> "Workbench":
        """This workbench, or for a user who may not see every source, a twin whose reads hide the rest."""
        if self.can("confidential") or isinstance(self.db, VisibleDatabase):
            return self
        twin = copy.copy(self)
        twin.db = VisibleDatabase(self.db, self.principal)
        twin._owner = False
        return twin

    @contextmanager
    def _revealing(self) -> Iterator[None]:
        """Within it, source dicts show sensitive metadata decrypted, if the acting user may see it."""
        token = _REVEAL.set(self._decrypt_sensitive if self.can("sensitive") else None)
        try:
            yield
        finally:
            _REVEAL.reset(token)

    # ---- encryption of sensitive fields ----------------------------------------------------
    @property
    def cipher(self) -> FieldCipher:
        """The field cipher; its key lives outside the database (keys/field.key or FACTFINDER_FIELD_KEY_FILE)."""
        if self._cipher is None:
            self._cipher = FieldCipher(key_path(self.config.home), self._encrypted_key_id)
        return self._cipher

    def _encrypted_key_id(self) -> str | None:
        """The key id of some value already encrypted in this store, or None if there is none."""
        with self.db.read() as session:
            for column in (Source.sensitive, VictimRecord.data, User.totp_secret):
                value = session.scalar(select(column).where(column.like("ffenc1:%")).limit(1))
                if value is not None:
                    return data_key_id(value)
        return None

    def _decrypt_sensitive(self, source: Source) -> dict:
        return json.loads(self.cipher.decrypt(source.sensitive, "sources", source.id, "sensitive"))

    def encrypt_existing(self) -> dict:
        """Encrypt victim records written before encryption existed (stores from before revision 0005)."""
        from factfinder.estimate.lists import encrypt_existing_records

        self.require("admin", "encrypt existing records")
        return encrypt_existing_records(self)

    # ---- ingestion -------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path], metadata: dict | None = None, *, encoding: str | None = None,
               encoding_errors: str = "strict", extract: bool = False,
               on_outcome: Callable[[IngestOutcome], None] | None = None,
               on_total: Callable[[int], None] | None = None) -> list[IngestOutcome]:
        """Ingest files and folders. With extract=True, each new source then goes through the
        extraction pipeline (the CLI does this unless --no-extract)."""
        self.require("write", "ingest sources")
        metadata = dict(metadata or {})
        sensitive = {k: metadata.pop(k) for k in SENSITIVE_FIELDS if k in metadata}
        if sensitive:
            self.require("sensitive", "record witness details")
        options = IngestOptions(metadata=metadata, encoding=encoding, encoding_errors=encoding_errors)
        outcomes = ingest_paths(self, paths, options, on_outcome=on_outcome, on_total=on_total)
        if sensitive:
            for outcome in outcomes:
                if outcome.status == "added":
                    self.set_metadata(outcome.source_id, sensitive)
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
        # A source the user may not see does not exist for them: the same error, no hint it is there.
        # A full id (ids are 64 characters) is looked up by the index; a prefix needs a LIKE.
        match = Source.id == key if len(key) == 64 else Source.id.startswith(key, autoescape=True)
        with self._reader().db.read() as session:
            matches = session.scalars(select(Source.id).where(match).order_by(Source.id).limit(6)).all()
        if not matches:
            raise NotFound(E.E301, ref=ref)
        if len(matches) > 1:
            raise Ambiguous(E.E302, ref=ref, count=len(matches) if len(matches) < 6 else "6 or more",
                            examples=", ".join(m[:12] for m in matches[:3]))
        return matches[0]

    def sources(self) -> list[dict]:
        with self._reader().db.read() as session, self._revealing():
            rows = session.scalars(select(Source).order_by(Source.ingested_at, Source.id)).all()
            return [source_to_dict(s) for s in rows]

    def show(self, ref: str) -> dict:
        source_id = self.resolve(ref)
        with self._reader().db.read() as session, self._revealing():
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

        self.require("write", "run extraction")
        ids = [self.resolve(r) for r in refs] if refs else [s["id"] for s in self.sources()]
        return extract_sources(self, ids, on_progress)

    def mentions(self, ref: str, status: str | None = None, kind: str | None = None) -> list[dict]:
        source_id = self.resolve(ref)
        with self._reader().db.read() as session:
            query = select(Mention).where(Mention.source_id == source_id).order_by(Mention.start, Mention.id)
            if status:
                query = query.where(Mention.status == status)
            if kind:
                query = query.where(Mention.type == kind)
            return [mention_to_dict(m) for m in session.scalars(query)]

    def review(self, mention_id: int, decision: str, changes: dict | None = None) -> dict:
        """Accept, reject or edit one suggested mention; the decision is logged."""
        from factfinder.extract.run import review_mention

        self.require("review", "review mentions")
        if self._reader() is not self:
            with self._reader().db.read() as session:
                if session.scalar(select(Mention.id).where(Mention.id == mention_id)) is None:
                    raise NotFound(E.E309, kind="mention", ref=mention_id)
        return review_mention(self, mention_id, decision, changes)

    # ---- the record -----------------------------------------------------------------------
    def rebuild(self, progress: Callable[[str], None] | None = None) -> dict:
        """Regroup claims into events; grade, assess and find contradictions (see record/build.py)."""
        from factfinder.record.build import rebuild

        self.require("write", "rebuild the record")
        return rebuild(self, progress)

    def events(self) -> list[dict]:
        from factfinder.record.queries import list_events

        return list_events(self._reader())

    def event(self, ref: str) -> dict:
        from factfinder.record.queries import get_event

        return get_event(self._reader(), ref)

    def contradictions(self) -> list[dict]:
        from factfinder.record.queries import list_contradictions

        return list_contradictions(self._reader())

    def grade(self, ref: str, grade: str, reason: str) -> dict:
        """Set a source's Admiralty reliability grade (A–F) with its reason; logged."""
        from factfinder.record.queries import set_grade

        self.require("write", "grade sources")
        return set_grade(self, ref, grade, reason)

    # ---- metadata --------------------------------------------------------------------------
    def set_metadata(self, ref: str, changes: dict) -> dict:
        """Edit metadata fields; the old and new values go into the custody log. Witness details
        (SENSITIVE_FIELDS) are stored encrypted and logged by field name only; an empty value removes one."""
        self.require("write", "edit metadata")
        if not changes:
            raise InvalidInput(E.E202, field="metadata", value=changes, hint="Give at least one field=value.")
        sensitive = {k: ("" if v is None else str(v).strip()) for k, v in changes.items() if k in SENSITIVE_FIELDS}
        if sensitive:
            self.require("sensitive", "edit witness details")
        clean = {k: meta.validate_field(k, v) for k, v in changes.items() if k not in SENSITIVE_FIELDS}
        source_id = self.resolve(ref)
        entries = []
        with self.db.write() as session:
            source = session.get(Source, source_id)
            if clean:
                before = {k: getattr(source, k) for k in clean}
                for key, value in clean.items():
                    setattr(source, key, value)
                source.provenance = {**(source.provenance or {}), **{k: "edit" for k in clean}}
                entries.append(custody.append(session, actor=self.config.user, action="metadata_change",
                                              object_type="source", object_id=source_id,
                                              details={"before": before, "after": clean}))
            if sensitive:
                values = self._decrypt_sensitive(source) if source.sensitive else {}
                values = {k: v for k, v in {**values, **sensitive}.items() if v}
                source.sensitive = (self.cipher.encrypt(json.dumps(values, ensure_ascii=False, sort_keys=True),
                                                        "sources", source_id, "sensitive") if values else None)
                provenance = {k: v for k, v in (source.provenance or {}).items() if k not in SENSITIVE_FIELDS}
                source.provenance = {**provenance, **{k: "edit" for k in values}}
                entries.append(custody.append(session, actor=self.config.user, action="sensitive_change",
                                              object_type="source", object_id=source_id,
                                              details={"set": sorted(k for k, v in sensitive.items() if v),
                                                       "removed": sorted(k for k, v in sensitive.items() if not v)}))
        for entry in entries:
            self.anchor.advance(entry.seq, entry.hash)
        return self.show(source_id)["source"]

    def request_deletion(self, ref: str, reason: str) -> dict:
        """Record a request to delete a source. Originals are never removed by factfinder
        itself; the request stays in the log for the custodian to act on."""
        self.require("write", "request deletions")
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
        with self._reader().db.read() as session:
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

        if self.can("confidential"):
            return search_passages(self.db, query, limit)
        with self._reader().db.read() as session:
            hidden = session.info.get(HIDDEN_SOURCES, frozenset())
        if not hidden:  # the usual case: nothing to filter
            return search_passages(self.db, query, limit)
        # Full-text search is raw SQL (FTS5 / tsvector), outside the loader criteria: filter its
        # hits, asking for more while hidden sources crowd the visible ones out.
        wanted = limit
        while True:
            hits = search_passages(self.db, query, wanted)
            shown = [h for h in hits if h["source_id"] not in hidden]
            if len(shown) >= limit or len(hits) < wanted:
                return shown[:limit]
            wanted *= 4

    def verify(self, on_progress: Callable[[int, int], None] | None = None):
        from factfinder.store.verify import verify_store

        self.require("admin", "verify the whole store")
        return verify_store(self, on_progress)

    def export(self, fmt: str, out: str | Path) -> dict:
        """Export what the acting user may see; witness details redacted unless they may see them."""
        from factfinder.store.exporting import export_record

        with self._revealing():
            return export_record(self._reader(), fmt, Path(out))

    def backup(self, target: str | Path, on_progress: Callable[[int, int], None] | None = None) -> dict:
        from factfinder.store.backup import backup_store

        self.require("admin", "back up the store")
        return backup_store(self, Path(target), on_progress)


def _passage_dict(passage: Passage) -> dict:
    out = {"id": passage.id, "seq": passage.seq, "start": passage.start, "end": passage.end, "text": passage.text}
    if passage.page is not None:
        out["page"] = passage.page
    return out

