"""Frequentist multiple systems estimation: two-list estimators and log-linear models.

The question is how many people N are in a population when J overlapping lists
recorded n of them. Every method here estimates the count of the one cell no
list can see, the people on no list, and adds it to n.

Two lists
---------
With two lists of sizes n1 and n2 sharing m people, and lists that capture
people independently and with equal probability for everyone, the
**Lincoln-Petersen** estimator is N = n1 n2 / m. It is the MLE and infinite
when m = 0. **Chapman** (1951) is the nearly unbiased version used in
practice::

    N = (n1 + 1)(n2 + 1) / (m + 1) - 1
    Var(N) = (n1 + 1)(n2 + 1)(n1 - m)(n2 - m) / ((m + 1)^2 (m + 2))     (Seber 1970)

Its 95% interval is the log-normal interval of Chao (1987): the unobserved
count f0 = N - r (r = n1 + n2 - m people observed) is treated as log-normal,
``C = exp(1.96 sqrt(log(1 + Var / f0^2)))`` and the interval is
``[r + f0 / C, r + f0 C]``. It never goes below the number observed, and it is
right-skewed the way the uncertainty about an unobserved count is. Both
assumptions, independence and homogeneity, fail in most real data (people
reported to one human-rights group are more likely to reach another), which
is why estimates from more than two lists exist.

Log-linear models (Fienberg 1972; Bishop, Fienberg & Holland 1975)
-------------------------------------------------------------------
With J lists, the 2^J - 1 observable cell counts y_h are modelled as Poisson
with log mean ``log mu_h = u + sum_j u_j h_j + sum_{j<k} u_jk h_j h_k + ...``,
a log-linear model with main effects (list sizes) and interaction terms (list
dependence: u_jk > 0 when being on list j makes being on list k more likely).
The unobserved cell has every h_j = 0, so its expected count is exp(u), the
intercept: ``N = n + exp(u)``. The J-way interaction is never estimable, and
every model here is *hierarchical* (an interaction appears only with all its
lower-order terms). The fit keeps cells with a zero count: they are
information, and dropping them changes the answer (on the UK 2013 table the
independence estimate moves from 12,214 to 11,653).

Fits use iteratively reweighted least squares (IRLS) on the Poisson
likelihood, compiled with numba because model search and the bootstrap fit
tens of thousands of models. The standard error is the one Rcapture reports,
``SE(N)^2 = exp(u) + exp(2u) Var(u)``: the Poisson variance of the unobserved
count plus the delta-method variance of its estimate (Rivest & Baillargeon,
Rcapture). When the data make an MLE fail to exist (zero cells on the
boundary), IRLS drifts; fits whose estimate of exp(u) keeps moving are marked
``divergent`` and left out of selection and averaging, while fits where only
other parameters run to infinity but exp(u) settles are kept and marked
``boundary`` (the extended MLE of Fienberg & Rinaldo; see Chan, Silverman &
Vincent 2021 for why sparse MSE tables hit this).

Profile-likelihood intervals (Cormack 1992) follow Rcapture's ``closedpCI.t``:
for each candidate N the table is augmented with the unobserved cell
n0 = N - n, the model is refitted, and the multinomial profile log-likelihood
is the Poisson deviance corrected to the multinomial with
``n0 log n0 - log n0! + log N! - N log N`` (exact, via lgamma; Rcapture uses
Stirling's approximation of the same term). The interval is
``{N : 2 (l_max - l(N)) <= chi2_1(0.95)}``.

Model uncertainty
-----------------
Which dependence terms to include is not known, and on the Kosovo table
defensible models range from about 7,400 to 18,400. The model search fits all
main effects plus every hierarchical set of two-way interactions (and, for
J <= 5, three-way interactions whose two-way margins are in the model),
exhaustively when there are at most a few thousand candidates and by
bidirectional stepwise search otherwise. Models are compared by AIC or BIC
(BIC with log n, n the number observed), and combined with Akaike/Schwarz
weights ``w_m ~ exp(-Delta_m / 2)`` (Buckland, Burnham & Augustin 1997).

The interval of the averaged estimate includes model-selection uncertainty by
a **nonparametric bootstrap of the whole select-and-average procedure**
(Buckland & Garthwaite 1991): a pseudo-population of N_hat people is built
from the observed cells plus N_hat - n people on no list, B samples of N_hat
people are drawn from it with replacement, the unobserved are dropped, and in
each sample every candidate model is refitted, the criterion recomputed, a
model selected and the estimates re-averaged. The 95% interval is the 2.5%
and 97.5% percentiles of the replicate estimates. Resampling N_hat rather
than n carries the variability of the number observed, not only of the cell
proportions. The replicates are also what strata are summed over.

For comparison with the wider literature, :func:`standard_models` fits
Rcapture's ``closedp.t`` models (M0, Mt, Mh and Mth with Chao's lower bound,
Poisson2, Darroch and Gamma3.5 heterogeneity; Mb and Mbh are left out because
lists have no time order) and the Normal-heterogeneity model of Rivest (2011),
each with its interval. Their spread is the model dependence the issue asks
every report to show.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numba
import numpy as np
from scipy import optimize, stats

from factfinder.estimate.histories import CaptureHistories, EstimationError

__all__ = [
    "TwoListEstimate",
    "LogLinearModel",
    "LogLinearFit",
    "ProfileInterval",
    "ModelSearchResult",
    "lincoln_petersen",
    "chapman",
    "lognormal_interval",
    "two_list_estimate",
    "pairwise_chapman",
    "fit_loglinear",
    "profile_interval",
    "candidate_models",
    "search_models",
    "model_weights",
    "select_and_average",
    "standard_models",
    "standard_model_list",
    "StandardModelFit",
    "design_matrix",
    "MAX_LOGLINEAR_LISTS",
]

#: Log-linear models enumerate all 2^J - 1 cells; beyond this many lists use LCMCR or merge lists.
MAX_LOGLINEAR_LISTS = 12
#: Exhaustive model search is used while the candidate set has at most this many models.
MAX_EXHAUSTIVE_MODELS = 2500
_MAXIT = 60

ProgressCallback = Callable[[int, int], None]


# --------------------------------------------------------------------------------------
# Two-list estimators
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TwoListEstimate:
    """A two-list estimate with its variance and 95% interval.

    ``lists`` names the two lists; ``n1`` and ``n2`` are their sizes and ``m`` the number
    of people on both. ``observed`` is n1 + n2 - m.
    """

    method: str
    lists: tuple[str, str]
    n1: int
    n2: int
    m: int
    estimate: float
    se: float
    lower: float
    upper: float
    level: float = 0.95

    @property
    def observed(self) -> int:
        return self.n1 + self.n2 - self.m

    def to_dict(self) -> dict[str, object]:
        return {
            "method": self.method,
            "lists": list(self.lists),
            "n1": self.n1,
            "n2": self.n2,
            "overlap": self.m,
            "observed": self.observed,
            "estimate": self.estimate,
            "se": self.se,
            "lower": self.lower,
            "upper": self.upper,
            "level": self.level,
            "interval": f"{self.level:.0%} log-normal interval (Chao 1987) with Seber's variance",
        }


def _check_two_list_counts(n1: int, n2: int, m: int) -> None:
    if min(n1, n2, m) < 0:
        raise EstimationError(f"list sizes and overlap must be non-negative, got n1={n1}, n2={n2}, m={m}")
    if m > min(n1, n2):
        raise EstimationError(f"the overlap m={m} cannot exceed either list (n1={n1}, n2={n2})")


def lognormal_interval(observed: float, estimate: float, variance: float, level: float = 0.95) -> tuple[float, float]:
    """Chao's (1987) log-normal interval: the unobserved count f0 = N - observed is log-normal.

    ``C = exp(z sqrt(log(1 + Var / f0^2)))`` and the interval is ``[observed + f0 / C,
    observed + f0 C]``: never below the number observed, and skewed to the right.
    """
    unobserved = estimate - observed
    if not np.isfinite(estimate) or not np.isfinite(variance):
        return float(observed), math.inf
    if unobserved <= 0 or variance <= 0:
        return float(estimate), float(estimate)
    z = float(stats.norm.ppf(0.5 + level / 2))
    spread = math.exp(z * math.sqrt(math.log1p(variance / unobserved**2)))
    return observed + unobserved / spread, observed + unobserved * spread


def lincoln_petersen(n1: int, n2: int, m: int, *, lists: tuple[str, str] = ("list 1", "list 2"), level: float = 0.95) -> TwoListEstimate:
    """Lincoln-Petersen estimate N = n1 n2 / m with its delta-method variance.

    ``Var(N) = n1 n2 (n1 - m)(n2 - m) / m^3`` (Seber 1982, 3.2); the interval is Chao's
    log-normal interval. With no overlap (m = 0) the estimate is infinite: the two
    lists give no information about how many neither found.
    """
    _check_two_list_counts(n1, n2, m)
    observed = n1 + n2 - m
    if m == 0:
        return TwoListEstimate("lincoln_petersen", lists, n1, n2, m, math.inf, math.inf, float(observed), math.inf, level)
    estimate = n1 * n2 / m
    variance = n1 * n2 * (n1 - m) * (n2 - m) / m**3
    lower, upper = lognormal_interval(observed, estimate, variance, level)
    return TwoListEstimate("lincoln_petersen", lists, n1, n2, m, estimate, math.sqrt(variance), lower, upper, level)


def chapman(n1: int, n2: int, m: int, *, lists: tuple[str, str] = ("list 1", "list 2"), level: float = 0.95) -> TwoListEstimate:
    """Chapman's estimate N = (n1 + 1)(n2 + 1)/(m + 1) - 1 with Seber's variance and Chao's interval.

    Finite even without overlap, and nearly unbiased when n1 + n2 >= N; still assumes the
    two lists are independent and that everyone is equally likely to be on each.
    """
    _check_two_list_counts(n1, n2, m)
    observed = n1 + n2 - m
    estimate = (n1 + 1) * (n2 + 1) / (m + 1) - 1
    variance = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) ** 2 * (m + 2))
    lower, upper = lognormal_interval(observed, estimate, variance, level)
    return TwoListEstimate("chapman", lists, n1, n2, m, estimate, math.sqrt(variance), lower, upper, level)


def _two_list_counts(histories: CaptureHistories, first: str, second: str) -> tuple[int, int, int]:
    pair = histories.marginal([first, second])
    totals = pair.list_totals()
    both = int(pair.counts[(pair.patterns == 1).all(axis=1)].sum())
    return totals[first], totals[second], both


def two_list_estimate(histories: CaptureHistories, *, method: str = "chapman", level: float = 0.95) -> TwoListEstimate:
    """Chapman (or Lincoln-Petersen) estimate from a two-list table."""
    if histories.n_lists != 2:
        raise EstimationError(
            f"{method} needs exactly 2 lists; this table has {histories.n_lists} ({', '.join(histories.lists)}). "
            "Use the log-linear or LCMCR method, or pairwise_chapman() to compare pairs of lists"
        )
    first, second = histories.lists
    n1, n2, m = _two_list_counts(histories, first, second)
    estimator = {"chapman": chapman, "lincoln_petersen": lincoln_petersen}.get(method)
    if estimator is None:
        raise EstimationError(f"unknown two-list method {method!r}; use 'chapman' or 'lincoln_petersen'")
    return estimator(n1, n2, m, lists=(first, second), level=level)


def pairwise_chapman(histories: CaptureHistories, *, level: float = 0.95) -> list[TwoListEstimate]:
    """Chapman estimates for every pair of lists, ignoring the others.

    Each pair estimates the population reachable by those two lists and is biased by their
    dependence (downwards when they co-operate). The spread across pairs is a diagnostic
    of list dependence, not an estimate of N.
    """
    return [
        chapman(*_two_list_counts(histories, first, second), lists=(first, second), level=level)
        for first, second in itertools.combinations(histories.lists, 2)
    ]


# --------------------------------------------------------------------------------------
# Poisson log-linear fits (numba IRLS)
# --------------------------------------------------------------------------------------

STATUS_OK = 0
STATUS_BOUNDARY = 1
STATUS_DIVERGENT = 2
_STATUS_NAMES = {STATUS_OK: "ok", STATUS_BOUNDARY: "boundary", STATUS_DIVERGENT: "divergent"}


@numba.njit(cache=True, error_model="numpy")
def _poisson_deviance(y, mu):
    total = 0.0
    for i in range(y.shape[0]):
        if y[i] > 0:
            total += 2.0 * (y[i] * math.log(y[i] / mu[i]) - (y[i] - mu[i]))
        else:
            total += 2.0 * mu[i]
    return total


@numba.njit(cache=True, error_model="numpy")
def _linear_predictor(X, beta, out):
    for i in range(X.shape[0]):
        total = 0.0
        for a in range(X.shape[1]):
            total += X[i, a] * beta[a]
        out[i] = total


@numba.njit(cache=True, error_model="numpy")
def _sparse_rows(X):
    """Row-wise nonzero pattern of the design (CSR): most entries of a log-linear design are 0."""
    n_cells, n_params = X.shape
    row_start = np.zeros(n_cells + 1, dtype=np.int64)
    for i in range(n_cells):
        count = 0
        for a in range(n_params):
            if X[i, a] != 0.0:
                count += 1
        row_start[i + 1] = row_start[i] + count
    columns = np.empty(row_start[n_cells], dtype=np.int64)
    values = np.empty(row_start[n_cells])
    for i in range(n_cells):
        position = row_start[i]
        for a in range(n_params):
            if X[i, a] != 0.0:
                columns[position] = a
                values[position] = X[i, a]
                position += 1
    return row_start, columns, values


@numba.njit(cache=True, error_model="numpy")
def _weighted_normal_equations(row_start, columns, values, mu, z, information, score):
    """information = X' diag(mu) X (lower triangle) and score = X' diag(mu) z, over nonzeros only."""
    information[:, :] = 0.0
    score[:] = 0.0
    for i in range(row_start.shape[0] - 1):
        w = mu[i]
        if w == 0.0:
            continue
        for p in range(row_start[i], row_start[i + 1]):
            a = columns[p]
            wa = w * values[p]
            score[a] += wa * z[i]
            for q in range(row_start[i], p + 1):
                information[a, columns[q]] += wa * values[q]


@numba.njit(cache=True, error_model="numpy")
def _cholesky_solve(information, score, ridge, factor, out):
    """Solve (information + ridge I) @ out = score by Cholesky; False if not positive definite."""
    n = score.shape[0]
    for a in range(n):
        for b in range(a + 1):
            total = information[a, b] + (ridge if a == b else 0.0)
            for k in range(b):
                total -= factor[a, k] * factor[b, k]
            if a == b:
                if not total > 0.0:
                    return False
                factor[a, a] = math.sqrt(total)
            else:
                factor[a, b] = total / factor[b, b]
    for a in range(n):
        total = score[a]
        for k in range(a):
            total -= factor[a, k] * out[k]
        out[a] = total / factor[a, a]
    for a in range(n - 1, -1, -1):
        total = out[a]
        for k in range(a + 1, n):
            total -= factor[k, a] * out[k]
        out[a] = total / factor[a, a]
    return True


@numba.njit(cache=True, error_model="numpy")
def _solve_symmetric(information, score, factor, out):
    """Solve information @ out = score; False if the information is singular beyond repair.

    Near the boundary of sparse tables the information matrix is nearly singular in the
    directions of terms running off to infinity. An exact solve takes the large step that
    lets those terms run off quickly (a truncated solve would crawl), so rounding that
    breaks positive definiteness is met with the smallest ridge that restores it.
    """
    scale = 0.0
    for a in range(score.shape[0]):
        scale = max(scale, abs(information[a, a]))
    if not scale > 0.0:
        return False
    ridge = 0.0
    for _ in range(8):
        if _cholesky_solve(information, score, ridge, factor, out):
            return True
        ridge = 1e-12 * scale if ridge == 0.0 else ridge * 100.0
    return False


@numba.njit(cache=True, error_model="numpy")
def _irls(X, y, beta_start, use_start, maxit):
    """Poisson GLM with log link by IRLS. Returns (beta, mu, deviance, status, iterations).

    Convergence needs both the deviance and the intercept to settle: the intercept is
    the log of the unobserved count, and a fit whose intercept is still moving has no
    finite estimate of N (status divergent). Fitted values of zero cells near 0 with a
    settled intercept mean other terms went to the boundary (status boundary).
    """
    row_start, columns, values = _sparse_rows(X)
    return _irls_sparse(X, row_start, columns, values, y, beta_start, use_start, maxit)


@numba.njit(cache=True, error_model="numpy")
def _irls_sparse(X, row_start, columns, values, y, beta_start, use_start, maxit):
    """:func:`_irls` with the design's nonzero pattern computed once by the caller."""
    n_cells, n_params = X.shape
    beta = np.zeros(n_params)
    eta = np.empty(n_cells)
    if use_start:
        beta[:] = beta_start
        _linear_predictor(X, beta, eta)
        mu = np.exp(eta)
    else:
        # R's glm start for the Poisson family.
        mu = y + 0.1
        eta = np.log(mu)
    information = np.empty((n_params, n_params))
    factor = np.empty((n_params, n_params))
    score = np.empty(n_params)
    beta_new = np.empty(n_params)
    eta_new = np.empty(n_cells)
    z = np.empty(n_cells)
    deviance_old = _poisson_deviance(y, mu)
    status = STATUS_DIVERGENT
    iterations = 0
    for iteration in range(maxit):
        iterations = iteration + 1
        for i in range(n_cells):
            # Written so an underflowed zero cell (mu = 0, y = 0) gives eta - 1, not 0/0.
            z[i] = eta[i] - 1.0 + (y[i] / mu[i] if y[i] > 0 else 0.0)
        _weighted_normal_equations(row_start, columns, values, mu, z, information, score)
        if not (np.all(np.isfinite(information)) and np.all(np.isfinite(score))):
            break
        if not _solve_symmetric(information, score, factor, beta_new):
            break
        _linear_predictor(X, beta_new, eta_new)
        # Step halving keeps IRLS from overshooting into overflow on sparse tables.
        halvings = 0
        while (not np.all(np.isfinite(eta_new)) or np.max(eta_new) > 700.0) and halvings < 30:
            for a in range(n_params):
                beta_new[a] = 0.5 * (beta_new[a] + beta[a])
            _linear_predictor(X, beta_new, eta_new)
            halvings += 1
        intercept_step = abs(beta_new[0] - beta[0])
        beta[:] = beta_new
        eta[:] = eta_new
        mu = np.exp(eta)
        deviance = _poisson_deviance(y, mu)
        if (
            abs(deviance - deviance_old) / (abs(deviance) + 0.1) < 1e-10
            and intercept_step < 1e-7 * (1.0 + abs(beta[0]))
            and iteration > 0
        ):
            status = STATUS_OK
            break
        deviance_old = deviance
    if status == STATUS_OK:
        for i in range(n_cells):
            if y[i] == 0 and mu[i] < 1e-8:
                status = STATUS_BOUNDARY
                break
    return beta, mu, _poisson_deviance(y, mu), status, iterations


