"""Bayesian non-parametric latent-class capture-recapture (LCMCR).

This is the model of Manrique-Vallier (2016), "Bayesian population size
estimation using Dirichlet process mixtures", *Biometrics* 72(4):1246-1254,
doi:10.1111/biom.12502, as implemented in the R package LCMCR by Daniel
Manrique-Vallier (CRAN ``LCMCR`` 0.4.x; sampler in ``src/NPLCM_CR_Basic_Freq.cpp``,
priors and initialisation in the same file, the R front end in
``R/Lcm_CR_fn.R``). HRDAG uses it for casualty estimates (Kosovo, Colombia,
Syria), and this module reimplements its Gibbs sampler step for step in numba so
that factfinder's estimates are those of the same model.

The model
---------
Heterogeneity in who gets recorded (some victims are far more "visible"
than others) and dependence between lists are both represented by a mixture
of latent classes. Within class k every list j records a person independently
with probability lambda_jk::

    z_i ~ Categorical(pi)                 # latent class of person i
    x_ij | z_i = k ~ Bernoulli(lambda_jk) # on list j or not
    lambda_jk ~ Beta(1, 1)

The class weights pi come from a truncated stick-breaking (Dirichlet process)
prior with K classes, ``V_k ~ Beta(1, alpha)``, ``pi_k = V_k prod_{l<k}(1 - V_l)``,
``V_K = 1``, and the concentration has a Gamma prior ``alpha ~ Gamma(a, b)``
(shape a, rate b; LCMCR's defaults a = b = 0.25). K is an upper bound, not the
number of classes used: the prior shrinks unneeded classes to negligible
weight. The population size gets the improper prior p(N) ~ 1/N.

The sampler (one iteration, in LCMCR's order)
---------------------------------------------
1. For each observed capture pattern with count n_h, allocate its n_h people to
   classes: Multinomial(n_h, p_k ~ pi_k prod_j lambda_jk^x_hj (1-lambda_jk)^(1-x_hj)).
2. lambda_jk ~ Beta(1 + #{class k on list j}, 1 + #{class k not on list j}),
   counting both observed and imputed unobserved people.
3. Stick-breaking weights: V_k ~ Beta(1 + n_k, alpha + sum_{l>k} n_l) over all
   N = n + n0 people (computed on the log scale, as LCMCR does, with the
   Robert-Casella trick for Gamma shapes below 0.5).
4. Probability of being on no list: p0 = sum_k pi_k prod_j (1 - lambda_jk).
5. The unobserved count: n0 ~ NegativeBinomial(n, 1 - p0) (failures before n
   successes). This is the full conditional under p(N) ~ 1/N.
6. Allocate the n0 unobserved people to classes: Multinomial(n0, ~ pi_k prod_j (1 - lambda_jk)).
7. alpha ~ Gamma(a + K - 1, rate b - log pi_K).

Initialisation copies LCMCR: lambda at each list's observed coverage, class
weights (0.225 x 4, the rest 0.1 / (K - 4)), alpha = 0.3 / K, and 500 warm-up
iterations without the alpha update. Every chain has its own seed. As in
``lcmCR_PostSampl``, a run is ``burn_in`` iterations followed by
``samples x thinning`` iterations of which every ``thinning``-th is kept.

Diagnostics
-----------
Chains of N mix slowly (n0 and the class structure move together), so the
result carries: the split R-hat of Gelman et al. (BDA3, 2013) and its
rank-normalised version (Vehtari, Gelman, Simpson, Carpenter & Buerkner 2021),
the bulk effective sample size (Geyer's initial monotone sequence over all
chains), and the Monte-Carlo standard errors of the posterior mean
(sd / sqrt(ESS)) and median (from the ESS of the indicator at the median,
Vehtari et al. 2021, as in Stan and ArviZ). R-hat above 1.01 or an ESS under a
few hundred means: run longer.

Sparse tables with many lists can have a posterior that is multimodal in the
class structure. On HRDAG's 20-list Colombia stratum a chain moves between N
near 1,550 and N near 2,100 every few thousand iterations, but the share of
time it spends in each depends on a class configuration it leaves only over
millions of iterations; two 3,000,000-iteration chains settled on 37% and 60%.
This is the model and its Gibbs sampler (R's LCMCR behaves the same), and it
is why several chains and R-hat matter: a single chain cannot show it.
"""

