"""factfinder sources / show / meta / log / request-deletion"""

from __future__ import annotations

import click
from rich.markup import escape
from rich.table import Table

from factfinder.cli.main import cli
from factfinder.cli.output import console, print_json


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="A JSON array of sources with their metadata.")
@click.pass_obj
def sources(app, as_json):
    """List every source: its id (the SHA-256 of the original) and metadata."""
    rows = app.wb.sources()
    if as_json:
        print_json(rows)
        return
    if not rows:
        console.print("No sources yet. Add some with `factfinder ingest PATH`.")
        return
    table = Table("id", "title", "kind", "lang", "published", "author / publisher", "file")
    for s in rows:
        table.add_row(s["id"][:12], escape(s["title"] or ""), s["kind"], s["language"] or "",
                      s["published"] or "", escape(s["author"] or s["publisher"] or ""), escape(s["filename"]))
    console.print(table)
    console.print(f"{len(rows)} source(s)")


@cli.command()
@click.argument("source")
@click.option("--json", "as_json", is_flag=True,
              help="JSON with `source` (metadata), `text` (the derived text) and `passages`.")
@click.pass_obj
def show(app, source, as_json):
    """Show one source; SOURCE is its id or a unique prefix of it."""
    data = app.wb.show(source)
    if as_json:
        print_json(data)
        return
    meta = data["source"]
    console.print(f"[bold]{escape(meta['title'] or meta['filename'])}[/bold]")
    for key in ("id", "author", "publisher", "published", "language", "kind", "origin", "filename", "media_type",
                "size", "ingested_at", "ingested_by"):
        if meta.get(key) not in (None, ""):
            console.print(f"  [dim]{key:<12}[/dim] {escape(str(meta[key]))}")
    reader = data["reader"]
    console.print(f"  [dim]{'reader':<12}[/dim] {reader['name']} {reader['version']}"
                  + (f" ({reader['encoding']})" if reader["encoding"] else ""))
    for warning in meta["warnings"]:
        console.print(f"  [yellow]warning[/yellow]      {escape(warning)}")
    console.print()
    for p in data["passages"]:
        where = f"p.{p['page']} " if "page" in p else ""
        console.print(f"[dim]{where}[{p['start']}:{p['end']}][/dim] {escape(p['text'])}", soft_wrap=True)


@cli.command()
@click.argument("source")
@click.option("--set", "assignments", multiple=True, required=True, metavar="FIELD=VALUE",
              help="title, author, publisher, published, language, kind or origin. Repeatable.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def meta(app, source, assignments, as_json):
    """Edit a source's metadata. Old and new values are kept in the custody log."""
    changes = {}
    for item in assignments:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not FIELD=VALUE", param_hint="--set")
        key, value = item.split("=", 1)
        changes[key.strip()] = value
    updated = app.wb.set_metadata(source, changes)
    if as_json:
        print_json(updated)
    else:
        def shown(key: str) -> str:
            if key in updated:
                return escape(str(updated[key]))
            return "(witness detail, stored encrypted)"

        console.print(f"updated {updated['id'][:12]}: " + ", ".join(f"{k}={shown(k)}" for k in changes))


@cli.command(name="request-deletion")
@click.argument("source")
@click.option("--reason", required=True, help="Why the source should be removed (kept in the log).")
@click.pass_obj
def request_deletion(app, source, reason):
    """Record a request to delete a source; the original stays until a custodian acts."""
    result = app.wb.request_deletion(source, reason)
    console.print(f"deletion request for {result['source_id'][:12]} logged as custody entry {result['seq']}")


@cli.command(name="log")
@click.option("--source", "source", help="Only entries about this source (id or prefix).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def custody_log(app, source, as_json):
    """The chain-of-custody log, oldest first."""
    object_id = app.wb.resolve(source) if source else None
    entries = app.wb.custody_log(object_id)
    if as_json:
        print_json(entries)
        return
    table = Table("seq", "at", "actor", "action", "object", "hash")
    for e in entries:
        table.add_row(str(e["seq"]), e["at"][:19], escape(e["actor"]), e["action"],
                      f"{e['object_type']} {escape(e['object_id'][:16])}", e["hash"][:12])
    console.print(table)
