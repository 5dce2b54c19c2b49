"""The CLI end to end: commands, JSON shapes, exit statuses and error messages."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factfinder.cli import cli
from tests.conftest import SEEDS
from tests.documents import PARAGRAPHS, make_pdf


@pytest.fixture
def run(store_url, home):
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, ["--db", store_url, "--data-dir", str(home), *args], input=input)

    return invoke


def test_ingest_json_then_sources_show_search(run, tmp_path):
    pdf = make_pdf(tmp_path / "j.pdf", [PARAGRAPHS], title="Judgment")
    result = run("ingest", "--json", "--kind", "judgment", str(pdf), str(SEEDS))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["status"] for line in lines] == ["added", "added", "added"]

    sources = json.loads(run("sources", "--json").output)
    assert len(sources) == 3 and all(len(s["id"]) == 64 for s in sources)
    assert {s["kind"] for s in sources} == {"judgment"}

    pdf_id = next(s["id"] for s in sources if s["filename"] == "j.pdf")
    shown = json.loads(run("show", pdf_id[:8], "--json").output)
    assert set(shown) >= {"source", "text", "passages"}
    assert all({"start", "end", "text", "page"} <= set(p) for p in shown["passages"])

    result = run("search", "UNAMIR", "Resolution")
    assert result.exit_code == 0 and "Judgment" in result.output


def test_ingest_reports_each_failure_and_exits_1(run, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Killings at Kibeho camp in April 1995.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("ingest", str(good), str(empty), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "E102" in result.output and "empty.txt" in result.output
    assert "E101" in result.output and "missing.txt" in result.output
    assert "1 added, 0 duplicate, 2 failed" in result.output


def test_duplicate_is_announced(run, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Text.\nMore text about Gisenyi.\n", encoding="utf-8")
    run("ingest", str(path))
    result = run("ingest", str(path))
    assert result.exit_code == 0
    assert "duplicate" in result.output and "nothing added" in result.output


def test_unknown_source_gives_a_catalogued_error(run):
    result = run("show", "abcdef")
    assert result.exit_code == 2
    assert "[E301]" in result.output and "factfinder sources" in result.output


def test_meta_edit_export_backup_verify(run, tmp_path, home):
    path = tmp_path / "a.txt"
    path.write_text("Text about Cyangugu.\n", encoding="utf-8")
    source_id = json.loads(run("ingest", "--json", str(path)).output)["source_id"]
    result = run("meta", source_id[:8], "--set", "kind=report", "--set", "publisher=An NGO", "--json")
    assert json.loads(result.output)["publisher"] == "An NGO"
    assert run("meta", source_id[:8], "--set", "kind=poem").exit_code == 2
    assert run("export", "--format", "jsonl", "--out", str(tmp_path / "e.jsonl")).exit_code == 0
    assert run("backup", str(tmp_path / "bk")).exit_code == 0
    log = json.loads(run("log", "--json").output)
    assert [e["action"] for e in log] == ["ingest", "extraction_run", "rebuild", "metadata_change", "export", "backup"]
    result = run("verify")
    assert result.exit_code == 0 and "OK" in result.output


def test_request_deletion_is_logged_and_keeps_the_original(run, tmp_path, home):
    path = tmp_path / "a.txt"
    path.write_text("Text about Kibungo.\n", encoding="utf-8")
    source_id = json.loads(run("ingest", "--json", str(path)).output)["source_id"]
    assert run("request-deletion", source_id, "--reason", "consent withdrawn").exit_code == 0
    log = json.loads(run("log", "--json", "--source", source_id[:10]).output)
    assert log[-1]["action"] == "deletion_request" and log[-1]["details"] == {"reason": "consent withdrawn"}
    assert json.loads(run("show", source_id, "--json").output)["source"]["id"] == source_id


def test_unreachable_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["--db", "postgresql://nobody@127.0.0.1:1/none", "--data-dir",
                                      str(tmp_path), "sources"])
    assert result.exit_code == 2
    assert "[E304]" in result.output
