"""Bad input gets a specific error naming the file and the reason; the batch goes on;
nothing partial is stored."""

from __future__ import annotations

import os

from factfinder.config import Config
from factfinder.workbench import Workbench
from tests.documents import PARAGRAPHS, make_encrypted_pdf, make_pdf


def _failed(outcome, code: str) -> None:
    assert outcome.status == "failed", outcome
    assert outcome.error_code == code, outcome.error
    assert outcome.path in outcome.error


def test_empty_file(wb, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _failed(wb.ingest([path])[0], "E102")


def test_binary_junk_named_txt(wb, tmp_path):
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 20)
    _failed(wb.ingest([path])[0], "E104")


def test_invalid_utf8_is_reported_with_its_offset(wb, tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("Kigali – the capital. ".encode() + b"\xff\xfe\xfa" + " Butare é.".encode())
    outcome = wb.ingest([path])[0]
    _failed(outcome, "E105")
    assert "byte offset 24" in outcome.error
    assert "--encoding-errors replace" in outcome.error


def test_invalid_utf8_kept_with_replacement_when_asked(wb, tmp_path):
    path = tmp_path / "broken.txt"
    path.write_bytes("Kigali – the capital. ".encode() + b"\xff" + " Butare é.".encode())
    outcome = wb.ingest([path], encoding_errors="replace")[0]
    assert outcome.status == "added"
    shown = wb.show(outcome.source_id)
    assert "\ufffd" in shown["text"]
    assert any("replaced by U+FFFD" in w for w in shown["source"]["warnings"])


def test_truncated_pdf(wb, tmp_path):
    good = make_pdf(tmp_path / "good.pdf", [PARAGRAPHS])
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    outcome = wb.ingest([truncated])[0]
    assert outcome.status == "failed"
    assert outcome.error_code in ("E107", "E109")


def test_encrypted_pdf(wb, tmp_path):
    good = make_pdf(tmp_path / "good.pdf", [PARAGRAPHS])
    locked = make_encrypted_pdf(tmp_path / "locked.pdf", good)
    _failed(wb.ingest([locked])[0], "E106")


def test_pdf_without_text_layer(wb, tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    outcome = wb.ingest([path])[0]
    _failed(outcome, "E109")
    assert "OCR" in outcome.error


def test_docx_that_is_not_a_zip(wb, tmp_path):
    path = tmp_path / "fake.docx"
    path.write_bytes(b"this is not a word file")
    _failed(wb.ingest([path])[0], "E108")


def test_file_over_size_limit(store_url, home, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x " * 600, encoding="utf-8")
    with Workbench(Config(home=home, db_url=store_url, max_size=1000, user="t")) as bench:
        outcome = bench.ingest([path])[0]
    _failed(outcome, "E103")
    assert "1,200 bytes" in outcome.error


def test_missing_path(wb, tmp_path):
    _failed(wb.ingest([tmp_path / "nowhere.pdf"])[0], "E101")


def test_unsupported_suffix_named_directly(wb, tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    _failed(wb.ingest([path])[0], "E110")


def test_folder_of_many_files_with_a_few_broken(wb, tmp_path):
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    for i in range(300):
        (folder / ("sub" if i % 2 else "") / f"doc{i:04d}.txt").write_text(
            f"Document {i}: testimony about the events of April 1994 in commune number {i}.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.txt").write_bytes(os.urandom(4000).replace(b"\x00", b"\x01") + b"\x00\x00")
    (folder / "bad.pdf").write_bytes(b"%PDF-1.4 truncated")
    (folder / "notes.meta.json").write_text("{}")  # a sidecar, not a document
    (folder / ".hidden.txt").write_text("hidden")
    outcomes = wb.ingest([folder])
    statuses = [o.status for o in outcomes]
    assert statuses.count("added") == 300
    assert sorted(o.error_code for o in outcomes if o.status == "failed") == ["E102", "E104", "E107"]
    assert len(wb.sources()) == 300
    assert len(wb.custody_log()) == 300
    assert wb.verify().ok


def test_failed_file_leaves_nothing_behind(wb, tmp_path):
    path = tmp_path / "bad.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"garbage" * 100)
    wb.ingest([path])
    assert wb.sources() == []
    assert wb.custody_log() == []
    assert list(wb.objects.all_ids()) == []