from __future__ import annotations

import math
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable
from dataclasses import dataclass, field

import numba
import numpy as np
from scipy import stats

from factfinder.estimate.histories import CaptureHistories, EstimationError

__all__ = ["LCMCRResult", "Diagnostics", "fit_lcmcr", "split_rhat", "effective_sample_size", "mcse_mean", "mcse_quantile"]

ProgressCallback = Callable[[int, int], None]

_WARM_UP = 500


# --------------------------------------------------------------------------------------
# Random variates (numba's generator; seeded per chain)
# --------------------------------------------------------------------------------------


@numba.njit(cache=True)
def _seed(seed):
    np.random.seed(seed)


@numba.njit(cache=True)
def _log_gamma_variate(shape):
    """log of a Gamma(shape, 1) draw, accurate for tiny shapes (Robert & Casella 2004, p. 45)."""
    if shape < 0.5:
        return math.log(1.0 - np.random.random()) / shape + math.log(np.random.gamma(1.0 + shape, 1.0))
    return math.log(np.random.gamma(shape, 1.0))


@numba.njit(cache=True)
def _log_add(a, b):
    if a < b:
        return b + math.log1p(math.exp(a - b))
    return a + math.log1p(math.exp(b - a))


@numba.njit(cache=True)
def _beta(a, b):
    """Beta(a, b) draw. Shape 1 on either side has a closed-form inverse CDF.

    Most lambda updates are Beta(1, 1 + m): a list nobody in a class is on (sparse lists,
    empty classes). Inversion makes those a uniform and an exponential, exactly.
    """
    if a == 1.0:
        return -math.expm1(math.log(1.0 - np.random.random()) / b)
    if b == 1.0:
        return math.exp(math.log(1.0 - np.random.random()) / a)
    return np.random.beta(a, b)


# log(k!) - [(k + 1/2) log(k + 1) - (k + 1) + log(2 pi)/2], the Stirling-series remainder, for k <= 9.
_STIRLING_TAIL = np.array([
    0.08106146679532726, 0.04134069595540929, 0.02767792568499834, 0.02079067210376509, 0.01664469118982119,
    0.01387612882307075, 0.01189670994589177, 0.01041126526197209, 0.009255462182712733, 0.008330563433362871,
])


@numba.njit(cache=True)
def _stirling_tail(k):
    if k <= 9:
        return _STIRLING_TAIL[int(k)]
    square = (k + 1.0) * (k + 1.0)
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / square) / square) / (k + 1)


@numba.njit(cache=True)
def _binomial(n, p):
    """Binomial(n, p) draw: inversion when n p < 10, else Hormann's (1993) BTRS rejection.

    The multinomial allocations call this hundreds of times per iteration; BTRS needs about
    two uniforms per draw, a good deal faster than the BTPE of numpy's legacy generator.
    """
    if n <= 0 or p <= 0.0:
        return 0
    if p >= 1.0:
        return n
    if p > 0.5:
        return n - _binomial(n, 1.0 - p)
    q = 1.0 - p
    if n * p < 10.0:
        ratio = p / q
        scale = (n + 1) * ratio
        while True:
            mass = q**n
            u = np.random.random()
            x = 0
            while u > mass:
                u -= mass
                x += 1
                if x > n:
                    break
                mass *= scale / x - ratio
            if x <= n:
                return x
    spq = math.sqrt(n * p * q)
    b = 1.15 + 2.53 * spq
    a = -0.0873 + 0.0248 * b + 0.01 * p
    c = n * p + 0.5
    v_r = 0.92 - 4.2 / b
    r = p / q
    alpha = (2.83 + 5.1 / b) * spq
    m = math.floor((n + 1) * p)
    while True:
        u = np.random.random() - 0.5
        v = np.random.random()
        us = 0.5 - abs(u)
        k = math.floor((2.0 * a / us + b) * u + c)
        if k < 0 or k > n:
            continue
        if us >= 0.07 and v <= v_r:
            return int(k)
        v = math.log(v * alpha / (a / (us * us) + b))
        bound = (
            (m + 0.5) * math.log((m + 1) / (r * (n - m + 1)))
            + (n + 1) * math.log((n - m + 1) / (n - k + 1))
            + (k + 0.5) * math.log(r * (n - k + 1) / (k + 1))
            + _stirling_tail(m) + _stirling_tail(n - m) - _stirling_tail(k) - _stirling_tail(n - k)
        )
        if v <= bound:
            return int(k)


