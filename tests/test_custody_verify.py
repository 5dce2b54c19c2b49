"""`verify` is clean on an untouched store and names exactly what was tampered with."""

from __future__ import annotations

import json
import os

import pytest
from sqlalchemy import text

from factfinder.store.custody import GENESIS, canonical_json, chain_hash


@pytest.fixture
def populated(wb, tmp_path):
    ids = []
    for i in range(4):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(f"Source {i}: killings at the parish on {7 + i} April 1994.\n", encoding="utf-8")
        ids.append(wb.ingest([path])[0].source_id)
    wb.set_metadata(ids[0], {"kind": "testimony"})
    return ids


def _kinds(report) -> list[str]:
    return [p.kind for p in report.problems]


def _sql(wb, statement: str, **params) -> None:
    with wb.db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_untouched_store_verifies_clean(wb, populated):
    report = wb.verify()
    assert report.ok, report.problems
    assert report.sources == 4 and report.log_entries == 5


def test_chain_hashes_follow_the_documented_formula(wb, populated):
    entries = wb.custody_log()
    previous = GENESIS
    for entry in entries:
        body = {k: entry[k] for k in ("seq", "at", "actor", "action", "object_type", "object_id", "details")}
        assert entry["prev_hash"] == previous
        assert entry["hash"] == chain_hash(previous, body)
        assert entry["hash"] == __import__("hashlib").sha256((previous + canonical_json(body)).encode()).hexdigest()
        previous = entry["hash"]


def test_flipped_byte_in_an_original_is_caught(wb, populated):
    target = wb.objects.path_for(populated[2])
    os.chmod(target, 0o644)
    data = bytearray(target.read_bytes())
    data[5] ^= 0x01
    target.write_bytes(bytes(data))
    report = wb.verify()
    assert _kinds(report) == ["original_altered"]
    assert report.problems[0].object == populated[2]


def test_missing_original_is_caught(wb, populated):
    target = wb.objects.path_for(populated[1])
    target.unlink()
    report = wb.verify()
    assert _kinds(report) == ["original_missing"]
    assert populated[1] in report.problems[0].message


def test_edited_log_entry_is_caught(wb, populated):
    _sql(wb, "UPDATE custody_log SET actor = 'someone-else' WHERE seq = 3")
    report = wb.verify()
    assert _kinds(report) == ["log_edited"]
    assert "seq 3" in report.problems[0].message


def test_edited_log_details_are_caught(wb, populated):
    with wb.db.engine.begin() as conn:
        details = conn.execute(text("SELECT details FROM custody_log WHERE seq = 2")).scalar_one()
        details = json.loads(details) if isinstance(details, str) else details
        details["size"] = details["size"] + 1
        conn.execute(text("UPDATE custody_log SET details = :d WHERE seq = 2"), {"d": json.dumps(details)})
    assert _kinds(wb.verify()) == ["log_edited"]


def test_deleted_log_entry_in_the_middle_is_caught(wb, populated):
    _sql(wb, "DELETE FROM custody_log WHERE seq = 2")
    report = wb.verify()
    assert "log_deleted" in _kinds(report)
    assert any("seq 2 are missing" in p.message for p in report.problems)


def test_deleted_last_log_entries_are_caught(wb, populated):
    # Deleting from the end leaves a valid shorter chain; the head records outside the log catch it.
    _sql(wb, "DELETE FROM custody_log WHERE seq >= 4")
    report = wb.verify()
    assert "log_truncated" in _kinds(report)
    assert any("seq 4–5 were deleted from the end" in p.message for p in report.problems)


def test_truncation_caught_by_the_head_file_even_if_the_database_head_is_rewritten(wb, populated):
    last = wb.custody_log()[-2]
    _sql(wb, "DELETE FROM custody_log WHERE seq = 5")
    _sql(wb, "UPDATE custody_head SET seq = :s, hash = :h", s=last["seq"], h=last["hash"])
    report = wb.verify()
    assert _kinds(report) == ["log_truncated"]
    assert "custody.head file" in report.problems[0].message


def test_reordered_log_entries_are_caught(wb, populated):
    _sql(wb, "UPDATE custody_log SET seq = 100 WHERE seq = 2")
    _sql(wb, "UPDATE custody_log SET seq = 2 WHERE seq = 3")
    _sql(wb, "UPDATE custody_log SET seq = 3 WHERE seq = 100")
    report = wb.verify()
    reordered = [p for p in report.problems if p.kind == "log_reordered"]
    assert {p.object for p in reordered} == {"custody seq 2", "custody seq 3"}
    assert "written as seq 3" in reordered[0].message


def test_derived_text_edited_in_the_database_is_caught(wb, populated):
    _sql(wb, "UPDATE texts SET text = 'Nothing happened.' WHERE source_id = :s", s=populated[3])
    report = wb.verify()
    assert _kinds(report) == ["text_altered"]
    assert report.problems[0].object == populated[3]


def test_metadata_edits_are_logged_with_old_and_new_values(wb, populated):
    entry = wb.custody_log()[-1]
    assert entry["action"] == "metadata_change"
    assert entry["details"] == {"before": {"kind": "other"}, "after": {"kind": "testimony"}}
    assert entry["actor"] == "tester"


def test_cli_verify_exits_non_zero_on_a_problem(wb, populated, store_url, home):
    from click.testing import CliRunner

    from factfinder.cli import cli

    args = ["--db", store_url, "--data-dir", str(home), "verify"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    _sql(wb, "UPDATE custody_log SET action = 'export' WHERE seq = 1")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "seq 1" in result.output and "edited" in result.output
