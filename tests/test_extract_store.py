"""Extraction stored with its sources: mentions and claims in `show`, review decisions
logged, and human decisions kept when extraction runs again."""

from __future__ import annotations

import pytest

from factfinder.errors import InvalidInput, NotFound

TEXT = ("On 6 April 1994 the plane of President Juvénal Habyarimana was shot down over Kigali. "
        "According to Human Rights Watch, at least 500,000 people were killed between April and July 1994.\n\n"
        "The Interhamwe militia and the FAR led the killings in Butare; the RPF took Kigali on 4 July 1994.[12]\n\n"
        "Notes\n[12] Des Forges, A. Leave None to Tell the Story. Human Rights Watch, 1999.\n")


@pytest.fixture
def extracted(wb, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    source_id = wb.ingest([path], extract=True)[0].source_id
    return source_id


def _find(shown: dict, kind: str, text: str) -> dict:
    return next(m for m in shown["mentions"] if m["type"] == kind and m["text"] == text)


def test_show_has_mentions_and_claims_tied_to_exact_characters(wb, extracted):
    shown = wb.show(extracted)
    text = shown["text"]
    assert shown["mentions"] and shown["claims"]
    for mention in shown["mentions"]:
        assert text[mention["start"]:mention["end"]] == mention["text"]
        assert mention["status"] == "suggested" and 0 < mention["confidence"] <= 1
    for claim in shown["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["text"]
    assert _find(shown, "actor", "Interhamwe")["normalized"]["canonical"] == "Interahamwe"
    assert _find(shown, "date", "6 April 1994")["normalized"]["earliest"] == "1994-04-06"
    figure = _find(shown, "figure", "at least 500,000")["normalized"]
    assert figure["low"] == 500000
    citation = _find(shown, "citation", "[12]")["normalized"]
    assert citation["reference"]["text"].startswith("Des Forges")
    hrw_claim = next(c for c in shown["claims"] if "500,000" in c["text"])
    assert "Human Rights Watch" in hrw_claim["asserted_by"] and hrw_claim["stance"] == "reports"


def test_extraction_run_is_logged(wb, extracted):
    entry = wb.custody_log()[-1]
    assert entry["action"] == "extraction_run" and entry["object_id"] == extracted
    assert entry["details"]["counts"]["figure"] >= 1
    assert wb.verify().ok


def test_review_decisions_are_logged_and_survive_reextraction(wb, extracted):
    shown = wb.show(extracted)
    accepted = _find(shown, "place", "Butare")
    rejected = _find(shown, "figure", "at least 500,000")
    edited = _find(shown, "date", "4 July 1994")
    wb.review(accepted["id"], "accept")
    wb.review(rejected["id"], "reject")
    wb.review(edited["id"], "edit", {"precision": '"day"', "note": "checked against HRW"})
    decisions = [e for e in wb.custody_log() if e["action"] == "review_decision"]
    assert [d["details"]["decision"] for d in decisions] == ["accept", "reject", "edit"]

    wb.extract([extracted])
    again = wb.show(extracted)
    by_span = {(m["type"], m["start"], m["end"]): m for m in again["mentions"]}
    assert by_span[("place", accepted["start"], accepted["end"])]["status"] == "confirmed"
    assert by_span[("figure", rejected["start"], rejected["end"])]["status"] == "rejected"
    kept = by_span[("date", edited["start"], edited["end"])]
    assert kept["status"] == "edited" and kept["normalized"]["note"] == "checked against HRW"
    # No duplicate suggestion at a decided span.
    spans = [(m["type"], m["start"], m["end"]) for m in again["mentions"]]
    assert len(spans) == len(set(spans))


def test_editing_a_span_keeps_text_and_offsets_in_step(wb, extracted):
    shown = wb.show(extracted)
    mention = _find(shown, "place", "Butare")
    updated = wb.review(mention["id"], "edit", {"start": str(mention["start"] - 3)})
    assert updated["text"] == shown["text"][mention["start"] - 3:mention["end"]]
    with pytest.raises(InvalidInput):
        wb.review(mention["id"], "edit", {"end": "99999999"})
    with pytest.raises(NotFound):
        wb.review(987654, "accept")


def test_cli_review_lists_and_decides(wb, extracted, store_url, home):
    import json

    from click.testing import CliRunner

    from factfinder.cli import cli

    base = ["--db", store_url, "--data-dir", str(home)]
    listing = json.loads(CliRunner().invoke(cli, [*base, "review", extracted[:8], "--type", "actor", "--json"]).output)
    assert {m["normalized"]["canonical"] for m in listing} >= {"Interahamwe"}
    result = CliRunner().invoke(cli, [*base, "review", "--accept", str(listing[0]["id"])])
    assert result.exit_code == 0 and "confirmed" in result.output
    confirmed = json.loads(CliRunner().invoke(cli, [*base, "review", extracted, "--status", "confirmed",
                                                    "--json"]).output)
    assert [m["id"] for m in confirmed] == [listing[0]["id"]]