@numba.njit(cache=True)
def _multinomial(total, weights, out):
    """Multinomial(total, weights / sum(weights)) into ``out``.

    Few people (up to twice the number of classes): one categorical draw each, cheaper
    than a binomial per class. Otherwise sequential binomials, as GSL's multinomial does.
    """
    n_classes = weights.shape[0]
    if total <= 2 * n_classes:
        mass = 0.0
        for k in range(n_classes):
            mass += weights[k]
            out[k] = 0
        for _ in range(total):
            u = np.random.random() * mass
            cumulative = 0.0
            chosen = n_classes - 1
            for k in range(n_classes):
                cumulative += weights[k]
                if u < cumulative:
                    chosen = k
                    break
            out[chosen] += 1
        return
    remaining_mass = 0.0
    for k in range(n_classes):
        remaining_mass += weights[k]
    left = total
    last = n_classes - 1
    for k in range(last):
        if left == 0 or remaining_mass <= 0.0:
            out[k] = 0
            continue
        p = weights[k] / remaining_mass
        if p >= 1.0:
            draw = left
        elif p <= 0.0:
            draw = 0
        else:
            draw = _binomial(left, p)
        out[k] = draw
        left -= draw
        remaining_mass -= weights[k]
    out[last] = left


# --------------------------------------------------------------------------------------
# The Gibbs sampler
# --------------------------------------------------------------------------------------


@numba.njit(cache=True)
def _lists_per_pattern(patterns):
    """For each observed pattern, the lists it is on (CSR): most patterns are on one or two lists."""
    n_cells, n_lists = patterns.shape
    on_start = np.zeros(n_cells + 1, dtype=np.int64)
    for m in range(n_cells):
        on_start[m + 1] = on_start[m] + np.sum(patterns[m])
    on_index = np.empty(on_start[n_cells], dtype=np.int64)
    for m in range(n_cells):
        position = on_start[m]
        for j in range(n_lists):
            if patterns[m, j] == 1:
                on_index[position] = j
                position += 1
    return on_start, on_index