@numba.njit(cache=True, error_model="numpy")
def _poisson_loglik(y, mu):
    total = 0.0
    for i in range(y.shape[0]):
        total += -mu[i] - math.lgamma(y[i] + 1.0)
        if y[i] > 0:
            total += y[i] * math.log(mu[i])
    return total


@numba.njit(cache=True, error_model="numpy")
def _fit_replicates(X, Y, beta_start, maxit):
    """Fit one design to many count vectors (bootstrap replicates), warm-started.

    Returns per replicate the estimated unobserved count exp(intercept), the Poisson
    log-likelihood and the fit status.
    """
    n_rep = Y.shape[0]
    unobserved = np.empty(n_rep)
    loglik = np.empty(n_rep)
    status = np.empty(n_rep, dtype=np.int64)
    row_start, columns, values = _sparse_rows(X)
    for b in range(n_rep):
        beta, mu, _, st, _ = _irls_sparse(X, row_start, columns, values, Y[b], beta_start, True, maxit)
        if st == STATUS_DIVERGENT:
            # A cold start rescues replicates far from the original fit.
            beta, mu, _, st, _ = _irls_sparse(X, row_start, columns, values, Y[b], beta_start, False, maxit)
        unobserved[b] = math.exp(beta[0]) if beta[0] < 700.0 else math.inf
        loglik[b] = _poisson_loglik(Y[b], mu)
        status[b] = st
    return unobserved, loglik, status


