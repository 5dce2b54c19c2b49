"""The schema: migrations applied on first use, recorded, matching the ORM, and
a database from a newer factfinder refused."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from factfinder.errors import StoreError
from factfinder.store.db import Database, head_revision
from factfinder.store.schema import Base


def test_migrations_are_recorded_in_the_database(wb):
    with wb.db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()


def test_orm_matches_the_migrations(wb):
    with wb.db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # FTS objects live outside the ORM on purpose; nothing else may differ.
    assert [d for d in diffs if "fts" not in str(d)] == []


def test_sqlite_runs_in_wal_mode_with_fts5(wb, backend):
    if backend != "sqlite":
        assert wb.db.dialect == "postgresql"
        return
    with wb.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'passages_fts'")).scalar() == 1


def test_reopening_does_not_migrate_twice(wb, store_url):
    again = Database(store_url)
    with again.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    again.close()


def test_database_from_the_future_is_refused(wb, store_url):
    with wb.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(StoreError) as excinfo:
        Database(store_url)
    assert "9999_future" in str(excinfo.value) and "[E303]" in str(excinfo.value)
