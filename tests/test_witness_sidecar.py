"""Witness details given in a sidecar file are stored encrypted from the first write."""

from __future__ import annotations

import json

from sqlalchemy import text

from factfinder.security import Principal, workbench_for

WITNESS = "Mukamana Vestine"
CONTACT = "+250 788 123 456"


def test_sidecar_witness_fields_are_encrypted_at_ingest(wb, tmp_path, backend, home):
    doc = tmp_path / "testimony.txt"
    doc.write_text("Testimony on the killings at Nyarubuye.\n\nThe witness hid in the church.\n", encoding="utf-8")
    (tmp_path / "testimony.txt.meta.json").write_text(json.dumps(
        {"title": "Testimony T-12", "kind": "testimony", "witness_name": WITNESS, "witness_contact": CONTACT}),
        encoding="utf-8")
    [outcome] = wb.ingest([doc])
    assert outcome.status == "added", outcome.error
    source = wb.show(outcome.source_id)["source"]
    assert source["title"] == "Testimony T-12"
    assert source["sensitive"] == {"witness_name": WITNESS, "witness_contact": CONTACT}   # the operator sees them
    viewer = workbench_for(wb, Principal("vera", "viewer"))
    assert viewer.show(outcome.source_id)["source"]["sensitive"] == {"witness_name": "[redacted]",
                                                                      "witness_contact": "[redacted]"}
    with wb.db.engine.connect() as conn:
        raw = conn.execute(text("SELECT sensitive FROM sources WHERE id = :id"), {"id": outcome.source_id}).scalar()
        log = " ".join(str(r[0]) for r in conn.execute(text("SELECT details FROM custody_log")))
    assert raw.startswith("ffenc1:") and WITNESS not in raw
    assert WITNESS not in log and CONTACT not in log and "witness_name" in log
    if backend == "sqlite":
        blob = b"".join(p.read_bytes() for p in home.glob("factfinder.db*"))
        assert WITNESS.encode() not in blob and CONTACT.encode() not in blob
