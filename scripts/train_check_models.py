"""Train the sentence classifiers behind `factfinder check`'s rhetoric markers and stance.

Reads src/factfinder/data/check/training.jsonl (short sentences written for the project, one
technique and stance each) and training_labelled_sets.jsonl (every sentence of the labelled
sets in LABELLED_SETS: real genres, with their hard negatives), and writes, without pickle,
into the same directory:

- check_models.npz   logistic-regression coefficients for two feature views (sentence embeddings,
                     character n-gram TF-IDF) and two tasks (technique, stance), plus the
                     embedded exemplars of each technique for nearest-exemplar similarity;
- check_models.json  class lists, the TF-IDF vocabulary and idf, the SHA-256 of the training
                     data and the embedding model version, so a test can prove the shipped model
                     was trained on the shipped data.

    .venv/bin/python scripts/train_check_models.py --collect   # the labelled sets' rows, again
    .venv/bin/python scripts/train_check_models.py             # fit and write the model
    .venv/bin/python scripts/train_check_models.py --loso --record DIR   # leave-one-set-out estimate

A labelled sentence becomes one row per technique its label accepts, or a `none` row; it teaches
the technique classifier and the exemplars, not the stance classifier (its `stance` field, the
technique's family in the author's own voice, is kept for reading only: trained on it, the stance
classifier took the plain facts of a denial text for acknowledgement). `check/` is never a row: it stays the
markers' own measure; nor are the held-out sets (HELD_OUT). With --loso, each set's markers are
found by a model fitted without that set, and compared with the shipped model's (the rules'
matches, the check's claims and the sentence vectors are taken once per document, from a check
against the demo record at DIR, which is built there if missing).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "factfinder" / "data" / "check"
sys.path.insert(0, str(ROOT / "src"))

from factfinder import embed  # noqa: E402
from factfinder.check import markers  # noqa: E402
from factfinder.check.markers import LABELLED_TRAINING, TFIDF_PARAMS, load_training  # noqa: E402

LABELLED_SETS = ("check-blind", "check-blind2", "check-blind3", "check-blind4", "check-blind5",
                 "check-train1", "check-train2", "check-train3", "check-train4", "check-train5", "check-train6",
                 "check-train7", "check-train8", "check-train9", "check-train10", "check-train11",
                 "check-train12", "check-train13", "check-train14", "check-train15", "check-train16",
                 "check-train17", "check-train18", "check-train19", "check-train20", "check-train21",
                 "check-train22", "check-train23", "check-train24", "check-train25", "check-train26",
                 "check-train27", "check-train28", "check-train29", "check-train30",
                 "check-train31", "check-train32")
# check-train33 and check-train34 (session 20) are not rows: fitted with them (and the stance model fitted
# again after them), the classifiers marked more of check-train33's own hard negatives (texts that discuss
# denial to answer it) in the writer's voice, 4 own-voice markers before and 9 after, in sample, and its
# document stance fell from 0.917 to 0.750. They train the verdicts' second look, whose features hold no
# markers. check-train35 to check-train44 (sessions 21 to 27) train the second look only: the marker
# classifiers and the stance model were not fitted again in those sessions.
HELD_OUT = ("check-blind6", "check-blind7", "check-blind8", "check-blind9", "check-blind10", "check-blind11",
            "check-blind12", "check-blind13", "check-blind14", "check-blind15", "check-blind16",
            "check-blind17", "check-blind18", "check-blind19", "check-blind20",
            "check-blind21", "check-blind22", "check-blind23", "check-blind24", "check-blind25",
            "check-blind26", "check-blind27", "check-blind28", "check-blind29",
            "check-blind30")
SETS_DIR = ROOT / "benchmarks" / "data"


def data_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def labelled_rows(sets: tuple[str, ...] = LABELLED_SETS) -> list[dict]:
    """The training rows of the labelled sets' sentences (see the module docstring)."""
    rows = []
    for name in sets:
        for line in (SETS_DIR / name / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            for x in doc["sentences"]:
                text = x["text"].strip()
                if len(text) < 3:
                    continue
                base = {"text": text, "set": name, "doc": doc["doc"]}
                if not x["markers"]:
                    stance = "acknowledges" if doc["stance"] == "acknowledges" else "neutral"
                    rows.append({**base, "technique": "none", "stance": stance})
                    continue
                for technique in x["markers"]:
                    if x["voice"] != "own":
                        stance = "neutral"
                    else:
                        stance = "denies" if technique in markers.DENIAL_TECHNIQUES else "distorts"
                    rows.append({**base, "technique": technique, "stance": stance, "voice": x["voice"]})
    return rows


def collect() -> list[dict]:
    rows = labelled_rows()
    note = {"_note": "factfinder check: one row per sentence (and accepted technique) of the labelled sets "
                     f"{', '.join(LABELLED_SETS)} under benchmarks/data/, written by scripts/train_check_models.py "
                     "--collect. Rows with a technique other than 'none' in voice 'own' are DENIAL, DISTORTION OR "
                     "HATE-SPEECH TEST FIXTURES written by the project (see each set's README); 'reported' rows "
                     "quote such speech in texts that condemn or refute it."}
    LABELLED_TRAINING.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [note] + rows),
                                 encoding="utf-8")
    print(f"{len(rows)} rows from {len(LABELLED_SETS)} sets written to {LABELLED_TRAINING}")
    return rows


