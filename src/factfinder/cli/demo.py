"""factfinder demo: the main job on the bundled examples, end to end."""

from __future__ import annotations

from collections import Counter

import click
from rich.markup import escape
from rich.table import Table

from factfinder.cli.main import cli
from factfinder.cli.output import console


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@click.pass_context
def demo(ctx, paths):
    """Ingest PATHS (default: examples/), verify custody and summarise the store."""
    from factfinder.cli.ingest import ingest

    app = ctx.obj
    console.print(f"[bold]factfinder demo[/bold]: data directory {app.wb.config.home.resolve()}")
    try:
        ctx.invoke(ingest, paths=paths or ("examples",), as_json=False, encoding=None, encoding_errors="strict",
                   title=None, author=None, publisher=None, published=None, language=None, kind=None, origin=None)
    except click.exceptions.Exit:
        console.print("[yellow]some files failed (see above); the rest were ingested[/yellow]")
    sources = app.wb.sources()
    table = Table("id", "title", "kind", "lang", "format", "passages", title="Sources under custody")
    for s in sources:
        passages = len(app.wb.show(s["id"])["passages"])
        table.add_row(s["id"][:12], escape(s["title"] or ""), s["kind"], s["language"] or "",
                      s["media_type"].split("/")[-1][:20], str(passages))
    console.print(table)
    kinds = Counter(s["kind"] for s in sources)
    languages = Counter(s["language"] for s in sources)
    console.print("by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    console.print("by language: " + ", ".join(f"{k} {n}" for k, n in languages.most_common()))
    hits = app.wb.search("Habyarimana plane", limit=3)
    console.print(f'search "Habyarimana plane": {len(hits)} passage(s), best in '
                  f'"{escape(hits[0]["title"] or "")}"' if hits else 'search "Habyarimana plane": no passage')
    report = app.wb.verify()
    status = "[green]clean[/green]" if report.ok else f"[red]{len(report.problems)} problem(s)[/red]"
    console.print(f"custody: verify {status} ({report.sources} originals, {report.log_entries} log entries)")
    console.print(f"next: factfinder --data-dir {app.wb.config.home} show {sources[0]['id'][:8] if sources else 'ID'}")
