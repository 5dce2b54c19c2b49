"""Proceedings (who was tried, where, for what, with what outcome) and the
accountability table: documented events and victims per perpetrator group against
proceedings and convictions per group — every party on the same footing.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from factfinder.errors import E, InvalidInput
from factfinder.record.groups import perpetrator_groups
from factfinder.store import custody
from factfinder.store.schema import Claim, ClaimFeatures, Event, Proceeding

GENOCIDE = re.compile(r"\bg[ée]nocid", re.I)
GENOCIDE_GROUP = "genocidal_government_and_forces"
# Event counts this large are national or regional totals, which overlap the local counts.
TOLL_SCALE = 100_000

if TYPE_CHECKING:
    from factfinder.workbench import Workbench

REQUIRED = ("court", "court_type", "accused", "affiliation_group", "outcome")
COURT_TYPES = ("international", "national", "national_military", "gacaca", "foreign_universal_jurisdiction")
OUTCOMES = ("convicted", "acquitted", "partially_convicted", "pending", "died_before_judgment",
            "indictment_withdrawn", "transferred", "fugitive", "proceedings_stayed")
CONVICTED = {"convicted", "partially_convicted"}


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def import_proceedings(wb: "Workbench", path: str | Path) -> dict:
    """Import (or update, by `id` or court + case number + accused) proceedings from CSV."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(E.E406, path=str(path), reason="no such file")
    try:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InvalidInput(E.E406, path=str(path), reason=str(exc)) from exc
    if not rows:
        raise InvalidInput(E.E406, path=str(path), reason="no rows")
    missing = [c for c in REQUIRED if c not in rows[0]]
    if missing:
        raise InvalidInput(E.E406, path=str(path), reason=f"missing column(s) {', '.join(missing)}; required: "
                                                          f"{', '.join(REQUIRED)}")
    groups = {g["id"] for g in perpetrator_groups()} | {"other"}
    records = []
    for number, row in enumerate(rows, start=2):
        problems = []
        if row["court_type"].strip() not in COURT_TYPES:
            problems.append(f"court_type {row['court_type']!r} (use {', '.join(COURT_TYPES)})")
        if row["outcome"].strip() not in OUTCOMES:
            problems.append(f"outcome {row['outcome']!r} (use {', '.join(OUTCOMES)})")
        if row["affiliation_group"].strip() not in groups:
            problems.append(f"affiliation_group {row['affiliation_group']!r} (use {', '.join(sorted(groups))})")
        if not row["accused"].strip() or not row["court"].strip():
            problems.append("court and accused are required")
        if problems:
            raise InvalidInput(E.E406, path=str(path), reason=f"line {number}: " + "; ".join(problems))
        key = (row.get("id") or "").strip() or "|".join([row["court"].strip(), (row.get("case_number") or "").strip(),
                                                        row["accused"].strip()])
        records.append({"key": key[:128], "court": row["court"].strip(), "court_type": row["court_type"].strip(),
                        "case_number": (row.get("case_number") or "").strip() or None,
                        "accused": row["accused"].strip(), "affiliation": (row.get("affiliation") or "").strip() or None,
                        "affiliation_group": row["affiliation_group"].strip(), "charges": _split(row.get("charges")),
                        "outcome": row["outcome"].strip(), "sentence": (row.get("sentence") or "").strip() or None,
                        "judgment_date": (row.get("judgment_date") or "").strip()[:10] or None,
                        "events": _split(row.get("events")),
                        "source": {k: (row.get(k) or "").strip() for k in ("source_url", "source_title", "source_quote",
                                                                         "checked_via_url", "appeal_outcome",
                                                                         "appeal_date") if (row.get(k) or "").strip()}})
    from factfinder.store.objects import sha256_bytes

    digest = sha256_bytes(path.read_bytes())
    with wb.db.write() as session:
        existing = {p.key: p for p in session.scalars(select(Proceeding))}
        added = updated = 0
        for record in records:
            if record["key"] in existing:
                for field, value in record.items():
                    setattr(existing[record["key"]], field, value)
                updated += 1
            else:
                session.add(Proceeding(**record))
                added += 1
        entry = custody.append(session, actor=wb.config.user, action="import", object_type="proceedings",
                               object_id=path.name, details={"sha256": digest, "added": added, "updated": updated})
    wb.anchor.advance(entry.seq, entry.hash)
    return {"file": str(path), "added": added, "updated": updated}


