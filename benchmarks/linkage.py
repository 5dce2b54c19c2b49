"""Record linkage: quality against ground truth, and throughput against bare splink.

    python benchmarks/linkage.py [--sizes 100000,1000000] [--quick] [--threads 2]

1. Quality. Pairwise precision, recall and F1 of VictimListLinker against the ground
   truth of FEBRL 1-4 (4 = dataset4a linked to dataset4b), RLdata10000, splink's
   fake_1000 and historical_50k (read from the shared folder, never downloaded), at
   match-probability thresholds 0.5 and 0.9, for the scored pairs and for the pairs the
   clusters imply. Two configurations: "victim_fields" uses only fields a victim list
   has (names, birth, sex, places); "with_identifiers" adds the identifiers a data set
   carries beyond those (FEBRL's social security number, postcode and street address;
   fake_1000's email; historical_50k's postcode and occupation), as the published
   recordlinkage baseline on FEBRL4 (F1 0.991 ECM, 0.989 deterministic) did.
2. Throughput. Synthetic victim lists (three overlapping lists, Rwandan-style names with
   typos, r/l and French spellings, swapped and missing fields; see
   ``tests/estimate/linkage_data.generate_victim_lists``) of each size in --sizes are linked by VictimListLinker and
   by a bare splink model (splink's default name comparisons, exact matches elsewhere,
   raw columns) in the same process. Reports records/s of both, their ratio, and the F1
   of both against the generator's truth.

Writes benchmarks/results/linkage.json. The whole run is sized for about 20 minutes on
two cores; DuckDB is capped at --memory-limit and spills beyond it.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import splink.comparison_library as cl  # noqa: E402
from splink import DuckDBAPI, Linker, SettingsCreator, block_on  # noqa: E402

from benchmarks._common import write_result  # noqa: E402
from factfinder.estimate.linkage import VictimListLinker  # noqa: E402
from tests.estimate import linkage_data as data  # noqa: E402
from tests.estimate.linkage_data import generate_victim_lists  # noqa: E402

THRESHOLDS = (0.5, 0.9)
# Pairs under this probability are not kept; recall at the floor bounds what any
# threshold could reach.
PREDICTION_FLOOR = 0.05
PUBLISHED = {
    "febrl4": {
        "source": "recordlinkage 0.16 examples/linking_deterministic.py settings on FEBRL4, "
                  "run by the data curators (shared/data/estimation/README.md §3)",
        "ecm": {"precision": 0.9984, "recall": 0.9830, "f1": 0.9906},
        "deterministic": {"precision": 0.9996, "recall": 0.9786, "f1": 0.9890},
        "blocking_recall": 0.989,
        "seconds": 3.6,
    },
}

# ----------------------------------------------------------------- measurements


def _connection(threads: int, memory_limit: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    con.execute(f"SET threads = {threads}")
    con.execute(f"SET memory_limit = '{memory_limit}'")
    con.execute("SET preserve_insertion_order = false")
    return con


def run_ours(lists, *, threads: int, memory_limit: str, reference_year=None, threshold=0.9, **options):
    """VictimListLinker from canonical lists to clusters at ``threshold``; seconds per phase."""
    timings = {}
    start = time.perf_counter()
    linker = VictimListLinker(
        lists, reference_year=reference_year,
        duckdb_connection=_connection(threads, memory_limit), **options,
    )
    timings["prepare"] = time.perf_counter() - start
    mark = time.perf_counter()
    linker.train()
    timings["train"] = time.perf_counter() - mark
    mark = time.perf_counter()
    linker.predict(min_probability=PREDICTION_FLOOR)
    timings["predict"] = time.perf_counter() - mark
    mark = time.perf_counter()
    clusters = linker.clusters(threshold)
    timings["cluster"] = time.perf_counter() - mark
    timings["total"] = time.perf_counter() - start
    return linker, clusters, {k: round(v, 2) for k, v in timings.items()}


def run_bare_splink(lists, *, threads: int, memory_limit: str, threshold=0.9, u_max_pairs=2e6, seed=20260425):
    """A minimal splink model on the raw columns (lower-cased): default name comparisons, exact
    matches for sex, birth year and commune, blocking on raw names, and splink's
    recommended training (prior from a deterministic rule, u by random sampling, EM on
    two rules). Returns clusters at ``threshold`` and seconds."""
    start = time.perf_counter()
    columns = ["record_id", "list_name", "given_name", "family_name", "sex", "birth_year", "commune"]
    frames = []
    for frame in lists.values():
        frame = frame.reindex(columns=columns).astype(object)
        # The least preparation any user does: one case for names and places.
        for column in ("given_name", "family_name", "commune"):
            frame[column] = frame[column].str.lower()
        frame["birth_year"] = pd.to_numeric(frame["birth_year"], errors="coerce").astype("Int64")
        frames.append(frame)
    db_api = DuckDBAPI(connection=_connection(threads, memory_limit))
    registered = [db_api.register(f, table_name=f"__bare_{i}") for i, f in enumerate(frames)]
    settings = SettingsCreator(
        link_type="link_and_dedupe",
        comparisons=[
            cl.NameComparison("given_name"),
            cl.NameComparison("family_name"),
            cl.ExactMatch("sex"),
            cl.ExactMatch("birth_year"),
            cl.ExactMatch("commune"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("given_name", "family_name"),
            block_on("family_name", "birth_year"),
            block_on("given_name", "birth_year"),
            block_on("family_name", "commune"),
        ],
        unique_id_column_name="record_id",
        source_dataset_column_name="list_name",
    )
    linker = Linker(registered, settings, log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("given_name", "family_name", "birth_year")], recall=0.7
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=u_max_pairs, seed=seed)
    for rule in (block_on("given_name", "family_name"), block_on("birth_year", "commune")):
        linker.training.estimate_parameters_using_expectation_maximisation(rule, max_pairs=2e6)
    predictions = linker.inference.predict(threshold_match_probability=threshold, warning_mode="never")
    clustered = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=threshold
    )
    clusters = db_api.query_sql(
        f"select cluster_id, list_name, record_id from {clustered.physical_name}", output_type="pandas"
    )
    return clusters, round(time.perf_counter() - start, 2)


def quality(bench: data.LinkageBenchmark, *, threads: int, memory_limit: str) -> dict:
    linker, _, timings = run_ours(
        bench.lists, threads=threads, memory_limit=memory_limit,
        dedupe_within_lists=bench.dedupe_within_lists,
        extra_columns=bench.extra_columns,
        extra_comparisons=bench.extra_comparisons,
        extra_blocking_rules=bench.extra_blocking_rules,
    )
    true_pairs = bench.true_pair_count()
    floor_pairs = linker.pairs(PREDICTION_FLOOR)
    result = {
        "seconds": timings["total"],
        "comparisons": linker.comparison_fields,
        f"recall_of_pairs_at_floor_{PREDICTION_FLOOR}": data.pairwise_scores(
            floor_pairs, bench.truth, true_pairs)["recall"],
    }
    for threshold in THRESHOLDS:
        kept = floor_pairs[floor_pairs["match_probability"] >= threshold]
        result[f"pairs_at_{threshold}"] = data.pairwise_scores(kept, bench.truth, true_pairs)
        result[f"clusters_at_{threshold}"] = data.cluster_scores(
            linker.clusters(threshold), bench.truth, true_pairs,
            cross_list_only=not bench.dedupe_within_lists,
        )
    return result


def quality_suite(threads: int, memory_limit: str, quick: bool) -> dict:
    suites = {
        "febrl1": (lambda: data.febrl(1), lambda: data.febrl_with_identifiers(1)),
        "febrl2": (lambda: data.febrl(2), lambda: data.febrl_with_identifiers(2)),
        "febrl3": (lambda: data.febrl(3), lambda: data.febrl_with_identifiers(3)),
        "febrl4": (lambda: data.febrl(4), lambda: data.febrl_with_identifiers(4)),
        "rldata10000": (data.rldata10000, None),
        "fake_1000": (data.fake_1000, lambda: data.fake_1000(with_identifiers=True)),
        "historical_50k": (data.historical_50k, lambda: data.historical_50k(with_identifiers=True)),
    }
    if quick:
        suites = {k: suites[k] for k in ("febrl1", "febrl4", "fake_1000")}
    results = {}
    for name, (victim_fields, with_identifiers) in suites.items():
        bench = victim_fields()
        entry = {"records": bench.record_count, "true_pairs": bench.true_pair_count(),
                 "link_type": "link_only" if not bench.dedupe_within_lists else "link_and_dedupe"}
        entry["victim_fields"] = quality(bench, threads=threads, memory_limit=memory_limit)
        if with_identifiers is not None:
            entry["with_identifiers"] = quality(with_identifiers(), threads=threads, memory_limit=memory_limit)
        if name in PUBLISHED:
            entry["published"] = PUBLISHED[name]
        results[name] = entry
        _print_quality(name, entry)
        gc.collect()
    return results


def _print_quality(name: str, entry: dict) -> None:
    for config in ("victim_fields", "with_identifiers"):
        if config not in entry:
            continue
        r = entry[config]
        p5, p9 = r["pairs_at_0.5"], r["pairs_at_0.9"]
        c9 = r["clusters_at_0.9"]
        print(f"{name:15s} {config:16s} pairs@0.5 P {p5['precision']:.4f} R {p5['recall']:.4f} F1 {p5['f1']:.4f}"
              f" | pairs@0.9 F1 {p9['f1']:.4f} | clusters@0.9 F1 {c9['f1']:.4f} | {r['seconds']:.1f}s",
              flush=True)
    if "published" in entry:
        pub = entry["published"]
        print(f"{'':15s} published        ECM F1 {pub['ecm']['f1']:.4f} | deterministic F1 "
              f"{pub['deterministic']['f1']:.4f}", flush=True)


def throughput(sizes: list[int], threads: int, memory_limit: str) -> dict:
    results = {}
    for size in sizes:
        lists, truth = generate_victim_lists(size)
        records = sum(len(f) for f in lists.values())
        true_pairs = data.LinkageBenchmark("synthetic", lists, truth).true_pair_count()
        linker, clusters, timings = run_ours(lists, threads=threads, memory_limit=memory_limit,
                                             reference_year=1994, threshold=0.9)
        ours_scores = data.cluster_scores(clusters, truth, true_pairs, cross_list_only=False)
        del linker, clusters
        gc.collect()
        bare_clusters, bare_seconds = run_bare_splink(lists, threads=threads, memory_limit=memory_limit)
        bare_scores = data.cluster_scores(bare_clusters, truth, true_pairs, cross_list_only=False)
        del bare_clusters
        gc.collect()
        ours_rate = records / timings["total"]
        bare_rate = records / bare_seconds
        results[str(size)] = {
            "records": records,
            "people": int(truth["entity"].nunique()),
            "true_pairs": true_pairs,
            "ours": {"seconds": timings, "records_per_second": round(ours_rate, 1),
                     "clusters_at_0.9": ours_scores},
            "bare_splink": {"seconds": bare_seconds, "records_per_second": round(bare_rate, 1),
                            "clusters_at_0.9": bare_scores},
            "speed_ratio_ours_to_bare": round(ours_rate / bare_rate, 3),
        }
        print(f"synthetic {records:>9,} records: ours {ours_rate:,.0f} rec/s (F1 {ours_scores['f1']:.4f}), "
              f"bare splink {bare_rate:,.0f} rec/s (F1 {bare_scores['f1']:.4f}), "
              f"ratio {ours_rate / bare_rate:.2f}", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000",
                        help="synthetic record counts for the throughput runs, comma-separated")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: three small data sets and one 20,000-record synthetic run")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--memory-limit", default="12GB")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    sizes = [20000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    started = time.perf_counter()
    # The machine may be shared: the load says how far throughput numbers are its own.
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    payload = {
        "thresholds": list(THRESHOLDS),
        "quality": quality_suite(args.threads, args.memory_limit, args.quick),
        "throughput": throughput(sizes, args.threads, args.memory_limit),
        "synthetic_data_note": "tests/estimate/linkage_data.generate_victim_lists: synthetic names and places; see its docstring.",
    }
    payload["total_seconds"] = round(time.perf_counter() - started, 1)
    payload["load_average_1_5_15_min"] = {"start": load_at_start, "end": [round(x, 2) for x in os.getloadavg()]}
    # A smoke run must not overwrite the full results.
    write_result("linkage_quick" if args.quick else "linkage", payload)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
