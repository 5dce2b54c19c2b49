"""How long `check` takes for a 5,000-word text as the record grows, and how long its index takes to build.

    python benchmarks/check_speed.py [--sizes 1000,10000,100000] [--words 5000] [--repeat 3] [--embed-limit N]
                                     [--workdir DIR]

For each size, a record of N claims is generated straight into a fresh store: sources,
their texts, claims with varied wording and values (killings at named sites and places
with dates, figures and perpetrators; flights; trials; arrests; destruction; national
death-toll estimates that disagree), each claim's features computed by the record's own
`claim_features` from in-memory mentions (no spaCy run per claim), source grades, claim
credibility and the national death-toll contradiction. With `--workdir`, the records stay
there and the next run reuses them (the generator is seeded: the same records); their index
is rebuilt only when the cached one no longer matches the record or the embedding model.
Then:

- the record index is built (BM25 + an embedding per claim + metadata; the embedding is
  most of it) and timed, then loaded from its cache in a new process state and timed.
  Embedding 100k claims takes about ten CPU minutes; records above `--embed-limit` claims
  reuse the smaller runs' real vectors and stand-ins for the rest (`stand_in_embeddings`),
  and the report gives the measured embedding rate and the CPU time the rest would take;
- a generated 5,000-word text is checked against it `--repeat` times with
  `factfinder.check.check_text`, every model already loaded and the index in memory, and
  the report's own timings are kept per stage: index (the fingerprint), extraction (spaCy
  and the rules; the sentences are embedded on a second thread meanwhile), arithmetic,
  BM25 retrieval, the rhetoric rules (matched before the wait), the wait for the last sentence vectors, retrieval (fusion and re-ranking
  in the search), judging, markers and stance. Wall seconds and the main thread's CPU
  seconds per stage; the embedding thread's CPU and the whole process's CPU beside them.
  The encoder runs in the precision the machine would use (`embed.embedding_precision`);
  where that is bfloat16, every check is also run in float32, the two alternating so the
  machine's load weighs on both alike, and the ratio of their medians is reported
  (`--baseline-precision`).

The per-check cost should barely grow with the record: only the dense scan (a matrix
product over all claims) and BM25 retrieval depend on N. Results go to
benchmarks/results/check_speed.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import statistics
import sys
import contextlib
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from benchmarks._common import write_result  # noqa: E402

NATIONAL = [(500_000, "about 500,000"), (800_000, "800,000"), (937_000, "937,000"), (1_074_017, "1,074,017"),
            (1_000_000, "one million")]
ORGS = ["Human Rights Watch", "the UN Commission of Experts", "African Rights", "the government census",
        "a demographer", "the Ministry of Local Government", "Amnesty International", "a survivors' association"]
VERBS = [("killed", "kill"), ("massacred", "massacre"), ("murdered", "murder"), ("slaughtered", "slaughter")]
VICTIMS = ["Tutsi", "civilians", "people", "refugees", "men, women and children", "displaced people"]
SITES = ["parish church", "school", "stadium", "hospital", "camp", "hill", "commune office", "market", "convent",
         "roadblock"]
WITNESSES = ["according to survivors", "witnesses said", "a priest later testified", "a gendarme told investigators",
             "the prosecutor said", "a local official reported", "according to a UN report", "an aid worker said"]
COURTS = ["the ICTR", "a gacaca court", "a Belgian court", "a French court", "the Rwandan High Court"]
PERSONS = ["Jean Kambanda", "Théoneste Bagosora", "Pascal Simbikangwa", "Georges Rutaganda", "Jean-Paul Akayesu",
           "Clément Kayishema", "Élizaphan Ntakirutimana", "Athanase Seromba", "Tharcisse Muvunyi",
           "Juvénal Kajelijeli"]
FILLER = ["The report describes the situation in {place} in great detail.",
          "Its authors spent several months interviewing people in {place}.",
          "Many of those who survived still live near {place}.",
          "The memorial in {place} now keeps the names of those who died.",
          "This account has been discussed by historians for many years.",
          "Observers have long debated how the events should be described.",
          "Local officials played a central role in organising the population."]


def _gazetteer_names() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    from factfinder.extract.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    places = [(e.id, e.canonical) for e in gazetteer.entries
              if e.category == "place" and e.type in ("commune", "town")]
    actors = [(e.id, e.canonical) for e in gazetteer.entries
              if e.category == "actor" and e.type in ("armed_force", "militia")]
    return sorted(places), sorted(actors)


class Sentence:
    """A sentence assembled from parts, some of them mentions with their normalized values."""

    def __init__(self) -> None:
        self.text = ""
        self.mentions: list[dict] = []

    def add(self, text: str, kind: str | None = None, normalized: dict | None = None) -> "Sentence":
        if kind:
            self.mentions.append({"type": kind, "text": text, "start": len(self.text),
                                  "end": len(self.text) + len(text), "normalized": normalized or {}})
        self.text += text
        return self


def _day(rng: random.Random, first: date = date(1994, 4, 7), span: int = 100) -> date:
    return first + timedelta(days=rng.randint(0, span))


def _date(when: date) -> tuple[str, dict]:
    return (f"{when.day} {when.strftime('%B')} {when.year}",
            {"earliest": when.isoformat(), "latest": when.isoformat(), "precision": "day"})


def _figure(n: int, counted: str, approx: bool = False, words: str | None = None) -> tuple[str, dict]:
    return (words or f"{n:,}", {"low": n, "high": n, "approx": approx, "unit": "people", "counted": counted,
                                "group": None})


def make_sentence(rng: random.Random, places: list, actors: list) -> tuple[Sentence, str]:
    """One claim-like sentence and its stance."""
    kind = rng.random()
    s = Sentence()
    place_id, place = rng.choice(places)
    actor_id, actor = rng.choice(actors)
    if kind < 0.45:
        when_text, when = _date(_day(rng))
        n = rng.choice([rng.randint(5, 90), rng.randint(100, 900), rng.randint(1000, 20000)])
        fig_text, fig = _figure(n, "killed", approx=rng.random() < 0.4)
        verb = rng.choice(VERBS)[0]
        s.add("On ").add(when_text, "date", when).add(" ").add(actor, "actor", {"canonical": actor, "id": actor_id})
        s.add(f" {verb} ").add(("about " if fig["approx"] else "") + fig_text, "figure", fig)
        s.add(f" {rng.choice(VICTIMS)} at the {rng.choice(SITES)} in ").add(place, "place",
                                                                            {"canonical": place, "id": place_id})
        s.add(f", {rng.choice(WITNESSES)}.")
    elif kind < 0.55:
        when_text, when = _date(_day(rng, date(1994, 4, 10), 120))
        n = rng.randint(2, 500) * 1000
        fig_text, fig = _figure(n, "refugees", approx=True)
        s.add("Some ").add(fig_text, "figure", fig).add(" refugees fled from ")
        s.add(place, "place", {"canonical": place, "id": place_id}).add(" on ").add(when_text, "date", when)
        s.add(f", {rng.choice(WITNESSES)}.")
    elif kind < 0.65:
        when_text, when = _date(_day(rng, date(1996, 1, 1), 365 * 12))
        person = rng.choice(PERSONS)
        s.add("On ").add(when_text, "date", when).add(f" {rng.choice(COURTS)} convicted ")
        s.add(person, "person", {"canonical": person, "id": None})
        s.add(" of genocide for the killings in ").add(place, "place", {"canonical": place, "id": place_id}).add(".")
    elif kind < 0.75:
        when_text, when = _date(_day(rng))
        s.add(actor, "actor", {"canonical": actor, "id": actor_id}).add(" burned houses and looted shops in ")
        s.add(place, "place", {"canonical": place, "id": place_id}).add(" on ").add(when_text, "date", when)
        s.add(f", {rng.choice(WITNESSES)}.")
    elif kind < 0.83:
        n, words = rng.choice(NATIONAL)
        fig_text, fig = _figure(n, "killed", approx=words.startswith("about"), words=words)
        s.add(f"{rng.choice(ORGS).capitalize()} estimated that ").add(fig_text, "figure", fig)
        s.add(" people were killed in the genocide" + rng.choice([".", " between April and July 1994.",
                                                                  " in about a hundred days."]))
    elif kind < 0.9:
        when_text, when = _date(date(1994, 4, 6) if rng.random() < 0.9 else date(1994, 4, 7))
        s.add("On ").add(when_text, "date", when)
        s.add(" the plane carrying President Habyarimana was shot down " +
              rng.choice(["near Kigali airport", "over Kigali", "as it approached Kigali", "by two missiles"]) + ".")
    else:
        when_text, when = _date(_day(rng))
        n = rng.randint(3, 300)
        fig_text, fig = _figure(n, "arrested")
        s.add(actor, "actor", {"canonical": actor, "id": actor_id}).add(" arrested ").add(fig_text, "figure", fig)
        s.add(" people in ").add(place, "place", {"canonical": place, "id": place_id}).add(" on ")
        s.add(when_text, "date", when).add(".")
    return s, "asserts"


def generate(wb, claims: int, seed: int = 7, per_source: int = 20, chunk: int = 200) -> dict:  # noqa: ANN001
    """`claims` claims in sources of `per_source` claims, written in transactions of `chunk` sources."""
    from factfinder.record.features import claim_features
    from factfinder.store.schema import (Claim, ClaimAssessment, ClaimFeatures, Contradiction, Source, SourceGrade,
                                         SourceText)

    rng = random.Random(seed)
    places, actors = _gazetteer_names()
    now = datetime.now(timezone.utc)
    national: dict[int, dict] = {}
    next_claim = 1
    sources = (claims + per_source - 1) // per_source
    for first in range(0, sources, chunk):
        source_rows, text_rows, claim_rows, feature_rows, assessment_rows, grade_rows = [], [], [], [], [], []
        built = []
        for i in range(first, min(first + chunk, sources)):
            sid = f"{i:064x}"
            count = min(per_source, claims - i * per_source)
            sentences = [make_sentence(rng, places, actors) for _ in range(count)]
            text, spans = "", []
            for sentence, stance in sentences:
                spans.append((len(text), sentence, stance))
                text += sentence.text + " "
            meta = {"id": sid, "title": f"Generated report {i}", "author": f"Author {i % 211}",
                    "publisher": f"Publisher {i % 53}", "kind": rng.choice(["report", "article", "academic",
                                                                            "testimony", "official"]),
                    "published": str(rng.randint(1994, 2020))}
            source_rows.append({**meta, "filename": f"g{i}.txt", "media_type": "text/plain", "size": len(text),
                                "language": "en", "origin": None, "ingested_at": now, "ingested_by": "benchmark",
                                "provenance": {}, "warnings": []})
            grade_rows.append({"source_id": sid, "grade": rng.choice("ABCCCDDF"), "reason": "generated",
                               "proposed": True, "set_by": None, "set_at": now})
            text_rows.append({"source_id": sid, "reader": "generated", "reader_version": "1", "encoding": "utf-8",
                              "text": text, "sha256": sid, "created_at": now, "current": True})
            built.append((sid, meta, spans))
        with wb.db.write() as session:
            session.execute(Source.__table__.insert(), source_rows)
            session.execute(SourceGrade.__table__.insert(), grade_rows)
            session.execute(SourceText.__table__.insert(), text_rows)
            from sqlalchemy import select

            text_ids = dict(session.execute(select(SourceText.source_id, SourceText.id).where(
                SourceText.source_id.in_([b[0] for b in built]))).all())
            for sid, meta, spans in built:
                for offset, sentence, stance in spans:
                    mentions = [{**m, "id": n, "start": m["start"] + offset, "end": m["end"] + offset,
                                 "status": "suggested"} for n, m in enumerate(sentence.mentions)]
                    claim = {"id": next_claim, "text": sentence.text, "start": offset,
                             "end": offset + len(sentence.text), "asserted_by": "author", "stance": stance,
                             "slots": {}, "mentions": [m["id"] for m in mentions], "source_id": sid}
                    features = claim_features(claim, mentions, meta)
                    claim_rows.append({"id": next_claim, "source_id": sid, "text_id": text_ids[sid], "run_id": None,
                                       "start": offset, "end": offset + len(sentence.text), "text": sentence.text,
                                       "asserted_by": "author", "stance": stance, "slots": {}, "mention_ids": [],
                                       "confidence": 0.9, "status": "suggested", "extractor_version": "generated"})
                    feature_rows.append({"claim_id": next_claim, "features": features})
                    level = rng.choice([1, 2, 2, 3, 3, 3, 4, 6])
                    assessment_rows.append({"claim_id": next_claim, "credibility": level,
                                            "explanation": f"generated credibility {level}", "supporting": [sid],
                                            "contradicting": []})
                    figures = [m for m in sentence.mentions if m["type"] == "figure"]
                    if "genocide" in sentence.text and figures and figures[0]["normalized"]["low"] >= 500_000:
                        value = figures[0]["normalized"]["low"]
                        side = national.setdefault(value, {"value": {"low": value, "high": value},
                                                           "claims": [], "sources": set(), "parties": set(),
                                                           "groups": ["unspecified"]})
                        if len(side["claims"]) < 200:
                            side["claims"].append(next_claim)
                            side["sources"].add(sid)
                            side["parties"].add(sid)
                    next_claim += 1
            session.execute(Claim.__table__.insert(), claim_rows)
            session.execute(ClaimFeatures.__table__.insert(), feature_rows)
            session.execute(ClaimAssessment.__table__.insert(), assessment_rows)
    sides = [{**side, "sources": sorted(side["sources"]), "parties": sorted(side["parties"])}
             for _, side in sorted(national.items())]
    with wb.db.write() as session:
        session.execute(Contradiction.__table__.insert(), [{
            "kind": "figure", "subject": "national death toll (people killed in Rwanda, 1990–1994)",
            "event_id": None, "sides": sides}])
    return {"claims": next_claim - 1, "sources": sources, "national_sides": len(sides)}


def checked_text(words: int, seed: int = 99) -> str:
    """A text of about `words` words: claim sentences much like the record's, some of them
    with other values, and sentences that claim nothing."""
    rng = random.Random(seed)
    places, actors = _gazetteer_names()
    paragraphs, paragraph, count = [], [], 0
    while count < words:
        if rng.random() < 0.25:
            sentence = rng.choice(FILLER).format(place=rng.choice(places)[1])
        else:
            sentence = make_sentence(rng, places, actors)[0].text
            if rng.random() < 0.1:
                sentence = "No more than 50,000 people were killed in the genocide."
        paragraph.append(sentence)
        count += len(sentence.split())
        if len(paragraph) >= rng.randint(4, 8):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    return "\n\n".join(paragraphs) + "\n"


def _passages(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            out.append((start, start + len(block)))
        start += len(block) + 2
    return out


def check_once(wb, text: str) -> dict:  # noqa: ANN001
    """One `check_text` of `text` with every model loaded and the index in memory: the wall
    and CPU seconds of each of its stages, as its report's timings give them."""
    from factfinder.check import check_text, markers

    # The markers keep the scores of the last text they read (for stance, in the same check);
    # every run here is to cost what checking a text not seen before costs.
    getattr(markers, "_LAST", {}).clear()
    wall, cpu = time.perf_counter(), time.process_time()
    report = check_text(wb, text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # The totals are measured here, around the call, so that any version of check_text compares.
    timings = {**report.timings, "total": wall, "total_cpu": cpu}
    out = {"claims": len(report.claims), "verdict_counts": {}}
    for c in report.claims:
        out["verdict_counts"][c.verdict] = out["verdict_counts"].get(c.verdict, 0) + 1
    out["embedding_thread_cpu"] = timings.get("embedding_thread_cpu", 0.0)
    out["dense_scan"] = timings.get("dense_scan", 0.0)
    for stage in STAGES + ("total",):
        if stage == "judging":   # the verdicts stage without the retrieval inside it
            out[stage] = timings.get("verdicts", 0.0) - timings.get("retrieval", 0.0)
            out[stage + "_cpu"] = timings.get("verdicts_cpu", 0.0) - timings.get("retrieval_cpu", 0.0)
        else:
            out[stage] = timings.get(stage, 0.0)
            out[stage + "_cpu"] = timings.get(stage + "_cpu", 0.0)
    return out


# check_text's stages, in order; "judging" is the verdicts stage less the retrieval in it, and
# "embedding" the wait for the sentence vectors the second thread has not finished.
STAGES = ("index", "extraction", "arithmetic", "bm25", "marker_rules", "embedding", "retrieval", "judging",
          "markers", "stance")


def stand_in_embeddings(wb, pool_dir: Path, seed: int = 3) -> dict:  # noqa: ANN001
    """Fill the store's embedding cache so the index build does not embed every claim.

    Claims whose text was embedded for real in a smaller run (the generator is seeded, so a
    smaller record's claims open every larger one) keep their real vectors; every other claim
    gets a real vector of the pool with a little noise, renormalised. The dense scan costs the
    same with these vectors; only the verdicts' mix differs. Embedding them for real costs the
    measured rate (claims per CPU second) times their number, reported beside the build."""
    from sqlalchemy import select

    from factfinder.embed import text_key
    from factfinder.store.schema import Claim

    pool: dict[str, np.ndarray] = {}
    for shard in sorted(pool_dir.glob("*.npz")):
        with np.load(shard) as data:
            pool.update(zip(data["keys"].tolist(), data["vectors"]))
    base = np.stack(list(pool.values()))
    rng = np.random.default_rng(seed)
    with wb.db.read() as session:
        texts = list(session.scalars(select(Claim.text)))
    keys, vectors, real = [], [], 0
    for text in dict.fromkeys(texts):
        key = text_key(text)
        if key in pool:
            vector, real = pool[key], real + 1
        else:
            vector = base[rng.integers(len(base))] + rng.normal(0, 0.05, base.shape[1]).astype(np.float32)
            vector /= np.linalg.norm(vector)
        keys.append(key)
        vectors.append(vector.astype(np.float32))
    target = Path(wb.config.home) / "cache" / "embeddings"
    target.mkdir(parents=True, exist_ok=True)
    np.savez(target / "stand-in.npz", keys=np.array(keys), vectors=np.stack(vectors))
    return {"real_vectors": real, "stand_in_vectors": len(keys) - real}


def _model_tag() -> str:
    from factfinder.embed import model_version

    return hashlib.sha256(model_version().encode()).hexdigest()[:12]


@contextlib.contextmanager
def _precision(precision: str):  # noqa: ANN202 - a context manager
    """Run the encoder in `precision` (float32 or bfloat16) for the block."""
    import os

    from factfinder.embed import _PRECISION_ENV

    before = os.environ.get(_PRECISION_ENV)
    os.environ[_PRECISION_ENV] = precision
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(_PRECISION_ENV, None)
        else:
            os.environ[_PRECISION_ENV] = before


def run_size(size: int, text: str, repeat: int, workdir: Path, embed_limit: int,  # noqa: ANN001
             rate: float | None, precision: str = "float32", baseline: str | None = None) -> dict:
    """Generate (or reuse) a record of `size` claims, build (or load) its index, check `text`.

    A record kept from an earlier run in `workdir` (its `benchmark-record.json` says it was
    generated completely) is reused: the generator is seeded, so it is the same record. Its
    index is rebuilt only when the cached one no longer matches (a new embedding model, say);
    otherwise the build figures of the run that built it are reported."""
    from factfinder.check import retrieve
    from factfinder.check.retrieve import RecordIndex, _fingerprint, cache_root
    from factfinder.config import Config
    from factfinder.workbench import Workbench

    home = workdir / f"record-{size}"
    marker = home / "benchmark-record.json"
    pool_dir = workdir / "embedding-pool" / _model_tag()
    kept = json.loads(marker.read_text()) if marker.exists() else None
    if kept is None:
        shutil.rmtree(home, ignore_errors=True)
    wb = Workbench(Config(home=home, user="benchmark"))
    if kept is None:
        started = time.perf_counter()
        generated = generate(wb, size)
        kept = {"generated": generated, "generate_seconds": round(time.perf_counter() - started, 1)}
        marker.write_text(json.dumps(kept))
    generated = kept["generated"]
    retrieve._MEMORY.clear()
    stand_ins = None
    if not (cache_root(wb) / _fingerprint(wb) / "complete").exists():
        if size > embed_limit and pool_dir.exists():
            stand_ins = stand_in_embeddings(wb, pool_dir)
        started, cpu = time.perf_counter(), time.process_time()
        index = RecordIndex.build(wb)
        build = {"index_build_seconds": round(time.perf_counter() - started, 1),
                 "index_build_cpu_seconds": round(time.process_time() - cpu, 1),
                 "index_embed_seconds": index.timings.get("embed_seconds"),
                 "index_embedded_claims": index.timings.get("embedded_claims"),
                 "index_built": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        if stand_ins is not None:
            build["stand_in_embeddings"] = stand_ins
        else:   # real vectors: the pool the larger records' stand-ins come from
            pool_dir.mkdir(parents=True, exist_ok=True)
            for shard in (home / "cache" / "embeddings").glob("*.npz"):
                shutil.copy(shard, pool_dir / f"{size}-{shard.name}")
        kept["build"] = build
        marker.write_text(json.dumps(kept))
    build = kept["build"]
    retrieve._MEMORY.clear()
    started = time.perf_counter()
    RecordIndex.build(wb)
    load_seconds = time.perf_counter() - started
    check_once(wb, "On 7 April 1994 soldiers killed 12 people in Kigali, witnesses said.")   # lazy models
    # With a baseline precision, checks alternate between the two (the machine's load then weighs
    # on both alike) and the report gives the ratio of their medians.
    precisions = [precision] + ([baseline] if baseline and baseline != precision else [])
    runs_by: dict[str, list[dict]] = {p: [] for p in precisions}
    for _ in range(repeat):
        for chosen in precisions:
            with _precision(chosen):
                if len(runs_by[chosen]) == 0 and chosen != precisions[0]:
                    check_once(wb, "On 7 April 1994 soldiers killed 12 people in Kigali.")   # trace it
                runs_by[chosen].append(check_once(wb, text))
    runs = runs_by[precision]
    wb.close()
    keys = [s for stage in STAGES + ("total",) for s in (stage, stage + "_cpu")] + ["embedding_thread_cpu",
                                                                                    "dense_scan"]
    median = {key: round(statistics.median(r[key] for r in runs), 3) for key in keys}
    cache_bytes = sum(p.stat().st_size for p in (home / "cache" / "check-index").rglob("*") if p.is_file())
    row = {"claims": generated["claims"], "sources": generated["sources"],
           "generate_seconds": kept["generate_seconds"],
           **{k: v for k, v in build.items() if k != "stand_in_embeddings"},
           "index_load_seconds": round(load_seconds, 3), "index_cache_mb": round(cache_bytes / 1e6, 1),
           "checked_claims": runs[0]["claims"], "check_seconds": median,
           "check_total_runs": [round(r["total"], 3) for r in runs],
           "check_total_cpu_runs": [round(r["total_cpu"], 3) for r in runs], "verdicts": runs[0]["verdict_counts"]}
    row["embedding_precision"] = precision
    if len(precisions) == 2:
        other = runs_by[precisions[1]]
        base = {key: round(statistics.median(r[key] for r in other), 3) for key in keys}
        row["baseline"] = {"embedding_precision": precisions[1], "check_seconds": base,
                           "check_total_runs": [round(r["total"], 3) for r in other],
                           "check_total_cpu_runs": [round(r["total_cpu"], 3) for r in other],
                           "verdicts": other[0]["verdict_counts"]}
        row["ratio_to_baseline"] = {key: round(median[key] / max(base[key], 1e-9), 3)
                                    for key in ("total", "total_cpu", "embedding", "embedding_thread_cpu")}
    if "stand_in_embeddings" in build:
        row["stand_in_embeddings"] = build["stand_in_embeddings"]
        if rate:
            row["estimated_real_embedding_cpu_seconds"] = round(build["stand_in_embeddings"]["stand_in_vectors"]
                                                                / rate, 1)
    return row


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="record sizes in claims, comma-separated")
    parser.add_argument("--words", type=int, default=5000, help="length of the checked text")
    parser.add_argument("--repeat", type=int, default=3, help="checks per size (the median is reported)")
    parser.add_argument("--workdir", default=None, help="where the generated stores go (default: a temp dir)")
    parser.add_argument("--embed-limit", type=int, default=10000,
                        help="records larger than this get stand-in vectors for claims not embedded in a smaller "
                             "run (see stand_in_embeddings); 0 embeds everything for real")
    parser.add_argument("--baseline-precision", choices=("float32", "bfloat16"), default="float32",
                        help="also check in this encoder precision, alternating, and report the ratio "
                             "(nothing extra when it is the precision the machine uses)")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x]
    embed_limit = args.embed_limit or max(sizes)

    from factfinder.check import _get_extractor
    from factfinder.embed import embedding_precision, encode, load_model

    precision = embedding_precision()

    text = checked_text(args.words)
    started = time.perf_counter()
    _get_extractor().extract("On 7 April 1994 soldiers killed 12 people in Kigali.", "en", [])
    load_model()
    encode(["warm up"])
    models_seconds = time.perf_counter() - started
    print(f"checked text: {len(text.split()):,} words; models loaded in {models_seconds:.1f} s; encoder in "
          f"{precision}" + (f" (baseline {args.baseline_precision}, alternating)"
                            if args.baseline_precision != precision else ""))
    rows: list[dict] = []
    rate = None   # claims embedded per CPU second, measured on the first real build
    if args.workdir:
        Path(args.workdir).mkdir(parents=True, exist_ok=True)
    # A named workdir keeps its records for the next run; without one they go with the run.
    with (contextlib.nullcontext(args.workdir) if args.workdir else tempfile.TemporaryDirectory()) as tmp:
        for size in sizes:
            row = run_size(size, text, args.repeat, Path(tmp), embed_limit, rate, precision,
                           args.baseline_precision)
            if rate is None and row["index_embedded_claims"] and "stand_in_embeddings" not in row:
                rate = row["index_embedded_claims"] / max(row["index_build_cpu_seconds"], 1e-9)
                row["embedding_claims_per_cpu_second"] = round(rate, 1)
            if rows:
                row["check_growth_vs_previous"] = round(row["check_seconds"]["total_cpu"] /
                                                        max(rows[-1]["check_seconds"]["total_cpu"], 1e-9), 2)
            rows.append(row)
            s = row["check_seconds"]
            print(f"{row['claims']:>8,} claims | index build {row['index_build_seconds']:>7.1f} s "
                  f"({row['index_build_cpu_seconds']:.1f} s CPU, {row['index_embedded_claims'] or 0:,} embedded), "
                  f"load {row['index_load_seconds']:.2f} s, {row['index_cache_mb']:.0f} MB | check of "
                  f"{row['checked_claims']} claims, CPU s: " +
                  " + ".join(f"{stage} {s[stage + '_cpu']:.2f}" for stage in STAGES) +
                  f" = {s['total_cpu']:.2f} (wall {s['total']:.2f})" +
                  (f" | {row['baseline']['embedding_precision']}: CPU {row['baseline']['check_seconds']['total_cpu']:.2f}"
                   f" (wall {row['baseline']['check_seconds']['total']:.2f}), ratio CPU "
                   f"{row['ratio_to_baseline']['total_cpu']:.2f}, wall {row['ratio_to_baseline']['total']:.2f}"
                   if "baseline" in row else ""))
            payload = {"text_words": len(text.split()), "models_load_seconds": round(models_seconds, 1),
                       "target": "a 5,000-word text checked against 100k claims in under 2 s on 2 cores",
                       "note": "check_seconds are check_text's own timings (median of --repeat runs): wall "
                               "seconds per stage and the main thread's CPU seconds (<stage>_cpu); the "
                               "embedding thread's CPU (embedding_thread_cpu, overlapped with extraction) "
                               "and the whole process's (total_cpu) apart. "
                               "Wall seconds depend on what else the machine runs. Records larger than "
                               "embed_limit use stand-in vectors for claims no smaller run embedded. Build "
                               "figures are those of the run that built the index (index_built).",
                       "embedding_precision": precision,
                       "embed_limit": embed_limit, "sizes": rows}
            write_result("check_speed", payload)   # after each size: partial runs still report
    print()
    print(f"{'claims':>8} {'build s':>8} {'load s':>7} " + " ".join(f"{stage[:9]:>9}" for stage in STAGES) +
          f" {'CPU s':>6} {'wall s':>7}")
    for row in rows:
        s = row["check_seconds"]
        print(f"{row['claims']:>8,} {row['index_build_seconds']:>8.1f} {row['index_load_seconds']:>7.2f} " +
              " ".join(f"{s[stage]:>9.2f}" for stage in STAGES) + f" {s['total_cpu']:>6.2f} {s['total']:>7.2f}")
    print("(stage columns: wall seconds)")
    return payload


if __name__ == "__main__":
    main()
