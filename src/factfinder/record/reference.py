"""The reference pack (data/reference/rwanda1994_figures.yaml) as sources of the record.

Each cited publication becomes a source under custody whose text is the pack's
statements of its figures (written in the team's own words, each with the checked page
and quote beside it); extraction then turns them into claims of that publication, so new
texts are checked against the published figures like against any other source. The
bytes are built deterministically, so loading the pack twice adds nothing.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from factfinder.record.credibility import publishers

if TYPE_CHECKING:
    from factfinder.workbench import Workbench

KIND_OF_PUBLISHER = {"court_international": "judgment", "court_national": "judgment", "un_body": "official",
                     "government": "official", "ngo": "report", "academic": "academic", "news_agency": "article",
                     "news_media": "article", "reference_work": "other"}


def figures() -> list[dict]:
    text = (resources.files("factfinder.data") / "reference" / "rwanda1994_figures.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)["figures"]


def _document(source: dict, entries: list[dict]) -> str:
    lines = [source.get("title") or "Untitled publication"]
    line = ", ".join(str(x) for x in (source.get("publisher"), source.get("year")) if x)
    if line:
        lines.append(line)
    if source.get("url"):
        lines.append(str(source["url"]))
    lines.append("Statements of this publication's figures from factfinder's reference pack "
                 "(src/factfinder/data/reference/rwanda1994_figures.yaml); each was checked against the page named "
                 "under it.")
    for entry in entries:
        lines.append("")
        lines.append(" ".join(str(entry["statement"]).split()))
        checked = entry.get("checked_via") or entry.get("source") or {}
        if checked.get("url"):
            lines.append(f"Checked against: {checked['url']}")
    return "\n".join(lines) + "\n"


def load_reference_pack(wb: "Workbench", extract: bool = True) -> dict:
    grouped: dict[tuple, list[dict]] = defaultdict(list)
    for entry in figures():
        source = entry.get("source") or {}
        grouped[(source.get("title"), source.get("publisher"), str(source.get("year") or ""))].append(entry)
    kinds = {p["id"]: KIND_OF_PUBLISHER.get(p.get("type"), "other") for p in publishers()}
    outcomes = []
    with tempfile.TemporaryDirectory() as folder:
        for number, ((title, publisher, year), entries) in enumerate(sorted(grouped.items(), key=str)):
            source = entries[0].get("source") or {}
            path = Path(folder) / f"reference-{number:03d}.txt"
            path.write_text(_document(source, entries), encoding="utf-8")
            metadata = {"title": title or f"Reference figures {number}", "publisher": publisher,
                        "kind": kinds.get(source.get("publisher_id"), "other"), "language": "en",
                        "origin": "factfinder reference pack: " + ", ".join(e["id"] for e in entries)}
            if year and str(year)[:4].isdecimal():
                metadata["published"] = str(year)[:10] if len(str(year)) in (4, 7, 10) else str(year)[:4]
            outcomes.extend(wb.ingest([path], {k: v for k, v in metadata.items() if v}, extract=extract))
    added = [o for o in outcomes if o.status == "added"]
    return {"publications": len(grouped), "figures": sum(len(v) for v in grouped.values()),
            "added": len(added), "already_loaded": sum(o.status == "duplicate" for o in outcomes),
            "failed": [o.error for o in outcomes if o.status == "failed"]}
