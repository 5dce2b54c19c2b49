"""Checking a text against the record.

`check_text(wb, text)` reads a text the record has never seen — an article, a post, a
transcript — and reports, sentence by sentence, what the record says about it:

1. extraction, as for a source (figures, dates, actors, places, attributions, claims);
2. each claim matched to the record (hybrid BM25 + embedding retrieval, values compared as
   values) with a verdict and its evidence (`check.verdicts`);
3. arithmetic the text does, re-done (`check.arithmetic`);
4. rhetoric markers of denial, distortion and incitement, each with its published basis and
   whose voice it is in (`check.markers`);
5. stance per segment and for the document, and the composite alarm when parts of one
   document disagree (`check.stance`).

The text is not added to the record; `add_to_record=True` (CLI `--add`) ingests it as a
source afterwards, under custody like any other.
"""

from __future__ import annotations

import os
import threading
import time
from typing import Callable

import numpy as np

from factfinder.check.model import (
    DOCUMENT_STANCES,
    SEGMENT_STANCES,
    TECHNIQUES,
    VERDICTS,
    ArithmeticFinding,
    CheckReport,
    ClaimCheck,
    Composite,
    Evidence,
    Marker,
    Segment,
)
from factfinder.errors import E, InvalidInput

__all__ = ["check_text", "CheckReport", "ClaimCheck", "Evidence", "ArithmeticFinding", "Marker", "Segment",
           "Composite", "VERDICTS", "TECHNIQUES", "DOCUMENT_STANCES", "SEGMENT_STANCES", "MAX_CHECK_CHARS"]

# A check is interactive work on one text; 2 MB is a long book. Longer texts should be split.
MAX_CHECK_CHARS = 2_000_000
# spaCy batches of a few passages hand their sentences to the embedding thread early; later
# batches grow to CHECK_SPACY_BATCH_MAX, which spaCy reads faster (the output is the same at any
# batch size); see `embed.BackgroundEncoder` for the encoder's.
CHECK_SPACY_BATCH = 4
CHECK_SPACY_BATCH_MAX = 16
ENCODE_BATCH = 16
DENSE_SCAN = 96
# Embed on a second thread only where there is a second core to run it; on one core the
# thread would only add switching. (Module-level so a benchmark can time both ways.)
OVERLAP_EMBEDDING = len(os.sched_getaffinity(0)) > 1 if hasattr(os, "sched_getaffinity") else \
    (os.cpu_count() or 1) > 1

_extractor = None
_extractor_lock = threading.Lock()


def _get_extractor():  # noqa: ANN202
    global _extractor
    with _extractor_lock:
        if _extractor is None:
            from factfinder.extract.pipeline import Extractor

            _extractor = Extractor()
        return _extractor


