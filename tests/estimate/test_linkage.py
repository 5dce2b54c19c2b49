"""Linkage of victim lists: column mapping, accuracy on data with ground truth, a
Kinyarwanda/French example, review queue, clusterings and capture histories."""

from __future__ import annotations

import importlib.util

import pandas as pd
import pytest

from factfinder.estimate.linkage import (
    CANONICAL_FIELDS,
    LinkageInputError,
    VictimListLinker,
    capture_histories,
    histories_over_thresholds,
    map_columns,
)
from tests.estimate import linkage_data as data

# ------------------------------------------------------------------ column mapping


def test_map_columns_renames_keeps_and_names_the_list():
    raw = pd.DataFrame({"ID": [1, 2], "NOM": ["MUKAMANA", "HABIMANA"], "Prénom": ["Marie", "Jean"], "note": ["a", "b"]})
    mapped = map_columns(raw, {"ID": "record_id", "NOM": "family_name", "Prénom": "given_name"},
                         list_name="ibuka", keep=["note"])
    assert list(mapped.columns) == ["record_id", "family_name", "given_name", "note", "list_name"]
    assert mapped["family_name"].tolist() == ["MUKAMANA", "HABIMANA"]
    assert set(mapped["list_name"]) == {"ibuka"}


def test_map_columns_rejects_unknown_fields_and_lists_the_known_ones():
    raw = pd.DataFrame({"ID": [1], "NOM": ["x"]})
    with pytest.raises(LinkageInputError) as error:
        map_columns(raw, {"ID": "record_id", "NOM": "surname"}, list_name="a")
    message = str(error.value)
    assert "'surname'" in message
    for field in CANONICAL_FIELDS:
        assert field in message


@pytest.mark.parametrize(
    "mapping, kwargs, expected",
    [
        ({"ID": "record_id", "MISSING": "given_name"}, {"list_name": "a"}, "'MISSING' not in the list"),
        ({"ID": "record_id", "NOM": "family_name", "X": "family_name"}, {"list_name": "a"}, "both mapped"),
        ({"NOM": "family_name"}, {"list_name": "a"}, "record_id"),
        ({"ID": "record_id"}, {}, "list_name"),
        ({"ID": "record_id"}, {"list_name": "a", "keep": ["age"]}, "collide"),
    ],
)
def test_map_columns_errors_say_what_to_do(mapping, kwargs, expected):
    raw = pd.DataFrame({"ID": [1], "NOM": ["x"], "X": ["y"], "age": [3]})
    with pytest.raises(LinkageInputError, match=expected):
        map_columns(raw, mapping, **kwargs)


def test_linker_rejects_repeated_ids_and_duplicate_list_names():
    frame = pd.DataFrame({"record_id": ["1", "1"], "family_name": ["a", "b"]})
    with pytest.raises(LinkageInputError, match="repeated record_id"):
        VictimListLinker({"a": frame})
    good = pd.DataFrame({"record_id": ["1"], "family_name": ["a"], "list_name": ["same"]})
    with pytest.raises(LinkageInputError, match="unique"):
        VictimListLinker([good, good])


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is not None,
                    reason="pyspark is installed; the Spark path needs a real session")
def test_spark_session_without_pyspark_gives_a_clear_error():
    frame = pd.DataFrame({"record_id": ["1", "2"], "family_name": ["habimana", "uwase"]})
    with pytest.raises(LinkageInputError, match="pyspark"):
        VictimListLinker({"a": frame}, spark_session=object())


# ------------------------------------------------------------- capture histories


def test_capture_histories_counts_people_with_every_pattern_written_out():
    clusters = pd.DataFrame({
        "cluster_id": ["p1", "p1", "p1", "p2", "p2", "p3", "p4", "p4", "p5"],
        "list_name": ["A", "B", "C", "A", "A", "B", "B", "C", "C"],
    })
    table = capture_histories(clusters, ["A", "B", "C"])
    assert list(table.columns) == ["A", "B", "C", "count"]
    assert table[["A", "B", "C"]].values.tolist() == [
        [1, 1, 1], [1, 1, 0], [1, 0, 1], [1, 0, 0], [0, 1, 1], [0, 1, 0], [0, 0, 1],
    ]
    # p2 is recorded twice on list A: one person, pattern 100.
    assert table["count"].tolist() == [1, 0, 0, 1, 1, 1, 1]
    assert table["count"].sum() == 5


