"""Ingestion of every supported format, with exact passage offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.documents import PARAGRAPHS, make_docx, make_html, make_pdf


def _assert_exact(shown: dict) -> None:
    text = shown["text"]
    assert shown["passages"], "no passages"
    previous_end = 0
    for p in shown["passages"]:
        assert text[p["start"]:p["end"]] == p["text"]
        assert p["text"] == p["text"].strip()
        assert p["start"] >= previous_end
        previous_end = p["end"]


def test_seeds_ingest_with_text_unchanged_and_exact_offsets(wb):
    outcomes = wb.ingest([SEEDS])
    assert [o.status for o in outcomes] == ["added", "added"]
    for outcome in outcomes:
        shown = wb.show(outcome.source_id)
        original = Path(outcome.path).read_bytes()
        assert shown["text"] == original.decode("utf-8")
        assert shown["source"]["language"] == "en"
        _assert_exact(shown)
        # Every non-blank line of the seed is inside some passage.
        covered = sum(p["end"] - p["start"] for p in shown["passages"])
        assert covered >= len(shown["text"].replace("\n", "").strip()) - 2 * len(shown["passages"])


def test_plain_text_in_legacy_encoding_is_detected(wb, tmp_path):
    path = tmp_path / "rapport.txt"
    text = "Le génocide des Tutsi a commencé le 7 avril 1994 à Kigali. Les tueries se sont étendues à Butare.\n"
    path.write_bytes(text.encode("cp1252"))
    outcome = wb.ingest([path])[0]
    assert outcome.status == "added"
    shown = wb.show(outcome.source_id)
    assert shown["text"] == text
    assert shown["reader"]["encoding"] in ("cp1252", "iso8859_15", "latin_1")
    assert shown["source"]["language"] == "fr"
    assert any("not UTF-8" in w for w in shown["source"]["warnings"])


def test_utf16_with_byte_order_mark(wb, tmp_path):
    path = tmp_path / "utf16.txt"
    text = "Nyarubuye parish, Rusumo commune.\n\nSecond paragraph here.\n"
    path.write_bytes(text.encode("utf-16"))
    shown = wb.show(wb.ingest([path])[0].source_id)
    assert shown["text"] == text
    assert [p["text"] for p in shown["passages"]] == ["Nyarubuye parish, Rusumo commune.", "Second paragraph here."]


def test_markdown_front_matter_sets_metadata(wb, tmp_path):
    path = tmp_path / "timeline.md"
    path.write_text("---\ntitle: Timeline of 1994\nauthor: Team\ndate: 2020-05-01\n---\n\n# Heading\n\n"
                    "- 6 April 1994: the plane is shot down.\n- 7 April 1994: killings begin.\n", encoding="utf-8")
    shown = wb.show(wb.ingest([path])[0].source_id)
    assert shown["source"]["title"] == "Timeline of 1994"
    assert shown["source"]["author"] == "Team"
    assert shown["source"]["published"] == "2020-05-01"
    assert shown["source"]["provenance"]["title"] == "file"
    assert shown["text"] == path.read_text(encoding="utf-8")
    _assert_exact(shown)


def test_html_main_text_and_metadata(wb, tmp_path):
    path = make_html(tmp_path / "report.html", PARAGRAPHS, title="Killings in Kigali", author="Jane Analyst",
                     date="1999-03-01")
    shown = wb.show(wb.ingest([path])[0].source_id)
    assert shown["source"]["title"] == "Killings in Kigali"
    assert shown["source"]["author"] == "Jane Analyst"
    assert shown["source"]["published"] == "1999-03-01"
    assert "Copyright notice" not in shown["text"]  # boilerplate removed
    assert [p["text"] for p in shown["passages"]][-3:] == PARAGRAPHS
    assert shown["reader"]["name"] == "trafilatura"
    _assert_exact(shown)


def test_pdf_keeps_page_numbers(wb, tmp_path):
    path = make_pdf(tmp_path / "judgment.pdf", [PARAGRAPHS[:2], PARAGRAPHS[2:]], title="A judgment",
                    author="Trial Chamber")
    shown = wb.show(wb.ingest([path])[0].source_id)
    assert shown["source"]["title"] == "A judgment"
    assert shown["source"]["author"] == "Trial Chamber"
    pages = {p["page"] for p in shown["passages"]}
    assert pages == {1, 2}
    resolution = next(p for p in shown["passages"] if "Resolution 912" in p["text"])
    assert resolution["page"] == 2
    _assert_exact(shown)


def test_docx_paragraphs_and_properties(wb, tmp_path):
    path = make_docx(tmp_path / "study.docx", PARAGRAPHS, title="Lessons", author="A. Scholar")
    shown = wb.show(wb.ingest([path])[0].source_id)
    assert shown["source"]["title"] == "Lessons"
    assert shown["source"]["author"] == "A. Scholar"
    assert [p["text"] for p in shown["passages"]] == PARAGRAPHS
    _assert_exact(shown)


def test_same_bytes_twice_adds_nothing_and_says_so(wb, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The same document.\n", encoding="utf-8")
    copy = tmp_path / "b.txt"
    copy.write_bytes(path.read_bytes())
    first, second = wb.ingest([path, copy])
    assert first.status == "added" and second.status == "duplicate"
    assert second.source_id == first.source_id
    assert len(wb.sources()) == 1
    assert [e["action"] for e in wb.custody_log()] == ["ingest"]


def test_original_is_kept_byte_for_byte_read_only(wb, tmp_path):
    path = make_pdf(tmp_path / "x.pdf", [PARAGRAPHS])
    outcome = wb.ingest([path])[0]
    stored = wb.objects.path_for(outcome.source_id)
    assert stored.read_bytes() == path.read_bytes()
    assert stored.stat().st_mode & 0o222 == 0


@pytest.mark.parametrize("ref_length", [6, 64])
def test_show_accepts_unique_prefix(wb, tmp_path, ref_length):
    path = tmp_path / "a.txt"
    path.write_text("Kibeho camp, April 1995.\n", encoding="utf-8")
    source_id = wb.ingest([path])[0].source_id
    assert wb.show(source_id[:ref_length])["source"]["id"] == source_id