def check_text(wb, text: str, language: str | None = None, *,  # noqa: ANN001 - a Workbench
               progress: Callable[[str], None] | None = None,
               use_embeddings: bool = True) -> CheckReport:
    """Check `text` against the record of `wb`; see the module docstring.

    `language` is an ISO 639-1 code; detected when not given. `use_embeddings=False` skips the
    embedding model (BM25 and rules only): faster to start, less recall.
    """
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput(E.E601)
    if len(text) > MAX_CHECK_CHARS:
        raise InvalidInput(E.E602, size=len(text), limit=MAX_CHECK_CHARS)
    say = progress or (lambda message: None)
    # Wall seconds per stage, and the CPU seconds of this thread beside them ("<stage>_cpu"):
    # on a shared machine wall time says how busy the other jobs were, CPU time what the
    # check cost. The embedding thread's CPU is reported apart, and "total_cpu" is the whole
    # process's (every thread's).
    timings: dict[str, float] = {}
    started, started_cpu = time.perf_counter(), time.process_time()
    cpu_mark = [time.thread_time()]

    def lap(name: str, since: float) -> float:
        now, now_cpu = time.perf_counter(), time.thread_time()
        timings[name] = round(now - since, 4)
        timings[name + "_cpu"] = round(now_cpu - cpu_mark[0], 4)
        cpu_mark[0] = now_cpu
        return now

    from factfinder.ingest.metadata import detect_language
    from factfinder.ingest.text import split_passages

    language = (language or detect_language(text) or "en").lower()
    passages = [(span.start, span.end) for span in split_passages(text)] or [(0, len(text))]
    from factfinder.check.retrieve import RecordIndex
    from factfinder.check.verdicts import assess_claims

    t = time.perf_counter()
    index = RecordIndex.build(wb, progress=say)   # first: the embedding thread scans it
    index.forget_prefetched()
    t = lap("index", t)

    # The sentences are embedded on a second thread while spaCy reads the rest of the text,
    # each passage's as soon as spaCy has split it; that thread also scans the record's
    # vectors with each batch (`prefetch_dense`). The vectors are put back in the order of
    # `extraction.sentences` by their offsets.
    encoder, submitted = None, []
    dense_scan = [0.0]
    if use_embeddings:
        from factfinder import embed

        unscanned: list = []
        scan_lock = threading.Lock()

        def scan(batch: list[str], vectors) -> None:  # noqa: ANN001 - an ndarray
            # The record's matrix is read once per scan: a scan of a few vectors costs as much
            # memory traffic as one of a hundred, so vectors are scanned DENSE_SCAN at a time
            # (the last few are scanned by the search itself).
            with scan_lock:
                unscanned.extend(vectors)
                if len(unscanned) < DENSE_SCAN:
                    return
                block = np.stack(unscanned)
                unscanned.clear()
            began = time.perf_counter()
            index.prefetch_dense(block)
            with scan_lock:
                dense_scan[0] += time.perf_counter() - began

        # spaCy hands sentences over a batch of passages at a time: a text of one batch has
        # nothing to overlap, and is embedded after extraction on this thread.
        if OVERLAP_EMBEDDING and len(passages) > CHECK_SPACY_BATCH:
            encoder = embed.BackgroundEncoder(batch_size=ENCODE_BATCH, on_batch=scan)

    def embed_sentences(spans: list[tuple[int, int]]) -> None:
        submitted.extend(spans)
        encoder.submit([text[s:e] for s, e in spans])

    say("reading the text")
    try:
        # Every statement naming someone or somewhere is judged, not only those with a figure,
        # a date or an event verb: "the agreement provided for a single army" is checkable too.
        extraction = _get_extractor().extract(text, language, passages, batch_size=CHECK_SPACY_BATCH,
                                              max_batch_size=CHECK_SPACY_BATCH_MAX,
                                              on_sentences=embed_sentences if encoder else None,
                                              named_facts=True)
    except BaseException:
        if encoder is not None:
            encoder.close()
        raise
    t = lap("extraction", t)
    sentences = [(s, e) for s, e, _ in extraction.sentences]
    if not sentences:
        sentences = [(0, len(text))]
        if encoder is not None:
            embed_sentences(sentences)
    if encoder is not None:
        encoder.close()
    attributions = [m for m in extraction.mentions if m["type"] == "attribution"]

    from factfinder.check.arithmetic import check_arithmetic

    arithmetic = check_arithmetic(text, extraction.mentions, language)
    t = lap("arithmetic", t)

    say("matching claims to the record")
    index.prefetch_lexical([c["text"] for c in extraction.claims])   # while the last sentences are embedded
    t = lap("bm25", t)
    from factfinder.check.markers import rule_matches

    # The rhetoric rules need no vectors: matched now, while the embedding thread finishes.
    marker_matches = rule_matches(text, sentences)
    t = lap("marker_rules", t)

    sentence_vectors = None
    if use_embeddings:
        from factfinder import embed

        try:
            if encoder is not None:
                vectors = encoder.result()
                row = {span: i for i, span in enumerate(submitted)}
                sentence_vectors = vectors[[row[span] for span in sentences]]
            else:
                sentence_vectors = embed.encode([text[s:e] for s, e in sentences], batch_size=ENCODE_BATCH)
        except embed.EmbeddingsUnavailable:
            sentence_vectors = None
        t = lap("embedding", t)
        # Work done on the embedding thread, overlapped with the stages above.
        timings["embedding_thread_cpu"] = round(encoder.worker_cpu if encoder is not None else 0.0, 4)
        timings["dense_scan"] = round(dense_scan[0], 4)

    # The sentences are embedded once: claims that are whole sentences reuse those vectors.
    index.last_search = {}
    claims = assess_claims(wb, index, text, extraction.claims, extraction.mentions, sentences=sentences,
                           sentence_vectors=sentence_vectors, use_embeddings=use_embeddings)
    index.forget_prefetched()
    t = lap("verdicts", t)
    # Retrieval runs inside the verdicts stage; the index times its last search.
    for key, seconds in getattr(index, "last_search", {}).items():
        timings[key] = round(seconds, 4)

    say("reading for rhetoric")
    from factfinder.check.markers import detect_markers, markers_from_checks
    from factfinder.check.stance import composite_alarm, document_stance, segment_stances, voices_in_context

    markers = detect_markers(text, sentences, language, attributions, sentence_vectors=sentence_vectors,
                             use_embeddings=use_embeddings, matches=marker_matches)
    # What the verdicts show (a denial thesis, a toll far below the record's) is rhetoric too.
    markers = sorted(markers + markers_from_checks(text, claims, sentences, markers, attributions),
                     key=lambda m: (m.start, m.end))
    # ... and a denial thesis the markers read in words the verdicts' own patterns miss is a claim
    # the record's statements contradict.
    from factfinder.check.verdicts import (contradict_by_markers, contradict_by_period, denials_without_claims,
                                           judge_jurisdiction)

    claims = contradict_by_markers(index, claims, markers)
    # ... and one the extractor found no claim in is a claim all the same when it states a denial thesis.
    claims = sorted(claims + denials_without_claims(index, text, sentences, claims, markers), key=lambda c: c.start)
    # ... and a length or an end the text gives the genocide that the record's dates rule out, too.
    claims = contradict_by_period(index, claims, arithmetic)
    # ... and the ICTR's temporal jurisdiction, told with other bounds than resolution 955's.
    claims = judge_jurisdiction(index, claims, language)
    t = lap("markers", t)
    segments = segment_stances(text, sentences, markers, language, sentence_vectors=sentence_vectors,
                               use_embeddings=use_embeddings)
    stance = document_stance(segments, markers)
    composite = composite_alarm(text, segments, markers)
    if composite.alarm:
        stance = "mixed"   # parts of the document disagree: no single stance describes it
    markers = voices_in_context(markers, stance)
    lap("stance", t)
    timings["total"] = round(time.perf_counter() - started, 4)
    timings["total_cpu"] = round(time.process_time() - started_cpu, 4)

    return CheckReport(
        text=text, language=language, claims=claims, arithmetic=arithmetic, markers=markers,
        segments=segments, stance=stance, composite=composite,
        record=_describe(index), timings=timings)


def _describe(index) -> dict:  # noqa: ANN001 - a RecordIndex
    """What the text was checked against: enough to reproduce the check later."""
    from factfinder import embed

    return {"claims": len(index), "sources": len(index.sources), "events": len(index.events),
            "disputes": len(index.disputes), "fingerprint": index.fingerprint,
            "embedding_model": embed.model_version(), **index.timings}