# --------------------------------------------------------------------------------------
# Models and fits
# --------------------------------------------------------------------------------------

_HETEROGENEITY = ("chao", "poisson", "darroch", "gamma", "normal")
_DEFAULT_THETA = {"poisson": 2.0, "gamma": 3.5}

# Gauss-Hermite nodes and weights (20 points; Abramowitz & Stegun 1972, p. 924), as in Rcapture.
_GH_NODES, _GH_WEIGHTS = np.polynomial.hermite.hermgauss(20)


@dataclass(frozen=True)
class LogLinearModel:
    """A log-linear model for a capture-history table.

    Attributes:
        interactions: interaction terms as sorted tuples of list indices, e.g.
            ``((0, 1), (1, 2))`` for the EXH:ABA and ABA:OSCE terms. Main effects are
            always in the model.
        capture: ``"list"`` for one main effect per list (Rcapture's Mt: lists differ in
            coverage), ``"common"`` for a single effect of the number of lists a person is
            on (M0: every list has the same capture probability).
        heterogeneity: ``None`` or one of Rcapture's heterogeneity forms in the number of
            captures k: ``"chao"`` (Chao's lower bound, columns max(k - j + 1, 0) for
            j >= 3, constrained non-negative), ``"poisson"`` (theta^k - 1),
            ``"darroch"`` (k^2 / 2), ``"gamma"`` (-log(1 + k / theta)), or ``"normal"``
            (logistic-normal random effect integrated by Gauss-Hermite quadrature,
            Rivest 2011).
        theta: parameter of the Poisson (default 2) and Gamma (default 3.5) forms.
    """

    interactions: tuple[tuple[int, ...], ...] = ()
    capture: str = "list"
    heterogeneity: str | None = None
    theta: float | None = None

    def __post_init__(self) -> None:
        terms = tuple(sorted({tuple(sorted(int(i) for i in term)) for term in self.interactions}, key=lambda t: (len(t), t)))
        if any(len(term) < 2 for term in terms):
            raise EstimationError("interaction terms need at least two lists; main effects are always included")
        if self.capture not in ("list", "common"):
            raise EstimationError(f"capture must be 'list' or 'common', got {self.capture!r}")
        if self.capture == "common" and terms:
            raise EstimationError("interactions need list-specific main effects (capture='list')")
        if self.heterogeneity is not None and self.heterogeneity not in _HETEROGENEITY:
            raise EstimationError(f"unknown heterogeneity {self.heterogeneity!r}; use one of {', '.join(_HETEROGENEITY)}")
        theta = self.theta if self.theta is not None else _DEFAULT_THETA.get(self.heterogeneity or "")
        object.__setattr__(self, "interactions", terms)
        object.__setattr__(self, "theta", theta)

    @classmethod
    def from_names(cls, lists: Sequence[str], interactions: Sequence[Sequence[str]] = (), **options: object) -> LogLinearModel:
        """Build a model from list names, e.g. ``from_names(lists, [("c1", "c2")])``."""
        index = {name: j for j, name in enumerate(lists)}
        unknown = sorted({name for term in interactions for name in term if name not in index})
        if unknown:
            raise EstimationError(f"unknown list(s) in interaction terms: {', '.join(unknown)}; lists are {', '.join(lists)}")
        return cls(tuple(tuple(index[name] for name in term) for term in interactions), **options)  # type: ignore[arg-type]

    def check_hierarchical(self, n_lists: int) -> None:
        """Raise if a term involves an unknown list, is the unestimable J-way term, or lacks its margins."""
        present = set(self.interactions)
        for term in self.interactions:
            if max(term) >= n_lists:
                raise EstimationError(f"interaction {term} refers to list {max(term) + 1}, but the table has {n_lists} lists")
            if len(term) >= n_lists:
                raise EstimationError(
                    f"the {n_lists}-way interaction is not estimable: it would need the count of people on no list"
                )
            for sub in itertools.combinations(term, len(term) - 1):
                if len(sub) >= 2 and sub not in present:
                    raise EstimationError(f"model is not hierarchical: interaction {term} needs its margin {sub}")

    def name(self, lists: Sequence[str]) -> str:
        """Readable name in Rcapture's style, e.g. ``Mt + c1:c2`` or ``Mth Darroch``."""
        if self.heterogeneity is None:
            base = "M0" if self.capture == "common" else "Mt"
        else:
            het = {"chao": "Chao (LB)", "poisson": f"Poisson{_fmt_theta(self.theta)}", "darroch": "Darroch",
                   "gamma": f"Gamma{_fmt_theta(self.theta)}", "normal": "Normal"}[self.heterogeneity]
            base = ("Mh " if self.capture == "common" else "Mth ") + het
        if not self.interactions:
            return base
        return base + " + " + " + ".join(":".join(lists[i] for i in term) for term in self.interactions)

    def n_params(self, n_lists: int) -> int:
        main = 1 if self.capture == "common" else n_lists
        het = 0
        if self.heterogeneity == "chao":
            het = max(n_lists - 2, 1)
        elif self.heterogeneity is not None:
            het = 1
        return 1 + main + len(self.interactions) + het

    def to_dict(self, lists: Sequence[str]) -> dict[str, object]:
        return {
            "name": self.name(lists),
            "interactions": [[lists[i] for i in term] for term in self.interactions],
            "capture": self.capture,
            "heterogeneity": self.heterogeneity,
            "theta": self.theta,
        }


