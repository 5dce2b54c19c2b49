"""factfinder verify"""

from __future__ import annotations

import click
from rich.markup import escape

from factfinder.cli.main import cli
from factfinder.cli.output import console, print_json, progress_bar


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def verify(app, as_json):
    """Re-hash every original and walk the custody chain. Exits 1 on any problem,
    naming the altered or missing original and the edited, deleted or reordered entry."""
    with progress_bar("Verifying", enabled=not as_json) as progress:
        task = progress.add_task("Verifying originals", total=None)
        report = app.wb.verify(lambda done, total: progress.update(task, completed=done, total=total))
    if as_json:
        print_json(report.to_dict())
    else:
        for problem in report.problems:
            console.print(f"[red]PROBLEM[/red] {escape(problem.message)}", soft_wrap=True)
        for note in report.notes:
            console.print(f"[dim]note[/dim]    {escape(note)}", soft_wrap=True)
        if report.ok:
            console.print(f"[green]OK[/green]: {report.sources} original(s) intact, custody chain of "
                          f"{report.log_entries} entries unbroken")
        else:
            console.print(f"[red]{len(report.problems)} problem(s) found[/red]")
    if not report.ok:
        raise click.exceptions.Exit(1)
