"""The quick paths of `check`: they must give what the plain paths give.

- `embed.BackgroundEncoder` (sentences embedded on a second thread while spaCy reads) returns
  the vectors `embed.encode` returns, one per submitted text, in submission order;
- `Extractor.extract` hands each passage's sentences to `on_sentences` and returns the same
  result whatever spaCy's batch size;
- the extractor's sorted-span overlap tests answer as the pairwise test did;
- `RecordIndex` candidates found ahead of a search (`prefetch_dense`, `prefetch_lexical`)
  give the hits a search without them gives;
- `check_text` hands markers, stance and verdicts one vector per sentence, in sentence order.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from factfinder.extract.pipeline import Extractor, _overlaps, _Spans
from tests.conftest import IN_CI

TEXT = ("On 7 April 1994 soldiers killed 12 people at the parish church in Kigali, witnesses said. "
        "The report describes the situation in Butare in great detail.\n\n"
        "About 800,000 people were killed in the genocide. Human Rights Watch estimated that 500,000 "
        "people were killed. The report describes the situation in Butare in great detail.\n\n"
        "On 6 April 1994 the plane carrying President Habyarimana was shot down near Kigali airport.\n")


def _passages(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            out.append((start, start + len(block.rstrip("\n"))))
        start += len(block) + 2
    return out


@pytest.fixture(scope="module")
def embedder():
    from factfinder import embed

    try:
        embed.load_model()
    except embed.EmbeddingsUnavailable as exc:
        # The model ships with the `check` extra that `make test` installs: under CI its absence
        # is a failure, never a silent skip.
        if IN_CI:
            pytest.fail(f"the embedding model is missing: {exc}")
        pytest.skip(f"no embedding model: {exc}")
    return embed


def test_the_traced_encoder_gives_the_eager_models_vectors(embedder, monkeypatch):
    # The packaged pipeline (transformer, mean pooling, normalisation) runs traced with TorchScript,
    # which releases the interpreter lock during the forward pass; the vectors must be the model's.
    monkeypatch.setenv("FACTFINDER_EMBED_PRECISION", "float32")
    assert embedder.embedding_precision() == "float32"
    forward = embedder._traced_forward()
    assert forward is not None, "the packaged model should trace"
    texts = [s for s in TEXT.replace("\n", " ").split(". ") if s.strip()] + ["Short.", "word " * 300]
    traced = embedder.encode(texts, batch_size=4)
    eager = np.asarray(embedder.load_model().encode(texts, batch_size=4, normalize_embeddings=True,
                                                    convert_to_numpy=True, show_progress_bar=False))
    assert traced.shape == eager.shape == (len(texts), embedder.DIMENSIONS)
    assert float(np.abs(traced - eager).max()) < 1e-5   # truncation at the model's 256 tokens included
    assert np.allclose(np.linalg.norm(traced, axis=1), 1.0, atol=1e-5)


def test_bfloat16_vectors_stand_for_the_float32_ones(embedder, monkeypatch):
    # Where the CPU multiplies bfloat16 the encoder runs in it; vectors cached in float32 (a record
    # embedded before, or on another machine) are compared with them, so they must agree closely,
    # far closer than any similarity threshold the check uses (its steps are hundredths).
    texts = [s for s in TEXT.replace("\n", " ").split(". ") if s.strip()] + ["Short.", "word " * 300]
    monkeypatch.setenv("FACTFINDER_EMBED_PRECISION", "float32")
    full = embedder.encode(texts, batch_size=4)
    monkeypatch.setenv("FACTFINDER_EMBED_PRECISION", "bfloat16")
    assert embedder._traced_forward() is not embedder._traced.get("float32")
    half = embedder.encode(texts, batch_size=4)
    assert half.dtype == np.float32 and half.shape == full.shape
    assert np.allclose(np.linalg.norm(half, axis=1), 1.0, atol=1e-5)
    cosines = np.sum(half * full, axis=1)
    assert float(cosines.min()) > 0.9995
    assert not np.array_equal(half, full)   # it did run in bfloat16
    # The nearest text of each text is the same in either precision.
    assert np.array_equal(np.argsort(-(half @ full.T), axis=1)[:, :3], np.argsort(-(full @ full.T), axis=1)[:, :3])


def test_the_precision_is_chosen_from_the_cpu_unless_set(embedder, monkeypatch):
    monkeypatch.delenv("FACTFINDER_EMBED_PRECISION", raising=False)
    monkeypatch.setattr(embedder, "_cpu_multiplies_bfloat16", lambda: True)
    assert embedder.embedding_precision() == "bfloat16"
    monkeypatch.setattr(embedder, "_cpu_multiplies_bfloat16", lambda: False)
    assert embedder.embedding_precision() == "float32"
    monkeypatch.setenv("FACTFINDER_EMBED_PRECISION", " BFloat16 ")
    assert embedder.embedding_precision() == "bfloat16"
    monkeypatch.setenv("FACTFINDER_EMBED_PRECISION", "fp16")
    with pytest.raises(ValueError, match="float32, bfloat16"):
        embedder.embedding_precision()


def test_background_encoder_gives_the_plain_vectors_in_submission_order(embedder):
    texts = [s for s in TEXT.replace("\n", " ").split(". ") if s.strip()]
    texts = texts + texts[:2] + ["A sentence on its own."]   # repeats are embedded once, returned each time
    encoder = embedder.BackgroundEncoder(batch_size=2, grab=3)
    for first in range(0, len(texts), 3):
        encoder.submit(texts[first:first + 3])
    got = encoder.result()
    want = embedder.encode(texts)
    assert got.shape == want.shape == (len(texts), embedder.DIMENSIONS)
    assert np.all(np.sum(got * want, axis=1) > 0.9999)
    assert encoder.worker_cpu >= 0.0


def test_background_encoder_reports_each_batch_and_raises_what_failed(embedder):
    seen: list[str] = []
    encoder = embedder.BackgroundEncoder(batch_size=2, on_batch=lambda texts, vectors: seen.extend(texts))
    encoder.submit(["one sentence.", "another sentence.", "a third one."])
    assert len(encoder.result()) == 3 and sorted(seen) == sorted(["one sentence.", "another sentence.",
                                                                  "a third one."])

    def fail(texts, vectors):  # noqa: ANN001, ANN202
        raise ValueError("scan failed")

    broken = embedder.BackgroundEncoder(on_batch=fail)
    broken.submit(["one sentence."])
    with pytest.raises(ValueError, match="scan failed"):
        broken.result()
    assert len(embedder.BackgroundEncoder().result()) == 0


def test_sorted_spans_answer_as_the_pairwise_test():
    rng = random.Random(3)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            spans.append((start, start + rng.randint(0, 15)))
        index = _Spans(spans)
        for _ in range(20):
            start = rng.randint(0, 70)
            end = start + rng.randint(0, 12)
            probe = {"start": start, "end": end}
            assert index.overlaps(start, end) == any(_overlaps(probe, {"start": s, "end": e}) for s, e in spans)
            assert index.encloses_longer(start, end) == any(
                s <= start and end <= e and e - s > end - start for s, e in spans)
        extra = (rng.randint(0, 60), rng.randint(60, 90))
        index.add(*extra)
        spans.append(extra)
        assert index.overlaps(50, 61) == any(s < 61 and 50 < e for s, e in spans)


def test_sentences_are_handed_over_per_passage_and_batch_size_changes_nothing():
    extractor = Extractor()
    passages = _passages(TEXT)
    handed: list[list[tuple[int, int]]] = []
    fast = extractor.extract(TEXT, "en", passages, on_sentences=handed.append, batch_size=1)
    plain = extractor.extract(TEXT, "en", passages)
    assert len(handed) == len(passages)
    assert [span for spans in handed for span in spans] == [(s, e) for s, e, _ in plain.sentences]
    assert (fast.mentions, fast.claims, fast.sentences, fast.warnings) == \
        (plain.mentions, plain.claims, plain.sentences, plain.warnings)


def test_prefetched_candidates_give_the_same_hits(tmp_path, embedder):
    from factfinder.check.retrieve import RecordIndex
    from factfinder.config import Config
    from factfinder.workbench import Workbench

    wb = Workbench(Config(home=tmp_path / "home", user="tester"))
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "record.txt"
    path.write_text(TEXT + "\nOn 7 April 1994 ten Belgian peacekeepers were killed at Camp Kigali.\n", encoding="utf-8")
    assert wb.ingest([path], {"title": "A record", "language": "en"}, extract=True)[0].status == "added"
    index = RecordIndex.build(wb)
    queries = ["Soldiers killed twelve people at a church in Kigali on 7 April 1994.",
               "The president's plane was shot down on 6 April 1994.", "Nothing the record holds."]
    vectors = embedder.encode(queries)
    index.forget_prefetched()
    plain = index.search_many(queries, [{}] * len(queries), k=5, vectors=vectors)
    index.prefetch_dense(vectors)
    index.prefetch_lexical(queries)
    fast = index.search_many(queries, [{}] * len(queries), k=5, vectors=vectors)
    index.forget_prefetched()
    assert [[(h.row, round(h.score, 9), round(h.cosine, 5), h.bm25) for h in hits] for hits in fast] == \
        [[(h.row, round(h.score, 9), round(h.cosine, 5), h.bm25) for h in hits] for hits in plain]
    assert plain[0] and plain[1]
    wb.close()


@pytest.mark.parametrize("overlap", [True, False])
def test_check_text_hands_one_vector_per_sentence_in_order(tmp_path, embedder, monkeypatch, overlap):
    import factfinder.check as check
    import factfinder.check.markers as markers
    from factfinder.check import check_text
    from factfinder.config import Config
    from factfinder.workbench import Workbench

    # One passage per spaCy batch, so that this short text is embedded on the second thread.
    monkeypatch.setattr(check, "CHECK_SPACY_BATCH", 1)
    monkeypatch.setattr(check, "OVERLAP_EMBEDDING", overlap)

    seen = {}
    detect = markers.detect_markers

    def spy(text, sentences, *args, sentence_vectors=None, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        seen["sentences"], seen["vectors"] = sentences, sentence_vectors
        return detect(text, sentences, *args, sentence_vectors=sentence_vectors, **kwargs)

    monkeypatch.setattr(markers, "detect_markers", spy)
    wb = Workbench(Config(home=tmp_path / "home", user="tester"))
    report = check_text(wb, TEXT)
    wb.close()
    sentences, vectors = seen["sentences"], seen["vectors"]
    assert vectors is not None and len(vectors) == len(sentences) > 3
    want = embedder.encode([TEXT[s:e] for s, e in sentences])
    assert np.all(np.sum(vectors * want, axis=1) > 0.9999)
    assert report.timings["total"] > 0
    assert (report.timings["embedding_thread_cpu"] > 0) == overlap