@numba.njit(cache=True)
def _sweep(patterns, on_start, on_index, freqs, n, lam, log_nu, nu, alpha, n0, count_cells, count0, a_alpha, b_alpha,
           update_alpha, work):
    """One Gibbs iteration in LCMCR's order. Updates the state in place; returns (alpha, n0).

    ``work`` holds scratch arrays. The probability of a pattern in class k is computed as
    P(on no list | k) times the odds lambda / (1 - lambda) of the lists it is on, which
    costs the number of lists a pattern is on rather than J.
    """
    scratch, class_size, zero_prob, odds, on_count = work
    n_cells, n_lists = patterns.shape
    n_classes = nu.shape[0]
    # 1. Allocate the people of each observed pattern to classes.
    for k in range(n_classes):
        product = 1.0
        for j in range(n_lists):
            product *= 1.0 - lam[j, k]
            odds[j, k] = lam[j, k] / (1.0 - lam[j, k])
        zero_prob[k] = product
    for m in range(n_cells):
        for k in range(n_classes):
            if zero_prob[k] > 0.0:
                weight = nu[k] * zero_prob[k]
                for position in range(on_start[m], on_start[m + 1]):
                    weight *= odds[on_index[position], k]
            else:
                # A list with lambda == 1 (or an underflow): multiply out in full.
                weight = nu[k]
                for j in range(n_lists):
                    weight *= lam[j, k] if patterns[m, j] == 1 else 1.0 - lam[j, k]
            scratch[k] = weight
        _multinomial(freqs[m], scratch, count_cells[m])
    # 2. lambda | allocations: Beta(1 + on list, 1 + not on list); the unobserved are on no list.
    on_count[:, :] = 0
    for k in range(n_classes):
        class_size[k] = count0[k]
    for m in range(n_cells):
        for k in range(n_classes):
            count = count_cells[m, k]
            if count == 0:
                continue
            class_size[k] += count
            for position in range(on_start[m], on_start[m + 1]):
                on_count[on_index[position], k] += count
    for k in range(n_classes):
        if class_size[k] == 0:
            # An empty class draws lambda from its Beta(1, 1) prior: a uniform.
            for j in range(n_lists):
                lam[j, k] = np.random.random()
            continue
        for j in range(n_lists):
            lam[j, k] = _beta(1.0 + on_count[j, k], 1.0 + (class_size[k] - on_count[j, k]))
    # 3. Stick-breaking weights on the log scale.
    accumulated = 0
    log_rest = 0.0
    for k in range(n_classes - 1):
        accumulated += class_size[k]
        log_a = _log_gamma_variate(1.0 + class_size[k])
        log_b = _log_gamma_variate(alpha + (n0 + n - accumulated))
        log_sum = _log_add(log_a, log_b)
        log_nu[k] = log_a - log_sum + log_rest
        log_rest += log_b - log_sum
        nu[k] = math.exp(log_nu[k])
    log_nu[n_classes - 1] = log_rest
    nu[n_classes - 1] = math.exp(log_rest)
    # 4-6. Probability of no capture, the unobserved count, and its classes.
    prob_zero = 0.0
    for k in range(n_classes):
        weight = nu[k]
        for j in range(n_lists):
            weight *= 1.0 - lam[j, k]
        scratch[k] = weight
        prob_zero += weight
    success = 1.0 - prob_zero
    if success <= 0.0:
        success = 1e-300
    n0 = np.random.negative_binomial(n, success)
    _multinomial(n0, scratch, count0)
    # 7. Concentration parameter.
    if update_alpha:
        alpha = np.random.gamma(a_alpha + n_classes - 1.0, 1.0 / (b_alpha - log_nu[n_classes - 1]))
    return alpha, n0


@numba.njit(cache=True)
def _work_arrays(n_lists, n_classes):
    return (
        np.empty(n_classes),
        np.empty(n_classes, dtype=np.int64),
        np.empty(n_classes),
        np.empty((n_lists, n_classes)),
        np.empty((n_lists, n_classes), dtype=np.int64),
    )


@numba.njit(cache=True, nogil=True)
def _initial_state(patterns, freqs, n, n_classes, warm_up, a_alpha, b_alpha):
    n_cells, n_lists = patterns.shape
    lam = np.empty((n_lists, n_classes))
    for j in range(n_lists):
        on_list = 0
        for m in range(n_cells):
            if patterns[m, j] == 1:
                on_list += freqs[m]
        for k in range(n_classes):
            lam[j, k] = on_list / n
    nu = np.empty(n_classes)
    if n_classes > 4:
        for k in range(4):
            nu[k] = 0.25 * 0.9
        for k in range(4, n_classes):
            nu[k] = 0.1 / (n_classes - 4)
    else:
        for k in range(n_classes):
            nu[k] = 1.0 / n_classes
    log_nu = np.log(nu)
    alpha = 0.3 / n_classes
    n0 = 0
    count_cells = np.zeros((n_cells, n_classes), dtype=np.int64)
    count0 = np.zeros(n_classes, dtype=np.int64)
    on_start, on_index = _lists_per_pattern(patterns)
    work = _work_arrays(n_lists, n_classes)
    for _ in range(warm_up):
        alpha, n0 = _sweep(patterns, on_start, on_index, freqs, n, lam, log_nu, nu, alpha, n0, count_cells, count0,
                           a_alpha, b_alpha, False, work)
    return lam, log_nu, nu, alpha, n0, count_cells, count0


