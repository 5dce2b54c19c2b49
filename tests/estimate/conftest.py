"""Fixtures for the casualty-estimation tests: the shared benchmark tables.

The tables live outside the repository, in ``<repo>/../shared/data/estimation``
(``FACTFINDER_SHARED`` overrides ``<repo>/../shared``); their README gives the sources
and the published numbers the tests reproduce. Nothing is downloaded.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factfinder.estimate.histories import CaptureHistories, read_histories

REPO = Path(__file__).resolve().parents[2]


def estimation_data_dir() -> Path:
    """``$FACTFINDER_SHARED/data/estimation``, by default ``<repo>/../shared/data/estimation``."""
    shared = Path(os.environ.get("FACTFINDER_SHARED") or REPO / ".." / "shared")
    return (shared / "data" / "estimation").resolve()


@pytest.fixture(scope="session")
def estimation_data() -> Path:
    folder = estimation_data_dir()
    if not (folder / "kosovo_1999_4list.csv").exists():
        pytest.fail(
            f"shared estimation data not found in {folder}; put the shared folder beside the repository "
            "or point FACTFINDER_SHARED at it"
        )
    return folder


@pytest.fixture(scope="session")
def table(estimation_data: Path):
    """Load a shared capture-history table by file stem, e.g. ``table("kosovo_1999_4list")``."""

    def load(stem: str) -> CaptureHistories:
        return read_histories(estimation_data / f"{stem}.csv")

    return load
