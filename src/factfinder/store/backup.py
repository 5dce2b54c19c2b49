"""`backup`: a consistent copy of the whole store, taken while it is in use.

The copy is a data directory of its own (originals, a SQLite database, the
custody head) that `factfinder --data-dir PATH verify` checks like any other.
SQLite is copied with SQLite's online backup API; PostgreSQL is copied table by
table inside one REPEATABLE READ snapshot into a SQLite file, so a team's
database can be restored on a laptop. The backup is logged before the snapshot,
so the copy carries its own log entry.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from sqlalchemy import select, text

from factfinder.errors import E, StoreError
from factfinder.store.custody import canonical_json
from factfinder.store.db import Database
from factfinder.store.objects import ObjectStore, sha256_file
from factfinder.store.schema import Base, CustodyHead, Source

if TYPE_CHECKING:
    from factfinder.workbench import Workbench


def backup_store(wb: "Workbench", target: Path, on_progress: Callable[[int, int], None] | None = None) -> dict:
    if target.exists():
        raise StoreError(E.E305, path=str(target))
    staging = target.with_name(f".{target.name}.partial")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    try:
        wb.log("backup", "store", str(target.resolve()), {"database": wb.db.engine.url.render_as_string(True)})
        database = staging / "factfinder.db"
        if wb.db.dialect == "sqlite":
            _sqlite_online_copy(wb, database)
        else:
            _snapshot_to_sqlite(wb, database)
        copy_db = Database(f"sqlite:///{database.resolve()}")
        with copy_db.read() as session:
            source_ids = list(session.scalars(select(Source.id).order_by(Source.id)))
            head_seq, head_hash = session.execute(select(CustodyHead.seq, CustodyHead.hash)).one()
        copy_db.close()
        objects = ObjectStore(staging / "objects")
        for done, source_id in enumerate(source_ids, start=1):
            original = wb.objects.path_for(source_id)
            if not original.is_file():
                raise StoreError(E.E307, sha256=source_id, path=str(original))
            destination = objects.path_for(source_id)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(original, destination)
            if sha256_file(destination) != source_id:
                raise StoreError(E.E307, sha256=source_id, path=f"{original} (altered; run verify)")
            destination.chmod(0o444)
            if on_progress:
                on_progress(done, len(source_ids))
        (staging / "custody.head").write_text(canonical_json({"seq": head_seq, "hash": head_hash}))
        manifest = {"created_at": datetime.now(timezone.utc).isoformat(), "sources": len(source_ids),
                    "custody_seq": head_seq, "custody_hash": head_hash,
                    "database_sha256": sha256_file(database)}
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2))
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return {"path": str(target), **manifest}


def _sqlite_online_copy(wb: "Workbench", database: Path) -> None:
    raw = wb.db.engine.raw_connection()
    try:
        destination = sqlite3.connect(database)
        try:
            raw.driver_connection.backup(destination)
        finally:
            destination.close()
    finally:
        raw.close()
    # A WAL-mode copy is self-contained after backup; switch it to a single-file journal.
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")


def _snapshot_to_sqlite(wb: "Workbench", database: Path) -> None:
    copy = Database(f"sqlite:///{database.resolve()}")
    try:
        with wb.db.engine.connect().execution_options(isolation_level="REPEATABLE READ") as source_conn, \
                copy.engine.begin() as dest_conn:
            source_conn.execute(text("SELECT 1"))  # the snapshot starts with the first statement
            # Triggers on the copy fill its full-text index as passages arrive.
            dest_conn.execute(text("DELETE FROM custody_head"))
            for table in Base.metadata.sorted_tables:
                result = source_conn.execution_options(yield_per=2000).execute(table.select())
                for chunk in result.mappings().partitions():
                    dest_conn.execute(table.insert(), [dict(row) for row in chunk])
    finally:
        copy.close()