@numba.njit(cache=True, nogil=True)
def _run(patterns, freqs, n, lam, log_nu, nu, alpha, n0, count_cells, count0, a_alpha, b_alpha,
         iterations, thinning, out, out_alpha, out_classes, offset):
    """Run ``iterations`` sweeps; every ``thinning``-th state goes to ``out[offset + i]`` (if out is non-empty)."""
    on_start, on_index = _lists_per_pattern(patterns)
    work = _work_arrays(patterns.shape[1], nu.shape[0])
    kept = 0
    for iteration in range(1, iterations + 1):
        alpha, n0 = _sweep(patterns, on_start, on_index, freqs, n, lam, log_nu, nu, alpha, n0, count_cells, count0,
                           a_alpha, b_alpha, True, work)
        if out.shape[0] > 0 and iteration % thinning == 0:
            out[offset + kept] = n + n0
            out_alpha[offset + kept] = alpha
            used = 0
            for k in range(nu.shape[0]):
                size = count0[k]
                for m in range(count_cells.shape[0]):
                    size += count_cells[m, k]
                if size > 0:
                    used += 1
            out_classes[offset + kept] = used
            kept += 1
    return alpha, n0


# --------------------------------------------------------------------------------------
# Diagnostics
# --------------------------------------------------------------------------------------


def _split_chains(draws: np.ndarray) -> np.ndarray:
    draws = np.atleast_2d(np.asarray(draws, dtype=float))
    half = draws.shape[1] // 2
    if half < 2:
        raise EstimationError(f"need at least 4 draws per chain for split diagnostics, got {draws.shape[1]}")
    return np.vstack([draws[:, :half], draws[:, -half:]])


def _rhat_basic(chains: np.ndarray) -> float:
    n = chains.shape[1]
    chain_means = chains.mean(axis=1)
    between = n * chain_means.var(ddof=1)
    within = chains.var(axis=1, ddof=1).mean()
    if within == 0:
        return 1.0 if between == 0 else math.inf
    return float(math.sqrt(((n - 1) / n * within + between / n) / within))


def _rank_normalise(chains: np.ndarray) -> np.ndarray:
    ranks = stats.rankdata(chains, method="average").reshape(chains.shape)
    return stats.norm.ppf((ranks - 0.375) / (chains.size + 0.25))


def split_rhat(draws: np.ndarray, *, rank_normalised: bool = True) -> float:
    """Split R-hat over chains (rows of ``draws``); rank-normalised and folded by default.

    Each chain is split in half so that a trend within a chain shows up as disagreement
    between halves. The rank-normalised version (Vehtari et al. 2021) reports the larger
    of the R-hat of the rank-normalised draws (location) and of the rank-normalised
    absolute deviations from the median (scale); it is robust to the heavy right tail
    that posteriors of N have. With ``rank_normalised=False`` the classic split R-hat of
    BDA3 is returned.
    """
    chains = _split_chains(draws)
    if not rank_normalised:
        return _rhat_basic(chains)
    folded = np.abs(chains - np.median(chains))
    return max(_rhat_basic(_rank_normalise(chains)), _rhat_basic(_rank_normalise(folded)))


def _autocovariance(chain: np.ndarray) -> np.ndarray:
    n = len(chain)
    centred = chain - chain.mean()
    size = 1 << (2 * n - 1).bit_length()
    spectrum = np.fft.rfft(centred, size)
    return np.fft.irfft(spectrum * np.conjugate(spectrum), size)[:n] / n


def effective_sample_size(draws: np.ndarray, *, rank_normalised: bool = True) -> float:
    """Effective sample size over chains by Geyer's initial monotone sequence (Stan's estimator).

    ``draws`` has one row per chain. Chains are split in half and, by default, rank
    normalised ("bulk ESS", Vehtari et al. 2021).
    """
    chains = _split_chains(draws)
    if rank_normalised:
        chains = _rank_normalise(chains)
    m, n = chains.shape
    if np.all(chains == chains[0, 0]):
        return float(m * n)
    autocov = np.array([_autocovariance(chain) for chain in chains])
    chain_var = autocov[:, 0] * n / (n - 1)
    within = chain_var.mean()
    var_plus = within * (n - 1) / n
    if m > 1:
        var_plus += chains.mean(axis=1).var(ddof=1)
    rho = np.empty(n)
    rho[0] = 1.0
    for t in range(1, n):
        rho[t] = 1.0 - (within - autocov[:, t].mean()) / var_plus
    # Geyer: sum pairs of autocorrelations while positive, forced monotone.
    total = 0.0
    previous_pair = math.inf
    t = 0
    while t + 1 < n:
        pair = rho[t] + rho[t + 1]
        if pair < 0:
            break
        pair = min(pair, previous_pair)
        total += pair
        previous_pair = pair
        t += 2
    tau = -1.0 + 2.0 * total
    tau = max(tau, 1.0 / math.log10(m * n))
    return float(m * n / tau)


