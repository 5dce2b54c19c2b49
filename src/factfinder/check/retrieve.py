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

Besides the claims of sources, the index holds each proceeding of the proceedings table as
a claim (source id `proceeding:<key>`, titled by the publication the CSV row cites, negative
claim ids), with its outcome and the prison terms of trial and appeal, and it maps the record
claims that state a figure of the reference pack to that figure's quantity
(`quantities`), so verdicts can compare a text's figure with every published figure for it.

BM25 retrieval sums bm25s's precomputed term-by-document scores over each query's terms (the
scores of `bm25s.retrieve`), with MaxScore pruning: the documents of a query's rarer terms are
scored first, and the common terms' long lists are only looked up for them when that provably
leaves the top unchanged (`_bm25_top`). The dense
scan is one matrix product per block of queries and torch's top-k. A check finds both kinds of
candidates ahead of its search (`prefetch_dense` on the embedding thread, `prefetch_lexical`
while the last sentences are embedded); `search_many` takes them from there.

The index also keeps the record's sentences that no claim covers (`sentences`, with their own
embedding matrix): the extractor claims only sentences with a figure, a date, an attribution or an
act of violence, so a chronology's "In Arusha … sign the Arusha Peace Agreement" under its dated
heading, a departure or an appointment is otherwise invisible. They are searched
(`search_sentences`: by likeness, and by the month of the query's own date) only for claims nothing
else decides.

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
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

import numpy as np
from sqlalchemy import func, select

from factfinder.check.gloss import fold, retrieval_text
from factfinder.record import features as features_module
from factfinder.record.events import PlaceIndex
from factfinder.record.features import KILLED_COUNTS, claim_features, compatible
from factfinder.store.schema import (Claim, ClaimAssessment, ClaimFeatures, Contradiction, CustodyEntry, Event,
                                     EventClaim, Mention, Passage, Proceeding, Source, SourceGrade, SourceText)

if TYPE_CHECKING:
    from factfinder.workbench import Workbench

INDEX_VERSION = "35"   # 35: no date of an act a time is reckoned from ("three years before its closing", session 27); 34: "crossed from Uganda" is the RPF's invasion; first-instance terms (session 25); 33: "peace deal … Arusha" (session 24)
RRF_K = 60            # the constant of reciprocal rank fusion (Cormack, Clarke and Büttcher 2009)
POOL = 50             # candidates taken from each retriever before fusion
RERANK = 30           # fused candidates re-ranked by value compatibility
QUERY_CHUNK = 256     # queries scored against the matrix at once (100 MB at 100k claims)
SENTENCE_POOL = 12    # uncovered record sentences taken by likeness for a claim nothing else decides
DAY_POOL = 5          # record claims of the checked claim's very day, by likeness, fused as a third list
# Custody actions that change what the index holds (grades, credibility, review status).
STATE_ACTIONS = ("rebuild", "grade", "review_decision", "metadata_change", "extraction_run", "import")
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
# What the record's sources assert that denial contradicts (see check.verdicts.THESES): the
# record claims nearest to each statement are found when the index is built and kept with it.
THESIS_STATEMENTS = {
    "one genocide": "The genocide against the Tutsi was planned and organised: one genocide, against the Tutsi.",
    "planned": "The genocide against the Tutsi was planned and organised by extremists of the interim government.",
    "a genocide": "The killing of the Tutsi of Rwanda in 1994 was a genocide.",
}
THESIS_POOL = 30
# A record claim about an attack that leaves open, or attributes, who carried it out.
OPEN_QUESTION = re.compile(r"\b(without (naming|identifying|designating)|no culprit|never (been )?(established|"
                           r"identified|solved|determined)|remains? (unknown|unclear|unsolved|disputed|contested)|"
                           r"is (disputed|contested|unknown)|sans désigner|non élucidé\w*|jamais élucidé\w*|"
                           r"controvers\w*|mystère|mystery|attribu\w*|imput\w*|blamed|accus\w*)", re.I)


def tokenize(text: str) -> list[str]:
    """BM25's terms of `text`: accent-folded words without stop words, of its English gloss when it is
    French (`gloss.retrieval_text`), so "juridictions" and "courts" are one term."""
    return [t for t in _TOKEN.findall(fold(retrieval_text(text))) if t not in _STOPWORDS]


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
        cases, last_case = session.execute(select(func.count(Proceeding.id), func.max(Proceeding.id))).one()
    version = getattr(features_module, "FEATURES_VERSION", None)
    from factfinder.check.gloss import glossary_version

    raw = f"{INDEX_VERSION}|{model_version()}|{version}|{count}|{top}|{features}|{state}|{grades}|{cases}|{last_case}" \
          f"|{glossary_version()}"
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
                 sources: dict[str, dict], events: dict[int, dict], disputes: list[dict],
                 quantities: dict[str, list[dict]] | None = None,
                 theses: dict[str, list[list[float]]] | None = None,
                 open_questions: dict[str, list[int]] | None = None,
                 sentences: list[dict] | None = None, sentence_matrix: np.ndarray | None = None,
                 acts: dict[str, list[list]] | None = None, days: dict[str, list[int]] | None = None) -> None:
        self.fingerprint = fingerprint
        # "YYYY-MM-DD" -> rows of the record claims dated to that day (a chronology's entry under
        # its date line included): a third retriever beside BM25 and the embeddings.
        self.days = days or {}
        # "act|thing" (close|gacaca, sign|arusha_agreement, ...) -> the record's statements of that
        # act with their date: [kind ("claim" row or "sentence" number), number, earliest, latest]
        self.acts = acts or {}
        self.ids = ids
        self._rows = rows                 # one JSON document per claim, decoded when first needed
        self._decoded: dict[int, dict] = {}
        self.matrix = matrix
        self.bm25 = bm25
        self.sources = sources
        self.events = events
        self.disputes = disputes
        # The reference pack's quantities: for each (refugees into Zaire, UNAMIR's strength, ...)
        # every published figure, with the row of the record claim that states it.
        self.quantities = quantities or {}
        # site, target or "event:<id>" -> rows of attack claims that leave its authors open
        self.open_questions = open_questions or {}
        self.theses = theses or {}          # thesis -> [[row, cosine], ...], nearest first
        self.quantity_of_row = {e["row"]: (name, e) for name, entries in self.quantities.items() for e in entries}
        self.row_of = {int(cid): i for i, cid in enumerate(ids.tolist())}
        self.disputes_of_claim: dict[int, list[int]] = defaultdict(list)
        for number, dispute in enumerate(disputes):
            for side in dispute["sides"]:
                for cid in side["claims"]:
                    self.disputes_of_claim[cid].append(number)
        self.places = PlaceIndex(_gazetteer())
        # The accused of the proceedings, by the last word of their name (the family name).
        self.accused: dict[str, list[int]] = defaultdict(list)
        for row in np.flatnonzero(ids < 0).tolist():
            case = self.claim(row)["features"].get("proceeding") or {}
            if case.get("person"):
                words = name_tokens(accused_name(case["accused"]))
                if words:
                    self.accused[words[-1]].append(row)
                for other in re.findall(r"\(([^)]*)\)", case["accused"]):
                    # The name the bracket gives ("also spelled Gatanaza", "Sister Gertrude"): a
                    # text may use that one.
                    alias = name_tokens(other)
                    if alias and alias[-1] != (words or [""])[-1]:
                        self.accused[alias[-1]].append(row)
        # The record's sentences no claim covers (a chronology's entries, signings, departures,
        # appointments: the extractor claims only sentences with a figure, a date, an attribution
        # or an act of violence), in the shape of a claim, with their embeddings. Read by
        # `verdicts` only for claims nothing else decides (see `search_sentences`).
        self.sentences = sentences or []
        self.sentence_matrix = sentence_matrix if sentence_matrix is not None and len(self.sentences) else \
            np.zeros((0, matrix.shape[1] if matrix.ndim == 2 else 0), dtype=np.float32)
        self.sentences_of_date: dict[str, list[int]] = defaultdict(list)
        for number, sentence in enumerate(self.sentences):
            date = sentence["features"].get("date") or {}
            if date.get("earliest") and not date.get("inherited") and date.get("days", 999) <= 31:
                self.sentences_of_date[date["earliest"][:7]].append(number)
        self.last_vectors: np.ndarray | None = None
        self.timings: dict[str, float] = {}
        self.last_search: dict[str, float] = {}
        # Candidates found ahead of `search_many` (see `prefetch_dense`, `prefetch_lexical`),
        # keyed by exactly what they were computed from, so a stale entry is only unused.
        self._prefetched: dict[tuple, list[tuple[int, float]]] = {}
        self._prefetch_lock = threading.Lock()

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
        sentences = _read_sentences(wb, sources)
        quantities = _reference_quantities(records)
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
        # French claims are embedded in their English gloss, as French checked sentences are (`embed_queries`)
        matrix = cache.encode([retrieval_text(t) for t in texts], progress=embedding_progress)
        embed_seconds = time.perf_counter() - started
        rows = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records]
        theses: dict[str, list[list[float]]] = {}
        if len(records):
            statements = cache.encode(list(THESIS_STATEMENTS.values()))
            sims = np.asarray(statements @ np.asarray(matrix, dtype=np.float32).T)
            for name, row_sims in zip(THESIS_STATEMENTS, sims):
                top = np.argsort(-row_sims, kind="stable")[:THESIS_POOL]
                theses[name] = [[int(r), float(row_sims[r])] for r in top]
        open_questions: dict[str, list[int]] = defaultdict(list)
        for row, record in enumerate(records):
            f = record["features"]
            if f.get("event_type") in ("attack", "assassination") and OPEN_QUESTION.search(record["text"]):
                for tie in ties(f):
                    open_questions[tie].append(row)
                for event in record["events"]:
                    open_questions[f"event:{event}"].append(row)
        sentence_matrix = np.asarray(cache.encode([retrieval_text(x["text"]) for x in sentences]), dtype=np.float32) \
            if sentences \
            else None
        index = cls(fingerprint, ids, rows, np.ascontiguousarray(matrix, dtype=np.float32),
                    bm25 if records else None, sources, events, disputes, quantities, theses, dict(open_questions),
                    sentences, sentence_matrix, _dated_acts(records, sentences), _claims_by_day(records))
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
        (tmp / "sentences.json").write_text(json.dumps(self.sentences, ensure_ascii=False), encoding="utf-8")
        np.save(tmp / "sentence_matrix.npy", np.ascontiguousarray(self.sentence_matrix, dtype=np.float32))
        (tmp / "meta.json").write_text(json.dumps({
            "sources": self.sources, "events": {str(k): v for k, v in self.events.items()},
            "disputes": self.disputes, "quantities": self.quantities, "theses": self.theses,
            "open_questions": self.open_questions, "acts": self.acts, "days": self.days}, ensure_ascii=False),
            encoding="utf-8")
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
        sentences = json.loads((directory / "sentences.json").read_text(encoding="utf-8"))
        sentence_matrix = np.load(directory / "sentence_matrix.npy")
        return cls(fingerprint, ids, rows, matrix, bm25, meta["sources"],
                   {int(k): v for k, v in meta["events"].items()}, meta["disputes"], meta.get("quantities"),
                   meta.get("theses"), meta.get("open_questions"), sentences, sentence_matrix, meta.get("acts"),
                   meta.get("days"))

    # ---- reading -------------------------------------------------------------------------------
    def claim(self, row: int) -> dict:
        """The record claim at `row`: text, source_id, start, end, stance, asserted_by, features,
        credibility, credibility_reason, events (ids)."""
        found = self._decoded.get(row)
        if found is None:
            found = self._decoded[row] = json.loads(self._rows[row])
        return found

    def rows_with_words(self, words: Sequence[str]) -> list[int]:
        """The rows whose claim text holds one of `words` (read as `tokenize` reads them; its
        stopwords never match), found in the BM25 index without decoding any claim: decoding all
        100,000 of a large record takes seconds. A first test: callers read the claims found."""
        if self.bm25 is None:
            return []   # an empty record
        vocab, terms = self.bm25.vocab_dict, self._bm25_terms()
        rows: set[int] = set()
        for token in {t for word in words for t in tokenize(word)}:
            column = vocab.get(token)
            if column is not None:
                rows.update(terms.indices[terms.indptr[column]:terms.indptr[column + 1]].tolist())
        return sorted(r for r in rows if r < len(self._rows))

    def values(self, row: int) -> Values:
        """The compared values of the record claim at `row` (a sentence's at -1 - its number), read once."""
        kept = self.__dict__.setdefault("_values", {})
        found = kept.get(row)
        if found is None:
            features = self.claim(row)["features"] if row >= 0 else self.sentences[-1 - row]["features"]
            found = kept[row] = values_of(features)
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
        searched, searched_cpu = time.perf_counter(), time.thread_time()
        from factfinder.embed import EmbeddingsUnavailable

        if vectors is None:
            try:
                vectors = embed_queries(texts)
            except EmbeddingsUnavailable:
                vectors = np.zeros((len(texts), self.matrix.shape[1]), dtype=np.float32)
        pool = min(POOL, len(self))
        lexical = self._candidates([("bm25", pool, text) for text in texts],
                                   lambda missing: self._bm25_candidates([key[2] for key in missing], pool))
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.last_vectors = vectors   # the record's sentences are searched with them (`search_sentences`)
        dense = self._candidates([("dense", pool, vector.tobytes()) for vector in vectors],
                                 lambda missing: self._dense_candidates(
                                     np.stack([np.frombuffer(key[2], dtype=np.float32) for key in missing]), pool)) \
            if vectors.any() else [[] for _ in texts]
        out = []
        of_the_day = self._of_the_day(values, vectors)
        for q, value in enumerate(values):
            fused: dict[int, float] = defaultdict(float)
            bm25_score: dict[int, float] = {}
            for rank, (row, score) in enumerate(lexical[q]):
                fused[row] += 1.0 / (RRF_K + rank + 1)
                bm25_score[row] = score
            for rank, (row, _) in enumerate(dense[q]):
                fused[row] += 1.0 / (RRF_K + rank + 1)
            # "captured Kigali on 4 July 1994": the chronology's "4 July 1994. RPF troops take
            # Kigali" shares one word and reads only somewhat alike, but it is of that very day.
            for rank, row in enumerate(of_the_day[q]):
                fused[row] += 1.0 / (RRF_K + rank + 1)
            # Only the best of the fused list is re-ranked: compatibility can lift a candidate
            # at most 2.75 times, not from the bottom of both lists to the top.
            rows = sorted(fused, key=lambda r: -fused[r])[:RERANK]
            cosines = np.asarray(self.matrix[np.array(sorted(rows))] @ vectors[q]) if rows else np.zeros(0)
            cosine_of = dict(zip(sorted(rows), cosines.tolist()))
            hits = []
            query = values_of(value or {})
            for row in rows:
                record = self.claim(row)
                matches = value_matches(query, self.values(row), self.places)
                score = fused[row] * (1.0 + 0.25 * len(matches))
                hits.append(Hit(row=row, claim_id=int(self.ids[row]), score=score, cosine=cosine_of[row],
                                bm25=bm25_score.get(row, 0.0), matches=matches, claim=record))
            hits.sort(key=lambda h: (-h.score, h.claim_id))
            out.append(hits[:k])
        # What `check_text` reports as its retrieval time (embedding included when done here).
        self.last_search = {"retrieval": time.perf_counter() - searched,
                            "retrieval_cpu": time.thread_time() - searched_cpu}
        return out

    def _of_the_day(self, values: Sequence[dict | None], vectors: np.ndarray) -> list[list[int]]:
        """For each checked claim, the record claims of its own day, most alike first (at most
        DAY_POOL). The claims of one day are read from the matrix once for all the checked claims of
        that day: in a large record a day holds thousands."""
        out: list[list[int]] = [[] for _ in values]
        by_day: dict[str, list[int]] = defaultdict(list)
        for q, value in enumerate(values):
            date = (value or {}).get("date") or {}
            if self.days and not date.get("inherited") and date.get("days") == 0 and date.get("earliest"):
                by_day[date["earliest"]].append(q)
        for day, queries in by_day.items():
            rows = self.days.get(day) or []
            if len(rows) <= DAY_POOL or not vectors[queries].any():
                for q in queries:
                    out[q] = rows[:DAY_POOL]
                continue
            cosines = np.asarray(self.matrix[np.array(rows)] @ vectors[queries].T)   # (rows, queries)
            for column, q in enumerate(queries):
                out[q] = [rows[i] for i in np.argsort(-cosines[:, column], kind="stable")[:DAY_POOL]]
        return out

    def search_sentences(self, vectors: np.ndarray, values: Sequence[dict], k: int = SENTENCE_POOL) -> list[list[Hit]]:
        """The record's uncovered sentences (`self.sentences`) nearest each vector, and those
        dated to the same month as the query's own date (found by value when the words differ or
        the languages do). Hits carry the sentence as `claim` and row -1 - its number."""
        out: list[list[Hit]] = [[] for _ in values]
        if not self.sentences or not len(values):
            return out
        sims = self._sentence_cosines(vectors)
        tops = _top_columns(sims, k)
        for q, value in enumerate(values):
            row_sims = sims[q]
            numbers = set(tops[q].tolist())
            date = (value or {}).get("date") or {}
            if date.get("earliest") and not date.get("inherited") and date.get("days", 999) <= 31:
                numbers |= set(self.sentences_of_date.get(date["earliest"][:7], ()))
            hits = []
            query = values_of(value or {})
            for number in sorted(numbers):
                sentence = self.sentences[number]
                hits.append(Hit(row=-1 - number, claim_id=-1 - number, score=float(row_sims[number]),
                                cosine=float(row_sims[number]), bm25=0.0,
                                matches=value_matches(query, self.values(-1 - number), self.places),
                                claim=sentence))
            hits.sort(key=lambda h: -h.cosine)
            out[q] = hits
        return out

    def _sentence_cosines(self, vectors: np.ndarray) -> np.ndarray:
        """Queries x uncovered sentences cosines, on the calling thread only (as `_cosines`)."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        try:
            import torch
        except ImportError:
            return np.asarray(vectors @ self.sentence_matrix.T, dtype=np.float32)
        matrix = getattr(self, "_sentence_tensor", None)
        if matrix is None:
            matrix = self._sentence_tensor = torch.from_numpy(np.ascontiguousarray(self.sentence_matrix,
                                                                                   dtype=np.float32))
        with torch.inference_mode():
            return (torch.from_numpy(vectors) @ matrix.T).numpy()

    # ---- candidates found ahead of a search ------------------------------------------------------
    def prefetch_dense(self, vectors: np.ndarray) -> None:
        """Scan the record for these query vectors now; a later `search_many` with the same
        vectors takes its dense candidates from here. A check calls it on its embedding
        thread as each batch of sentences is embedded, while the other core reads the text."""
        if len(self) == 0 or not len(vectors):
            return
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        pool = min(POOL, len(self))
        found = self._dense_candidates(vectors, pool)
        self._keep([("dense", pool, v.tobytes()) for v in vectors], found)

    def prefetch_lexical(self, texts: Sequence[str]) -> None:
        """The BM25 candidates of these texts now, for a later `search_many` (a check calls it
        while its sentences are still being embedded)."""
        if len(self) == 0 or self.bm25 is None or not texts:
            return
        pool = min(POOL, len(self))
        texts = list(dict.fromkeys(texts))
        self._keep([("bm25", pool, t) for t in texts], self._bm25_candidates(texts, pool))

    def forget_prefetched(self) -> None:
        with self._prefetch_lock:
            self._prefetched.clear()

    def _keep(self, keys: list[tuple], found: list[list[tuple[int, float]]]) -> None:
        with self._prefetch_lock:
            if len(self._prefetched) > 50_000:   # a caller that never searches does not grow it forever
                self._prefetched.clear()
            self._prefetched.update(zip(keys, found))

    def _candidates(self, keys: list[tuple], compute: Callable[[list[tuple]], list]) -> list[list[tuple[int, float]]]:
        """Each key's candidates: prefetched ones as they are, the others computed at once
        (each distinct key once)."""
        with self._prefetch_lock:
            known = {key: self._prefetched[key] for key in keys if key in self._prefetched}
        missing = [key for key in dict.fromkeys(keys) if key not in known]
        if missing:
            known.update(zip(missing, compute(missing)))
        return [known[key] for key in keys]

    def _bm25_candidates(self, texts: Sequence[str], pool: int) -> list[list[tuple[int, float]]]:
        """The BM25 top `pool` of every text: the sum of bm25s's precomputed term scores over
        each query's terms (bm25s's own matrix, so its scores), best first, equal scores in
        document order.

        Exact, but without adding up every document that shares a common word (MaxScore,
        Turtle and Flood 1995): the documents holding the query's rarer terms are scored in
        full first; when the `pool`-th best of them already beats the most the common terms
        alone could give any other document, no other document can enter the top, and the
        common terms' long lists are only looked up for those candidates. Otherwise every
        document sharing a term is scored (`_bm25_top`)."""
        vocab = self.bm25.vocab_dict
        terms = self._bm25_terms()
        bounds = self._bm25_bounds()
        out: list[list[tuple[int, float]]] = []
        for text in texts:
            counts: dict[int, int] = {}
            for token in tokenize(text):
                column = vocab.get(token)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            out.append(_bm25_top(terms, bounds, counts, pool, self._bm25_dense_row) if counts else [])
        return out

    def _bm25_dense_row(self, term: int) -> np.ndarray | None:
        """A common term's scores over every document (float64), kept once made, for terms in
        at least one document in BM25_DENSE_SHARE and within BM25_DENSE_BYTES in all."""
        rows = self.__dict__.setdefault("_dense_rows", {})
        found = rows.get(term)
        if found is None:
            terms = self._bm25_terms()
            start, end = terms.indptr[term], terms.indptr[term + 1]
            n_docs = terms.shape[1]
            if (end - start) * BM25_DENSE_SHARE < n_docs or (len(rows) + 1) * n_docs * 8 > BM25_DENSE_BYTES:
                return None
            found = rows[term] = np.zeros(n_docs, dtype=np.float64)
            found[terms.indices[start:end]] = terms.data[start:end]
        return found

    def _bm25_bounds(self) -> np.ndarray:
        """Each term's highest score in any document (its MaxScore bound), made once."""
        bounds = getattr(self, "_bounds", None)
        if bounds is None:
            terms = self._bm25_terms()
            bounds = np.zeros(terms.shape[0], dtype=np.float64)
            filled = np.diff(terms.indptr) > 0
            bounds[filled] = np.maximum.reduceat(terms.data, terms.indptr[:-1][filled]).astype(np.float64)
            self._bounds = bounds
        return bounds

    def _bm25_terms(self):  # noqa: ANN202 - a scipy CSR matrix
        """The index's BM25 scores as a terms x documents sparse matrix, made once."""
        terms = getattr(self, "_terms", None)
        if terms is None:
            from scipy import sparse

            scores = self.bm25.scores
            # bm25s keeps them column by column (one column per term): CSC of documents x terms.
            matrix = sparse.csc_matrix((np.asarray(scores["data"]), np.asarray(scores["indices"]),
                                        np.asarray(scores["indptr"])),
                                       shape=(int(scores["num_docs"]), len(scores["indptr"]) - 1))
            terms = matrix.T.tocsr()
            terms.sort_indices()   # each term's documents in order: `_bm25_scores` binary-searches them
            self._terms = terms
        return terms

    def _dense_candidates(self, vectors: np.ndarray, pool: int) -> list[list[tuple[int, float]]]:
        """The `pool` record claims of highest cosine for each vector, best first (equal
        cosines, as duplicate claim texts have, in row order)."""
        out = []
        for first in range(0, len(vectors), QUERY_CHUNK):
            sims = self._cosines(vectors[first:first + QUERY_CHUNK])
            top = _top_columns(sims, pool)
            best = np.take_along_axis(sims, top, axis=1)
            order = np.lexsort((top, -best), axis=1)
            top, best = np.take_along_axis(top, order, axis=1), np.take_along_axis(best, order, axis=1)
            for rows, scores in zip(top.tolist(), best.tolist()):
                out.append(list(zip(rows, scores)))
        return out


    def _cosines(self, vectors: np.ndarray) -> np.ndarray:
        """Queries x claims cosines. With torch the product runs on the calling thread only
        (torch is set to one thread); numpy's OpenBLAS would start its own threads, which spin
        against a check's embedding thread on the other core."""
        try:
            import torch
        except ImportError:
            return np.asarray(vectors @ np.asarray(self.matrix).T, dtype=np.float32)
        matrix = getattr(self, "_matrix_tensor", None)
        if matrix is None:
            with warnings.catch_warnings():
                # The memory-mapped matrix is read-only; torch only reads it here.
                warnings.simplefilter("ignore", UserWarning)
                matrix = self._matrix_tensor = torch.from_numpy(np.asarray(self.matrix))
        with torch.inference_mode():
            return (torch.from_numpy(np.ascontiguousarray(vectors, dtype=np.float32)) @ matrix.T).numpy()