def _fmt_theta(theta: float | None) -> str:
    return "" if theta is None else (f"{theta:g}")


def design_matrix(patterns: np.ndarray, model: LogLinearModel) -> tuple[np.ndarray, int]:
    """Design matrix (intercept first) for the log-linear part, and the index of the first heterogeneity column.

    The Normal model has no heterogeneity column here; its random effect enters through
    :func:`_normal_fitted`.
    """
    patterns = patterns.astype(np.float64)
    n_captures = patterns.sum(axis=1)
    columns = [np.ones(len(patterns))]
    if model.capture == "common":
        columns.append(n_captures)
    else:
        columns.extend(patterns[:, j] for j in range(patterns.shape[1]))
    for term in model.interactions:
        columns.append(np.prod(patterns[:, list(term)], axis=1))
    first_heterogeneity = len(columns)
    columns.extend(_heterogeneity_columns(n_captures, patterns.shape[1], model))
    return np.column_stack(columns), first_heterogeneity


def _heterogeneity_columns(k: np.ndarray, n_lists: int, model: LogLinearModel) -> list[np.ndarray]:
    if model.heterogeneity is None or model.heterogeneity == "normal":
        return []
    if model.heterogeneity == "chao":
        if n_lists < 3:
            return [np.zeros_like(k)]
        return [np.maximum(k - j + 1, 0.0) for j in range(3, n_lists + 1)]
    if model.heterogeneity == "darroch":
        return [k**2 / 2.0]
    theta = float(model.theta)  # type: ignore[arg-type]
    if model.heterogeneity == "poisson":
        return [theta**k - 1.0]
    return [np.log(theta) - np.log(theta + k)]


@dataclass(frozen=True)
class LogLinearFit:
    """A fitted log-linear model.

    Attributes:
        estimate: N = n + exp(intercept).
        unobserved: exp(intercept), the estimated number of people on no list.
        se: Rcapture's standard error, sqrt(exp(u) + exp(2u) Var(u)).
        deviance, df: residual deviance and degrees of freedom (cells minus parameters).
        aic, bic: -2 log L + 2p and -2 log L + p log(n), with the Poisson likelihood of
            the observed cells (R's glm definition, so values match Rcapture).
        status: ``ok``, ``boundary`` (some terms at +-infinity, N still estimable) or
            ``divergent`` (no finite estimate of N; excluded from selection).
        coefficients: log-linear parameters by name; for Chao's model only the
            non-negative heterogeneity terms that were kept.
    """

    model: LogLinearModel
    lists: tuple[str, ...]
    observed: int
    estimate: float
    unobserved: float
    se: float
    deviance: float
    df: int
    aic: float
    bic: float
    loglik: float
    n_params: int
    status: str
    coefficients: dict[str, float] = field(default_factory=dict)
    fitted: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False)

    @property
    def name(self) -> str:
        return self.model.name(self.lists)

    @property
    def usable(self) -> bool:
        return self.status != "divergent" and np.isfinite(self.estimate)

    def to_dict(self) -> dict[str, object]:
        return {
            **self.model.to_dict(self.lists),
            "estimate": _finite_or_none(self.estimate) if self.usable else None,
            "se": _finite_or_none(self.se) if self.usable else None,
            "deviance": self.deviance,
            "df": self.df,
            "aic": self.aic,
            "bic": self.bic,
            "n_params": self.n_params,
            "status": self.status,
        }


def _finite_or_none(value: float) -> float | None:
    return float(value) if value is not None and np.isfinite(value) else None


def _complete_counts(histories: CaptureHistories) -> tuple[np.ndarray, np.ndarray]:
    if histories.n_lists > MAX_LOGLINEAR_LISTS:
        raise EstimationError(
            f"log-linear models enumerate all 2^J - 1 cells; {histories.n_lists} lists is more than the "
            f"{MAX_LOGLINEAR_LISTS} supported. Use the LCMCR method, or merge related lists first"
        )
    complete = histories.complete()
    return complete.patterns, complete.counts.astype(np.float64)


def _glm(X: np.ndarray, y: np.ndarray, start: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, float, int]:
    beta, mu, deviance, status, _ = _irls(
        np.ascontiguousarray(X), y, np.zeros(X.shape[1]) if start is None else start, start is not None, _MAXIT
    )
    return beta, mu, deviance, int(status)


def _fit_chao(X: np.ndarray, y: np.ndarray, first_het: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, int]:
    """Fit Chao's lower-bound model, dropping negative eta terms one at a time as Rcapture does.

    Returns (kept column indices, beta, mu, deviance, status).
    """
    keep = np.arange(X.shape[1])
    while True:
        beta, mu, deviance, status = _glm(X[:, keep], y)
        het = np.flatnonzero((keep >= first_het) & (beta < 0))
        if het.size == 0:
            return keep, beta, mu, deviance, status
        keep = np.delete(keep, het[0])


def _coefficient_names(lists: Sequence[str], model: LogLinearModel) -> list[str]:
    names = ["(Intercept)"]
    names += ["captures"] if model.capture == "common" else list(lists)
    names += [":".join(lists[i] for i in term) for term in model.interactions]
    if model.heterogeneity == "chao":
        names += [f"eta{j}" for j in range(3, max(len(lists), 3) + 1)]
    elif model.heterogeneity not in (None, "normal"):
        names.append("tau")
    return names


