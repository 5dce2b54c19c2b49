"""Exports (JSON Lines, CSV) and consistent backups taken while the store is in use."""

from __future__ import annotations

import csv
import json
import threading

import pytest

from factfinder.config import Config
from factfinder.errors import InvalidInput, StoreError
from factfinder.workbench import Workbench


@pytest.fixture
def two_sources(wb, tmp_path):
    for i in range(2):
        path = tmp_path / f"s{i}.txt"
        path.write_text(f"Paragraph one of source {i}.\n\nParagraph two about Murambi, April 1994.\n",
                        encoding="utf-8")
        wb.ingest([path])
    return wb


def test_jsonl_export_has_typed_records_and_is_logged(two_sources, tmp_path):
    out = tmp_path / "out" / "record.jsonl"
    result = two_sources.export("jsonl", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    kinds = [r["type"] for r in records]
    assert kinds.count("source") == 2 and kinds.count("passage") == 4 and kinds.count("custody") == 2
    assert result["counts"] == {"source": 2, "passage": 4, "custody": 2}
    passage = next(r for r in records if r["type"] == "passage")
    source_text = two_sources.show(passage["source_id"])["text"]
    assert source_text[passage["start"]:passage["end"]] == passage["text"]
    last = two_sources.custody_log()[-1]
    assert last["action"] == "export" and last["details"]["files"] == result["files"]


def test_csv_export_writes_one_table_per_record_type(two_sources, tmp_path):
    out = tmp_path / "csv"
    two_sources.export("csv", out)
    assert sorted(p.name for p in out.iterdir()) == ["custody.csv", "events.csv", "passages.csv", "sources.csv"]
    with open(out / "passages.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4 and rows[1]["text"] == "Paragraph two about Murambi, April 1994."


def test_export_refuses_to_overwrite_and_unknown_formats(two_sources, tmp_path):
    out = tmp_path / "x.jsonl"
    out.write_text("keep me")
    with pytest.raises(StoreError):
        two_sources.export("jsonl", out)
    assert out.read_text() == "keep me"
    with pytest.raises(InvalidInput):
        two_sources.export("xml", tmp_path / "y.xml")


def test_backup_is_a_verifiable_store_of_its_own(two_sources, tmp_path):
    target = tmp_path / "backup1"
    result = two_sources.backup(target)
    assert result["sources"] == 2
    assert two_sources.custody_log()[-1]["action"] == "backup"
    with Workbench(Config(home=target, user="auditor")) as restored:
        assert len(restored.sources()) == 2
        report = restored.verify()
        assert report.ok, report.problems
        assert report.log_entries == 3  # two ingests and the backup itself
        assert restored.search("Murambi")  # the full-text index came along


def test_backup_never_overwrites(two_sources, tmp_path):
    target = tmp_path / "exists"
    target.mkdir()
    with pytest.raises(StoreError):
        two_sources.backup(target)


def test_backup_while_ingest_is_running_is_consistent(wb, tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    for i in range(120):
        (folder / f"d{i:03d}.txt").write_text(f"Document {i} about Kibeho in April 1995.\n", encoding="utf-8")
    worker = threading.Thread(target=wb.ingest, args=([folder],))
    worker.start()
    targets = []
    while worker.is_alive() and len(targets) < 3:
        target = tmp_path / f"snap{len(targets)}"
        wb.backup(target)
        targets.append(target)
    worker.join()
    assert targets
    for target in targets:
        with Workbench(Config(home=target, user="auditor")) as copy:
            report = copy.verify()
            assert report.ok, report.problems
