"""Record linkage of victim lists with splink: which records, within and across lists,
name the same person.

Multiple systems estimation counts people, not records. Before any estimate, the
records of every list have to be grouped so that one group is one person: duplicates
inside a list removed, and the same person recognised across lists. This module does
that with the Fellegi-Sunter model as implemented by splink 5 (SQL run by DuckDB, or by
Spark when a Spark session is given), with defaults chosen for lists of the dead in
Rwanda and its region.

How it works
------------
1. **Canonical columns.** Each list is a pandas DataFrame with some of the fields in
   :data:`CANONICAL_FIELDS`; :func:`map_columns` renames a user's columns to them.
   ``record_id`` (the list's own id for the record) is required and must be unique in
   its list; every other field may be missing or partly empty.
2. **Derived keys** are computed in Python once per distinct value (names repeat, so
   this is cheap): normalised and phonetic forms of given and family names
   (:mod:`factfinder.estimate.names`), a swap-proof sorted phonetic key, normalised and
   phonetic place keys, a birth date key ``YYYYMMDD``, an estimated birth year (from the
   birth year, the birth date, or death year minus age), and the day of death. Only
   these keys and the ids go into the database; the raw records stay in pandas.
3. **Comparisons** (each becomes a column of agreement levels):

   * given name and family name, each: missing / exact / same phonetic key /
     Jaro-Winkler >= 0.92 / swapped (given and family names exchanged between the two
     records, or the same name words in another order) / Jaro-Winkler >= 0.80 /
     different. Exact matches get term-frequency adjustments, so two ``Mukamana``
     count for less than two rare names; a swap is weighed once (under the family
     name), adjusted for the frequency of the full name;
   * birth: missing (no birth year or age comparable) / same birth date / birth dates
     one edit apart / same birth year (or age) / within 2 years / within 5 years / else;
   * sex: missing / same / different;
   * place: missing / same place of death / same commune / same prefecture / else;
   * date of death: missing / same day / within 3, 14, 60 days / else;
   * any extra comparisons the caller passes for columns of their own.

   A comparison is only used when its field has values in the data.
4. **Blocking** decides which pairs are scored at all. The rules are alternatives (a pair
   is scored if any rule holds), chosen to keep recall high without blocking on one
   common name alone: same sorted phonetic name words (two or more); same phonetic
   family or given name with the same estimated birth year or commune; same birth
   date; given name of one record equal to the family name of the other, with birth
   year or commune; and, while blocks stay small, name with prefecture, birth year
   with commune, day of death with family name. Each rule's pair count is computed
   from key frequencies before anything is scored; a rule over the budget (10 pairs
   per record by default) is narrowed by prefecture, birth year, sex or commune, and
   dropped if still too large, so a million records stay tractable.
5. **Training** is unsupervised: u probabilities from random pairs
   (``estimate_u_using_random_sampling`` with a fixed seed), then m probabilities by
   expectation maximisation in two or three sessions (names with birth year; names with
   place; birth date or birth year with place), each of which leaves the other
   comparisons free to be learnt. Names are never the only blocking key of a session:
   among homonyms EM can settle on the wrong class. Labelled pairs, when a reviewer
   has some, re-estimate m from the true matches (``estimate_m_from_pairwise_labels``).
   The prior probability that two records match starts from strict deterministic
   rules and is then re-estimated over all blocked pairs (see
   :meth:`VictimListLinker.predict`).
6. **Prediction** scores the blocked pairs and keeps, inside the database, only pairs
   at or above a floor probability; nothing row-per-pair comes back to pandas except
   the filtered pairs asked for (the review queue, the pairs above a threshold).
7. **Clustering** joins records linked at or above a threshold into connected
   components (``cluster_pairwise_predictions_at_threshold``). Each record carries the
   probability of its strongest link inside its cluster and each cluster the weakest of
   those, so that a reader sees how firmly a cluster holds together.
8. **Uncertainty.** Clusterings at several thresholds give several capture-history
   tables (:func:`histories_over_thresholds`); estimates over all of them show how much
   the count depends on linkage decisions. Pairs whose probability is near 0.5 are
   queued for human review (:meth:`VictimListLinker.review_queue`).

Records are sensitive: nothing here logs or prints a record's content, only counts,
ids and probabilities.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
from splink.internals.blocking_rule_creator import BlockingRuleCreator
from splink.internals.comparison_creator import ComparisonCreator
from splink.internals.comparison_level_creator import ComparisonLevelCreator
from splink.internals.splink_dataframe import SplinkDataFrame

from factfinder.estimate import names

__all__ = [
    "CANONICAL_FIELDS",
    "LinkageInputError",
    "VictimListLinker",
    "capture_histories",
    "histories_over_thresholds",
    "map_columns",
]

logger = logging.getLogger(__name__)

CANONICAL_FIELDS: tuple[str, ...] = (
    "record_id",
    "list_name",
    "given_name",
    "family_name",
    "full_name",
    "sex",
    "birth_year",
    "birth_date",
    "age",
    "death_date",
    "death_place",
    "commune",
    "prefecture",
)
"""Fields a victim list can be mapped to. ``record_id`` is the list's own id of the
record; ``age`` is age at death in years; ``full_name`` is used when a list does not
split given and family names; ``birth_date`` is optional beside ``birth_year``."""

DEFAULT_THRESHOLDS: tuple[float, ...] = (0.5, 0.8, 0.9, 0.95, 0.99)
"""Match-probability thresholds at which clusterings are compared by default."""

# Widest gap, in years, between birth-year estimates still scored as "close".
_BIRTH_YEAR_BANDS = (2, 5)
_DEATH_DAY_BANDS = (3, 14, 60)
# Plausible ranges; values outside are data-entry errors and treated as missing.
_MIN_YEAR, _MAX_YEAR = 1850, 2100
_MAX_AGE = 120

_SEX_CODES = {
    "m": "m", "male": "m", "man": "m", "masculin": "m", "homme": "m", "h": "m",
    "gabo": "m", "umugabo": "m", "1": "m",  # 1 and 2 as in ISO/IEC 5218
    "f": "f", "female": "f", "woman": "f", "feminin": "f", "femme": "f",
    "gore": "f", "umugore": "f", "2": "f",
}


class LinkageInputError(ValueError):
    """A list given to the linker cannot be used as it is; the message says why and
    what to change."""


# --------------------------------------------------------------------------- input


def map_columns(
    df: pd.DataFrame,
    mapping: Mapping[str, str],
    *,
    list_name: str | None = None,
    keep: Sequence[str] = (),
) -> pd.DataFrame:
    """Rename a user's columns to the canonical linkage fields.

    Args:
        df: one list as read from CSV or Parquet.
        mapping: ``{user column: canonical field}``, e.g.
            ``{"NOM": "family_name", "PRENOM": "given_name", "ID": "record_id"}``.
        list_name: the list's name, written into ``list_name`` for every row (needed
            unless a column is mapped to ``list_name``).
        keep: further user columns to carry through unchanged, for extra comparisons.

    Returns:
        A new DataFrame with the mapped canonical columns and the kept columns only.

    Raises:
        LinkageInputError: for an unknown field, a missing user column, two columns
            mapped to one field, or no ``record_id`` / list name.
    """
    unknown = sorted({field for field in mapping.values() if field not in CANONICAL_FIELDS})
    if unknown:
        raise LinkageInputError(
            f"Unknown linkage field(s) {', '.join(map(repr, unknown))}. "
            f"Map columns to one of: {', '.join(CANONICAL_FIELDS)}; "
            "pass other columns through with keep=[...]."
        )
    missing = [col for col in [*mapping, *keep] if col not in df.columns]
    if missing:
        raise LinkageInputError(
            f"Column(s) {', '.join(map(repr, missing))} not in the list. "
            f"Its columns are: {', '.join(map(str, df.columns))}."
        )
    seen: dict[str, str] = {}
    for column, field in mapping.items():
        if field in seen:
            raise LinkageInputError(
                f"Columns {seen[field]!r} and {column!r} are both mapped to {field!r}. "
                "Map one column per field (combine them first if both are needed)."
            )
        seen[field] = column
    clash = [col for col in keep if col in CANONICAL_FIELDS]
    if clash:
        raise LinkageInputError(
            f"Kept column(s) {', '.join(map(repr, clash))} collide with canonical field names. "
            "Rename them before mapping."
        )
    if "record_id" not in seen:
        raise LinkageInputError(
            "No column is mapped to 'record_id'. Map the list's own record id column "
            "(e.g. {'ID': 'record_id'}) so that every linked record can be traced back."
        )
    if "list_name" not in seen and not list_name:
        raise LinkageInputError(
            "The list has no name: pass list_name='...' or map a column to 'list_name'."
        )
    out = pd.DataFrame({field: df[column].to_numpy() for column, field in mapping.items()})
    for column in keep:
        out[column] = df[column].to_numpy()
    if list_name:
        out["list_name"] = list_name
    return out


def _as_named_lists(
    lists: pd.DataFrame | Sequence[pd.DataFrame] | Mapping[str, pd.DataFrame],
) -> list[tuple[str, pd.DataFrame]]:
    if isinstance(lists, pd.DataFrame):
        lists = [lists]
    named: list[tuple[str, pd.DataFrame]] = []
    if isinstance(lists, Mapping):
        for name, frame in lists.items():
            frame = frame.copy()
            frame["list_name"] = str(name)
            named.append((str(name), frame))
    else:
        for position, frame in enumerate(lists):
            if "list_name" not in frame.columns:
                raise LinkageInputError(
                    f"List number {position + 1} has no 'list_name' column. Use map_columns(..., "
                    "list_name='...') or pass the lists as a dict {name: DataFrame}."
                )
            values = frame["list_name"].dropna().astype(str).unique()
            if len(values) != 1 or frame["list_name"].isna().any():
                raise LinkageInputError(
                    f"List number {position + 1} has {len(values)} distinct list names "
                    "(or empty ones); each DataFrame must be exactly one list. Split it by "
                    "list_name first."
                )
            named.append((str(values[0]), frame))
    if not named:
        raise LinkageInputError("No lists were given. Pass at least one DataFrame.")
    seen: set[str] = set()
    for name, frame in named:
        if not name.strip():
            raise LinkageInputError("A list name is empty. Give every list a name.")
        if name in seen:
            raise LinkageInputError(f"Two lists are named {name!r}. List names must be unique.")
        if name == "count":
            raise LinkageInputError(
                "A list may not be named 'count': capture-history tables use that column."
            )
        seen.add(name)
        if "record_id" not in frame.columns:
            raise LinkageInputError(
                f"List {name!r} has no 'record_id' column. Map its id column with map_columns."
            )
        ids = frame["record_id"]
        if ids.isna().any():
            raise LinkageInputError(
                f"List {name!r} has {int(ids.isna().sum())} record(s) without record_id. "
                "Give every record an id (its row number in the source file if it has none)."
            )
        duplicated = ids.astype(str).duplicated()
        if duplicated.any():
            raise LinkageInputError(
                f"List {name!r} has {int(duplicated.sum())} repeated record_id value(s), e.g. "
                f"{ids.astype(str)[duplicated].iloc[0]!r}. Ids must be unique within a list."
            )
    return named


# ------------------------------------------------------------------ derived keys


def _map_distinct(values: pd.Series, function: Callable[[Any], str]) -> pd.Series:
    """Apply ``function`` once per distinct value; empty results become missing."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = np.array([function(v) or None for v in uniques] + [None], dtype=object)
    return pd.Series(mapped[codes], index=values.index, dtype=object)