def fit_loglinear(
    histories: CaptureHistories, model: LogLinearModel | None = None, *, rcapture_normal_se: bool = False
) -> LogLinearFit:
    """Fit one log-linear model (independence by default) by Poisson maximum likelihood.

    Zero cells are kept. Returns the estimate of N with Rcapture's standard error,
    deviance, AIC and BIC. For an interval use :func:`profile_interval`.

    ``rcapture_normal_se`` only concerns the Normal heterogeneity model, which is fitted by
    minimising the deviance numerically. Its parameter covariance is the inverse of the
    observed information, which is half the Hessian of the deviance: ``2 H^-1``. Rcapture
    uses ``H^-1``, which halves Var(u) and understates the standard error (on the
    diabetes data 101 instead of 140). Pass True to reproduce Rcapture's printed values.
    """
    return _fit_table(_Table(histories), model or LogLinearModel(), rcapture_normal_se)


class _Table:
    """A complete table with its design matrices cached, for fitting many models to it."""

    def __init__(self, histories: CaptureHistories):
        self.histories = histories
        self.patterns, self.y = _complete_counts(histories)
        self.designs = _DesignCache(self.patterns)


def _fit_table(table: _Table, model: LogLinearModel, rcapture_normal_se: bool = False) -> LogLinearFit:
    histories, y = table.histories, table.y
    model.check_hierarchical(histories.n_lists)
    if model.heterogeneity is not None and histories.n_lists < 3:
        raise EstimationError("heterogeneity models need at least 3 lists to be told apart from list dependence")
    if model.heterogeneity == "normal":
        return _fit_normal(histories, model, table.patterns, y, rcapture_normal_se)
    X, first_het = table.designs.full(model)
    if X.shape[1] > len(y):
        raise EstimationError(
            f"model {model.name(histories.lists)} has {X.shape[1]} parameters but the table has only {len(y)} cells; "
            "remove interaction terms"
        )
    names = _coefficient_names(histories.lists, model)
    if model.heterogeneity == "chao":
        keep, beta, mu, deviance, status = _fit_chao(X, y, first_het)
        X = np.ascontiguousarray(X[:, keep])
        names = [names[i] for i in keep]
    else:
        beta, mu, deviance, status = _glm(X, y)
    # Hierarchical designs over the complete table have full column rank.
    return _make_fit(histories, model, X, y, beta, mu, deviance, status, names, X.shape[1])


def _make_fit(
    histories: CaptureHistories,
    model: LogLinearModel,
    X: np.ndarray,
    y: np.ndarray,
    beta: np.ndarray,
    mu: np.ndarray,
    deviance: float,
    status: int,
    names: list[str],
    n_params: int,
) -> LogLinearFit:
    n = histories.n_observed
    unobserved = math.exp(beta[0]) if beta[0] < 700 else math.inf
    information = (X.T * mu) @ X
    try:
        covariance = np.linalg.inv(information)
    except np.linalg.LinAlgError:
        # Terms at the boundary leave the information singular in their direction only.
        covariance = np.linalg.pinv(information)
    variance = unobserved + unobserved**2 * covariance[0, 0] if np.isfinite(unobserved) else math.inf
    loglik = float(_poisson_loglik(y, mu))
    return LogLinearFit(
        model=model,
        lists=histories.lists,
        observed=n,
        estimate=n + unobserved,
        unobserved=unobserved,
        se=math.sqrt(variance) if variance >= 0 else math.nan,
        deviance=float(deviance),
        df=len(y) - n_params,
        aic=-2 * loglik + 2 * n_params,
        bic=-2 * loglik + n_params * math.log(n),
        loglik=loglik,
        n_params=n_params,
        status=_STATUS_NAMES[status],
        coefficients=dict(zip(names, map(float, beta))),
        fitted=mu,
    )


# --------------------------------------------------------------------------------------
# Normal heterogeneity (Rivest 2011), fitted by direct minimisation of the deviance
# --------------------------------------------------------------------------------------


def _normal_fitted(params: np.ndarray, X: np.ndarray, n_captures: np.ndarray, n_lists: int) -> np.ndarray:
    """Expected cell counts of the log-linear model with a logistic-normal random effect.

    A person's log-odds of capture are shifted by sigma * Z, Z ~ N(0, 1). Integrating Z
    out (20-point Gauss-Hermite) adds phi(k) to the log mean of a cell with k captures,
    conditional on being observed (Rivest 2011, eq. 3 and p. 7; Rcapture's getmu).
    """
    beta, sigma = params[:-1], params[-1]
    nodes = _GH_NODES * math.sqrt(2.0) * sigma
    linear = X @ beta
    # Probability of no capture for each node of the random effect.
    observed_mass = np.exp(linear[None, :] + nodes[:, None] * n_captures[None, :]).sum(axis=1)
    unseen = np.exp(beta[0]) / (np.exp(beta[0]) + observed_mass)
    k = np.arange(1, n_lists + 1)
    weighted = _GH_WEIGHTS * unseen
    phi = np.log((weighted[None, :] * np.exp(k[:, None] * nodes[None, :])).sum(axis=1) / weighted.sum())
    return np.exp(linear + phi[n_captures.astype(int) - 1])


def _fit_normal(
    histories: CaptureHistories, model: LogLinearModel, patterns: np.ndarray, y: np.ndarray, rcapture_se: bool
) -> LogLinearFit:
    X, _ = design_matrix(patterns, model)
    n_captures = patterns.sum(axis=1).astype(np.float64)
    # Start from the Darroch model, as Rcapture does.
    darroch = LogLinearModel(model.interactions, model.capture, "darroch")
    X_darroch, _ = design_matrix(patterns, darroch)
    start_beta, _, _, _ = _glm(X_darroch, y)
    start = np.append(start_beta[: X.shape[1]], 0.2)

    def deviance(params: np.ndarray) -> float:
        mu = _normal_fitted(params, X, n_captures, histories.n_lists)
        if not np.all(np.isfinite(mu)):
            return 1e300
        return float(_poisson_deviance(y, mu))

    result = optimize.minimize(deviance, start, method="BFGS", options={"gtol": 1e-8, "maxiter": 2000})
    params = result.x
    hessian = _numeric_hessian(deviance, params)
    # The deviance is -2 log L plus a constant, so the observed information is H / 2 and the
    # covariance 2 H^-1; Rcapture's closedpCI.t uses H^-1 (see fit_loglinear).
    covariance = np.linalg.pinv(hessian) * (1.0 if rcapture_se else 2.0)
    n = histories.n_observed
    unobserved = math.exp(params[0])
    se = math.sqrt(unobserved + unobserved**2 * covariance[0, 0])
    mu = _normal_fitted(params, X, n_captures, histories.n_lists)
    loglik = float(_poisson_loglik(y, mu))
    n_params = X_darroch.shape[1]
    names = _coefficient_names(histories.lists, model) + ["sigma"]
    return LogLinearFit(
        model=model,
        lists=histories.lists,
        observed=n,
        estimate=n + unobserved,
        unobserved=unobserved,
        se=se,
        deviance=float(result.fun),
        df=len(y) - X.shape[1] - 1,
        aic=-2 * loglik + 2 * n_params,
        bic=-2 * loglik + n_params * math.log(n),
        loglik=loglik,
        n_params=n_params,
        status="ok" if result.success or result.status == 2 else "divergent",
        coefficients=dict(zip(names, map(float, params))),
        fitted=mu,
    )


def _numeric_hessian(function: Callable[[np.ndarray], float], x: np.ndarray, step: float = 1e-4) -> np.ndarray:
    size = len(x)
    hessian = np.empty((size, size))
    for i in range(size):
        for j in range(i, size):
            shifts = []
            for si, sj in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
                point = x.copy()
                point[i] += si * step
                point[j] += sj * step
                shifts.append(function(point))
            value = (shifts[0] - shifts[1] - shifts[2] + shifts[3]) / (4 * step * step)
            hessian[i, j] = hessian[j, i] = value
    return hessian


# --------------------------------------------------------------------------------------
# Profile-likelihood interval (Cormack 1992, as in Rcapture's closedpCI.t)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileInterval:
    """Multinomial profile-likelihood interval for N under one model.

    ``estimate`` maximises the multinomial profile likelihood (it differs slightly from
    the Poisson estimate n + exp(u)); ``upper`` is ``inf`` when the likelihood has not
    dropped enough by ``3 x`` the Poisson estimate, as in Rcapture.
    """

    estimate: float
    lower: float
    upper: float
    level: float


