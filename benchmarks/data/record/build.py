"""Build the gold file of the record benchmark (event groupings and entity links).

    python benchmarks/data/record/build.py             # validate, write gold.json, print counts
    python benchmarks/data/record/build.py --check     # validate; exit 1 if gold.json is stale
    python benchmarks/data/record/build.py --coverage  # also run factfinder's extractor and list the
                                                       # claims and names that no annotation covers

Inputs, both written by hand (see README.md):

- ``events.yaml``: ``events`` (``{id, type, period: {earliest, latest}, place, perpetrators, victims,
  description, mentions: [{doc, quote}]}``), ``quantities`` (``{id, quantity, mentions}``) and
  ``non_events`` (``{id, reason, mentions}``). A ``quote`` is an exact substring of the document's
  text that occurs there exactly once.
- ``entities.yaml``: ``entities`` (``{id, kind, canonical, gazetteer_id, mentions: [{doc, surface,
  occurrence}]}``); ``occurrence`` is the 1-based index of ``surface`` among its plain-substring
  occurrences in the text (as in ``benchmarks/data/extraction``), default 1.

Documents are the 19 of ``benchmarks/data/extraction/gold.jsonl`` (by ``id``; offsets into its
``text``) and the 7 files of ``examples/`` (by path, e.g. ``examples/chronology_1990_1995.md``;
offsets into the text factfinder's own readers derive from the file, which for a PDF comes from
pypdf and differs from ``examples/src``).

Checks: every quote and surface is found (quotes exactly once), no two annotated spans overlap in
a document (a character belongs to at most one event, quantity or non-event, and to at most one
entity mention), ids are unique, event types and periods are valid, gazetteer ids exist, every
actor/person/place mention of the extraction gold belongs to exactly one entity (and an entity
mention there is one of them, of the same kind), and no examples mention falls inside a
document's excluded region (its list of sources). Any error names the file, the item and the
document, and nothing is written unless everything is valid.

Output ``gold.json``: ``{"documents": [{doc, origin, length, sha256, excluded: [{start, end,
reason}]}], "events": [{id, type, period, place, perpetrators, victims, description, mentions:
[{doc, start, end}]}], "quantities": [...], "non_events": [...], "entities": [{id, kind,
canonical, gazetteer_id, mentions: [{doc, start, end}]}], "counts": {...}}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
EXTRACTION_GOLD = REPO / "benchmarks" / "data" / "extraction" / "gold.jsonl"
GAZETTEER = REPO / "src" / "factfinder" / "data" / "gazetteer"
EVENTS = HERE / "events.yaml"
ENTITIES = HERE / "entities.yaml"
GOLD = HERE / "gold.json"

EXAMPLES = (
    "examples/academic_accountability.docx",
    "examples/article_fr_attentat_6_avril_1994.html",
    "examples/chronology_1990_1995.md",
    "examples/judgment_summary_akayesu.pdf",
    "examples/ngo_report_death_toll_1994.html",
    "examples/sitrep_refugees_1994.pdf",
    "examples/testimony_dallaire_ictr_2004.txt",
)
# The examples end with their list of sources (bibliographic apparatus, not annotated). Each
# excluded region runs from the first line equal to `start` to the line starting with `until`
# (exclusive), or to the end of the text.
EXCLUDED = {
    "examples/academic_accountability.docx": ("References", "Party and crimes | Forum | Outcome"),
    "examples/article_fr_attentat_6_avril_1994.html": ("Sources", None),
    "examples/chronology_1990_1995.md": ("## Sources", None),
    "examples/judgment_summary_akayesu.pdf": ("Sources", None),
    "examples/ngo_report_death_toll_1994.html": ("Sources", None),
    "examples/sitrep_refugees_1994.pdf": ("Sources", None),
    "examples/testimony_dallaire_ictr_2004.txt": ("SOURCES", None),
}

EVENT_TYPES = ("killing", "massacre", "sexual_violence", "displacement", "destruction", "attack",
               "assassination", "arrest", "trial", "other")
EVENT_KEYS = {"id", "type", "period", "place", "perpetrators", "victims", "description", "mentions"}
QUANTITY_KEYS = {"id", "quantity", "mentions"}
NON_EVENT_KEYS = {"id", "reason", "mentions"}
ENTITY_KEYS = {"id", "kind", "canonical", "gazetteer_id", "mentions"}
KINDS = ("actor", "person", "place")


class BuildError(Exception):
    pass


def fail(msg: str) -> None:
    raise BuildError(msg)


def load_documents() -> dict[str, dict]:
    """doc id -> {text, origin, excluded}."""
    docs: dict[str, dict] = {}
    for line in EXTRACTION_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            docs[d["id"]] = {"text": d["text"], "origin": "benchmarks/data/extraction/gold.jsonl",
                             "excluded": [], "gold_names": [m for m in d["mentions"]
                                                            if m["type"] in KINDS]}
    from factfinder.ingest.readers import read

    for rel in EXAMPLES:
        path = REPO / rel
        text = read(path.read_bytes(), str(path), path.suffix).text
        excluded = []
        start_line, until = EXCLUDED[rel]
        offset, start = 0, None
        for line in text.splitlines(keepends=True):
            if start is None and line.strip() == start_line:
                start = offset
            elif start is not None and until and line.startswith(until):
                excluded.append((start, offset))
                start = None
                break
            offset += len(line)
        if start is not None:
            excluded.append((start, len(text)))
        if not excluded:
            fail(f"{rel}: its sources heading {start_line!r} was not found")
        docs[rel] = {"text": text, "origin": "examples", "excluded": excluded, "gold_names": None}
    return docs


def load_gazetteer_ids() -> set[str]:
    ids: set[str] = set()
    for path in sorted(GAZETTEER.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        ids.update(e["id"] for e in data.get("entries", []))
    return ids


def load_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise BuildError(f"{path.name}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        fail(f"{path.name}: top level must be a mapping")
    return data


def nth_occurrence(text: str, surface: str, n: int) -> int:
    start = -1
    for _ in range(n):
        start = text.find(surface, start + 1)
        if start < 0:
            return -1
    return start


def count_occurrences(text: str, surface: str) -> int:
    n, i = 0, text.find(surface)
    while i >= 0:
        n += 1
        i = text.find(surface, i + 1)
    return n


def iso(value: object, where: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        fail(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD)")
        raise  # unreachable


class Spans:
    """Every annotated span per document, to refuse overlaps."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)

    def add(self, doc: str, start: int, end: int, owner: str, text: str) -> None:
        for s, e, other in self.by_doc[doc]:
            if start < e and s < end:
                fail(f"{self.label}: {doc}: span {text[start:end]!r} of {owner} overlaps "
                     f"{text[s:e]!r} of {other}")
        self.by_doc[doc].append((start, end, owner))