def _phonetic_of_normalised(text: str | None) -> str | None:
    if not text:
        return None
    return " ".join(names.phonetic_token(t) for t in text.split())


def _place_key(text: object) -> str:
    # Without spaces: place names are written joined and apart ("Nyarugenge",
    # "Nyaru Genge"; "Venus Bay", "Venusbay").
    return "".join(names.phonetic_token(t) for t in names.normalise_place(text).split())


def _sex_code(value: object) -> str:
    return _SEX_CODES.get(names.fold(value), "")


def _parse_dates(values: pd.Series) -> pd.Series:
    """Parse dates written as dates, ISO strings, ``YYYYMMDD`` or day-first strings.

    Each distinct text is parsed once: lists repeat the same days of death thousands
    of times, and mixed-format parsing is slow per value.
    """
    if pd.api.types.is_datetime64_any_dtype(values):
        return pd.to_datetime(values, errors="coerce").dt.normalize()
    codes, uniques = pd.factorize(values.astype("string").str.strip(), use_na_sentinel=True)
    text = pd.Series(uniques, dtype="string")
    compact = text.str.fullmatch(r"\d{8}").fillna(False)
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    if compact.any():
        parsed[compact] = pd.to_datetime(text[compact], format="%Y%m%d", errors="coerce")
    rest = ~compact & (text != "")
    if rest.any():
        parsed[rest] = pd.to_datetime(text[rest], errors="coerce", dayfirst=True, format="mixed")
    lookup = np.append(parsed.to_numpy(), np.datetime64("NaT", "ns"))
    return pd.Series(lookup[codes], index=values.index, dtype="datetime64[ns]")


def _birth_keys(values: pd.Series, parsed: pd.Series) -> pd.Series:
    """``YYYYMMDD`` of each birth date. An unparseable 8-digit value (a typo such as
    19990231) keeps its digits, so that a one-edit comparison can still use it."""
    keys = parsed.dt.strftime("%Y%m%d").astype(object)
    keys[parsed.isna()] = None
    if not pd.api.types.is_datetime64_any_dtype(values):
        digits = values.astype("string").str.replace(r"\D", "", regex=True)
        fallback = parsed.isna() & digits.str.fullmatch(r"\d{8}").fillna(False)
        keys[fallback] = digits[fallback].astype(object)
    return keys


def _plausible(values: pd.Series, low: float, high: float) -> pd.Series:
    numbers = pd.to_numeric(values, errors="coerce")
    return numbers.where((numbers >= low) & (numbers <= high))


