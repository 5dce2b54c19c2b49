"""Casualty estimation (multiple systems estimation): ours beside the published numbers.

    python benchmarks/mse.py [--quick]

1. Rcapture's documented outputs (tests/Examples/Rcapture-Ex.Rout.save and
   inst/tests/testPapersResults.R, via shared/data/estimation/README.md) reproduced to
   the precision they are printed with: pass/fail per number.
2. UK 2013 (Silverman 2014): the model-selected and model-averaged log-linear estimates
   against the published 10,000-13,000.
3. Kosovo LCMCR posterior against R LCMCR 0.4.14 (README: long chains, burn-in 100,000,
   10,000 draws, thinning 100, seeds 11-13): quantiles and means, chain by chain.
4. Colombia (verdata stratum, 20 lists, K = 15) against HRDAG's 1,000 posterior draws:
   quantiles, mean and two-sample Kolmogorov-Smirnov distances, pooled and chain by chain
   (the posterior is multimodal; see colombia_lcmcr).
5. Sampler speed: iterations per second, and 3 chains of 110,000 iterations on Kosovo
   against R LCMCR's ~5 s.
6. Simulation study: populations of known size with heterogeneity and list dependence;
   bias, RMSE, 95% interval coverage and width per method.

Writes benchmarks/results/mse.json (mse_quick.json with --quick). The full run takes about 10 minutes on two cores;
--quick runs every part with short chains and few replications (about 2 minutes).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import write_result  # noqa: E402
from factfinder.estimate import lcmcr  # noqa: E402
from factfinder.estimate.histories import CaptureHistories, read_histories  # noqa: E402
from factfinder.estimate.mse import (  # noqa: E402
    LogLinearModel,
    fit_loglinear,
    lognormal_interval,
    profile_interval,
    select_and_average,
    standard_models,
    two_list_estimate,
)
from factfinder.estimate.simulate import SCENARIOS  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
R_SECONDS_3_CHAINS = 5.0


def shared_estimation_dir() -> Path:
    """``$FACTFINDER_SHARED/data/estimation``, by default ``<repo>/../shared/data/estimation``."""
    shared = Path(os.environ.get("FACTFINDER_SHARED") or REPO / ".." / "shared")
    folder = (shared / "data" / "estimation").resolve()
    if not (folder / "kosovo_1999_4list.csv").exists():
        sys.exit(f"shared estimation data not found in {folder}; set FACTFINDER_SHARED to the shared folder")
    return folder


def load(stem: str) -> CaptureHistories:
    return read_histories(shared_estimation_dir() / f"{stem}.csv")


# ----------------------------------------------------------------- 1. Rcapture


def _model(histories: CaptureHistories, terms=(), **options) -> LogLinearModel:
    return LogLinearModel.from_names(histories.lists, terms, **options)


def _pairs(lists, skip=()):
    return [(a, b) for i, a in enumerate(lists) for b in lists[i + 1:] if (a, b) not in skip]


def rcapture_cases() -> list[dict]:
    """Every documented number: (case, quantity, ours, theirs, decimals printed)."""
    rows: list[dict] = []

    def add(case: str, quantity: str, ours: float, theirs: float, decimals: int, source: str) -> None:
        passed = round(ours, decimals) == round(theirs, decimals)
        # Adding 0.0 turns a rounded -0.0 into 0.0.
        rows.append({"case": case, "quantity": quantity, "ours": round(float(ours), max(decimals, 0) + 2) + 0.0,
                     "theirs": theirs, "decimals": decimals, "pass": bool(passed), "source": source})

    def greater(case: str, quantity: str, ours: float, bound: float, source: str) -> None:
        rows.append({"case": case, "quantity": quantity, "ours": float(ours), "theirs": f"> {bound:,.0f}",
                     "decimals": None, "pass": bool(ours > bound), "source": source})

    ex, papers = "Rcapture-Ex.Rout.save", "testPapersResults.R"
    hiv = load("rome_hiv_4list")
    m = _model(hiv, [("c1", "c2")])
    fit, ci = fit_loglinear(hiv, m), profile_interval(hiv, m)
    for quantity, ours, theirs, d in (("N", fit.estimate, 12318.5, 1), ("SE", fit.se, 1188.7, 1),
                                      ("deviance", fit.deviance, 7.614, 3), ("df", fit.df, 9, 0), ("AIC", fit.aic, 86.65, 2),
                                      ("profile N", ci.estimate, 12308, 0), ("profile lower", ci.lower, 10266, 0),
                                      ("profile upper", ci.upper, 14992.3, 1)):
        add("Rome HIV, Mt + c1:c2", quantity, ours, theirs, d, ex)
    m = _model(hiv, _pairs(hiv.lists))
    fit, ci = fit_loglinear(hiv, m), profile_interval(hiv, m)
    for quantity, ours, theirs, d in (("N", fit.estimate, 23443.5, 1), ("SE", fit.se, 9594.9, 1),
                                      ("profile lower", ci.lower, 10027.6, 1), ("profile upper", ci.upper, 50046.3, 1)):
        add("Rome HIV, Mt + all two-way", quantity, ours, theirs, d, ex)

    diabetes = load("bruno1994_diabetes_4list")
    fit = fit_loglinear(diabetes, _model(diabetes, _pairs(diabetes.lists, skip={("c1", "c4")})))
    for quantity, ours, theirs, d in (("N", fit.estimate, 2771, 0), ("SE", fit.se, 145, 0),
                                      ("deviance", fit.deviance, 7.62, 2), ("df", fit.df, 5, 0)):
        add("Diabetes, Bruno et al. (all pairs but c1:c4)", quantity, ours, theirs, d, papers)
    chosen = [("c1", "c3"), ("c2", "c4"), ("c3", "c4")]
    expected = {None: (2472, 53, 21.97, 7), "chao": (2588, 75, 3.13, 6), "poisson": (2573, 76, 12.88, 6),
                "darroch": (2752, 133, 8.32, 6), "gamma": (2964, 219, 6.74, 6)}
    for form, (n, se, dev, df) in expected.items():
        fit = fit_loglinear(diabetes, _model(diabetes, chosen, heterogeneity=form))
        case = f"Diabetes, c1:c3 + c2:c4 + c3:c4" + (f", {fit.model.name(diabetes.lists).split(' +')[0]}" if form else "")
        for quantity, ours, theirs, d in (("N", fit.estimate, n, 0), ("SE", fit.se, se, 0),
                                          ("deviance", fit.deviance, dev, 2), ("df", fit.df, df, 0)):
            add(case, quantity, ours, theirs, d, papers)
    fit = fit_loglinear(diabetes, _model(diabetes, chosen, heterogeneity="gamma", theta=0.5))
    for quantity, ours, theirs, d in (("N", fit.estimate, 4238, 0), ("SE", fit.se, 952, 0), ("deviance", fit.deviance, 5.49, 2)):
        add("Diabetes, c1:c3 + c2:c4 + c3:c4, Gamma0.5", quantity, ours, theirs, d, papers)
    fit = fit_loglinear(diabetes, _model(diabetes, chosen, heterogeneity="normal"), rcapture_normal_se=True)
    lower, upper = lognormal_interval(fit.observed, fit.estimate, fit.se**2)
    for quantity, ours, theirs, d in (("N", fit.estimate, 2763.5, 1), ("SE", fit.se, 101, 0), ("deviance", fit.deviance, 8.22, 2),
                                      ("lower", lower, 2592.3, 1), ("upper", upper, 2990.8, 1)):
        add("Diabetes, c1:c3 + c2:c4 + c3:c4, Normal", quantity, ours, theirs, d, "README / Rcapture closedpCI.t")

    r3 = load("darroch1993_R3_3list")
    fit = fit_loglinear(r3, _model(r3, _pairs(r3.lists)))
    add("Darroch R3, saturated", "N", fit.estimate, 1240, 0, papers)
    add("Darroch R3, saturated", "SE", fit.se, 451, 0, papers)
    fit = fit_loglinear(r3, _model(r3, [("c1", "c2"), ("c2", "c3")]))
    for quantity, ours, theirs, d in (("N", fit.estimate, 850, 0), ("SE", fit.se, 186, 0),
                                      ("deviance", fit.deviance, 3.8, 1), ("df", fit.df, 1, 0)):
        add("Darroch R3, c1:c2 + c2:c3", quantity, ours, theirs, d, papers)
    fit = fit_loglinear(r3, _model(r3, [("c1", "c2")], heterogeneity="chao"))
    for quantity, ours, theirs, d in (("N", fit.estimate, 681, 0), ("SE", fit.se, 78, 0),
                                      ("deviance", fit.deviance, 3.45, 2), ("df", fit.df, 1, 0)):
        add("Darroch R3, c1:c2, LB", quantity, ours, theirs, d, papers)
    fit = fit_loglinear(r3, _model(r3, [("c1", "c2")], heterogeneity="normal"), rcapture_normal_se=True)
    add("Darroch R3, c1:c2, Normal", "N", fit.estimate, 1400, 0, papers)
    add("Darroch R3, c1:c2, Normal", "SE", fit.se, 559, 0, papers)
    fit = fit_loglinear(r3, _model(r3, [("c1", "c2")], heterogeneity="darroch"))
    add("Darroch R3, c1:c2, Darroch", "N", fit.estimate, 1181.8, 1, papers)
    add("Darroch R3, c1:c2, Darroch", "SE", fit.se, 404.2, 1, papers)

    cormack = load("cormack2000_industrial_deaths_4list")
    c1, c2, c3, c4 = cormack.lists
    fit = fit_loglinear(cormack)
    for quantity, ours, theirs, d in (("N", fit.estimate, 215, 0), ("deviance", fit.deviance, 87.1, 1), ("df", fit.df, 10, 0)):
        add("Cormack 4 lists, Mt", quantity, ours, theirs, d, papers)
    fit = fit_loglinear(cormack, _model(cormack, _pairs(cormack.lists)))
    greater("Cormack 4 lists, all two-way", "N", fit.estimate, 1_000_000, papers)
    add("Cormack 4 lists, all two-way", "df", fit.df, 4, 0, papers)
    fit = fit_loglinear(cormack, _model(cormack, [(c3, c4)]))
    add("Cormack 4 lists, + c3:c4", "N", fit.estimate, 215, 0, papers)
    add("Cormack 4 lists, + c3:c4", "df", fit.df, 9, 0, papers)
    fit = fit_loglinear(cormack, _model(cormack, [(c3, c4), (c1, c3)]))
    add("Cormack 4 lists, + c3:c4 + c1:c3", "deviance", fit.deviance, 7.7, 1, papers)
    add("Cormack 4 lists, + c3:c4 + c1:c3", "df", fit.df, 8, 0, papers)
    fit = fit_loglinear(cormack, _model(cormack, [(c1, c2), (c1, c3), (c3, c4)]))
    for quantity, ours, theirs, d in (("N", fit.estimate, 218, 0), ("deviance", fit.deviance, 2.6, 1), ("df", fit.df, 7, 0)):
        add("Cormack 4 lists, + c1:c2 + c1:c3 + c3:c4", quantity, ours, theirs, d, papers)
    fit = fit_loglinear(cormack, _model(cormack, [(c1, c2), (c1, c3), (c1, c4), (c3, c4)]))
    greater("Cormack 4 lists, + c1:c2 + c1:c3 + c1:c4 + c3:c4", "N", fit.estimate, 1_000_000, papers)
    add("Cormack 4 lists, + c1:c2 + c1:c3 + c1:c4 + c3:c4", "df", fit.df, 6, 0, papers)

    cormack3 = load("cormack2000_industrial_deaths_3list")
    fit, ci = fit_loglinear(cormack3), profile_interval(cormack3)
    for quantity, ours, theirs, d in (("N", fit.estimate, 209, 0), ("deviance", fit.deviance, 75.1, 1), ("df", fit.df, 3, 0),
                                      ("profile lower", ci.lower, 203, 0), ("profile upper", ci.upper, 217, 0)):
        add("Cormack 3 lists, Mt", quantity, ours, theirs, d, papers)
    m = _model(cormack3, [("c2", "c3")])
    fit, ci = fit_loglinear(cormack3, m), profile_interval(cormack3, m)
    for quantity, ours, theirs, d in (("deviance", fit.deviance, 1.2, 1), ("df", fit.df, 2, 0), ("profile lower", ci.lower, 210, 0)):
        add("Cormack 3 lists, + c2:c3", quantity, ours, theirs, d, papers)
    fit = fit_loglinear(cormack3, _model(cormack3, [("c1", "c2"), ("c2", "c3")]))
    add("Cormack 3 lists, + c1:c2 + c2:c3", "deviance", fit.deviance, 0.6, 1, papers)
    add("Cormack 3 lists, + c1:c2 + c2:c3", "df", fit.df, 1, 0, papers)
    m = _model(cormack3, [("c1", "c3"), ("c2", "c3")])
    fit, ci = fit_loglinear(cormack3, m), profile_interval(cormack3, m)
    for quantity, ours, theirs, d in (("N", fit.estimate, 233, 0), ("df", fit.df, 1, 0), ("profile lower", ci.lower, 204, 0)):
        add("Cormack 3 lists, + c1:c3 + c2:c3", quantity, ours, theirs, d, papers)
    fit = fit_loglinear(cormack3, _model(cormack3, _pairs(cormack3.lists)))
    add("Cormack 3 lists, saturated", "deviance", fit.deviance, 0.0, 1, papers)
    add("Cormack 3 lists, saturated", "df", fit.df, 0, 0, papers)

    kosovo = {s.fit.name: s.fit for s in standard_models(load("kosovo_1999_4list"))}
    for name, theirs, d in (("M0", 7608, 0), ("Mt", 7394.6, 1), ("Mth Chao (LB)", 8591, 0), ("Mth Poisson2", 9328, 0),
                            ("Mth Darroch", 12797, 0), ("Mth Gamma3.5", 18387, 0)):
        add(f"Kosovo, {name}", "N", kosovo[name].estimate, theirs, d, "README (Rcapture closedp.t, curators' run)")
    add("Kosovo, Mt", "SE", kosovo["Mt"].se, 129.6, 1, "README (Rcapture closedp.t, curators' run)")
    kosovo_all = fit_loglinear(load("kosovo_1999_4list"), LogLinearModel(tuple((i, j) for i in range(4) for j in range(i + 1, 4))))
    add("Kosovo, all two-way", "N", kosovo_all.estimate, 14402, 0, "README (curators' numpy run)")
    add("Kosovo, all two-way", "SE", kosovo_all.se, 1051, 0, "README (curators' numpy run)")

    uk = fit_loglinear(load("uk_modern_slavery_2013_6list"))
    add("UK 2013 6 lists, independence (zero cells kept)", "N", uk.estimate, 12214.0, 1, "README (Rcapture closedp.t)")
    lesbian = {s.fit.name: s.fit for s in standard_models(load("allegheny_lesbian_4list"), include_normal=False)}
    add("Lesbian, Mth Darroch", "N", lesbian["Mth Darroch"].estimate, 6963.7, 1, "README / Rcapture help")
    add("Lesbian, Mth Darroch", "SE", lesbian["Mth Darroch"].se, 650.1, 1, "README / Rcapture help")
    best = min(lesbian.values(), key=lambda fit: fit.bic).name
    rows.append({"case": "Lesbian, closedp.t models", "quantity": "BIC choice", "ours": best, "theirs": "Mth Darroch",
                 "decimals": None, "pass": best == "Mth Darroch", "source": "Rcapture help page"})
    return rows


# ----------------------------------------------------------------- 2. UK 2013


def uk_2013(n_boot: int) -> dict:
    results = {}
    for stem in ("uk_modern_slavery_2013_6list", "uk_modern_slavery_2013_5list"):
        histories = load(stem)
        entry = {}
        for criterion in ("bic", "aic"):
            result = select_and_average(histories, criterion=criterion, n_boot=n_boot, seed=2013)
            entry[criterion] = {
                "search": result.search,
                "candidates": len(result.fits),
                "selected_model": result.selected.name,
                "selected_estimate": result.selected.estimate,
                "averaged_estimate": result.estimate,
                "lower": result.lower,
                "upper": result.upper,
                "n_boot": result.n_boot,
            }
        spread = [s.fit.estimate for s in standard_models(histories) if s.fit.usable]
        entry["standard_models_range"] = [min(spread), max(spread)]
        entry["independence"] = fit_loglinear(histories).estimate
        results[stem] = entry
    six = results["uk_modern_slavery_2013_6list"]["bic"]
    return {
        "published": "10,000 - 13,000 (Silverman 2014)",
        "sparsemse_stepwise": {"6list": "11,418 (9,977-13,146)", "5list": "11,313 (9,884-13,027)",
                               "bootstrap_bca_6list": "9,267-14,307", "bootstrap_bca_5list": "8,785-14,701"},
        "tables": results,
        "pass": bool(10_000 <= six["selected_estimate"] <= 13_000 and 10_000 <= six["averaged_estimate"] <= 13_000),
        "pass_rule": "6-list table, BIC: selected-model and model-averaged estimates inside 10,000-13,000",
    }


# ----------------------------------------------------------------- 3-5. LCMCR


R_KOSOVO_LONG = {"median": (10434, 10453), "mean": (10656, 10737), "q025": (9015, 9180), "q975": (13635, 13998)}


def kosovo_lcmcr(burn_in: int, samples: int, thinning: int, workers: int) -> dict:
    result = lcmcr.fit_lcmcr(load("kosovo_1999_4list"), n_classes=10, burn_in=burn_in, samples=samples, thinning=thinning,
                             chains=3, seed=11, workers=workers)
    chains = []
    for draws in result.draws:
        chains.append({"median": float(np.median(draws)), "mean": float(draws.mean()),
                       "q025": float(np.quantile(draws, 0.025)), "q975": float(np.quantile(draws, 0.975))})
    pooled = {"median": result.median, "mean": result.mean, "q025": result.lower, "q975": result.upper}
    checks = {}
    for key, (low, high) in R_KOSOVO_LONG.items():
        # R's three seeds show the Monte-Carlo spread; allow 2% beyond it for ours.
        checks[key] = bool(low * 0.98 <= pooled[key] <= high * 1.02)
    return {
        "settings": {"K": 10, "a_alpha": 0.25, "b_alpha": 0.25, "burn_in": burn_in, "samples": samples,
                     "thinning": thinning, "chains": 3, "seed": 11},
        "r_lcmcr_long_chains": {key: list(value) for key, value in R_KOSOVO_LONG.items()},
        "r_settings": "burn-in 100,000, 10,000 draws, thinning 100, seeds 11-13 (one chain each)",
        "ours_pooled": pooled,
        "ours_per_chain": chains,
        "diagnostics": result.diagnostics.to_dict(),
        "checks": checks,
        "pass": all(checks.values()),
        "published_estimate": "10,356 (95% 9,002-12,122), Ball et al. 2002, stratified models",
        "seconds": result.seconds,
    }


def _ks_against(draws: np.ndarray, reference: np.ndarray, ess: float) -> dict:
    """Two-sample KS distance, judged at the effective sample size of autocorrelated draws."""
    ess = max(float(ess), 2.0)
    statistic = float(stats.ks_2samp(draws, reference).statistic)
    critical = 1.358 * math.sqrt((ess + len(reference)) / (ess * len(reference)))
    return {"ks_statistic": statistic, "ks_critical_5pct": critical, "ess": ess, "consistent": statistic < critical}


def colombia_lcmcr(burn_in: int, samples: int, thinning: int, chains: int, workers: int) -> dict:
    """Our LCMCR posterior for the verdata stratum against HRDAG's 1,000 draws.

    The posterior of this 20-list table is multimodal in the latent-class structure: a
    chain switches often between N near 1,550 and N near 2,100, but the share of time in
    each depends on a class configuration it leaves only rarely (in a 2 x 3,000,000
    iteration diagnostic run the two chains spent 37% and 60% of their time in the upper
    mode, steadily). HRDAG's draws come from one chain, so they are one such share. The
    comparison is therefore made chain by chain as well as pooled.
    """
    folder = shared_estimation_dir()
    histories = read_histories(folder / "colombia_verdata_recruitment_R1_male_1999_20list_observed_patterns.csv")
    hrdag = pd.read_csv(folder / "colombia_verdata_recruitment_R1_male_1999_lcmcr_posterior_N.csv")["N"].to_numpy()
    result = lcmcr.fit_lcmcr(histories, n_classes=15, burn_in=burn_in, samples=samples, thinning=thinning, chains=chains,
                             seed=19481210, workers=workers)
    probabilities = (0.025, 0.25, 0.5, 0.75, 0.975)
    pooled = result.draws.ravel()
    per_chain = []
    for draws in result.draws:
        entry = {"quantiles": {f"{p:g}": float(np.quantile(draws, p)) for p in probabilities}, "mean": float(draws.mean()),
                 "share_above_1850": float(np.mean(draws > 1850))}
        entry.update(_ks_against(draws, hrdag, lcmcr.effective_sample_size(draws[None, :])))
        per_chain.append(entry)
    chain_medians = [entry["quantiles"]["0.5"] for entry in per_chain]
    chain_means = [entry["mean"] for entry in per_chain]
    hrdag_q = {f"{p:g}": float(np.quantile(hrdag, p)) for p in probabilities}
    # HRDAG's single chain carries its own Monte-Carlo error, hence the 5% margin on the spread of ours.
    checks = {
        "some_chain_consistent_with_hrdag": any(entry["consistent"] for entry in per_chain),
        "hrdag_median_within_our_chain_medians_5pct": 0.95 * min(chain_medians) <= hrdag_q["0.5"] <= 1.05 * max(chain_medians),
        "hrdag_mean_within_our_chain_means_5pct": 0.95 * min(chain_means) <= float(hrdag.mean()) <= 1.05 * max(chain_means),
        "tails_within_10_percent": all(abs(np.quantile(pooled, p) / hrdag_q[f"{p:g}"] - 1) <= 0.10 for p in (0.025, 0.975)),
    }
    return {
        "settings": {"K": 15, "burn_in": burn_in, "samples": samples, "thinning": thinning, "chains": chains,
                     "seed": 19481210},
        "hrdag_settings": "verdata defaults: one chain, K=15, burn-in 10,000, 10,000 samples, thinning 500, seed 19481210",
        "observed": histories.n_observed,
        "quantiles": {key: {"ours_pooled": float(np.quantile(pooled, float(key))), "hrdag": value} for key, value in hrdag_q.items()},
        "mean": {"ours_pooled": float(pooled.mean()), "hrdag": float(hrdag.mean()), "hrdag_published": 2066},
        "pooled": _ks_against(pooled, hrdag, result.diagnostics.ess_bulk),
        "per_chain": per_chain,
        "rhat": result.diagnostics.rhat,
        "checks": checks,
        "pass": all(checks.values()),
        "pass_rule": "some chain of ours is consistent with HRDAG's draws (KS below its 5% critical value at the "
                     "chain's ESS), HRDAG's median and mean lie within the spread of our chains (5% margin), and the "
                     "pooled 2.5% and 97.5% quantiles are within 10% of HRDAG's",
        "note": "multimodal posterior; chains (ours and HRDAG's single chain) settle on different shares of two modes, "
                "so a pooled KS distance is expected to exceed its critical value unless chains run for many millions "
                "of iterations",
        "seconds": result.seconds,
    }


def sampler_speed() -> dict:
    """Iterations per second, and 3 chains of LCMCR's example run on Kosovo against R's ~5 s.

    Wall-clock and CPU time are both reported: the machine is shared, and CPU time is what
    the sampler itself costs.
    """
    kosovo = load("kosovo_1999_4list")
    colombia = read_histories(shared_estimation_dir() / "colombia_verdata_recruitment_R1_male_1999_20list_observed_patterns.csv")
    rates = {}
    for name, histories, classes in (("kosovo", kosovo, 10), ("colombia", colombia, 15)):
        cpu = time.process_time()
        result = lcmcr.fit_lcmcr(histories, n_classes=classes, burn_in=40_000, samples=100, thinning=100, chains=1, seed=1,
                                 workers=1)
        rates[name] = {"wall": result.iterations_per_second,
                       "cpu": result.iterations_per_chain / (time.process_time() - cpu)}
    runs = {}
    for workers in (1, 2):
        wall, cpu = time.perf_counter(), time.process_time()
        lcmcr.fit_lcmcr(kosovo, burn_in=10_000, samples=1_000, thinning=100, chains=3, seed=1, workers=workers)
        runs[workers] = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
    return {
        "kosovo_iterations_per_second": rates["kosovo"],
        "colombia_iterations_per_second": rates["colombia"],
        "kosovo_3_chains_110000_sequential_seconds": runs[1],
        "kosovo_3_chains_110000_2_threads_seconds": runs[2],
        "r_lcmcr_seconds": R_SECONDS_3_CHAINS,
        "ratio_to_r_sequential_wall": runs[1]["wall"] / R_SECONDS_3_CHAINS,
        "ratio_to_r_sequential_cpu": runs[1]["cpu"] / R_SECONDS_3_CHAINS,
        "ratio_to_r_2_threads_wall": runs[2]["wall"] / R_SECONDS_3_CHAINS,
        "note": "3 chains x (500 warm-up + 10,000 burn-in + 1,000 x 100) iterations, as lcmCR + lcmCR_PostSampl run; "
                "R's ~5 s is from the issue, measured on other hardware. The machine is shared: CPU seconds are the "
                "sampler's own cost, wall seconds include waiting for a core.",
    }


# ----------------------------------------------------------------- 6. simulation study


def simulation_study(replications: int, n_boot: int, chain: dict) -> dict:
    summary = {}
    for name, scenario in SCENARIOS.items():
        records: dict[str, list[tuple[float, float, float]]] = {"chapman_L1_L2": [], "independence_Mt": [],
                                                                 "loglinear_bic": [], "lcmcr": []}
        start = time.perf_counter()
        for replication in range(replications):
            population = scenario.simulate(seed=10_000 + replication)
            histories = population.histories
            pair = two_list_estimate(histories.marginal(list(histories.lists[:2])))
            records["chapman_L1_L2"].append((pair.estimate, pair.lower, pair.upper))
            mt, interval = fit_loglinear(histories), profile_interval(histories)
            records["independence_Mt"].append((mt.estimate, interval.lower, interval.upper))
            loglinear = select_and_average(histories, n_boot=n_boot, seed=replication)
            records["loglinear_bic"].append((loglinear.estimate, loglinear.lower, loglinear.upper))
            posterior = lcmcr.fit_lcmcr(histories, seed=replication, **chain)
            records["lcmcr"].append((posterior.median, posterior.lower, posterior.upper))
        methods = {}
        for method, values in records.items():
            array = np.array(values, dtype=float)
            errors = array[:, 0] - scenario.size
            methods[method] = {
                "mean_estimate": float(array[:, 0].mean()),
                "bias_percent": float(100 * errors.mean() / scenario.size),
                "rmse": float(math.sqrt(np.mean(errors**2))),
                "coverage_95": float(np.mean((array[:, 1] <= scenario.size) & (scenario.size <= array[:, 2]))),
                "mean_width": float(np.mean(array[:, 2] - array[:, 1])),
            }
        summary[name] = {"description": scenario.description, "size": scenario.size, "lists": len(scenario.capture_probabilities),
                         "replications": replications, "seconds": time.perf_counter() - start, "methods": methods}
        print(f"  {name}: {time.perf_counter() - start:.0f} s")
    return {"n_boot": n_boot, "lcmcr_settings": chain, "scenarios": summary}


# ----------------------------------------------------------------- report


def _print_rcapture(rows: list[dict]) -> None:
    print("\nRcapture's documented outputs (ours beside theirs, at printed precision)")
    for row in rows:
        ours = row["ours"] if isinstance(row["ours"], str) else f"{row['ours']:,.{row['decimals'] if row['decimals'] is not None else 0}f}"
        print(f"  {'PASS' if row['pass'] else 'FAIL'}  {row['case']:<52} {row['quantity']:<14} ours {ours:>12}  theirs {row['theirs']}")
    print(f"  {sum(r['pass'] for r in rows)}/{len(rows)} reproduced")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="short chains and few replications (about a minute)")
    parser.add_argument("--workers", type=int, default=2, help="threads for LCMCR chains (default 2)")
    args = parser.parse_args()
    started = time.perf_counter()
    lcmcr.warm_up_compiler()

    rows = rcapture_cases()
    _print_rcapture(rows)

    print("\nUK 2013")
    uk = uk_2013(n_boot=50 if args.quick else 300)
    for stem, entry in uk["tables"].items():
        for criterion in ("bic", "aic"):
            e = entry[criterion]
            print(f"  {stem} {criterion.upper()}: selected {e['selected_estimate']:,.0f} ({e['selected_model']}); "
                  f"averaged {e['averaged_estimate']:,.0f} (95% {e['lower']:,.0f}-{e['upper']:,.0f})")
    print(f"  {'PASS' if uk['pass'] else 'FAIL'}: {uk['pass_rule']}")

    print("\nKosovo LCMCR")
    kosovo_settings = (10_000, 1_000, 100) if args.quick else (100_000, 10_000, 100)
    kosovo = kosovo_lcmcr(*kosovo_settings, workers=args.workers)
    p = kosovo["ours_pooled"]
    print(f"  ours (burn-in {kosovo_settings[0]:,}, {kosovo_settings[1]:,} draws x 3 chains, thinning {kosovo_settings[2]}): "
          f"median {p['median']:,.0f}, mean {p['mean']:,.0f}, 95% {p['q025']:,.0f}-{p['q975']:,.0f}; R-hat "
          f"{kosovo['diagnostics']['rhat']:.3f}, ESS {kosovo['diagnostics']['ess_bulk']:,.0f}")
    print(f"  R LCMCR long chains: median 10,434-10,453, mean 10,656-10,737, 95% 9,015-9,180 to 13,635-13,998")
    print(f"  {'PASS' if kosovo['pass'] else 'FAIL'} {kosovo['checks']}")

    print("\nColombia stratum (20 lists, K=15) against HRDAG's posterior draws")
    colombia_settings = (5_000, 300, 50, 2) if args.quick else (20_000, 2_000, 100, 4)
    colombia = colombia_lcmcr(*colombia_settings, workers=args.workers)
    for key, value in colombia["quantiles"].items():
        print(f"  q{key}: ours {value['ours_pooled']:,.0f}  HRDAG {value['hrdag']:,.0f}")
    print(f"  mean: ours {colombia['mean']['ours_pooled']:,.0f}  HRDAG {colombia['mean']['hrdag']:,.0f}; pooled KS "
          f"{colombia['pooled']['ks_statistic']:.3f} (critical {colombia['pooled']['ks_critical_5pct']:.3f} at ESS "
          f"{colombia['pooled']['ess']:,.0f}); R-hat {colombia['rhat']:.3f}")
    for number, chain in enumerate(colombia["per_chain"], start=1):
        print(f"  chain {number}: median {chain['quantiles']['0.5']:,.0f}, mean {chain['mean']:,.0f}, "
              f"{chain['share_above_1850']:.0%} above 1,850; KS {chain['ks_statistic']:.3f} "
              f"(critical {chain['ks_critical_5pct']:.3f})")
    print(f"  {'PASS' if colombia['pass'] else 'FAIL'} {colombia['checks']}")

    print("\nSampler speed")
    speed = sampler_speed()
    k_rate, c_rate = speed["kosovo_iterations_per_second"], speed["colombia_iterations_per_second"]
    print(f"  Kosovo {k_rate['cpu']:,.0f} it/s of CPU ({k_rate['wall']:,.0f} wall); "
          f"Colombia {c_rate['cpu']:,.0f} it/s of CPU ({c_rate['wall']:,.0f} wall)")
    sequential, threaded = speed["kosovo_3_chains_110000_sequential_seconds"], speed["kosovo_3_chains_110000_2_threads_seconds"]
    print(f"  3 chains x 110,000 on Kosovo: {sequential['wall']:.1f} s sequential ({sequential['cpu']:.1f} s CPU; "
          f"{speed['ratio_to_r_sequential_wall']:.2f} x R's 5 s wall, {speed['ratio_to_r_sequential_cpu']:.2f} x on CPU), "
          f"{threaded['wall']:.1f} s on 2 threads ({speed['ratio_to_r_2_threads_wall']:.2f} x)")

    print("\nSimulation study")
    if args.quick:
        study = simulation_study(2, 30, dict(burn_in=2_000, samples=200, thinning=10, chains=2, workers=1))
    else:
        study = simulation_study(20, 100, dict(burn_in=5_000, samples=500, thinning=20, chains=2, workers=1))
    for name, scenario in study["scenarios"].items():
        print(f"  {name} (N={scenario['size']:,}, {scenario['replications']} populations): {scenario['description']}")
        for method, m in scenario["methods"].items():
            print(f"    {method:<16} bias {m['bias_percent']:+6.1f}%  coverage {m['coverage_95']:.2f}  "
                  f"width {m['mean_width']:>8,.0f}  RMSE {m['rmse']:>7,.0f}")

    seconds = time.perf_counter() - started
    payload = {
        "mode": "quick" if args.quick else "full",
        "seconds": seconds,
        "rcapture": {"reproduced": sum(r["pass"] for r in rows), "total": len(rows), "cases": rows},
        "uk_2013": uk,
        "kosovo_lcmcr": kosovo,
        "colombia_lcmcr": colombia,
        "sampler_speed": speed,
        "simulation_study": study,
    }
    write_result("mse_quick" if args.quick else "mse", payload)
    print(f"\nfinished in {seconds / 60:.1f} min")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
