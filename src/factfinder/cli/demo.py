"""factfinder demo: the main job on the bundled examples, end to end."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from factfinder.cli.main import cli
from factfinder.cli.output import console
from factfinder.ingest.metadata import find_sidecar, is_sidecar


def example_documents(folder: Path) -> list[str]:
    """The bundled sample documents: the files in `folder` that carry a metadata sidecar
    (the folder also holds their README, fact table and build sources, which are not evidence)."""
    return [str(p) for p in sorted(folder.iterdir())
            if p.is_file() and not is_sidecar(p) and find_sidecar(p) is not None]


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.pass_context
def demo(ctx, paths):
    """Ingest PATHS (default: the sample documents in examples/), verify custody and
    summarise the store."""
    from factfinder.cli.ingest import ingest

    app = ctx.obj
    if not paths:
        paths = tuple(example_documents(Path("examples")))
    console.print(f"[bold]factfinder demo[/bold]: data directory {app.wb.config.home.resolve()}")
    try:
        ctx.invoke(ingest, paths=paths, as_json=False, no_extract=False, encoding=None, encoding_errors="strict",
                   title=None, author=None, publisher=None, published=None, language=None, kind=None, origin=None)
    except click.exceptions.Exit:
        console.print("[yellow]some files failed (see above); the rest were ingested[/yellow]")
    from factfinder.record.accountability import accountability_table, import_proceedings
    from factfinder.record.reference import load_reference_pack

    reference = load_reference_pack(app.wb)
    proceedings = import_proceedings(app.wb, Path(__file__).resolve().parents[1] / "data" / "proceedings" /
                                     "rwanda1994_proceedings.csv")
    record = app.wb.rebuild()
    console.print(f"reference pack: {reference['figures']} published figures from {reference['publications']} "
                  f"publications; proceedings: {proceedings['added'] + proceedings['updated']} cases")
    sources = [s for s in app.wb.sources() if not (s["origin"] or "").startswith("factfinder reference pack")]
    table = Table("id", "title", "kind", "lang", "passages", "mentions", "claims", title="Sources under custody")
    mention_types: Counter = Counter()
    for s in sources:
        shown = app.wb.show(s["id"])
        mention_types.update(m["type"] for m in shown["mentions"])
        table.add_row(s["id"][:12], escape((s["title"] or "")[:60]), s["kind"], s["language"] or "",
                      str(len(shown["passages"])), str(len(shown["mentions"])), str(len(shown["claims"])))
    console.print(table)
    kinds = Counter(s["kind"] for s in sources)
    languages = Counter(s["language"] for s in sources)
    console.print("by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    console.print("by language: " + ", ".join(f"{k} {n}" for k, n in languages.most_common()))
    console.print("mentions: " + ", ".join(f"{k} {n}" for k, n in mention_types.most_common()))
    hits = app.wb.search("Habyarimana plane", limit=3)
    console.print(f'search "Habyarimana plane": {len(hits)} passage(s), best in '
                  f'"{escape(hits[0]["title"] or "")}"' if hits else 'search "Habyarimana plane": no passage')
    console.print(f"record: {record['events']} events, {record['entities']} entities, "
                  f"{record['contradictions']} contradiction(s)")
    multi = sorted((e for e in app.wb.events() if len(e["sources"]) > 2), key=lambda e: -len(e["sources"]))
    for event in multi[:3]:
        console.print(f"  event {event['id']}: {escape(event['type'])} {event['period']['earliest'] or ''} "
                      f"{escape(', '.join(event['places'][:2]))} — {len(event['sources'])} sources")
    toll = next((c for c in app.wb.contradictions() if c["subject"].startswith("national death toll")), None)
    if toll:
        values = ", ".join(f"{side['value']['low']:,.0f}" for side in toll["sides"])
        console.print(f"  contradiction: national death toll — {len(toll['sides'])} sides ({values})")
    for row in accountability_table(app.wb):
        console.print(f"  accountability: {escape(row['label'][:60])}: {row['events_documented']} events, "
                      f"{row['proceedings']} proceedings, {row['convicted']} convicted")
    report = app.wb.verify()
    status = "[green]clean[/green]" if report.ok else f"[red]{len(report.problems)} problem(s)[/red]"
    console.print(f"custody: verify {status} ({report.sources} originals, {report.log_entries} log entries)")
    console.print(f"next: factfinder --data-dir {app.wb.config.home} show {sources[0]['id'][:8] if sources else 'ID'}")