def list_proceedings(wb: "Workbench") -> list[dict]:
    with wb.db.read() as session:
        return [{"id": p.key, "court": p.court, "court_type": p.court_type, "case_number": p.case_number,
                 "accused": p.accused, "affiliation": p.affiliation, "affiliation_group": p.affiliation_group,
                 "charges": p.charges, "outcome": p.outcome, "sentence": p.sentence,
                 "judgment_date": p.judgment_date, "events": p.events, "source": p.source}
                for p in session.scalars(select(Proceeding).order_by(Proceeding.judgment_date, Proceeding.key))]


def accountability_table(wb: "Workbench") -> list[dict]:
    """One row per perpetrator group (every group, the RPF/RPA included, even when empty)."""
    labels = {g["id"]: g["label"] for g in perpetrator_groups()}
    rows = {gid: {"group": gid, "label": label, "events_documented": 0, "victims_documented_low": 0,
                  "victims_documented_high": 0, "sources": set(), "proceedings": 0, "convicted": 0,
                  "acquitted": 0, "other_outcomes": 0, "by_court_type": defaultdict(int)}
            for gid, label in labels.items()}
    with wb.db.read() as session:
        # Death tolls of the genocide are tolls of its perpetrators, whoever the sentence names:
        # the largest figure any source gives sets a floor and a ceiling for that group.
        from factfinder.record.build import _is_death_count

        genocide_tolls = []
        rows_with_text = session.execute(select(ClaimFeatures.features, Claim.text)
                                         .join(Claim, Claim.id == ClaimFeatures.claim_id))
        for features, text in rows_with_text:
            if features["stance"] not in ("asserts", "reports") or features["event_type"] not in ("killing", "massacre"):
                continue
            if GENOCIDE.search(text or ""):
                for fig in features["figures"]:
                    if _is_death_count(fig):
                        genocide_tolls.append((fig.get("low") or fig.get("high"), fig.get("high") or fig.get("low"),
                                               features["source_id"]))
        tolls: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for event in session.scalars(select(Event)):
            for group in {p["group"] for p in event.attributes["perpetrators"] if p.get("group")}:
                row = rows[group]
                row["events_documented"] += 1
                counts = event.attributes["counts"]
                low, high = int(counts["low"] or 0), int(counts["high"] or counts["low"] or 0)
                if high >= TOLL_SCALE:
                    tolls[group].append((low, high))  # a country-wide total: never added to others
                else:
                    row["victims_documented_low"] += low
                    row["victims_documented_high"] += high
                row["sources"] |= set(event.attributes["sources"])
        for group, values in tolls.items():
            # The lowest published total is the floor every source agrees on; the highest, the ceiling.
            rows[group]["victims_documented_low"] = max(rows[group]["victims_documented_low"],
                                                        min(low for low, _ in values))
            rows[group]["victims_documented_high"] = max(rows[group]["victims_documented_high"],
                                                         max(high for _, high in values))
        for proceeding in session.scalars(select(Proceeding)):
            row = rows.setdefault(proceeding.affiliation_group, {
                "group": proceeding.affiliation_group, "label": proceeding.affiliation_group.replace("_", " "),
                "events_documented": 0, "victims_documented_low": 0, "victims_documented_high": 0,
                "sources": set(), "proceedings": 0, "convicted": 0, "acquitted": 0, "other_outcomes": 0,
                "by_court_type": defaultdict(int)})
            row["proceedings"] += 1
            row["by_court_type"][proceeding.court_type] += 1
            if proceeding.outcome in CONVICTED:
                row["convicted"] += 1
            elif proceeding.outcome == "acquitted":
                row["acquitted"] += 1
            else:
                row["other_outcomes"] += 1
    if genocide_tolls:
        row = rows[GENOCIDE_GROUP]
        row["genocide_toll_low"] = int(min(low for low, _, _ in genocide_tolls))
        row["genocide_toll_high"] = int(max(high for _, high, _ in genocide_tolls))
        row["victims_documented_low"] = max(row["victims_documented_low"], row["genocide_toll_low"])
        row["victims_documented_high"] = max(row["victims_documented_high"], row["genocide_toll_high"])
        row["sources"] |= {sid for _, _, sid in genocide_tolls}
    out = []
    for row in rows.values():
        out.append({**row, "sources": len(row["sources"]), "by_court_type": dict(row["by_court_type"])})
    return out
