"""Ingestion: files and folders in, sources with derived text and passages out.

One transaction per source: the original is written to the object store first
(atomic and idempotent), then the source, its text, its passages and the
custody entry commit together. A crash between the two leaves at most an
unreferenced original, which `verify` lists as harmless and the next ingest of
the same file adopts.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from sqlalchemy.exc import IntegrityError

from factfinder.errors import E, FactfinderError, IngestError
from factfinder.ingest import metadata as meta
from factfinder.ingest.readers import READERS, ReadOptions, read
from factfinder.ingest.text import split_passages
from factfinder.store import custody
from factfinder.store.objects import sha256_bytes
from factfinder.store.schema import SENSITIVE_FIELDS, Passage, Source, SourceText

if TYPE_CHECKING:
    from factfinder.workbench import Workbench


@dataclass
class IngestOptions:
    metadata: dict = field(default_factory=dict)
    encoding: str | None = None
    encoding_errors: str = "strict"


@dataclass
class IngestOutcome:
    path: str
    status: str  # added | duplicate | failed
    source_id: str | None = None
    title: str | None = None
    passages: int = 0
    error: str | None = None
    error_code: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v not in (None, [])}


def expand_paths(paths: Iterable[str | Path]) -> Iterator[tuple[Path, IngestError | None]]:
    """Every file to ingest, in a stable order; folders are walked recursively.
    Sidecar metadata files, hidden files and files of unknown type inside folders are skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if name.startswith(".") or meta.is_sidecar(child):
                        continue
                    if child.suffix.lower() not in READERS:
                        continue
                    yield child, None
        elif path.is_file():
            yield path, None
        else:
            yield path, IngestError(E.E101, path=str(path))


def ingest_file(wb: "Workbench", path: Path, options: IngestOptions) -> IngestOutcome:
    shown = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise IngestError(E.E102, path=shown)
        if size > wb.config.max_size:
            raise IngestError(E.E103, path=shown, size=size, limit=wb.config.max_size)
        data = path.read_bytes()
        source_id = sha256_bytes(data)
        existing = wb.find_source_id(source_id)
        if existing:
            return IngestOutcome(shown, "duplicate", source_id, wb.source_title(source_id))
        result = read(data, shown, path.suffix, ReadOptions(options.encoding, options.encoding_errors))
        sidecar_path = meta.find_sidecar(path)
        sidecar = meta.read_sidecar(sidecar_path) if sidecar_path else {}
        witness = {k: sidecar.pop(k) for k in SENSITIVE_FIELDS if k in sidecar and sidecar[k]}
        if witness:
            wb.require("sensitive", "record witness details")
        derived = {"title": meta.title_from_filename(path)}
        if "language" not in result.metadata and "language" not in sidecar and "language" not in options.metadata:
            language = meta.detect_language(result.text)
            if language:
                derived["language"] = language
        option_values = {k: meta.validate_field(k, v) for k, v in options.metadata.items() if v is not None}
        values, provenance = meta.merge_metadata(options=option_values, sidecar=sidecar,
                                                 from_file=result.metadata, derived=derived)
        spans = split_passages(result.text, result.pages, result.one_paragraph_per_line)
    except FactfinderError as exc:
        return IngestOutcome(shown, "failed", error=str(exc), error_code=exc.code.name)
    except OSError as exc:
        return IngestOutcome(shown, "failed", error=f"[E101] Cannot read {shown}: {exc.strerror}. "
                                                  f"Check the file's permissions.", error_code="E101")

    wb.objects.put(data, source_id)
    now = datetime.now(timezone.utc)
    try:
        with wb.db.write() as session:
            source = Source(id=source_id, filename=path.name, media_type=result.media_type, size=size,
                            ingested_at=now, ingested_by=wb.config.user, provenance=provenance,
                            warnings=result.warnings, **values)
            if witness:
                # Encrypted in the same transaction as the source: never a moment in clear.
                source.sensitive = wb.cipher.encrypt(json.dumps(witness, ensure_ascii=False, sort_keys=True),
                                                     "sources", source_id, "sensitive")
                source.provenance = {**provenance, **{k: "sidecar" for k in witness}}
            session.add(source)
            text_digest = sha256_bytes(result.text.encode("utf-8"))
            source_text = SourceText(source_id=source_id, reader=result.reader,
                                     reader_version=result.reader_version, encoding=result.encoding,
                                     text=result.text, sha256=text_digest, created_at=now, current=True)
            session.add(source_text)
            session.flush()
            session.add_all([Passage(text_id=source_text.id, source_id=source_id, seq=i, start=s.start,
                                     end=s.end, page=s.page, text=result.text[s.start:s.end])
                             for i, s in enumerate(spans)])
            entry = custody.append(session, actor=wb.config.user, action="ingest", object_type="source",
                                   object_id=source_id,
                                   details={"filename": path.name, "size": size, "media_type": result.media_type,
                                            "reader": f"{result.reader} {result.reader_version}",
                                            "text_sha256": text_digest, "passages": len(spans),
                                            "metadata": values, "warnings": result.warnings,
                                            **({"sensitive_fields": sorted(witness)} if witness else {})})
    except IntegrityError:
        # Another process ingested the same bytes between our check and our insert.
        return IngestOutcome(shown, "duplicate", source_id, wb.source_title(source_id))
    wb.anchor.advance(entry.seq, entry.hash)
    return IngestOutcome(shown, "added", source_id, values.get("title"), len(spans), warnings=result.warnings)


def ingest_paths(wb: "Workbench", paths: Iterable[str | Path], options: IngestOptions | None = None,
                 on_outcome: Callable[[IngestOutcome], None] | None = None,
                 on_total: Callable[[int], None] | None = None) -> list[IngestOutcome]:
    options = options or IngestOptions()
    items = list(expand_paths(paths))
    if on_total:
        on_total(len(items))
    outcomes = []
    for path, error in items:
        outcome = (IngestOutcome(str(path), "failed", error=str(error), error_code=error.code.name)
                   if error else ingest_file(wb, path, options))
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return outcomes
