"""factfinder export / backup"""

from __future__ import annotations

import click

from factfinder.cli.main import cli
from factfinder.cli.output import console, print_json, progress_bar
from factfinder.store.exporting import FORMATS


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="jsonl: one file of typed records; csv: a folder with one table per record type.")
@click.option("--out", required=True, type=click.Path(), help="Target file (jsonl) or folder (csv); must not exist.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def export(app, fmt, out, as_json):
    """Export the record (sources, passages, custody log). The export is itself logged."""
    result = app.wb.export(fmt, out)
    if as_json:
        print_json(result)
    else:
        counts = ", ".join(f"{n} {k}" for k, n in result["counts"].items())
        console.print(f"exported {counts} to {result['path']}")


@cli.command()
@click.argument("path", type=click.Path())
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def backup(app, path, as_json):
    """Copy the whole store (originals, database, custody head) to PATH, consistently,
    while it is in use. Check it later with `factfinder --data-dir PATH verify`."""
    with progress_bar("Backing up", enabled=not as_json) as progress:
        task = progress.add_task("Copying originals", total=None)
        result = app.wb.backup(path, lambda done, total: progress.update(task, completed=done, total=total))
    if as_json:
        print_json(result)
    else:
        console.print(f"backup of {result['sources']} source(s), custody log to seq {result['custody_seq']}, "
                      f"written to {result['path']}")