def test_capture_histories_rejects_lists_it_was_not_told_about():
    clusters = pd.DataFrame({"cluster_id": ["p1"], "list_name": ["Z"]})
    with pytest.raises(LinkageInputError, match="'Z'"):
        capture_histories(clusters, ["A", "B"])
    with pytest.raises(LinkageInputError, match="count"):
        capture_histories(clusters, ["count", "Z"])


# ---------------------------------------------------------- accuracy with truth


def test_febrl1_deduplication_is_precise_and_complete():
    bench = data.febrl(1)
    linker = VictimListLinker(bench.lists, u_max_pairs=5e5)
    linker.train()
    linker.predict(min_probability=0.5)
    true_pairs = bench.true_pair_count()
    assert true_pairs == 500
    pairs = data.pairwise_scores(linker.pairs(0.5), bench.truth, true_pairs)
    assert pairs["precision"] >= 0.99
    assert pairs["recall"] >= 0.95
    clusters = data.cluster_scores(linker.clusters(0.9), bench.truth, true_pairs, cross_list_only=False)
    assert clusters["precision"] >= 0.98
    assert clusters["recall"] >= 0.90


def test_fake_1000_with_clerical_labels_links_precisely():
    bench = data.fake_1000(with_identifiers=True)
    linker = VictimListLinker(
        bench.lists, u_max_pairs=5e5, extra_columns=bench.extra_columns,
        extra_comparisons=bench.extra_comparisons, extra_blocking_rules=bench.extra_blocking_rules,
    )
    linker.train(labelled_pairs=data.fake_1000_labels())
    linker.predict(min_probability=0.5)
    true_pairs = bench.true_pair_count()
    assert true_pairs == 2031
    pairs = data.pairwise_scores(linker.pairs(0.9), bench.truth, true_pairs)
    assert pairs["precision"] >= 0.99
    clusters = data.cluster_scores(linker.clusters(0.9), bench.truth, true_pairs, cross_list_only=False)
    assert clusters["precision"] >= 0.99
    assert clusters["recall"] >= 0.82


def test_labelled_pairs_need_ids_and_a_verdict():
    bench = data.fake_1000()
    linker = VictimListLinker(bench.lists, u_max_pairs=2e5)
    labels = data.fake_1000_labels()
    with pytest.raises(LinkageInputError, match="is_match"):
        linker.train(labelled_pairs=labels.drop(columns=["is_match"]))
    with pytest.raises(LinkageInputError, match="record_id_r"):
        linker.train(labelled_pairs=labels.drop(columns=["record_id_r"]))


# --------------------------------------------------- a Kinyarwanda/French example

# Hand-made records (invented people) that two lists would write differently:
# swapped names, r/l, doubled vowels, c/k, French accents, age instead of birth year.
_CENSUS = [
    # record_id, given, family, sex, birth_year, commune, prefecture
    ("c1", "Marie", "MUKAMANA", "F", 1962, "Kivumu", "Kibuye"),
    ("c2", "Théoneste", "HABYALIMANA", "M", 1970, "Nyamagabe", "Gikongoro"),
    ("c3", "Jean Damascène", "NKURUNZIIZA", "M", 1958, "Rwamatamu", "Kibuye"),
    ("c4", "Callixte", "KALISA", "M", 1980, "Gishyita", "Kibuye"),
    ("c5", "Jean", "HABIMANA", "M", 1950, "Ngoma", "Butare"),
]
_SURVIVORS = [
    # record_id, given, family, sex, age, death_date, commune
    ("s1", "Mukamana", "Marie", "gore", 32, "17/04/1994", "Kivumu"),
    ("s2", "Theoneste", "Habyarimana", "gabo", 24, "12/04/1994", "Nyamagabe"),
    ("s3", "Jean Damascene", "Nkurunziza", "gabo", 36, "15/04/1994", "Rwamatamu"),
    ("s4", "Kalixte", "Karisa", "gabo", 13, "13/05/1994", "Gishyita"),
    ("s5", "Jean", "Habimana", "gabo", 9, "21/04/1994", "Rukira"),
]


