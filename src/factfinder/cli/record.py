"""factfinder rebuild / events / event / contradictions / grade / proceedings / accountability"""

from __future__ import annotations

import csv
import sys

import click
from rich.markup import escape
from rich.table import Table

from factfinder.cli.main import cli
from factfinder.cli.output import console, err_console, print_json


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def rebuild(app, as_json):
    """Regroup claims into events, propose source grades, rate credibility and find
    contradictions. Ingest and extract run it for you."""
    summary = app.wb.rebuild(lambda message: err_console.print(f"[dim]{escape(message)}[/dim]"))
    if as_json:
        print_json(summary)
    else:
        console.print(f"record rebuilt: {summary['events']} events from {summary['claims']} claims, "
                      f"{summary['contradictions']} contradiction(s)")


def _period(event: dict) -> str:
    p = event["period"]
    if not p["earliest"]:
        return ""
    return p["earliest"] if p["earliest"] == p["latest"] else f"{p['earliest']} – {p['latest']}"


@cli.command()
@click.option("--type", "kind", help="Only events of this type (killing, massacre, attack, …).")
@click.option("--min-sources", type=int, default=1, show_default=True, help="Only events told by at least N sources.")
@click.option("--json", "as_json", is_flag=True, help="Each event with id, type, period, places, perpetrators, "
                                                      "victims, counts, claims and sources.")
@click.pass_obj
def events(app, kind, min_sources, as_json):
    """Events of the record, in time order."""
    rows = [e for e in app.wb.events() if (not kind or e["type"] == kind) and len(e["sources"]) >= min_sources]
    if as_json:
        print_json(rows)
        return
    table = Table("id", "type", "period", "place", "perpetrators", "killed", "claims", "sources")
    for e in rows:
        counts = e["counts"]
        killed = "" if counts["low"] is None else (f"{counts['low']:,.0f}" if counts["low"] == counts["high"]
                                                   else f"{counts['low']:,.0f}–{(counts['high'] or 0):,.0f}")
        table.add_row(e["id"], e["type"], _period(e), escape(", ".join(e["places"][:2])),
                      escape(", ".join(e["perpetrators"][:2])), killed, str(len(e["claims"])), str(len(e["sources"])))
    console.print(table)
    console.print(f"{len(rows)} event(s). See one with `factfinder event ID`.")


@cli.command()
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def event(app, event_id, as_json):
    """One event: its attributes, each with the claims behind it, its sources and credibility."""
    e = app.wb.event(event_id)
    if as_json:
        print_json(e)
        return
    console.print(f"[bold]{escape(e['title'])}[/bold]  [dim]{e['id']}[/dim]")
    console.print(f"  type {e['type']}; period {_period(e) or 'unknown'}")
    a = e["attributes"]
    for label, items, name in (("places", a["places"], "name"), ("perpetrators", a["perpetrators"], "name"),
                               ("victims", a["victims"], "group")):
        if items:
            console.print(f"  {label}: " + "; ".join(f"{escape(str(i[name]))} (claims {', '.join(map(str, i['claims']))})"
                                                      for i in items))
    if a["counts"]["low"] is not None:
        console.print(f"  killed: {a['counts']['low']:,.0f} – {(a['counts']['high'] or a['counts']['low']):,.0f} "
                      f"across sources")
    console.print("\n[bold]Sources[/bold]")
    for link in e["information_links"]:
        console.print(f"  {link['source_id'][:12]} {escape(link['title'] or '')} — {link['connection']}, "
                      f"reliability {link['reliability'] or '?'}")
    console.print("\n[bold]Claims[/bold]")
    for claim in e["claims"]:
        cred = claim["credibility"]
        console.print(f"  [{claim['id']}] {escape(claim['text'])}", soft_wrap=True)
        console.print(f"      [dim]{escape(claim['source_title'] or '')}; asserted by {escape(claim['asserted_by'])}; "
                      f"{claim['stance']}; credibility {cred['level']} — {escape(cred['explanation'])}[/dim]",
                      soft_wrap=True)
    for c in e["contradictions"]:
        console.print(f"\n[red]contradiction[/red] {escape(c['subject'])}: " +
                      " vs ".join(str(s["value"]) for s in c["sides"]))


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def contradictions(app, as_json):
    """Conflicting figures, dates and perpetrators, each side with its sources."""
    rows = app.wb.contradictions()
    if as_json:
        print_json(rows)
        return
    if not rows:
        console.print("No contradictions in the record.")
    for c in rows:
        console.print(f"[bold]{escape(c['subject'])}[/bold] ({c['kind']}" + (f", event {c['event']}" if c["event"] else "")
                      + ")")
        for side in c["sides"]:
            value = side["value"]
            shown = ", ".join(f"{k}={v:,.0f}" if isinstance(v, float) else f"{k}={v}" for k, v in value.items()
                              if v is not None)
            titles = sorted({e["source_title"] or e["source_id"][:12] for e in side["evidence"]})
            console.print(f"  • {escape(shown)} — {len(side['sources'])} source(s): {escape('; '.join(titles))}",
                          soft_wrap=True)