def _top_columns(scores: np.ndarray, k: int) -> np.ndarray:
    """The column indices of each row's `k` highest scores, in no particular order. torch's
    top-k, when torch is there (it is whenever there are vectors to compare), is several times
    quicker than numpy's argpartition on 100k columns."""
    if k >= scores.shape[1]:
        return np.tile(np.arange(scores.shape[1]), (scores.shape[0], 1))
    try:
        import torch
    except ImportError:
        return np.argpartition(-scores, k - 1, axis=1)[:, :k]
    return torch.topk(torch.from_numpy(scores), k, dim=1, sorted=False).indices.numpy()


def embed_queries(texts: Sequence[str]) -> np.ndarray:
    """Embeddings of checked sentences in one batch, each distinct sentence once (a text
    repeats itself: a refrain, a quoted line). Not cached on disk: checked texts are not
    the record."""
    from factfinder.embed import encode

    unique = list(dict.fromkeys(texts))
    vectors = encode([retrieval_text(t) for t in unique])   # a French sentence in its English gloss
    row = {text: i for i, text in enumerate(unique)}
    return vectors[[row[t] for t in texts]] if len(unique) < len(texts) else vectors


@dataclass(frozen=True)
class Values:
    """What `value_matches` compares of one side's features, read once: a record claim's are
    kept by the index (`RecordIndex.values`), since every search compares them again."""
    event_type: str | None
    counted: frozenset
    date: tuple | None            # (earliest, latest, days) when the claim has a dated span
    places: frozenset
    ties: frozenset
    actors: frozenset
    persons: frozenset


