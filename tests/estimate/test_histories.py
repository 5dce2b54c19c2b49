"""Capture-history tables: reading, validation, and building from list memberships."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factfinder.estimate.histories import (
    CaptureHistories,
    EstimationError,
    HistoriesError,
    all_patterns,
    histories_from_frame,
    histories_from_memberships,
    read_histories,
    read_stratified_histories,
)

# Lists and number of people observed, from shared/data/estimation/README.md.
PUBLISHED_TABLES = {
    "kosovo_1999_4list": (("EXH", "ABA", "OSCE", "HRW"), 4400),
    "uk_modern_slavery_2013_6list": (("LA", "NG", "PF", "GO", "GP", "NCA"), 2744),
    "uk_modern_slavery_2013_5list": (("LA", "NG", "PFNCA", "GO", "GP"), 2744),
    "new_orleans_trafficking_8list": (tuple("ABCDEFGH"), 185),
    "netherlands_trafficking_6list": (("I", "K", "O", "P", "R", "Z"), 8234),
    "us_western_site_sex_trafficking_5list": (tuple("ABCDE"), 345),
    "rome_hiv_4list": (("c1", "c2", "c3", "c4"), 1896),
    "allegheny_lesbian_4list": (tuple("ABCD"), 2185),
    "bruno1994_diabetes_4list": (("c1", "c2", "c3", "c4"), 2069),
    "darroch1993_R3_3list": (("c1", "c2", "c3"), 414),
    "cormack2000_industrial_deaths_4list": (("death", "NTOF", "WCC", "MOSH"), 215),
    "cormack2000_industrial_deaths_3list": (("c1", "c2", "c3"), 201),
}


@pytest.mark.parametrize("stem", sorted(PUBLISHED_TABLES))
def test_shared_tables_read_with_their_published_sizes(table, stem):
    lists, observed = PUBLISHED_TABLES[stem]
    histories = table(stem)
    assert histories.lists == lists
    assert histories.n_observed == observed
    # Every shared table but Colombia writes all 2^J - 1 patterns out, zeros included.
    assert len(histories.counts) == 2 ** len(lists) - 1


def test_colombia_table_lists_only_observed_patterns(table):
    histories = table("colombia_verdata_recruitment_R1_male_1999_20list_observed_patterns")
    assert histories.n_lists == 20
    assert len(histories.counts) == 103
    assert histories.n_observed == 982
    assert (histories.counts > 0).all()


def test_kosovo_list_sizes(table):
    assert table("kosovo_1999_4list").list_totals() == {"EXH": 1910, "ABA": 1528, "OSCE": 1786, "HRW": 685}


def test_all_patterns_follow_rcapture_order():
    patterns = all_patterns(3)
    assert patterns.tolist() == [[1, 1, 1], [1, 1, 0], [1, 0, 1], [1, 0, 0], [0, 1, 1], [0, 1, 0], [0, 0, 1]]


def test_complete_writes_every_pattern_with_zeros_in_rcapture_order():
    sparse = CaptureHistories(("a", "b", "c"), np.array([[0, 0, 1], [1, 1, 1]]), np.array([4, 2]))
    complete = sparse.complete()
    assert complete.patterns.tolist() == all_patterns(3).tolist()
    assert complete.counts.tolist() == [2, 0, 0, 0, 0, 0, 4]
    assert complete.observed().n_observed == 6
    assert len(complete.observed().counts) == 2


def test_merging_pf_and_nca_turns_the_uk_six_list_table_into_the_five_list_one(table):
    merged = table("uk_modern_slavery_2013_6list").merge_lists({"PFNCA": ["PF", "NCA"]}).complete()
    five = table("uk_modern_slavery_2013_5list").complete()
    assert merged.lists == five.lists
    assert merged.counts.tolist() == five.counts.tolist()


def test_marginal_table_drops_people_only_on_the_other_lists(table):
    kosovo = table("kosovo_1999_4list")
    pair = kosovo.marginal(["EXH", "ABA"])
    totals = pair.list_totals()
    assert totals == {"EXH": 1910, "ABA": 1528}
    both = int(pair.counts[(pair.patterns == 1).all(axis=1)].sum())
    assert both == 403
    assert pair.n_observed == 1910 + 1528 - 403


def test_histories_from_memberships_counts_people_per_pattern():
    people = [{"A", "B"}, {"A"}, {"B", "A"}, {"C"}, ["A", "A"]]
    histories = histories_from_memberships(people, lists=["A", "B", "C", "D"])
    table = {tuple(p): int(c) for p, c in zip(histories.patterns.tolist(), histories.counts)}
    assert table == {(1, 1, 0, 0): 2, (1, 0, 0, 0): 2, (0, 0, 1, 0): 1}
    assert histories.lists == ("A", "B", "C", "D")
    assert histories.list_totals()["D"] == 0


def test_histories_from_memberships_rejects_people_on_no_list_or_unknown_lists():
    with pytest.raises(HistoriesError, match="person 2 is on no list"):
        histories_from_memberships([{"A"}, set(), {"B"}])
    with pytest.raises(HistoriesError, match="Z"):
        histories_from_memberships([{"A"}, {"Z"}], lists=["A", "B"])


def test_to_csv_round_trip(tmp_path, table):
    kosovo = table("kosovo_1999_4list")
    path = tmp_path / "k.csv"
    kosovo.to_csv(path)
    again = read_histories(path)
    assert again.lists == kosovo.lists
    assert again.patterns.tolist() == kosovo.patterns.tolist()
    assert again.counts.tolist() == kosovo.counts.tolist()


def _csv(text: str) -> io.StringIO:
    return io.StringIO(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a,b,count\n1,2,5\n0,1,3\n", r"row 1, column 'b': '2' is not 0 or 1"),
        ("a,b,count\n1,x,5\n", r"'x' is not 0 or 1"),
        ("a,b,count\n1,0,-3\n0,1,3\n", r"row 1: count '-3' is negative"),
        ("a,b,count\n1,0,2.5\n", r"not a whole number"),
        ("a,b,count\n1,0,lots\n", r"'lots' is not a number"),
        ("a,b,n\n1,0,5\n", r"no 'count' column"),
        ("a,b,count\n1,0,5\n0,0,7\n", r"row 2 is on no list"),
        ("a,count\n1,5\n", r"at least 2 list columns"),
        ("a,b,count\n1,0,5\n1,0,2\n", r"rows 1, 2 repeat the same capture history"),
        ("a,b,count\n1,0,0\n0,1,0\n", r"every count is zero"),
        ("a,a,count\n1,0,5\n", r"column name\(s\) a repeat"),
        ("a,b,count\n", r"no rows"),
        ("", r"the file is empty"),
        ("a,b,count\n1,,5\n", r"is not 0 or 1"),
    ],
)
def test_bad_tables_raise_specific_errors(text, message):
    with pytest.raises(HistoriesError, match=message):
        read_histories(_csv(text))


def test_histories_error_is_a_value_error_and_an_estimation_error():
    assert issubclass(HistoriesError, EstimationError)
    assert issubclass(HistoriesError, ValueError)


def test_missing_file_error_names_the_path(tmp_path):
    with pytest.raises(HistoriesError, match="no such file"):
        read_histories(tmp_path / "nowhere.csv")


def test_stratified_histories_split_by_stratum_column():
    frame = pd.DataFrame({
        "A": [1, 0, 1, 1], "B": [0, 1, 1, 1], "period": ["1994", "1994", "1994", "1995"], "count": [5, 6, 2, 9],
    })
    tables = read_stratified_histories(frame, "period")
    assert list(tables) == ["1994", "1995"]
    assert tables["1994"].n_observed == 13
    assert tables["1995"].lists == ("A", "B")
    assert tables["1995"].counts.tolist() == [9]


# ------------------------------------------------------------------- properties

@st.composite
def valid_tables(draw):
    n_lists = draw(st.integers(min_value=2, max_value=5))
    codes = draw(st.lists(st.integers(min_value=1, max_value=2**n_lists - 1), min_size=1, max_size=2**n_lists - 1,
                          unique=True))
    counts = draw(st.lists(st.integers(min_value=0, max_value=10_000), min_size=len(codes), max_size=len(codes)))
    if sum(counts) == 0:
        counts[0] = 1
    names = draw(st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ_", min_size=1, max_size=6), min_size=n_lists,
                          max_size=n_lists, unique=True).filter(lambda names: "count" not in names))
    patterns = [[(code >> (n_lists - 1 - j)) & 1 for j in range(n_lists)] for code in codes]
    return names, patterns, counts


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_tables())
def test_valid_tables_survive_a_csv_round_trip(spec):
    names, patterns, counts = spec
    frame = pd.DataFrame(patterns, columns=names)
    frame["count"] = counts
    histories = read_histories(_csv(frame.to_csv(index=False)))
    assert histories.lists == tuple(names)
    assert histories.n_observed == sum(counts)
    assert {tuple(p): c for p, c in zip(histories.patterns.tolist(), histories.counts.tolist())} == {
        tuple(p): c for p, c in zip(patterns, counts)
    }
    complete = histories.complete()
    assert len(complete.counts) == 2 ** len(names) - 1
    assert complete.n_observed == sum(counts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(valid_tables(), st.data())
def test_one_corrupted_cell_is_reported_with_its_row(spec, data):
    names, patterns, counts = spec
    frame = pd.DataFrame(patterns, columns=names)
    frame["count"] = counts
    row = data.draw(st.integers(min_value=0, max_value=len(frame) - 1))
    column = data.draw(st.sampled_from([*names, "count"]))
    if column == "count":
        bad = data.draw(st.sampled_from(["-1", "1.5", "many", "-20"]))
    else:
        bad = data.draw(st.sampled_from(["2", "-1", "yes", "0.5", "11"]))
    frame = frame.astype(str)
    frame.loc[row, column] = bad
    with pytest.raises(HistoriesError, match=rf"row {row + 1}"):
        histories_from_frame(frame)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sets(st.sampled_from("ABCD"), min_size=1), min_size=1, max_size=60))
def test_memberships_table_counts_every_person_once(people):
    lists = sorted(set().union(*people))
    if len(lists) < 2:
        with pytest.raises(HistoriesError, match="at least 2 lists"):
            histories_from_memberships(people)
        return
    histories = histories_from_memberships(people)
    assert histories.n_observed == len(people)
    for name, total in histories.list_totals().items():
        assert total == sum(name in person for person in people)
