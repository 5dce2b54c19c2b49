"""Estimation by stratum and totals over strata; the stratified report and its plot."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest

from factfinder.estimate.histories import EstimationError, HistoriesError
from factfinder.estimate.lcmcr import fit_lcmcr
from factfinder.estimate.mse import chapman, lognormal_interval, select_and_average
from factfinder.estimate.plot import plot_report
from factfinder.estimate.report import estimate
from factfinder.estimate.simulate import simulate_population
from factfinder.estimate.strata import (
    estimate_strata,
    histories_by_stratum,
    stratum_seeds,
    sum_chapman,
    sum_lcmcr,
    sum_loglinear,
)

SHORT = dict(burn_in=2_000, samples=200, thinning=10, chains=2)


@pytest.fixture(scope="module")
def two_strata():
    """Two periods with different capture probabilities, 1,500 and 900 people."""
    early = simulate_population(1500, (0.35, 0.3, 0.25), seed=21, list_names=("A", "B", "C"))
    late = simulate_population(900, (0.2, 0.3, 0.4), seed=22, list_names=("A", "B", "C"))
    return {"1994": early.histories, "1995": late.histories}


def test_histories_by_stratum_from_a_table_of_people():
    people = pd.DataFrame({
        "A": [1, 1, 0, 1, 0, 1],
        "B": [0, 1, 1, 0, 1, 1],
        "C": [False, False, True, False, False, True],
        "sex": ["f", "f", "m", "m", "m", "f"],
    })
    tables = histories_by_stratum(people, ["A", "B", "C"], "sex")
    assert list(tables) == ["f", "m"]
    assert tables["f"].n_observed == 3
    assert tables["m"].list_totals() == {"A": 1, "B": 2, "C": 1}
    assert tables["f"].lists == ("A", "B", "C")
    with pytest.raises(HistoriesError, match="on no list"):
        histories_by_stratum(people.assign(A=0, B=0, C=False), ["A", "B", "C"], "sex")
    with pytest.raises(HistoriesError, match="not found"):
        histories_by_stratum(people, ["A", "B", "D"], "sex")


def test_stratum_seeds_are_reproducible_and_distinct():
    seeds = stratum_seeds(5, ["a", "b", "c"])
    assert seeds == stratum_seeds(5, ["a", "b", "c"])
    assert len(set(seeds.values())) == 3
    assert seeds != stratum_seeds(6, ["a", "b", "c"])


def test_sum_of_lcmcr_strata_adds_draws(two_strata):
    results = {label: fit_lcmcr(table, seed=i, **SHORT) for i, (label, table) in enumerate(two_strata.items())}
    total = sum_lcmcr(results)
    assert np.array_equal(total.draws, results["1994"].draws.ravel() + results["1995"].draws.ravel())
    assert total.estimate == pytest.approx(np.median(total.draws))
    assert total.observed == sum(table.n_observed for table in two_strata.values())
    # Adding independent posteriors narrows the relative interval compared with adding the bounds.
    assert total.upper - total.lower < sum(r.upper - r.lower for r in results.values())
    assert total.lower <= 2400 <= total.upper


def test_sum_of_loglinear_strata_adds_replicates(two_strata):
    results = {label: select_and_average(table, n_boot=80, seed=i) for i, (label, table) in enumerate(two_strata.items())}
    total = sum_loglinear(results)
    assert np.allclose(total.draws, results["1994"].replicates + results["1995"].replicates, equal_nan=True)
    assert total.estimate == pytest.approx(results["1994"].estimate + results["1995"].estimate)
    assert total.lower < total.estimate < total.upper


def test_sum_of_chapman_strata_adds_estimates_and_variances():
    results = {"x": chapman(100, 80, 20, lists=("A", "B")), "y": chapman(60, 50, 10, lists=("A", "B"))}
    total = sum_chapman(results)
    estimate_sum = results["x"].estimate + results["y"].estimate
    variance = results["x"].se ** 2 + results["y"].se ** 2
    assert total.estimate == pytest.approx(estimate_sum)
    assert (total.lower, total.upper) == pytest.approx(lognormal_interval(160 + 100, estimate_sum, variance))


def test_strata_must_share_their_lists(two_strata):
    other = simulate_population(300, (0.3, 0.3, 0.3), seed=1, list_names=("A", "B", "D")).histories
    with pytest.raises(EstimationError, match="same lists"):
        estimate_strata({"1994": two_strata["1994"], "x": other}, "chapman")
    with pytest.raises(EstimationError, match="stratum 1994: chapman needs exactly 2 lists"):
        estimate_strata(two_strata, "chapman")


def test_stratified_report_from_a_csv_and_its_plot(tmp_path, two_strata):
    frames = []
    for label, table in two_strata.items():
        frame = table.to_frame()
        frame.insert(0, "period", label)
        frames.append(frame)
    path = tmp_path / "histories.csv"
    pd.concat(frames).to_csv(path, index=False)
    calls = []
    report = estimate(path, strata="period", seed=8, n_boot=60, progress=lambda d, t: calls.append((d, t)), **SHORT)
    data = json.loads(report.to_json())
    assert set(data["strata"]) == {"1994", "1995"}
    assert data["observed"] == sum(table.n_observed for table in two_strata.values())
    lcmcr_total = data["methods"]["lcmcr"]
    assert lcmcr_total["median"] == pytest.approx(
        np.median(report.strata["1994"].methods["lcmcr"].draws.ravel() + report.strata["1995"].methods["lcmcr"].draws.ravel())
    )
    assert lcmcr_total["lower"] < lcmcr_total["median"] < lcmcr_total["upper"]
    assert [entry["stratum"] for entry in lcmcr_total["models"]] == ["1994", "1995"]
    loglinear_total = data["methods"]["loglinear"]
    assert loglinear_total["estimate"] == pytest.approx(
        sum(data["strata"][label]["methods"]["loglinear"]["estimate"] for label in ("1994", "1995"))
    )
    mt = next(entry for entry in data["spread"]["models"] if entry["name"] == "Mt")
    assert mt["estimate"] == pytest.approx(sum(
        next(e for e in data["strata"][label]["spread"]["models"] if e["name"] == "Mt")["estimate"] for label in ("1994", "1995")
    ))
    assert calls[-1][0] == calls[-1][1]
    assert "sum of 2 strata" in report.to_text()

    image = plot_report(report, tmp_path / "estimate.png")
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.stat().st_size > 20_000


def test_strata_given_as_data_frames(two_strata):
    frames = {label: table.complete().to_frame() for label, table in two_strata.items()}
    report = estimate(frames, method="loglinear", seed=2, n_boot=40, standard=False)
    assert set(report.strata) == {"1994", "1995"}
    total = report.to_dict()["methods"]["loglinear"]
    assert total["estimate"] == pytest.approx(sum(r.methods["loglinear"].estimate for r in report.strata.values()))
    with pytest.raises(HistoriesError, match="stratum bad: no 'count' column"):
        estimate({"bad": frames["1994"].drop(columns="count")}, method="loglinear")


def test_plot_of_a_single_table(tmp_path, table):
    report = estimate(table("darroch1993_R3_3list"), seed=1, n_boot=50, **SHORT)
    image = plot_report(report, tmp_path / "r3.png", title="Darroch R3")
    assert image.read_bytes()[:4] == b"\x89PNG"
    assert math.isfinite(report.methods["lcmcr"].median)