def fit(rows: list[dict], vectors: np.ndarray | None = None) -> tuple[dict, dict]:
    """The classifiers and exemplars fitted on `rows` (text, technique, stance): (meta, arrays),
    as `SentenceModel(parts=...)` reads them. `vectors` are the rows' embeddings if made already."""
    texts = [r["text"] for r in rows]
    if vectors is None:
        vectors = embed.encode(texts)
    tfidf = TfidfVectorizer(**TFIDF_PARAMS).fit(texts)
    sparse = tfidf.transform(texts)
    arrays: dict[str, np.ndarray] = {}
    classes: dict[str, list[str]] = {}
    for task in ("technique", "stance"):
        # The stance classifier learns from the written rows only: a labelled set's sentence has no
        # stance of its own (its document's is not its own: a fact stated in a denial is not one).
        used = np.array([task == "technique" or "set" not in r for r in rows])
        labels = np.array([r[task] for r in rows])[used]
        emb_model = LogisticRegression(C=4.0, max_iter=4000, class_weight="balanced").fit(vectors[used], labels)
        tf_model = LogisticRegression(C=8.0, max_iter=4000, class_weight="balanced").fit(sparse[used], labels)
        assert list(emb_model.classes_) == list(tf_model.classes_)
        classes[task] = [str(c) for c in emb_model.classes_]
        arrays[f"{task}_emb_coef"] = emb_model.coef_.astype(np.float32)
        arrays[f"{task}_emb_intercept"] = emb_model.intercept_.astype(np.float32)
        arrays[f"{task}_tfidf_coef"] = tf_model.coef_.astype(np.float32)
        arrays[f"{task}_tfidf_intercept"] = tf_model.intercept_.astype(np.float32)
    positive = [i for i, r in enumerate(rows) if r["technique"] != "none"]
    arrays["exemplar_vectors"] = vectors[positive].astype(np.float32)
    negative = [i for i, r in enumerate(rows) if r["technique"] == "none"]
    arrays["negative_vectors"] = vectors[negative].astype(np.float32)
    meta = {
        "training_rows": len(rows),
        "embedding_model": embed.model_version(),
        "classes": classes,
        "exemplar_labels": [rows[i]["technique"] for i in positive],
        "tfidf_params": {k: list(v) if isinstance(v, tuple) else v for k, v in TFIDF_PARAMS.items()},
        "tfidf_vocabulary": {k: int(v) for k, v in sorted(tfidf.vocabulary_.items())},
        "tfidf_idf": [round(float(x), 6) for x in tfidf.idf_],
    }
    return meta, arrays


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--collect", action="store_true", help="write the labelled sets' rows first")
    parser.add_argument("--loso", action="store_true", help="leave-one-set-out estimate (does not write the model)")
    parser.add_argument("--record", type=Path, default=None, help="the demo record for --loso (built if missing)")
    parser.add_argument("--dump", type=Path, default=None,
                        help="with --loso: write each set's marker, stance and hard-negative errors, found with "
                             "the model fitted without that set, to this file (as benchmarks/check.py --dump)")
    args = parser.parse_args(argv)
    if args.collect:
        collect()
    authored = load_training(DATA / "training.jsonl")
    labelled = load_training(LABELLED_TRAINING)
    if args.loso:
        loso(authored, labelled, args.record, args.dump)
        return
    meta, arrays = fit(authored + labelled)
    meta = {"training_sha256": data_hash(DATA / "training.jsonl"), "labelled_sha256": data_hash(LABELLED_TRAINING),
            **meta, "training_rows": len(authored), "labelled_rows": len(labelled)}
    np.savez_compressed(DATA / "check_models.npz", **arrays)
    (DATA / "check_models.json").write_text(json.dumps(meta, ensure_ascii=False, indent=0) + "\n",
                                             encoding="utf-8")
    print(f"trained on {len(authored)} written and {len(labelled)} labelled-set rows; classes {meta['classes']}")


def fitted_without_each_set(authored: list[dict], labelled: list[dict]) -> dict[str, "markers.SentenceModel"]:
    """For each labelled set, the classifiers fitted on every row but that set's (its documents are
    then read as unseen text); the rows are embedded once."""
    texts = list(dict.fromkeys(r["text"] for r in authored + labelled))
    vectors = dict(zip(texts, embed.encode(texts)))
    models = {}
    for name in LABELLED_SETS:
        rows = authored + [r for r in labelled if r["set"] != name]
        models[name] = markers.SentenceModel(parts=fit(rows, np.stack([vectors[r["text"]] for r in rows])))
        print(f"classifiers fitted without {name}", flush=True)
    return models