def _derive_keys(
    frame: pd.DataFrame, *, reference_year: int | None, extra_columns: Sequence[str]
) -> pd.DataFrame:
    """The columns the linkage model compares, computed from one canonical list."""
    n = len(frame)

    def column(name: str) -> pd.Series:
        if name in frame.columns:
            return frame[name].reset_index(drop=True)
        return pd.Series([None] * n, dtype=object)

    given = _map_distinct(column("given_name"), names.normalise_name)
    family = _map_distinct(column("family_name"), names.normalise_name)
    full = column("full_name")
    only_full = given.isna() & family.isna() & full.notna()
    if only_full.any():
        split = _map_distinct(full[only_full], lambda v: "\t".join(names.split_full_name(v)))
        parts = split.fillna("\t").str.split("\t", n=1, expand=True)
        given[only_full] = parts[0].where(parts[0] != "", None)
        family[only_full] = parts[1].where(parts[1] != "", None)

    keys = pd.DataFrame({
        "record_id": column("record_id").astype(str),
        "list_name": column("list_name").astype(str),
        "given_norm": given,
        "family_norm": family,
    })
    keys["given_phon"] = _map_distinct(given, _phonetic_of_normalised)
    keys["family_phon"] = _map_distinct(family, _phonetic_of_normalised)
    both_phonetic = (keys["given_phon"].fillna("") + " " + keys["family_phon"].fillna("")).to_numpy()
    keys["name_phon_sorted"] = [" ".join(sorted(text.split())) or None for text in both_phonetic]
    # The same key for records with at least two name words only: one common name
    # alone ("Habimana") blocks mostly homonyms.
    keys["name_phon_pair"] = keys["name_phon_sorted"].where(
        keys["name_phon_sorted"].str.contains(" ", regex=False, na=False)
    )
    both_normal = (given.fillna("") + " " + family.fillna("")).to_numpy()
    keys["name_sorted"] = [" ".join(sorted(text.split())) or None for text in both_normal]

    keys["sex_code"] = _map_distinct(column("sex"), _sex_code)

    raw_birth_date = column("birth_date")
    birth_parsed = _parse_dates(raw_birth_date)
    keys["birth_key"] = _birth_keys(raw_birth_date, birth_parsed)
    death_day = _parse_dates(column("death_date"))
    keys["death_day"] = death_day
    age = _plausible(column("age"), 0, _MAX_AGE)
    keys["age_years"] = age.astype("float64")
    birth_year = _plausible(column("birth_year"), _MIN_YEAR, _MAX_YEAR)
    from_date = birth_parsed.dt.year.astype("float64")
    key_year = pd.to_numeric(keys["birth_key"].str.slice(0, 4), errors="coerce")
    from_key = key_year.where((key_year >= _MIN_YEAR) & (key_year <= _MAX_YEAR))
    death_year = death_day.dt.year.astype("float64")
    if reference_year is not None:
        death_year = death_year.fillna(float(reference_year))
    from_age = (death_year - age).round()
    estimate = birth_year.combine_first(from_date).combine_first(from_key).combine_first(from_age)
    keys["birth_year_est"] = estimate.astype("Int64")

    for place in ("death_place", "commune", "prefecture"):
        keys[f"{place}_key"] = _map_distinct(column(place), _place_key)

    for extra in extra_columns:
        keys[extra] = column(extra)
    return keys


# ---------------------------------------------------------------- model settings


class _SwappedNamesLevel(ComparisonLevelCreator):
    """Given and family names swapped between the two records, or all name tokens the
    same in another order (a full name split at the wrong word).

    Both cross comparisons must hold (given against family *and* family against given,
    Jaro-Winkler >= ``threshold`` on normalised names), so that a single shared common
    name such as "Jean" in the family field of one record is not taken for a swap.
    """

    def __init__(self, threshold: float = 0.92) -> None:
        self.threshold = threshold

    def create_sql(self, sql_dialect: Any) -> str:
        jw = sql_dialect.jaro_winkler_function_name
        return (
            "(name_phon_sorted_l = name_phon_sorted_r) or ("
            f"{jw}(given_norm_l, family_norm_r) >= {self.threshold} and "
            f"{jw}(family_norm_l, given_norm_r) >= {self.threshold})"
        )

    def create_label_for_charts(self) -> str:
        return "given and family names swapped, or the same name words in another order"


def _name_comparison(field: str, other: str | None) -> ComparisonCreator:
    """Comparison of one name field, with a level for names swapped between fields."""
    norm, phon = f"{field}_norm", f"{field}_phon"
    levels: list[Any] = [
        cll.NullLevel(norm),
        cll.ExactMatchLevel(norm).configure(tf_adjustment_column=norm),
        cll.ExactMatchLevel(phon).configure(label_for_charts=f"same phonetic {field} name"),
        cll.JaroWinklerLevel(norm, 0.92),
    ]
    if other is not None and field == "family":
        # The swap is weighed once, here, and adjusted for how common the full name
        # is: a swapped "Jean Habimana" is weak evidence, a swapped rare name strong.
        levels.append(
            _SwappedNamesLevel().configure(
                tf_adjustment_column="name_sorted", disable_tf_exact_match_detection=True
            )
        )
    elif other is not None:
        # Recognised here so that the pair does not fall to "different", but given
        # no weight: the family-name comparison already counts the swap.
        levels.append(
            _SwappedNamesLevel().configure(
                label_for_charts="names swapped (weighed under family name)",
                m_probability=0.01, u_probability=0.01,
                fix_m_probability=True, fix_u_probability=True,
            )
        )
    levels += [cll.JaroWinklerLevel(norm, 0.80), cll.ElseLevel()]
    return cl.CustomComparison(
        comparison_levels=levels,
        output_column_name=f"{field}_name",
        comparison_description=f"{field} name: exact, phonetic, Jaro-Winkler, swapped",
    )


def _birth_comparison(has_birth_key: bool) -> ComparisonCreator:
    """Birth date, birth year or age; ages stand in when birth years are unknown."""
    gap = (
        "coalesce(abs(birth_year_est_l - birth_year_est_r), abs(age_years_l - age_years_r))"
    )
    levels: list[Any] = [
        cll.CustomLevel(f"{gap} is null", "no comparable birth year or age").configure(
            is_null_level=True
        ),
    ]
    if has_birth_key:
        levels += [
            cll.ExactMatchLevel("birth_key").configure(label_for_charts="same birth date"),
            cll.DamerauLevenshteinLevel("birth_key", 1).configure(
                label_for_charts="birth dates one edit apart"
            ),
        ]
    levels.append(cll.CustomLevel(f"{gap} = 0", "same birth year (or age)"))
    for band in _BIRTH_YEAR_BANDS:
        levels.append(cll.CustomLevel(f"{gap} <= {band}", f"birth years (or ages) within {band}"))
    levels.append(cll.ElseLevel())
    return cl.CustomComparison(
        comparison_levels=levels,
        output_column_name="birth",
        comparison_description="birth date, birth year or age at death",
    )


def _place_comparison(place_columns: Sequence[str]) -> ComparisonCreator:
    """Place of death, commune and prefecture, from the most to the least specific."""
    comparable = " or ".join(f"({c}_l is not null and {c}_r is not null)" for c in place_columns)
    labels = {
        "death_place_key": "same place of death",
        "commune_key": "same commune",
        "prefecture_key": "same prefecture",
    }
    levels: list[Any] = [
        cll.CustomLevel(f"not ({comparable})", "no place on both records").configure(
            is_null_level=True
        )
    ]
    levels += [cll.ExactMatchLevel(c).configure(label_for_charts=labels[c]) for c in place_columns]
    levels.append(cll.ElseLevel())
    return cl.CustomComparison(
        comparison_levels=levels,
        output_column_name="place",
        comparison_description="place of death, commune, prefecture",
    )


