"""Finding what the record says about a sentence it has never seen.

`RecordIndex` holds every claim of the record with what a verdict needs of it: its text
and offsets, its source (title, Admiralty grade), its credibility 1–6 and why, the events
it belongs to, and its feature values (kind of act, figures with what they count, dates,
places, actors, sites). Two retrievers look for a checked sentence in it:

- BM25 (bm25s) over accent-folded word tokens, English and French stop words removed,
  which finds shared names, places and rare words;
- cosine similarity of sentence embeddings (all-MiniLM-L6-v2, `factfinder.embed`), which
  finds the same statement in other words.

Their rankings are fused by reciprocal rank fusion (Cormack et al. 2009: each list adds
1 / (60 + rank)), and the fused list is re-ranked by value compatibility: a candidate
that describes the same kind of act, counts the same thing, names the same place, site
or actor, or covers the same period rises. Compatibility never pushes a candidate out for
disagreeing on a value: a record claim that gives another date for the same act is the
evidence a contradiction needs.

Building the index embeds every claim (about 175 claims a second on one core; the
embeddings are cached by text, so a rebuild after new sources embeds only the new
claims). The built index is kept under the home's `cache/check-index/`, keyed on a
fingerprint of the record's state (claims, features, the last rebuild, grade and review
decisions), so the next `check` loads it in well under a second; any change to the
record makes a new fingerprint and the old index is replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np
from sqlalchemy import func, select

from factfinder.record import features as features_module
from factfinder.record.events import PlaceIndex
from factfinder.record.features import KILLED_COUNTS, claim_features, compatible
from factfinder.store.schema import (Claim, ClaimAssessment, ClaimFeatures, Contradiction, CustodyEntry, Event,
                                     EventClaim, Mention, Source, SourceGrade)

if TYPE_CHECKING:
    from factfinder.workbench import Workbench

INDEX_VERSION = "2"
RRF_K = 60            # the constant of reciprocal rank fusion (Cormack, Clarke and Büttcher 2009)
POOL = 50             # candidates taken from each retriever before fusion
RERANK = 30           # fused candidates re-ranked by value compatibility
QUERY_CHUNK = 64      # queries scored against the matrix at once (bounded memory at 100k claims)
# Custody actions that change what the index holds (grades, credibility, review status).
STATE_ACTIONS = ("rebuild", "grade", "review_decision", "metadata_change", "extraction_run")
NATIONAL_TOLL_SUBJECT = "national death toll"
FEATURE_KEYS = ("version", "event_type", "date", "places", "actors", "persons", "agents", "salient", "sites", "targets",
                "figures", "deaths_only")

_STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below between both but
by can could did do does doing down during each few for from further had has have having he her here hers him his
how i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own
same she should so some such than that the their them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your also said says according
au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me meme mes moi mon ne nos
notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous est sont ete
etait etaient fait ont avait avaient cette cet selon plus
""".split())
_TOKEN = re.compile(r"\w\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents, so "Génocide" and "genocide" are one word."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokenize(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(fold(text)) if t not in _STOPWORDS]


@dataclass
class Hit:
    """One record claim found for a query, with the scores that put it there."""
    row: int
    claim_id: int
    score: float                  # fused and re-ranked
    cosine: float                 # embedding similarity, -1..1
    bm25: float                   # BM25 score (0 when BM25 did not find it)
    matches: list[str] = field(default_factory=list)   # which values agree: type, counted, place, ...
    claim: dict = field(default_factory=dict)          # the record claim (see RecordIndex.claim)


def _fingerprint(wb: "Workbench") -> str:
    from factfinder.embed import model_version

    with wb.db.read() as session:
        count, top = session.execute(select(func.count(Claim.id), func.max(Claim.id))).one()
        features = session.scalar(select(func.count(ClaimFeatures.claim_id)))
        state = session.scalar(select(func.max(CustodyEntry.seq)).where(CustodyEntry.action.in_(STATE_ACTIONS)))
        grades = session.scalar(select(func.count(SourceGrade.source_id)))
    version = getattr(features_module, "FEATURES_VERSION", None)
    raw = f"{INDEX_VERSION}|{model_version()}|{version}|{count}|{top}|{features}|{state}|{grades}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


_MEMORY: dict[tuple[str, str], "RecordIndex"] = {}
_MEMORY_LOCK = threading.Lock()


class RecordIndex:
    """Every claim of the record, searchable by words and by meaning.

    Build (or load from the cache) with `RecordIndex.build(wb)`; search one sentence with
    `search(text, values)` or many at once with `search_many` (one batched embedding call).
    `values` are the checked sentence's features in the shape of
    `factfinder.record.features.claim_features`.
    """

    def __init__(self, fingerprint: str, ids: np.ndarray, rows: list[str], matrix: np.ndarray, bm25,  # noqa: ANN001
                 sources: dict[str, dict], events: dict[int, dict], disputes: list[dict]) -> None:
        self.fingerprint = fingerprint
        self.ids = ids
        self._rows = rows                 # one JSON document per claim, decoded when first needed
        self._decoded: dict[int, dict] = {}
        self.matrix = matrix
        self.bm25 = bm25
        self.sources = sources
        self.events = events
        self.disputes = disputes
        self.row_of = {int(cid): i for i, cid in enumerate(ids.tolist())}
        self.disputes_of_claim: dict[int, list[int]] = defaultdict(list)
        for number, dispute in enumerate(disputes):
            for side in dispute["sides"]:
                for cid in side["claims"]:
                    self.disputes_of_claim[cid].append(number)
        self.places = PlaceIndex(_gazetteer())
        self.timings: dict[str, float] = {}

    def __len__(self) -> int:
        return len(self.ids)

    # ---- building and caching ------------------------------------------------------------------
    @classmethod
    def build(cls, wb: "Workbench", progress: Callable[[str], None] | None = None) -> "RecordIndex":
        """The index of the record as it is now: from memory, from the cache, or built."""
        say = progress or (lambda message: None)
        started = time.perf_counter()
        fingerprint = _fingerprint(wb)
        home = str(Path(wb.config.home).resolve())
        with _MEMORY_LOCK:
            cached = _MEMORY.get((home, fingerprint))
        if cached is not None:
            return cached
        directory = cache_root(wb) / fingerprint
        index = None
        if (directory / "complete").exists():
            try:
                index = cls._load(directory, fingerprint)
                index.timings = {"load_seconds": round(time.perf_counter() - started, 3)}
                say(f"record index loaded from cache ({len(index):,} claims)")
            except (OSError, ValueError, KeyError):
                index = None   # a damaged cache is rebuilt
        if index is None:
            index = cls._build(wb, fingerprint, say)
            index.timings["build_seconds"] = round(time.perf_counter() - started, 3)
            index._save(directory)
            _prune(cache_root(wb), keep=fingerprint)
        with _MEMORY_LOCK:
            for key in [k for k in _MEMORY if k[0] == home]:
                del _MEMORY[key]
            _MEMORY[(home, fingerprint)] = index
        return index

    @classmethod
    def _build(cls, wb: "Workbench", fingerprint: str, say: Callable[[str], None]) -> "RecordIndex":
        import bm25s

        from factfinder.embed import EmbeddingCache

        records, sources, events, disputes = _read_record(wb)
        say(f"indexing {len(records):,} claims")
        ids = np.array([r["id"] for r in records], dtype=np.int64)
        texts = [r["text"] for r in records]
        bm25 = bm25s.BM25()
        if records:
            tokens = [tokenize(t) or ["_"] for t in texts]
            bm25.index(tokens, show_progress=False)
        cache = EmbeddingCache(Path(wb.config.home) / "cache" / "embeddings")
        embedded = {"claims": 0}

        def embedding_progress(done: int, total: int) -> None:
            embedded["claims"] = total
            say(f"embedded {done:,}/{total:,} claims")

        started = time.perf_counter()
        matrix = cache.encode(texts, progress=embedding_progress)
        embed_seconds = time.perf_counter() - started
        rows = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records]
        index = cls(fingerprint, ids, rows, np.ascontiguousarray(matrix, dtype=np.float32),
                    bm25 if records else None, sources, events, disputes)
        index.timings = {"embed_seconds": round(embed_seconds, 3), "embedded_claims": embedded["claims"]}
        return index

    def _save(self, directory: Path) -> None:
        tmp = directory.with_name(directory.name + f".tmp{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        np.save(tmp / "ids.npy", self.ids)
        np.save(tmp / "matrix.npy", self.matrix)
        if self.bm25 is not None:
            self.bm25.save(str(tmp / "bm25"), show_progress=False)
        # One claim per line, decoded only when a search reaches it: loading stays fast at 100k claims.
        (tmp / "claims.jsonl").write_text("\n".join(self._rows), encoding="utf-8")
        (tmp / "meta.json").write_text(json.dumps({
            "sources": self.sources, "events": {str(k): v for k, v in self.events.items()},
            "disputes": self.disputes}, ensure_ascii=False), encoding="utf-8")
        (tmp / "complete").write_text(self.fingerprint)
        if directory.exists():
            shutil.rmtree(tmp, ignore_errors=True)   # another process saved the same state first
            return
        try:
            os.replace(tmp, directory)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def _load(cls, directory: Path, fingerprint: str) -> "RecordIndex":
        import bm25s

        ids = np.load(directory / "ids.npy")
        matrix = np.load(directory / "matrix.npy", mmap_mode="r")
        bm25 = bm25s.BM25.load(str(directory / "bm25"), mmap=True, show_progress=False) \
            if (directory / "bm25").exists() else None
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        rows = (directory / "claims.jsonl").read_text(encoding="utf-8").split("\n") if len(ids) else []
        if len(rows) != len(ids):
            raise ValueError("claims.jsonl does not match ids.npy")
        return cls(fingerprint, ids, rows, matrix, bm25, meta["sources"],
                   {int(k): v for k, v in meta["events"].items()}, meta["disputes"])

    # ---- reading -------------------------------------------------------------------------------
    def claim(self, row: int) -> dict:
        """The record claim at `row`: text, source_id, start, end, stance, asserted_by, features,
        credibility, credibility_reason, events (ids)."""
        found = self._decoded.get(row)
        if found is None:
            found = self._decoded[row] = json.loads(self._rows[row])
        return found

    def claim_by_id(self, claim_id: int) -> dict | None:
        row = self.row_of.get(claim_id)
        return None if row is None else self.claim(row)

    def national_toll(self) -> dict | None:
        """The record's sides on the national death toll, if its sources disagree on it."""
        return next((d for d in self.disputes if d["subject"].startswith(NATIONAL_TOLL_SUBJECT)), None)

    # ---- searching -----------------------------------------------------------------------------
    def search(self, text: str, values: dict | None = None, k: int = 8) -> list[Hit]:
        return self.search_many([text], [values or {}], k=k)[0]

    def search_many(self, texts: Sequence[str], values: Sequence[dict | None], k: int = 8,
                    vectors: np.ndarray | None = None) -> list[list[Hit]]:
        """Hits for each text, best first. `vectors` are the texts' embeddings if already made.
        Without the embedding model (not installed) only BM25 finds candidates, and every
        cosine is 0: verdicts then rest on values the record disputes, nothing else."""
        if not texts:
            return []
        if len(self) == 0:
            return [[] for _ in texts]
        from factfinder.embed import EmbeddingsUnavailable

        if vectors is None:
            try:
                vectors = embed_queries(texts)
            except EmbeddingsUnavailable:
                vectors = np.zeros((len(texts), self.matrix.shape[1]), dtype=np.float32)
        pool = min(POOL, len(self))
        lexical = self._bm25_candidates(texts, pool)
        dense = self._dense_candidates(vectors, pool) if vectors.any() else [[] for _ in texts]
        out = []
        for q, value in enumerate(values):
            fused: dict[int, float] = defaultdict(float)
            bm25_score: dict[int, float] = {}
            for rank, (row, score) in enumerate(lexical[q]):
                fused[row] += 1.0 / (RRF_K + rank + 1)
                bm25_score[row] = score
            for rank, (row, _) in enumerate(dense[q]):
                fused[row] += 1.0 / (RRF_K + rank + 1)
            # Only the best of the fused list is re-ranked: compatibility can lift a candidate
            # at most 2.75 times, not from the bottom of both lists to the top.
            rows = sorted(fused, key=lambda r: -fused[r])[:RERANK]
            cosines = np.asarray(self.matrix[np.array(sorted(rows))] @ vectors[q]) if rows else np.zeros(0)
            cosine_of = dict(zip(sorted(rows), cosines.tolist()))
            hits = []
            for row in rows:
                record = self.claim(row)
                matches = value_matches(value or {}, record["features"], self.places)
                score = fused[row] * (1.0 + 0.25 * len(matches))
                hits.append(Hit(row=row, claim_id=int(self.ids[row]), score=score, cosine=cosine_of[row],
                                bm25=bm25_score.get(row, 0.0), matches=matches, claim=record))
            hits.sort(key=lambda h: (-h.score, h.claim_id))
            out.append(hits[:k])
        return out

    def _bm25_candidates(self, texts: Sequence[str], pool: int) -> list[list[tuple[int, float]]]:
        queries = [tokenize(t) for t in texts]
        out: list[list[tuple[int, float]]] = [[] for _ in texts]
        known = [i for i, q in enumerate(queries) if any(t in self.bm25.vocab_dict for t in q)]
        if not known:
            return out
        docs, scores = self.bm25.retrieve([[t for t in queries[i] if t in self.bm25.vocab_dict] for i in known],
                                          k=pool, show_progress=False, n_threads=1)
        for i, doc_row, score_row in zip(known, docs, scores):
            out[i] = [(int(d), float(s)) for d, s in zip(doc_row, score_row) if s > 0]
        return out

    def _dense_candidates(self, vectors: np.ndarray, pool: int) -> list[list[tuple[int, float]]]:
        out = []
        for first in range(0, len(vectors), QUERY_CHUNK):
            sims = np.asarray(vectors[first:first + QUERY_CHUNK] @ np.asarray(self.matrix).T)
            if pool < sims.shape[1]:
                top = np.argpartition(-sims, pool - 1, axis=1)[:, :pool]
            else:
                top = np.tile(np.arange(sims.shape[1]), (sims.shape[0], 1))
            for q in range(sims.shape[0]):
                order = top[q][np.argsort(-sims[q, top[q]], kind="stable")]
                out.append([(int(r), float(sims[q, r])) for r in order])
        return out


def embed_queries(texts: Sequence[str]) -> np.ndarray:
    """Embeddings of checked sentences in one batch, each distinct sentence once (a text
    repeats itself: a refrain, a quoted line). Not cached on disk: checked texts are not
    the record."""
    from factfinder.embed import encode

    unique = list(dict.fromkeys(texts))
    vectors = encode(unique)
    row = {text: i for i, text in enumerate(unique)}
    return vectors[[row[t] for t in texts]] if len(unique) < len(texts) else vectors


def value_matches(query: dict, record: dict, places: PlaceIndex) -> list[str]:
    """The values a record claim shares with a checked sentence: kind of act, counted thing,
    period, place, site (or target), actor, person. Disagreements are not counted against it."""
    out = []
    if query.get("event_type") and record.get("event_type") and compatible(query["event_type"], record["event_type"]):
        out.append("type")
    q_counted = {counted_class(f, query.get("event_type")) for f in query.get("figures") or []} - {None}
    r_counted = {counted_class(f, record.get("event_type")) for f in record.get("figures") or []} - {None}
    if q_counted & r_counted:
        out.append("counted")
    qd, rd = query.get("date"), record.get("date")
    if qd and rd and qd.get("earliest") and rd.get("earliest") and qd["earliest"] <= rd["latest"] \
            and rd["earliest"] <= qd["latest"] and max(qd.get("days", 0), rd.get("days", 0)) <= 366:
        out.append("period")
    if places.related(set(query.get("places") or []), set(record.get("places") or [])):
        out.append("place")
    if ties(query) & ties(record):
        out.append("site")
    if set(query.get("actors") or []) & set(record.get("actors") or []):
        out.append("actor")
    if set(query.get("persons") or []) & set(record.get("persons") or []):
        out.append("person")
    return out


def sites(features: dict) -> set[str]:
    """Where the incident happened (a parish, the plane); two different sites, two incidents."""
    return set(features.get("sites") or []) if "sites" in features else set(features.get("salient") or [])


def ties(features: dict) -> set[str]:
    """Sites and targets (the peacekeepers, the prime minister): what ties two accounts together."""
    if "sites" in features:
        return set(features.get("sites") or []) | set(features.get("targets") or [])
    return set(features.get("salient") or [])


KILLING_KINDS = {"killing", "massacre", "assassination"}


def counted_class(figure: dict, kind: str | None = None) -> str | None:
    """What a figure counts, the words for the dead taken as one thing. In a sentence about a
    killing, people counted by who they were ("ten peacekeepers", "fifteen civilians") are
    counted as killed too."""
    counted = (figure.get("counted") or "").lower()
    if counted in KILLED_COUNTS or (kind in KILLING_KINDS and figure.get("unit") == "people"):
        return "killed"
    return counted or None


def cache_root(wb: "Workbench") -> Path:
    return Path(wb.config.home) / "cache" / "check-index"


def _prune(root: Path, keep: str) -> None:
    """Only the index of the current record state is worth keeping."""
    if not root.exists():
        return
    for child in root.iterdir():
        if child.name != keep and not child.name.startswith(keep + ".tmp"):
            shutil.rmtree(child, ignore_errors=True)


def _gazetteer():  # noqa: ANN202
    from factfinder.extract.gazetteer import Gazetteer

    return Gazetteer.load()


def _read_record(wb: "Workbench") -> tuple[list[dict], dict[str, dict], dict[int, dict], list[dict]]:
    """Every claim with what a verdict needs of it, in claim id order."""
    from factfinder.extract.run import claim_to_dict, mention_to_dict

    with wb.db.read() as session:
        features = dict(session.execute(select(ClaimFeatures.claim_id, ClaimFeatures.features)).all())
        grades = dict(session.execute(select(SourceGrade.source_id, SourceGrade.grade)).all())
        sources = {sid: {"title": title, "kind": kind, "published": published, "author": author,
                         "publisher": publisher, "grade": grades.get(sid)}
                   for sid, title, kind, published, author, publisher in session.execute(
                       select(Source.id, Source.title, Source.kind, Source.published, Source.author,
                              Source.publisher))}
        assessments = {cid: (level, why) for cid, level, why in session.execute(
            select(ClaimAssessment.claim_id, ClaimAssessment.credibility, ClaimAssessment.explanation))}
        events_of: dict[int, list[int]] = defaultdict(list)
        for event_id, claim_id in session.execute(select(EventClaim.event_id, EventClaim.claim_id)):
            events_of[claim_id].append(event_id)
        events = {}
        for event in session.scalars(select(Event)):
            counts = (event.attributes or {}).get("counts") or {}
            events[event.id] = {"key": event.key, "type": event.type, "title": event.title,
                                "earliest": event.earliest, "latest": event.latest,
                                "counts": {"low": counts.get("low"), "high": counts.get("high")}}
        disputes = [{"id": c.id, "kind": c.kind, "subject": c.subject, "event_id": c.event_id,
                     "sides": [{"value": s.get("value"), "claims": s.get("claims", []), "sources": s.get("sources", []),
                                "parties": s.get("parties", []), "groups": s.get("groups", [])} for s in c.sides]}
                    for c in session.scalars(select(Contradiction).order_by(Contradiction.id))]
        claims = session.execute(select(Claim.id, Claim.source_id, Claim.start, Claim.end, Claim.text, Claim.stance,
                                        Claim.asserted_by, Claim.status).order_by(Claim.id)).all()
        current = getattr(features_module, "FEATURES_VERSION", None)
        features = {cid: f for cid, f in features.items() if f.get("version") == current}
        missing = {c.source_id for c in claims if c.id not in features}
        if missing:
            # Claims extracted since the last rebuild (or whose features an older recogniser
            # computed): their features are computed here, in memory, as the checked text's are.
            mentions: dict[str, list[dict]] = defaultdict(list)
            for m in session.scalars(select(Mention).where(Mention.source_id.in_(missing))):
                mentions[m.source_id].append({**mention_to_dict(m), "source_id": m.source_id})
            for c in session.scalars(select(Claim).where(Claim.source_id.in_(missing))):
                if c.id not in features:
                    features[c.id] = claim_features({**claim_to_dict(c), "source_id": c.source_id},
                                                    mentions[c.source_id], sources[c.source_id])
    records = []
    for c in claims:
        if c.status == "rejected":
            continue
        level, why = assessments.get(c.id, (None, None))
        f = features[c.id]
        records.append({"id": c.id, "source_id": c.source_id, "start": c.start, "end": c.end, "text": c.text,
                        "stance": c.stance, "asserted_by": c.asserted_by, "credibility": level,
                        "credibility_reason": why, "events": sorted(events_of.get(c.id, [])),
                        "features": {k: f[k] for k in FEATURE_KEYS if k in f}})
    return records, sources, events, disputes
