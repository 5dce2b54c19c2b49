"""Capture-history tables: the input of every population-size estimator.

Multiple systems estimation (MSE) starts from J lists (sources, "systems")
that each recorded some of the people in a population, linked so that every
person found on at least one list appears once. For each person we know the
*capture history*: the J-vector of 0/1 flags saying on which lists they are.
The data that the estimators use is the table of how many people share each
history. With J lists there are 2^J - 1 observable histories; the history of
all zeros (on no list) is the cell whose count is unknown, and estimating it
is the whole point.

The table format used throughout factfinder (and in the shared benchmark
data) is a CSV with one 0/1 column per list and a final ``count`` column::

    EXH,ABA,OSCE,HRW,count
    1,1,1,1,27
    1,1,1,0,181
    ...

Cells with a count of zero matter. A log-linear model is fitted over *all*
observable cells, and a zero cell is information ("nobody was on exactly
these lists"). Tables may be written with or without zero rows; in
:class:`CaptureHistories` the observed rows are kept as given and
:meth:`CaptureHistories.complete` adds the missing patterns with a count of
zero.

This module validates tables strictly (a malformed table silently parsed is
an estimate silently wrong) and builds tables from per-person list
memberships, which is what record linkage produces.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "EstimationError",
    "HistoriesError",
    "CaptureHistories",
    "all_patterns",
    "read_histories",
    "read_stratified_histories",
    "histories_from_frame",
    "histories_from_memberships",
]

COUNT_COLUMN = "count"


class EstimationError(ValueError):
    """An estimate cannot be computed as asked; the message says what to change."""


class HistoriesError(EstimationError):
    """A capture-history table is malformed; the message names the row or column."""


def all_patterns(n_lists: int) -> np.ndarray:
    """Every observable capture history for ``n_lists`` lists, in Rcapture order.

    Rows run from "on every list" (1, 1, ..., 1) down to "on the last list
    only" (0, ..., 0, 1), i.e. the binary numbers 2^J - 1 down to 1 with the
    first list as the most significant bit. This is the order of Rcapture's
    ``histpos.t`` and of the shared data files, so fitted values line up with
    published tables. The all-zero history is not included.
    """
    if n_lists < 1:
        raise HistoriesError(f"need at least one list to enumerate patterns, got {n_lists}")
    codes = np.arange(2**n_lists - 1, 0, -1, dtype=np.int64)
    shifts = np.arange(n_lists - 1, -1, -1, dtype=np.int64)
    return ((codes[:, None] >> shifts[None, :]) & 1).astype(np.int8)


@dataclass(frozen=True)
class CaptureHistories:
    """Counts of people per capture history over a fixed set of lists.

    Attributes:
        lists: the list (source) names, one per column of ``patterns``.
        patterns: ``(M, J)`` array of 0/1 flags, one row per distinct history.
            No row is all zeros, and no history appears twice.
        counts: ``(M,)`` non-negative integer counts, one per pattern.

    Build one with :func:`read_histories`, :func:`histories_from_frame` or
    :func:`histories_from_memberships`; the constructor validates its inputs
    the same way those do.
    """

    lists: tuple[str, ...]
    patterns: np.ndarray
    counts: np.ndarray

    def __post_init__(self) -> None:
        lists = tuple(str(name) for name in self.lists)
        patterns = np.asarray(self.patterns)
        counts = np.asarray(self.counts)
        if len(lists) < 2:
            raise HistoriesError(
                f"a capture-history table needs at least 2 lists, got {len(lists)} ({', '.join(lists) or 'none'}); "
                "estimating the unseen needs overlaps between lists, so add another list"
            )
        if len(set(lists)) != len(lists):
            duplicated = sorted({name for name in lists if lists.count(name) > 1})
            raise HistoriesError(f"list names must be unique; repeated: {', '.join(duplicated)}. Rename the columns")
        if patterns.ndim != 2 or patterns.shape[1] != len(lists):
            raise HistoriesError(
                f"patterns must be a 2-D array with one column per list ({len(lists)}), got shape {patterns.shape}"
            )
        if counts.shape != (patterns.shape[0],):
            raise HistoriesError(f"need one count per pattern: {patterns.shape[0]} patterns, counts of shape {counts.shape}")
        if patterns.shape[0] == 0:
            raise HistoriesError("the table has no rows; give at least one capture history with its count")
        if not np.isin(patterns, (0, 1)).all():
            row = int(np.where(~np.isin(patterns, (0, 1)).all(axis=1))[0][0])
            raise HistoriesError(
                f"row {row + 1}: list flags must be 0 or 1, got {patterns[row].tolist()}; "
                "mark each list 1 (on the list) or 0 (not on it)"
            )
        if not np.issubdtype(counts.dtype, np.integer):
            if not np.issubdtype(counts.dtype, np.number) or not np.all(np.isfinite(counts)):
                raise HistoriesError("counts must be finite whole numbers")
            fractional = np.flatnonzero(counts != np.round(counts))
            if fractional.size:
                row = int(fractional[0])
                raise HistoriesError(f"row {row + 1}: count {counts[row]!r} is not a whole number of people")
        counts = counts.astype(np.int64)
        negative = np.flatnonzero(counts < 0)
        if negative.size:
            row = int(negative[0])
            raise HistoriesError(f"row {row + 1}: count {int(counts[row])} is negative; counts are numbers of people (0 or more)")
        patterns = patterns.astype(np.int8)
        empty = np.flatnonzero(patterns.sum(axis=1) == 0)
        if empty.size:
            row = int(empty[0])
            raise HistoriesError(
                f"row {row + 1} is on no list (all zeros); nobody can be observed on no list, "
                "that count is what the estimators estimate. Remove the row"
            )
        codes = _pattern_codes(patterns)
        unique, first, seen = np.unique(codes, return_index=True, return_counts=True)
        if (seen > 1).any():
            code = unique[seen > 1][0]
            rows = np.flatnonzero(codes == code) + 1
            raise HistoriesError(
                f"rows {', '.join(map(str, rows.tolist()))} repeat the same capture history "
                f"{patterns[first[seen > 1][0]].tolist()}; merge them into one row with the summed count"
            )
        if counts.sum() == 0:
            raise HistoriesError("every count is zero; there is nobody to estimate from")
        object.__setattr__(self, "lists", lists)
        object.__setattr__(self, "patterns", patterns)
        object.__setattr__(self, "counts", counts)
        patterns.setflags(write=False)
        counts.setflags(write=False)

    @property
    def n_lists(self) -> int:
        """J, the number of lists."""
        return len(self.lists)

    @property
    def n_observed(self) -> int:
        """n, the number of distinct people seen on at least one list."""
        return int(self.counts.sum())

    def list_totals(self) -> dict[str, int]:
        """How many people each list recorded (its size after linkage)."""
        totals = (self.patterns.astype(np.int64) * self.counts[:, None]).sum(axis=0)
        return {name: int(total) for name, total in zip(self.lists, totals)}

    def complete(self) -> CaptureHistories:
        """The same table with all 2^J - 1 observable patterns, zeros written out, in Rcapture order."""
        patterns = all_patterns(self.n_lists)
        counts = np.zeros(len(patterns), dtype=np.int64)
        # Pattern code c sits at row (2^J - 1) - c in Rcapture order.
        counts[(2**self.n_lists - 1) - _pattern_codes(self.patterns)] = self.counts
        return CaptureHistories(self.lists, patterns, counts)

    def observed(self) -> CaptureHistories:
        """The same table with zero-count rows dropped (what latent-class samplers need)."""
        keep = self.counts > 0
        return CaptureHistories(self.lists, self.patterns[keep], self.counts[keep])

    def marginal(self, lists: Sequence[str]) -> CaptureHistories:
        """The table for a subset of the lists, as if the others had never been compiled.

        People who were only on the dropped lists become unobserved and leave the table.
        """
        names = list(lists)
        missing = [name for name in names if name not in self.lists]
        if missing:
            raise HistoriesError(f"unknown list(s) {', '.join(missing)}; the table has {', '.join(self.lists)}")
        index = [self.lists.index(name) for name in names]
        sub = self.patterns[:, index]
        seen = sub.any(axis=1)
        codes = _pattern_codes(sub[seen])
        unique, inverse = np.unique(codes, return_inverse=True)
        summed = np.bincount(inverse, weights=self.counts[seen], minlength=len(unique)).astype(np.int64)
        shifts = np.arange(len(names) - 1, -1, -1)
        patterns = ((unique[:, None] >> shifts[None, :]) & 1).astype(np.int8)
        return CaptureHistories(tuple(names), patterns, summed)

    def merge_lists(self, groups: Mapping[str, Sequence[str]]) -> CaptureHistories:
        """Merge lists into new ones (a person is on the merged list if on any of its parts).

        ``groups`` maps a new list name to the existing lists it replaces; lists not named in
        any group are kept as they are. This is how the 5-list UK table was made from the
        6-list one (PF and NCA merged), and how near-duplicate sources are pooled before
        estimation.
        """
        used: dict[str, str] = {}
        for new, parts in groups.items():
            for part in parts:
                if part not in self.lists:
                    raise HistoriesError(f"cannot merge unknown list {part!r} into {new!r}; the table has {', '.join(self.lists)}")
                if part in used:
                    raise HistoriesError(f"list {part!r} is put into both {used[part]!r} and {new!r}; give each list one group")
                used[part] = new
        columns: list[np.ndarray] = []
        names: list[str] = []
        emitted: set[str] = set()
        for j, name in enumerate(self.lists):
            if name not in used:
                columns.append(self.patterns[:, j])
                names.append(name)
            elif used[name] not in emitted:
                new = used[name]
                index = [self.lists.index(part) for part in groups[new]]
                columns.append(self.patterns[:, index].max(axis=1))
                names.append(new)
                emitted.add(new)
        merged = np.column_stack(columns).astype(np.int8)
        codes = _pattern_codes(merged)
        unique, first, inverse = np.unique(codes, return_index=True, return_inverse=True)
        summed = np.bincount(inverse, weights=self.counts, minlength=len(unique)).astype(np.int64)
        return CaptureHistories(tuple(names), merged[first], summed)

    def to_frame(self) -> pd.DataFrame:
        """The table as a DataFrame: one 0/1 column per list and a ``count`` column."""
        frame = pd.DataFrame(self.patterns.astype(np.int64), columns=list(self.lists))
        frame[COUNT_COLUMN] = self.counts
        return frame

    def to_csv(self, path: str | os.PathLike[str] | None = None) -> str:
        """Write the table in the shared CSV format; returns the CSV text."""
        text = self.to_frame().to_csv(index=False, lineterminator="\n")
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    def __str__(self) -> str:
        return f"{self.n_observed:,} people on {self.n_lists} lists ({', '.join(self.lists)}), {len(self.counts)} patterns"


def _pattern_codes(patterns: np.ndarray) -> np.ndarray:
    """Integer code of each 0/1 row, first column as the most significant bit."""
    n_lists = patterns.shape[1]
    weights = (1 << np.arange(n_lists - 1, -1, -1, dtype=np.int64))
    return patterns.astype(np.int64) @ weights


def histories_from_frame(
    frame: pd.DataFrame,
    *,
    count_column: str = COUNT_COLUMN,
    lists: Sequence[str] | None = None,
    source: str = "table",
) -> CaptureHistories:
    """Validate a DataFrame of capture histories and return a :class:`CaptureHistories`.

    Args:
        frame: one 0/1 column per list plus a count column.
        count_column: name of the count column (``count`` in the shared format).
        lists: the list columns to use; by default every column except the count.
        source: how to name the table in error messages (a file name, say).
    """
    columns = [str(column) for column in frame.columns]
    if count_column not in columns:
        raise HistoriesError(
            f"{source}: no {count_column!r} column (columns: {', '.join(columns) or 'none'}); "
            f"add a {count_column!r} column with the number of people per capture history"
        )
    list_columns = [column for column in columns if column != count_column] if lists is None else [str(name) for name in lists]
    unknown = [name for name in list_columns if name not in columns]
    if unknown:
        raise HistoriesError(f"{source}: list column(s) {', '.join(unknown)} not found; columns are {', '.join(columns)}")
    if len(list_columns) < 2:
        raise HistoriesError(
            f"{source}: a capture-history table needs at least 2 list columns besides {count_column!r}, "
            f"got {len(list_columns)} ({', '.join(list_columns) or 'none'})"
        )
    if len(frame) == 0:
        raise HistoriesError(f"{source}: the table has no rows")
    frame = frame.rename(columns=str)
    flags = np.empty((len(frame), len(list_columns)), dtype=np.int8)
    for j, name in enumerate(list_columns):
        values = pd.to_numeric(frame[name], errors="coerce")
        bad = values.isna() | ~values.isin((0, 1))
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            raise HistoriesError(
                f"{source}: row {row + 1}, column {name!r}: {frame[name].iloc[row]!r} is not 0 or 1; "
                "each list column must mark membership with 0 (not on the list) or 1 (on it)"
            )
        flags[:, j] = values.to_numpy().astype(np.int8)
    raw_counts = frame[count_column]
    counts = pd.to_numeric(raw_counts, errors="coerce")
    not_numeric = counts.isna() | ~np.isfinite(counts.to_numpy(dtype=float, na_value=np.nan))
    if not_numeric.any():
        row = int(np.flatnonzero(not_numeric.to_numpy())[0])
        raise HistoriesError(f"{source}: row {row + 1}: count {raw_counts.iloc[row]!r} is not a number")
    values = counts.to_numpy(dtype=float)
    fractional = np.flatnonzero(values != np.round(values))
    if fractional.size:
        row = int(fractional[0])
        raise HistoriesError(f"{source}: row {row + 1}: count {raw_counts.iloc[row]!r} is not a whole number of people")
    negative = np.flatnonzero(values < 0)
    if negative.size:
        row = int(negative[0])
        raise HistoriesError(
            f"{source}: row {row + 1}: count {raw_counts.iloc[row]!r} is negative; counts are numbers of people (0 or more)"
        )
    try:
        return CaptureHistories(tuple(list_columns), flags, values.astype(np.int64))
    except HistoriesError as error:
        raise HistoriesError(f"{source}: {error}") from None


def read_histories(
    path: str | os.PathLike[str] | io.TextIOBase,
    *,
    count_column: str = COUNT_COLUMN,
    lists: Sequence[str] | None = None,
) -> CaptureHistories:
    """Read and validate a capture-history CSV (one 0/1 column per list and a ``count`` column)."""
    frame, source = _read_csv(path)
    return histories_from_frame(frame, count_column=count_column, lists=lists, source=source)


def read_stratified_histories(
    path: str | os.PathLike[str] | io.TextIOBase | pd.DataFrame,
    strata: str | Sequence[str],
    *,
    count_column: str = COUNT_COLUMN,
    lists: Sequence[str] | None = None,
) -> dict[str, CaptureHistories]:
    """Read a capture-history table with stratum columns into one table per stratum.

    The file has the usual list and ``count`` columns plus one or more stratum columns
    (period, place, sex, ...). Each combination of stratum values becomes its own table,
    keyed by the values joined with ``" / "``. Every stratum is estimated separately, so
    every stratum must have at least one person in it.
    """
    if isinstance(path, pd.DataFrame):
        frame, source = path, "table"
    else:
        frame, source = _read_csv(path)
    by = [strata] if isinstance(strata, str) else list(strata)
    missing = [name for name in by if name not in frame.columns]
    if missing:
        raise HistoriesError(f"{source}: stratum column(s) {', '.join(missing)} not found; columns are {', '.join(map(str, frame.columns))}")
    if frame[by].isna().any().any():
        row = int(np.flatnonzero(frame[by].isna().any(axis=1).to_numpy())[0])
        raise HistoriesError(f"{source}: row {row + 1} has no value for stratum column(s) {', '.join(by)}; fill it in or drop the row")
    list_columns = [c for c in frame.columns if c != count_column and c not in by] if lists is None else list(lists)
    tables: dict[str, CaptureHistories] = {}
    for key, part in frame.groupby(by, sort=True):
        values = key if isinstance(key, tuple) else (key,)
        label = " / ".join(str(value) for value in values)
        tables[label] = histories_from_frame(
            part[list(list_columns) + [count_column]].reset_index(drop=True),
            count_column=count_column,
            source=f"{source}, stratum {label}",
        )
    return tables


def histories_from_memberships(
    memberships: Iterable[Iterable[str]],
    lists: Sequence[str] | None = None,
) -> CaptureHistories:
    """Build a capture-history table from the lists each person was found on.

    Args:
        memberships: one entry per distinct person (a cluster of linked records), giving
            the names of the lists that person appears on, e.g. ``[{"ABA", "HRW"}, {"EXH"}]``.
            A person on the same list twice (a within-list duplicate) counts once.
        lists: all list names, in column order. Give it when a list could be empty in this
            set of people, so its column still exists; by default the names seen, sorted.

    Returns:
        The table with every observed pattern (zero-count patterns are not written; use
        :meth:`CaptureHistories.complete` for the full table).
    """
    sets = [frozenset(str(name) for name in member) for member in memberships]
    seen = sorted(set().union(*sets)) if sets else []
    names = list(lists) if lists is not None else seen
    unknown = sorted(set(seen) - set(names))
    if unknown:
        raise HistoriesError(f"people are on list(s) {', '.join(unknown)} that are not among the lists given ({', '.join(names)})")
    for number, member in enumerate(sets, start=1):
        if not member:
            raise HistoriesError(f"person {number} is on no list; every linked person must come from at least one list")
    if len(names) < 2:
        raise HistoriesError(f"need people from at least 2 lists to estimate, got {len(names)} ({', '.join(names) or 'none'})")
    index = {name: j for j, name in enumerate(names)}
    tally: dict[tuple[int, ...], int] = {}
    for member in sets:
        pattern = [0] * len(names)
        for name in member:
            pattern[index[name]] = 1
        key = tuple(pattern)
        tally[key] = tally.get(key, 0) + 1
    ordered = sorted(tally.items(), key=lambda item: item[0], reverse=True)
    patterns = np.array([pattern for pattern, _ in ordered], dtype=np.int8)
    counts = np.array([count for _, count in ordered], dtype=np.int64)
    return CaptureHistories(tuple(names), patterns, counts)


def _read_csv(path: str | os.PathLike[str] | io.TextIOBase) -> tuple[pd.DataFrame, str]:
    if isinstance(path, io.TextIOBase):
        source = getattr(path, "name", "table")
        text = path.read()
    else:
        file = Path(path)
        source = file.name
        if not file.exists():
            raise HistoriesError(f"{file}: no such file; check the path to the capture-history CSV")
        text = file.read_text(encoding="utf-8-sig")
    if not text.strip():
        raise HistoriesError(f"{source}: the file is empty; it needs a header of list names and 'count', then one row per history")
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, skipinitialspace=True, keep_default_na=False, na_values=[""])
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise HistoriesError(f"{source}: not a readable CSV ({error}); save it as comma-separated text with a header row") from None
    header = [name.strip() for name in next(csv.reader(io.StringIO(text)))]
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise HistoriesError(f"{source}: column name(s) {', '.join(repeated)} repeat in the header; give each list a unique name")
    frame.columns = [str(column).strip() for column in frame.columns]
    return frame, source

