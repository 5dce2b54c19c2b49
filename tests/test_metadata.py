"""Metadata from the file, a sidecar, options and later edits, with precedence and provenance."""

from __future__ import annotations

import pytest

from factfinder.errors import InvalidInput
from tests.documents import PARAGRAPHS, make_docx


def test_sidecar_json_beside_the_file(wb, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("The Commission of Experts reported on the killings.\n", encoding="utf-8")
    (tmp_path / "report.txt.meta.json").write_text(
        '{"title": "Final report", "publisher": "United Nations", "published": "1994-12-09", "kind": "official"}')
    shown = wb.show(wb.ingest([path])[0].source_id)["source"]
    assert (shown["title"], shown["publisher"], shown["published"], shown["kind"]) == (
        "Final report", "United Nations", "1994-12-09", "official")
    assert shown["provenance"]["title"] == "sidecar"


def test_sidecar_yaml_by_stem(wb, tmp_path):
    path = make_docx(tmp_path / "study.docx", PARAGRAPHS, title="Title in the file", author="File Author")
    (tmp_path / "study.meta.yaml").write_text("title: Title in the sidecar\nkind: academic\n")
    shown = wb.show(wb.ingest([path])[0].source_id)["source"]
    assert shown["title"] == "Title in the sidecar"  # sidecar beats the file
    assert shown["author"] == "File Author"  # the file still fills what the sidecar leaves out
    assert shown["provenance"] == {**shown["provenance"], "title": "sidecar", "author": "file", "kind": "sidecar"}


def test_options_beat_sidecar(wb, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Text about Gikongoro prefecture in May 1994.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "From sidecar"}')
    shown = wb.show(wb.ingest([path], {"title": "From option", "kind": "media"})[0].source_id)["source"]
    assert shown["title"] == "From option" and shown["kind"] == "media"
    assert shown["provenance"]["title"] == "option"


def test_invalid_sidecar_is_a_clear_error(wb, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Some text.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": "x", "colour": "red"}')
    outcome = wb.ingest([path])[0]
    assert outcome.status == "failed" and outcome.error_code == "E111"
    assert "colour" in outcome.error


@pytest.mark.parametrize("field,value,expected", [
    ("published", "2002", "2002"), ("published", "1999-03", "1999-03"), ("published", "1999-03-01T10:00", "1999-03-01"),
    ("kind", "Judgment", "judgment"), ("language", "FR", "fr"),
])
def test_edit_normalises_values(wb, tmp_path, field, value, expected):
    path = tmp_path / "a.txt"
    path.write_text("Some text about Kibuye.\n", encoding="utf-8")
    source_id = wb.ingest([path])[0].source_id
    assert wb.set_metadata(source_id[:10], {field: value})[field] == expected


@pytest.mark.parametrize("field,value", [("published", "March 1999"), ("published", "1999-13"),
                                         ("kind", "novel"), ("language", "english"), ("colour", "red")])
def test_edit_rejects_bad_values_and_logs_nothing(wb, tmp_path, field, value):
    path = tmp_path / "a.txt"
    path.write_text("Some text about Kibuye.\n", encoding="utf-8")
    source_id = wb.ingest([path])[0].source_id
    with pytest.raises(InvalidInput) as excinfo:
        wb.set_metadata(source_id, {field: value})
    assert field in str(excinfo.value)
    assert [e["action"] for e in wb.custody_log()] == ["ingest"]
