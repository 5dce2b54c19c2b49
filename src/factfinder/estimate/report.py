"""One entry point for population-size estimation, and its report.

:func:`estimate` runs the estimators on a capture-history table (or one table
per stratum) and returns an :class:`EstimateReport`. The report follows one
rule: **no number appears without its interval and the models behind it.**
Every method reports its interval; the log-linear method reports the models it
averaged with their weights, AIC, BIC, deviance and degrees of freedom; LCMCR
reports its prior and convergence diagnostics; and the report always shows the
spread of Rcapture's standard models, because on real data those range widely
(on the Kosovo table from about 7,400 to 18,400) and a reader must see that.

Methods
-------
``lcmcr``
    Bayesian latent-class model (Manrique-Vallier 2016), the method of HRDAG's
    casualty estimates. Point estimate: posterior **median**; interval: 95%
    equal-tailed credible interval. Needs 3 or more lists.
``loglinear``
    Hierarchical log-linear models searched, selected and averaged by BIC (or
    AIC); interval: percentile bootstrap of the whole procedure. At most 12 lists.
``chapman``
    Chapman's two-list estimator with its log-normal interval. Needs exactly two
    lists; with more, ``all`` adds pairwise Chapman estimates as a diagnostic of
    list dependence instead.
``all``
    Every method that applies to the table.

JSON shape (:meth:`EstimateReport.to_dict`)::

    {
      "observed": 4400, "lists": [...], "list_sizes": {...}, "level": 0.95, "seed": 1,
      "methods": {
        "lcmcr": {"median", "mean", "lower", "upper", "interval", "models": [...], "diagnostics": {...}, ...},
        "loglinear": {"estimate", "lower", "upper", "interval", "criterion", "selected": {...},
                      "models": [{"name", "weight", "estimate", "se", "aic", "bic", "deviance", "df", ...}], ...},
        "chapman": {"estimate", "lower", "upper", "interval", "models": [...]}
      },
      "spread": {"min", "max", "min_model", "max_model", "models": [...]},
      "pairwise_chapman": [...],
      "strata": {"<label>": {same shape, without strata}},   # stratified runs only
      "notes": [...]
    }
"""

from __future__ import annotations

import json
import math
import os
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from factfinder.estimate.histories import (
    CaptureHistories,
    EstimationError,
    histories_from_frame,
    read_histories,
    read_stratified_histories,
)
from factfinder.estimate.lcmcr import LCMCRResult, fit_lcmcr
from factfinder.estimate.mse import (
    MAX_LOGLINEAR_LISTS,
    ModelSearchResult,
    TwoListEstimate,
    lognormal_interval,
    pairwise_chapman,
    select_and_average,
    standard_models,
    two_list_estimate,
)
from factfinder.estimate.strata import StratumTotal, estimate_strata

__all__ = ["EstimateReport", "ModelSpread", "estimate", "METHODS"]

METHODS = ("lcmcr", "loglinear", "chapman")
_PAIRWISE_MAX_LISTS = 6

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class ModelSpread:
    """The spread of the standard models' estimates: the model dependence of the answer."""

    models: list[dict[str, Any]]

    @property
    def usable(self) -> list[dict[str, Any]]:
        return [entry for entry in self.models if entry.get("estimate") is not None]

    @property
    def minimum(self) -> dict[str, Any] | None:
        usable = self.usable
        return min(usable, key=lambda entry: entry["estimate"]) if usable else None

    @property
    def maximum(self) -> dict[str, Any] | None:
        usable = self.usable
        return max(usable, key=lambda entry: entry["estimate"]) if usable else None

    def to_dict(self) -> dict[str, Any]:
        low, high = self.minimum, self.maximum
        return {
            "min": low["estimate"] if low else None,
            "max": high["estimate"] if high else None,
            "min_model": low["name"] if low else None,
            "max_model": high["name"] if high else None,
            "description": "Rcapture's standard closed-population models (M0, Mt, Mh and Mth with Chao, Poisson2, "
                           "Darroch, Gamma3.5 and Normal heterogeneity), each with its own interval",
            "models": self.models,
        }


