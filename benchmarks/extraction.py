"""Extraction quality on the team's annotated set, and speed against bare spaCy.

    python benchmarks/extraction.py [--gold benchmarks/data/extraction/gold.jsonl] [--speed-words 60000]

Quality: precision, recall and F1 per mention type (figure, date, actor, person,
place) under three matchings — exact span, overlapping span, and overlapping span
with the correct normalized value (figures: low and high; dates: earliest and
latest; names: the same gazetteer entry, or the same folded name). The last is
the headline; targets: ≥ 0.90 for figures and dates, ≥ 0.85 for actors and places.

Speed: words per second of the full pipeline against the bare spaCy pipeline on
the same passages in the same run (target ratio ≥ 0.6), for several batch sizes
and n_process values. Results go to benchmarks/results/extraction.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import write_result  # noqa: E402
from factfinder.extract.gazetteer import Gazetteer  # noqa: E402
from factfinder.extract.pipeline import Extractor, load_model  # noqa: E402
from factfinder.ingest.text import split_passages  # noqa: E402

TYPES = ("figure", "date", "actor", "person", "place")
TARGETS = {"figure": 0.90, "date": 0.90, "actor": 0.85, "place": 0.85}
GOLD = Path(__file__).resolve().parent / "data" / "extraction" / "gold.jsonl"


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if c.isalnum() or c.isspace()).lower().split())


def value_matches(kind: str, gold: dict, predicted: dict, gazetteer: Gazetteer) -> bool:
    g, p = gold.get("normalized") or {}, predicted.get("normalized") or {}
    if kind == "figure":
        return g.get("low") == p.get("low") and g.get("high") == p.get("high")
    if kind == "date":
        return g.get("earliest") == p.get("earliest") and g.get("latest") == p.get("latest")
    gold_name, predicted_name = g.get("canonical") or gold["text"], p.get("canonical") or predicted["text"]
    gold_entry, predicted_entry = gazetteer.lookup(gold_name), gazetteer.lookup(predicted_name)
    if gold_entry is not None and predicted_entry is not None:
        return gold_entry.id == predicted_entry.id
    if p.get("id") and gold_entry is not None:
        return p["id"] == gold_entry.id
    # A name the gazetteer does not know has no canonical form beyond its own words.
    return _fold(predicted_name) in (_fold(gold_name), _fold(gold["text"]))


def match(gold: list[dict], predicted: list[dict], mode: str, kind: str, gazetteer: Gazetteer) -> int:
    """Greedy one-to-one matching; returns true positives."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        best, best_overlap = None, 0
        for j, p in enumerate(predicted):
            if j in used:
                continue
            if mode == "exact":
                ok = p["start"] == g["start"] and p["end"] == g["end"]
                overlap = p["end"] - p["start"] if ok else 0
            else:
                overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
                ok = overlap > 0 and (mode == "overlap" or value_matches(kind, g, p, gazetteer))
            if ok and overlap > best_overlap:
                best, best_overlap = j, overlap
        if best is not None:
            used.add(best)
            hits += 1
    return hits


def prf(tp: int, n_gold: int, n_predicted: int) -> dict:
    precision = tp / n_predicted if n_predicted else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def quality(documents: list[dict], extractor: Extractor) -> tuple[dict, list[dict]]:
    totals = {t: {"gold": 0, "predicted": 0, "exact": 0, "overlap": 0, "value": 0} for t in TYPES}
    per_document = []
    errors = []
    for doc in documents:
        spans = [(s.start, s.end) for s in split_passages(doc["text"])]
        result = extractor.extract(doc["text"], doc["lang"], spans)
        row = {"id": doc["id"], "lang": doc["lang"]}
        for kind in TYPES:
            gold = [m for m in doc["mentions"] if m["type"] == kind]
            predicted = [m for m in result.mentions if m["type"] == kind]
            counts = totals[kind]
            counts["gold"] += len(gold)
            counts["predicted"] += len(predicted)
            for mode in ("exact", "overlap", "value"):
                counts[mode] += match(gold, predicted, mode, kind, extractor.gazetteer)
            row[kind] = {"gold": len(gold), "predicted": len(predicted)}
            missed = [g["text"] for g in gold if not any(min(g["end"], p["end"]) > max(g["start"], p["start"])
                                                         for p in predicted)]
            spurious = [p["text"] for p in predicted if not any(min(g["end"], p["end"]) > max(g["start"], p["start"])
                                                                for g in gold)]
            if missed or spurious:
                errors.append({"document": doc["id"], "type": kind, "missed": missed[:15], "spurious": spurious[:15]})
        per_document.append(row)
    scores = {}
    for kind, c in totals.items():
        scores[kind] = {"gold": c["gold"], "predicted": c["predicted"],
                        "exact": prf(c["exact"], c["gold"], c["predicted"]),
                        "overlap": prf(c["overlap"], c["gold"], c["predicted"]),
                        "value": prf(c["value"], c["gold"], c["predicted"])}
        if kind in TARGETS:
            scores[kind]["target_f1"] = TARGETS[kind]
            scores[kind]["meets_target"] = scores[kind]["value"]["f1"] >= TARGETS[kind]
    return scores, errors


def speed(documents: list[dict], words_wanted: int) -> dict:
    english = [d["text"] for d in documents if d["lang"] == "en"]
    corpus, words = [], 0
    while words < words_wanted:
        for text in english:
            corpus.append(text)
            words += len(text.split())
    passages = [text[s.start:s.end] for text in corpus for s in split_passages(text)]
    nlp = load_model("en")
    runs = []
    for batch_size, n_process in ((32, 1), (128, 1), (32, 2)):
        started = time.perf_counter()
        for _ in nlp.pipe(passages, batch_size=batch_size, n_process=n_process):
            pass
        bare = time.perf_counter() - started
        extractor = Extractor(batch_size=batch_size, n_process=n_process)
        started = time.perf_counter()
        for text in corpus:
            extractor.extract(text, "en", [(s.start, s.end) for s in split_passages(text)])
        ours = time.perf_counter() - started
        runs.append({"batch_size": batch_size, "n_process": n_process,
                     "bare_spacy_words_per_s": round(words / bare), "ours_words_per_s": round(words / ours),
                     "ratio": round(bare / ours, 2)})
        print(f"speed batch={batch_size} n_process={n_process}: bare spaCy {words / bare:,.0f} words/s, "
              f"ours {words / ours:,.0f} words/s, ratio {bare / ours:.2f}")
    return {"words": words, "runs": runs, "target_ratio": 0.6,
            "meets_target": runs[0]["ratio"] >= 0.6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--speed-words", type=int, default=60000)
    args = parser.parse_args()
    documents = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    extractor = Extractor()
    scores, errors = quality(documents, extractor)
    for kind, s in scores.items():
        print(f"{kind:<7} gold {s['gold']:>4} predicted {s['predicted']:>4} | exact F1 {s['exact']['f1']:.3f} "
              f"overlap F1 {s['overlap']['f1']:.3f} value P {s['value']['precision']:.3f} "
              f"R {s['value']['recall']:.3f} F1 {s['value']['f1']:.3f}"
              + (f" (target {s['target_f1']}: {'met' if s['meets_target'] else 'NOT met'})" if "target_f1" in s else ""))
    speeds = speed(documents, args.speed_words)
    write_result("extraction", {"documents": len(documents),
                                "languages": sorted({d["lang"] for d in documents}),
                                "quality": scores, "speed": speeds, "errors": errors})


if __name__ == "__main__":
    main()
