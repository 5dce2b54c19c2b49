"""Fixtures shared by the whole suite.

Every store test runs twice: on SQLite and on a real PostgreSQL server. The
server's URL comes from FACTFINDER_TEST_PG (`.ci/run` starts one with
scripts/start-postgres.sh). Without it the PostgreSQL half is skipped and the
run ends with a loud warning; under CI (CI=true) a missing server fails the run.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from factfinder.config import Config, normalize_db_url
from factfinder.workbench import Workbench

REPO = Path(__file__).resolve().parents[1]
SEEDS = Path(os.environ.get("FACTFINDER_SHARED", REPO.parent / "shared")) / "seeds"
PG_URL = os.environ.get("FACTFINDER_TEST_PG")
IN_CI = os.environ.get("CI") == "true"



def read_seed(name: str) -> str:
    """The text of one shared seed document. Outside CI a missing seeds folder skips the test
    (a contributor may not have ../shared); under CI=true it fails, so CI can never pass by skipping."""
    path = SEEDS / name
    if not path.exists():
        message = f"the seed {path} is missing: set FACTFINDER_SHARED to the folder that holds seeds/"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    return path.read_text(encoding="utf-8")


BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(
        not PG_URL, reason="PostgreSQL not available: set FACTFINDER_TEST_PG (see scripts/start-postgres.sh)")),
]


def pytest_configure(config: pytest.Config) -> None:
    if IN_CI and not PG_URL:
        raise pytest.UsageError("CI=true but FACTFINDER_TEST_PG is not set: the PostgreSQL half of the suite "
                                "would be skipped. Start a server with scripts/start-postgres.sh.")


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    if not PG_URL:
        terminalreporter.write_sep("!", "PostgreSQL NOT TESTED", red=True, bold=True)
        terminalreporter.write_line("FACTFINDER_TEST_PG is not set, so every PostgreSQL test was skipped. "
                                    "Run `.ci/run`, or export FACTFINDER_TEST_PG=$(scripts/start-postgres.sh).")


@pytest.fixture(scope="session")
def pg_admin_engine_lazy():
    cache = {}

    def get():
        if "engine" not in cache:
            cache["engine"] = create_engine(normalize_db_url(PG_URL), isolation_level="AUTOCOMMIT")
        return cache["engine"]

    yield get
    if "engine" in cache:
        cache["engine"].dispose()


def _drop_database(admin, name: str) -> None:  # noqa: ANN001
    with admin.connect() as conn:
        conn.execute(text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"))
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


def new_store_url(backend: str, home: Path, pg_admin_engine_lazy, request) -> str:  # noqa: ANN001
    """A store for one test or module: a SQLite file in `home`, or a fresh PostgreSQL database
    dropped when the requesting test or module finishes."""
    if backend == "sqlite":
        return f"sqlite:///{home / 'factfinder.db'}"
    name = f"ff_test_{uuid.uuid4().hex[:12]}"
    admin = pg_admin_engine_lazy()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    request.addfinalizer(lambda: _drop_database(admin, name))
    return normalize_db_url(PG_URL).rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture
def store_url(backend, tmp_path, pg_admin_engine_lazy, request) -> str:
    return new_store_url(backend, tmp_path / "home", pg_admin_engine_lazy, request)


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def wb(store_url, home):
    bench = Workbench(Config(home=home, db_url=store_url, user="tester"))
    yield bench
    bench.close()
