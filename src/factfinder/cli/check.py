"""factfinder check FILE|-"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from factfinder.cli.main import cli
from factfinder.cli.output import console, err_console, print_json
from factfinder.errors import E, InvalidInput

_VERDICT_STYLE = {"supported": "green", "contradicted": "red", "disputed": "yellow", "not_in_record": "dim"}


def _read_input(path: str, encoding: str | None) -> tuple[str, str]:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InvalidInput(E.E603, path=path, reason=exc.strerror or str(exc)) from exc
        name = path
    from factfinder.errors import FactfinderError
    from factfinder.ingest.readers import ReadOptions, read

    # The ingest readers: a check reads a PDF, DOCX, HTML or text file exactly as ingest would.
    suffix = Path(path).suffix.lower() if path != "-" else ".txt"
    try:
        return read(data, name, suffix or ".txt", ReadOptions(encoding=encoding)).text, name
    except FactfinderError as exc:
        if exc.code == E.E109:
            raise InvalidInput(E.E601) from exc
        raise


def _write_new(path: str, content: str) -> None:
    """Write atomically and never over an existing file."""
    target = Path(path)
    if target.exists():
        raise InvalidInput(E.E604, path=path)
    fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=".check-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)
    os.replace(tmp, target)


def _excerpt(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _print_report(report, name: str) -> None:  # noqa: ANN001
    from factfinder.check.render import STANCE_LABELS, TECHNIQUE_LABELS, VERDICT_LABELS

    console.print(f"[bold]{escape(name)}[/bold]: stance [bold]{STANCE_LABELS.get(report.stance, report.stance)}"
                  f"[/bold] · {len(report.claims)} claims · {len(report.markers)} markers · "
                  f"{len(report.arithmetic)} arithmetic")
    if report.composite.alarm:
        console.print(f"[bold red]composite document:[/bold red] {escape(report.composite.reason)}")
    if report.claims:
        table = Table(title="Claims and the record", show_lines=False, expand=True)
        table.add_column("verdict", no_wrap=True)
        table.add_column("claim")
        table.add_column("evidence")
        for claim in report.claims:
            best = next((ev for ev in claim.evidence if ev.relation != "related"), None)
            evidence = ""
            if best is not None:
                evidence = (f"{best.relation}: {_excerpt(best.source_title or best.source_id[:12], 40)} "
                            f"(grade {best.grade or '?'}, credibility {best.credibility or '?'})")
            style = _VERDICT_STYLE[claim.verdict]
            table.add_row(f"[{style}]{VERDICT_LABELS[claim.verdict]}[/{style}]",
                          escape(_excerpt(claim.text)) + (f"\n[dim]{escape(claim.explanation)}[/dim]"
                                                          if claim.explanation else ""),
                          escape(evidence))
        console.print(table)
    if report.arithmetic:
        console.print("[bold]Arithmetic re-done[/bold]")
        for a in report.arithmetic:
            mark = {True: "[green]holds[/green]", False: "[red]does not hold[/red]", None: "[dim]?[/dim]"}[a.consistent]
            console.print(f"  {mark} {escape(_excerpt(a.text, 90))}\n    [dim]{escape(a.explanation)}[/dim]"
                          + (f"\n    [yellow]category mismatch:[/yellow] {escape(a.category_mismatch)}"
                             if a.category_mismatch else ""))
    if report.markers:
        console.print("[bold]Rhetoric markers[/bold]")
        for m in report.markers:
            voice = "[red]author[/red]" if m.voice == "own" else "[magenta]reported[/magenta]"
            console.print(f"  {voice} {TECHNIQUE_LABELS.get(m.technique, m.technique)} "
                          f"[dim]{m.start}–{m.end}[/dim] “{escape(_excerpt(m.text, 80))}”"
                          f"\n    [dim]basis: {escape(m.basis_citation or m.basis)}[/dim]")
    if report.segments:
        stances = ", ".join(f"{s.start}–{s.end} {s.stance}" for s in report.segments)
        console.print(f"[dim]segments: {escape(stances)}[/dim]")


@cli.command()
@click.argument("path", metavar="FILE|-")
@click.option("--language", help="ISO 639-1 code of the text (default: detected).")
@click.option("--encoding", help="Encoding of a text file (default: detected).")
@click.option("--json", "as_json", is_flag=True,
              help="The report as JSON: claims, arithmetic, markers, segments, stance, composite.")
@click.option("--html", "html_out", metavar="OUT", help="Also write one self-contained HTML page to OUT.")
@click.option("--claimreview", "claimreview_out", metavar="OUT",
              help="Also write schema.org ClaimReview JSON-LD (one review per claim) to OUT.")
@click.option("--url", help="Where the checked text was published (used in ClaimReview).")
@click.option("--add", "add_to_record", is_flag=True,
              help="Afterwards, ingest the text as a source of the record (it is not added by default).")
@click.option("--no-embeddings", is_flag=True, help="BM25 and rules only: faster to start, less recall.")
@click.pass_obj
def check(app, path, language, encoding, as_json, html_out, claimreview_out, url, add_to_record, no_embeddings):
    """Check a text against the record: a verdict with evidence for each claim, its arithmetic
    re-done, rhetoric markers of denial, distortion and incitement, and its stance.

    The text is not added to the record unless --add is given."""
    from factfinder.check import check_text
    from factfinder.check.render import to_claimreview, to_html

    text, name = _read_input(path, encoding)
    quiet = as_json or not err_console.is_terminal
    report = check_text(app.wb, text, language, use_embeddings=not no_embeddings,
                        progress=None if quiet else (lambda m: err_console.print(f"[dim]{escape(m)}…[/dim]")))
    if html_out:
        _write_new(html_out, to_html(report, title=f"Check: {Path(name).name}"))
    if claimreview_out:
        _write_new(claimreview_out, json.dumps(to_claimreview(report, url=url), ensure_ascii=False, indent=2))
    if add_to_record:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / (Path(name).name if path != "-" else "checked-text.txt")
            if path == "-" or target.suffix.lower() not in (".txt", ".md", ".html", ".htm", ".pdf", ".docx"):
                target = target.with_suffix(".txt")
                target.write_text(text, encoding="utf-8")
            else:
                target.write_bytes(Path(path).read_bytes())
            outcomes = app.wb.ingest([target], {"origin": url} if url else None, extract=True)
            if any(o.status == "added" for o in outcomes):
                app.wb.rebuild()
            added = [o.source_id for o in outcomes if o.source_id]
            if not as_json:
                err_console.print(f"added to the record as source {added[0][:12] if added else '?'}")
    if as_json:
        print_json(report.to_dict())
    else:
        _print_report(report, name)
