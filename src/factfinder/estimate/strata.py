"""Estimation by stratum, and totals over strata with their uncertainty.

Capture probabilities differ by period, place and sex (killings in a remote
municipality are recorded by fewer lists than killings in the capital), and
pooling groups with different capture probabilities biases estimates
downwards, much like unmodelled heterogeneity. The usual remedy (Ball et al.
2002 for Kosovo; HRDAG's verdata for Colombia) is to estimate each stratum
separately and add the strata up.

Adding point estimates is easy; adding uncertainty needs care. Strata are
estimated independently, so:

* **LCMCR**: the posterior of the total is the distribution of the sum of
  independent posterior draws. Draw i of every stratum is added (all strata are
  sampled with the same number of chains and draws), and the total's median and
  credible interval come from the summed draws.
* **Log-linear**: bootstrap replicate b of every stratum is added (each stratum
  has the same number of replicates, drawn independently), and the interval is
  the percentiles of the summed replicates. The point estimate is the sum of the
  strata's model-averaged estimates.
* **Chapman**: estimates and variances add; the interval is Chao's log-normal
  interval around the summed estimate.

Each stratum gets its own seed, derived from the master seed, so a stratified
run is reproducible and the strata's random streams are independent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from factfinder.estimate.histories import CaptureHistories, EstimationError, HistoriesError, histories_from_memberships
from factfinder.estimate.lcmcr import LCMCRResult, fit_lcmcr
from factfinder.estimate.mse import (
    ModelSearchResult,
    TwoListEstimate,
    lognormal_interval,
    select_and_average,
    two_list_estimate,
)

__all__ = [
    "StratumTotal",
    "StratifiedResult",
    "histories_by_stratum",
    "stratum_seeds",
    "sum_lcmcr",
    "sum_loglinear",
    "sum_chapman",
    "estimate_strata",
]

ProgressCallback = Callable[[int, int], None]


def histories_by_stratum(
    people: pd.DataFrame,
    lists: Sequence[str],
    strata: str | Sequence[str],
) -> dict[str, CaptureHistories]:
    """One capture-history table per stratum from a table of people.

    Args:
        people: one row per distinct person (a linked cluster), with a 0/1 (or boolean)
            column per list saying whether the person is on it, and the stratum columns.
        lists: the list columns.
        strata: the stratum column(s); each combination of values is a stratum, labelled by
            the values joined with ``" / "``.

    Every table has the same list columns, even where a list recorded nobody in a stratum.
    """
    by = [strata] if isinstance(strata, str) else list(strata)
    missing = [column for column in [*lists, *by] if column not in people.columns]
    if missing:
        raise HistoriesError(f"column(s) {', '.join(missing)} not found; columns are {', '.join(map(str, people.columns))}")
    if people[by].isna().any().any():
        raise HistoriesError(f"some people have no value for stratum column(s) {', '.join(by)}; fill them in or drop those rows")
    flags = people[list(lists)]
    invalid = ~flags.isin([0, 1, True, False])
    if invalid.any().any():
        row = int(np.flatnonzero(invalid.any(axis=1).to_numpy())[0])
        raise HistoriesError(f"row {row + 1}: list columns must be 0/1 or true/false, got {flags.iloc[row].tolist()}")
    tables: dict[str, CaptureHistories] = {}
    for key, group in people.groupby(by, sort=True):
        values = key if isinstance(key, tuple) else (key,)
        label = " / ".join(str(value) for value in values)
        marks = group[list(lists)].astype(bool).to_numpy()
        memberships = [[name for name, on in zip(lists, row) if on] for row in marks]
        if any(not member for member in memberships):
            raise HistoriesError(f"stratum {label}: some people are on no list; every person must come from at least one list")
        tables[label] = histories_from_memberships(memberships, lists=list(lists))
    return tables


def stratum_seeds(seed: int | None, labels: Sequence[str]) -> dict[str, int]:
    """Independent, reproducible seeds for each stratum from one master seed."""
    states = np.random.SeedSequence(seed).generate_state(len(labels), dtype=np.uint32)
    return {label: int(state) for label, state in zip(labels, states)}


@dataclass(frozen=True)
class StratumTotal:
    """The total over strata for one method.

    ``estimate`` is the median of the summed posterior draws for LCMCR and the sum of the
    strata's estimates otherwise; ``draws`` are the summed draws or bootstrap replicates
    (empty for Chapman).
    """

    method: str
    strata: tuple[str, ...]
    observed: int
    estimate: float
    lower: float
    upper: float
    level: float
    draws: np.ndarray

    def to_dict(self) -> dict[str, object]:
        key = "median" if self.method == "lcmcr" else "estimate"
        entry: dict[str, object] = {
            "method": self.method,
            key: self.estimate,
            "lower": self.lower,
            "upper": self.upper,
            "level": self.level,
            "observed": self.observed,
            "strata": list(self.strata),
        }
        if self.method == "lcmcr":
            entry["mean"] = float(np.mean(self.draws))
            entry["interval"] = f"{self.level:.0%} credible interval of the sum of independent posterior draws per stratum"
        elif self.method == "loglinear":
            entry["interval"] = f"{self.level:.0%} percentile interval of the sum of independent bootstrap replicates per stratum"
            entry["failed_replicates"] = int(np.sum(~np.isfinite(self.draws)))
        else:
            entry["interval"] = f"{self.level:.0%} log-normal interval of the summed estimate with summed variances"
        return entry


def sum_lcmcr(results: Mapping[str, LCMCRResult], *, level: float = 0.95) -> StratumTotal:
    """Total over strata from independent LCMCR posteriors: draws are added one to one."""
    shapes = {label: result.draws.shape for label, result in results.items()}
    if len(set(shapes.values())) != 1:
        raise EstimationError(f"strata must have the same chains and samples to add draws, got {shapes}")
    total = np.sum([result.draws.ravel() for result in results.values()], axis=0)
    return StratumTotal(
        method="lcmcr",
        strata=tuple(results),
        observed=sum(result.observed for result in results.values()),
        estimate=float(np.median(total)),
        lower=float(np.quantile(total, (1 - level) / 2)),
        upper=float(np.quantile(total, (1 + level) / 2)),
        level=level,
        draws=total,
    )


def sum_loglinear(results: Mapping[str, ModelSearchResult], *, level: float = 0.95) -> StratumTotal:
    """Total over strata from independent bootstrap replicates: replicates are added one to one.

    A replicate in which any stratum had no usable model is left out of the total.
    """
    lengths = {label: result.n_boot for label, result in results.items()}
    if len(set(lengths.values())) != 1:
        raise EstimationError(f"strata must have the same number of bootstrap replicates, got {lengths}")
    total = np.sum([result.replicates for result in results.values()], axis=0)
    finite = total[np.isfinite(total)]
    if len(finite) < 2:
        raise EstimationError("too few bootstrap replicates succeeded in every stratum to form an interval")
    return StratumTotal(
        method="loglinear",
        strata=tuple(results),
        observed=sum(result.observed for result in results.values()),
        estimate=float(sum(result.estimate for result in results.values())),
        lower=float(np.percentile(finite, 50 - 50 * level)),
        upper=float(np.percentile(finite, 50 + 50 * level)),
        level=level,
        draws=total,
    )


def sum_chapman(results: Mapping[str, TwoListEstimate], *, level: float = 0.95) -> StratumTotal:
    """Total over strata of two-list estimates: estimates and variances add."""
    estimate = sum(result.estimate for result in results.values())
    variance = sum(result.se**2 for result in results.values())
    observed = sum(result.observed for result in results.values())
    lower, upper = lognormal_interval(observed, estimate, variance, level)
    return StratumTotal(
        method="chapman",
        strata=tuple(results),
        observed=observed,
        estimate=float(estimate),
        lower=float(lower),
        upper=float(upper),
        level=level,
        draws=np.zeros(0),
    )


@dataclass(frozen=True)
class StratifiedResult:
    """Per-stratum results of one method and their total."""

    method: str
    per_stratum: dict[str, LCMCRResult | ModelSearchResult | TwoListEstimate]
    total: StratumTotal

    def to_dict(self) -> dict[str, object]:
        return {
            "method": self.method,
            "total": self.total.to_dict(),
            "strata": {label: result.to_dict() for label, result in self.per_stratum.items()},
        }


def estimate_strata(
    tables: Mapping[str, CaptureHistories],
    method: str,
    *,
    seed: int | None = None,
    level: float = 0.95,
    progress: ProgressCallback | None = None,
    **options: object,
) -> StratifiedResult:
    """Estimate every stratum with one method and add the strata up.

    Args:
        tables: capture-history table per stratum label; all must have the same lists.
        method: ``"lcmcr"``, ``"loglinear"`` or ``"chapman"``.
        seed: master seed; each stratum gets its own seed from it.
        level: coverage of the intervals.
        progress: called as ``progress(done, total)`` in strata completed.
        **options: passed to :func:`~factfinder.estimate.lcmcr.fit_lcmcr` or
            :func:`~factfinder.estimate.mse.select_and_average`.
    """
    if not tables:
        raise EstimationError("no strata to estimate")
    list_sets = {table.lists for table in tables.values()}
    if len(list_sets) != 1:
        raise EstimationError(
            "every stratum must have the same lists (in the same order) to add them up; "
            f"got {sorted(', '.join(lists) for lists in list_sets)}"
        )
    seeds = stratum_seeds(seed, list(tables))
    per_stratum: dict[str, LCMCRResult | ModelSearchResult | TwoListEstimate] = {}
    for done, (label, table) in enumerate(tables.items(), start=1):
        try:
            if method == "lcmcr":
                per_stratum[label] = fit_lcmcr(table, seed=seeds[label], level=level, **options)  # type: ignore[arg-type]
            elif method == "loglinear":
                per_stratum[label] = select_and_average(table, seed=seeds[label], level=level, **options)  # type: ignore[arg-type]
            elif method == "chapman":
                per_stratum[label] = two_list_estimate(table, level=level)
            else:
                raise EstimationError(f"unknown method {method!r} for strata; use 'lcmcr', 'loglinear' or 'chapman'")
        except EstimationError as error:
            raise EstimationError(f"stratum {label}: {error}") from None
        if progress is not None:
            progress(done, len(tables))
    if method == "lcmcr":
        total = sum_lcmcr(per_stratum, level=level)  # type: ignore[arg-type]
    elif method == "loglinear":
        total = sum_loglinear(per_stratum, level=level)  # type: ignore[arg-type]
    else:
        total = sum_chapman(per_stratum, level=level)  # type: ignore[arg-type]
    return StratifiedResult(method=method, per_stratum=per_stratum, total=total)