def values_of(features: dict) -> Values:
    kind = features.get("event_type")
    date = features.get("date")
    return Values(
        event_type=kind,
        counted=frozenset({counted_class(f, kind) for f in features.get("figures") or []} - {None}),
        date=(date["earliest"], date.get("latest"), date.get("days", 0)) if date and date.get("earliest") else None,
        places=frozenset(features.get("places") or []), ties=frozenset(ties(features)),
        actors=frozenset(features.get("actors") or []), persons=frozenset(features.get("persons") or []))


def value_matches(query: dict | Values, record: dict | Values, places: PlaceIndex) -> list[str]:
    """The values a record claim shares with a checked sentence: kind of act, counted thing,
    period, place, site (or target), actor, person. Disagreements are not counted against it."""
    q = query if isinstance(query, Values) else values_of(query)
    r = record if isinstance(record, Values) else values_of(record)
    out = []
    if q.event_type and r.event_type and compatible(q.event_type, r.event_type):
        out.append("type")
    if q.counted & r.counted:
        out.append("counted")
    if q.date and r.date and q.date[0] <= r.date[1] and r.date[0] <= q.date[1] and max(q.date[2], r.date[2]) <= 366:
        out.append("period")
    if q.places and r.places and places.related(q.places, r.places):
        out.append("place")
    if q.ties & r.ties:
        out.append("site")
    if q.actors & r.actors:
        out.append("actor")
    if q.persons & r.persons:
        out.append("person")
    return out


# A query's common terms are looked up only for the candidates of its rarer ones when those
# candidates are this many times fewer than the documents the common terms' lists hold.
BM25_PRUNE_GAIN = 4
# Terms in at least one document in this many are kept as one dense row of scores (looked up by
# a gather), within this many bytes in all (64 MB: 80 rows at 100k claims).
BM25_DENSE_SHARE = 20
BM25_DENSE_BYTES = 64 * 2 ** 20


def _bm25_top(terms, bounds: np.ndarray, counts: dict[int, int], pool: int,  # noqa: ANN001
              dense_row: Callable[[int], np.ndarray | None] = lambda term: None) -> list[tuple[int, float]]:
    """The top `pool` documents of one query (`counts`: term row -> times in the query) over the
    terms x documents score matrix `terms`, best first, equal scores in document order.
    `dense_row(term)` may give a term's scores over all documents as one array (kept for the
    commonest terms), which makes looking it up a gather.

    Scores are summed in float64 and rounded to float32 once, so they do not depend on the
    order the terms are added in: the pruned and the full sum give the same numbers."""
    indptr, indices, data = terms.indptr, terms.indices, terms.data
    n_docs = terms.shape[1]
    order = sorted(counts, key=lambda t: (indptr[t + 1] - indptr[t], t))   # rarest first
    lengths = np.array([indptr[t + 1] - indptr[t] for t in order])
    total = int(lengths.sum())
    # Split: the rare terms (scored in full) and the common tail (looked up), as many rare terms
    # as keep their lists BM25_PRUNE_GAIN times shorter than all of them; if the tail could
    # still reach the top, once more with only the commonest term in the tail.
    first = max(1, int(np.count_nonzero(np.cumsum(lengths) * BM25_PRUNE_GAIN <= total)))
    for split in dict.fromkeys((first, len(order) - 1)):
        if not 0 < split < len(order):
            continue
        docs, sums = _bm25_sums(indptr, indices, data, counts, order[:split], n_docs)
        for t in order[split:]:
            row = dense_row(t)
            if row is not None:
                sums += row[docs] * counts[t]
                continue
            listed = indices[indptr[t]:indptr[t + 1]]
            at = np.minimum(np.searchsorted(listed, docs), len(listed) - 1)
            hit = listed[at] == docs
            sums[hit] += data[indptr[t] + at[hit]].astype(np.float64) * counts[t]
        scores = sums.astype(np.float32)
        tail_bound = sum(float(bounds[t]) * counts[t] for t in order[split:])
        if len(scores) >= pool:
            theta = float(np.partition(scores, len(scores) - pool)[len(scores) - pool])
            # A margin for the float32 rounding of a sum that equals the bound.
            if theta > tail_bound * (1 + 1e-6):   # no document outside the candidates can reach the top
                return _best(docs, scores, pool)
    docs, sums = _bm25_sums(indptr, indices, data, counts, order, n_docs)
    return _best(docs, sums.astype(np.float32), pool)


def _bm25_sums(indptr, indices, data, counts, scored, n_docs):  # noqa: ANN001, ANN202
    """The documents of the `scored` terms' lists and their summed scores (float64), in
    document order: one accumulator over all documents."""
    parts = np.concatenate([indices[indptr[t]:indptr[t + 1]] for t in scored])
    weights = np.concatenate([data[indptr[t]:indptr[t + 1]].astype(np.float64) * counts[t] for t in scored])
    sums = np.bincount(parts, weights=weights, minlength=n_docs).astype(np.float64, copy=False)   # int when empty
    docs = np.flatnonzero(np.bincount(parts, minlength=n_docs))
    return docs, sums[docs]


def _best(docs: np.ndarray, scores: np.ndarray, pool: int) -> list[tuple[int, float]]:
    """The `pool` highest positive scores, best first, equal scores in document order."""
    keep = scores > 0
    docs, scores = docs[keep], scores[keep]
    if len(scores) > pool:
        theta = np.partition(scores, len(scores) - pool)[len(scores) - pool]
        above = np.flatnonzero(scores > theta)
        level = np.flatnonzero(scores == theta)[:pool - len(above)]   # docs are sorted: lowest first
        chosen = np.concatenate([above, level])
        docs, scores = docs[chosen], scores[chosen]
    order = np.lexsort((docs, -scores))
    return [(int(docs[j]), float(scores[j])) for j in order]


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
        proceedings = list(session.scalars(select(Proceeding).order_by(Proceeding.id)))
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
    for p in proceedings:
        record, source = proceeding_claim(p)
        if record is not None:
            records.append(record)
            sources[record["source_id"]] = source
            records.extend(proceeding_event_claims(p, record["source_id"]))
    return records, sources, events, disputes


# ---- the record's sentences that no claim covers ------------------------------------------------------