@dataclass(frozen=True)
class EstimateReport:
    """Estimates of the population size from every method run, with intervals and models.

    Attributes:
        histories: the table estimated (for a stratified run, the strata added together).
        methods: result per method name; for a stratified run the totals over strata.
        spread: the standard models and their range (None when they could not be fitted).
        pairwise: pairwise Chapman estimates when there are more than two lists.
        strata: per-stratum reports of a stratified run.
        notes: what was skipped or needs attention, in plain words.
    """

    histories: CaptureHistories
    method: str
    level: float
    seed: int
    methods: dict[str, LCMCRResult | ModelSearchResult | TwoListEstimate | StratumTotal]
    spread: ModelSpread | None
    pairwise: list[TwoListEstimate] = field(default_factory=list)
    strata: dict[str, EstimateReport] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def observed(self) -> int:
        return self.histories.n_observed

    @property
    def lists(self) -> tuple[str, ...]:
        return self.histories.lists

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (shape in the module docstring)."""
        data: dict[str, Any] = {
            "observed": self.observed,
            "lists": list(self.lists),
            "list_sizes": self.histories.list_totals(),
            "level": self.level,
            "seed": self.seed,
            "method": self.method,
            "methods": {name: self._method_dict(name, result) for name, result in self.methods.items()},
            "spread": self.spread.to_dict() if self.spread else None,
            "pairwise_chapman": [_chapman_dict(result) for result in self.pairwise],
            "notes": list(self.notes),
        }
        if self.strata:
            data["strata"] = {label: report.to_dict() for label, report in self.strata.items()}
        return _clean(data)

    def to_json(self, indent: int | None = 2) -> str:
        """The report as a JSON string."""
        return json.dumps(self.to_dict(), indent=indent, allow_nan=False)

    def _method_dict(self, name: str, result: Any) -> dict[str, Any]:
        if isinstance(result, StratumTotal):
            entry = result.to_dict()
            entry["models"] = [
                {"stratum": label, **_models_summary(report.methods[name])}
                for label, report in self.strata.items()
                if name in report.methods
            ]
            return entry
        if isinstance(result, TwoListEstimate):
            return _chapman_dict(result)
        return result.to_dict()

    # ------------------------------------------------------------------ text

    def to_text(self) -> str:
        """A plain-text summary: every estimate with its interval and the models behind it."""
        return "\n".join(self._lines())

    def _lines(self) -> list[str]:
        pct = f"{self.level:.0%}"
        sizes = ", ".join(f"{name} {size:,}" for name, size in self.histories.list_totals().items())
        lines = [f"{self.observed:,} people observed on {len(self.lists)} lists ({sizes})"]
        if self.strata:
            lines.append(f"Estimated in {len(self.strata)} strata ({', '.join(self.strata)}) and added up.")
        for name, result in self.methods.items():
            lines.append("")
            lines.extend(_method_lines(name, result, pct, self.strata))
        if self.spread and self.spread.usable:
            low, high = self.spread.minimum, self.spread.maximum
            lines.append("")
            lines.append(
                f"Standard models (Rcapture) range from {_n(low['estimate'])} ({low['name']}) "
                f"to {_n(high['estimate'])} ({high['name']}):"
            )
            for entry in self.spread.models:
                if entry.get("estimate") is None:
                    lines.append(f"  {entry['name']}: no finite estimate")
                else:
                    lines.append(
                        f"  {entry['name']}: {_n(entry['estimate'])} ({pct} {_n(entry.get('lower'))} - {_n(entry.get('upper'))})"
                    )
        if self.pairwise:
            lines.append("")
            lines.append("Pairwise Chapman estimates (each assumes its two lists independent; their spread shows list dependence):")
            for result in self.pairwise:
                lines.append(
                    f"  {result.lists[0]} & {result.lists[1]}: {_n(result.estimate)} ({pct} {_n(result.lower)} - {_n(result.upper)}), "
                    f"overlap {result.m:,}"
                )
        for note in self.notes:
            lines.append(f"Note: {note}")
        return lines

    def __rich__(self) -> Any:
        """A Rich renderable: a table of methods with intervals and models, then the spread."""
        from rich.console import Group
        from rich.table import Table
        from rich.text import Text

        pct = f"{self.level:.0%}"
        sizes = ", ".join(f"{name} {size:,}" for name, size in self.histories.list_totals().items())
        table = Table(title=f"{self.observed:,} people observed on {len(self.lists)} lists ({sizes})", expand=False)
        table.add_column("method")
        table.add_column("estimate", justify="right")
        table.add_column(f"{pct} interval", justify="right")
        table.add_column("models")
        for name, result in self.methods.items():
            point, lower, upper = _point_interval(result)
            lines = _method_lines(name, result, pct, self.strata)
            table.add_row(name, _n(point), f"{_n(lower)} - {_n(upper)}", "\n".join(line.strip() for line in lines[1:]))
        parts: list[Any] = [table]
        if self.spread and self.spread.usable:
            spread = Table(title="Standard models (Rcapture): the answer depends on the model", expand=False)
            spread.add_column("model")
            spread.add_column("estimate", justify="right")
            spread.add_column(f"{pct} interval", justify="right")
            for entry in self.spread.models:
                spread.add_row(entry["name"], _n(entry.get("estimate")), f"{_n(entry.get('lower'))} - {_n(entry.get('upper'))}")
            parts.append(spread)
        if self.pairwise:
            pairs = Table(title="Pairwise Chapman (diagnostic of list dependence)", expand=False)
            for column in ("lists", "overlap", "estimate", f"{pct} interval"):
                pairs.add_column(column)
            for result in self.pairwise:
                pairs.add_row(f"{result.lists[0]} & {result.lists[1]}", f"{result.m:,}", _n(result.estimate),
                              f"{_n(result.lower)} - {_n(result.upper)}")
            parts.append(pairs)
        parts.extend(Text(f"Note: {note}") for note in self.notes)
        return Group(*parts)


def _point_interval(result: Any) -> tuple[float, float, float]:
    if isinstance(result, LCMCRResult):
        return result.median, result.lower, result.upper
    return result.estimate, result.lower, result.upper


def _n(value: Any) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "n/a" if value is None else ("inf" if value > 0 else "n/a")
    return f"{value:,.0f}"


def _method_lines(name: str, result: Any, pct: str, strata: Mapping[str, EstimateReport]) -> list[str]:
    if isinstance(result, StratumTotal):
        point = "median" if name == "lcmcr" else "estimate"
        lines = [f"{_title(name)}, sum of {len(result.strata)} strata: {point} {_n(result.estimate)}, "
                 f"{pct} interval {_n(result.lower)} - {_n(result.upper)}"]
        for label, report in strata.items():
            if name in report.methods:
                sub = _method_lines(name, report.methods[name], pct, {})
                lines.append(f"  [{label}] " + sub[0].split(": ", 1)[-1])
                lines.extend("    " + line.strip() for line in sub[1:2])
        return lines
    if isinstance(result, LCMCRResult):
        d = result.diagnostics
        return [
            f"{_title(name)}: median {_n(result.median)}, {pct} credible interval {_n(result.lower)} - {_n(result.upper)} "
            f"(mean {_n(result.mean)})",
            f"  model: Dirichlet-process mixture of up to K={result.n_classes} latent classes, "
            f"alpha ~ Gamma({result.a_alpha:g}, {result.b_alpha:g}); {result.n_chains} chains x {result.samples:,} draws "
            f"(burn-in {result.burn_in:,}, thinning {result.thinning})",
            f"  convergence: R-hat {d.rhat:.3f}, bulk ESS {d.ess_bulk:,.0f}, Monte-Carlo error of the median "
            f"+/-{d.mcse_median:,.0f}" + ("" if d.converged else "  ** not converged: run longer chains **"),
        ]
    if isinstance(result, ModelSearchResult):
        top = result.top_models(mass=0.95, limit=5)
        models = "; ".join(f"{fit.name} {_n(fit.estimate)} (weight {weight:.2f})" for fit, weight in top)
        return [
            f"{_title(name)}: estimate {_n(result.estimate)}, {pct} bootstrap interval {_n(result.lower)} - {_n(result.upper)}",
            f"  {result.criterion.upper()} model averaging over {len(result.fits)} hierarchical models ({result.search} search); "
            f"{result.n_boot} bootstrap replicates of selection and averaging",
            f"  models: {models}",
            f"  selected: {result.selected.name} {_n(result.selected.estimate)}",
        ]
    return [
        f"{_title(name)}: estimate {_n(result.estimate)}, {pct} interval {_n(result.lower)} - {_n(result.upper)}",
        f"  model: lists {result.lists[0]} ({result.n1:,}) and {result.lists[1]} ({result.n2:,}) with {result.m:,} in common, "
        "assumed independent with equal capture probability for everyone",
    ]


def _title(name: str) -> str:
    return {"lcmcr": "LCMCR (Bayesian latent classes)", "loglinear": "Log-linear models", "chapman": "Chapman (two lists)"}[name]


def _models_summary(result: Any) -> dict[str, Any]:
    if isinstance(result, LCMCRResult):
        return {"models": result.to_dict()["models"]}
    if isinstance(result, ModelSearchResult):
        return {"selected": result.selected.name,
                "models": [{"name": fit.name, "weight": weight, "estimate": fit.estimate} for fit, weight in result.top_models()]}
    return {"models": _chapman_dict(result)["models"]}


def _chapman_dict(result: TwoListEstimate) -> dict[str, Any]:
    entry = result.to_dict()
    entry["models"] = [{
        "name": f"{result.method.replace('_', '-').title()}: {result.lists[0]} and {result.lists[1]} independent, "
                "equal capture probability for everyone",
        "se": result.se,
    }]
    return entry


def _clean(value: Any) -> Any:
    """Make data JSON-safe: numpy scalars to Python, non-finite floats to None."""
    if isinstance(value, dict):
        return {str(key): _clean(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(item) for item in value]
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        return value if math.isfinite(value) else None
    if isinstance(value, np.bool_):
        return bool(value)
    return value


# ---------------------------------------------------------------------- entry point


def _load(
    histories: CaptureHistories | Mapping[str, CaptureHistories | pd.DataFrame] | pd.DataFrame | str | os.PathLike[str],
    strata: str | Sequence[str] | None,
) -> CaptureHistories | dict[str, CaptureHistories]:
    if isinstance(histories, CaptureHistories):
        if strata is not None:
            raise EstimationError("strata name columns of a table; a CaptureHistories object has none. Pass a DataFrame or file")
        return histories
    if isinstance(histories, Mapping):
        if not histories:
            raise EstimationError("no strata given")
        return {
            str(label): table if isinstance(table, CaptureHistories)
            else histories_from_frame(table, source=f"stratum {label}")
            for label, table in histories.items()
        }
    if isinstance(histories, pd.DataFrame):
        return read_stratified_histories(histories, strata) if strata is not None else histories_from_frame(histories)
    if strata is not None:
        return read_stratified_histories(histories, strata)
    return read_histories(histories)


def _methods_for(method: str, n_lists: int) -> tuple[list[str], list[str]]:
    """The methods to run for a table with ``n_lists`` lists, and notes about those skipped."""
    if method not in (*METHODS, "all"):
        raise EstimationError(f"unknown method {method!r}; use one of {', '.join((*METHODS, 'all'))}")
    notes: list[str] = []
    if method == "chapman" and n_lists != 2:
        raise EstimationError(
            f"Chapman needs exactly 2 lists; this table has {n_lists}. Use --method lcmcr or loglinear, "
            "or 'all' for every method with pairwise Chapman estimates as a diagnostic"
        )
    if method == "lcmcr" and n_lists < 3:
        raise EstimationError("LCMCR needs at least 3 lists; with 2 lists use --method chapman")
    if method == "loglinear" and n_lists > MAX_LOGLINEAR_LISTS:
        raise EstimationError(
            f"log-linear models support at most {MAX_LOGLINEAR_LISTS} lists; this table has {n_lists}. "
            "Use --method lcmcr, or merge related lists"
        )
    if method != "all":
        return [method], notes
    chosen = []
    if n_lists >= 3:
        chosen.append("lcmcr")
    else:
        notes.append("LCMCR needs at least 3 lists and was not run.")
    if n_lists <= MAX_LOGLINEAR_LISTS:
        chosen.append("loglinear")
    else:
        notes.append(f"Log-linear models need at most {MAX_LOGLINEAR_LISTS} lists ({n_lists} given) and were not run.")
    if n_lists == 2:
        chosen.append("chapman")
    return chosen, notes


def estimate(
    histories: CaptureHistories | Mapping[str, CaptureHistories | pd.DataFrame] | pd.DataFrame | str | os.PathLike[str],
    method: str = "all",
    *,
    seed: int | None = None,
    strata: str | Sequence[str] | None = None,
    level: float = 0.95,
    criterion: str = "bic",
    n_boot: int = 500,
    n_classes: int = 10,
    a_alpha: float = 0.25,
    b_alpha: float = 0.25,
    burn_in: int = 10_000,
    samples: int = 2_000,
    thinning: int = 100,
    chains: int = 3,
    workers: int | None = None,
    standard: bool = True,
    progress: ProgressCallback | None = None,
) -> EstimateReport:
    """Estimate the population size from capture histories with every applicable method.

    Args:
        histories: a :class:`CaptureHistories`, a path to a capture-history CSV, a DataFrame
            in that format, or a mapping of stratum label to table (either kind).
        method: ``"all"``, ``"lcmcr"``, ``"loglinear"`` or ``"chapman"``.
        seed: master seed. Every random step (MCMC chains, bootstrap, strata) derives its
            seed from it, so the same seed gives the same report. When omitted a seed is
            drawn and recorded in the report.
        strata: stratum column(s) of the CSV or DataFrame; each stratum is estimated on its
            own and the totals add draws or replicates (see :mod:`.strata`).
        level: coverage of every interval.
        criterion: ``"bic"`` or ``"aic"`` for log-linear selection and averaging.
        n_boot: bootstrap replicates for the log-linear interval.
        n_classes, a_alpha, b_alpha: LCMCR's K and Gamma prior on alpha.
        burn_in, samples, thinning, chains, workers: LCMCR's sampler settings. The defaults
            are LCMCR's documented example (K = 10, burn-in 10,000, thinning 100) with 2,000
            draws on each of 3 chains: the posterior of N mixes slowly, and with 1,000 draws
            per chain the Kosovo table often ends below an effective sample size of 400.
        standard: also fit Rcapture's standard models and report their spread.
        progress: ``progress(done, total)``, called as the work advances (for a progress bar).
    """
    if not 0 < level < 1:
        raise EstimationError(f"level must be between 0 and 1, got {level}")
    loaded = _load(histories, strata)
    if seed is None:
        seed = secrets.randbits(32)
    lcmcr_options = dict(n_classes=n_classes, a_alpha=a_alpha, b_alpha=b_alpha, burn_in=burn_in, samples=samples,
                         thinning=thinning, chains=chains, workers=workers)
    loglinear_options = dict(criterion=criterion, n_boot=n_boot)
    if isinstance(loaded, CaptureHistories):
        chosen, notes = _methods_for(method, loaded.n_lists)
        phases = _Phases(progress, len(chosen) + (1 if standard else 0))
        return _estimate_one(loaded, method, chosen, notes, seed, level, standard, lcmcr_options, loglinear_options, phases)
    return _estimate_stratified(loaded, method, seed, level, standard, lcmcr_options, loglinear_options, progress)


class _Phases:
    """Maps the progress of each phase (a method, the standard models) onto one bar."""

    SCALE = 1000

    def __init__(self, progress: ProgressCallback | None, phases: int):
        self.progress = progress
        self.total = max(phases, 1) * self.SCALE
        self.phase = 0

    def callback(self) -> ProgressCallback | None:
        if self.progress is None:
            return None
        base = self.phase * self.SCALE

        def report(done: int, total: int) -> None:
            self.progress(base + int(self.SCALE * min(done, total) / max(total, 1)), self.total)  # type: ignore[misc]

        return report

    def finish(self) -> None:
        self.phase += 1
        if self.progress is not None:
            self.progress(min(self.phase * self.SCALE, self.total), self.total)


def _method_seeds(seed: int) -> dict[str, int]:
    states = np.random.SeedSequence(seed).generate_state(len(METHODS), dtype=np.uint32)
    return {name: int(state) for name, state in zip(METHODS, states)}


def _estimate_one(
    histories: CaptureHistories,
    method: str,
    chosen: list[str],
    notes: list[str],
    seed: int,
    level: float,
    standard: bool,
    lcmcr_options: dict[str, Any],
    loglinear_options: dict[str, Any],
    phases: _Phases,
) -> EstimateReport:
    seeds = _method_seeds(seed)
    results: dict[str, Any] = {}
    for name in chosen:
        try:
            if name == "lcmcr":
                results[name] = fit_lcmcr(histories, seed=seeds[name], level=level, progress=phases.callback(), **lcmcr_options)
                if not results[name].diagnostics.converged:
                    notes.append(
                        f"LCMCR chains have not converged (R-hat {results[name].diagnostics.rhat:.3f}, bulk ESS "
                        f"{results[name].diagnostics.ess_bulk:.0f}); run longer chains (more burn-in and samples)."
                    )
            elif name == "loglinear":
                results[name] = select_and_average(histories, seed=seeds[name], level=level, progress=phases.callback(),
                                                   **loglinear_options)
            else:
                results[name] = two_list_estimate(histories, level=level)
        except EstimationError as error:
            if method != "all":
                raise
            notes.append(f"{name} failed: {error}")
        phases.finish()
    spread = None
    if standard:
        spread = _spread(histories, level, notes)
        phases.finish()
    pairwise = pairwise_chapman(histories, level=level) if 2 < histories.n_lists <= _PAIRWISE_MAX_LISTS and method == "all" else []
    return EstimateReport(
        histories=histories, method=method, level=level, seed=seed, methods=results, spread=spread,
        pairwise=pairwise, notes=notes,
    )


def _spread(histories: CaptureHistories, level: float, notes: list[str]) -> ModelSpread | None:
    if histories.n_lists > MAX_LOGLINEAR_LISTS:
        notes.append(f"Standard models need at most {MAX_LOGLINEAR_LISTS} lists and were not fitted.")
        return None
    return ModelSpread([_clean(fit.to_dict()) for fit in standard_models(histories, level=level)])


def _estimate_stratified(
    tables: dict[str, CaptureHistories],
    method: str,
    seed: int,
    level: float,
    standard: bool,
    lcmcr_options: dict[str, Any],
    loglinear_options: dict[str, Any],
    progress: ProgressCallback | None,
) -> EstimateReport:
    list_sets = {table.lists for table in tables.values()}
    if len(list_sets) != 1:
        raise EstimationError("every stratum must have the same lists (in the same order) to add them up")
    n_lists = next(iter(tables.values())).n_lists
    chosen, notes = _methods_for(method, n_lists)
    phases = _Phases(progress, len(chosen) + (1 if standard else 0))
    seeds = _method_seeds(seed)
    totals: dict[str, Any] = {}
    per_stratum: dict[str, dict[str, Any]] = {label: {} for label in tables}
    for name in chosen:
        options = lcmcr_options if name == "lcmcr" else loglinear_options if name == "loglinear" else {}
        try:
            result = estimate_strata(tables, name, seed=seeds[name], level=level, progress=phases.callback(), **options)
        except EstimationError as error:
            if method != "all":
                raise
            notes.append(f"{name} failed: {error}")
            phases.finish()
            continue
        totals[name] = result.total
        for label, stratum_result in result.per_stratum.items():
            per_stratum[label][name] = stratum_result
        phases.finish()
    stratum_reports: dict[str, EstimateReport] = {}
    stratum_spreads: dict[str, ModelSpread | None] = {}
    for label, table in tables.items():
        stratum_notes: list[str] = []
        spread = _spread(table, level, stratum_notes) if standard else None
        stratum_spreads[label] = spread
        pairwise = pairwise_chapman(table, level=level) if 2 < table.n_lists <= _PAIRWISE_MAX_LISTS and method == "all" else []
        stratum_reports[label] = EstimateReport(
            histories=table, method=method, level=level, seed=seed, methods=per_stratum[label], spread=spread,
            pairwise=pairwise, notes=stratum_notes,
        )
    if standard:
        phases.finish()
    pooled = _pool(tables)
    spread = _summed_spread(stratum_spreads, tables, level) if standard else None
    return EstimateReport(
        histories=pooled, method=method, level=level, seed=seed, methods=totals, spread=spread,
        strata=stratum_reports, notes=notes,
    )


def _pool(tables: Mapping[str, CaptureHistories]) -> CaptureHistories:
    """All strata in one table (for list sizes and overlaps)."""
    complete = [table.complete() for table in tables.values()]
    first = complete[0]
    counts = np.sum([table.counts for table in complete], axis=0)
    return CaptureHistories(first.lists, first.patterns, counts).observed()


def _summed_spread(
    spreads: Mapping[str, ModelSpread | None], tables: Mapping[str, CaptureHistories], level: float
) -> ModelSpread | None:
    """Standard models summed over strata: estimates and variances add; log-normal interval."""
    available = [spread for spread in spreads.values() if spread is not None]
    if len(available) != len(spreads) or not available:
        return None
    observed = sum(table.n_observed for table in tables.values())
    names = [entry["name"] for entry in available[0].models]
    entries = []
    for index, name in enumerate(names):
        parts = [spread.models[index] for spread in available]
        if any(part.get("estimate") is None or part.get("se") is None for part in parts):
            entries.append({"name": name, "estimate": None, "interval": "none: no finite estimate in some stratum"})
            continue
        total = sum(part["estimate"] for part in parts)
        variance = sum(part["se"] ** 2 for part in parts)
        lower, upper = lognormal_interval(observed, total, variance, level)
        entries.append({"name": name, "estimate": total, "se": math.sqrt(variance), "lower": lower, "upper": upper,
                        "interval": "sum over strata; log-normal interval (Chao 1987) with summed variances"})
    return ModelSpread(_clean(entries))