def _death_day_comparison() -> ComparisonCreator:
    levels: list[Any] = [
        cll.NullLevel("death_day"),
        cll.ExactMatchLevel("death_day").configure(label_for_charts="same day of death"),
    ]
    for days in _DEATH_DAY_BANDS:
        levels.append(
            cll.AbsoluteDateDifferenceLevel(
                "death_day", input_is_string=False, threshold=days, metric="day"
            )
        )
    levels.append(cll.ElseLevel())
    return cl.CustomComparison(
        comparison_levels=levels,
        output_column_name="death_date",
        comparison_description="date of death",
    )


# Blocking rules in order of preference. Each is a list of (left column, right column)
# equalities; a rule whose columns are not all in use is skipped. Rules that pair a
# name with a second key keep recall high for names written differently in one field;
# the cross rules catch given and family names swapped; the last rules pair records by
# birth and place alone, for names too corrupted to share a key, and are only kept
# while their blocks are small.
_BLOCKING_CANDIDATES: tuple[tuple[tuple[str, str], ...], ...] = (
    (("name_phon_pair", "name_phon_pair"),),
    (("family_phon", "family_phon"), ("birth_year_est", "birth_year_est")),
    (("given_phon", "given_phon"), ("birth_year_est", "birth_year_est")),
    (("family_phon", "family_phon"), ("commune_key", "commune_key")),
    (("given_phon", "given_phon"), ("commune_key", "commune_key")),
    (("birth_key", "birth_key"),),
    (("given_phon", "family_phon"), ("birth_year_est", "birth_year_est")),
    (("family_phon", "given_phon"), ("birth_year_est", "birth_year_est")),
    (("given_phon", "family_phon"), ("commune_key", "commune_key")),
    (("family_phon", "given_phon"), ("commune_key", "commune_key")),
    (("family_phon", "family_phon"), ("prefecture_key", "prefecture_key")),
    (("given_phon", "given_phon"), ("prefecture_key", "prefecture_key")),
    (("birth_year_est", "birth_year_est"), ("commune_key", "commune_key")),
    (("birth_year_est", "birth_year_est"), ("death_place_key", "death_place_key")),
    (("death_day", "death_day"), ("family_phon", "family_phon")),
)


# Keys added, in this order, to a rule whose blocks are over the budget.
_REFINEMENTS = ("prefecture_key", "birth_year_est", "sex_code", "commune_key")


def _candidate_pair_count(
    keys: pd.DataFrame, equalities: tuple[tuple[str, str], ...], *, link_only: bool
) -> int:
    """Pairs a blocking rule generates, counted from key frequencies without a join.

    Equal-column rules give sum n(n-1)/2 over their blocks (minus within-list pairs when
    only linking); a cross rule (left column differs from right) gives the product of
    the two sides' frequencies, an upper bound for the pairs it adds.
    """
    left_cols = [left for left, _ in equalities]
    right_cols = [right for _, right in equalities]
    if left_cols == right_cols:
        present = keys[left_cols].notna().all(axis=1)
        groups = keys.loc[present, left_cols + ["list_name"]]
        sizes = groups.groupby(left_cols, sort=False).size().to_numpy(dtype=np.float64)
        total = float((sizes * (sizes - 1) / 2).sum())
        if link_only:
            within = groups.groupby(left_cols + ["list_name"], sort=False).size().to_numpy(dtype=np.float64)
            total -= float((within * (within - 1) / 2).sum())
        return int(total)
    left = keys[left_cols].dropna().value_counts()
    right = keys[right_cols].dropna().value_counts()
    right.index = right.index.set_names(left.index.names)
    both = pd.concat([left.rename("left"), right.rename("right")], axis=1, join="inner")
    return int((both["left"].astype(np.float64) * both["right"].astype(np.float64)).sum())


def _rule_from_equalities(equalities: tuple[tuple[str, str], ...]) -> Any:
    if all(left == right for left, right in equalities):
        return block_on(*[left for left, _ in equalities])
    return " and ".join(f"l.{left} = r.{right}" for left, right in equalities)


def _choose_blocking_rules(
    keys: pd.DataFrame, has: Mapping[str, bool], *, link_only: bool, max_pairs_per_rule: float
) -> list[Any]:
    """The candidate rules whose columns are in use and whose blocks stay within
    ``max_pairs_per_rule`` pairs, in order of preference, while all chosen rules
    together stay within three times that. A rule over the budget is first narrowed
    by further keys (prefecture, birth year, sex, commune). If no rule fits, the one
    with the fewest pairs is used alone."""
    chosen: list[Any] = []
    chosen_pairs = 0
    smallest: tuple[int, Any] | None = None
    for candidate in _BLOCKING_CANDIDATES:
        columns = {c for pair in candidate for c in pair}
        if not all(has.get(c, False) for c in columns):
            continue
        equalities = candidate
        count = _candidate_pair_count(keys, equalities, link_only=link_only)
        # Large lists make blocks on common names too big: narrow the rule with one
        # more key at a time rather than drop it.
        for extra in _REFINEMENTS:
            if count <= max_pairs_per_rule:
                break
            in_rule = {c for pair in equalities for c in pair}
            # A commune lies in one prefecture: adding it would only lose the records
            # whose prefecture is missing.
            if not has.get(extra, False) or extra in in_rule or (extra == "prefecture_key" and "commune_key" in in_rule):
                continue
            equalities = equalities + ((extra, extra),)
            count = _candidate_pair_count(keys, equalities, link_only=link_only)
        description = " & ".join(left if left == right else f"{left}={right}" for left, right in equalities)
        if smallest is None or count < smallest[0]:
            smallest = (count, equalities)
        if count > max_pairs_per_rule or chosen_pairs + count > 3 * max_pairs_per_rule:
            logger.info("blocking rule %s skipped: %d pairs over the budget of %d",
                        description, count, int(max_pairs_per_rule))
            continue
        logger.info("blocking rule %s: %d pairs", description, count)
        chosen.append(_rule_from_equalities(equalities))
        chosen_pairs += count
    if not chosen and smallest is not None:
        logger.warning("every blocking rule is over the budget of %d pairs; using the smallest "
                       "(%d pairs) alone", int(max_pairs_per_rule), smallest[0])
        chosen.append(_rule_from_equalities(smallest[1]))
    return chosen


@dataclass(frozen=True)
class _ModelPlan:
    """What the data supports: comparisons, blocking rules and training rules."""

    comparisons: list[ComparisonCreator]
    blocking_rules: list[BlockingRuleCreator]
    training_rules: list[tuple[BlockingRuleCreator, int]]  # with the pairs each blocks
    prior_rules: list[BlockingRuleCreator]
    fields_used: list[str]