# A sentence of a passage: up to a full stop (not one inside "U.N." or a number), or a line's end.
_SENTENCE = re.compile(r"[^\n]+?(?:(?<![A-Z])[.!?](?=\s|$)|$)", re.M)
_MARKUP = re.compile(r"^[\s\-*#•|>_:.,;()\[\]]*$")
_REFERENCE_LINE = re.compile(r"https?://|www\.\w|\bdoi:|\bISBN\b", re.I)
_NEGATED = re.compile(r"\b(not|no|never|none|nor|without|n['’]t|ne|n['’]|pas|jamais|aucun\w*|sans)\b", re.I)
SENTENCE_MIN_WORDS = 5


def _read_sentences(wb: "Workbench", sources: dict[str, dict]) -> list[dict]:
    """The sentences of the record's passages that no claim covers (less than half of a sentence
    inside claims), each as a claim of its source: its text and offsets, its features computed
    from the source's stored mentions as a claim's are. A sentence right after a line that is only
    a date (a chronology's "- **4 August 1993.** In Arusha … sign the agreement") takes that date as
    its own, and so do the sentences of the same entry (passage). Bibliography lines, titles and
    headings (no full stop) and sentences under SENTENCE_MIN_WORDS words are left out. A sentence
    with a negation is kept with stance `denies` ("Who fired has never been established")."""
    from factfinder.record.features import SourceMentions

    with wb.db.read() as session:
        current = dict(session.execute(select(SourceText.id, SourceText.source_id)
                                       .where(SourceText.current.is_(True))).all())
        covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for text_id, start, end in session.execute(select(Claim.text_id, Claim.start, Claim.end)):
            covered[text_id].append((start, end))
        passages = [p for p in session.execute(select(Passage.text_id, Passage.source_id, Passage.start, Passage.end,
                                                      Passage.text).order_by(Passage.text_id, Passage.seq)).all()
                    if p.text_id in current]
        wanted = {p.text_id for p in passages}
        mentions: dict[int, list[dict]] = defaultdict(list)
        for m in session.scalars(select(Mention).where(Mention.text_id.in_(wanted)).order_by(Mention.start)):
            mentions[m.text_id].append(mention_dict(m))
    indexed = {text_id: SourceMentions(found) for text_id, found in mentions.items()}
    out: list[dict] = []
    for p in passages:
        spans = sorted(covered.get(p.text_id, ()))
        found = mentions.get(p.text_id, [])
        starts = [m["start"] for m in found]
        entry_date = None   # the date a chronology's entry opens with
        for match in _SENTENCE.finditer(p.text):
            raw = match.group()
            body = raw.strip()
            if not body:
                continue
            start = p.start + match.start() + (len(raw) - len(raw.lstrip()))
            end = start + len(body)
            inside = []
            for m in found[_bisect(starts, start):]:
                if m["start"] >= end:
                    break
                if m["start"] >= start and m["end"] <= end and m["status"] != "rejected":
                    inside.append(m)
            dates = [m for m in inside if m["type"] == "date" and (m["normalized"] or {}).get("earliest")]
            rest = body
            for m in dates:
                rest = rest.replace(m["text"], " ")
            if dates and _MARKUP.match(rest):
                entry_date = dates[0]   # "- **4 August 1993.**": the entry's date, no statement
                continue
            if len(body.split()) < SENTENCE_MIN_WORDS or _REFERENCE_LINE.search(body) or \
                    not re.search(r"[.!?;»”\"]\s*$", body):
                continue
            if sum(max(0, min(end, e) - max(start, s)) for s, e in spans if s < end and start < e) * 2 >= end - start:
                continue   # a claim of the record already
            claim = {"text": body, "start": start, "end": end, "mentions": [m["id"] for m in inside], "slots": {},
                     "stance": "denies" if _NEGATED.search(body) else "asserts", "asserted_by": "author",
                     "source_id": p.source_id}
            features = claim_features(claim, indexed[p.text_id] if p.text_id in indexed else [],
                                      sources.get(p.source_id) or {})
            if entry_date is not None and not dates:
                earliest = entry_date["normalized"]["earliest"]
                latest = entry_date["normalized"].get("latest") or earliest
                features["date"] = {"earliest": earliest, "latest": latest,
                                    "days": features_module._span_days(earliest, latest), "inherited": False,
                                    "entry": True}
            out.append({"id": 0, "source_id": p.source_id, "start": start, "end": end, "text": body,
                        "stance": claim["stance"], "asserted_by": "author", "credibility": None,
                        "credibility_reason": "a sentence of the source (no claim extracted from it)", "events": [],
                        "sentence": True, "features": {k: features[k] for k in FEATURE_KEYS if k in features}})
    return out


def mention_dict(m: Mention) -> dict:
    return {"id": m.id, "type": m.type, "text": m.text, "start": m.start, "end": m.end,
            "normalized": m.normalized or {}, "status": m.status}


def _bisect(starts: list[int], value: int) -> int:
    import bisect

    return bisect.bisect_left(starts, value)


# ---- acts with one date: closings, signings, creations, captures, … ------------------------------------

# Acts a named institution, operation, agreement or city has one date for, and the things they are
# done to, each under one name. A statement tells such an act when it names the act's word and a
# thing in the same clause (the nearest one when it names several). The record gives each act of
# each thing its date(s) (`RecordIndex.acts`); a text dating the same act otherwise is contradicted
# whatever words it uses ("Kigali only fell to the RPF in mid-August" against "4 July 1994. RPF
# troops take Kigali and Butare").
ACTS = {
    # ("held their last sessions", « leurs dernières audiences »: a court's closing in other words)
    "close": re.compile(r"\b(?:clos(?:ed|es|ing|ure)|shut\s+down|ferm[ée]\w*|fermeture|cl[ôo]tur\w*|cl[ôo]t|"
                        r"(?:held|hold|holds|tint|tinrent|ont\s+tenu)\s+(?:their|its|leurs?|ses)\s+(?:very\s+)?"
                        r"(?:last|final|derni[eè]re?s?)\s+(?:sessions?|hearings?|trials?|audiences?|s[ée]ances?)|"
                        r"(?:finished|completed)\s+(?:their|its)\s+work)\b", re.I),
    "sign": re.compile(r"\b(?:sign(?:ed|s|ing)?|signature|sign[ée]\w*)\b", re.I),
    "create": re.compile(r"\b(?:creat(?:ed|es|ion)|establish(?:ed|es|ment)|set\s+up|founded|instituted|cr[ée]{2}\w*|"
                         r"institu[ée]\w*)\b", re.I),
    "abolish": re.compile(r"\b(?:abolish\w*|aboli\w*|abolition)\b", re.I),
    # an operation's or an institution's end, however said ("the last French troops left the zone",
    # "shut its doors", « prend fin »): the same act as a closing (see ACT_SAME)
    # ("left" only with the place left: "a patrol reached the hills and left again" ends nothing)
    "leave": re.compile(r"\b(?:(?:left|leaves?|leaving)(?=\s+(?:the\s+|their\s+|its\s+|la\s+)?"
                        r"(?:safe\s+humanitarian\s+)?(?:zone|Rwanda|country|south-west|region|Goma|Arusha)\b)|"
                        r"withdr[ae]w\w*|withdrawn|withdrawal|pull(?:ed|s|ing)?\s+out|departed|departure|quitt\w+|"
                        r"retrait|d[ée]part|went\s+home|gone\s+home|ended|ends|"
                        r"came\s+to\s+an\s+end|prend\s+fin|(?:a|ont|avait)\s+pris\s+fin|s['’]ach[eè]v\w+|wound\s+up|"
                        r"winds\s+up|shuts?\s+(?:its|their|ses|leurs)\s+doors|"
                        # an end said by how long a stay lasted: "held the south-west until late September",
                        # "did not leave until late September", « est restée jusqu'au 21 août »
                        r"(?:stayed|remained|held(?=\s+(?:the|its|their)\s+(?:zone|south-west|region|area|territory|"
                        r"positions?)\b)|rest[ée]\w*|demeur\w*)(?=[^.;]{0,40}?\b(?:until|till|"
                        r"jusqu['’]))|(?:did\s+not|didn['’]t|n['’]a\s+pas|ne\s+sont\s+pas)\s+(?:leave|left|quitt\w*|"
                        r"partie?s?)(?=\s+(?:\w+\s+){0,3}?(?:until|till|avant))|"
                        r"left\s+(?=(?:only\s+)?(?:in|on|at)\s+(?:late|early|mid-|the\s+end|(?:\d{1,2}\s+)?(?:January|February|"
                        r"March|April|May|June|July|August|September|October|November|December))))\b", re.I),
    "authorise": re.compile(r"\b(?:authori[sz]\w*|autoris\w*|approv(?:ed|es|al)|sanctioned)\b", re.I),
    "declare": re.compile(r"\b(?:declar\w*|d[ée]clar\w*|proclaim\w*|proclam\w*)\b", re.I),
    "cut": re.compile(r"\b(?:cut|cuts|reduc(?:ed|es|ing|tion)|r[ée]dui\w*|r[ée]duction|slash\w*|drawdown|"
                      r"scal(?:ed|es)\s+(?:back|down))\b", re.I),
    "take_office": re.compile(r"\b(?:t(?:ook|akes?|aking)\s+office|sworn\s+in|s['’]install\w*|install[ée]\w*|"
                              r"pr[êe]t\w*\s+serment|(?:was|is)\s+formed|entr\w+\s+en\s+fonctions?)\b", re.I),
    "restore": re.compile(r"\b(?:restor\w*|resum\w*|r[ée]tabl\w*|restaur\w*|normali[sz]\w*|renou[ée]\w*)\b", re.I),
    "break": re.compile(r"\b(?:broke|break(?:s|ing)?|broken|sever\w*|cut\s+off|rompu\w*|rompt|rompent|rupture)\b",
                        re.I),
    "report": re.compile(r"\b(?:reported|reporting|(?:final|full)\s+report|submitted|delivered\s+(?:its|their)|"
                         r"rapport\s+final|remis|remet\w*)\b", re.I),
    "reject": re.compile(r"\b(?:reject(?:ed|s|ion)?|rejet\w*|rejett?\w*)\b", re.I),
    # a named inquiry's report reaching its reader ("the Duclert report went to President Macron in March
    # 2021", "the historians' commission found in 2021 that …", « remis au président »): read only for the
    # named inquiries of NAMED_INQUIRIES, whose report is one act with one date
    "publish": re.compile(r"\b(?:handed\s+(?:over\s+)?(?:to|in)|presented|published|released|went\s+to|"
                          r"concluded|found|remis\w*|rendu|publi[ée]\w*|conclu(?:t|ait|aient|ant|ent)?|pr[ée]sent[ée]\w*)\b", re.I),
    "warrant": re.compile(r"\b(?:(?:arrest\s+)?warrants?|mandats?\s+d['’]arr[êe]t)\b", re.I),
    # a court's first trial, once ("it held its first trial in 1997", « son premier procès s'ouvre en 1997 »)
    "first_trial": re.compile(r"\b(?:first\s+(?:trials?|hearings?)|premiers?\s+proc[eè]s)\b(?!\s+(?:of|for|in\s+absentia|under|"
                              r"to|involving|against|with|de|d['’]|pour|contre|par|sous)\b(?!\s+(?:the\s+|le\s+)?(?:ICTR|TPIR|[Tt]ribunal)\b))", re.I),
}
# Acts that are one act under two words, for the thing named (a key of ACT_SAME is read as its value).
ACT_SAME = {"leave": "close", "declare": "create", "reject": "close", "publish": "report", "named_report": "report"}
# The inquiries whose report is read as one act ("report|duclert"): the Commission of Experts (its final
# report of December 1994), the French historians' commission chaired by Vincent Duclert (26 March 2021) and
# the Rwandan committee chaired by Jean Mutsinzi (January 2010), dated in the record by
# examples/article_fr_attentat_6_avril_1994.html and FACTS.md 10.10.
NAMED_INQUIRIES = ("commission_experts", "duclert", "mutsinzi")
# A named inquiry's report dated right after its name ("the Mutsinzi report of January 2010", « le rapport
# Duclert, en mars 2021 »): the name is the act's word, and its date is no farther than NAME_DATE_REACH.
_NAMED_REPORT = re.compile(r"\b(?:(?P<a>Duclert|Mutsinzi)\s+(?:report|commission|committee|rapport)|"
                           r"(?:rapport|commission|comit[ée])\s+(?P<b>Duclert|Mutsinzi))\b", re.I)
