"""LCMCR sampler: agreement with R's LCMCR on Kosovo, coverage on a known population,
reproducibility, and the convergence diagnostics.

Chains here are short, so the assertions on posteriors are loose; benchmarks/mse.py
compares long runs with R's distributions.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from factfinder.estimate import lcmcr
from factfinder.estimate.histories import CaptureHistories, EstimationError
from factfinder.estimate.lcmcr import effective_sample_size, fit_lcmcr, mcse_mean, mcse_quantile, split_rhat
from factfinder.estimate.report import estimate
from factfinder.estimate.simulate import simulate_scenario

SHORT = dict(burn_in=4_000, samples=400, thinning=25, chains=2)


def test_kosovo_posterior_agrees_with_r_lcmcr(table):
    # R LCMCR 0.4.14 (README): median 10,406-10,598, 95% from about 9,050 to 13,600-14,800.
    # N mixes slowly (about 900 iterations per effective draw), so this modest chain is
    # held to the median and to an interval that straddles R's central part.
    result = fit_lcmcr(table("kosovo_1999_4list"), seed=2024, burn_in=6_000, samples=400, thinning=100, chains=2)
    assert 9_000 < result.median < 12_500
    assert 6_500 < result.lower < 10_000
    assert 12_000 < result.upper < 20_000
    assert result.draws.shape == (2, 400)
    assert result.draws.min() >= 4400
    assert 2 <= np.median(result.classes_used) <= 10


def test_interval_covers_a_simulated_population():
    population = simulate_scenario("two_classes", seed=7)
    result = fit_lcmcr(population.histories, seed=7, **SHORT)
    assert result.lower <= population.size <= result.upper
    assert result.observed == population.observed < population.size


def test_same_seed_same_draws_whatever_the_number_of_workers(table):
    kosovo = table("kosovo_1999_4list")
    settings = dict(burn_in=200, samples=50, thinning=5, chains=3)
    one = fit_lcmcr(kosovo, seed=99, workers=1, **settings)
    three = fit_lcmcr(kosovo, seed=99, workers=3, **settings)
    other = fit_lcmcr(kosovo, seed=100, workers=1, **settings)
    assert np.array_equal(one.draws, three.draws)
    assert not np.array_equal(one.draws, other.draws)
    # Chains have distinct seeds, so they differ from each other.
    assert not np.array_equal(one.draws[0], one.draws[1])


def test_progress_reaches_the_total(table):
    calls = []
    fit_lcmcr(table("darroch1993_R3_3list"), seed=1, burn_in=1_000, samples=100, thinning=10, chains=2, workers=1,
              progress=lambda done, total: calls.append((done, total)))
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1] == 2 * (500 + 1_000 + 100 * 10)


def test_lcmcr_refuses_two_lists_and_bad_settings(table):
    pair = table("kosovo_1999_4list").marginal(["EXH", "ABA"])
    with pytest.raises(EstimationError, match="at least 3 lists"):
        fit_lcmcr(pair)
    with pytest.raises(EstimationError, match="samples must be at least 4"):
        fit_lcmcr(table("kosovo_1999_4list"), samples=2)
    with pytest.raises(EstimationError, match="positive shape and rate"):
        fit_lcmcr(table("kosovo_1999_4list"), a_alpha=0)


def test_report_json_for_lcmcr(table):
    report = estimate(table("kosovo_1999_4list"), method="lcmcr", seed=4, standard=False, **SHORT)
    data = json.loads(report.to_json())
    entry = data["methods"]["lcmcr"]
    assert entry["lower"] < entry["median"] < entry["upper"]
    assert entry["models"][0]["n_classes"] == 10
    assert entry["models"][0]["a_alpha"] == entry["models"][0]["b_alpha"] == 0.25
    assert set(entry["diagnostics"]) >= {"rhat", "ess_bulk", "mcse_median", "mcse_mean", "converged"}
    assert entry["sampler"]["chains"] == 2
    assert "credible interval" in report.to_text()
    assert set(data["methods"]) == {"lcmcr"}


def test_colombia_twenty_lists_run_with_k15(table):
    colombia = table("colombia_verdata_recruitment_R1_male_1999_20list_observed_patterns")
    result = fit_lcmcr(colombia, n_classes=15, seed=3, burn_in=2_000, samples=100, thinning=20, chains=1)
    # HRDAG's posterior: median 2,068, 95% 1,396-3,062 (long chains); a short chain lands nearby.
    assert 1_300 < result.median < 3_500


# ------------------------------------------------------------------ random variates


def test_binomial_sampler_matches_its_moments():
    lcmcr._seed(12345)
    for n, p in ((5, 0.3), (100, 0.3), (1000, 0.01), (181, 0.9), (4400, 0.5)):
        draws = np.array([lcmcr._binomial(n, p) for _ in range(20_000)])
        assert draws.min() >= 0 and draws.max() <= n
        assert abs(draws.mean() - n * p) < 4 * math.sqrt(n * p * (1 - p) / 20_000)
        assert draws.var() == pytest.approx(n * p * (1 - p), rel=0.05)


def test_beta_sampler_shortcuts_match_their_moments():
    lcmcr._seed(54321)
    for a, b in ((1.0, 40.0), (25.0, 1.0), (3.0, 7.0)):
        draws = np.array([lcmcr._beta(a, b) for _ in range(20_000)])
        mean = a / (a + b)
        variance = a * b / ((a + b) ** 2 * (a + b + 1))
        assert abs(draws.mean() - mean) < 4 * math.sqrt(variance / 20_000)
        assert draws.var() == pytest.approx(variance, rel=0.06)


def test_multinomial_allocates_every_person():
    lcmcr._seed(1)
    out = np.empty(4, dtype=np.int64)
    weights = np.array([0.5, 0.2, 0.2, 0.1])
    totals = np.zeros(4)
    for total in (2, 3, 500):
        for _ in range(2_000):
            lcmcr._multinomial(total, weights, out)
            assert out.sum() == total and out.min() >= 0
            totals += out / total
    assert totals / totals.sum() == pytest.approx(weights, abs=0.01)


# ------------------------------------------------------------------ diagnostics


def test_rhat_is_one_for_agreeing_chains_and_large_for_disagreeing_ones():
    rng = np.random.default_rng(0)
    agreeing = rng.normal(size=(4, 1000))
    assert split_rhat(agreeing) < 1.01
    assert split_rhat(agreeing, rank_normalised=False) < 1.01
    disagreeing = agreeing + np.array([[0.0], [0.0], [0.0], [1.5]])
    assert split_rhat(disagreeing) > 1.1
    trending = np.tile(np.linspace(0, 3, 1000), (4, 1)) + rng.normal(size=(4, 1000))
    assert split_rhat(trending, rank_normalised=False) > 1.1  # splitting catches a trend within chains


def test_effective_sample_size_of_independent_and_autocorrelated_draws():
    rng = np.random.default_rng(1)
    independent = rng.normal(size=(4, 2000))
    assert effective_sample_size(independent) == pytest.approx(8000, rel=0.15)
    rho = 0.9
    chains = np.empty((4, 4000))
    for c in range(4):
        noise = rng.normal(size=4000)
        x = 0.0
        for t in range(4000):
            x = rho * x + noise[t]
            chains[c, t] = x
    expected = 16000 * (1 - rho) / (1 + rho)
    assert effective_sample_size(chains, rank_normalised=False) == pytest.approx(expected, rel=0.3)
    assert mcse_mean(independent) == pytest.approx(independent.std() / math.sqrt(8000), rel=0.15)
    # The median of a standard normal has MC error about sqrt(pi/2) / sqrt(n) for independent draws.
    assert mcse_quantile(independent, 0.5) == pytest.approx(math.sqrt(math.pi / 2) / math.sqrt(8000), rel=0.35)


def test_diagnostics_need_four_draws_per_chain():
    with pytest.raises(EstimationError, match="at least 4 draws"):
        split_rhat(np.ones((2, 3)))


def test_minimal_table_runs():
    tiny = CaptureHistories(("a", "b", "c"), np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]]),
                            np.array([30, 20, 25, 10]))
    result = fit_lcmcr(tiny, n_classes=3, seed=0, burn_in=200, samples=40, thinning=2, chains=2)
    assert result.draws.min() >= tiny.n_observed
    assert math.isfinite(result.diagnostics.rhat)
