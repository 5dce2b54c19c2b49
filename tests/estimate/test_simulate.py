"""Simulated populations: sizes, patterns, and the effects of heterogeneity and dependence."""

from __future__ import annotations

import math

import numpy as np
import pytest

from factfinder.estimate.histories import EstimationError
from factfinder.estimate.mse import chapman, fit_loglinear, two_list_estimate
from factfinder.estimate.simulate import SCENARIOS, simulate_population, simulate_scenario


def overlap(histories, first: str, second: str) -> int:
    pair = histories.marginal([first, second])
    return int(pair.counts[(pair.patterns == 1).all(axis=1)].sum())


def test_homogeneous_independent_lists_observe_the_expected_number():
    probabilities = (0.3, 0.2, 0.25)
    population = simulate_population(20_000, probabilities, seed=1)
    p_seen = 1 - np.prod([1 - p for p in probabilities])
    expected = 20_000 * p_seen
    assert abs(population.observed - expected) < 4 * math.sqrt(20_000 * p_seen * (1 - p_seen))
    assert population.unobserved == 20_000 - population.observed
    totals = population.histories.list_totals()
    for name, p in zip(("L1", "L2", "L3"), probabilities):
        assert abs(totals[name] - 20_000 * p) < 4 * math.sqrt(20_000 * p * (1 - p))
    # Independence holds, so the two-list and independence log-linear estimates find N.
    pair = two_list_estimate(population.histories.marginal(["L1", "L2"]))
    assert pair.lower <= 20_000 <= pair.upper
    assert abs(fit_loglinear(population.histories).estimate - 20_000) < 3 * fit_loglinear(population.histories).se


def test_tables_are_complete_and_reproducible():
    first = simulate_population(500, (0.2, 0.3, 0.4, 0.5), seed=9)
    again = simulate_population(500, (0.2, 0.3, 0.4, 0.5), seed=9)
    other = simulate_population(500, (0.2, 0.3, 0.4, 0.5), seed=10)
    assert len(first.histories.counts) == 15
    assert first.histories.counts.tolist() == again.histories.counts.tolist()
    assert first.histories.counts.tolist() != other.histories.counts.tolist()
    assert first.histories.n_observed <= 500


def test_positive_dependence_raises_the_overlap_and_biases_chapman_down():
    independent = simulate_population(20_000, (0.2, 0.2), seed=3)
    referred = simulate_population(20_000, (0.2, 0.2), dependence={(0, 1): 1.5}, seed=3)
    assert overlap(referred.histories, "L1", "L2") > 2 * overlap(independent.histories, "L1", "L2")
    estimate = two_list_estimate(referred.histories)
    assert estimate.upper < 20_000


def test_heterogeneity_biases_independence_estimates_down():
    population = simulate_population(20_000, (0.2, 0.2, 0.2), heterogeneity_sd=1.5, seed=4)
    fit = fit_loglinear(population.histories)
    assert fit.estimate + 3 * fit.se < 20_000
    latent = simulate_population(20_000, (0.1, 0.1, 0.1), class_shares=(0.2, 0.8), class_log_odds=(3.0, 0.0), seed=4)
    n1, n2 = latent.histories.list_totals()["L1"], latent.histories.list_totals()["L2"]
    assert chapman(n1, n2, overlap(latent.histories, "L1", "L2")).upper < 20_000


def test_every_scenario_simulates():
    for name, scenario in SCENARIOS.items():
        population = simulate_scenario(name, seed=0)
        assert population.size == scenario.size
        assert population.histories.n_lists == len(scenario.capture_probabilities)
        assert 0 < population.observed < population.size
        assert scenario.description


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(size=100, capture_probabilities=(0.2,)), "at least 2 lists"),
        (dict(size=0, capture_probabilities=(0.2, 0.3)), "must be positive"),
        (dict(size=100, capture_probabilities=(0.2, 1.0)), "strictly between 0 and 1"),
        (dict(size=100, capture_probabilities=(0.2, 0.3), dependence={(1, 0): 1.0}), "0 <= l < j"),
        (dict(size=100, capture_probabilities=(0.2, 0.3), class_shares=(0.5, 0.4), class_log_odds=(1, 0)), "sum to 1"),
        (dict(size=100, capture_probabilities=(0.2, 0.3), heterogeneity_sd=-1), "non-negative"),
    ],
)
def test_invalid_designs_are_refused(kwargs, message):
    with pytest.raises(EstimationError, match=message):
        simulate_population(**kwargs)


def test_unknown_scenario_lists_the_known_ones():
    with pytest.raises(EstimationError, match="independent"):
        simulate_scenario("nonsense")
