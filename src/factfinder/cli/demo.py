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
    sources = app.wb.sources()
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
    report = app.wb.verify()
    status = "[green]clean[/green]" if report.ok else f"[red]{len(report.problems)} problem(s)[/red]"
    console.print(f"custody: verify {status} ({report.sources} originals, {report.log_entries} log entries)")
    console.print(f"next: factfinder --data-dir {app.wb.config.home} show {sources[0]['id'][:8] if sources else 'ID'}")
