"""Train the second look of `factfinder check` (`factfinder.check.second_look`).

    .venv/bin/python scripts/train_second_look.py [--collect] [--record DIR]

With --collect, every document of the training sets (TRAINING_SETS, under benchmarks/data/) is
checked against the demo record (built into DIR, or a temporary directory) and, for each
labelled sentence, the verdict the rules gave the claim overlapping it most (as
benchmarks/check.py pairs them) is written to src/factfinder/data/check/second_look_training.jsonl
with the gold verdict and, when the rules said `not_in_record`, the second look's features.
Without it, the rows already written are used.

Then a logistic regression (standardised features) is fitted on the `not_in_record` rows and
written, without pickle, to src/factfinder/data/check/second_look.json with the features'
names, means and scales, the coefficients, the threshold, the SHA-256 of the training rows, and
a leave-one-set-out estimate: for each training set, the verdict macro-F1 of the rules alone
and with a second look trained on the other sets.

The held-out sets (HELD_OUT) are never collected: they measure what the model does on text
written after it. Collecting again is needed when the rules' verdicts change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from factfinder.check import second_look  # noqa: E402

TRAINING_SETS = ("check", "check-blind", "check-blind2", "check-blind3", "check-blind4", "check-blind5",
                 "check-train1", "check-train2", "check-train3", "check-train4", "check-train5", "check-train6",
                 "check-train7", "check-train8", "check-train9", "check-train10", "check-train11",
                 "check-train12", "check-train13", "check-train14", "check-train15", "check-train16",
                 "check-train17", "check-train18", "check-train19", "check-train20", "check-train21",
                 "check-train22", "check-train23", "check-train24", "check-train25", "check-train26",
                 "check-train27", "check-train28", "check-train29", "check-train30",
                 "check-train31")
HELD_OUT = ("check-blind6", "check-blind7", "check-blind8", "check-blind9", "check-blind10", "check-blind11",
            "check-blind12", "check-blind13", "check-blind14", "check-blind15", "check-blind16",
            "check-blind17", "check-blind18", "check-blind19", "check-blind20")
VERDICTS = ("supported", "contradicted", "disputed", "not_in_record")
C = 0.5            # inverse regularisation: chosen among 0.1-2 by the leave-one-set-out estimate
THRESHOLD = 0.4    # least probability of supported or disputed to replace not_in_record (0.4-0.7 tried)


def collect(record: Path | None) -> list[dict]:
    from benchmarks.check import build_record, load_labels, open_record, predicted_verdict
    from factfinder.check import check_text

    home = record or Path(tempfile.mkdtemp(prefix="factfinder-second-look-"))
    wb = open_record(home) if (home / "factfinder.db").exists() else build_record(home)
    seen: dict[tuple[int, int], dict] = {}

    def capture(index, claim, values, hits, sentence_hits, check):  # noqa: ANN001, ANN202
        seen[(claim["start"], claim["end"])] = second_look.claim_features(claim, values, hits, sentence_hits)
        return check   # the rules' verdict, unchanged: the model learns to read those

    real, second_look.reconsider = second_look.reconsider, capture
    rows: list[dict] = []
    try:
        for name in TRAINING_SETS:
            docs = load_labels(ROOT / "benchmarks" / "data" / name / "labels.jsonl")
            for n, doc in enumerate(docs, 1):
                seen.clear()
                report = check_text(wb, doc["text"], language=doc["language"])
                claims = [{"start": c.start, "end": c.end, "verdict": c.verdict} for c in report.claims]
                for sentence in doc["sentences"]:
                    if sentence["verdict"] is None:
                        continue
                    verdict, claim = predicted_verdict(sentence, claims)
                    features = seen.get((claim["start"], claim["end"])) if claim and verdict == "not_in_record" \
                        else None
                    rows.append({"set": name, "doc": doc["doc"], "start": sentence["start"], "end": sentence["end"],
                                 "gold": sentence["verdict"], "rules": verdict, "features": features})
                print(f"{name}: {n}/{len(docs)} documents, {len(rows)} labelled sentences", flush=True)
    finally:
        second_look.reconsider = real
        wb.close()
    return rows


def fit(rows: list[dict], names: list[str]) -> tuple[StandardScaler, LogisticRegression]:
    usable = [r for r in rows if r["features"] is not None]
    x = np.array([[r["features"][k] for k in names] for r in usable], dtype=float)
    y = [r["gold"] for r in usable]
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=C, max_iter=4000).fit(scaler.transform(x), y)
    return scaler, model


def as_spec(scaler: StandardScaler, model: LogisticRegression, names: list[str]) -> dict:
    return {"features": names, "classes": [str(c) for c in model.classes_],
            "mean": [round(float(v), 8) for v in scaler.mean_], "scale": [round(float(v), 8) for v in scaler.scale_],
            "coef": [[round(float(v), 8) for v in row] for row in model.coef_],
            "intercept": [round(float(v), 8) for v in model.intercept_], "threshold": THRESHOLD}


def leave_one_set_out(rows: list[dict], names: list[str]) -> dict:
    out = {}
    for held in TRAINING_SETS:
        scaler, model = fit([r for r in rows if r["set"] != held], names)
        look = second_look.SecondLook(as_spec(scaler, model, names))
        gold, rules, looked = [], [], []
        for r in rows:
            if r["set"] != held:
                continue
            gold.append(r["gold"])
            rules.append(r["rules"])
            read = look.read(r["features"]) if r["features"] is not None else None
            looked.append(read[0] if read else r["rules"])
        out[held] = {"sentences": len(gold),
                     "rules_macro_f1": round(float(f1_score(gold, rules, labels=VERDICTS, average="macro")), 3),
                     "with_second_look": round(float(f1_score(gold, looked, labels=VERDICTS, average="macro")), 3)}
        print(f"{held:14s} {out[held]['rules_macro_f1']:.3f} -> {out[held]['with_second_look']:.3f}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--collect", action="store_true", help="check the training sets again first")
    parser.add_argument("--record", type=Path, help="the demo record's directory (built there if empty)")
    args = parser.parse_args()
    if args.collect:
        rows = collect(args.record)
        second_look.TRAINING_PATH.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows),
                                             encoding="utf-8")
    raw = second_look.TRAINING_PATH.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    names = sorted(next(r["features"] for r in rows if r["features"] is not None))
    cv = leave_one_set_out(rows, names)
    scaler, model = fit(rows, names)
    spec = as_spec(scaler, model, names)
    spec.update({"training_sha256": hashlib.sha256(raw).hexdigest(), "training_rows": len(rows),
                 "fitted_rows": sum(r["features"] is not None for r in rows), "training_sets": list(TRAINING_SETS),
                 "held_out": list(HELD_OUT), "regularisation_C": C, "cv": cv})
    second_look.MODEL_PATH.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {second_look.MODEL_PATH} ({spec['fitted_rows']} rows fitted of {len(rows)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
