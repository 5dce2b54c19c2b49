"""factfinder lists import / lists show / link / estimate"""

from __future__ import annotations

import json

import click
from rich.markup import escape
from rich.table import Table

from factfinder.cli.main import cli
from factfinder.cli.output import console, err_console, print_json, progress_bar


def _mapping(items: tuple[str, ...]) -> dict[str, str]:
    mapping = {}
    for item in items:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not COLUMN=FIELD", param_hint="--map")
        column, field = item.split("=", 1)
        mapping[column.strip()] = field.strip()
    return mapping


@cli.group(name="lists")
def lists_group():
    """Victim or incident lists for casualty estimation."""


@lists_group.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--name", help="The list's name (default: the file name without extension). One file only.")
@click.option("--map", "mappings", multiple=True, metavar="COLUMN=FIELD",
              help="Map a file column to a field: given_name, family_name, full_name, sex, birth_year, "
                   "birth_date, age, death_date, death_place, commune, prefecture. Repeatable.")
@click.option("--id-column", metavar="COLUMN", help="The column holding each record's id in the original list.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def lists_import(app, files, name, mappings, id_column, as_json):
    """Import CSV or Parquet lists; each file is kept under custody as a source.
    Records are sensitive: only counts are printed or logged."""
    from factfinder.estimate.lists import import_list

    if name and len(files) > 1:
        raise click.UsageError("--name applies to one file; without it each list is named after its file.")
    results = [import_list(app.wb, path, name, _mapping(mappings), id_column) for path in files]
    if as_json:
        print_json(results)
        return
    for result in results:
        console.print(f"imported list [bold]{escape(result['name'])}[/bold]: {result['records']:,} records "
                      f"(fields: {', '.join(result['fields'])}; source {result['source_id'][:12]})")


@lists_group.command(name="show")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def lists_show(app, as_json):
    """The imported lists with their record counts."""
    from factfinder.estimate.lists import list_summaries

    rows = list_summaries(app.wb)
    if as_json:
        print_json(rows)
        return
    table = Table("name", "records", "source", "imported")
    for row in rows:
        table.add_row(escape(row["name"]), f"{row['records']:,}", row["source_id"][:12], row["imported_at"][:19])
    console.print(table)


@cli.command()
@click.option("--threshold", type=float, default=0.9, show_default=True,
              help="Match probability at which records join one cluster (person) for the main estimate.")
@click.option("--reference-year", type=int, help="Year of death assumed when a record gives an age but no date "
                                                  "(e.g. 1994), to compare ages with birth years.")
@click.option("--review", "show_review", is_flag=True, help="List the uncertain pairs of the last run instead.")
@click.option("--decide", nargs=2, metavar="PAIR DECISION", help="Record a review: PAIR match|non_match. "
                                                                 "The next `link` trains on it.")
@click.option("--all-clusters", is_flag=True, help="Also list people found on one list only.")
@click.option("--json", "as_json", is_flag=True, help="Clusters with their records (list name, original id) "
                                                      "and probabilities.")
@click.pass_obj
def link(app, threshold, reference_year, show_review, decide, all_clusters, as_json):
    """Link records across and within the imported lists (splink on DuckDB), and
    keep clusterings at several thresholds so estimates carry linkage uncertainty."""
    from factfinder.estimate import workflow

    if decide:
        pair, decision = decide
        result = workflow.decide_pair(app.wb, int(pair), decision.replace("-", "_"))
        console.print(f"pair {result['pair']}: {result['decision']} (used when `factfinder link` runs again)")
        return
    if show_review:
        pairs = workflow.review_pairs(app.wb)
        if as_json:
            print_json(pairs)
            return
        table = Table("pair", "left (list: id)", "right (list: id)", "probability", "decision")
        for p in pairs:
            table.add_row(str(p["pair"]), f"{escape(p['left']['list'])}: {escape(p['left']['record_id'])}",
                          f"{escape(p['right']['list'])}: {escape(p['right']['record_id'])}",
                          f"{p['probability']:.3f}", p["decision"] or "")
        console.print(table)
        console.print("Decide with `factfinder link --decide PAIR match` or `non_match`.")
        return
    result = workflow.link_lists(app.wb, main=threshold, reference_year=reference_year,
                                 progress=lambda message: err_console.print(f"[dim]{escape(message)}[/dim]"))
    if not all_clusters:
        result["clusters"] = [c for c in result["clusters"] if c["size"] > 1]
    if as_json:
        print_json(result)
        return
    table = Table("threshold", "records", "people (clusters)", "on several lists")
    for t, s in result["summary"].items():
        table.add_row(t, f"{s['records']:,}", f"{s['people']:,}", f"{s['on_several_lists']:,}")
    console.print(table)
    for cluster in result["clusters"][:20]:
        records = ", ".join(f"{escape(r['list'])}:{escape(r['record_id'])}" for r in cluster["records"])
        weakest = f"{cluster['min_probability']:.3f}" if cluster["min_probability"] is not None else "-"
        console.print(f"cluster {escape(cluster['cluster'])} (weakest link {weakest}): {records}")
    shown = min(20, len(result["clusters"]))
    console.print(f"{shown} of {len(result['clusters'])} linked cluster(s) shown (--json for all); "
                  f"{result['review_queue']} uncertain pair(s) to review with `factfinder link --review`.")


@cli.command()
@click.option("--histories", type=click.Path(exists=True, dir_okay=False),
              help="A capture-history CSV (one 0/1 column per list and `count`) instead of the stored lists.")
@click.option("--method", type=click.Choice(["all", "lcmcr", "loglinear", "chapman"]), default="all",
              show_default=True)
@click.option("--strata", help="Estimate per stratum and sum: a column of the --histories file, or a field of "
                               "the stored lists (sex, prefecture, commune, …).")
@click.option("--seed", type=int, help="Master seed; the same seed gives the same report.")
@click.option("--samples", type=int, default=2000, show_default=True, help="LCMCR draws per chain.")
@click.option("--burn-in", type=int, default=10000, show_default=True, help="LCMCR burn-in iterations.")
@click.option("--thinning", type=int, default=100, show_default=True, help="LCMCR thinning.")
@click.option("--bootstrap", "n_boot", type=int, default=500, show_default=True,
              help="Bootstrap replicates for the log-linear interval.")
@click.option("--plot", type=click.Path(dir_okay=False), help="Write a PNG of the distributions and list overlaps.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def estimate(app, histories, method, strata, seed, samples, burn_in, thinning, n_boot, plot, as_json):
    """Estimate how many people no list recorded, with intervals and the models behind
    every number (multiple systems estimation)."""
    from factfinder.estimate.plot import plot_report
    from factfinder.estimate.report import estimate as run_estimate

    options = {"samples": samples, "burn_in": burn_in, "thinning": thinning, "n_boot": n_boot}
    with progress_bar("Estimating", enabled=not as_json) as progress:
        task = progress.add_task("Estimating", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        if histories:
            report = run_estimate(histories, method, seed=seed, strata=strata, progress=advance, **options)
            sensitivity = []
        else:
            from factfinder.estimate.workflow import estimate_from_store

            report, sensitivity = estimate_from_store(app.wb, method, seed, strata, progress=advance, **options)
    if plot:
        plot_report(report, plot)
    if as_json:
        data = report.to_dict()
        if sensitivity:
            data["linkage_sensitivity"] = sensitivity
        if plot:
            data["plot"] = plot
        click.echo(json.dumps(data, indent=2))
        return
    console.print(escape(report.to_text()))
    if sensitivity:
        console.print("\n[bold]How the estimate moves with the linkage threshold[/bold]")
        for row in sensitivity:
            parts = []
            for name, m in row["methods"].items():
                point = m.get("median", m.get("estimate"))
                if point is not None:
                    parts.append(f"{name} {point:,.0f} ({m['lower']:,.0f}–{m['upper']:,.0f})")
            console.print(f"  threshold {row['threshold']}: {row['observed']:,} people seen; " + "; ".join(parts))
    if plot:
        console.print(f"plot written to {plot}")
