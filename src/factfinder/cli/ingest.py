"""factfinder ingest PATH..."""

from __future__ import annotations

import click
from rich.markup import escape

from factfinder.cli.main import cli
from factfinder.cli.output import console, err_console, print_json_line, progress_aware, progress_bar
from factfinder.store.schema import SOURCE_KINDS


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--title")
@click.option("--author")
@click.option("--publisher")
@click.option("--published", metavar="YYYY[-MM[-DD]]", help="Publication date (ISO, may be partial).")
@click.option("--language", metavar="CODE", help="ISO 639 code; detected from the text when absent.")
@click.option("--kind", type=click.Choice(SOURCE_KINDS), help="What sort of document this is.")
@click.option("--origin", help="Where the file came from (URL, archive, person).")
@click.option("--encoding", help="Text encoding of .txt/.md/.html files, overriding detection.")
@click.option("--encoding-errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
              help="What to do with bytes that are invalid in the encoding: fail, or keep each as U+FFFD "
                   "and record a warning.")
@click.option("--no-extract", is_flag=True, help="Only store the sources; run `factfinder extract` later.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file on stdout (JSON Lines).")
@click.pass_obj
def ingest(app, paths, title, author, publisher, published, language, kind, origin, encoding, encoding_errors,
           no_extract, as_json):
    """Take in files and folders (recursively) as sources under chain of custody.

    Metadata options apply to every file given; a sidecar NAME.meta.json or
    NAME.meta.yaml beside a file sets metadata for that file alone. A broken file
    is reported and skipped; the exit status is 1 if any file failed.
    """
    metadata = {k: v for k, v in dict(title=title, author=author, publisher=publisher, published=published,
                                      language=language, kind=kind, origin=origin).items() if v}
    counts = {"added": 0, "duplicate": 0, "failed": 0}
    added: list[str] = []
    with progress_bar("Ingesting", enabled=not as_json) as progress:
        task = progress.add_task("Ingesting", total=None)

        def on_total(total: int) -> None:
            progress.update(task, total=total)

        def on_outcome(outcome) -> None:  # noqa: ANN001
            counts[outcome.status] += 1
            if outcome.status == "added":
                added.append(outcome.source_id)
            progress.advance(task)
            if as_json:
                print_json_line(outcome.to_dict())
                return
            if outcome.status == "added":
                line = (f"[green]added[/green]     {outcome.source_id[:12]}  {escape(outcome.title or '')}  "
                        f"[dim]({outcome.passages} passages, {escape(outcome.path)})[/dim]")
            elif outcome.status == "duplicate":
                line = (f"[yellow]duplicate[/yellow] {outcome.source_id[:12]}  {escape(outcome.path)} "
                        f"[dim](same bytes already ingested; nothing added)[/dim]")
            else:
                line = f"[red]failed[/red]    {escape(outcome.error or '')}"
            out = progress_aware(progress)
            out.print(line, soft_wrap=True)
            for warning in outcome.warnings:
                out.print(f"          [yellow]warning:[/yellow] {escape(warning)}", soft_wrap=True)

        app.wb.ingest(paths, metadata, encoding=encoding, encoding_errors=encoding_errors,
                      on_outcome=on_outcome, on_total=on_total)
    if added and not no_extract:
        run_extraction(app.wb, added, quiet=as_json)
    if not as_json:
        summary = f"{counts['added']} added, {counts['duplicate']} duplicate, {counts['failed']} failed"
        (err_console if counts["failed"] else console).print(summary)
    if counts["failed"]:
        raise click.exceptions.Exit(1)


def run_extraction(wb, source_ids: list[str], quiet: bool = False) -> list[dict]:  # noqa: ANN001
    """Extraction with a progress bar; one summary line per source unless quiet."""
    with progress_bar("Extracting", enabled=not quiet) as progress:
        task = progress.add_task("Extracting", total=len(source_ids))
        results = wb.extract(source_ids, lambda done, total: progress.update(task, completed=done))
    summary = wb.rebuild()
    if not quiet:
        for result in results:
            counts = ", ".join(f"{n} {k}" for k, n in sorted(result["counts"].items()) if n)
            console.print(f"extracted {result['source_id'][:12]}: {counts or 'nothing'}")
            for warning in result["warnings"]:
                console.print(f"          [yellow]warning:[/yellow] {escape(warning)}", soft_wrap=True)
        console.print(f"record: {summary['events']} events from {summary['claims']} claims, "
                      f"{summary['contradictions']} contradiction(s)")
    return results