def mcse_mean(draws: np.ndarray) -> float:
    """Monte-Carlo standard error of the posterior mean: sd / sqrt(ESS) with the un-normalised ESS."""
    values = np.asarray(draws, dtype=float)
    return float(values.std(ddof=1) / math.sqrt(effective_sample_size(values, rank_normalised=False)))


def mcse_quantile(draws: np.ndarray, probability: float = 0.5) -> float:
    """Monte-Carlo standard error of a posterior quantile (Vehtari et al. 2021, as in Stan and ArviZ).

    Uses the ESS of the indicator I(draw <= quantile) and a Beta approximation to the
    uncertainty of its coverage, mapped back to the scale of the draws.
    """
    values = np.atleast_2d(np.asarray(draws, dtype=float))
    flat = values.ravel()
    quantile = np.quantile(flat, probability)
    indicator = (values <= quantile).astype(float)
    ess = effective_sample_size(indicator, rank_normalised=False)
    a, b = ess * probability + 1, ess * (1 - probability) + 1
    lower_p = stats.beta.ppf(0.1586553, a, b)
    upper_p = stats.beta.ppf(0.8413447, a, b)
    ordered = np.sort(flat)
    size = len(ordered)
    lower = ordered[max(int(math.floor(lower_p * size)), 0)]
    upper = ordered[min(int(math.ceil(upper_p * size)), size - 1)]
    return float((upper - lower) / 2)


# --------------------------------------------------------------------------------------
# Public interface
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Diagnostics:
    """Convergence diagnostics of the posterior draws of N."""

    rhat: float
    rhat_classic: float
    ess_bulk: float
    ess_mean: float
    mcse_mean: float
    mcse_median: float

    @property
    def converged(self) -> bool:
        """R-hat below 1.01 and a bulk ESS of at least 400, the thresholds of Vehtari et al. (2021)."""
        return self.rhat < 1.01 and self.ess_bulk >= 400

    def to_dict(self) -> dict[str, object]:
        return {
            "rhat": self.rhat,
            "rhat_classic": self.rhat_classic,
            "ess_bulk": self.ess_bulk,
            "ess_mean": self.ess_mean,
            "mcse_mean": self.mcse_mean,
            "mcse_median": self.mcse_median,
            "converged": self.converged,
        }