def _kinyarwanda_example_lists() -> dict[str, pd.DataFrame]:
    """The hand-made records among synthetic census and survivors lists, which give
    the model realistic agreement rates and name frequencies to learn from (Jean and
    Habimana are common there, as in real lists)."""
    background, _ = data.generate_victim_lists(5000, seed=7)
    census = pd.DataFrame(_CENSUS, columns=["record_id", "given_name", "family_name", "sex", "birth_year", "commune", "prefecture"])
    survivors = pd.DataFrame(_SURVIVORS, columns=["record_id", "given_name", "family_name", "sex", "age", "death_date", "commune"])
    return {
        "census": pd.concat([census, background["census"].drop(columns=["list_name"])], ignore_index=True),
        "survivors": pd.concat([survivors, background["survivors"].drop(columns=["list_name"])], ignore_index=True),
    }


@pytest.fixture(scope="module")
def kinyarwanda_linker() -> VictimListLinker:
    linker = VictimListLinker(_kinyarwanda_example_lists(), reference_year=1994, u_max_pairs=5e5)
    linker.train()
    linker.predict(min_probability=0.01)
    return linker


def _probability(pairs: pd.DataFrame, left: str, right: str) -> float:
    hit = pairs[((pairs["record_id_l"] == left) & (pairs["record_id_r"] == right))
                | ((pairs["record_id_l"] == right) & (pairs["record_id_r"] == left))]
    return float(hit["match_probability"].max()) if len(hit) else 0.0


@pytest.mark.parametrize("census_id, survivors_id", [("c1", "s1"), ("c2", "s2"), ("c3", "s3"), ("c4", "s4")])
def test_swapped_and_respelled_names_link(kinyarwanda_linker, census_id, survivors_id):
    pairs = kinyarwanda_linker.pairs(0.01)
    assert _probability(pairs, census_id, survivors_id) >= 0.9
    clusters = kinyarwanda_linker.clusters(0.9).set_index("record_id")
    assert clusters.loc[census_id, "cluster_id"] == clusters.loc[survivors_id, "cluster_id"]
    assert clusters.loc[census_id, "cluster_min_probability"] >= 0.9


def test_a_namesake_born_decades_apart_elsewhere_does_not_link(kinyarwanda_linker):
    pairs = kinyarwanda_linker.pairs(0.01)
    assert _probability(pairs, "c5", "s5") < 0.5
    clusters = kinyarwanda_linker.clusters(0.5).set_index("record_id")
    assert clusters.loc["c5", "cluster_id"] != clusters.loc["s5", "cluster_id"]


def test_review_queue_holds_uncertain_pairs_closest_to_even_first(kinyarwanda_linker):
    queue = kinyarwanda_linker.review_queue(lower=0.05, upper=0.95)
    assert len(queue) > 0
    assert queue["match_probability"].between(0.05, 0.95, inclusive="left").all()
    assert queue["uncertainty"].is_monotonic_increasing
    assert {"list_name_l", "record_id_l", "list_name_r", "record_id_r"} <= set(queue.columns)
    assert any(c.startswith("mw_") for c in queue.columns)
    # No record content: ids, probabilities and weights only.
    assert not {"given_name", "family_name", "given_norm", "family_norm"} & set(queue.columns)


def test_histories_over_thresholds_give_one_table_per_threshold(kinyarwanda_linker):
    thresholds = (0.5, 0.9, 0.99)
    tables = histories_over_thresholds(kinyarwanda_linker, thresholds)
    assert list(tables) == list(thresholds)
    people = []
    for table in tables.values():
        assert list(table.columns) == ["census", "survivors", "count"]
        assert table[["census", "survivors"]].values.tolist() == [[1, 1], [1, 0], [0, 1]]
        people.append(int(table["count"].sum()))
    # A higher threshold merges fewer records, so it never finds fewer people.
    assert people == sorted(people)
    assert people[0] >= 2000


def test_thresholds_below_the_prediction_floor_are_refused(kinyarwanda_linker):
    with pytest.raises(LinkageInputError, match="below the floor"):
        kinyarwanda_linker.clusters(0.001)
    with pytest.raises(LinkageInputError, match="between 0 and 1"):
        kinyarwanda_linker.pairs(1.5)


def test_predict_before_train_is_refused():
    frame = pd.DataFrame({"record_id": ["1", "2", "3"], "family_name": ["habimana", "uwase", "uwera"]})
    linker = VictimListLinker({"a": frame})
    with pytest.raises(LinkageInputError, match="train"):
        linker.predict()
