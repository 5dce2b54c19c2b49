"""Train the sentence classifiers behind `factfinder check`'s rhetoric markers and stance.

Reads src/factfinder/data/check/training.jsonl (the project's own labelled sentences) and
writes, without pickle, into the same directory:

- check_models.npz   logistic-regression coefficients for two feature views (sentence embeddings,
                     character n-gram TF-IDF) and two tasks (technique, stance), plus the
                     embedded exemplars of each technique for nearest-exemplar similarity;
- check_models.json  class lists, the TF-IDF vocabulary and idf, the SHA-256 of the training
                     data and the embedding model version, so a test can prove the shipped model
                     was trained on the shipped data.

Run: .venv/bin/python scripts/train_check_models.py
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
from factfinder.check.markers import TFIDF_PARAMS, load_training  # noqa: E402


def data_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    path = DATA / "training.jsonl"
    rows = load_training(path)
    texts = [r["text"] for r in rows]
    vectors = embed.encode(texts)
    tfidf = TfidfVectorizer(**TFIDF_PARAMS).fit(texts)
    sparse = tfidf.transform(texts)
    arrays: dict[str, np.ndarray] = {}
    classes: dict[str, list[str]] = {}
    for task in ("technique", "stance"):
        labels = np.array([r[task] for r in rows])
        emb_model = LogisticRegression(C=4.0, max_iter=4000, class_weight="balanced").fit(vectors, labels)
        tf_model = LogisticRegression(C=8.0, max_iter=4000, class_weight="balanced").fit(sparse, labels)
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
        "training_sha256": data_hash(path),
        "training_rows": len(rows),
        "embedding_model": embed.model_version(),
        "classes": classes,
        "exemplar_labels": [rows[i]["technique"] for i in positive],
        "tfidf_params": {k: list(v) if isinstance(v, tuple) else v for k, v in TFIDF_PARAMS.items()},
        "tfidf_vocabulary": {k: int(v) for k, v in sorted(tfidf.vocabulary_.items())},
        "tfidf_idf": [round(float(x), 6) for x in tfidf.idf_],
    }
    np.savez_compressed(DATA / "check_models.npz", **arrays)
    (DATA / "check_models.json").write_text(json.dumps(meta, ensure_ascii=False, indent=0) + "\n",
                                             encoding="utf-8")
    print(f"trained on {len(rows)} sentences; classes {classes}")


if __name__ == "__main__":
    main()