def check_in_body(doc: str, info: dict, start: int, end: int, owner: str) -> None:
    for s, e in info["excluded"]:
        if start < e and s < end:
            fail(f"{owner}: {doc}: {info['text'][start:end]!r} lies in the excluded sources section")


def resolve_quotes(kind: str, item: dict, docs: dict, spans: Spans) -> list[dict]:
    out = []
    mentions = item.get("mentions")
    if not isinstance(mentions, list) or not mentions:
        fail(f"events.yaml: {kind} {item.get('id')!r} needs a non-empty list of mentions")
    for m in mentions:
        if not isinstance(m, dict) or set(m) != {"doc", "quote"}:
            fail(f"events.yaml: {kind} {item['id']}: a mention is exactly {{doc, quote}}, got {m!r}")
        doc, quote = m["doc"], m["quote"]
        if doc not in docs:
            fail(f"events.yaml: {kind} {item['id']}: unknown document {doc!r}")
        if not isinstance(quote, str) or not quote.strip() or quote != quote.strip():
            fail(f"events.yaml: {kind} {item['id']}: {doc}: a quote is a non-empty string without "
                 f"surrounding whitespace: {quote!r}")
        text = docs[doc]["text"]
        n = count_occurrences(text, quote)
        if n == 0:
            fail(f"events.yaml: {kind} {item['id']}: {doc}: quote not found: {quote!r}")
        if n > 1:
            fail(f"events.yaml: {kind} {item['id']}: {doc}: quote occurs {n} times (make it longer): {quote!r}")
        start = text.find(quote)
        end = start + len(quote)
        check_in_body(doc, docs[doc], start, end, f"events.yaml: {kind} {item['id']}")
        spans.add(doc, start, end, f"{kind} {item['id']}", text)
        out.append({"doc": doc, "start": start, "end": end})
    out.sort(key=lambda x: (x["doc"], x["start"]))
    return out