def _multinomial_correction(n0: float, total: float) -> float:
    """log of n0^n0 N! / (N^N n0!): turns the augmented Poisson deviance into the multinomial profile."""
    term_n0 = n0 * math.log(n0) if n0 > 0 else 0.0
    return term_n0 - math.lgamma(n0 + 1.0) + math.lgamma(total + 1.0) - total * math.log(total)


def profile_interval(
    histories: CaptureHistories,
    model: LogLinearModel | None = None,
    *,
    level: float = 0.95,
    max_factor: float = 3.0,
) -> ProfileInterval:
    """Profile-likelihood interval for N under ``model`` (Cormack 1992; Rcapture's closedpCI.t).

    For a candidate N the table is completed with n0 = N - n people on no list and the
    model is refitted with that cell's row of the design all zero except the intercept.
    The multinomial profile log-likelihood is ``-(D(N) - 2 c(N)) / 2`` with D the Poisson
    deviance of the augmented table and c the correction of :func:`_multinomial_correction`.
    The interval is where it stays within chi2_1(level) / 2 of its maximum, searched over
    (n, max_factor x N_poisson) as Rcapture does.
    """
    model = model or LogLinearModel()
    if model.heterogeneity == "normal":
        raise EstimationError("the profile interval is not available for the Normal heterogeneity model; use its log-normal interval")
    fit = fit_loglinear(histories, model)
    if not fit.usable:
        raise EstimationError(f"model {fit.name} has no finite estimate of N (the MLE does not exist); choose another model")
    patterns, y = _complete_counts(histories)
    X, first_het = design_matrix(patterns, model)
    X_aug = np.vstack([X, np.eye(1, X.shape[1])])
    n = float(histories.n_observed)

    def loglik(total: float) -> float:
        n0 = total - n
        y_aug = np.append(y, n0)
        if model.heterogeneity == "chao":
            _, _, _, deviance, _ = _fit_chao(X_aug, y_aug, first_het)
        else:
            _, _, deviance, _ = _glm(X_aug, y_aug)
        return -(deviance - 2.0 * _multinomial_correction(n0, total)) / 2.0

    upper_search = max_factor * fit.estimate
    best = optimize.minimize_scalar(lambda total: -loglik(total), bounds=(n, upper_search), method="bounded",
                                    options={"xatol": 1e-5})
    n_max, l_max = float(best.x), -float(best.fun)
    threshold = l_max - stats.chi2.ppf(level, 1) / 2.0

    def gap(total: float) -> float:
        return loglik(total) - threshold

    lower = optimize.brentq(gap, n, n_max, xtol=1e-6) if gap(n) < 0 else n
    upper = optimize.brentq(gap, n_max, upper_search, xtol=1e-6) if gap(upper_search) < 0 else math.inf
    return ProfileInterval(estimate=n_max, lower=float(lower), upper=float(upper), level=level)


# --------------------------------------------------------------------------------------
# Model search, selection and averaging
# --------------------------------------------------------------------------------------


def candidate_models(n_lists: int) -> list[LogLinearModel]:
    """Every hierarchical model the exhaustive search considers for ``n_lists`` lists.

    All main effects plus any set of two-way interactions; for J = 4 also every set of
    three-way interactions whose two-way margins are present; for J = 5 also each single
    three-way interaction added to a two-way model containing its margins (the full set
    of three-way combinations would be too large to bootstrap). The J-way term is never
    included (not estimable), nor any model with more parameters than cells.
    """
    pairs = list(itertools.combinations(range(n_lists), 2))
    triples = list(itertools.combinations(range(n_lists), 3)) if 4 <= n_lists <= 5 else []
    cells = 2**n_lists - 1
    models: list[LogLinearModel] = []
    for size in range(len(pairs) + 1):
        for chosen in itertools.combinations(pairs, size):
            present = set(chosen)
            allowed = [t for t in triples if all(p in present for p in itertools.combinations(t, 2))]
            if n_lists == 4:
                extra_sets: list[tuple[tuple[int, ...], ...]] = [
                    combo for k in range(len(allowed) + 1) for combo in itertools.combinations(allowed, k)
                ]
            else:
                extra_sets = [()] + [(t,) for t in allowed]
            for extra in extra_sets:
                model = LogLinearModel(tuple(chosen) + tuple(extra))
                if model.n_params(n_lists) <= cells:
                    models.append(model)
    return models


def model_weights(scores: np.ndarray) -> np.ndarray:
    """Akaike (or Schwarz) weights exp(-Delta/2) / sum, over finite scores; others get 0."""
    scores = np.asarray(scores, dtype=float)
    weights = np.zeros_like(scores)
    finite = np.isfinite(scores)
    if finite.any():
        delta = scores[finite] - scores[finite].min()
        raw = np.exp(-delta / 2.0)
        weights[finite] = raw / raw.sum()
    return weights


@dataclass(frozen=True)
class ModelSearchResult:
    """Model selection, model averaging and the bootstrap interval of the averaged estimate.

    Attributes:
        criterion: ``"aic"`` or ``"bic"``.
        search: ``"exhaustive"`` or ``"stepwise"``.
        fits: every candidate fitted to the data, in the order considered.
        weights: criterion weight of each fit (0 for divergent fits).
        selected: the fit with the lowest criterion.
        estimate: model-averaged estimate sum_m w_m N_m.
        lower, upper: percentile interval of the bootstrap replicates of the whole
            select-and-average procedure.
        replicates: the bootstrap replicates of the averaged estimate (NaN where a
            replicate had no usable model).
        selected_replicates: replicates of the selected-model estimate.
        selection_frequency: how often each model name was selected across replicates.
        bootstrap_models: candidates refitted in each replicate (those in Occam's window
            for an exhaustive search; for a stepwise search each replicate runs its own).
    """

    lists: tuple[str, ...]
    observed: int
    criterion: str
    search: str
    fits: tuple[LogLinearFit, ...]
    weights: np.ndarray
    selected: LogLinearFit
    estimate: float
    lower: float
    upper: float
    level: float
    replicates: np.ndarray
    selected_replicates: np.ndarray
    selection_frequency: dict[str, float]
    seed: int | None
    bootstrap_models: int

    @property
    def n_boot(self) -> int:
        return len(self.replicates)

    def top_models(self, mass: float = 0.99, limit: int = 25) -> list[tuple[LogLinearFit, float]]:
        """The best models until their weights sum to ``mass`` (at most ``limit``), selected first."""
        order = np.argsort(-self.weights, kind="stable")
        chosen: list[tuple[LogLinearFit, float]] = []
        total = 0.0
        for index in order:
            if self.weights[index] <= 0 or len(chosen) >= limit:
                break
            chosen.append((self.fits[index], float(self.weights[index])))
            total += self.weights[index]
            if total >= mass:
                break
        return chosen

    def to_dict(self) -> dict[str, object]:
        valid = self.replicates[np.isfinite(self.replicates)]
        models = []
        for fit, weight in self.top_models():
            entry = fit.to_dict()
            entry["weight"] = weight
            entry["selected"] = fit is self.selected
            entry["bootstrap_selection_frequency"] = self.selection_frequency.get(fit.name, 0.0)
            models.append(entry)
        return {
            "method": "loglinear",
            "estimate": self.estimate,
            "lower": self.lower,
            "upper": self.upper,
            "level": self.level,
            "interval": (
                f"{self.level:.0%} percentile interval from {self.n_boot} nonparametric bootstrap replicates "
                "of model search, selection and averaging (Buckland & Garthwaite 1991)"
            ),
            "criterion": self.criterion,
            "search": self.search,
            "selected": {"name": self.selected.name, "estimate": self.selected.estimate,
                         "se": _finite_or_none(self.selected.se),
                         "lower": _nanpercentile(self.selected_replicates, 50 - 50 * self.level),
                         "upper": _nanpercentile(self.selected_replicates, 50 + 50 * self.level),
                         "interval": "percentile interval of the selected model's estimate, re-selected in every "
                                     "bootstrap replicate"},
            "models": models,
            "n_candidates": len(self.fits),
            "n_divergent": sum(1 for fit in self.fits if not fit.usable),
            "n_bootstrap_models": self.bootstrap_models,
            "bootstrap": {
                "replicates": self.n_boot,
                "failed": int(np.sum(~np.isfinite(self.replicates))),
                "se": float(np.std(valid, ddof=1)) if len(valid) > 1 else None,
                "seed": self.seed,
            },
        }