# The killings at the Kibeho camp for displaced people (22 April 1995: FACTS.md 9.8 and 9.9, the reference
# pack's Kibeho entries), named by the place itself ("Kibeho, in April 1996, fell outside the tribunal's time
# frame"). Only a date of 1995 to 1997 is read as theirs: Kibeho's parish was also a site of the genocide in
# April 1994, and its shrine's apparitions and later memorials have dates of their own.
_KIBEHO = re.compile(r"\bKibeho\b", re.I)
KIBEHO_YEARS = ("1995", "1997")
NAME_DATE_REACH = 30   # characters between a name read as its act's word and the act's date
# Acts a thing may see more than once (UNAMIR was cut in April 1994 and again in 1995; the Council
# authorised it several times): another date is another such act unless it is of the same year.
RECURRING_ACTS = ("cut", "authorise|unamir", "restore", "break")


def recurring(key: str) -> bool:
    """Is "act|thing" an act its thing may see more than once (see RECURRING_ACTS)?"""
    return key.split("|")[0] in RECURRING_ACTS or key in RECURRING_ACTS


ACT_THINGS = {
    "ictr": re.compile(r"\b(?:ICTR|TPIR|International\s+Criminal\s+Tribunal\s+for\s+Rwanda|Tribunal\s+p[ée]nal\s+"
                       r"international|(?:the|UN|Arusha|le)\s+tribunal)\b", re.I),
    "gacaca": re.compile(r"\bgacaca\b", re.I),
    "arusha_agreement": re.compile(r"\b(?:Arusha\s+(?:peace\s+)?(?:agreements?|accords?)|(?:peace\s+)?(?:agreements?|accords?)"
                                   r"\s+(?:of|d['’])\s*Arusha|accords?\s+de\s+paix\s+d['’]Arusha|(?:peace\s+(?:agreement|"
                                   r"accords?|deal|treaty)|accords?\s+de\s+paix)\b(?=[^.;]{0,60}\bArusha))", re.I),
    "irmct": re.compile(r"\b(?:IRMCT|(?:residual\s+)?mechanism|m[ée]canisme\s+(?:résiduel|international))\b", re.I),
    "death_penalty": re.compile(r"\b(?:death\s+penalty|capital\s+punishment|peine\s+de\s+mort)\b", re.I),
    "turquoise": re.compile(r"\b(?:Op[ée]ration\s+Turquoise|Turquoise|French-led\s+(?:operation|force|intervention|"
                            r"mission)|op[ée]ration\s+fran[çc]aise)\b", re.I),
    "shz": re.compile(r"\b(?:safe\s+(?:humanitarian\s+)?zone|zone\s+humanitaire\s+s[ûu]re|ZHS|SHZ)\b", re.I),
    "unamir": re.compile(r"\b(?:UNAMIR|MINUAR|United\s+Nations\s+Assistance\s+Mission\s+for\s+Rwanda|Mission\s+des\s+"
                         r"Nations\s+[Uu]nies\s+pour\s+l['’]assistance\s+au\s+Rwanda|(?:UN|U\.N\.|peacekeeping|UN\s+peacekeeping)\s+(?:force|mission)|"
                         r"(?:the|its|la|an?\s+expanded|a\s+larger)\s+force)\b(?!\s+(?:of\s+)?(?:fran|French))", re.I),
    "government": re.compile(r"\b(?:government\s+of\s+national\s+unity|(?:new|broad-based|transitional)\s+government|"
                             r"gouvernement\s+d['’]union\s+nationale|nouveau\s+gouvernement)\b", re.I),
    "relations": re.compile(r"\b(?:diplomatic\s+(?:relations|ties)|relations\s+diplomatiques|relations)\b", re.I),
    "cassation": re.compile(r"\b(?:Cour\s+de\s+cassation|Court\s+of\s+Cassation|cassation)\b", re.I),
    "bruguiere": re.compile(r"\bBrugui[èe]re\b", re.I),
    "commission_experts": re.compile(r"\b(?:Commission\s+of\s+Experts|commission\s+d['’]experts|experts['’]?\s+"
                                     r"commission)\b", re.I),
    "duclert": re.compile(r"\b(?:Duclert|(?:commission|panel)\s+of\s+(?:French\s+)?historians|(?:French\s+)?historians['’]?"
                          r"\s+(?:commission|panel)|commission\s+d['’]historiens)\b", re.I),
    "mutsinzi": re.compile(r"\bMutsinzi\b", re.I),
}
# The French troops are Opération Turquoise's when the statement speaks of its zone or the south-west
# ("the French pulled out of their zone in late September"), not of the evacuation of April.
_FRENCH_TROOPS = re.compile(r"\b(?:French\s+(?:troops|soldiers|forces?|contingent|units?)|(?:troupes|soldats|forces?|"
                            r"militaires)\s+fran[çc]ais\w*|the\s+French|les\s+Fran[çc]ais)\b", re.I)
_TURQUOISE_CONTEXT = re.compile(r"\b(?:zone|south-west\w*|sud-ouest|Turquoise|humanitarian)\b", re.I)
# A city taken ("the RPF took Kigali", "the fall of Kigali", "Kigali fell", "reached Gisenyi", « s'empare de
# Kigali »): the city is the thing, named right at the act's word, and a list after it is taken too ("Kigali
# and Butare").
_CITIES = r"(Kigali|Butare|Gisenyi|Ruhengeri|Gitarama|Byumba|Kibungo|Cyangugu|Gikongoro|Kibuye|" \
          r"(?<=the\s)capital(?![,\s]+(?:of\b|(?-i:[A-Z])))|(?<=la\s)capitale(?![,\s]+(?:de\b|(?-i:[A-Z]))))"
# ("took the capital" is Kigali; "the capital, Kigali" and "the capital of Butare" name theirs)
_CAPTURES = (
    # (the side that lost the city tells the same act: "the government army, which had lost Kigali and Butare")
    re.compile(r"\b(?:took|take[sn]?|taking|captur(?:e[sd]?|ing)|seiz(?:e[sd]?|ing)|overr[au]n|reach(?:e[sd]|ing)?|"
               r"lost|loses|losing|perd(?:u|it|ent)|"
               r"conquer(?:ed|s|ing)?|liberat(?:e[sd]?|ing)|prend|prennent|pris|prise|prirent|empar\w+\s+de|"
               r"lib[ée]r(?:e|ent|é|ée|èrent))\s+"
               r"(?:the\s+(?:capital|city)(?:\s+of|,)?\s+|la\s+(?:capitale|ville)(?:\s+de|,)?\s+|"
               r"(?:the|la)\s+(?=capital))?" + _CITIES + r"\b", re.I),
    re.compile(r"\b(?:fall|capture|seizure|liberation|prise|chute|lib[ée]ration|conquest|conqu[êe]te)\s+"
               r"(?:of|de)\s+" + _CITIES + r"\b", re.I),
    re.compile(r"\b" + _CITIES + r"\s+(?:(?:had|has|only|finally|eventually|then|itself|already|was|had\s+been|"
               r"a|avait|est|fut|a\s+été|finit\s+par)\s+){0,3}(?:fell|falls|fallen|taken|captured|tomb\w+|prise|"
               r"pris)\b", re.I),
)
# The RPF's invasion of October 1990, however said ("the RPF invaded from Uganda", "the RPF invasion",
# « l'offensive » is not one; « le FPR envahit le Rwanda »; the record's "attacks northern Rwanda from
# Ugandan territory"): an act done once, by the RPF named in the same clause, whose thing is the RPF.
_INVASION = re.compile(r"\b(?:invad(?:ed|es|ing)|invasion|envahi\w*|attack(?:s|ed)?\s+(?:northern\s+)?Rwanda\s+"
                       r"from\s+(?:Uganda|Ugandan\s+territory)|cross(?:ed|es|ing)?\s+(?:the\s+border\s+)?from\s+Uganda"
                       r"(?:\s+into\s+Rwanda)?|(?:a\s+)?franchi\w*\s+la\s+fronti[èe]re\s+(?:depuis\s+l['’]|de\s+l['’])Ouganda)\b",
                       re.I)
_RPF_NAMED = re.compile(r"\b(?:RPF|RPA|FPR|APR|Rwandan\s+Patriotic\s+(?:Front|Army)|Front\s+patriotique\s+rwandais|"
                        r"Inkotanyi)\b", re.I)
INVASION_REACH = 100  # characters between the invasion's word and the RPF's name, in one clause
# ... and between it and its date: "the RPF invaded the country from Uganda on 1 October 1990", not "a
# magazine founded after the RPF's invasion, which printed its commandments that December"
INVASION_DATE_REACH = 35
_SINCE_THE_ACT = re.compile(r"\b(?:after|since|before|following|until|après|depuis|avant|dès)\s+(?:the\s+|l['’]|la\s+|le\s+)?"
                            r"(?:\w+['’]s?\s+|\w+\s+)?$", re.I)


def _rpf_invasion(text: str, m: re.Match) -> bool:
    """Is this invasion word the RPF's (named within INVASION_REACH, nothing closing the clause between)?"""
    for named in _RPF_NAMED.finditer(text):
        lo, hi = (named.end(), m.start()) if named.end() <= m.start() else (m.end(), named.start())
        if 0 <= hi - lo <= INVASION_REACH and not re.search(r"[;:]|\.\s", text[lo:hi]):
            return True
    return False


# "French paratroopers seized Kigali airport": a place in the city, not the city taken
_NOT_THE_CITY = re.compile(r"\s*(?:['’]s\s+)?(?:international\s+)?(?:airport|airfield|stadium|prison|hospital|hotel|camp|"
                           r"cathedral|church|parish|embassy|a[ée]roport|stade|h[ôo]pital|h[ôo]tel|cath[ée]drale|"
                           r"[ée]glise|ambassade)\b", re.I)
