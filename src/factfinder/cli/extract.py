"""factfinder extract / review"""

from __future__ import annotations

import click
from rich.markup import escape
from rich.table import Table

from factfinder.cli.ingest import run_extraction
from factfinder.cli.main import cli
from factfinder.cli.output import console, print_json
from factfinder.store.schema import MENTION_TYPES, REVIEW_STATUSES


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Per source: counts per mention type and warnings.")
@click.pass_obj
def extract(app, sources, as_json):
    """Find figures, dates, actors, people, places, citations, attributions and claims
    in SOURCES (all sources by default). Human review decisions are kept."""
    ids = [app.wb.resolve(s) for s in sources] if sources else [s["id"] for s in app.wb.sources()]
    if not ids:
        console.print("No sources yet. Add some with `factfinder ingest PATH`.")
        return
    results = run_extraction(app.wb, ids, quiet=as_json)
    if as_json:
        print_json(results)


def _describe(normalized: dict) -> str:
    keys = ("canonical", "id", "low", "high", "approx", "unit", "counted", "group", "earliest", "latest",
            "precision", "speaker", "numbers", "pages")
    return ", ".join(f"{k}={normalized[k]}" for k in keys if normalized.get(k) not in (None, "", []))


@cli.command()
@click.argument("source", required=False)
@click.option("--status", type=click.Choice(REVIEW_STATUSES), default="suggested", show_default=True,
              help="Which mentions to list.")
@click.option("--type", "kind", type=click.Choice(MENTION_TYPES), help="Only mentions of this type.")
@click.option("--accept", "accept_ids", type=int, multiple=True, metavar="ID", help="Confirm a mention.")
@click.option("--reject", "reject_ids", type=int, multiple=True, metavar="ID", help="Reject a mention.")
@click.option("--edit", "edit_id", type=int, metavar="ID", help="Edit a mention (with --set).")
@click.option("--set", "assignments", multiple=True, metavar="KEY=VALUE",
              help="With --edit: a normalized key (value parsed as JSON when it parses), or start/end/type.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def review(app, source, status, kind, accept_ids, reject_ids, edit_id, assignments, as_json):
    """List a source's suggestions, or accept, reject or edit mentions by id.
    Every decision goes into the custody log and survives re-extraction."""
    decisions = []
    for mention_id in accept_ids:
        decisions.append(app.wb.review(mention_id, "accept"))
    for mention_id in reject_ids:
        decisions.append(app.wb.review(mention_id, "reject"))
    if edit_id is not None:
        changes = {}
        for item in assignments:
            if "=" not in item:
                raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--set")
            key, value = item.split("=", 1)
            changes[key.strip()] = value
        decisions.append(app.wb.review(edit_id, "edit", changes))
    if decisions:
        if as_json:
            print_json(decisions)
        else:
            for d in decisions:
                console.print(f"mention {d['id']} ({d['type']} {escape(d['text'])!r}) is now {d['status']}")
        return
    if not source:
        raise click.UsageError("Give a SOURCE to list its suggestions, or --accept/--reject/--edit ID.")
    mentions = app.wb.mentions(source, status=status, kind=kind)
    if as_json:
        print_json(mentions)
        return
    table = Table("id", "type", "text", "span", "normalized", "conf", "status")
    for m in mentions:
        table.add_row(str(m["id"]), m["type"], escape(m["text"][:60]), f"{m['start']}:{m['end']}",
                      escape(_describe(m["normalized"])[:80]), f"{m['confidence']:.2f}", m["status"])
    console.print(table)
    console.print(f"{len(mentions)} {status} mention(s). Accept with `factfinder review --accept ID`.")