def _nanpercentile(values: np.ndarray, q: float) -> float | None:
    finite = values[np.isfinite(values)]
    return float(np.percentile(finite, q)) if len(finite) else None


class _DesignCache:
    """Design matrices per model for one table, shared by the search and the bootstrap."""

    def __init__(self, patterns: np.ndarray):
        self.patterns = patterns
        self._cache: dict[LogLinearModel, tuple[np.ndarray, int]] = {}

    def full(self, model: LogLinearModel) -> tuple[np.ndarray, int]:
        entry = self._cache.get(model)
        if entry is None:
            matrix, first_het = design_matrix(self.patterns, model)
            entry = (np.ascontiguousarray(matrix), first_het)
            self._cache[model] = entry
        return entry

    def __call__(self, model: LogLinearModel) -> np.ndarray:
        return self.full(model)[0]


def _score(loglik: float | np.ndarray, n_params: int, n: float | np.ndarray, criterion: str) -> float | np.ndarray:
    penalty = 2.0 if criterion == "aic" else np.log(n)
    return -2.0 * loglik + penalty * n_params


def _stepwise(
    y: np.ndarray,
    n: float,
    n_lists: int,
    designs: _DesignCache,
    criterion: str,
    start: dict[LogLinearModel, np.ndarray] | None = None,
) -> dict[LogLinearModel, tuple[float, float, int, np.ndarray]]:
    """Bidirectional stepwise search from independence; returns every model it fitted.

    Each step tries adding any absent two-way interaction (or, for J <= 5, a three-way
    one whose margins are present) and removing any term that no higher term contains,
    and moves to the best improvement of the criterion.
    """
    pairs = list(itertools.combinations(range(n_lists), 2))
    triples = list(itertools.combinations(range(n_lists), 3)) if n_lists <= 5 else []
    cells = len(y)
    fitted: dict[LogLinearModel, tuple[float, float, int, np.ndarray]] = {}

    def evaluate(model: LogLinearModel) -> float:
        if model not in fitted:
            X = designs(model)
            guess = None if start is None else start.get(model)
            beta, mu, _, status = _glm(X, y, guess)
            unobserved = math.exp(beta[0]) if beta[0] < 700 else math.inf
            fitted[model] = (unobserved, float(_poisson_loglik(y, mu)), status, beta)
        unobserved, loglik, status, _ = fitted[model]
        if status == STATUS_DIVERGENT or not np.isfinite(unobserved):
            return math.inf
        return float(_score(loglik, model.n_params(n_lists), n, criterion))

    current = LogLinearModel()
    current_score = evaluate(current)
    while True:
        terms = set(current.interactions)
        moves: list[LogLinearModel] = []
        for pair in pairs:
            if pair not in terms:
                moves.append(LogLinearModel(current.interactions + (pair,)))
        for triple in triples:
            if triple not in terms and all(p in terms for p in itertools.combinations(triple, 2)):
                moves.append(LogLinearModel(current.interactions + (triple,)))
        for term in terms:
            if not any(len(other) > len(term) and set(term) <= set(other) for other in terms):
                moves.append(LogLinearModel(tuple(t for t in current.interactions if t != term)))
        moves = [m for m in moves if m.n_params(n_lists) <= cells]
        scored = [(evaluate(m), m) for m in moves]
        if not scored:
            break
        best_score, best = min(scored, key=lambda item: item[0])
        if best_score >= current_score - 1e-9:
            break
        current, current_score = best, best_score
    return fitted


