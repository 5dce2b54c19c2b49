"""Two-list and log-linear estimators against Rcapture's documented outputs.

Every number asserted here is printed in Rcapture's test files or examples
(shared/data/estimation/README.md, "Documented software outputs"), and is matched
to the precision it is printed with.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import statsmodels.api as sm

from factfinder.estimate.histories import CaptureHistories, EstimationError
from factfinder.estimate.mse import (
    LogLinearModel,
    candidate_models,
    chapman,
    design_matrix,
    fit_loglinear,
    lincoln_petersen,
    lognormal_interval,
    model_weights,
    pairwise_chapman,
    profile_interval,
    select_and_average,
    standard_models,
    two_list_estimate,
)
from factfinder.estimate.report import estimate

ALL_PAIRS_4 = [("c1", "c2"), ("c1", "c3"), ("c1", "c4"), ("c2", "c3"), ("c2", "c4"), ("c3", "c4")]


def model(histories: CaptureHistories, terms=(), **options) -> LogLinearModel:
    return LogLinearModel.from_names(histories.lists, terms, **options)


# ------------------------------------------------------------------ two lists


def test_lincoln_petersen_and_chapman_by_hand():
    lp = lincoln_petersen(100, 80, 20)
    assert lp.estimate == 400
    assert lp.se == pytest.approx(math.sqrt(100 * 80 * 80 * 60 / 20**3))
    ch = chapman(100, 80, 20)
    assert ch.estimate == pytest.approx(101 * 81 / 21 - 1)
    assert ch.se**2 == pytest.approx(101 * 81 * 80 * 60 / (21**2 * 22))
    assert ch.observed == 160
    # Chao's log-normal interval: f0 = N - observed, C = exp(1.96 sqrt(log(1 + var / f0^2))).
    f0 = ch.estimate - 160
    spread = math.exp(1.959963984540054 * math.sqrt(math.log(1 + ch.se**2 / f0**2)))
    assert ch.lower == pytest.approx(160 + f0 / spread)
    assert ch.upper == pytest.approx(160 + f0 * spread)
    assert ch.lower > ch.observed


def test_two_list_estimators_without_overlap():
    assert math.isinf(lincoln_petersen(50, 40, 0).estimate)
    assert chapman(50, 40, 0).estimate == pytest.approx(51 * 41 - 1)


def test_two_list_counts_are_checked():
    with pytest.raises(EstimationError, match="cannot exceed"):
        chapman(10, 5, 6)


def test_two_list_estimate_from_a_table_and_refusal_with_more_lists(table):
    kosovo = table("kosovo_1999_4list")
    pair = two_list_estimate(kosovo.marginal(["EXH", "ABA"]))
    assert (pair.n1, pair.n2, pair.m) == (1910, 1528, 403)
    assert pair.estimate == pytest.approx(1911 * 1529 / 404 - 1)
    with pytest.raises(EstimationError, match="exactly 2 lists; this table has 4"):
        two_list_estimate(kosovo)
    assert len(pairwise_chapman(kosovo)) == 6


def test_lognormal_interval_never_drops_below_observed():
    lower, upper = lognormal_interval(1000, 1010, 400.0)
    assert 1000 < lower < 1010 < upper


# ------------------------------------------------------------------ log-linear fits: Rcapture


def test_rome_hiv_mt_with_c1_c2(table):
    hiv = table("rome_hiv_4list")
    fit = fit_loglinear(hiv, model(hiv, [("c1", "c2")]))
    assert round(fit.estimate, 1) == 12318.5
    assert round(fit.se, 1) == 1188.7
    assert round(fit.deviance, 3) == 7.614
    assert fit.df == 9
    assert round(fit.aic, 2) == 86.65
    interval = profile_interval(hiv, model(hiv, [("c1", "c2")]))
    assert round(interval.estimate) == 12308
    assert round(interval.lower) == 10266
    assert round(interval.upper, 1) == 14992.3


def test_rome_hiv_all_two_way(table):
    hiv = table("rome_hiv_4list")
    fit = fit_loglinear(hiv, model(hiv, ALL_PAIRS_4))
    assert round(fit.estimate, 1) == 23443.5
    assert round(fit.se, 1) == 9594.9
    interval = profile_interval(hiv, model(hiv, ALL_PAIRS_4))
    assert round(interval.lower, 1) == 10027.6
    assert round(interval.upper, 1) == 50046.3


def test_diabetes_models(table):
    diabetes = table("bruno1994_diabetes_4list")
    bruno = fit_loglinear(diabetes, model(diabetes, [p for p in ALL_PAIRS_4 if p != ("c1", "c4")]))
    assert (round(bruno.estimate), round(bruno.se), round(bruno.deviance, 2), bruno.df) == (2771, 145, 7.62, 5)
    chosen = [("c1", "c3"), ("c2", "c4"), ("c3", "c4")]
    nohetero = fit_loglinear(diabetes, model(diabetes, chosen))
    assert (round(nohetero.estimate), round(nohetero.se), round(nohetero.deviance, 2), nohetero.df) == (2472, 53, 21.97, 7)
    normal = fit_loglinear(diabetes, model(diabetes, chosen, heterogeneity="normal"), rcapture_normal_se=True)
    assert round(normal.estimate, 1) == 2763.5
    assert round(normal.se) == 101
    assert round(normal.deviance, 2) == 8.22
    assert normal.df == 6
    lower, upper = lognormal_interval(normal.observed, normal.estimate, normal.se**2)
    assert (round(lower, 1), round(upper, 1)) == (2592.3, 2990.8)
    # By default the covariance is the inverse observed information (2 H^-1, not Rcapture's H^-1).
    proper = fit_loglinear(diabetes, model(diabetes, chosen, heterogeneity="normal"))
    assert proper.estimate == pytest.approx(normal.estimate)
    unobserved = normal.unobserved
    var_u = (normal.se**2 - unobserved) / unobserved**2
    assert proper.se**2 == pytest.approx(unobserved + 2 * unobserved**2 * var_u, rel=1e-3)
    assert round(proper.se) == 140


def test_diabetes_heterogeneity_models(table):
    diabetes = table("bruno1994_diabetes_4list")
    chosen = [("c1", "c3"), ("c2", "c4"), ("c3", "c4")]
    expected = {  # Rcapture testPapersResults.R: abundance, stderr, deviance, df
        "chao": (2588, 75, 3.13, 6),
        "poisson": (2573, 76, 12.88, 6),
        "darroch": (2752, 133, 8.32, 6),
        "gamma": (2964, 219, 6.74, 6),
    }
    for form, values in expected.items():
        fit = fit_loglinear(diabetes, model(diabetes, chosen, heterogeneity=form))
        assert (round(fit.estimate), round(fit.se), round(fit.deviance, 2), fit.df) == values, form
    gamma_half = fit_loglinear(diabetes, model(diabetes, chosen, heterogeneity="gamma", theta=0.5))
    assert (round(gamma_half.estimate), round(gamma_half.se), round(gamma_half.deviance, 2)) == (4238, 952, 5.49)


def test_darroch_r3(table):
    r3 = table("darroch1993_R3_3list")
    saturated = fit_loglinear(r3, model(r3, [("c1", "c2"), ("c1", "c3"), ("c2", "c3")]))
    assert (round(saturated.estimate), round(saturated.se), saturated.df) == (1240, 451, 0)
    inter2 = fit_loglinear(r3, model(r3, [("c1", "c2"), ("c2", "c3")]))
    assert (round(inter2.estimate), round(inter2.se), round(inter2.deviance, 1), inter2.df) == (850, 186, 3.8, 1)
    lb = fit_loglinear(r3, model(r3, [("c1", "c2")], heterogeneity="chao"))
    assert (round(lb.estimate), round(lb.se), round(lb.deviance, 2), lb.df) == (681, 78, 3.45, 1)
    normal = fit_loglinear(r3, model(r3, [("c1", "c2")], heterogeneity="normal"), rcapture_normal_se=True)
    assert (round(normal.estimate), round(normal.se)) == (1400, 559)
    darroch = fit_loglinear(r3, model(r3, [("c1", "c2")], heterogeneity="darroch"))
    assert (round(darroch.estimate, 1), round(darroch.se, 1)) == (1181.8, 404.2)


def test_cormack_four_lists(table):
    cormack = table("cormack2000_industrial_deaths_4list")
    c1, c2, c3, c4 = cormack.lists
    mt = fit_loglinear(cormack)
    assert (round(mt.estimate), round(mt.deviance, 1), mt.df) == (215, 87.1, 10)
    all_two_way = fit_loglinear(cormack, model(cormack, [(a, b) for i, a in enumerate(cormack.lists) for b in cormack.lists[i + 1:]]))
    assert all_two_way.estimate > 1_000_000  # Rcapture: "abundance > 1000000"
    assert all_two_way.status == "divergent" and not all_two_way.usable
    assert all_two_way.df == 4
    a3 = fit_loglinear(cormack, model(cormack, [(c3, c4)]))
    assert (round(a3.estimate), a3.df) == (215, 9)
    a4 = fit_loglinear(cormack, model(cormack, [(c3, c4), (c1, c3)]))
    assert (round(a4.deviance, 1), a4.df) == (7.7, 8)
    a5 = fit_loglinear(cormack, model(cormack, [(c1, c2), (c1, c3), (c3, c4)]))
    assert (round(a5.estimate), round(a5.deviance, 1), a5.df) == (218, 2.6, 7)
    assert a5.usable
    a6 = fit_loglinear(cormack, model(cormack, [(c1, c2), (c1, c3), (c1, c4), (c3, c4)]))
    assert a6.estimate > 1_000_000 and a6.df == 6


def test_cormack_three_lists_with_profile_intervals(table):
    cormack = table("cormack2000_industrial_deaths_3list")
    mt = fit_loglinear(cormack)
    assert (round(mt.estimate), round(mt.deviance, 1), mt.df) == (209, 75.1, 3)
    interval = profile_interval(cormack)
    assert (round(interval.lower), round(interval.upper)) == (203, 217)
    b2 = model(cormack, [("c2", "c3")])
    assert (round(fit_loglinear(cormack, b2).deviance, 1), fit_loglinear(cormack, b2).df) == (1.2, 2)
    assert round(profile_interval(cormack, b2).lower) == 210
    b3 = fit_loglinear(cormack, model(cormack, [("c1", "c2"), ("c2", "c3")]))
    assert (round(b3.deviance, 1), b3.df) == (0.6, 1)
    b4 = model(cormack, [("c1", "c3"), ("c2", "c3")])
    assert (round(fit_loglinear(cormack, b4).estimate), fit_loglinear(cormack, b4).df) == (233, 1)
    assert round(profile_interval(cormack, b4).lower) == 204
    b5 = fit_loglinear(cormack, model(cormack, [("c1", "c2"), ("c1", "c3"), ("c2", "c3")]))
    assert (round(b5.deviance, 1), b5.df) == (0.0, 0)


def test_kosovo_and_lesbian_standard_models(table):
    kosovo = {fit.fit.name: fit for fit in standard_models(table("kosovo_1999_4list"))}
    assert round(kosovo["Mt"].fit.estimate, 1) == 7394.6
    assert round(kosovo["Mt"].fit.se, 1) == 129.6
    rounded = {name: round(fit.fit.estimate) for name, fit in kosovo.items()}
    assert rounded["M0"] == 7608
    assert rounded["Mth Chao (LB)"] == 8591
    assert rounded["Mth Poisson2"] == 9328
    assert rounded["Mth Darroch"] == 12797
    assert rounded["Mth Gamma3.5"] == 18387
    # The "standard models range from about 7,400 to 18,400".
    assert min(rounded.values()) == 7395 and max(rounded.values()) == 18387
    for fit in kosovo.values():
        assert fit.lower < fit.fit.estimate < fit.upper
    lesbian = {fit.fit.name: fit.fit for fit in standard_models(table("allegheny_lesbian_4list"), include_normal=False)}
    assert (round(lesbian["Mth Darroch"].estimate, 1), round(lesbian["Mth Darroch"].se, 1)) == (6963.7, 650.1)
    assert min(lesbian.values(), key=lambda fit: fit.bic).name == "Mth Darroch"


def test_uk_independence_keeps_zero_cells(table):
    uk = table("uk_modern_slavery_2013_6list")
    assert round(fit_loglinear(uk).estimate, 1) == 12214.0
    # The same model fitted without the zero cells gives the README's wrong answer.
    complete = uk.complete()
    keep = complete.counts > 0
    X, _ = design_matrix(complete.patterns, LogLinearModel())
    glm = sm.GLM(complete.counts[keep], X[keep], family=sm.families.Poisson()).fit()
    assert round(uk.n_observed + math.exp(glm.params[0])) == 11653


def test_irls_agrees_with_statsmodels_on_a_dependence_model(table):
    kosovo = table("kosovo_1999_4list").complete()
    chosen = model(kosovo, [("EXH", "ABA"), ("ABA", "OSCE")])
    ours = fit_loglinear(kosovo, chosen)
    X, _ = design_matrix(kosovo.patterns, chosen)
    reference = sm.GLM(kosovo.counts, X, family=sm.families.Poisson()).fit()
    assert ours.deviance == pytest.approx(reference.deviance, rel=1e-8)
    assert math.log(ours.unobserved) == pytest.approx(reference.params[0], rel=1e-8)
    assert ours.aic == pytest.approx(reference.aic, rel=1e-8)


def test_hierarchy_and_estimability_are_checked(table):
    r3 = table("darroch1993_R3_3list")
    with pytest.raises(EstimationError, match="3-way interaction is not estimable"):
        fit_loglinear(r3, LogLinearModel(((0, 1, 2),)))
    kosovo = table("kosovo_1999_4list")
    with pytest.raises(EstimationError, match="needs its margin"):
        fit_loglinear(kosovo, LogLinearModel(((0, 1), (0, 1, 2))))
    with pytest.raises(EstimationError, match="unknown list"):
        LogLinearModel.from_names(kosovo.lists, [("EXH", "UN")])


def test_too_many_lists_for_log_linear_models():
    patterns = np.eye(13, dtype=int)
    wide = CaptureHistories(tuple(f"L{j}" for j in range(13)), patterns, np.ones(13, dtype=int))
    with pytest.raises(EstimationError, match="Use the LCMCR method"):
        fit_loglinear(wide)


# ------------------------------------------------------------------ model search and averaging


def test_candidate_model_counts():
    assert len(candidate_models(3)) == 8
    assert len(candidate_models(4)) == 113
    assert len(candidate_models(5)) == 2304


def test_model_weights():
    weights = model_weights(np.array([10.0, 12.0, math.inf, 10.0]))
    assert weights.sum() == pytest.approx(1.0)
    assert weights[2] == 0.0
    assert weights[0] == weights[3] == pytest.approx(1 / (2 + math.exp(-1)))


def test_select_and_average_on_darroch_r3(table):
    r3 = table("darroch1993_R3_3list")
    result = select_and_average(r3, criterion="bic", n_boot=200, seed=11)
    assert len(result.fits) == 8
    bic = np.array([fit.bic for fit in result.fits])
    assert result.selected is result.fits[int(np.argmin(bic))]
    assert result.selected.name == "Mt + c1:c2 + c2:c3"
    assert result.estimate == pytest.approx(sum(w * f.estimate for w, f in zip(result.weights, result.fits)))
    assert result.lower < result.estimate < result.upper
    assert result.lower > r3.n_observed
    again = select_and_average(r3, criterion="bic", n_boot=200, seed=11)
    assert np.array_equal(again.replicates, result.replicates, equal_nan=True)
    aic = select_and_average(r3, criterion="aic", n_boot=20, seed=11)
    assert aic.selected.name == "Mt + c1:c2 + c1:c3 + c2:c3"  # AIC prefers the saturated model (1,240)


def test_uk_model_selected_estimate_is_inside_the_published_range(table):
    uk = table("uk_modern_slavery_2013_6list")
    result = select_and_average(uk, n_boot=40, seed=3)
    assert result.search == "stepwise"
    assert 10_000 <= result.selected.estimate <= 13_000
    assert 10_000 <= result.estimate <= 13_000
    assert result.lower < result.estimate < result.upper


def test_estimate_report_json_for_loglinear_and_chapman(table):
    kosovo = table("kosovo_1999_4list")
    report = estimate(kosovo, method="loglinear", seed=5, n_boot=60)
    data = json.loads(report.to_json())
    entry = data["methods"]["loglinear"]
    assert entry["lower"] < entry["estimate"] < entry["upper"]
    assert entry["criterion"] == "bic"
    assert entry["models"][0]["selected"] is True
    assert set(entry["models"][0]) >= {"name", "weight", "aic", "bic", "deviance", "df", "estimate", "se"}
    assert sum(model["weight"] for model in entry["models"]) <= 1.0 + 1e-9
    assert data["observed"] == 4400
    assert round(data["spread"]["min"], 1) == 7394.6 and data["spread"]["min_model"] == "Mt"
    assert round(data["spread"]["max"]) == 18387 and data["spread"]["max_model"] == "Mth Gamma3.5"
    assert "lcmcr" not in data["methods"]
    text = report.to_text()
    assert "95% bootstrap interval" in text and "Mth Gamma3.5" in text

    pair = estimate(kosovo.marginal(["EXH", "ABA"]), method="chapman", seed=5)
    chapman_entry = pair.to_dict()["methods"]["chapman"]
    assert chapman_entry["estimate"] == pytest.approx(1911 * 1529 / 404 - 1)
    assert chapman_entry["lower"] < chapman_entry["estimate"] < chapman_entry["upper"]
    assert "independent" in chapman_entry["models"][0]["name"]
    with pytest.raises(EstimationError, match="Chapman needs exactly 2 lists"):
        estimate(kosovo, method="chapman")
