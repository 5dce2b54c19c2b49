"""Property tests for the readers and the passage splitter: no crash but our own
errors, and passages always exact."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from factfinder.errors import IngestError
from factfinder.ingest.readers import ReadOptions, read
from factfinder.ingest.text import MAX_PASSAGE, decode, split_passages

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

paragraph_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000)
structured_text = st.lists(
    st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=0, max_size=200),
              st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "  ", "\t", ". ", "- item", "1. ", "\f"])),
    max_size=60).map("".join)


def _check_passages(text: str, spans) -> None:
    previous = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous
        piece = text[span.start:span.end]
        assert piece == piece.strip() and piece
        assert len(piece) <= MAX_PASSAGE
        previous = span.end
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@FAST
@given(structured_text)
def test_passages_are_exact_and_cover_every_visible_character(text):
    _check_passages(text, split_passages(text))


@FAST
@given(paragraph_text)
def test_passages_on_arbitrary_unicode(text):
    _check_passages(text, split_passages(text))


def test_long_single_line_is_cut_at_sentence_ends():
    text = "The killings spread. " * 2000
    spans = split_passages(text)
    _check_passages(text, spans)
    assert len(spans) > 5
    assert all(text[s.start:s.end].endswith(".") for s in spans)


@FAST
@given(st.binary(max_size=4000))
def test_decode_never_fails_other_than_with_our_error(data):
    try:
        decoded = decode(data, "fuzz.txt")
    except IngestError as exc:
        assert exc.code.name in ("E104", "E105")
    else:
        assert isinstance(decoded.text, str)


@FAST
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=500),
       st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_decode_round_trips_unicode(text, encoding):
    assume(not any(ord(c) < 32 and c not in "\t\n\r\f" for c in text))
    data = text.encode(encoding)
    assert decode(data, "x.txt").text == text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html", ".pdf", ".docx"]))
def test_readers_raise_only_ingest_errors_on_junk(data, suffix):
    try:
        result = read(data, "fuzz" + suffix, suffix, ReadOptions())
    except IngestError:
        return
    assert result.text.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10_000), st.binary(min_size=1, max_size=64))
def test_pdf_reader_on_damaged_pdfs(cut, noise):
    from tests.documents import PARAGRAPHS, make_pdf
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        good = make_pdf(Path(folder) / "g.pdf", [PARAGRAPHS]).read_bytes()
    damaged = good[: cut % len(good)] + noise + good[cut % len(good) + len(noise):]
    try:
        read(damaged, "damaged.pdf", ".pdf")
    except IngestError as exc:
        assert exc.code.name in ("E106", "E107", "E109")


def test_docx_reader_on_a_truncated_file():
    import docx

    document = docx.Document()
    document.add_paragraph("Text.")
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()[:500]
    try:
        read(data, "t.docx", ".docx")
        raise AssertionError("a truncated DOCX must not read")
    except IngestError as exc:
        assert exc.code.name == "E108"
