"""The check report's HTML page and ClaimReview JSON-LD, from a hand-made report."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from factfinder.check.model import (
    ArithmeticFinding,
    CheckReport,
    ClaimCheck,
    Composite,
    Evidence,
    Marker,
    Operand,
    Segment,
)
from factfinder.check.render import _highlights, to_claimreview, to_html

TEXT = ("The government counted 1,074,017 victims. This is twice the 596,387 Tutsis. "
        "The so-called genocide is a <fabrication> & a myth.")


def _report() -> CheckReport:
    claim_start = 0
    claim_end = TEXT.index(".") + 1
    so_called = TEXT.index("so-called")
    twice = TEXT.index("twice")
    return CheckReport(
        text=TEXT, language="en",
        claims=[ClaimCheck(text=TEXT[claim_start:claim_end], start=claim_start, end=claim_end, verdict="supported",
                           evidence=[Evidence(relation="supports", source_id="ab" * 32, source_title="Dénombrement 2002",
                                              text="1,074,017 victims", start=10, end=27, grade="B", credibility=2)],
                           explanation="The record's figure is 1,074,017.")],
        arithmetic=[ArithmeticFinding(kind="multiple", text=TEXT[twice:twice + 27], start=twice, end=twice + 27,
                                      stated="twice", stated_value=2.0, computed=1.8, consistent=False,
                                      operands=[Operand("1,074,017", 23, 32, 1074017.0),
                                                Operand("596,387", twice + 10, twice + 17, 596387.0)],
                                      category_mismatch="victims of all groups vs a Tutsi population",
                                      explanation="1,074,017 ÷ 596,387 = 1.80, not 2.")],
        markers=[Marker(start=so_called, end=so_called + 19, text=TEXT[so_called:so_called + 19],
                        technique="definitional_denial", voice="own", basis="ihra:denial",
                        basis_citation="IHRA working definition (2013)", confidence=0.9)],
        segments=[Segment(0, len(TEXT), "denies")],
        stance="denies", composite=Composite(alarm=True, reason="scholarship then denial", segments=[0]),
        record={"claims": 12, "sources": 3})


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value and not value.startswith("#"):
                self.external.append(value)

    def handle_data(self, data):  # noqa: ANN001
        self.text.append(data)


def test_html_is_self_contained_and_escapes_the_text() -> None:
    page = to_html(_report(), title="Check: post.txt")
    parser = _Collect()
    parser.feed(page)
    assert parser.external == []            # no CDN, no script, no image: it opens offline
    assert "script" not in parser.tags
    assert "<fabrication>" not in page and "&lt;fabrication&gt;" in page
    visible = "".join(parser.text)
    assert "Composite document" in visible and "scholarship then denial" in visible
    assert "Supported by the record" in visible and "Dénombrement 2002" in visible
    assert "does not hold" in visible and "victims of all groups vs a Tutsi population" in visible
    assert "Definitional denial" in visible and "IHRA working definition (2013)" in visible


def test_highlights_do_not_overlap_and_cover_the_marker() -> None:
    spans = _highlights(_report())
    for (s1, e1, *_), (s2, e2, *_) in zip(spans, spans[1:]):
        assert e1 <= s2
    so_called = TEXT.index("so-called")
    assert any(s == so_called and css.startswith("marker own") for s, e, css, _ in spans)
    # The claim and the arithmetic overlap on the figure; the claim keeps its own part.
    assert any(css == "claim supported" for *_, css, _ in spans)


def test_highlighted_text_reads_back_as_the_original() -> None:
    page = to_html(_report())
    body = re.search(r'<div class="text"[^>]*>(.*?)</div>', page, re.S).group(1)
    plain = re.sub(r"<[^>]+>", "", body)
    import html as _html

    assert _html.unescape(plain) == TEXT


def test_claimreview_has_the_schema_fields() -> None:
    reviews = to_claimreview(_report(), url="https://example.org/post", date_published="2026-11-25")
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "The government counted 1,074,017 victims."
    assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/post"
    rating = review["reviewRating"]
    assert rating["alternateName"] == "Supported by the record"
    assert (rating["worstRating"], rating["ratingValue"], rating["bestRating"]) == (1, 4, 4)
    assert "Dénombrement 2002" in rating["ratingExplanation"]
    assert review["datePublished"] == "2026-11-25"
    json.dumps(reviews)  # JSON-serialisable as is


def test_report_json_shape() -> None:
    data = _report().to_dict()
    assert set(data) >= {"claims", "arithmetic", "markers", "segments", "stance", "composite"}
    assert "text" not in data
    claim = data["claims"][0]
    assert {"text", "start", "end", "verdict", "evidence"} <= set(claim)
    marker = data["markers"][0]
    assert {"start", "end", "technique", "voice", "basis"} <= set(marker)
    assert data["segments"][0] == {"start": 0, "end": len(TEXT), "stance": "denies", "scores": {}, "style": {}}