def _bootstrap_tables(y: np.ndarray, unobserved: float, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Buckland-Garthwaite resampling of a pseudo-population of round(n + unobserved) people."""
    n0 = max(int(round(unobserved)), 0)
    population = np.append(y, n0)
    size = int(population.sum())
    draws = rng.multinomial(size, population / size, size=n_boot)
    return draws[:, :-1].astype(np.float64)


def search_models(
    histories: CaptureHistories,
    *,
    criterion: str = "bic",
    models: Sequence[LogLinearModel] | None = None,
) -> tuple[list[LogLinearFit], str]:
    """Fit the candidate models (or the stepwise path) to the data.

    Returns the fits and the search used (``"exhaustive"``, ``"stepwise"`` or ``"given"``).
    """
    return _search(_Table(histories), _check_criterion(criterion), models)


def _search(table: _Table, criterion: str, models: Sequence[LogLinearModel] | None) -> tuple[list[LogLinearFit], str]:
    if models is not None:
        return [_fit_table(table, model) for model in models], "given"
    n_lists = table.histories.n_lists
    candidates = _candidates_or_none(n_lists)
    if candidates is not None:
        return [_fit_table(table, model) for model in candidates], "exhaustive"
    path = _stepwise(table.y, table.histories.n_observed, n_lists, table.designs, criterion)
    return [_fit_table(table, model) for model in path], "stepwise"


def _candidates_or_none(n_lists: int) -> list[LogLinearModel] | None:
    pairs = n_lists * (n_lists - 1) // 2
    if 2**pairs > MAX_EXHAUSTIVE_MODELS:
        return None
    candidates = candidate_models(n_lists)
    return candidates if len(candidates) <= MAX_EXHAUSTIVE_MODELS else None


def _check_criterion(criterion: str) -> str:
    criterion = criterion.lower()
    if criterion not in ("aic", "bic"):
        raise EstimationError(f"unknown model-selection criterion {criterion!r}; use 'aic' or 'bic'")
    return criterion


def select_and_average(
    histories: CaptureHistories,
    *,
    criterion: str = "bic",
    n_boot: int = 500,
    seed: int | None = None,
    level: float = 0.95,
    models: Sequence[LogLinearModel] | None = None,
    window: float = 50.0,
    progress: ProgressCallback | None = None,
) -> ModelSearchResult:
    """Search log-linear models, select and average them, and bootstrap the whole procedure.

    Args:
        histories: the capture-history table (at most :data:`MAX_LOGLINEAR_LISTS` lists).
        criterion: ``"aic"`` or ``"bic"`` for selection and for the averaging weights.
        n_boot: bootstrap replicates for the interval (each re-runs search and averaging).
        seed: seed of the bootstrap; the same seed gives the same interval.
        level: coverage of the interval.
        models: a fixed candidate set instead of the automatic search.
        window: Occam's window (Madigan & Raftery 1994) for the bootstrap of an exhaustive
            search: models more than ``window`` criterion units worse than the best on the
            observed data (weight below exp(-window / 2)) are not refitted in the
            replicates. A swing of 50 units between replicates is several standard
            deviations of a criterion difference, so such models are practically never
            selected; leaving them out makes 5-list bootstraps several times faster.
            Use ``math.inf`` to refit every candidate.
        progress: called as ``progress(done, total)`` while the bootstrap runs.

    Returns:
        A :class:`ModelSearchResult`; its ``estimate`` is the model-averaged estimate.

    BIC is the default criterion: in the simulation study of ``benchmarks/mse.py`` AIC
    averaging chose over-parametrised models with unstable estimates more often, giving
    larger bias and wider intervals for the same coverage.
    """
    criterion = _check_criterion(criterion)
    if n_boot < 2:
        raise EstimationError(f"n_boot must be at least 2 to form an interval, got {n_boot}")
    table = _Table(histories)
    fits, search = _search(table, criterion, models)
    usable = np.array([fit.usable for fit in fits])
    if not usable.any():
        raise EstimationError("no candidate log-linear model has a finite estimate of N for this table; try LCMCR")
    scores = np.array([getattr(fit, criterion) if fit.usable else math.inf for fit in fits])
    weights = model_weights(scores)
    estimates = np.array([fit.estimate if fit.usable else 0.0 for fit in fits])
    averaged = float(np.sum(weights * estimates))
    selected = fits[int(np.argmin(scores))]

    rng = np.random.default_rng(seed)
    tables = _bootstrap_tables(table.y, averaged - histories.n_observed, n_boot, rng)
    designs = table.designs
    n_lists = histories.n_lists
    if search == "stepwise":
        averaged_reps, selected_reps, selected_names = _bootstrap_stepwise(
            tables, n_lists, designs, criterion, fits, progress
        )
    else:
        in_window = [fit for fit, score in zip(fits, scores) if score - scores.min() <= window]
        averaged_reps, selected_reps, selected_names = _bootstrap_fixed_set(
            tables, n_lists, designs, criterion, in_window, progress
        )
    valid_names = [name for name in selected_names if name is not None]
    frequency = {name: valid_names.count(name) / len(valid_names) for name in set(valid_names)} if valid_names else {}
    lower = _nanpercentile(averaged_reps, 50 - 50 * level)
    upper = _nanpercentile(averaged_reps, 50 + 50 * level)
    return ModelSearchResult(
        lists=histories.lists,
        observed=histories.n_observed,
        criterion=criterion,
        search=search,
        fits=tuple(fits),
        weights=weights,
        selected=selected,
        estimate=averaged,
        lower=math.nan if lower is None else lower,
        upper=math.nan if upper is None else upper,
        level=level,
        replicates=averaged_reps,
        selected_replicates=selected_reps,
        selection_frequency=frequency,
        seed=seed,
        bootstrap_models=len(fits) if search == "stepwise" else len(in_window),
    )


def _bootstrap_fixed_set(
    tables: np.ndarray,
    n_lists: int,
    designs: _DesignCache,
    criterion: str,
    fits: Sequence[LogLinearFit],
    progress: ProgressCallback | None,
) -> tuple[np.ndarray, np.ndarray, list[str | None]]:
    n_boot = len(tables)
    n_obs = tables.sum(axis=1)
    scores = np.full((len(fits), n_boot), math.inf)
    estimates = np.zeros((len(fits), n_boot))
    for index, fit in enumerate(fits):
        X = designs(fit.model)
        start = np.array([fit.coefficients[name] for name in _coefficient_names(fit.lists, fit.model)])
        if not np.all(np.isfinite(start)):
            start = np.zeros(X.shape[1])
        unobserved, loglik, status = _fit_replicates(X, tables, start, _MAXIT)
        ok = (status != STATUS_DIVERGENT) & np.isfinite(unobserved)
        scores[index, ok] = _score(loglik[ok], fit.model.n_params(n_lists), n_obs[ok], criterion)
        estimates[index, ok] = n_obs[ok] + unobserved[ok]
        if progress is not None:
            progress(index + 1, len(fits))
    return _summarise_replicates(scores, estimates, [fit.name for fit in fits])


def _summarise_replicates(
    scores: np.ndarray, estimates: np.ndarray, names: Sequence[str]
) -> tuple[np.ndarray, np.ndarray, list[str | None]]:
    n_boot = scores.shape[1]
    averaged = np.full(n_boot, math.nan)
    selected = np.full(n_boot, math.nan)
    selected_names: list[str | None] = []
    for b in range(n_boot):
        column = scores[:, b]
        if not np.isfinite(column).any():
            selected_names.append(None)
            continue
        weights = model_weights(column)
        averaged[b] = float(np.sum(weights * estimates[:, b]))
        best = int(np.argmin(column))
        selected[b] = estimates[best, b]
        selected_names.append(names[best])
    return averaged, selected, selected_names


def _bootstrap_stepwise(
    tables: np.ndarray,
    n_lists: int,
    designs: _DesignCache,
    criterion: str,
    fits: Sequence[LogLinearFit],
    progress: ProgressCallback | None,
) -> tuple[np.ndarray, np.ndarray, list[str | None]]:
    starts = {
        fit.model: np.array([fit.coefficients[name] for name in _coefficient_names(fit.lists, fit.model)])
        for fit in fits
        if fit.usable
    }
    n_boot = len(tables)
    averaged = np.full(n_boot, math.nan)
    selected = np.full(n_boot, math.nan)
    names: list[str | None] = []
    lists = fits[0].lists
    for b in range(n_boot):
        y = tables[b]
        n = float(y.sum())
        path = _stepwise(y, n, n_lists, designs, criterion, starts)
        models = list(path)
        scores = np.array([
            _score(path[m][1], m.n_params(n_lists), n, criterion)
            if path[m][2] != STATUS_DIVERGENT and np.isfinite(path[m][0]) else math.inf
            for m in models
        ])
        estimates = np.array([n + path[m][0] if np.isfinite(scores[i]) else 0.0 for i, m in enumerate(models)])
        avg, sel, sel_names = _summarise_replicates(scores[:, None], estimates[:, None], [m.name(lists) for m in models])
        averaged[b], selected[b] = avg[0], sel[0]
        names.append(sel_names[0])
        if progress is not None:
            progress(b + 1, n_boot)
    return averaged, selected, names


# --------------------------------------------------------------------------------------
# Rcapture's standard models
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StandardModelFit:
    """One of Rcapture's standard models with its interval.

    The interval is the profile-likelihood interval, except for the Normal model, which
    uses Chao's log-normal interval from its standard error (as Rcapture does).
    """

    fit: LogLinearFit
    lower: float
    upper: float
    interval: str

    def to_dict(self) -> dict[str, object]:
        entry = self.fit.to_dict()
        entry.update({"lower": _finite_or_none(self.lower), "upper": _finite_or_none(self.upper), "interval": self.interval})
        return entry


def standard_model_list(n_lists: int, *, include_normal: bool = True) -> list[LogLinearModel]:
    """M0, Mt, and Mh / Mth with Chao (LB), Poisson2, Darroch, Gamma3.5 (and Normal) heterogeneity.

    Heterogeneity needs at least three lists to be told apart from list dependence, so with
    two lists only M0 and Mt are returned.
    """
    models = [LogLinearModel(capture="common"), LogLinearModel()]
    if n_lists >= 3:
        forms = ["chao", "poisson", "darroch", "gamma"] + (["normal"] if include_normal else [])
        for capture in ("common", "list"):
            models += [LogLinearModel(capture=capture, heterogeneity=form) for form in forms]
    return models


def standard_models(
    histories: CaptureHistories, *, level: float = 0.95, include_normal: bool = True, rcapture_normal_se: bool = False
) -> list[StandardModelFit]:
    """Fit Rcapture's standard closed-population models, each with an interval.

    These are the models Rcapture's ``closedp.t`` reports (without the behavioural Mb and
    Mbh, which assume a time order lists do not have) and Rivest's (2011) Normal model.
    They span common assumptions about heterogeneous capture, and their spread shows how
    much the answer depends on the model. ``rcapture_normal_se`` is passed to
    :func:`fit_loglinear` for the Normal models.
    """
    results = []
    for model in standard_model_list(histories.n_lists, include_normal=include_normal):
        fit = fit_loglinear(histories, model, rcapture_normal_se=rcapture_normal_se)
        if not fit.usable:
            results.append(StandardModelFit(fit, math.nan, math.nan, "none: no finite estimate"))
            continue
        if model.heterogeneity == "normal":
            lower, upper = lognormal_interval(fit.observed, fit.estimate, fit.se**2, level)
            results.append(StandardModelFit(fit, lower, upper, "log-normal (Chao 1987)"))
        else:
            interval = profile_interval(histories, model, level=level)
            results.append(StandardModelFit(fit, interval.lower, interval.upper, "profile likelihood (Cormack 1992)"))
    return results
