"""Figures of an estimate: the uncertainty per method, and the list overlaps behind it.

The left panel shows, for every method, the distribution the interval comes
from (LCMCR's posterior draws of N; the log-linear bootstrap replicates of the
whole selection and averaging procedure) with the point estimate and the
interval marked, the Chapman interval as a bar, and the standard models'
estimates as ticks, so the model dependence is visible next to the intervals.
The right panels show what the estimate rests on: how many people each list
recorded and how many share each capture pattern.

Matplotlib runs on the Agg backend: no display is needed.
"""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from factfinder.estimate.histories import EstimationError  # noqa: E402
from factfinder.estimate.lcmcr import LCMCRResult  # noqa: E402
from factfinder.estimate.mse import ModelSearchResult  # noqa: E402
from factfinder.estimate.report import EstimateReport  # noqa: E402
from factfinder.estimate.strata import StratumTotal  # noqa: E402

__all__ = ["plot_report"]

_COLOURS = {"lcmcr": "#1b6ca8", "loglinear": "#c0392b", "chapman": "#6c6c6c"}
_LABELS = {"lcmcr": "LCMCR posterior", "loglinear": "log-linear bootstrap", "chapman": "Chapman"}
_MAX_PATTERNS = 20


def plot_report(report: EstimateReport, path: str | os.PathLike[str], *, title: str | None = None) -> Path:
    """Draw the report's distributions and list overlaps and save them as a PNG.

    Returns the path written.
    """
    if not report.methods:
        raise EstimationError("the report has no estimates to plot")
    figure = plt.figure(figsize=(13, 6.5), constrained_layout=True)
    grid = figure.add_gridspec(2, 2, width_ratios=(1.6, 1.0))
    _plot_distributions(figure.add_subplot(grid[:, 0]), report)
    _plot_list_sizes(figure.add_subplot(grid[0, 1]), report)
    _plot_patterns(figure.add_subplot(grid[1, 1]), report)
    figure.suptitle(title or f"Population size: {report.observed:,} observed on {len(report.lists)} lists", fontsize=13)
    target = Path(path)
    figure.savefig(target, dpi=120, format="png")
    plt.close(figure)
    return target


def _samples(result: object) -> np.ndarray | None:
    if isinstance(result, LCMCRResult):
        return result.draws.ravel()
    if isinstance(result, ModelSearchResult):
        return result.replicates[np.isfinite(result.replicates)]
    if isinstance(result, StratumTotal) and result.draws.size:
        return result.draws[np.isfinite(result.draws)]
    return None


def _point(result: object) -> float:
    return result.median if isinstance(result, LCMCRResult) else result.estimate  # type: ignore[attr-defined]


def _plot_distributions(axis: plt.Axes, report: EstimateReport) -> None:
    pct = f"{report.level:.0%}"
    samples = {name: _samples(result) for name, result in report.methods.items()}
    bounds = [report.observed]
    for name, result in report.methods.items():
        bounds += [result.lower, result.upper]  # type: ignore[union-attr]
    finite = [value for value in bounds if np.isfinite(value)]
    low, high = min(finite), max(finite)
    span = high - low or max(high, 1.0)
    edges = np.linspace(low - 0.05 * span, high + 0.15 * span, 60)
    axis.axvline(report.observed, color="black", linewidth=1.2, linestyle=":")
    axis.text(report.observed, 1.0, " observed", transform=axis.get_xaxis_transform(), va="top", fontsize=9)
    height = 0.0
    for name, draws in samples.items():
        if draws is not None and len(draws):
            counts, _ = np.histogram(np.clip(draws, edges[0], edges[-1]), bins=edges, density=True)
            height = max(height, counts.max())
    level = 0.0
    for name, result in report.methods.items():
        colour = _COLOURS[name]
        draws = samples[name]
        label = f"{_LABELS[name]}: {_point(result):,.0f} ({pct} {result.lower:,.0f} - {result.upper:,.0f})"  # type: ignore[union-attr]
        if draws is not None and len(draws):
            axis.hist(np.clip(draws, edges[0], edges[-1]), bins=edges, density=True, alpha=0.35, color=colour, label=label)
        else:
            axis.plot([], [], color=colour, linewidth=6, alpha=0.6, label=label)
        level += 1
        y = -0.06 * height * level if height else -0.1 * level
        axis.plot([result.lower, min(result.upper, edges[-1])], [y, y], color=colour, linewidth=4, alpha=0.8)  # type: ignore[union-attr]
        axis.plot([_point(result)], [y], marker="o", color="white", markeredgecolor=colour, markersize=7)
    if report.spread and report.spread.usable:
        for entry in report.spread.usable:
            axis.axvline(min(entry["estimate"], edges[-1]), color="#8e44ad", alpha=0.35, linewidth=1)
        low_entry, high_entry = report.spread.minimum, report.spread.maximum
        axis.plot([], [], color="#8e44ad", alpha=0.5,
                  label=f"standard models: {low_entry['estimate']:,.0f} ({low_entry['name']}) to "  # type: ignore[index]
                        f"{high_entry['estimate']:,.0f} ({high_entry['name']})")  # type: ignore[index]
    axis.set_xlim(edges[0], edges[-1])
    axis.set_xlabel("population size N")
    axis.set_yticks([])
    axis.set_title(f"Estimates with {pct} intervals (bars) and their distributions")
    axis.legend(loc="upper right", fontsize=8, frameon=False)


def _plot_list_sizes(axis: plt.Axes, report: EstimateReport) -> None:
    sizes = report.histories.list_totals()
    names = list(sizes)
    axis.barh(names[::-1], [sizes[name] for name in names[::-1]], color="#34495e")
    for index, name in enumerate(names[::-1]):
        axis.text(sizes[name], index, f" {sizes[name]:,}", va="center", fontsize=8)
    axis.set_title("People per list")
    axis.margins(x=0.2)


def _plot_patterns(axis: plt.Axes, report: EstimateReport) -> None:
    table = report.histories.observed()
    order = np.argsort(-table.counts, kind="stable")[:_MAX_PATTERNS]
    labels = ["+".join(name for name, on in zip(table.lists, table.patterns[i]) if on) for i in order]
    counts = table.counts[order]
    axis.barh(range(len(order))[::-1], counts, color="#16a085")
    axis.set_yticks(range(len(order))[::-1], labels, fontsize=7)
    hidden = len(table.counts) - len(order)
    suffix = f" (top {len(order)} of {len(table.counts)})" if hidden > 0 else ""
    axis.set_title(f"People per capture pattern{suffix}")
    axis.margins(x=0.15)
    for index, count in zip(range(len(order))[::-1], counts):
        axis.text(count, index, f" {count:,}", va="center", fontsize=7)