_MORE_CITIES = re.compile(r"(?:\s*,\s*|\s+and\s+|\s+et\s+)" + _CITIES + r"\b", re.I)
# Other courts and other agreements, whose acts are not the named thing's.
_OTHER_BODY = re.compile(r"\b(?:military|national|Paris|Brussels|Belgian|French|Swiss|German|assises|cour\s+d['’]appel|"
                         r"N['’]?Sele|Dar\s+es\s+Salaam|ceasefire|cessez-le-feu|Mapping)\b", re.I)
ACT_REACH = 70     # characters between the act's word and its date
THING_REACH = 80   # characters between the act's word and the thing it is done to, in one clause
# "closed its doors to new indictments", "closed the Kabuga case": a closing of something else.
_CLOSED_SOMETHING = re.compile(r"\s+(?:(?:its|their|ses|leurs)\s+doors\s+to\b|to\b|aux?\b|(?:the|its|his|her|their|"
                               r"le|la|les|l['’]|son|sa|ses|leur)\s+(?!doors\b|work\b|activities\b|activités\b|"
                               r"travaux\b|portes\b)\w+)", re.I)
# A date the act happened by, or after: "had taken Kigali by May", « avant juin », "after 6 April".
_BY_DATE = re.compile(r"\b(?:by|before|avant|prior\s+to|no\s+later\s+than)\s+(?:the\s+|le\s+)?$", re.I)
_AFTER_DATE = re.compile(r"\b(?:after|since|après|depuis)\s+(?:the\s+|le\s+)?$", re.I)
# A date that ends or begins a span with the act at its other end ("from its creation to 2007").
_SPAN_END = r"\b(?:and|to|until|till|et|jusqu\w*)\s+(?:the\s+|l['’]|au\s+|le\s+|en\s+)?$"
_SPAN_START = r"^\W*(?:and|to|until|till|et|jusqu\w*)\b"
_NOT_UNTIL = re.compile(r"\b(?:not|never|only|n['’]|ne)\b[^.;]{0,30}$", re.I)
_DATE_MONTHS = re.compile(r"\b(?:jan|feb|f[ée]v|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[ûu]|sep|oct|nov|dec|"
                          r"d[ée]c)[a-zéû]*\b", re.I)
_RECKONED = re.compile(r"\b(?:later|after|before|next|following|previous|earlier|suivant\w*|plus\s+tard|avant|après|"
                       r"lendemain|veille|same|même)\b", re.I)


def absolute_date(text: str, normalized: dict) -> bool:
    """Is a date read from its own words: "4 July 1994", or "22 June" that takes its year from the
    text's last full date, and not one reckoned from another ("two weeks later", "the next day")?"""
    if normalized.get("relative_to") is None:
        return True
    return bool(_DATE_MONTHS.search(text or "")) and not _RECKONED.search(text or "")


def _act_things(text: str) -> list[tuple[str, int, int]]:
    """The named things of a statement, (name, start, end), in order."""
    found = [(name, m.start(), m.end()) for name, pattern in ACT_THINGS.items() for m in pattern.finditer(text)]
    if _TURQUOISE_CONTEXT.search(text) and not any(name == "turquoise" for name, _, _ in found):
        found += [("turquoise", m.start(), m.end()) for m in _FRENCH_TROOPS.finditer(text)]
    return sorted(found, key=lambda t: t[1])


# Of an operation and its zone in one clause, the one an act is of: the operation leaves the zone
# ("the last French troops leave the safe humanitarian zone"), the zone is declared.
_OPERATION_OR_ZONE = {"leave": "turquoise", "close": "turquoise", "declare": "shz", "create": "shz"}


def _thing_of(text: str, act: re.Match, things: list[tuple[str, int, int]], act_name: str = "") -> str | None:
    """The thing an act is done to: the only kind of thing named, or else the nearest one in the
    act's clause (None when two kinds are as near)."""
    kinds = {kind for kind, _, _ in things}
    if len(kinds) == 1:
        return next(iter(kinds))
    near: dict[str, int] = {}
    for kind, start, end in things:
        gap = start - act.end() if start >= act.end() else act.start() - end
        between = text[min(end, act.end()):max(start, act.start())]
        if gap < 0 or gap > THING_REACH or re.search(r"[;:]|\.\s", between):
            continue
        near[kind] = min(gap, near.get(kind, gap))
    if not near:
        return None
    if {"turquoise", "shz"} <= set(near) and act_name in _OPERATION_OR_ZONE:
        return _OPERATION_OR_ZONE[act_name]
    if act_name == "declare":
        # what is declared stands after the word ("the force declared a safe humanitarian zone"), who
        # declares it before
        ahead = sorted((start - act.end(), kind) for kind, start, _end in things
                       if start >= act.end() and kind in near)
        if ahead:
            return ahead[0][1]
    best = min(near.values())
    nearest = [kind for kind, gap in near.items() if gap == best]
    return nearest[0] if len(nearest) == 1 else None


# A stay's end is the date after "until" ("held the south-west until late September", "did not leave until …"),
# not the end of a span that starts at the act.
_STAYED_UNTIL = re.compile(r"(?:stayed|remained|held|rest[ée]|demeur|did\s+not|didn['’]t|n['’]a\s+pas|"
                           r"ne\s+sont\s+pas)", re.I)


_NEXT_VERB = re.compile(r"\b(?:and|then|et|puis)\s+(?:then\s+|later\s+|finally\s+)?(?:left|withdrew|went|returned|handed|"
                        r"\w{3,}ed\s+(?:it|them)|quitt[ée]\w*|a\s+quitt[ée]\w*)\b", re.I)
_RECKONED_FROM = re.compile(r"\b(?:years?|months?|weeks?|days?|ans|mois|semaines?|jours)(?:\s+(?:and\s+a\s+half|et\s+demie?))?"
                            r"\s+(?:before|after|prior\s+to|avant|apr[eè]s)\s+(?:the\s+|its\s+|their\s+|la\s+|le\s+|l['’]|sa\s+|son\s+)?"
                            r"(?:[\w-]+['’]s\s+)?$", re.I)


def dated_acts(text: str, thing: str | None = None, date: tuple[str, str] | None = None,
               dates: list[tuple[int, int, tuple[str, str]]] | None = None) -> list[tuple[str, tuple[str, str]]]:
    """[("act|thing", (earliest, latest)), ...] for each act of one named thing a statement dates
    next to the act's word ("the tribunal closed on 31 December 2015", « le TPIR, créé le 8 novembre
    1994 et fermé fin 2015 », "Kigali only fell to the RPF in mid-August"): each act takes the
    nearest date not separated from its word by another act. `thing` is the thing a statement that
    names none is about (named by the sentence before: "it held its first trial in 1997 and closed
    …"); `date`, the date of a chronology's entry the statement has none of its own; `dates`, the
    statement's dates already read in their document, (start, end, (earliest, latest)) in the
    statement's characters ("on 14 July" is 1994's in a text about 1994). A date the act happened
    by ("by May") reaches back without end, one it happened after ("after 6 April"), forward."""
    acts = _act_words(text)
    if not acts:
        return []
    things = _act_things(text)
    if not things and thing is not None:
        things = [(thing, -10_000, -10_000)]
    paired = _paired(text, acts, things)
    if not paired:
        return []
    if dates is None:
        from factfinder.extract.dates import find_dates

        dates = [(d.start, d.end, (d.normalized["earliest"], d.normalized["latest"])) for d in find_dates(text)
                 if (d.normalized or {}).get("earliest") and d.normalized.get("latest")
                 and absolute_date(d.text, d.normalized)]
    entry = False
    if date is None and dates and dates[0][0] <= 6:
        date = dates[0][2]   # a chronology's entry that opens with its date ("- **4 August 1993.** In Arusha …")
        entry = bool(re.match(r"[*_]*\s*[.:—–-]", text[dates[0][1]:]))
    any_act = [m.span() for _, m, _ in acts]
    # Each date goes to the act it is nearest, a date after the act's word first ("created by
    # resolution 955 of 8 November 1994, closed on 31 December 2015": the closing is 2015's).
    pairs = []
    for name, act, of in paired:
        if _RECKONED_FROM.search(text[max(0, act.start() - 60):act.start()]):
            continue   # "three and a half years before the tribunal's closing": a time reckoned from the act
        if re.search(r"\b(?:jurisdiction|comp[ée]tence)\s+(?:\w+\s+)?$", text[max(0, act.start() - 30):act.start()],
                     re.I):
            continue   # "the ICTR's jurisdiction ended on 31 December 1994": a bound of its jurisdiction, not its end
        for d0, d1, span in dates:
            forward = d0 >= act.end()
            gap = d0 - act.end() if forward else act.start() - d1
            if gap > (INVASION_DATE_REACH if name == "invade" else NAME_DATE_REACH if name in ("massacre", "named_report")
                      else ACT_REACH) or gap < 0:
                continue
            if name == "massacre" and not _kibeho_date(text, act, span):
                continue
            if name == "invade" and not forward and _SINCE_THE_ACT.search(text[max(0, act.start() - 30):act.start()]):
                continue   # "a magazine founded in 1990 after the RPF's invasion": the date is the founding's
            lo, hi = min(act.end(), d1), max(act.start(), d0)
            between = text[lo:hi]
            if any(lo <= s and e <= hi for s, e in any_act) or re.search(r";|\.\s", between):
                continue
            if forward and _NEXT_VERB.search(between):
                continue   # "declared the zone on 5 July and left it on 21 August": the leaving's date
            if (re.search(_SPAN_END, between) if forward else re.match(_SPAN_START, between)) and \
                    not (forward and (_NOT_UNTIL.search(text[max(0, act.start() - 40):act.start()]) or
                                      _STAYED_UNTIL.match(act.group(0)))):
                continue   # ("between its creation and 2007": a span from the act, not the act's date;
                # but "were not restored until November 2009" is when they were)
            if _BY_DATE.search(text[max(0, d0 - 30):d0]):
                span = ("0001-01-01", span[1])
            elif _AFTER_DATE.search(text[max(0, d0 - 30):d0]):
                span = (span[0], "9999-12-31")
            pairs.append((0 if forward else 1, gap, name, of, d0, span, act.span()))
    out: dict[tuple[str, str], tuple[int, tuple[str, str]]] = {}
    taken: dict[int, tuple[int, int]] = {}   # a date, and the act's word it went to (its cities share it)
    for _backward, gap, name, of, d0, span, word in sorted(pairs):
        if (name, of) in out or taken.get(d0, word) != word:
            continue
        out[(name, of)] = (gap, span)
        taken[d0] = word
    if not out and date is not None and len({name for name, _, _ in paired}) == 1:
        for name, _act, of in paired:
            if name == "invade" and not entry:
                continue   # "In 1991, after the RPF invaded, thousands were arrested": the arrests' year
            if name == "massacre" and not _kibeho_date(text, _act, date):
                continue
            out.setdefault((name, of), (0, date))
    return [(f"{ACT_SAME.get(name, name)}|{of}", span) for (name, of), (_gap, span) in out.items()]


