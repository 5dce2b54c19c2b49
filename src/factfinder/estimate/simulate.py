"""Simulated populations of known size, for checking estimators against the truth.

Real lists violate the textbook assumptions in two ways, and a simulation that
omits either flatters the estimators:

* **Heterogeneity**: some people are far more likely to be recorded by anyone
  (a well-known victim from a large family in a town with an NGO office). Here a
  person's log-odds of being on every list are shifted by a shared random
  "visibility" effect, ``v_i ~ Normal(0, heterogeneity_sd^2)``, or, with
  ``class_shares``, by membership in latent classes with their own capture
  probabilities. Shared visibility makes lists look positively dependent and
  makes independence-based estimates too low.
* **List dependence**: being on one list changes the chance of being on
  another directly (one organisation refers cases to another: positive; two
  organisations working in different regions: negative). Here
  ``dependence[(l, j)]`` (l < j) adds that many log-odds to list j for people on
  list l.

The capture probability of person i on list j is therefore::

    logit P(x_ij = 1) = logit(p_j) + class_shift_i + v_i + sum_{l < j} dependence[(l, j)] x_il

:data:`SCENARIOS` are the populations of the simulation study in
``benchmarks/mse.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.special import expit, logit

from factfinder.estimate.histories import CaptureHistories, EstimationError, all_patterns

__all__ = ["Scenario", "SimulatedPopulation", "SCENARIOS", "simulate_population", "simulate_scenario"]


@dataclass(frozen=True)
class SimulatedPopulation:
    """A simulated population: its true size and the capture histories of those observed."""

    size: int
    histories: CaptureHistories
    seed: int | None

    @property
    def observed(self) -> int:
        return self.histories.n_observed

    @property
    def unobserved(self) -> int:
        return self.size - self.observed


def simulate_population(
    size: int,
    capture_probabilities: Sequence[float],
    *,
    heterogeneity_sd: float = 0.0,
    class_shares: Sequence[float] | None = None,
    class_log_odds: Sequence[float] | None = None,
    dependence: Mapping[tuple[int, int], float] | None = None,
    list_names: Sequence[str] | None = None,
    seed: int | None = None,
) -> SimulatedPopulation:
    """Simulate a closed population of ``size`` people recorded by J lists.

    Args:
        size: the true population size N.
        capture_probabilities: p_j, each list's capture probability for a person with no
            visibility shift and no dependence (J = its length, at least 2).
        heterogeneity_sd: standard deviation of the shared visibility effect on the
            log-odds scale (0 for none; 1 is strong heterogeneity).
        class_shares: shares of latent classes (summing to 1), with ``class_log_odds``
            the shift of each class on the log-odds of every list.
        dependence: ``{(l, j): gamma}`` with l < j: log-odds added to list j for people on
            list l.
        list_names: names for the list columns (default ``L1 ... LJ``).
        seed: random seed.

    Returns:
        The population with the complete capture-history table (zero cells included).
    """
    probabilities = np.asarray(capture_probabilities, dtype=float)
    n_lists = len(probabilities)
    if n_lists < 2:
        raise EstimationError(f"simulate at least 2 lists, got {n_lists}")
    if size < 1:
        raise EstimationError(f"population size must be positive, got {size}")
    if not np.all((probabilities > 0) & (probabilities < 1)):
        raise EstimationError(f"capture probabilities must lie strictly between 0 and 1, got {probabilities.tolist()}")
    if heterogeneity_sd < 0:
        raise EstimationError(f"heterogeneity_sd must be non-negative, got {heterogeneity_sd}")
    names = tuple(list_names) if list_names is not None else tuple(f"L{j + 1}" for j in range(n_lists))
    if len(names) != n_lists:
        raise EstimationError(f"{len(names)} list names for {n_lists} lists")
    dependence = dict(dependence or {})
    for (first, second), _ in dependence.items():
        if not 0 <= first < second < n_lists:
            raise EstimationError(f"dependence key {(first, second)} must be (l, j) with 0 <= l < j < {n_lists}")

    rng = np.random.default_rng(seed)
    shift = np.zeros(size)
    if class_shares is not None:
        shares = np.asarray(class_shares, dtype=float)
        odds = np.asarray(class_log_odds if class_log_odds is not None else [], dtype=float)
        if len(odds) != len(shares) or not np.isclose(shares.sum(), 1.0) or np.any(shares < 0):
            raise EstimationError("class_shares must be non-negative, sum to 1, and match class_log_odds in length")
        shift += odds[rng.choice(len(shares), size=size, p=shares)]
    if heterogeneity_sd > 0:
        shift += rng.normal(0.0, heterogeneity_sd, size=size)
    captures = np.zeros((size, n_lists), dtype=np.int8)
    base = logit(probabilities)
    for j in range(n_lists):
        log_odds = base[j] + shift
        for (first, second), gamma in dependence.items():
            if second == j:
                log_odds = log_odds + gamma * captures[:, first]
        captures[:, j] = rng.random(size) < expit(log_odds)
    return SimulatedPopulation(size=size, histories=_tabulate(captures, names), seed=seed)


def _tabulate(captures: np.ndarray, names: tuple[str, ...]) -> CaptureHistories:
    n_lists = captures.shape[1]
    codes = captures.astype(np.int64) @ (1 << np.arange(n_lists - 1, -1, -1))
    counts_by_code = np.bincount(codes, minlength=2**n_lists)
    patterns = all_patterns(n_lists)
    # all_patterns runs from code 2^J - 1 down to 1.
    counts = counts_by_code[::-1][: 2**n_lists - 1]
    return CaptureHistories(names, patterns, counts.astype(np.int64))


@dataclass(frozen=True)
class Scenario:
    """A named population design for the simulation study."""

    name: str
    description: str
    size: int
    capture_probabilities: tuple[float, ...]
    heterogeneity_sd: float = 0.0
    class_shares: tuple[float, ...] | None = None
    class_log_odds: tuple[float, ...] | None = None
    dependence: dict[tuple[int, int], float] = field(default_factory=dict)

    def simulate(self, seed: int | None = None) -> SimulatedPopulation:
        return simulate_population(
            self.size,
            self.capture_probabilities,
            heterogeneity_sd=self.heterogeneity_sd,
            class_shares=self.class_shares,
            class_log_odds=self.class_log_odds,
            dependence=self.dependence,
            seed=seed,
        )


#: The populations of the simulation study: each breaks a different assumption.
SCENARIOS: dict[str, Scenario] = {
    scenario.name: scenario
    for scenario in (
        Scenario(
            name="independent",
            description="4 independent lists, everyone equally visible (all methods' assumptions hold)",
            size=3000,
            capture_probabilities=(0.25, 0.2, 0.3, 0.15),
        ),
        Scenario(
            name="heterogeneous",
            description="4 lists, visibility varies between people (log-odds sd 1)",
            size=3000,
            capture_probabilities=(0.25, 0.2, 0.3, 0.15),
            heterogeneity_sd=1.0,
        ),
        Scenario(
            name="two_classes",
            description="4 lists, 25% of people highly visible (log-odds +2), 75% hard to reach",
            size=3000,
            capture_probabilities=(0.15, 0.12, 0.2, 0.1),
            class_shares=(0.25, 0.75),
            class_log_odds=(2.0, 0.0),
        ),
        Scenario(
            name="dependent",
            description="4 lists, list 1 refers to list 2 (+1.2 log-odds), lists 3 and 4 avoid each other (-0.8)",
            size=3000,
            capture_probabilities=(0.25, 0.2, 0.3, 0.15),
            dependence={(0, 1): 1.2, (2, 3): -0.8},
        ),
        Scenario(
            name="heterogeneous_dependent",
            description="5 lists, heterogeneous visibility (sd 0.8) and referrals from list 1 to lists 2 and 3",
            size=5000,
            capture_probabilities=(0.2, 0.15, 0.15, 0.25, 0.1),
            heterogeneity_sd=0.8,
            dependence={(0, 1): 0.8, (0, 2): 0.6},
        ),
    )
}


def simulate_scenario(name: str, seed: int | None = None) -> SimulatedPopulation:
    """Simulate one of :data:`SCENARIOS` by name."""
    try:
        scenario = SCENARIOS[name]
    except KeyError:
        raise EstimationError(f"unknown scenario {name!r}; choose from {', '.join(SCENARIOS)}") from None
    return scenario.simulate(seed)