def _plan_model(
    keys: pd.DataFrame,
    *,
    comparable_within_lists: bool,
    extra_comparisons: Sequence[ComparisonCreator],
    extra_blocking_rules: Sequence[BlockingRuleCreator | str],
    max_pairs_per_rule: float,
) -> _ModelPlan:
    def usable(column: str) -> bool:
        present = keys[column].notna()
        if present.sum() < 2:
            return False
        if comparable_within_lists:
            return True
        return keys.loc[present, "list_name"].nunique() >= 2

    has = {c: usable(c) for c in keys.columns if c not in ("record_id", "list_name")}
    comparisons: list[ComparisonCreator] = []
    fields: list[str] = []
    if has["given_norm"]:
        comparisons.append(_name_comparison("given", "family" if has["family_norm"] else None))
        fields.append("given_name")
    if has["family_norm"]:
        comparisons.append(_name_comparison("family", "given" if has["given_norm"] else None))
        fields.append("family_name")
    if not (has["given_norm"] or has["family_norm"]):
        raise LinkageInputError(
            "No list has names to compare. Map given_name, family_name or full_name."
        )
    if has["birth_year_est"] or has["age_years"]:
        comparisons.append(_birth_comparison(has["birth_key"]))
        fields.append("birth")
    if has["sex_code"]:
        comparisons.append(cl.ExactMatch("sex_code"))
        fields.append("sex")
    places = [c for c in ("death_place_key", "commune_key", "prefecture_key") if has[c]]
    if places:
        comparisons.append(_place_comparison(places))
        fields.append("place")
    if has["death_day"]:
        comparisons.append(_death_day_comparison())
        fields.append("death_date")
    comparisons.extend(extra_comparisons)

    blocking = _choose_blocking_rules(
        keys, has, link_only=not comparable_within_lists, max_pairs_per_rule=max_pairs_per_rule
    )
    blocking.extend(extra_blocking_rules)

    # EM sessions, each fixing some comparisons by blocking and learning the others;
    # between them every comparison is learnt at least once. Names are paired with a
    # second key because a name alone blocks mostly homonyms (common Kinyarwanda and
    # Christian names), among which EM can settle on the wrong class.
    if has["given_norm"] and has["family_norm"]:
        name_rule: tuple[tuple[str, str], ...] = (("given_phon", "given_phon"), ("family_phon", "family_phon"))
    else:
        name_rule = (("name_phon_sorted", "name_phon_sorted"),)
    place_key = next((c for c in ("commune_key", "prefecture_key", "death_place_key") if has[c]), None)
    training: list[tuple[tuple[str, str], ...]] = []
    if place_key is None:
        training.append(name_rule)
    else:
        if has["birth_year_est"]:
            training.append(name_rule + (("birth_year_est", "birth_year_est"),))
        training.append(name_rule + ((place_key, place_key),))
    # The session that learns the names needs a key most records have; a birth date
    # known for few records blocks too few pairs to learn from.
    dense = {c: bool(has[c] and keys[c].notna().mean() >= 0.5) for c in has}
    for second in (("birth_key",), ("birth_year_est", place_key), ("birth_year_est", "sex_code"), (place_key,)):
        if all(c is not None and dense[c] for c in second):
            training.append(tuple((c, c) for c in second))
            break
    training_with_counts = [
        (_rule_from_equalities(rule), _candidate_pair_count(keys, rule, link_only=not comparable_within_lists))
        for rule in training
    ]

    prior: list[Any] = []
    if has["birth_key"]:
        prior.append(block_on("name_sorted", "birth_key"))
    if has["birth_year_est"]:
        prior.append(block_on("name_sorted", "birth_year_est"))
    if not prior:
        prior.append(block_on("name_sorted", "commune_key") if has["commune_key"] else block_on("name_sorted"))
    return _ModelPlan(comparisons, blocking, training_with_counts, prior, fields)


# -------------------------------------------------------------------------- linker