def build_events(docs: dict) -> dict:
    data = load_yaml(EVENTS)
    extra = set(data) - {"events", "quantities", "non_events"}
    if extra:
        fail(f"events.yaml: unexpected top-level keys {sorted(extra)}")
    spans = Spans("events.yaml")
    ids: set[str] = set()
    result: dict[str, list] = {"events": [], "quantities": [], "non_events": []}

    def new_id(item: dict, kind: str) -> str:
        ident = item.get("id")
        if not isinstance(ident, str) or not ident:
            fail(f"events.yaml: a {kind} without an id: {item!r}"[:300])
        if ident in ids:
            fail(f"events.yaml: duplicate id {ident!r}")
        ids.add(ident)
        return ident

    for ev in data.get("events") or []:
        ident = new_id(ev, "event")
        if set(ev) != EVENT_KEYS:
            fail(f"events.yaml: event {ident}: keys must be {sorted(EVENT_KEYS)}; "
                 f"missing {sorted(EVENT_KEYS - set(ev))}, unexpected {sorted(set(ev) - EVENT_KEYS)}")
        if ev["type"] not in EVENT_TYPES:
            fail(f"events.yaml: event {ident}: type {ev['type']!r} not in {EVENT_TYPES}")
        period = ev["period"]
        if not isinstance(period, dict) or set(period) != {"earliest", "latest"}:
            fail(f"events.yaml: event {ident}: period is {{earliest, latest}}")
        earliest = iso(period["earliest"], f"events.yaml: event {ident}: period.earliest")
        latest = iso(period["latest"], f"events.yaml: event {ident}: period.latest")
        if earliest > latest:
            fail(f"events.yaml: event {ident}: earliest {earliest} is after latest {latest}")
        for key in ("perpetrators", "victims"):
            if not isinstance(ev[key], list) or not all(isinstance(x, str) and x for x in ev[key]):
                fail(f"events.yaml: event {ident}: {key} is a list of strings")
        for key in ("place", "description"):
            if not isinstance(ev[key], str) or not ev[key].strip():
                fail(f"events.yaml: event {ident}: {key} is a non-empty string")
        result["events"].append({
            "id": ident, "type": ev["type"], "period": {"earliest": earliest, "latest": latest},
            "place": ev["place"], "perpetrators": ev["perpetrators"], "victims": ev["victims"],
            "description": " ".join(ev["description"].split()),
            "mentions": resolve_quotes("event", ev, docs, spans)})
    for q in data.get("quantities") or []:
        ident = new_id(q, "quantity")
        if set(q) != QUANTITY_KEYS:
            fail(f"events.yaml: quantity {ident}: keys must be {sorted(QUANTITY_KEYS)}")
        result["quantities"].append({"id": ident, "quantity": " ".join(str(q["quantity"]).split()),
                                     "mentions": resolve_quotes("quantity", q, docs, spans)})
    for ne in data.get("non_events") or []:
        ident = new_id(ne, "non-event")
        if set(ne) != NON_EVENT_KEYS:
            fail(f"events.yaml: non_event {ident}: keys must be {sorted(NON_EVENT_KEYS)}")
        result["non_events"].append({"id": ident, "reason": " ".join(str(ne["reason"]).split()),
                                     "mentions": resolve_quotes("non_event", ne, docs, spans)})
    return result


