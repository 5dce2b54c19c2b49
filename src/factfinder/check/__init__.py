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

import threading
import time
from typing import Callable

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
    timings: dict[str, float] = {}
    started = time.perf_counter()

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        timings[name] = round(now - since, 4)
        return now

    from factfinder.ingest.metadata import detect_language
    from factfinder.ingest.text import split_passages

    language = (language or detect_language(text) or "en").lower()
    passages = [(span.start, span.end) for span in split_passages(text)] or [(0, len(text))]
    say("reading the text")
    t = time.perf_counter()
    extraction = _get_extractor().extract(text, language, passages)
    t = lap("extraction", t)
    sentences = [(s, e) for s, e, _ in extraction.sentences] or [(0, len(text))]
    attributions = [m for m in extraction.mentions if m["type"] == "attribution"]

    sentence_vectors = None
    if use_embeddings:
        from factfinder import embed

        try:
            sentence_vectors = embed.encode([text[s:e] for s, e in sentences])
        except embed.EmbeddingsUnavailable:
            sentence_vectors = None
        t = lap("embedding", t)

    from factfinder.check.arithmetic import check_arithmetic

    arithmetic = check_arithmetic(text, extraction.mentions, language)
    t = lap("arithmetic", t)

    say("matching claims to the record")
    from factfinder.check.retrieve import RecordIndex
    from factfinder.check.verdicts import assess_claims

    index = RecordIndex.build(wb, progress=say)
    t = lap("index", t)
    # The sentences are embedded once: claims that are whole sentences reuse those vectors.
    claims = assess_claims(wb, index, text, extraction.claims, extraction.mentions, sentences=sentences,
                           sentence_vectors=sentence_vectors)
    t = lap("verdicts", t)

    say("reading for rhetoric")
    from factfinder.check.markers import detect_markers
    from factfinder.check.stance import composite_alarm, document_stance, segment_stances

    markers = detect_markers(text, sentences, language, attributions, sentence_vectors=sentence_vectors,
                             use_embeddings=use_embeddings)
    t = lap("markers", t)
    segments = segment_stances(text, sentences, markers, language, sentence_vectors=sentence_vectors,
                               use_embeddings=use_embeddings)
    stance = document_stance(segments, markers)
    composite = composite_alarm(text, segments, markers)
    lap("stance", t)
    timings["total"] = round(time.perf_counter() - started, 4)

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