# "Sendashonga drove to Kibeho on 19 April": someone's coming to the place, not the killings there
_TO_THE_PLACE = re.compile(r"\b(?:to|towards|into|reached|visited|vers|jusqu['’]à)\s+(?:the\s+camp\s+(?:at|of)\s+)?$", re.I)


def _kibeho_date(text: str, act: re.Match, span: tuple[str, str]) -> bool:
    """Is a date near the name Kibeho the killings' (see _KIBEHO): of 1995 to 1997, its year written in the
    statement (a day whose year comes from elsewhere is another day of those weeks), and the place not
    the end of someone's journey?"""
    return KIBEHO_YEARS[0] <= span[0][:4] and span[1][:4] <= KIBEHO_YEARS[1] and span[0][:4] in text and \
        not _TO_THE_PLACE.search(text[max(0, act.start() - 40):act.start()])


def _act_words(text: str) -> list[tuple[str, re.Match, str | None]]:
    """Each act's word in a statement: (act, match, the city taken for a capture, else None); not a
    closing of something else ("closed the Kabuga case")."""
    acts = [(name, m, None) for name, pattern in ACTS.items() for m in pattern.finditer(text)
            if not (name == "close" and _CLOSED_SOMETHING.match(text, m.end()))]
    acts += [("invade", m, "rpf") for m in _INVASION.finditer(text) if _rpf_invasion(text, m)]
    acts += [("massacre", m, "kibeho") for m in _KIBEHO.finditer(text)]
    acts += [("named_report", m, (m.group("a") or m.group("b")).lower()) for m in _NAMED_REPORT.finditer(text)]
    for pattern in _CAPTURES:
        for m in pattern.finditer(text):
            if _NOT_THE_CITY.match(text, m.end()):
                continue
            acts.append(("capture", m, _city(m.group(1))))
            for more in _iter_more_cities(text, m.end()):
                acts.append(("capture", m, more))
    return acts


_FIRST_TRIAL_OWNER = re.compile(r"(?:(?:ICTR|TPIR|[Tt]ribunal|[Gg]acaca)['’]s\s+|(?:ICTR|TPIR|[Tt]ribunal)\s+(?:[\w-]+\s+){0,2}"
                                r"(?:its|son|sa|ses)\s+|(?:^|[.:]\s+)(?:its|son|sa|leur)\s+)$", re.I)
_FIRST_TRIAL_AFTER = re.compile(r"\s+(?:of|at|before|du|au|devant)\s+(?:the\s+|le\s+)?(?:ICTR|TPIR|[Tt]ribunal)\b", re.I)


def _its_own_first_trial(text: str, act: re.Match, carried: bool) -> bool:
    """Is "first trial" the named court's own, once ("the ICTR held its first trial in 1997", "the tribunal's
    first trial", "the first trial before the ICTR", "Its first trial …" after a sentence on the tribunal), not
    one among its trials ("its first trial of a woman") or another's ("Belgium held its first trial")?"""
    before = text[max(0, act.start() - 40):act.start()]
    if carried:
        return bool(re.match(r"\s*(?:[\w'’ ]{0,20}:\s*)?(?:its|son|sa)\s+$", text[:act.start()], re.I))
    return bool(_FIRST_TRIAL_OWNER.search(before) or _FIRST_TRIAL_AFTER.match(text, act.end()))


def _paired(text: str, acts: list, things: list) -> list[tuple[str, re.Match, str]]:
    """Each act with the thing it is done to, (act, match, thing); acts with no thing are left out."""
    paired = []
    for name, act, own in acts:
        of = own or (_thing_of(text, act, things, name) if things else None)
        if of is None or (of in ("ictr", "arusha_agreement") and _OTHER_BODY.search(text)) or \
                (name == "reject" and of != "cassation") or (name in ("report", "publish") and of not in NAMED_INQUIRIES) or \
                (name == "publish" and of == "commission_experts"):
            continue   # (a court of last resort closes a case by rejecting the appeals, a tribunal's rejected
            # motion closes nothing; a commission of inquiry reports once, a force's commander often)
        if name == "first_trial" and not _its_own_first_trial(text, act, own is None and bool(things) and
                                                              things[0][1] < 0):
            continue   # "Belgium held its first trial", "the first trial in absentia": not the tribunal's own
        paired.append((name, act, of))
    return paired


def acts_at(text: str) -> list[tuple[str, int, int]]:
    """The "act|thing" keys a statement names, each with where its act's word stands (start, end)."""
    acts = _act_words(text)
    return [(f"{ACT_SAME.get(name, name)}|{of}", act.start(), act.end())
            for name, act, of in _paired(text, acts, _act_things(text))] if acts else []


def acts_named(text: str) -> set[str]:
    """The "act|thing" keys a statement names, dated or not ("the ICTR, created by resolution 935, …")."""
    return {key for key, _start, _end in acts_at(text)}


def _city(word: str) -> str:
    return "kigali" if word.lower().startswith("capital") else word.lower()


def _iter_more_cities(text: str, at: int):
    """The cities listed right after a taken one ("Kigali and Butare", "Kigali, Butare et Gitarama")."""
    while (more := _MORE_CITIES.match(text, at)) is not None:
        yield _city(more.group(1))
        at = more.end()


def _dated_acts(records: list[dict], sentences: list[dict]) -> dict[str, list[list]]:
    """act|thing -> [[kind, number, earliest, latest], ...] over the record's claims ("claim", row)
    and uncovered sentences ("sentence", number), read in each source's order so that a statement
    may take its thing from the sentence before it, and a chronology's entry its date."""
    # Two cheap tests before any date is read: an act's word, and a thing named here or just before.
    any_act = re.compile("|".join([p.pattern for p in ACTS.values()] + [_KIBEHO.pattern]), re.I)
    any_thing = re.compile("|".join(p.pattern for p in ACT_THINGS.values()) + "|" + _CITIES + "|" + _KIBEHO.pattern, re.I)
    items = [(item.get("source_id") or "", int(item.get("start") or 0), int(item.get("end") or 0), kind, number,
              item.get("text") or "")
             for kind, group in (("claim", records), ("sentence", sentences))
             for number, item in enumerate(group) if kind == "sentence" or item.get("id", 1) > 0]
    items.sort(key=lambda x: (x[0], x[1]))
    out: dict[str, list[list]] = defaultdict(list)
    previous = None
    for item in items:
        source, start, _end, kind, number, text = item
        before = previous if previous is not None and previous[0] == source and 0 <= start - previous[2] <= 8 else None
        previous = item
        if (not (any_act.search(text) or any(p.search(text) for p in _CAPTURES)) or
                not (any_thing.search(text) or before and any_thing.search(before[5]))) and \
                not (_INVASION.search(text) and _RPF_NAMED.search(text)):
            continue
        named = [name for name, pattern in ACT_THINGS.items() if before and pattern.search(before[5])]
        entry = _date_line(before[5]) if before else None
        for key, span in dated_acts(text, named[0] if len(named) == 1 else None, entry):
            out[key].append([kind, number, *span])
    return dict(out)


_DATE_WORDS = re.compile(r"\b(\d{1,4}(st|nd|rd|th|er)?|january|february|march|april|may|june|july|august|september|"
                         r"october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                         r"octobre|novembre|décembre|early|mid|late|end|début|fin|of|de)\b", re.I)


def _claims_by_day(records: list[dict]) -> dict[str, list[int]]:
    """Day -> rows of the claims dated to it: their own date, or the date line right before them
    in their source ("- **4 July 1994.**" then "RPF troops take Kigali and Butare.")."""
    days: dict[str, list[int]] = defaultdict(list)
    for row, record in enumerate(records):
        date = record["features"].get("date") or {}
        if date.get("days") != 0 or not date.get("earliest"):
            continue
        if date.get("inherited"):
            before = records[row - 1] if row else None
            if not (before and before["source_id"] == record["source_id"] and
                    0 <= record["start"] - before["end"] <= 8 and date_only(before["text"])):
                continue
        days[date["earliest"]].append(row)
    return dict(days)


def date_only(text: str) -> bool:
    """Is the text only a date ("- **4 August 1993.**", with at most one other word)?"""
    rest = _DATE_WORDS.sub(" ", text)
    return len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", rest)) <= 1 and bool(re.search(r"\d", text))


def _date_line(text: str) -> tuple[str, str] | None:
    """The date of a line that is only a date ("- **4 August 1993.**"), else None."""
    if not date_only(text):
        return None
    from factfinder.extract.dates import find_dates

    found = [d for d in find_dates(text) if (d.normalized or {}).get("earliest") and d.normalized.get("latest")]
    return (found[0].normalized["earliest"], found[0].normalized["latest"]) if len(found) == 1 else None


# ---- the reference pack's quantities ------------------------------------------------------------------

def _normal(text: str) -> str:
    return " ".join(fold(text).split())


def _reference_quantities(records: list[dict]) -> dict[str, list[dict]]:
    """Record claims that state a figure of the reference pack, grouped by the pack's quantity
    (`refugees_zaire`, `unamir_strength`, ...): each with the figure's value, period, place and
    who asserted it, and the claim's row. A claim states an entry when its text is the entry's
    statement or a sentence of it."""
    try:
        from factfinder.record.reference import figures

        entries = figures()
    except Exception:  # noqa: BLE001 - no pack installed: no quantities
        return {}
    by_prefix: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        by_prefix[_normal(str(entry.get("statement") or ""))[:40]].append(entry)
    statements = {id(e): _normal(str(e.get("statement") or "")) for e in entries}
    out: dict[str, list[dict]] = defaultdict(list)
    for row, record in enumerate(records):
        text = _normal(record["text"])
        candidates = by_prefix.get(text[:40]) or []
        if not candidates and len(text) >= 40:
            candidates = [e for e in entries if text in statements[id(e)]] if record["id"] > 0 and \
                record.get("features", {}).get("figures") else []
        for entry in candidates:
            if not (text in statements[id(entry)] or statements[id(entry)] in text):
                continue
            value = entry.get("value") or {}
            period = entry.get("period") or {}
            out[entry["quantity"]].append({"row": row, "entry": entry["id"], "low": value.get("low"),
                                           "high": value.get("high"), "approx": bool(value.get("approx")),
                                           "unit": value.get("unit"), "earliest": str(period.get("earliest") or ""),
                                           "latest": str(period.get("latest") or ""),
                                           "place": entry.get("place"), "asserted_by": entry.get("asserted_by") or ""})
            break
    return dict(out)


# ---- proceedings as claims of the record -------------------------------------------------------------

OUTCOME_WORDS = {"convicted": "convicted", "partially_convicted": "convicted on some charges and acquitted on others",
                 "acquitted": "acquitted", "pending": "on trial (no judgment yet)",
                 "died_before_judgment": "tried but died before judgment", "indictment_withdrawn":
                 "indicted, the indictment later withdrawn", "transferred": "transferred to another court",
                 "fugitive": "indicted and a fugitive", "proceedings_stayed": "tried, the proceedings stayed"}