@dataclass(frozen=True)
class LCMCRResult:
    """Posterior draws of N from LCMCR and their summaries.

    Attributes:
        draws: ``(chains, samples)`` posterior draws of N.
        alpha: matching draws of the concentration parameter.
        classes_used: matching draws of the number of non-empty latent classes.
        seconds: wall-clock time of sampling (all chains, run in ``workers`` threads), without compilation.
    """

    lists: tuple[str, ...]
    observed: int
    draws: np.ndarray
    alpha: np.ndarray
    classes_used: np.ndarray
    n_classes: int
    a_alpha: float
    b_alpha: float
    burn_in: int
    samples: int
    thinning: int
    seed: int | None
    seconds: float
    workers: int = 1
    level: float = 0.95
    diagnostics: Diagnostics = field(init=False)

    def __post_init__(self) -> None:
        draws = self.draws
        diagnostics = Diagnostics(
            rhat=split_rhat(draws),
            rhat_classic=split_rhat(draws, rank_normalised=False),
            ess_bulk=effective_sample_size(draws),
            ess_mean=effective_sample_size(draws, rank_normalised=False),
            mcse_mean=mcse_mean(draws),
            mcse_median=mcse_quantile(draws, 0.5),
        )
        object.__setattr__(self, "diagnostics", diagnostics)

    @property
    def n_chains(self) -> int:
        return self.draws.shape[0]

    @property
    def iterations_per_chain(self) -> int:
        return _WARM_UP + self.burn_in + self.samples * self.thinning

    @property
    def median(self) -> float:
        return float(np.median(self.draws))

    @property
    def mean(self) -> float:
        return float(np.mean(self.draws))

    @property
    def lower(self) -> float:
        return float(np.quantile(self.draws, (1 - self.level) / 2))

    @property
    def upper(self) -> float:
        return float(np.quantile(self.draws, (1 + self.level) / 2))

    def quantiles(self, probabilities: tuple[float, ...] = (0.025, 0.25, 0.5, 0.75, 0.975)) -> dict[str, float]:
        return {f"{p:g}": float(np.quantile(self.draws, p)) for p in probabilities}

    @property
    def iterations_per_second(self) -> float:
        total = self.n_chains * self.iterations_per_chain
        return total / self.seconds if self.seconds > 0 else math.inf

    def to_dict(self) -> dict[str, object]:
        return {
            "method": "lcmcr",
            "median": self.median,
            "mean": self.mean,
            "lower": self.lower,
            "upper": self.upper,
            "level": self.level,
            "interval": f"{self.level:.0%} equal-tailed posterior credible interval",
            "quantiles": self.quantiles(),
            "models": [{
                "name": f"LCMCR (Dirichlet-process latent classes, K={self.n_classes}, alpha ~ Gamma({self.a_alpha:g}, {self.b_alpha:g}))",
                "n_classes": self.n_classes,
                "a_alpha": self.a_alpha,
                "b_alpha": self.b_alpha,
                "classes_used_median": float(np.median(self.classes_used)),
                "alpha_median": float(np.median(self.alpha)),
            }],
            "diagnostics": self.diagnostics.to_dict(),
            "sampler": {
                "chains": self.n_chains,
                "burn_in": self.burn_in,
                "samples": self.samples,
                "thinning": self.thinning,
                "warm_up": _WARM_UP,
                "seed": self.seed,
                "workers": self.workers,
                "seconds": self.seconds,
                "iterations_per_second": self.iterations_per_second,
            },
        }


