"""factfinder search QUERY"""

from __future__ import annotations

import click
from rich.markup import escape

from factfinder.cli.main import cli
from factfinder.cli.output import console, print_json


def highlight(snippet: str, spans: list[list[int]]) -> str:
    out, pos = [], 0
    for start, end in spans:
        out.append(escape(snippet[pos:start]))
        out.append(f"[bold yellow]{escape(snippet[start:end])}[/bold yellow]")
        pos = end
    out.append(escape(snippet[pos:]))
    return "".join(out)


@cli.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def search(app, query, limit, as_json):
    """Full-text search over passages, best first. Words must all occur; use
    "quoted phrases", prefix* and OR."""
    results = app.wb.search(" ".join(query), limit)
    if as_json:
        print_json(results)
        return
    if not results:
        console.print("No passage matches.")
        return
    for r in results:
        where = f"p.{r['page']} " if "page" in r else ""
        console.print(f"[bold]{escape(r['title'] or '')}[/bold] [dim]{r['source_id'][:12]} {where}"
                      f"[{r['start']}:{r['end']}][/dim]")
        console.print("  " + highlight(r["snippet"], r["highlights"]), soft_wrap=True)
