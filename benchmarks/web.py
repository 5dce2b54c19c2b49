"""Latency of the web app and the REST API on a store of 10,000 sources.

    python benchmarks/web.py [--sources 10000] [--requests 200] [--seconds 20] [--concurrency 2]

Builds a store quickly (rows written straight to the database: no spaCy): 100 sources
with dates, places, actors and figures as claims (the record is rebuilt from them, so
there are events), and the rest plain sources with a text and three passages each. Then
starts `factfinder serve` with uvicorn in a subprocess on 127.0.0.1 and sends a bounded
load (at most --requests requests and --seconds seconds per target, from --concurrency
threads) to the source list, a source and its text, events and search: the API routes,
and the HTML pages when the pages are installed. Reports p50/p95/max latency and errors
per target (the target: p95 under 100 ms, no errors) and writes benchmarks/results/web.json.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import write_result  # noqa: E402
from benchmarks.record import generate  # noqa: E402
from factfinder.config import Config  # noqa: E402
from factfinder.security import Principal, Security  # noqa: E402
from factfinder.store.schema import Passage, Source, SourceText  # noqa: E402
from factfinder.web.deps import SESSION_COOKIE  # noqa: E402
from factfinder.workbench import Workbench  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TARGET_P95_MS = 100.0
RICH_SOURCES = 100
KINDS = ("report", "testimony", "judgment", "article", "academic", "official", "media", "other")
LANGUAGES = ("en", "fr", "rw")
TERMS = ("Butare", "Kibuye", "Nyamata", "Murambi", "parish", "roadblock", "militia", "survivors", "refugees",
         "commune", "prefecture", "burgomaster", "witness", "gendarmerie", "stadium", "hospital", "hill")
SYLLABLES = ("ka", "ri", "mu", "nya", "bu", "ge", "se", "ra", "to", "ki", "za", "ma", "ndi", "ho", "le", "vi")


def vocabulary(rng: random.Random, size: int = 5000) -> list[str]:
    """Filler words, so that a term of the domain occurs in a few percent of passages as in real
    documents (a vocabulary of a few words would make every search match most of the store)."""
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)]


def filler_paragraph(rng: random.Random, words: list[str]) -> str:
    chosen = [rng.choice(TERMS) if rng.random() < 0.01 else rng.choice(words) for _ in range(rng.randint(30, 80))]
    return " ".join(chosen).capitalize() + "."


def build_store(home: Path, count: int, seed: int = 1994) -> tuple[dict, list[str]]:
    """`count` sources: RICH_SOURCES generated with claims (then a rebuild), the rest plain."""
    started = time.perf_counter()
    wb = Workbench(Config(home=home, user="benchmark"))
    generate(wb, min(RICH_SOURCES, count), seed=seed)
    rng = random.Random(seed)
    now = datetime.now(timezone.utc)
    plain = count - min(RICH_SOURCES, count)
    words = vocabulary(rng)
    with wb.db.read() as session:
        next_text = (session.query(SourceText.id).order_by(SourceText.id.desc()).limit(1).scalar() or 0) + 1
    chunk = 2000
    for first in range(0, plain, chunk):
        sources, texts, passages = [], [], []
        for n in range(first, min(first + chunk, plain)):
            i = RICH_SOURCES + n
            sid = f"{i:064x}"
            paragraphs = [filler_paragraph(rng, words) for _ in range(3)]
            text = "\n\n".join(paragraphs)
            sources.append({"id": sid, "filename": f"plain{i}.txt", "media_type": "text/plain", "size": len(text),
                            "title": f"Plain source {i} on {rng.choice(TERMS)}", "author": f"Author {i % 211}",
                            "publisher": f"Publisher {i % 37}", "published": f"{rng.randint(1994, 2024)}",
                            "language": rng.choice(LANGUAGES), "kind": rng.choice(KINDS),
                            "ingested_at": now - timedelta(seconds=plain - n), "ingested_by": "benchmark",
                            "provenance": {}, "warnings": [], "confidential": False})
            text_id = next_text + n
            texts.append({"id": text_id, "source_id": sid, "reader": "generated", "reader_version": "1",
                          "encoding": "utf-8", "text": text, "sha256": sid, "created_at": now, "current": True})
            position = 0
            for seq, paragraph in enumerate(paragraphs):
                passages.append({"text_id": text_id, "source_id": sid, "seq": seq, "start": position,
                                 "end": position + len(paragraph), "page": None, "text": paragraph})
                position += len(paragraph) + 2
        with wb.db.write() as session:
            session.execute(Source.__table__.insert(), sources)
            session.execute(SourceText.__table__.insert(), texts)
            session.execute(Passage.__table__.insert(), passages)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    summary = wb.rebuild()
    rebuilt = time.perf_counter() - started
    security = Security(wb)
    security.add_user("bench", "analyst", "a benchmark passphrase")
    principal = Principal("bench", "analyst")
    token = security.issue_token(principal, 3600)
    session_id, _csrf = security.create_session(principal, 3600)
    events = [e["id"] for e in wb.events()[:50]]
    rich = [f"{i:064x}" for i in range(min(RICH_SOURCES, count))]
    plain_ids = [f"{RICH_SOURCES + n:064x}" for n in range(0, plain, max(1, plain // 50))]
    wb.close()
    info = {"sources": count, "sources_with_claims": len(rich), "events": summary["events"],
            "claims": summary["claims"], "build_seconds": round(generated, 1), "rebuild_seconds": round(rebuilt, 1),
            "token": token, "session": session_id, "events_sample": events}
    return info, rich + plain_ids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(home: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "FACTFINDER_HOME": str(home)}
    command = [sys.executable, "-m", "factfinder", "serve", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server exited: " + process.stderr.read().decode()[-2000:])
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/openapi.json", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("the server did not answer within 60 s")


def load(base: str, name: str, paths: list[str], requests: int, seconds: float, concurrency: int,
         headers: dict | None = None, cookies: dict | None = None) -> dict:
    """At most `requests` requests within `seconds`, from `concurrency` threads; paths taken in turn."""
    latencies: list[float] = []
    errors: dict[str, int] = {}
    lock = threading.Lock()
    counter = iter(range(requests))
    deadline = time.monotonic() + seconds

    def worker() -> None:
        with httpx.Client(base_url=base, headers=headers, cookies=cookies, timeout=30) as client:
            while time.monotonic() < deadline:
                with lock:
                    n = next(counter, None)
                if n is None:
                    return
                started = time.perf_counter()
                try:
                    response = client.get(paths[n % len(paths)])
                    outcome = None if response.status_code == 200 else str(response.status_code)
                except httpx.HTTPError as exc:
                    outcome = type(exc).__name__
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    if outcome:
                        errors[outcome] = errors.get(outcome, 0) + 1

    with httpx.Client(base_url=base, headers=headers, cookies=cookies, timeout=30) as client:
        client.get(paths[0])  # warm caches (imports, templates) outside the measurement
    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))], 1) if latencies else 0.0

    return {"target": name, "requests": len(latencies), "errors": sum(errors.values()), "error_kinds": errors,
            "p50_ms": pct(0.50), "p95_ms": pct(0.95), "max_ms": round(latencies[-1], 1) if latencies else 0.0,
            "mean_ms": round(statistics.fmean(latencies), 1) if latencies else 0.0,
            "requests_per_second": round(len(latencies) / wall, 1) if wall else 0.0,
            "meets_target": bool(latencies) and pct(0.95) < TARGET_P95_MS and not errors}


def targets(ids: list[str], events: list[str], pages: bool, count: int) -> list[tuple[str, list[str], str]]:
    rng = random.Random(7)
    sample = rng.sample(ids, min(40, len(ids)))
    words = ["Butare", "Nyamata parish", "militia", "Kibuye OR Murambi", "survivors", "roadblock*"]
    api = [
        ("api: sources, first page", ["/api/v1/sources?limit=50"]),
        ("api: sources, pages at random offsets",
         [f"/api/v1/sources?limit=50&offset={rng.randrange(0, max(1, count - 50))}" for _ in range(20)]),
        ("api: sources, filtered and sorted", ["/api/v1/sources?kind=testimony&language=fr&sort=-title&limit=50",
                                               "/api/v1/sources?q=Nyamata&limit=50",
                                               "/api/v1/sources?publisher=Publisher%201&sort=published"]),
        ("api: source detail", [f"/api/v1/sources/{i}" for i in sample]),
        ("api: source text", [f"/api/v1/sources/{i}/text" for i in sample]),
        ("api: events", ["/api/v1/events?limit=100", "/api/v1/events?sort=-sources&limit=20",
                         "/api/v1/events?place=Butare"]),
        ("api: event detail", [f"/api/v1/events/{e}" for e in events] or ["/api/v1/events"]),
        ("api: search", [f"/api/v1/search?q={w}" for w in words]),
    ]
    out = [(name, paths, "bearer") for name, paths in api]
    if pages:
        out += [("page: /sources", ["/sources"], "cookie"),
                ("page: /sources/{id}", [f"/sources/{i}" for i in sample], "cookie"),
                ("page: /events", ["/events"], "cookie"),
                ("page: /search", [f"/search?q={w}" for w in words], "cookie")]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200, help="Most requests per target.")
    parser.add_argument("--seconds", type=float, default=20, help="Most seconds per target.")
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()
    try:
        import factfinder.web.pages  # noqa: F401
        pages = True
    except ModuleNotFoundError:
        pages = False
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        info, ids = build_store(home, args.sources)
        print(f"store: {info['sources']:,} sources ({info['sources_with_claims']} with claims: {info['claims']:,} "
              f"claims, {info['events']:,} events) built in {info['build_seconds']} s, rebuilt in "
              f"{info['rebuild_seconds']} s")
        port = free_port()
        server = start_server(home, port)
        base = f"http://127.0.0.1:{port}"
        rows = []
        try:
            for name, paths, auth in targets(ids, info["events_sample"], pages, args.sources):
                headers = {"Authorization": f"Bearer {info['token']}"} if auth == "bearer" else None
                cookies = {SESSION_COOKIE: info["session"]} if auth == "cookie" else None
                row = load(base, name, paths, args.requests, args.seconds, args.concurrency, headers, cookies)
                rows.append(row)
                print(f"{name:<40} {row['requests']:>5} req  p50 {row['p50_ms']:>7.1f} ms  p95 {row['p95_ms']:>7.1f} ms"
                      f"  max {row['max_ms']:>7.1f} ms  errors {row['errors']:>3}  "
                      f"{'ok' if row['meets_target'] else 'SLOW' if not row['errors'] else 'ERRORS'}")
        finally:
            server.terminate()
            server.wait(timeout=30)
    failing = [r["target"] for r in rows if not r["meets_target"]]
    print(f"{len(rows) - len(failing)} of {len(rows)} targets meet p95 < {TARGET_P95_MS:.0f} ms with no errors"
          + (f"; not: {', '.join(failing)}" if failing else ""))
    store = {k: v for k, v in info.items() if k not in ("token", "session", "events_sample")}
    write_result("web", {"store": store, "settings": {"requests_per_target": args.requests,
                                                      "seconds_per_target": args.seconds,
                                                      "concurrency": args.concurrency,
                                                      "target_p95_ms": TARGET_P95_MS, "html_pages": pages,
                                                      # Latency on a shared machine says little without this.
                                                      "load_average_1min_at_end": round(os.getloadavg()[0], 2)},
                         "targets": rows, "all_meet_target": not failing})


if __name__ == "__main__":
    main()