@cli.command()
@click.argument("source")
@click.argument("grade", type=click.Choice(list("ABCDEF"), case_sensitive=False))
@click.option("--reason", required=True, help="Why this grade (kept with it and in the custody log).")
@click.pass_obj
def grade(app, source, grade, reason):
    """Set a source's reliability (Admiralty A–F): A completely reliable … E unreliable,
    F cannot be judged."""
    result = app.wb.grade(source, grade, reason)
    app.wb.rebuild()
    console.print(f"{result['source_id'][:12]} graded {result['grade']}: {escape(result['reason'])}")


@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def proceedings(ctx, as_json):
    """Court proceedings: list them, or `proceedings import FILE.csv`."""
    if ctx.invoked_subcommand:
        return
    from factfinder.record.accountability import list_proceedings

    rows = list_proceedings(ctx.obj.wb)
    if as_json:
        print_json(rows)
        return
    table = Table("court", "accused", "group", "outcome", "sentence", "date")
    for p in rows:
        table.add_row(escape(p["court"]), escape(p["accused"]), p["affiliation_group"], p["outcome"],
                      escape(p["sentence"] or ""), p["judgment_date"] or "")
    console.print(table)


@proceedings.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_obj
def proceedings_import(app, file):
    """Import proceedings from CSV (columns in docs/record.md); rows with a known id are updated."""
    from factfinder.record.accountability import import_proceedings

    result = import_proceedings(app.wb, file)
    console.print(f"proceedings: {result['added']} added, {result['updated']} updated from {escape(file)}")


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--csv", "as_csv", is_flag=True)
@click.pass_obj
def accountability(app, as_json, as_csv):
    """Documented events and victims per perpetrator group against proceedings and
    convictions per group — every party, the RPF included."""
    from factfinder.record.accountability import accountability_table

    rows = accountability_table(app.wb)
    if as_json:
        print_json(rows)
        return
    columns = ["group", "events_documented", "victims_documented_low", "victims_documented_high", "sources",
               "proceedings", "convicted", "acquitted", "other_outcomes"]
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns + ["by_court_type"], extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "by_court_type": ";".join(f"{k}={v}" for k, v in sorted(row["by_court_type"].items()))})
        return
    table = Table("perpetrator group", "events", "victims (documented)", "sources", "proceedings", "convicted",
                  "acquitted", "other")
    for row in rows:
        victims = f"{row['victims_documented_low']:,}–{row['victims_documented_high']:,}"
        table.add_row(escape(row["label"]), str(row["events_documented"]), victims, str(row["sources"]),
                      str(row["proceedings"]), str(row["convicted"]), str(row["acquitted"]), str(row["other_outcomes"]))
    console.print(table)
    console.print("Victims are summed over events whose claims name the group; an event told with different "
                  "counts contributes its lowest and highest.")


@cli.group()
def reference():
    """The shipped reference pack of published figures (every one cited)."""


@reference.command(name="load")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def reference_load(app, as_json):
    """Add the pack's publications as sources (their figures become claims) and rebuild."""
    from factfinder.record.reference import load_reference_pack

    result = load_reference_pack(app.wb)
    summary = app.wb.rebuild()
    if as_json:
        print_json({**result, "record": summary})
        return
    console.print(f"reference pack: {result['figures']} figures from {result['publications']} publications; "
                  f"{result['added']} added, {result['already_loaded']} already loaded")
    for error in result["failed"]:
        console.print(f"[red]failed[/red] {escape(error)}")
    console.print(f"record: {summary['events']} events, {summary['contradictions']} contradiction(s)")


@cli.command()
@click.option("--kind", type=click.Choice(["actor", "person", "place"]))
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def entities(app, kind, as_json):
    """Canonical actors, people and places across sources, with their names as written."""
    from factfinder.record.resolve import list_entities

    rows = list_entities(app.wb, kind)
    if as_json:
        print_json(rows)
        return
    table = Table("id", "kind", "canonical", "gazetteer id", "mentions", "names as written")
    for e in rows:
        table.add_row(str(e["id"]), e["kind"], escape(e["canonical"]), e["gazetteer_id"] or "", str(e["mentions"]),
                      escape(", ".join(e["aliases"][:5])))
    console.print(table)


@cli.group()
def entity():
    """Correct entity resolution: merge entities, or split mentions off one. Logged and
    kept across rebuilds."""


@entity.command(name="merge")
@click.argument("into", type=int)
@click.argument("others", type=int, nargs=-1, required=True)
@click.pass_obj
def entity_merge(app, into, others):
    """Merge OTHERS into INTO (ids from `factfinder entities`)."""
    from factfinder.record.resolve import merge_entities

    result = merge_entities(app.wb, into, list(others))
    app.wb.rebuild()
    console.print(f"merged {escape(', '.join(result['names'][1:]))} into {escape(result['names'][0])}")


@entity.command(name="split")
@click.argument("entity_id", type=int)
@click.option("--mentions", required=True, help="Comma-separated mention ids to move to a new entity.")
@click.option("--canonical", help="Name of the new entity (default: the first mention's name).")
@click.pass_obj
def entity_split(app, entity_id, mentions, canonical):
    """Move some mentions of an entity to a new entity of their own."""
    from factfinder.record.resolve import split_entity

    ids = [int(x) for x in mentions.split(",") if x.strip()]
    result = split_entity(app.wb, entity_id, ids, canonical)
    app.wb.rebuild()
    console.print(f"split {len(result['mentions'])} mention(s) off {escape(result['from'])}")