def build_entities(docs: dict, gazetteer_ids: set[str]) -> list[dict]:
    data = load_yaml(ENTITIES)
    if set(data) != {"entities"}:
        fail(f"entities.yaml: the top level is {{entities: [...]}}, got keys {sorted(data)}")
    spans = Spans("entities.yaml")
    ids: set[str] = set()
    out = []
    gold_index = {doc: {(m["start"], m["end"]): m for m in info["gold_names"]}
                  for doc, info in docs.items() if info["gold_names"] is not None}
    linked: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for ent in data["entities"] or []:
        ident = ent.get("id")
        if not isinstance(ident, str) or not ident:
            fail(f"entities.yaml: an entity without an id: {ent!r}"[:300])
        if ident in ids:
            fail(f"entities.yaml: duplicate id {ident!r}")
        ids.add(ident)
        if set(ent) != ENTITY_KEYS:
            fail(f"entities.yaml: {ident}: keys must be {sorted(ENTITY_KEYS)}; missing "
                 f"{sorted(ENTITY_KEYS - set(ent))}, unexpected {sorted(set(ent) - ENTITY_KEYS)}")
        if ent["kind"] not in KINDS:
            fail(f"entities.yaml: {ident}: kind {ent['kind']!r} not in {KINDS}")
        gid = ent["gazetteer_id"]
        if gid is not None and gid not in gazetteer_ids:
            fail(f"entities.yaml: {ident}: gazetteer_id {gid!r} is not in the gazetteer")
        if not isinstance(ent["mentions"], list) or not ent["mentions"]:
            fail(f"entities.yaml: {ident}: needs a non-empty list of mentions")
        mentions = []
        for m in ent["mentions"]:
            if not isinstance(m, dict) or not {"doc", "surface"} <= set(m) <= {"doc", "surface", "occurrence"}:
                fail(f"entities.yaml: {ident}: a mention is {{doc, surface, occurrence}}, got {m!r}")
            doc, surface, occ = m["doc"], m["surface"], m.get("occurrence", 1)
            if doc not in docs:
                fail(f"entities.yaml: {ident}: unknown document {doc!r}")
            if not isinstance(occ, int) or occ < 1:
                fail(f"entities.yaml: {ident}: {doc}: occurrence must be a positive integer: {m!r}")
            text = docs[doc]["text"]
            start = nth_occurrence(text, surface, occ)
            if start < 0:
                fail(f"entities.yaml: {ident}: {doc}: occurrence {occ} of {surface!r} not found "
                     f"({count_occurrences(text, surface)} in the text)")
            end = start + len(surface)
            check_in_body(doc, docs[doc], start, end, f"entities.yaml: {ident}")
            spans.add(doc, start, end, f"entity {ident}", text)
            if doc in gold_index:
                g = gold_index[doc].get((start, end))
                if g is None:
                    fail(f"entities.yaml: {ident}: {doc}: {surface!r} occurrence {occ} is not an "
                         f"actor/person/place mention of the extraction gold")
                if g["type"] != ent["kind"]:
                    fail(f"entities.yaml: {ident}: {doc}: {surface!r} occurrence {occ} is a {g['type']} "
                         f"in the extraction gold, not a {ent['kind']}")
                linked[doc].add((start, end))
            mentions.append({"doc": doc, "start": start, "end": end})
        mentions.sort(key=lambda x: (x["doc"], x["start"]))
        out.append({"id": ident, "kind": ent["kind"], "canonical": ent["canonical"], "gazetteer_id": gid,
                    "mentions": mentions})
    for doc, index in gold_index.items():
        missing = [f"{g['text']!r}@{g['start']}" for key, g in index.items() if key not in linked[doc]]
        if missing:
            fail(f"entities.yaml: {doc}: extraction-gold name mentions in no entity: {', '.join(missing)}")
    return out


