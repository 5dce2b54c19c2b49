"""Victim lists in the store: import under custody, and read back for linkage.

A list file (CSV or Parquet) is kept byte for byte like any original, as a source
of kind `victim_list`; its records are stored in canonical fields (see
`linkage.CANONICAL_FIELDS`). Records are sensitive: they are stored encrypted with the
field key (factfinder.security.crypto; the associated data binds each ciphertext to its
list and record id), and the custody log records the import's counts and column mapping,
never a record's content.
"""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from factfinder.errors import E, InvalidInput
from factfinder.store import custody
from factfinder.store.objects import sha256_bytes
from factfinder.store.schema import Source, VictimList, VictimRecord

if TYPE_CHECKING:
    import pandas as pd

    from factfinder.workbench import Workbench

LIST_SUFFIXES = {".csv": "text/csv", ".parquet": "application/vnd.apache.parquet"}
ENCRYPT_BATCH = 2000


def encrypt_record(wb: "Workbench", list_id: int, record_id: str, payload: str) -> str:
    return wb.cipher.encrypt(payload, "victim_records", f"{list_id}/{record_id}", "data")


def decrypt_record(wb: "Workbench", list_id: int, record_id: str, data: str) -> dict:
    """A record's fields. Raises EncryptionKeyError (never garbage) if the key is missing or wrong;
    a record from before encryption (see encrypt_existing_records) is read as it is."""
    return json.loads(wb.cipher.decrypt(data, "victim_records", f"{list_id}/{record_id}", "data"))


def encrypt_existing_records(wb: "Workbench") -> dict:
    """Encrypt every victim record still stored as plain JSON, in batches, and log the count."""
    done = 0
    while True:
        with wb.db.write() as session:
            rows = session.scalars(select(VictimRecord).where(VictimRecord.data.not_like("ffenc1:%"))
                                   .order_by(VictimRecord.id).limit(ENCRYPT_BATCH)).all()
            for row in rows:
                row.data = encrypt_record(wb, row.list_id, row.record_id, row.data)
        done += len(rows)
        if len(rows) < ENCRYPT_BATCH:
            break
    with wb.db.read() as session:
        total = session.scalar(select(func.count()).select_from(VictimRecord))
    wb.log("encrypt_existing", "victim_records", "all", {"encrypted": done, "total": total,
                                                         "key_id": wb.cipher.key_id})
    return {"encrypted": done, "total": total, "key_id": wb.cipher.key_id}


def read_table(path: Path, data: bytes) -> "pd.DataFrame":
    import pandas as pd

    suffix = path.suffix.lower()
    if suffix not in LIST_SUFFIXES:
        raise InvalidInput(E.E401, path=str(path), reason=f"unsupported file type {suffix!r}; use .csv or .parquet")
    try:
        if suffix == ".csv":
            frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, skipinitialspace=True)
        else:
            frame = pd.read_parquet(io.BytesIO(data))
    except Exception as exc:  # pandas and pyarrow raise many parser errors
        raise InvalidInput(E.E401, path=str(path), reason=str(exc).splitlines()[0]) from exc
    if frame.empty:
        raise InvalidInput(E.E401, path=str(path), reason="the table has no rows")
    return frame


