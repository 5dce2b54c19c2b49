"""`factfinder check` on the team's labelled set: verdicts, rhetoric markers, voice, stance, composite alarm.

    python benchmarks/check.py [--dump] [--docs a.txt,b.txt] [--data-dir DIR] [--no-embeddings]
                               [--fake] [--strict] [--speed [--speed-args "..."]] [--out NAME]
                               [--reports DIR]

The set (benchmarks/data/check/, see its README.md) is 20 documents in English and French, every
sentence labelled with its verdict against the demo record (supported / contradicted / disputed /
not_in_record, or none when it makes no checkable factual claim), the rhetoric techniques acceptable
for it, and their voice (own / reported); each document with its stance and composite flag.

The record is the one `factfinder demo` builds (the sample documents in examples/, the reference
pack of published figures and the proceedings), built into a temporary directory unless --data-dir
names one already built. Each document is then checked with `factfinder.check.check_text`.

Scores (targets in brackets):
- verdict macro-F1 over labelled sentences [>= 0.80]: a sentence's predicted verdict is that of the
  predicted claim overlapping it most; no claim -> not_in_record;
- markers at sentence level: a predicted marker belongs to the sentence it overlaps most; precision
  over distinct (sentence, technique) predictions, a hit when the gold list of that sentence names the
  technique [P >= 0.85]; recall over gold sentences with techniques, a hit when some prediction in the
  sentence names one of them [R >= 0.75]; the same with "any technique"; a per-technique table;
- voice accuracy (own vs reported) on sentences where both gold and prediction have markers;
- document stance accuracy [>= 0.90]; composite-alarm accuracy;
- own-voice markers on hard-negative documents (texts that criticise the ICTR, document RPF crimes or
  quote hate speech to condemn it) [target 0].

--dump prints every error (gold vs predicted); --reports DIR keeps each document's report as JSON.
--fake scores a synthetic report derived from the gold labels with noise (no record, no model: a test
of this scorer). --speed then runs benchmarks/check_speed.py if present. Results go to benchmarks/results/check.json.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import write_result  # noqa: E402

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "check"
LABELS = DATA / "labels.jsonl"
REPO = HERE.parent

VERDICTS = ("supported", "contradicted", "disputed", "not_in_record")
STANCES = ("acknowledges", "denies", "distorts", "mixed")
TECHNIQUES = ("minimisation", "double_genocide", "role_reversal", "spontaneity", "definitional_denial",
              "fabrication", "attack_on_witnesses", "blame_shifting", "justification", "dehumanisation",
              "accusation_in_mirror", "call_to_action")
TARGETS = {"verdict_macro_f1": 0.80, "marker_precision": 0.85, "marker_recall": 0.75, "stance_accuracy": 0.90,
           "hard_negative_own_markers": 0}


# ----------------------------------------------------------------------------------------- data

def load_labels(path: Path = LABELS, only: set[str] | None = None) -> list[dict]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        if only and doc["doc"] not in only:
            continue
        doc["text"] = (path.parent / doc["doc"]).read_text(encoding="utf-8")
        for x in doc["sentences"]:
            if doc["text"][x["start"]:x["end"]] != x["text"]:
                raise SystemExit(f"{doc['doc']}: label offsets do not match the text at {x['start']}")
        docs.append(doc)
    return docs


def as_dict(report: Any) -> dict:
    """A CheckReport (or its dict) as a plain dict with claims, markers, segments, stance, composite."""
    if isinstance(report, dict):
        return report
    if hasattr(report, "to_dict"):
        return report.to_dict(include_text=False)
    from dataclasses import asdict

    return asdict(report)


# ----------------------------------------------------------------------------------------- record

def build_record(home: Path):  # noqa: ANN201 - a Workbench
    """The record `factfinder demo` builds, via the library (no CLI)."""
    from factfinder.cli import demo as demo_module
    from factfinder.config import Config
    from factfinder.workbench import Workbench

    wb = Workbench(Config(home=home, user="benchmark"))
    builder = getattr(demo_module, "build_demo", None)   # reuse a library-level builder if the CLI grows one
    if callable(builder):
        builder(wb)
        return wb
    from factfinder.record.accountability import import_proceedings
    from factfinder.record.reference import load_reference_pack

    paths = demo_module.example_documents(REPO / "examples")
    for path in paths:
        wb.ingest([path], extract=True)
    load_reference_pack(wb)
    import_proceedings(wb, REPO / "src" / "factfinder" / "data" / "proceedings" / "rwanda1994_proceedings.csv")
    wb.rebuild()
    return wb


def open_record(home: Path):  # noqa: ANN201
    from factfinder.config import Config
    from factfinder.workbench import Workbench

    return Workbench(Config(home=home, user="benchmark"))


# ----------------------------------------------------------------------------------------- fake reports

def fake_report(doc: dict, rng: random.Random, noise: float = 0.15) -> dict:
    """A synthetic report from the gold labels with noise, to test the scorer without the checker."""
    claims, markers = [], []
    for x in doc["sentences"]:
        if x["verdict"] and rng.random() > noise / 2:
            verdict = x["verdict"] if rng.random() > noise else rng.choice(VERDICTS)
            if verdict != "not_in_record" or rng.random() < 0.5:
                claims.append({"text": x["text"], "start": x["start"], "end": x["end"], "verdict": verdict})
        if x["markers"] and rng.random() > noise:
            voice = x["voice"] if rng.random() > noise else ("own" if x["voice"] == "reported" else "reported")
            markers.append({"start": x["start"], "end": min(x["end"], x["start"] + 20),
                            "text": x["text"][:20], "technique": x["markers"][0], "voice": voice, "confidence": 0.9})
        elif not x["markers"] and rng.random() < noise / 3:
            markers.append({"start": x["start"], "end": x["end"], "text": x["text"],
                            "technique": rng.choice(TECHNIQUES), "voice": "own", "confidence": 0.5})
    stance = doc["stance"] if rng.random() > noise else rng.choice(STANCES)
    alarm = doc["composite"] if rng.random() > noise else not doc["composite"]
    return {"language": doc["language"], "claims": claims, "markers": markers, "segments": [],
            "stance": stance, "composite": {"alarm": alarm, "reason": "fake", "segments": []}}


# ----------------------------------------------------------------------------------------- scoring

def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def best_sentence(sentences: list[dict], start: int, end: int) -> int | None:
    """Index of the sentence a span overlaps most (a zero-width span: the sentence containing it)."""
    best, best_len = None, 0
    for i, x in enumerate(sentences):
        n = overlap(start, end, x["start"], x["end"])
        if start == end and x["start"] <= start < x["end"]:
            n = 1
        if n > best_len:
            best, best_len = i, n
    return best


def predicted_verdict(sentence: dict, claims: list[dict]) -> tuple[str, dict | None]:
    best, best_len = None, 0
    for c in claims:
        n = overlap(sentence["start"], sentence["end"], c["start"], c["end"])
        if n > best_len:
            best, best_len = c, n
    return (best["verdict"], best) if best else ("not_in_record", None)


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp,
            "predicted": n_pred, "gold": n_gold}


def score(docs: list[dict], reports: dict[str, dict]) -> tuple[dict, list[dict]]:
    """All scores, and the list of errors (for --dump)."""
    errors: list[dict] = []
    # --- verdicts
    confusion: dict[str, Counter] = {v: Counter() for v in VERDICTS}
    claims_on_unlabelled = 0
    for doc in docs:
        rep = reports[doc["doc"]]
        claims = rep.get("claims", [])
        for i, x in enumerate(doc["sentences"]):
            pred, claim = predicted_verdict(x, claims)
            if x["verdict"] is None:
                claims_on_unlabelled += claim is not None
                continue
            confusion[x["verdict"]][pred] += 1
            if pred != x["verdict"]:
                errors.append({"kind": "verdict", "doc": doc["doc"], "sentence": i, "text": x["text"],
                               "gold": x["verdict"], "predicted": pred,
                               "claim": (claim or {}).get("text"), "explanation": (claim or {}).get("explanation", "")})
    per_verdict = {}
    for v in VERDICTS:
        tp = confusion[v][v]
        n_gold = sum(confusion[v].values())
        n_pred = sum(confusion[g][v] for g in VERDICTS)
        per_verdict[v] = prf(tp, n_pred, n_gold)
    n_labelled = sum(sum(c.values()) for c in confusion.values())
    verdict_scores = {
        "sentences": n_labelled,
        "accuracy": round(sum(confusion[v][v] for v in VERDICTS) / n_labelled, 3) if n_labelled else 0.0,
        "macro_f1": round(sum(per_verdict[v]["f1"] for v in VERDICTS) / len(VERDICTS), 3),
        "per_verdict": per_verdict,
        "confusion": {g: {p: confusion[g][p] for p in VERDICTS} for g in VERDICTS},
        "claims_on_sentences_without_a_checkable_claim": claims_on_unlabelled,
    }

    # --- markers
    pairs_total = pairs_tp = 0
    any_pred_sentences = any_pred_tp = 0
    gold_sentences = gold_hit_technique = gold_hit_any = 0
    voice_total = voice_ok = 0
    voice_confusion: dict[str, Counter] = {"own": Counter(), "reported": Counter()}
    per_tech = {t: Counter() for t in TECHNIQUES}
    unplaced = 0
    hard_negative_own: list[dict] = []
    for doc in docs:
        rep = reports[doc["doc"]]
        by_sentence: dict[int, list[dict]] = defaultdict(list)
        for m in rep.get("markers", []):
            i = best_sentence(doc["sentences"], m["start"], m["end"])
            if i is None:
                unplaced += 1
                continue
            by_sentence[i].append(m)
            if doc["hard_negative"] and m.get("voice") == "own":
                x = doc["sentences"][i]
                hard_negative_own.append({"doc": doc["doc"], "sentence": i, "technique": m["technique"],
                                          "span": doc["text"][m["start"]:m["end"]], "text": x["text"]})
        for i, x in enumerate(doc["sentences"]):
            gold = set(x["markers"])
            preds = by_sentence.get(i, [])
            techniques = {m["technique"] for m in preds}
            for t in techniques:
                pairs_total += 1
                per_tech.setdefault(t, Counter())["predicted"] += 1
                if t in gold:
                    pairs_tp += 1
                    per_tech[t]["tp_predicted"] += 1
                else:
                    errors.append({"kind": "marker_false_positive", "doc": doc["doc"], "sentence": i,
                                   "text": x["text"], "gold": sorted(gold), "predicted": t,
                                   "spans": [doc["text"][m["start"]:m["end"]] for m in preds if m["technique"] == t],
                                   "voice": [m.get("voice") for m in preds if m["technique"] == t]})
            for t in gold:
                per_tech[t]["gold"] += 1
                if t in techniques:
                    per_tech[t]["tp_gold"] += 1
            if preds:
                any_pred_sentences += 1
                any_pred_tp += bool(gold)
            if gold:
                gold_sentences += 1
                gold_hit_any += bool(preds)
                if gold & techniques:
                    gold_hit_technique += 1
                else:
                    errors.append({"kind": "marker_missed", "doc": doc["doc"], "sentence": i, "text": x["text"],
                                   "gold": sorted(gold), "predicted": sorted(techniques), "voice": x["voice"]})
            if gold and preds and x["voice"]:
                top = max(preds, key=lambda m: m.get("confidence", 0.0))
                voice_total += 1
                voice_confusion[x["voice"]][top.get("voice")] += 1
                if top.get("voice") == x["voice"]:
                    voice_ok += 1
                else:
                    errors.append({"kind": "voice", "doc": doc["doc"], "sentence": i, "text": x["text"],
                                   "gold": x["voice"], "predicted": top.get("voice"), "technique": top["technique"]})
    technique_scores = {"precision": round(pairs_tp / pairs_total, 3) if pairs_total else 0.0,
                        "recall": round(gold_hit_technique / gold_sentences, 3) if gold_sentences else 0.0,
                        "predicted_pairs": pairs_total, "correct_pairs": pairs_tp,
                        "gold_sentences": gold_sentences, "gold_sentences_found": gold_hit_technique}
    p, r = technique_scores["precision"], technique_scores["recall"]
    technique_scores["f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    any_scores = {"precision": round(any_pred_tp / any_pred_sentences, 3) if any_pred_sentences else 0.0,
                  "recall": round(gold_hit_any / gold_sentences, 3) if gold_sentences else 0.0,
                  "predicted_sentences": any_pred_sentences, "gold_sentences": gold_sentences}
    p, r = any_scores["precision"], any_scores["recall"]
    any_scores["f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
    per_technique = {}
    for t in sorted(per_tech, key=lambda t: (t not in TECHNIQUES, TECHNIQUES.index(t) if t in TECHNIQUES else 0)):
        c = per_tech[t]
        per_technique[t] = {"gold_sentences": c["gold"], "predicted": c["predicted"],
                            "precision": round(c["tp_predicted"] / c["predicted"], 3) if c["predicted"] else None,
                            "recall": round(c["tp_gold"] / c["gold"], 3) if c["gold"] else None}
    voice_scores = {"sentences": voice_total, "accuracy": round(voice_ok / voice_total, 3) if voice_total else None,
                    "confusion": {g: dict(voice_confusion[g]) for g in voice_confusion}}

    # --- stance and composite
    stance_ok = composite_ok = 0
    stance_confusion: dict[str, Counter] = {s: Counter() for s in STANCES}
    composite_counts = Counter()
    for doc in docs:
        rep = reports[doc["doc"]]
        pred_stance = rep.get("stance")
        stance_confusion[doc["stance"]][pred_stance] += 1
        if pred_stance == doc["stance"]:
            stance_ok += 1
        else:
            errors.append({"kind": "stance", "doc": doc["doc"], "gold": doc["stance"], "predicted": pred_stance,
                           "segments": [(s.get("start"), s.get("end"), s.get("stance"))
                                        for s in rep.get("segments", [])]})
        alarm = bool((rep.get("composite") or {}).get("alarm"))
        composite_counts[("tp" if doc["composite"] else "fp") if alarm else ("fn" if doc["composite"] else "tn")] += 1
        if alarm == doc["composite"]:
            composite_ok += 1
        else:
            errors.append({"kind": "composite", "doc": doc["doc"], "gold": doc["composite"], "predicted": alarm,
                           "reason": (rep.get("composite") or {}).get("reason", "")})
    n = len(docs)
    for item in hard_negative_own:
        errors.append({"kind": "hard_negative_own_marker", **item})
    scores = {
        "documents": n,
        "verdicts": verdict_scores,
        "markers": {"technique_match": technique_scores, "any_technique": any_scores,
                    "unplaced_markers": unplaced, "per_technique": per_technique},
        "voice": voice_scores,
        "stance": {"accuracy": round(stance_ok / n, 3) if n else 0.0,
                   "balanced_accuracy": round(sum(stance_confusion[g][g] / sum(stance_confusion[g].values())
                                                  for g in STANCES if stance_confusion[g])
                                              / max(1, sum(1 for g in STANCES if stance_confusion[g])), 3),
                   "confusion": {g: dict(stance_confusion[g]) for g in STANCES}},
        "composite": {"accuracy": round(composite_ok / n, 3) if n else 0.0, **dict(composite_counts)},
        "hard_negatives": {"documents": sum(d["hard_negative"] for d in docs),
                           "own_voice_markers": len(hard_negative_own)},
    }
    scores["targets"] = {
        "verdict_macro_f1": {"value": verdict_scores["macro_f1"], "target": TARGETS["verdict_macro_f1"],
                             "met": verdict_scores["macro_f1"] >= TARGETS["verdict_macro_f1"]},
        "marker_precision": {"value": technique_scores["precision"], "target": TARGETS["marker_precision"],
                             "met": technique_scores["precision"] >= TARGETS["marker_precision"]},
        "marker_recall": {"value": technique_scores["recall"], "target": TARGETS["marker_recall"],
                          "met": technique_scores["recall"] >= TARGETS["marker_recall"]},
        "stance_accuracy": {"value": scores["stance"]["accuracy"], "target": TARGETS["stance_accuracy"],
                            "met": scores["stance"]["accuracy"] >= TARGETS["stance_accuracy"]},
        "hard_negative_own_markers": {"value": len(hard_negative_own), "target": 0, "met": not hard_negative_own},
    }
    return scores, errors


# ----------------------------------------------------------------------------------------- output

def _mark(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def print_table(scores: dict, timing: dict | None = None) -> None:
    v, m, t = scores["verdicts"], scores["markers"], scores["targets"]
    print(f"\nfactfinder check on {scores['documents']} labelled documents")
    print("-" * 78)
    print(f"{'measure':<44}{'value':>10}{'target':>10}  ")
    rows = [
        ("verdict macro-F1 (" + str(v["sentences"]) + " sentences)", t["verdict_macro_f1"]),
        ("marker precision (technique match)", t["marker_precision"]),
        ("marker recall (technique match)", t["marker_recall"]),
        ("document stance accuracy", t["stance_accuracy"]),
        ("own-voice markers on hard negatives", t["hard_negative_own_markers"]),
    ]
    for name, row in rows:
        value = row["value"]
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        target = f">= {row['target']}" if name != "own-voice markers on hard negatives" else "0"
        print(f"{name:<44}{shown:>10}{target:>10}  {_mark(row['met'])}")
    print(f"{'verdict accuracy':<44}{v['accuracy']:>10.3f}")
    print(f"{'marker F1 (technique match)':<44}{m['technique_match']['f1']:>10.3f}")
    a = m["any_technique"]
    print(f"{'marker precision / recall (any technique)':<44}{a['precision']:>5.3f} / {a['recall']:.3f}")
    vo = scores["voice"]
    voice_acc = vo["accuracy"] if vo["accuracy"] is not None else float("nan")
    print(f"{'voice accuracy (own vs reported)':<44}{voice_acc:>10.3f}"
          f"   on {vo['sentences']} sentences")
    print(f"{'stance balanced accuracy':<44}{scores['stance']['balanced_accuracy']:>10.3f}")
    print(f"{'composite alarm accuracy':<44}{scores['composite']['accuracy']:>10.3f}")
    print("\nverdicts       precision  recall     F1   gold  predicted")
    for name, row in v["per_verdict"].items():
        print(f"{name:<14}{row['precision']:>10.3f}{row['recall']:>8.3f}{row['f1']:>7.3f}"
              f"{row['gold']:>7}{row['predicted']:>11}")
    print("confusion (rows gold, columns predicted): " + ", ".join(VERDICTS))
    for g in VERDICTS:
        print(f"  {g:<14}" + "".join(f"{v['confusion'][g][p]:>8}" for p in VERDICTS))
    print("\ntechnique              gold  predicted  precision  recall")
    for name, row in m["per_technique"].items():
        pr = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        rc = "-" if row["recall"] is None else f"{row['recall']:.3f}"
        print(f"{name:<22}{row['gold_sentences']:>5}{row['predicted']:>11}{pr:>11}{rc:>8}")
    print("\nstance confusion (rows gold): "
          + ", ".join(f"{g}: {dict(c)}" for g, c in scores["stance"]["confusion"].items()))
    if timing:
        print(f"\ntime: record {timing.get('record_seconds', 0):.1f} s, "
              f"checking {timing.get('check_seconds', 0):.1f} s "
              f"({timing.get('seconds_per_document', 0):.2f} s per document)")


def dump(errors: list[dict]) -> None:
    print(f"\n{len(errors)} error(s)")
    for e in errors:
        kind = e["kind"]
        where = f"{e['doc']}" + (f" #{e['sentence']}" if "sentence" in e else "")
        if kind == "verdict":
            print(f"[verdict] {where}: gold {e['gold']}, predicted {e['predicted']}\n    {e['text']}")
            if e.get("claim"):
                print(f"    claim: {e['claim']}" + (f" — {e['explanation']}" if e.get("explanation") else ""))
        elif kind == "marker_false_positive":
            print(f"[marker FP] {where}: predicted {e['predicted']} ({', '.join(map(str, e['voice']))}) "
                  f"on {e['spans']}; gold {e['gold'] or 'none'}\n    {e['text']}")
        elif kind == "marker_missed":
            print(f"[marker missed] {where}: gold {e['gold']} ({e['voice']}), predicted {e['predicted'] or 'none'}\n"
                  f"    {e['text']}")
        elif kind == "voice":
            print(f"[voice] {where}: gold {e['gold']}, predicted {e['predicted']} ({e['technique']})\n    {e['text']}")
        elif kind == "stance":
            print(f"[stance] {where}: gold {e['gold']}, predicted {e['predicted']}; segments {e['segments']}")
        elif kind == "composite":
            print(f"[composite] {where}: gold {e['gold']}, predicted {e['predicted']} {e.get('reason', '')}")
        elif kind == "hard_negative_own_marker":
            print(f"[hard negative, own voice] {where}: {e['technique']} on '{e['span']}'\n    {e['text']}")


def run_speed(extra: list[str] | None = None) -> dict | None:
    path = HERE / "check_speed.py"
    if not path.exists():
        print("benchmarks/check_speed.py not found; --speed skipped")
        return None
    spec = importlib.util.spec_from_file_location("benchmarks.check_speed", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    saved = sys.argv
    sys.argv = [str(path), *(extra or [])]
    try:
        try:
            result = module.main(list(extra or []))
        except TypeError:          # a main() that reads sys.argv itself
            result = module.main()
    finally:
        sys.argv = saved
    return result if isinstance(result, dict) else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--docs", help="comma-separated file names: score only these documents")
    parser.add_argument("--data-dir", type=Path, help="an already built demo record to check against")
    parser.add_argument("--no-embeddings", action="store_true", help="check with BM25 and rules only")
    parser.add_argument("--fake", action="store_true", help="score synthetic reports made from the gold (scorer test)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--strict", action="store_true", help="stop at the first document the checker fails on")
    parser.add_argument("--dump", action="store_true", help="print every error, gold vs predicted")
    parser.add_argument("--speed", action="store_true", help="also run benchmarks/check_speed.py")
    parser.add_argument("--speed-args", default="",
                        help="arguments for check_speed.py, e.g. \"--sizes 1000 --repeat 1\"")
    parser.add_argument("--out", default="check", help="name of the results file in benchmarks/results/")
    parser.add_argument("--reports", type=Path, help="also write each document's report as DIR/<document>.json")
    args = parser.parse_args()

    only = set(args.docs.split(",")) if args.docs else None
    docs = load_labels(args.labels, only)
    if not docs:
        raise SystemExit("no documents selected")
    reports: dict[str, dict] = {}
    timing: dict[str, Any] = {}
    per_doc: dict[str, float] = {}
    record_info: dict[str, Any] = {}
    failures: dict[str, str] = {}
    if args.fake:
        rng = random.Random(args.seed)
        reports = {d["doc"]: fake_report(d, rng) for d in docs}
    else:
        from factfinder.check import check_text

        started = time.perf_counter()
        tmp = None
        if args.data_dir:
            wb = open_record(args.data_dir)
        else:
            tmp = tempfile.TemporaryDirectory(prefix="factfinder-check-bench-")
            wb = build_record(Path(tmp.name) / "home")
        timing["record_seconds"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        for doc in docs:
            t0 = time.perf_counter()
            try:
                report = check_text(wb, doc["text"], language=doc["language"], use_embeddings=not args.no_embeddings)
            except Exception as exc:  # noqa: BLE001 - a failing document is scored as an empty report
                if args.strict:
                    raise
                failures[doc["doc"]] = f"{type(exc).__name__}: {exc}"
                print(f"FAILED {doc['doc']}: {failures[doc['doc']]}")
                report = {"claims": [], "markers": [], "segments": [], "stance": None, "composite": {"alarm": False}}
            per_doc[doc["doc"]] = round(time.perf_counter() - t0, 3)
            reports[doc["doc"]] = as_dict(report)
            if args.reports:
                args.reports.mkdir(parents=True, exist_ok=True)
                (args.reports / f"{doc['doc']}.json").write_text(json.dumps(reports[doc["doc"]], ensure_ascii=False,
                                                                          default=str), encoding="utf-8")
            record_info = reports[doc["doc"]].get("record") or record_info
            print(f"checked {doc['doc']:<40} {per_doc[doc['doc']]:>7.2f} s  "
                  f"claims {len(reports[doc['doc']].get('claims', [])):>3}  "
                  f"markers {len(reports[doc['doc']].get('markers', [])):>3}  "
                  f"stance {reports[doc['doc']].get('stance')}")
        timing["check_seconds"] = round(time.perf_counter() - started, 2)
        timing["seconds_per_document"] = round(timing["check_seconds"] / len(docs), 3)
        if tmp is not None:
            tmp.cleanup()
    scores, errors = score(docs, reports)
    print_table(scores, timing)
    if args.dump:
        dump(errors)
    payload = {"labels": str(args.labels.relative_to(REPO)) if args.labels.is_relative_to(REPO) else str(args.labels),
               "mode": "fake" if args.fake else ("bm25+rules" if args.no_embeddings else "full"),
               "documents": [d["doc"] for d in docs], "targets": TARGETS, **scores,
               "timing": {**timing, "per_document": per_doc}, "record": record_info,
               "errors": Counter(e["kind"] for e in errors), "failed_documents": failures}
    if failures:
        print(f"\n{len(failures)} document(s) failed and were scored as empty reports: {', '.join(failures)}")
    if args.speed:
        payload["speed"] = run_speed(args.speed_args.split())
    if args.fake and args.out == "check":
        print("--fake: results not written (pass --out NAME to write them)")
        return 0
    write_result(args.out, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
