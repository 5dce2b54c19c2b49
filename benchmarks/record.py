"""The record's quality on the team's gold groupings, and rebuild time as it grows.

    python benchmarks/record.py [--sizes 1000,5000,10000]

Quality (benchmarks/data/record/gold.json over the 19 evaluation documents and the 7
sample documents): pairwise precision, recall and F1 of event clustering (gold event
mentions mapped to the claim that overlaps them most) and of entity resolution (gold
entity mentions mapped to the overlapping mention of the same kind).

Speed: a store of N generated sources (claims with dates, places, actors and figures
written straight to the database, so the rebuild alone is measured) rebuilt from scratch,
then again after 1% more sources (the incremental case). Results go to
benchmarks/results/record.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import write_result  # noqa: E402
from factfinder.config import Config  # noqa: E402
from factfinder.store.schema import (Claim, EntityLink, EventClaim, Mention, Passage, Source,  # noqa: E402
                                     SourceText)
from factfinder.workbench import Workbench  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

HERE = Path(__file__).resolve().parent
GOLD = HERE / "data" / "record" / "gold.json"
EXTRACTION_GOLD = HERE / "data" / "extraction" / "gold.jsonl"
REPO = HERE.parent


def pairwise(items: list[tuple[str, object]]) -> dict:
    """items: (gold cluster, predicted cluster or None). Pairs of items are counted."""
    tp = fp = fn = 0
    for (g1, p1), (g2, p2) in itertools.combinations(items, 2):
        same_gold = g1 == g2
        same_predicted = p1 is not None and p1 == p2
        tp += same_gold and same_predicted
        fp += (not same_gold) and same_predicted
        fn += same_gold and not same_predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs_true": tp + fn, "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def build_store(home: Path) -> tuple[Workbench, dict[str, str]]:
    wb = Workbench(Config(home=home, user="benchmark"))
    doc_sources: dict[str, str] = {}
    folder = home / "docs"
    folder.mkdir(parents=True)
    for line in EXTRACTION_GOLD.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        path = folder / f"{doc['id']}.txt"
        path.write_text(doc["text"], encoding="utf-8")
        outcome = wb.ingest([path], {"title": doc["title"], "language": doc["lang"]}, extract=True)[0]
        doc_sources[doc["id"]] = outcome.source_id
    from factfinder.cli.demo import example_documents

    for path in example_documents(REPO / "examples"):
        outcome = wb.ingest([path], extract=True)[0]
        doc_sources[f"examples/{Path(path).name}"] = outcome.source_id
    wb.rebuild()
    return wb, doc_sources


def quality(wb: Workbench, doc_sources: dict[str, str]) -> dict:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    with wb.db.read() as session:
        claims = session.execute(select(Claim.id, Claim.source_id, Claim.start, Claim.end)).all()
        event_of = dict(session.execute(select(EventClaim.claim_id, EventClaim.event_id)).all())
        mentions = session.execute(select(Mention.id, Mention.source_id, Mention.type, Mention.start,
                                          Mention.end)).all()
        entity_of = dict(session.execute(select(EntityLink.mention_id, EntityLink.entity_id)).all())
    claims_by_source: dict[str, list] = {}
    for row in claims:
        claims_by_source.setdefault(row.source_id, []).append(row)
    mentions_by_source: dict[str, list] = {}
    for row in mentions:
        mentions_by_source.setdefault(row.source_id, []).append(row)

    def best(rows, start, end, kind=None):
        chosen, overlap = None, 0
        for row in rows:
            if kind and row.type != kind:
                continue
            size = min(end, row.end) - max(start, row.start)
            if size > overlap:
                chosen, overlap = row, size
        return chosen

    event_items, mapped = [], 0
    for event in gold["events"]:
        for m in event["mentions"]:
            claim = best(claims_by_source.get(doc_sources.get(m["doc"]), []), m["start"], m["end"])
            mapped += claim is not None
            event_items.append((event["id"], event_of.get(claim.id) if claim else None))
    entity_items, entity_mapped = [], 0
    for entity in gold["entities"]:
        for m in entity["mentions"]:
            mention = best(mentions_by_source.get(doc_sources.get(m["doc"]), []), m["start"], m["end"],
                           entity["kind"])
            entity_mapped += mention is not None
            entity_items.append((entity["id"], entity_of.get(mention.id) if mention else None))
    return {"events": {**pairwise(event_items), "gold_mentions": len(event_items), "mapped_to_claims": mapped},
            "entities": {**pairwise(entity_items), "gold_mentions": len(entity_items),
                         "mapped_to_mentions": entity_mapped}}


PLACES = [("rw.pref.butare", "Butare"), ("rw.pref.gikongoro", "Gikongoro"), ("rw.pref.kibuye", "Kibuye"),
          ("rw.pref.kigali_ville", "Kigali"), ("rw.pref.gisenyi", "Gisenyi"), ("rw.pref.cyangugu", "Cyangugu")]
ACTORS = [("rw.militia.interahamwe", "Interahamwe"), ("rw.armed.far", "FAR"), ("rw.armed.rpa", "RPA"),
          ("rw.armed.presidential_guard", "Presidential Guard")]
VERBS = ["killed", "attacked", "massacred", "burned", "arrested"]
SITES = ["parish", "school", "stadium", "hospital", "camp", "hill"]


def generate(wb: Workbench, count: int, seed: int, offset: int = 0, chunk: int = 250) -> None:
    """N sources in transactions of `chunk` sources, so memory stays flat at any N."""
    rng = random.Random(seed)
    for first in range(offset, offset + count, chunk):
        _generate_chunk(wb, rng, first, min(chunk, offset + count - first))


def _generate_chunk(wb: Workbench, rng: random.Random, offset: int, count: int) -> None:
    now = datetime.now(timezone.utc)
    day0 = date(1994, 4, 7)
    with wb.db.write() as session:
        for i in range(offset, offset + count):
            sid = f"{i:064x}"
            sentences = []
            for _ in range(5):
                place_id, place = rng.choice(PLACES)
                actor_id, actor = rng.choice(ACTORS)
                when = day0 + timedelta(days=rng.randint(0, 90))
                figure = rng.randint(5, 5000)
                sentence = (f"On {when.day} {when.strftime('%B')} 1994 {actor} {rng.choice(VERBS)} {figure} people "
                            f"at the {rng.choice(SITES)} in {place}.")
                sentences.append((sentence, place_id, place, actor_id, actor, when, figure))
            text = "\n\n".join(s[0] for s in sentences)
            session.add(Source(id=sid, filename=f"g{i}.txt", media_type="text/plain", size=len(text),
                               title=f"Generated report {i}", author=f"Author {i % 97}",
                               publisher=f"Publisher {i % 31}", kind="report", ingested_at=now,
                               ingested_by="benchmark", provenance={}, warnings=[]))
            text_row = SourceText(source_id=sid, reader="generated", reader_version="1", text=text, sha256=sid,
                                  created_at=now, current=True)
            session.add(text_row)
            session.flush()
            position = 0
            for sentence, place_id, place, actor_id, actor, when, figure in sentences:
                start, end = position, position + len(sentence)
                session.add(Passage(text_id=text_row.id, source_id=sid, seq=start, start=start, end=end,
                                    text=sentence))
                spans = []
                for kind, surface, normalized in (
                        ("date", f"{when.day} {when.strftime('%B')} 1994",
                         {"earliest": when.isoformat(), "latest": when.isoformat(), "precision": "day"}),
                        ("place", place, {"canonical": place, "id": place_id}),
                        ("actor", actor, {"canonical": actor, "id": actor_id}),
                        ("figure", str(figure), {"low": figure, "high": figure, "unit": "people",
                                                 "counted": "killed", "approx": False})):
                    local = sentence.index(surface)
                    mention = Mention(source_id=sid, text_id=text_row.id, type=kind, start=start + local,
                                      end=start + local + len(surface), text=surface, normalized=normalized,
                                      extractor="generated", extractor_version="1", confidence=1.0,
                                      status="suggested")
                    session.add(mention)
                    spans.append(mention)
                session.flush()
                session.add(Claim(source_id=sid, text_id=text_row.id, start=start, end=end, text=sentence,
                                  asserted_by="author", stance="asserts",
                                  slots={"subject": actor, "predicate": "kill"},
                                  mention_ids=[m.id for m in spans], confidence=0.9, status="suggested",
                                  extractor_version="generated"))
                position = end + 2


def _stages(started: float, log: list[tuple[str, float]]) -> Callable[[str], None]:
    """A progress callback that notes when each step of the rebuild finished."""
    def note(message: str) -> None:
        log.append((message, round(time.perf_counter() - started, 2)))
    return note


def speed(sizes: list[int], scores: dict) -> list[dict]:
    from factfinder.extract.gazetteer import Gazetteer

    started = time.perf_counter()
    Gazetteer.load()  # read once per process (ingest and extract load it too): not part of a rebuild
    gazetteer_seconds = time.perf_counter() - started
    out = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            wb = Workbench(Config(home=Path(tmp), user="benchmark"))
            started = time.perf_counter()
            generate(wb, size, seed=size)
            generated = time.perf_counter() - started
            stages: list[tuple[str, float]] = []
            started, cpu = time.perf_counter(), time.process_time()
            summary = wb.rebuild(progress=_stages(started, stages))
            full, full_cpu = time.perf_counter() - started, time.process_time() - cpu
            with wb.db.read() as session:
                sizes_ = [n for (n,) in session.execute(select(func.count()).select_from(EventClaim)
                                                        .group_by(EventClaim.event_id))]
            generate(wb, max(1, size // 100), seed=size + 1, offset=size)
            started, cpu = time.perf_counter(), time.process_time()
            again = wb.rebuild()
            incremental, incremental_cpu = time.perf_counter() - started, time.process_time() - cpu
            wb.close()
        row = {"sources": size, "claims": summary["claims"], "events": summary["events"],
               "largest_event_claims": max(sizes_, default=0),
               "median_event_claims": sorted(sizes_)[len(sizes_) // 2] if sizes_ else 0,
               "generate_seconds": round(generated, 1), "rebuild_seconds": round(full, 2),
               "rebuild_cpu_seconds": round(full_cpu, 2),
               "rebuild_stages_seconds": [{"after": message, "at": at} for message, at in stages],
               "rebuild_after_1pct_more_seconds": round(incremental, 2),
               "rebuild_after_1pct_more_cpu_seconds": round(incremental_cpu, 2), "new_features": again["new_features"],
               "events_after_1pct_more": again["events"], "gazetteer_load_seconds_once": round(gazetteer_seconds, 2)}
        print(f"rebuild {size:>6,} sources ({summary['claims']:,} claims, {summary['events']:,} events, largest "
              f"{row['largest_event_claims']} claims): {full:.1f} s ({full_cpu:.1f} s CPU); after 1% more: "
              f"{incremental:.1f} s ({incremental_cpu:.1f} s CPU)")
        out.append(row)
        if len(out) > 1:
            out[-1]["growth_vs_previous"] = round(out[-1]["rebuild_seconds"] / max(out[-2]["rebuild_seconds"], 1e-9), 2)
            out[-1]["cpu_growth_vs_previous"] = round(out[-1]["rebuild_cpu_seconds"]
                                                      / max(out[-2]["rebuild_cpu_seconds"], 1e-9), 2)
        write_result("record", {"quality": scores, "rebuild": out})  # after each size: partial runs still report
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,5000,10000",
                        help="numbers of generated sources to time the rebuild on; empty (--sizes '') for quality only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wb, doc_sources = build_store(Path(tmp) / "gold")
        scores = quality(wb, doc_sources)
        wb.close()
    for part, s in scores.items():
        print(f"{part}: pairwise precision {s['precision']:.3f} recall {s['recall']:.3f} F1 {s['f1']:.3f} "
              f"({s['pairs_true']} true pairs)")
    sizes = [int(x) for x in args.sizes.split(",") if x]
    if sizes:
        speed(sizes, scores)
    else:  # quality only: keep the last timing run's rows
        previous = HERE / "results" / "record.json"
        rebuild = json.loads(previous.read_text(encoding="utf-8")).get("rebuild", []) if previous.is_file() else []
        write_result("record", {"quality": scores, "rebuild": rebuild})


if __name__ == "__main__":
    main()