class VictimListLinker:
    """Deduplicate and link lists of victims with splink; cluster at chosen thresholds.

    Typical use::

        lists = {"church": church_df, "ibuka": ibuka_df, "commune": commune_df}
        linker = VictimListLinker(lists, reference_year=1994)
        linker.train()
        linker.predict()
        clusters = linker.clusters(threshold=0.9)
        tables = histories_over_thresholds(linker)          # one per threshold
        queue = linker.review_queue(lower=0.3, upper=0.9)

    Args:
        lists: one DataFrame per list (each with a single ``list_name`` value) or a
            mapping ``{list name: DataFrame}``; columns are canonical fields
            (:data:`CANONICAL_FIELDS`) plus any ``extra_columns``.
        dedupe_within_lists: also find duplicates inside each list (splink
            ``link_and_dedupe``). ``False`` links across lists only (``link_only``),
            for lists already known to be free of duplicates.
        reference_year: year of death assumed for records with an age but no date of
            death (1994 for lists of the genocide against the Tutsi), so that their ages
            become birth years comparable with other records.
        extra_columns: non-canonical columns to carry into the model, for
            ``extra_comparisons`` and ``extra_blocking_rules``.
        extra_comparisons: further splink comparisons (``splink.comparison_library``).
        extra_blocking_rules: further splink blocking rules (``splink.block_on``) or SQL.
        spark_session: a ``pyspark.sql.SparkSession``; when given, splink runs on Spark
            through ``splink.SparkAPI`` instead of DuckDB.
        duckdb_connection: an open DuckDB connection to use (default: a new in-memory one).
        duckdb_memory_limit: e.g. ``"8GB"``; DuckDB spills to disk beyond it.
        threads: DuckDB worker threads (default: DuckDB's choice, all cores).
        seed: seed for the random sampling of u probabilities; fixed for reproducibility.
        u_max_pairs: random pairs sampled to estimate u probabilities.
        em_max_pairs: cap on blocked pairs used by each EM session.
        prior_recall: the assumed recall of the strict rules (same names and birth)
            that give the starting prior probability that two records match.
        prior_method: ``"blocked_pairs"`` (default) re-estimates that prior from all
            blocked pairs once m and u are trained; ``"deterministic"`` keeps the
            strict rules' estimate (splink's ``estimate_probability_two_random_records_match``).
        max_pairs_per_rule: blocking rules that would generate more pairs than this
            are narrowed by further keys, or left out, and rules stop being added once
            together they would pass three times this (if none fits, the smallest is
            used alone). Default: 10 pairs per record, at least 200,000.
    """

    def __init__(
        self,
        lists: pd.DataFrame | Sequence[pd.DataFrame] | Mapping[str, pd.DataFrame],
        *,
        dedupe_within_lists: bool = True,
        reference_year: int | None = None,
        extra_columns: Sequence[str] = (),
        extra_comparisons: Sequence[ComparisonCreator] = (),
        extra_blocking_rules: Sequence[BlockingRuleCreator | str] = (),
        spark_session: Any = None,
        duckdb_connection: duckdb.DuckDBPyConnection | None = None,
        duckdb_memory_limit: str | None = None,
        threads: int | None = None,
        seed: int = 20260425,
        u_max_pairs: float = 2e6,
        em_max_pairs: float = 2e6,
        prior_recall: float = 0.7,
        prior_method: str = "blocked_pairs",
        max_pairs_per_rule: float | None = None,
    ) -> None:
        named = _as_named_lists(lists)
        for name, frame in named:
            absent = [c for c in extra_columns if c not in frame.columns]
            if absent:
                raise LinkageInputError(
                    f"List {name!r} lacks extra column(s) {', '.join(map(repr, absent))}. "
                    "Every list needs the extra columns (empty is fine); keep them with "
                    "map_columns(..., keep=[...])."
                )
        self.list_names: list[str] = [name for name, _ in named]
        self.seed = seed
        self.u_max_pairs = u_max_pairs
        self.em_max_pairs = em_max_pairs
        if not 0 < prior_recall <= 1:
            raise LinkageInputError(f"prior_recall must be in (0, 1], got {prior_recall!r}.")
        self.prior_recall = prior_recall
        if prior_method not in ("blocked_pairs", "deterministic"):
            raise LinkageInputError(
                f"prior_method must be 'blocked_pairs' or 'deterministic', got {prior_method!r}."
            )
        self.prior_method = prior_method
        if len(named) == 1 and not dedupe_within_lists:
            raise LinkageInputError(
                "One list with dedupe_within_lists=False leaves nothing to link. "
                "Pass two or more lists, or deduplicate the one list."
            )
        self.link_type = (
            "dedupe_only" if len(named) == 1
            else "link_and_dedupe" if dedupe_within_lists
            else "link_only"
        )
        keys = [
            _derive_keys(frame, reference_year=reference_year, extra_columns=extra_columns)
            for _, frame in named
        ]
        self._list_sizes = [len(k) for k in keys]
        all_keys = pd.concat(keys, ignore_index=True)
        self.record_count = len(all_keys)
        self._plan = _plan_model(
            all_keys,
            comparable_within_lists=self.link_type != "link_only",
            extra_comparisons=extra_comparisons,
            extra_blocking_rules=extra_blocking_rules,
            max_pairs_per_rule=(
                max_pairs_per_rule if max_pairs_per_rule is not None
                else max(2e5, 10.0 * self.record_count)
            ),
        )
        del all_keys
        self._db_api = self._make_db_api(spark_session, duckdb_connection, duckdb_memory_limit, threads)
        registered = [
            self._db_api.register(
                # DuckDB scans Arrow without converting Python strings on every query;
                # Spark takes the pandas frame.
                list_keys if spark_session is not None else pa.Table.from_pandas(list_keys, preserve_index=False),
                dataset_display_name=name,
                table_name=f"__ff_list_{i}",
            )
            for i, ((name, _), list_keys) in enumerate(zip(named, keys))
        ]
        del keys
        settings = SettingsCreator(
            link_type=self.link_type,
            comparisons=self._plan.comparisons,
            blocking_rules_to_generate_predictions=self._plan.blocking_rules,
            unique_id_column_name="record_id",
            source_dataset_column_name="list_name",
            retain_matching_columns=False,
            # Keeps each comparison's match weight in the (filtered) pairs, which the
            # review queue shows.
            retain_intermediate_calculation_columns=True,
            additional_columns_to_retain=["list_name"] if self.link_type == "dedupe_only" else [],
        )
        self._linker = Linker(
            registered if len(registered) > 1 else registered[0],
            settings,
            log_level=logging.WARNING,
        )
        self._predictions: SplinkDataFrame | None = None
        self._prior_from_blocked_pairs_done = False
        self._prediction_floor: float | None = None
        self._trained = False
        logger.info(
            "linker ready: %d lists, %d records, link type %s, comparisons %s",
            len(self.list_names), self.record_count, self.link_type, self._plan.fields_used,
        )

    @staticmethod
    def _make_db_api(
        spark_session: Any,
        connection: duckdb.DuckDBPyConnection | None,
        memory_limit: str | None,
        threads: int | None,
    ) -> Any:
        if spark_session is not None:
            try:
                from splink import SparkAPI
            except ImportError as error:
                raise LinkageInputError(
                    "A Spark session was given but splink's Spark backend cannot be "
                    f"imported ({error}). Install pyspark in this environment, or omit "
                    "spark_session to use DuckDB."
                ) from error
            return SparkAPI(spark_session=spark_session)
        con = connection if connection is not None else duckdb.connect(":memory:")
        if memory_limit:
            con.execute(f"SET memory_limit = '{memory_limit}'")
        if threads:
            con.execute(f"SET threads = {int(threads)}")
        return DuckDBAPI(connection=con)

    # ---------------------------------------------------------------- training

    @property
    def comparison_fields(self) -> list[str]:
        """The comparisons the model uses, given what the lists contain."""
        return list(self._plan.fields_used)

    def train(self, labelled_pairs: pd.DataFrame | None = None) -> VictimListLinker:
        """Estimate the model's parameters without labels, then from labels if given.

        Args:
            labelled_pairs: optional reviewed pairs with columns ``list_name_l``,
                ``record_id_l``, ``list_name_r``, ``record_id_r`` and ``is_match``
                (bool, or a 0-1 ``clerical_match_score``). Only the matches are used
                to re-estimate m probabilities; the u probabilities stay from random
                sampling.

        Returns:
            The linker, for chaining.
        """
        matches = self._label_matches(labelled_pairs) if labelled_pairs is not None else None
        training = self._linker.training
        try:
            training.estimate_probability_two_random_records_match(
                self._plan.prior_rules, recall=self.prior_recall
            )
        except ValueError as error:
            # The strict rules found more pairs than the assumed recall allows; keep
            # splink's default prior rather than a nonsensical one.
            logger.warning("prior not estimated (%s); using splink's default", error)
        training.estimate_u_using_random_sampling(max_pairs=self.u_max_pairs, seed=self.seed)
        for rule, pair_count in self._plan.training_rules:
            # Sample only when the rule blocks more pairs than the cap; splink's
            # sampling probe finds nothing to measure on small data.
            cap = self.em_max_pairs if pair_count > self.em_max_pairs else None
            training.estimate_parameters_using_expectation_maximisation(rule, max_pairs=cap)
        if matches is not None:
            self._train_from_labels(matches)
        self._prior_from_blocked_pairs_done = False
        self._trained = True
        self._invalidate_predictions()
        return self

    def _predict_with_prior_from_blocked_pairs(self, min_probability: float) -> SplinkDataFrame:
        """Score the blocked pairs once, re-estimate the prior probability that two
        records match from them (m and u fixed), and keep the pairs at or above
        ``min_probability`` under that prior.

        The strict deterministic rules see only pairs whose names and birth agree
        exactly, so on noisy lists they undercount matches and the starting prior is
        too low. The prior is re-estimated as the fixed point of the EM update for it
        alone over every blocked pair: prior = (expected matches among blocked pairs) /
        (all possible pairs), each pair's match probability taken at that prior. Pairs
        outside the blocks, and blocked pairs under probability 1e-5 at the starting
        prior, count as non-matches, so the result is a lower bound and never goes under
        the starting prior. The scoring runs in the database; only a histogram
        of match weights (a few thousand rows at most) comes back. The kept pairs are
        then re-weighted in the database rather than scored again.
        """
        settings = self._linker._settings_obj
        start = settings._probability_two_random_records_match
        scored = self._linker.inference.predict(
            threshold_match_probability=_SCORING_FLOOR, warning_mode="never"
        )
        histogram = self._query(
            f"select round(match_weight, 2) as weight, count(*) as pairs "
            f"from {scored.physical_name} group by 1"
        )
        total_pairs = _possible_pair_count(self._list_sizes, self.link_type)
        # Matches outside the blocks are not counted, so with narrow blocking the fixed
        # point can fall under the strict rules' estimate; keep the larger.
        prior = max(_fixed_point_prior(histogram, start, total_pairs), start)
        # splink keeps the prior on its settings object; its own estimators set it there.
        settings._probability_two_random_records_match = prior
        self._prior_from_blocked_pairs_done = True
        logger.info("prior probability two records match: %.3g (strict rules gave %.3g)", prior, start)
        shift = _log2_odds(prior) - _log2_odds(start)
        if _log2_odds(min_probability) - shift < _log2_odds(_SCORING_FLOOR):
            # The new prior is so much higher that pairs under the scoring floor
            # could now pass min_probability: score again.
            scored.drop_table_from_database_and_remove_from_cache()
            return self._linker.inference.predict(
                threshold_match_probability=min_probability, warning_mode="never"
            )
        columns = []
        for column in scored.columns:
            name = column.unquote().name
            if name == "match_weight":
                columns.append(f"match_weight + {shift!r} as match_weight")
            elif name == "match_probability":
                columns.append(
                    f"power(2.0, match_weight + {shift!r}) / (1 + power(2.0, match_weight + {shift!r}))"
                    " as match_probability"
                )
            else:
                columns.append(column.name)
        reweighted = self._db_api.query_sql(
            f"select {', '.join(columns)} from {scored.physical_name} "
            f"where match_weight + {shift!r} >= {_log2_odds(min_probability)!r}",
            output_type="splink_df",
        )
        scored.drop_table_from_database_and_remove_from_cache()
        return reweighted

    def _label_matches(self, labelled_pairs: pd.DataFrame) -> pd.DataFrame:
        """The reviewed matches among labelled pairs, checked before any training."""
        required = ["list_name_l", "record_id_l", "list_name_r", "record_id_r"]
        missing = [c for c in required if c not in labelled_pairs.columns]
        if missing:
            raise LinkageInputError(
                f"Labelled pairs lack column(s) {', '.join(missing)}. They need "
                f"{', '.join(required)} and is_match (or clerical_match_score)."
            )
        if "is_match" in labelled_pairs.columns:
            is_match = labelled_pairs["is_match"].astype(bool)
        elif "clerical_match_score" in labelled_pairs.columns:
            is_match = pd.to_numeric(labelled_pairs["clerical_match_score"], errors="coerce") >= 0.5
        else:
            raise LinkageInputError(
                "Labelled pairs need an is_match column (True/False) or a "
                "clerical_match_score column (0 to 1)."
            )
        matches = labelled_pairs.loc[is_match, required].astype(str)
        unknown = sorted((set(matches["list_name_l"]) | set(matches["list_name_r"])) - set(self.list_names))
        if unknown:
            raise LinkageInputError(
                f"Labelled pairs name list(s) {', '.join(map(repr, unknown))} that the linker "
                f"does not have ({', '.join(self.list_names)})."
            )
        if matches.empty:
            raise LinkageInputError(
                "The labelled pairs contain no matches; m probabilities are estimated from "
                "matching pairs only. Add reviewed matches or omit labelled_pairs."
            )
        return matches

    def _train_from_labels(self, matches: pd.DataFrame) -> None:
        registered = self._db_api.register(matches)
        self._linker.training.estimate_m_from_pairwise_labels(registered)
        logger.info("m probabilities re-estimated from %d labelled matches", len(matches))

    # -------------------------------------------------------------- prediction

    def predict(self, min_probability: float = 0.05) -> int:
        """Score all blocked pairs; keep those with ``match_probability >= min_probability``.

        The filter runs inside the database; the pairs stay there for clustering and
        review. Thresholds used later must be at least ``min_probability``. With
        ``prior_method="blocked_pairs"`` the first call after training also
        re-estimates the prior probability that two records match from the scored pairs
        (see ``_predict_with_prior_from_blocked_pairs``).

        Returns:
            The number of pairs kept.
        """
        if not self._trained:
            raise LinkageInputError("The model is not trained yet. Call train() before predict().")
        _check_probability(min_probability, "min_probability")
        if min_probability >= 1:
            raise LinkageInputError(
                "min_probability must be below 1: no pair is certain. Use e.g. 0.05 and "
                "choose stricter thresholds in clusters() and pairs()."
            )
        self._invalidate_predictions()
        if self.prior_method == "blocked_pairs" and not self._prior_from_blocked_pairs_done:
            self._predictions = self._predict_with_prior_from_blocked_pairs(min_probability)
        else:
            self._predictions = self._linker.inference.predict(
                threshold_match_probability=min_probability, warning_mode="never"
            )
        self._prediction_floor = min_probability
        kept = int(self._query(f"select count(*) as n from {self._predictions.physical_name}")["n"].iloc[0])
        logger.info("%d pairs kept at match probability >= %.3f", kept, min_probability)
        return kept

    def _invalidate_predictions(self) -> None:
        if self._predictions is not None:
            self._predictions.drop_table_from_database_and_remove_from_cache()
        self._predictions = None
        self._prediction_floor = None

    def _require_predictions(self, threshold: float) -> SplinkDataFrame:
        if self._predictions is None or self._prediction_floor is None:
            raise LinkageInputError("No predictions yet. Call train() and predict() first.")
        if threshold < self._prediction_floor:
            raise LinkageInputError(
                f"Threshold {threshold} is below the floor {self._prediction_floor} used in "
                "predict(); pairs under the floor were not kept. Call "
                f"predict(min_probability={threshold}) first."
            )
        return self._predictions

    def _query(self, sql: str) -> pd.DataFrame:
        return self._db_api.query_sql(sql, output_type="pandas")

    def pairs(self, threshold: float = 0.5) -> pd.DataFrame:
        """Scored pairs at or above ``threshold`` (filtered in the database).

        Returns:
            DataFrame with ``list_name_l``, ``record_id_l``, ``list_name_r``,
            ``record_id_r``, ``match_weight``, ``match_probability``.
        """
        _check_probability(threshold, "threshold")
        predictions = self._require_predictions(threshold)
        return self._query(
            f"""
            select list_name_l, record_id_l, list_name_r, record_id_r,
                   match_weight, match_probability
            from {predictions.physical_name}
            where match_probability >= {threshold!r}
            """
        )

    def review_queue(
        self, lower: float = 0.3, upper: float = 0.9, limit: int | None = None
    ) -> pd.DataFrame:
        """Uncertain pairs for a human to review: ``lower <= p < upper``, closest to 0.5 first.

        Returns:
            DataFrame with the pair's ids, ``match_probability``, ``match_weight``,
            ``uncertainty`` (``|p - 0.5|``, ascending) and one ``mw_<comparison>``
            column per comparison giving its match weight in bits (positive for
            agreement, negative for disagreement, 0 when missing; ``mw_tf_adj_*`` is the
            adjustment for common or rare names), so a reviewer can see why the pair is
            uncertain without the records being copied here.
        """
        _check_probability(lower, "lower")
        _check_probability(upper, "upper")
        if not lower < upper:
            raise LinkageInputError(f"lower ({lower}) must be below upper ({upper}).")
        predictions = self._require_predictions(lower)
        weights = [c for c in predictions.columns if c.unquote().name.startswith("mw_")]
        weights_sql = "".join(f", {c.name}" for c in weights)
        limit_sql = f" limit {int(limit)}" if limit is not None else ""
        return self._query(
            f"""
            select list_name_l, record_id_l, list_name_r, record_id_r,
                   match_probability, match_weight,
                   abs(match_probability - 0.5) as uncertainty{weights_sql}
            from {predictions.physical_name}
            where match_probability >= {lower!r} and match_probability < {upper!r}
            order by uncertainty, list_name_l, record_id_l, list_name_r, record_id_r
            {limit_sql}
            """
        )

    # -------------------------------------------------------------- clustering

    def clusters(self, threshold: float = 0.9) -> pd.DataFrame:
        """Connected components of the pairs linked at ``match_probability >= threshold``.

        Returns:
            One row per record: ``cluster_id``, ``list_name``, ``record_id``,
            ``cluster_size``, ``link_probability`` (the strongest link from this record
            to another member; missing for a record alone in its cluster) and
            ``cluster_min_probability`` (the weakest such link in the cluster: the
            cluster holds together at least this firmly). Sorted by cluster and list.
        """
        _check_probability(threshold, "threshold")
        predictions = self._require_predictions(threshold)
        clustered = self._linker.clustering.cluster_pairwise_predictions_at_threshold(
            predictions, threshold_match_probability=threshold
        )
        try:
            table = self._query(
                f"""
                with members as (
                    select cluster_id, list_name, record_id
                    from {clustered.physical_name}
                ),
                links as (
                    select list_name_l as list_name, record_id_l as record_id, match_probability
                    from {predictions.physical_name} where match_probability >= {threshold!r}
                    union all
                    select list_name_r, record_id_r, match_probability
                    from {predictions.physical_name} where match_probability >= {threshold!r}
                ),
                strongest as (
                    select list_name, record_id, max(match_probability) as link_probability
                    from links group by list_name, record_id
                )
                select m.cluster_id, m.list_name, m.record_id,
                       count(*) over (partition by m.cluster_id) as cluster_size,
                       s.link_probability,
                       min(s.link_probability) over (partition by m.cluster_id)
                           as cluster_min_probability
                from members m
                left join strongest s
                  on m.list_name = s.list_name and m.record_id = s.record_id
                order by m.cluster_id, m.list_name, m.record_id
                """
            )
        finally:
            clustered.drop_table_from_database_and_remove_from_cache()
        table["cluster_size"] = table["cluster_size"].astype("int64")
        return table

    def clusterings(self, thresholds: Iterable[float] = DEFAULT_THRESHOLDS) -> dict[float, pd.DataFrame]:
        """:meth:`clusters` at each threshold, keyed by threshold."""
        return {float(t): self.clusters(float(t)) for t in thresholds}

    def __repr__(self) -> str:
        return (
            f"VictimListLinker(lists={self.list_names!r}, records={self.record_count}, "
            f"link_type={self.link_type!r}, trained={self._trained})"
        )


