"""`verify`: re-hash every original, re-check derived texts and passages, walk the custody chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from sqlalchemy import func, select

from factfinder.store.custody import verify_chain
from factfinder.store.objects import sha256_bytes, sha256_file
from factfinder.store.schema import CustodyEntry, CustodyHead, Passage, Source, SourceText

if TYPE_CHECKING:
    from factfinder.workbench import Workbench


@dataclass
class Problem:
    kind: str
    object: str
    message: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "object": self.object, "message": self.message}


@dataclass
class VerifyReport:
    sources: int = 0
    log_entries: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {"ok": self.ok, "sources": self.sources, "log_entries": self.log_entries,
                "problems": [p.to_dict() for p in self.problems], "notes": self.notes}


def verify_store(wb: "Workbench", on_progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    report = VerifyReport()
    with wb.db.read() as session:
        sources = session.execute(select(Source.id, Source.filename).order_by(Source.id)).all()
        report.sources = len(sources)
        for done, (source_id, filename) in enumerate(sources, start=1):
            path = wb.objects.path_for(source_id)
            if not path.is_file():
                report.problems.append(Problem("original_missing", source_id,
                                               f"original of source {source_id} ({filename}) is missing from "
                                               f"{path}"))
            else:
                actual = sha256_file(path)
                if actual != source_id:
                    report.problems.append(Problem("original_altered", source_id,
                                                   f"original of source {source_id} ({filename}) was altered: "
                                                   f"its bytes now hash to {actual}"))
            if on_progress:
                on_progress(done, len(sources))

        for text_id, source_id, text, digest in session.execute(
                select(SourceText.id, SourceText.source_id, SourceText.text, SourceText.sha256)):
            if sha256_bytes(text.encode("utf-8")) != digest:
                report.problems.append(Problem("text_altered", source_id,
                                               f"derived text #{text_id} of source {source_id} was edited in "
                                               f"the database (its hash no longer matches)"))
                continue
            bad = [p for p in session.execute(select(Passage.seq, Passage.start, Passage.end, Passage.text)
                                              .where(Passage.text_id == text_id))
                   if text[p.start:p.end] != p.text]
            if bad:
                report.problems.append(Problem("passage_altered", source_id,
                                               f"{len(bad)} passage(s) of source {source_id} no longer match "
                                               f"their offsets in the derived text (first: #{bad[0].seq})"))

        entries = session.scalars(select(CustodyEntry).order_by(CustodyEntry.seq)).all()
        report.log_entries = len(entries)
        head = session.execute(select(CustodyHead.seq, CustodyHead.hash).where(CustodyHead.id == 1)).first()
        logged_sources = set(session.scalars(select(CustodyEntry.object_id)
                                             .where(CustodyEntry.action == "ingest")))
        referenced = {sid for sid, _ in sources}
        text_count = session.scalar(select(func.count(SourceText.id)))

    for problem in verify_chain(list(entries), tuple(head) if head else None, wb.anchor.read()):
        report.problems.append(Problem(f"log_{problem.kind}", f"custody seq {problem.seq}", problem.message))
    for source_id in sorted(referenced - logged_sources):
        report.problems.append(Problem("unlogged_source", source_id,
                                       f"source {source_id} has no ingest entry in the custody log"))

    orphans = [oid for oid in wb.objects.all_ids() if oid not in referenced]
    if orphans:
        report.notes.append(f"{len(orphans)} original(s) in the object store belong to no source (an ingest "
                            f"was interrupted before it committed); ingesting the same file again adopts it")
    leftovers = wb.objects.leftovers()
    if leftovers:
        report.notes.append(f"{len(leftovers)} partial write(s) from interrupted ingests can be deleted: "
                            + ", ".join(str(p) for p in leftovers[:3]))
    report.notes.append(f"checked {report.sources} original(s), {text_count} derived text(s) and "
                        f"{report.log_entries} custody log entries")
    return report