def import_list(wb: "Workbench", path: str | Path, name: str | None = None, mapping: dict[str, str] | None = None,
                id_column: str | None = None) -> dict:
    """Import one list. `mapping` is {file column: canonical field}; `id_column` names the
    column holding each record's id in the original list (default: the row number)."""
    wb.require("write", "import victim lists")
    from factfinder.estimate.linkage import LinkageInputError, map_columns

    path = Path(path)
    if not path.is_file():
        raise InvalidInput(E.E401, path=str(path), reason="no such file")
    data = path.read_bytes()
    frame = read_table(path, data)
    name = (name or path.stem).strip()
    mapping = dict(mapping or {})
    if id_column:
        mapping[id_column] = "record_id"
    if "record_id" not in mapping.values():
        frame = frame.copy()
        frame["__row__"] = [str(i) for i in range(1, len(frame) + 1)]
        mapping["__row__"] = "record_id"
    try:
        canonical = map_columns(frame, mapping, list_name=name)
    except LinkageInputError as exc:
        raise InvalidInput(E.E401, path=str(path), reason=str(exc)) from exc
    ids = canonical["record_id"].astype(str)
    duplicated = ids[ids.duplicated()].unique()
    if len(duplicated):
        raise InvalidInput(E.E401, path=str(path),
                           reason=f"{len(duplicated)} record id(s) occur more than once in the id column "
                                  f"(e.g. {duplicated[0]!r}); ids must identify one record each")
    source_id = sha256_bytes(data)
    with wb.db.read() as session:
        if session.scalar(select(VictimList.id).where(VictimList.name == name)):
            raise InvalidInput(E.E402, name=name)
        existing = session.scalar(select(VictimList.name).where(VictimList.source_id == source_id))
        if existing:
            raise InvalidInput(E.E403, path=str(path), name=existing)
        source_exists = session.get(Source, source_id) is not None
    fields = [c for c in canonical.columns if c not in ("record_id", "list_name")]
    records = []
    for record_id, row in zip(ids, canonical[fields].itertuples(index=False, name=None)):
        values = {f: (None if v is None or (isinstance(v, float) and v != v) or str(v).strip() == "" else str(v))
                  for f, v in zip(fields, row)}
        records.append((record_id, json.dumps(values, ensure_ascii=False, sort_keys=True)))

    wb.cipher.key_id  # load (or create) the key before the write transaction, so a missing one fails early
    wb.objects.put(data, source_id)
    now = datetime.now(timezone.utc)
    with wb.db.write() as session:
        if not source_exists:
            session.add(Source(id=source_id, filename=path.name, media_type=LIST_SUFFIXES[path.suffix.lower()],
                               size=len(data), title=name, kind="victim_list", ingested_at=now,
                               ingested_by=wb.config.user, provenance={"title": "option", "kind": "derived"},
                               warnings=[]))
        victim_list = VictimList(name=name, source_id=source_id, mapping=mapping, records=len(records),
                                 imported_at=now, imported_by=wb.config.user)
        session.add(victim_list)
        session.flush()
        session.add_all([VictimRecord(list_id=victim_list.id, record_id=rid,
                                      data=encrypt_record(wb, victim_list.id, rid, payload))
                         for rid, payload in records])
        if not source_exists:
            custody.append(session, actor=wb.config.user, action="ingest", object_type="source",
                           object_id=source_id, details={"filename": path.name, "size": len(data),
                                                         "media_type": LIST_SUFFIXES[path.suffix.lower()],
                                                         "kind": "victim_list"})
        entry = custody.append(session, actor=wb.config.user, action="import", object_type="victim_list",
                               object_id=name, details={"source_id": source_id, "records": len(records),
                                                        "mapping": mapping, "fields": fields})
    wb.anchor.advance(entry.seq, entry.hash)
    return {"name": name, "source_id": source_id, "records": len(records), "fields": fields}


def list_summaries(wb: "Workbench") -> list[dict]:
    with wb.db.read() as session:
        return [{"name": v.name, "source_id": v.source_id, "records": v.records, "mapping": v.mapping,
                 "imported_at": v.imported_at.isoformat(), "imported_by": v.imported_by}
                for v in session.scalars(select(VictimList).order_by(VictimList.id))]


def load_frames(wb: "Workbench", names: list[str] | None = None) -> dict[str, "pd.DataFrame"]:
    """Every (or the named) list as a DataFrame of canonical fields with `record_id`, `list_name`
    and `record_pk` (the store's own key, to write clusters back)."""
    wb.require("sensitive", "read victim records")
    import pandas as pd

    frames: dict[str, pd.DataFrame] = {}
    with wb.db.read() as session:
        lists = session.scalars(select(VictimList).order_by(VictimList.id)).all()
        known = {v.name for v in lists}
        missing = sorted(set(names or []) - known)
        if missing:
            raise InvalidInput(E.E404, names=", ".join(missing), known=", ".join(sorted(known)) or "none")
        for victim_list in lists:
            if names and victim_list.name not in names:
                continue
            rows = session.execute(select(VictimRecord.id, VictimRecord.record_id, VictimRecord.data)
                                   .where(VictimRecord.list_id == victim_list.id).order_by(VictimRecord.id)).all()
            frame = pd.DataFrame([{**decrypt_record(wb, victim_list.id, record_id, data), "record_id": record_id,
                                   "record_pk": pk} for pk, record_id, data in rows])
            frame["list_name"] = victim_list.name
            frames[victim_list.name] = frame
    return frames