# Probability, at the starting prior, under which scored pairs are dropped before the
# prior is re-estimated.
_SCORING_FLOOR = 1e-5


def _log2_odds(probability: float) -> float:
    if probability <= 0:
        return -math.inf
    return math.log2(probability / (1 - probability))


def _fixed_point_prior(histogram: pd.DataFrame, start: float, total_pairs: int) -> float:
    """EM update of the prior alone, iterated to its fixed point, from a histogram of
    match weights (``weight`` at prior ``start``, ``pairs``) of the blocked pairs."""
    if histogram.empty or total_pairs == 0:
        return start
    bayes_log2 = histogram["weight"].to_numpy(dtype=np.float64) - _log2_odds(start)
    counts = histogram["pairs"].to_numpy(dtype=np.float64)
    prior = start
    for _ in range(500):
        log_odds = bayes_log2 + _log2_odds(prior)
        expected_matches = float((counts / (1 + np.exp2(-log_odds))).sum())
        updated = min(max(expected_matches / total_pairs, 1e-12), 0.5)
        converged = abs(updated - prior) <= 1e-6 * prior
        prior = updated
        if converged:
            break
    return prior


def _possible_pair_count(sizes: Sequence[int], link_type: str) -> int:
    """Pairs the link type could compare at all: every pair of records, or only
    pairs across lists for ``link_only``."""
    total = sum(sizes)
    if link_type == "link_only":
        return (total * total - sum(n * n for n in sizes)) // 2
    return total * (total - 1) // 2


