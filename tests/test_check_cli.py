"""`factfinder check` end to end: the first seed, the CLI's outputs and its errors.

The seed is a real document: genocide denial spliced onto a law-review article on the ICTR.
Its denial half (the first 35 lines) must be flagged, the law-review half must not, the
composite alarm must ring, and its "twice the total number of Tutsis" arithmetic must be redone.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factfinder.check import check_text
from factfinder.cli.main import cli
from factfinder.workbench import Workbench
from tests.conftest import read_seed

SEED = "000_2118157c6dff38a8.txt"

RECORD_TEXT = ("On 6 April 1994 the plane carrying President Juvénal Habyarimana was shot down over Kigali.\n\n"
               "According to Human Rights Watch, at least 500,000 people were killed in the genocide "
               "between April and July 1994.\n")


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    home = tmp_path_factory.mktemp("check-seed")
    wb = Workbench.open(home=str(home))
    try:
        doc = home / "record.txt"
        doc.write_text(RECORD_TEXT, encoding="utf-8")
        wb.ingest([doc], extract=True)
        wb.rebuild()
        text = read_seed(SEED)
        yield text, check_text(wb, text)
    finally:
        wb.close()


def test_seed_denial_half_is_flagged_and_the_law_review_half_is_not(seed_report):
    text, report = seed_report
    lines = text.split("\n")
    boundary = len("\n".join(lines[:35]))          # the last line of the spliced denial
    own = [m for m in report.markers if m.voice == "own"]
    flagged = " | ".join(text[m.start:m.end] for m in own)
    for phrase in ("alleged", "C.I.A.-fabricated", "so-called", "twice the total number of Tutsis"):
        assert phrase in flagged, f"{phrase!r} not flagged; flagged: {flagged}"
    assert all(m.end <= boundary for m in own), [text[m.start:m.end] for m in own if m.end > boundary]
    for m in report.markers:
        assert text[m.start:m.end] == m.text
    assert report.composite.alarm and report.stance in ("denies", "mixed")


def test_seed_arithmetic_is_redone(seed_report):
    text, report = seed_report
    twice = [a for a in report.arithmetic if a.stated_value == 2 and a.consistent is False]
    assert twice, [a.text for a in report.arithmetic]
    finding = twice[0]
    assert round(finding.computed, 2) == 1.80
    assert finding.category_mismatch
    assert {round(o.value) for o in finding.operands} == {1074017, 596387}


def test_seed_claims_carry_verdicts_with_exact_offsets(seed_report):
    text, report = seed_report
    assert len(report.claims) > 20
    for claim in report.claims:
        assert text[claim.start:claim.end] == claim.text
        assert claim.verdict in ("supported", "contradicted", "disputed", "not_in_record")
    # The plane was shot down on 6 April 1994: the record says so too.
    plane = [c for c in report.claims if "Apr. 06, 1994" in c.text]
    assert plane and plane[0].verdict == "supported", [(c.verdict, c.explanation) for c in plane]


def test_cli_json_html_claimreview_and_errors(tmp_path):
    home = tmp_path / "home"
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(cli, ["--data-dir", str(home), *args], input=input)

    doc = tmp_path / "record.txt"
    doc.write_text(RECORD_TEXT, encoding="utf-8")
    assert run("ingest", str(doc)).exit_code == 0
    post = tmp_path / "post.txt"
    post.write_text("The plane was shot down on 7 April 1994. No more than 50,000 people were killed "
                    "in the so-called genocide.\n", encoding="utf-8")
    html_out, reviews_out = tmp_path / "report.html", tmp_path / "reviews.jsonld"
    result = run("check", str(post), "--json", "--html", str(html_out), "--claimreview", str(reviews_out),
                 "--url", "https://example.org/post")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert {"claims", "arithmetic", "markers", "segments", "stance", "composite"} <= set(report)
    verdicts = {c["text"]: c["verdict"] for c in report["claims"]}
    assert verdicts.get("The plane was shot down on 7 April 1994.") == "contradicted", verdicts
    assert any(m["technique"] == "definitional_denial" and m["voice"] == "own" for m in report["markers"])
    assert "<!doctype html>" in html_out.read_text(encoding="utf-8")
    reviews = json.loads(reviews_out.read_text(encoding="utf-8"))
    assert reviews[0]["@type"] == "ClaimReview" and reviews[0]["itemReviewed"]["appearance"]["url"]
    # The text was not added to the record.
    sources = json.loads(run("sources", "--json").stdout)
    assert len(sources) == 1

    # Reports never overwrite a file.
    again = run("check", str(post), "--html", str(html_out))
    assert again.exit_code == 2 and "E604" in again.output
    # An empty text is a clear error.
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = run("check", str(empty))
    assert result.exit_code == 2 and "E601" in result.output
    missing = run("check", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "E603" in missing.output
    # stdin, and --add puts the text in the record.
    result = run("check", "-", "--add", "--json", input="Interahamwe militia killed about 5,000 people at "
                                                        "Nyarubuye parish on 15 April 1994.\n")
    assert result.exit_code == 0, result.output
    assert len(json.loads(run("sources", "--json").stdout)) == 2