def fit_lcmcr(
    histories: CaptureHistories,
    *,
    n_classes: int = 10,
    a_alpha: float = 0.25,
    b_alpha: float = 0.25,
    burn_in: int = 10_000,
    samples: int = 1_000,
    thinning: int = 100,
    chains: int = 3,
    seed: int | None = None,
    level: float = 0.95,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
) -> LCMCRResult:
    """Sample the posterior of N under LCMCR (Manrique-Vallier 2016).

    Args:
        histories: the capture-history table (zero-count rows are ignored).
        n_classes: K, the truncation level of the stick-breaking prior (LCMCR's K).
        a_alpha, b_alpha: shape and rate of the Gamma prior on the concentration alpha.
        burn_in: iterations discarded per chain after the 500-iteration warm-up.
        samples: draws kept per chain.
        thinning: keep every ``thinning``-th iteration after burn-in.
        chains: independent chains (each with its own seed) for R-hat and ESS.
        seed: master seed; the same seed gives the same draws.
        level: coverage of the equal-tailed credible interval.
        workers: threads running chains at once (default: one per CPU, at most ``chains``);
            the draws are the same whatever the number of workers.
        progress: called as ``progress(done, total)`` in iterations across all chains
            (from the worker threads when ``workers > 1``).

    The defaults are LCMCR's documented example (K = 10, a = b = 0.25, burn-in 10,000,
    1,000 samples, thinning 100) run on three chains.
    """
    if histories.n_lists < 3:
        raise EstimationError(
            f"LCMCR needs at least 3 lists to separate heterogeneity from the unobserved; "
            f"this table has {histories.n_lists}. Use the Chapman or log-linear method"
        )
    for name, value, minimum in (("n_classes", n_classes, 1), ("samples", samples, 4), ("thinning", thinning, 1),
                                 ("chains", chains, 1), ("burn_in", burn_in, 0)):
        if value < minimum:
            raise EstimationError(f"{name} must be at least {minimum}, got {value}")
    if a_alpha <= 0 or b_alpha <= 0:
        raise EstimationError(f"the Gamma prior on alpha needs positive shape and rate, got a={a_alpha}, b={b_alpha}")
    observed = histories.observed()
    patterns = np.ascontiguousarray(observed.patterns.astype(np.int64))
    freqs = np.ascontiguousarray(observed.counts.astype(np.int64))
    n = int(freqs.sum())
    seeds = np.random.SeedSequence(seed).generate_state(chains, dtype=np.uint32)
    draws = np.empty((chains, samples))
    alpha_draws = np.empty((chains, samples))
    classes_used = np.empty((chains, samples), dtype=np.int64)
    per_chain = _WARM_UP + burn_in + samples * thinning
    total = chains * per_chain
    # Progress is reported in chunks so the compiled loop is not interrupted per iteration.
    chunk = max(thinning, min(50_000, per_chain // 20 or 1))
    chunk -= chunk % thinning
    done = [0]
    lock = threading.Lock()

    def advance(iterations: int) -> None:
        with lock:
            done[0] += iterations
            if progress is not None:
                progress(done[0], total)

    def run_chain(chain: int) -> None:
        # Seeding and sampling happen in the same thread: numba's generator state is per thread.
        _seed(int(seeds[chain]))
        lam, log_nu, nu, alpha, n0, count_cells, count0 = _initial_state(
            patterns, freqs, n, n_classes, _WARM_UP, a_alpha, b_alpha
        )
        # LCMCR relabels the classes by decreasing weight after the warm-up.
        order = np.argsort(-nu, kind="stable")
        lam, log_nu, nu = np.ascontiguousarray(lam[:, order]), log_nu[order].copy(), nu[order].copy()
        count_cells, count0 = np.ascontiguousarray(count_cells[:, order]), count0[order].copy()
        advance(_WARM_UP)
        empty, empty_int = np.empty(0), np.empty(0, dtype=np.int64)
        remaining = burn_in
        while remaining > 0:
            step = min(chunk, remaining)
            alpha, n0 = _run(patterns, freqs, n, lam, log_nu, nu, alpha, n0, count_cells, count0, a_alpha, b_alpha,
                             step, 1, empty, empty, empty_int, 0)
            remaining -= step
            advance(step)
        kept = 0
        while kept < samples:
            step_samples = min(chunk // thinning, samples - kept)
            alpha, n0 = _run(patterns, freqs, n, lam, log_nu, nu, alpha, n0, count_cells, count0, a_alpha, b_alpha,
                             step_samples * thinning, thinning, draws[chain], alpha_draws[chain],
                             classes_used[chain], kept)
            kept += step_samples
            advance(step_samples * thinning)

    workers = min(chains, workers if workers is not None else (os.cpu_count() or 1))
    start = time.perf_counter()
    if workers <= 1:
        for chain in range(chains):
            run_chain(chain)
    else:
        # The compiled sampler releases the GIL, so chains run in parallel threads.
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for future in [pool.submit(run_chain, chain) for chain in range(chains)]:
                future.result()
    seconds = time.perf_counter() - start
    return LCMCRResult(
        lists=histories.lists,
        observed=n,
        draws=draws,
        alpha=alpha_draws,
        classes_used=classes_used,
        n_classes=n_classes,
        a_alpha=a_alpha,
        b_alpha=b_alpha,
        burn_in=burn_in,
        samples=samples,
        thinning=thinning,
        seed=seed,
        seconds=seconds,
        workers=workers,
        level=level,
    )


def warm_up_compiler() -> None:
    """Compile the sampler on a tiny table so that timings measure sampling only."""
    tiny = CaptureHistories(("a", "b", "c"), np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]]), np.array([5, 4, 3, 2]))
    fit_lcmcr(tiny, n_classes=2, burn_in=0, samples=4, thinning=1, chains=1, seed=0, workers=1)