def _check_probability(value: float, name: str) -> None:
    if not (isinstance(value, (int, float)) and 0.0 <= float(value) <= 1.0) or math.isnan(float(value)):
        raise LinkageInputError(f"{name} must be a probability between 0 and 1, got {value!r}.")


# ------------------------------------------------------------ capture histories


_MAX_LISTS_FOR_ALL_PATTERNS = 20


def capture_histories(clusters: pd.DataFrame, list_names: Sequence[str]) -> pd.DataFrame:
    """Count people (clusters) by the set of lists that recorded them.

    Args:
        clusters: one row per record with ``cluster_id`` and ``list_name``, as returned
            by :meth:`VictimListLinker.clusters`. A person recorded twice on one list
            counts once for that list.
        list_names: the J lists, in the column order wanted.

    Returns:
        DataFrame with one 0/1 column per list and a ``count`` column, with all
        2^J - 1 observable patterns present (zero counts written out), ordered from
        "on every list" down to "on the last list only", the format of the shared
        capture-history tables and the input of the MSE estimators.
    """
    lists = [str(name) for name in list_names]
    if not lists:
        raise LinkageInputError("list_names is empty; give the lists to tabulate.")
    if len(set(lists)) != len(lists) or "count" in lists:
        raise LinkageInputError(
            "list_names must be distinct and must not include 'count'."
        )
    if len(lists) > _MAX_LISTS_FOR_ALL_PATTERNS:
        raise LinkageInputError(
            f"{len(lists)} lists give {2 ** len(lists) - 1:,} patterns; at most "
            f"{_MAX_LISTS_FOR_ALL_PATTERNS} lists can be tabulated with every pattern. "
            "Merge or stratify lists first."
        )
    for column in ("cluster_id", "list_name"):
        if column not in clusters.columns:
            raise LinkageInputError(
                f"clusters has no {column!r} column; pass the output of VictimListLinker.clusters()."
            )
    found = set(clusters["list_name"].astype(str))
    unknown = sorted(found - set(lists))
    if unknown:
        raise LinkageInputError(
            f"clusters contain list(s) {', '.join(map(repr, unknown))} missing from list_names."
        )
    position = {name: i for i, name in enumerate(lists)}
    bits = clusters["list_name"].astype(str).map(position).to_numpy(dtype=np.int64)
    codes = pd.Series(np.left_shift(1, bits), index=clusters.index)
    per_cluster = codes.groupby(clusters["cluster_id"].to_numpy()).agg(np.bitwise_or.reduce)
    counts = per_cluster.value_counts()
    j = len(lists)
    rows = []
    for pattern in product((1, 0), repeat=j):
        if not any(pattern):
            continue
        code = sum(1 << i for i, bit in enumerate(pattern) if bit)
        rows.append((*pattern, int(counts.get(code, 0))))
    return pd.DataFrame(rows, columns=[*lists, "count"])


def histories_over_thresholds(
    linker: VictimListLinker, thresholds: Iterable[float] = DEFAULT_THRESHOLDS
) -> dict[float, pd.DataFrame]:
    """Capture-history tables from clusterings at several thresholds.

    A low threshold merges more records (fewer, larger clusters: fewer people seen
    more often); a high one keeps them apart. Estimating from every table carries the
    uncertainty of linkage into the estimate.

    Returns:
        ``{threshold: capture_histories(...)}`` in the order of ``thresholds``.
    """
    return {
        t: capture_histories(table, linker.list_names)
        for t, table in linker.clusterings(thresholds).items()
    }
