"""Ingest throughput against the bare cost of reading and hashing the same files.

    python benchmarks/ingest.py [--documents 2000] [--db URL]

Generates a mixed corpus (txt, md, html, pdf, docx), then in the same process:
1. baseline: read every file and SHA-256 it;
2. factfinder ingest of the folder (readers, language detection, passages,
   one transaction and one custody entry per source);
3. verify of the resulting store.
Prints documents/s, MB/s, the ingest/baseline ratio and verify time per 1,000
sources, and writes benchmarks/results/ingest.json.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import write_result  # noqa: E402
from factfinder.config import Config  # noqa: E402
from factfinder.workbench import Workbench  # noqa: E402
from tests.documents import make_docx, make_html, make_pdf  # noqa: E402

PLACES = ["Kigali", "Butare", "Gikongoro", "Kibuye", "Cyangugu", "Gisenyi", "Ruhengeri", "Byumba", "Kibungo",
          "Gitarama", "Nyamata", "Murambi", "Kibeho", "Nyarubuye"]
MONTHS = ["April", "May", "June", "July"]
SENTENCES = [
    "Witnesses described an attack on the {place} parish on {day} {month} 1994.",
    "Between {low:,} and {high:,} people were reported killed in {place} prefecture.",
    "The report of {month} 1994 lists {low:,} victims buried near {place}.",
    "Refugees from {place} crossed the border during {month}.",
    "Local officials in {place} were later tried before gacaca courts.",
]


def paragraph(rng: random.Random) -> str:
    return " ".join(rng.choice(SENTENCES).format(place=rng.choice(PLACES), day=rng.randint(1, 28),
                                                 month=rng.choice(MONTHS), low=rng.randint(10, 5000),
                                                 high=rng.randint(5000, 90000)) for _ in range(rng.randint(3, 7)))


def generate(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(count):
        paragraphs = [f"Document {i}: " + paragraph(rng)] + [paragraph(rng) for _ in range(rng.randint(3, 12))]
        kind = rng.random()
        stem = folder / f"doc{i:05d}"
        if kind < 0.5:
            stem.with_suffix(".txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        elif kind < 0.65:
            stem.with_suffix(".md").write_text(f"# Report {i}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        elif kind < 0.85:
            make_html(stem.with_suffix(".html"), paragraphs, title=f"Report {i}", author="Benchmark")
        elif kind < 0.95:
            make_pdf(stem.with_suffix(".pdf"), [paragraphs[: len(paragraphs) // 2], paragraphs[len(paragraphs) // 2:]],
                     title=f"Report {i}")
        else:
            make_docx(stem.with_suffix(".docx"), paragraphs, title=f"Report {i}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--db", help="database URL (default: SQLite in a temporary data directory)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        started = time.perf_counter()
        generate(corpus, args.documents)
        files = sorted(p for p in corpus.iterdir())
        total_bytes = sum(p.stat().st_size for p in files)
        print(f"generated {len(files)} documents ({total_bytes / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        for path in files:
            hashlib.sha256(path.read_bytes()).hexdigest()
        baseline = time.perf_counter() - started

        with Workbench(Config(home=Path(tmp) / "home", db_url=args.db, user="benchmark")) as wb:
            started = time.perf_counter()
            outcomes = wb.ingest([corpus])
            ingest_seconds = time.perf_counter() - started
            failed = [o for o in outcomes if o.status == "failed"]
            started = time.perf_counter()
            report = wb.verify()
            verify_seconds = time.perf_counter() - started
            dialect = wb.db.dialect

    by_format: dict[str, int] = {}
    for path in files:
        by_format[path.suffix] = by_format.get(path.suffix, 0) + 1
    result = {
        "database": dialect,
        "documents": len(files),
        "by_format": by_format,
        "megabytes": round(total_bytes / 1e6, 2),
        "failed": len(failed),
        "ingest": {"seconds": round(ingest_seconds, 2), "documents_per_s": round(len(files) / ingest_seconds, 1),
                   "mb_per_s": round(total_bytes / 1e6 / ingest_seconds, 2)},
        "baseline_read_and_hash": {"seconds": round(baseline, 3),
                                   "documents_per_s": round(len(files) / baseline, 1)},
        "ingest_vs_baseline_ratio": round(ingest_seconds / baseline, 1),
        "verify": {"seconds": round(verify_seconds, 2),
                   "seconds_per_1000_sources": round(verify_seconds / len(files) * 1000, 2), "ok": report.ok},
    }
    print(f"ingest: {result['ingest']['documents_per_s']} documents/s, {result['ingest']['mb_per_s']} MB/s "
          f"({ingest_seconds:.1f} s for {len(files)} documents, {len(failed)} failed)")
    print(f"baseline read+hash: {result['baseline_read_and_hash']['documents_per_s']} documents/s; "
          f"ingest takes {result['ingest_vs_baseline_ratio']}x as long")
    print(f"verify: {result['verify']['seconds_per_1000_sources']} s per 1,000 sources (ok={report.ok})")
    write_result("ingest" if dialect == "sqlite" else f"ingest_{dialect}", result)


if __name__ == "__main__":
    main()