def counts(docs: dict, events: dict, entities: list[dict]) -> dict:
    def ndocs(item: dict) -> int:
        return len({m["doc"] for m in item["mentions"]})

    evs = events["events"]
    return {
        "documents": len(docs),
        "events": len(evs),
        "cross_document_events": sum(1 for e in evs if ndocs(e) > 1),
        "event_mentions": sum(len(e["mentions"]) for e in evs),
        "events_by_type": dict(sorted(Counter(e["type"] for e in evs).items())),
        "quantities": len(events["quantities"]),
        "cross_document_quantities": sum(1 for q in events["quantities"] if ndocs(q) > 1),
        "quantity_mentions": sum(len(q["mentions"]) for q in events["quantities"]),
        "non_event_mentions": sum(len(n["mentions"]) for n in events["non_events"]),
        "entities": len(entities),
        "multi_document_entities": sum(1 for e in entities if ndocs(e) > 1),
        "entity_mentions": sum(len(e["mentions"]) for e in entities),
        "entities_by_kind": dict(sorted(Counter(e["kind"] for e in entities).items())),
    }


def build() -> dict:
    docs = load_documents()
    events = build_events(docs)
    entities = build_entities(docs, load_gazetteer_ids())
    documents = [{"doc": doc, "origin": info["origin"], "length": len(info["text"]),
                  "sha256": hashlib.sha256(info["text"].encode("utf-8")).hexdigest(),
                  "excluded": [{"start": s, "end": e, "reason": "list of sources"} for s, e in info["excluded"]]}
                 for doc, info in docs.items()]
    return {"documents": documents, **events, "entities": entities,
            "counts": counts(docs, events, entities)}, docs


def coverage(gold: dict, docs: dict) -> None:
    """An aid, not a check: factfinder's claims and names that no annotation covers."""
    from factfinder.extract.pipeline import Extractor
    from factfinder.ingest.text import split_passages

    covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for key in ("events", "quantities", "non_events"):
        for item in gold[key]:
            for m in item["mentions"]:
                covered[m["doc"]].append((m["start"], m["end"]))
    names: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for ent in gold["entities"]:
        for m in ent["mentions"]:
            names[m["doc"]].append((m["start"], m["end"]))
    extractor = Extractor()
    for doc, info in docs.items():
        text = info["text"]
        language = "fr" if doc[:2] in ("14", "15", "16", "17", "18", "19") or "_fr_" in doc else "en"
        result = extractor.extract(text, language, [(s.start, s.end) for s in split_passages(text)])

        def outside(s: int, e: int) -> bool:
            return any(s < b and a < e for a, b in info["excluded"])

        lost = [c for c in result.claims if not outside(c["start"], c["end"])
                and not any(c["start"] < b and a < c["end"] for a, b in covered[doc])]
        unnamed = [m for m in result.mentions if m["type"] in KINDS and not outside(m["start"], m["end"])
                   and not any(m["start"] < b and a < m["end"] for a, b in names[doc])]
        for c in lost:
            print(f"{doc}: claim not covered: {' '.join(text[c['start']:c['end']].split())[:160]}")
        for m in unnamed:
            print(f"{doc}: {m['type']} not linked: {m['text']!r}@{m['start']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if gold.json differs from a fresh build")
    parser.add_argument("--coverage", action="store_true",
                        help="list the extractor's claims and names that no annotation covers")
    args = parser.parse_args(argv)
    try:
        gold, docs = build()
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    payload = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    if args.check:
        if not GOLD.exists() or GOLD.read_text(encoding="utf-8") != payload:
            print("gold.json is stale: run benchmarks/data/record/build.py", file=sys.stderr)
            return 1
    else:
        GOLD.write_text(payload, encoding="utf-8")
    print(json.dumps(gold["counts"], indent=1))
    if args.coverage:
        coverage(gold, docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