# Number words of a prison term, English and French, parsed as a whole ("twenty-five", "vingt-quatre",
# "soixante-dix", "vingt et un"): a term is rarely above 99 years.
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
          "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_WORD_NUMBERS = {**_UNITS, **_TENS}
_NUMBER_WORD = "(?:" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + ")"
_YEARS = re.compile(r"\b(\d{1,2}|" + _NUMBER_WORD + r"(?:[- ](?:(?:et|and)[- ])?" + _NUMBER_WORD + r"){0,3})"
                    r"(?:[- ](?:years?|yrs?|ans)\b|-year\b)", re.I)


def number_words_value(words: str) -> int | None:
    """The value of a number written in words up to 99, English or French ("twenty-five",
    "vingt-quatre", "soixante-dix-sept", "quatre-vingt-dix"), or None."""
    tokens = [t for t in re.split(r"[- ]+", words.lower()) if t and t not in ("et", "and")]
    if not tokens or any(t not in _WORD_NUMBERS for t in tokens):
        return None
    total = 0
    for i, token in enumerate(tokens):
        value = _WORD_NUMBERS[token]
        if value == 20 and i > 0 and tokens[i - 1] == "quatre":
            total = total - 4 + 80          # quatre-vingt(s)
        elif value >= 20 and total % 100:
            return None                     # "twenty thirty" is no number
        else:
            total += value
    return total if 0 < total < 100 else None


_LIFE = re.compile(r"\b(life|perpétuité|perpetuite|à vie)\b", re.I)
_DEATH = re.compile(r"\b(death|mort|peine capitale)\b", re.I)
# The terms an appeal set or replaced: "life reduced to 47 years", "25 years increased to 35", "trial: 30 years".
_APPEAL_TERM = re.compile(r"((?:life|death|[\w-]+(?:[- ]years?)?)\s+(?:reduced|increased|cut|commuted|raised)\s+to\s+"
                          r"(?:a\s+)?(?:life|death|[\w-]+(?:[- ]years?)?)|trial:\s*(?:life|death|[\w-]+ years?)|"
                          r"sentence (?:reduced|increased|cut|commuted) to (?:life|death|[\w-]+(?:[- ]years?)?)|"
                          # the first instance's term, kept in the table's appeal column: "first instance: 14 years
                          # for aiding and abetting", "convictions and 20-year sentence reversed"
                          r"first\s+instance:\s*(?:life|[\w-]+ years?)|[\w-]+-year\s+sentences?\s+(?:reversed|quashed|"
                          r"overturned|set\s+aside))", re.I)
# Aggregates (gacaca totals) and rows without a person are not a named accused.
# Rows of the table that are not one accused ("gacaca courts (aggregate)"). A person's row may say
# more of the name in brackets ("Philippe Hategekimana (naturalised as Philippe Manier)").
_NOT_A_PERSON = re.compile(r"\bcourts?\b|\bcases\b|\baggregate\b", re.I)


_NOT_A_TERM = re.compile(r"(?:\s+|-)(?:later|afterwards|ago|earlier|old|plus\s+tard|auparavant|plus\s+tôt)\b", re.I)


_CHANGED_TO_BARE = re.compile(r"\b(?:reduc\w*|cut|lowered|raised|increased|commuted|r[ée]dui\w*|ramen[ée]\w*|port[ée]e?)\b"
                              r"[^.;]{0,40}?\b(?:sentences?|terms?|peines?|life|perpétuité|years?|ans)\b[^.;]{0,12}?\b(?:to|à)\s+"
                              r"(?!(?:a|an|one|un|une)\b)(\d{1,2}|[a-zé]+(?:-[a-z]+)?)\b"
                              # the bare number ends its clause ("to ten.", "to 35 on appeal"): not "to one of 15 years",
                              # "to twenty five years", "to three million"
                              r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|on|in|at|by|after|while|when|for|et|en|lors|après)\b)", re.I)


def sentence_terms(text: str) -> set[str]:
    """The prison terms a text names: "life", "death" or "N years" as "N"."""
    out = set()
    for m in _YEARS.finditer(text or ""):
        if _NOT_A_TERM.match(text, m.end()):
            continue   # "sentenced to life four years later", "aged 47 years old": a span of time, not a term
        word = m.group(1).lower()
        if word.isdecimal():
            out.add(word.lstrip("0") or "0")
        elif (value := number_words_value(word)) is not None:
            out.add(str(value))
    for m in _CHANGED_TO_BARE.finditer(text or ""):
        # "reduced his 15-year sentence to ten", "cut his sentence from life to 35": the new term's number alone
        word = m.group(1).lower()
        value = int(word) if word.isdecimal() else number_words_value(word)
        if value is not None and 1 <= int(value) <= 99:
            out.add(str(int(value)))
    if _LIFE.search(text or ""):
        out.add("life")
    if _DEATH.search(text or ""):
        out.add("death")
    return out


def proceeding_claim(p) -> tuple[dict | None, dict]:  # noqa: ANN001 - a Proceeding row
    """A proceeding as a claim of the record: one plain statement of who was tried by which
    court for what, with what outcome and sentence, and the appeal; its source is the CSV row's
    cited publication. The values a verdict compares are kept with it under `proceeding`."""
    source = p.source or {}
    outcome = OUTCOME_WORDS.get(p.outcome, p.outcome.replace("_", " "))
    text = f"{p.accused}" + (f" ({p.affiliation})" if p.affiliation else "") + f" was {outcome} by the {p.court}"
    if p.case_number:
        text += f" (case {p.case_number})"
    if p.charges:
        text += " on charges of " + "; ".join(p.charges)
    if p.judgment_date:
        text += f", judgment of {p.judgment_date}"
    if p.sentence:
        text += f"; sentence: {p.sentence}"
    text += "."
    if source.get("appeal_outcome"):
        text += f" Appeal: {source['appeal_outcome']}" + (f" ({source['appeal_date']})" if source.get("appeal_date")
                                                           else "") + "."
    trial_terms = sentence_terms(p.sentence or "")
    appeal_terms = set()
    for fragment in _APPEAL_TERM.findall(source.get("appeal_outcome") or ""):
        appeal_terms |= sentence_terms(fragment) | set(re.findall(r"\bto (\d{1,2})\b", fragment))
    # The table's sentence is the last word on it (after any appeal); an acquittal leaves none.
    final_terms = set() if p.outcome == "acquitted" else (trial_terms or {
        t for fragment in _APPEAL_TERM.findall(source.get("appeal_outcome") or "")
        for t in sentence_terms(re.split(r"\bto\b", fragment, maxsplit=1)[-1])})
    date = None
    if p.judgment_date and len(p.judgment_date) == 10:
        date = {"earliest": p.judgment_date, "latest": p.judgment_date, "days": 0, "inherited": False}
    person = not _NOT_A_PERSON.search(p.accused)
    features = {"event_type": "trial", "date": date, "places": [], "actors": [], "persons": [p.accused] if person
                else [], "agents": [], "salient": [], "sites": [], "targets": [], "figures": [], "deaths_only": False,
                "proceeding": {"key": p.key, "accused": p.accused, "person": person, "court": p.court,
                               "outcome": p.outcome, "appeal": source.get("appeal_outcome") or "",
                               "terms": sorted(trial_terms | appeal_terms), "final_terms": sorted(final_terms),
                               "years": sorted({d[:4] for d in (p.judgment_date, source.get("appeal_date")) if d}),
                               "trial_year": (p.judgment_date or "")[:4] or None,
                               # The days (or months) of the judgment and of the appeal, as written.
                               "dates": sorted({d for d in (p.judgment_date, source.get("appeal_date")) if d}),
                               "charges": list(p.charges or []),
                               # The office the accused held ("bourgmestre (Taba commune, Gitarama)"):
                               # a text giving them another commune's office is contradicted.
                               "affiliation": p.affiliation or "",
                               # What the court tried ("killing of 13 Catholic clergy … at Gakurazo"): a
                               # text naming accused only by rank is read in its words (verdicts.role_group).
                               "events": [str(e) for e in p.events or []]}}
    source_id = f"proceeding:{p.key}"
    return ({"id": -int(p.id), "source_id": source_id, "start": 0, "end": len(text), "text": text,
             "stance": "asserts", "asserted_by": "author", "credibility": None,
             "credibility_reason": "a court's record, cited from the proceedings table", "events": [],
             "features": features},
            {"title": source.get("source_title") or f"{p.court} proceedings ({p.key})", "kind": "judgment",
             "published": p.judgment_date, "author": p.court, "publisher": None, "grade": None,
             "url": source.get("source_url")})


# The events column of the proceedings table ("attacks on Tutsi refugees at Nyange church, 15–16 April
# 1994"): what the court tried, told where and when. Each is a claim of the record of its own, with the
# case's source, so that "At Nyange the church was destroyed on 16 April with about 2,000 Tutsi inside"
# finds the court's record of that day and place though it names no accused.
EVENT_ID_STEP = 10_000_000   # event claims take ids below every proceeding's: -(step * (k + 1) + id)


def proceeding_event_claims(p, source_id: str) -> list[dict]:  # noqa: ANN001 - a Proceeding row
    """The proceeding's events, each as a record claim whose features are read from its own words
    (the date, the place from the gazetteer, the kind of act)."""
    from factfinder.check import _get_extractor

    out = []
    for k, event in enumerate(p.events or []):
        event = str(event).strip()
        if len(event.split()) < 3 or not re.search(r"\b1[89]\d\d\b|\b20\d\d\b", event):
            continue   # an event without its year is not dated enough to compare
        event = f"{event[0].upper()}{event[1:]}"
        # The features are the event's own words': the case named after them is a trial, in Paris.
        found = _get_extractor().extract(event, "en", [(0, len(event))]).mentions
        mentions = [{**m, "id": i, "status": m.get("status", "suggested")} for i, m in enumerate(found)]
        data = {"text": event, "start": 0, "end": len(event), "mentions": [m["id"] for m in mentions], "slots": {},
                "stance": "asserts", "asserted_by": "author", "source_id": source_id}
        text = f"{event} (the events tried in the case against {accused_name(p.accused)}, {p.court})."
        features = claim_features(data, mentions, {"kind": "judgment"})
        out.append({"id": -(EVENT_ID_STEP * (k + 1) + int(p.id)), "source_id": source_id, "start": 0,
                    "end": len(text), "text": text, "stance": "asserts", "asserted_by": "author", "credibility": None,
                    "credibility_reason": "the events a court tried, from the proceedings table", "events": [],
                    "proceeding_event": True,
                    "features": {key: features[key] for key in FEATURE_KEYS if key in features}})
    return out


def accused_name(accused: str) -> str:
    """The accused's name without what the table adds in brackets ("Philippe Hategekimana
    (naturalised as Philippe Manier)"): the family name is the last word of the name itself."""
    return re.sub(r"\s*\([^)]*\)", "", accused).strip() or accused


def name_tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"\w+", fold(name)) if len(t) >= 3]