def loso(authored: list[dict], labelled: list[dict], record: Path | None, dump_to: Path | None = None) -> dict:
    """Markers and stance of every labelled set, found with a model fitted without that set,
    against the shipped model's; printed per set and pooled. With `dump_to`, the left-out errors
    other than verdicts are written there, set by set: what the markers miss on text they were not
    fitted to is what the next rule or exemplar should be about."""
    import contextlib
    import io
    import tempfile

    sys.path.insert(0, str(ROOT))
    from benchmarks.check import as_dict, build_record, dump, load_labels, open_record, score
    from factfinder.check import check_text, stance as stance_module

    home = record or Path(tempfile.mkdtemp(prefix="factfinder-markers-loso-"))
    wb = open_record(home) if (home / "factfinder.db").exists() else build_record(home)
    seen: dict = {}
    detect = markers.detect_markers

    def spy(text, sentences, language="en", attributions=None, sentence_vectors=None,  # noqa: ANN001, ANN202
            use_embeddings=True, matches=None):
        seen["args"] = (text, sentences, language, attributions, sentence_vectors)
        return detect(text, sentences, language, attributions, sentence_vectors=sentence_vectors,
                      use_embeddings=use_embeddings, matches=matches)

    taken: dict[str, list] = {}
    markers.detect_markers = spy
    try:
        for name in LABELLED_SETS:
            taken[name] = []
            for doc in load_labels(SETS_DIR / name / "labels.jsonl"):
                markers._LAST.clear()
                report = check_text(wb, doc["text"])
                taken[name].append((doc, seen["args"], report.claims, as_dict(report)))
            print(f"checked {name}", flush=True)
    finally:
        markers.detect_markers = detect
    wb.close()

    dumped: list[str] = []

    def run(model, documents, name: str | None = None) -> dict:  # noqa: ANN001
        shipped = markers.sentence_model
        markers.sentence_model = stance_module.sentence_model = lambda: model
        try:
            reports = {}
            for doc, (text, sentences, language, attributions, vectors), claims, report in documents:
                markers._LAST.clear()
                found = markers.detect_markers(text, sentences, language, attributions, sentence_vectors=vectors)
                found = sorted(found + markers.markers_from_checks(text, claims, sentences, found, attributions),
                               key=lambda m: (m.start, m.end))
                segments = stance_module.segment_stances(text, sentences, found, language, sentence_vectors=vectors)
                alarm = stance_module.composite_alarm(text, segments, found)
                stance = "mixed" if alarm.alarm else stance_module.document_stance(segments, found)
                found = stance_module.voices_in_context(found, stance)   # as check_text reads them
                reports[doc["doc"]] = {**report, "markers": [{"start": m.start, "end": m.end, "technique": m.technique,
                                                               "voice": m.voice} for m in found],
                                       "stance": stance,
                                       "composite": {**report.get("composite", {}), "alarm": alarm.alarm}}
            scores, errors = score([d for d, *_ in documents], reports)
            if name is not None:
                printed = io.StringIO()
                with contextlib.redirect_stdout(printed):
                    dump([e for e in errors if e["kind"] != "verdict"])
                dumped.append(f"## {name}\n{printed.getvalue()}")
        finally:
            markers.sentence_model = stance_module.sentence_model = shipped
        m = scores["markers"]["technique_match"]
        return {"correct": m["correct_pairs"], "predicted": m["predicted_pairs"], "gold": m["gold_sentences"],
                "found": m["gold_sentences_found"], "stance": scores["stance"]["accuracy"],
                "hard_negative_own": scores["hard_negatives"]["own_voice_markers"]}

    left_out = fitted_without_each_set(authored, labelled)
    out: dict[str, dict] = {}
    for name in LABELLED_SETS:
        out[name] = {"shipped": run(markers.SentenceModel(), taken[name]),
                     "left_out": run(left_out[name], taken[name], name)}
        print(name, out[name], flush=True)
    if dump_to is not None:
        dump_to.write_text("\n".join(dumped), encoding="utf-8")
        print(f"left-out errors written to {dump_to}")
    for kind in ("shipped", "left_out"):
        total = {k: sum(out[n][kind][k] for n in out) for k in ("correct", "predicted", "gold", "found",
                                                              "hard_negative_own")}
        print(f"{kind}: precision {total['correct'] / max(1, total['predicted']):.3f}, "
              f"recall {total['found'] / max(1, total['gold']):.3f}, hard-negative own-voice markers "
              f"{total['hard_negative_own']}, stance {np.mean([out[n][kind]['stance'] for n in out]):.3f}")
    return out


if __name__ == "__main__":
    main()
