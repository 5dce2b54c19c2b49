"""Opening the database: engine, connection settings, migrations on first use.

SQLite (the embedded default) runs in WAL mode so readers never block the
writer; write transactions start with BEGIN IMMEDIATE so two writers queue
instead of failing half-way. PostgreSQL uses the same schema and code.
"""

from __future__ import annotations

from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from factfinder.errors import E, StoreError


def _alembic_config() -> AlembicConfig:
    ini = resources.files("factfinder.store") / "alembic.ini"
    cfg = AlembicConfig(str(ini))
    cfg.set_main_option("script_location", str(resources.files("factfinder.store") / "migrations"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def create_store_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = url.split("sqlite:///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_on_connect(dbapi_connection, _record):  # noqa: ANN001
            # Let us issue BEGIN ourselves (pysqlite's implicit transactions are not
            # serialisable enough for a hash chain).
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=60000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # noqa: ANN001
            if conn.get_execution_options().get("write"):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision; refuse a database from the future."""
    cfg = _alembic_config()
    head = head_revision()
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    if current is not None and current not in known:
        raise StoreError(E.E303, url=engine.url.render_as_string(hide_password=True), found=current)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """An engine with the schema migrated, and sessions for reading and writing."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine = create_store_engine(url)
            migrate(self.engine)
        except StoreError:
            raise
        except Exception as exc:  # driver errors: unreachable server, bad path, ...
            raise StoreError(E.E304, url=_safe_url(url), reason=str(exc).splitlines()[0]) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside commits together or not at all."""
        with self._sessions() as session:
            session.connection(execution_options={"write": True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url
