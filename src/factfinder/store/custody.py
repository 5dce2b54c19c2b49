"""The chain of custody: an append-only log of every action, hash-chained.

Each entry's hash is SHA-256 over the previous entry's hash followed by the
entry's canonical JSON (sorted keys, no whitespace, UTF-8). Editing, deleting
or reordering any entry breaks the chain at that point, and `verify` says where.
Because deleting the newest entries leaves a valid (shorter) chain, the head
(last seq and hash) is also kept outside the database, in `custody.head`
in the data directory, and `verify` compares the two.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from factfinder.store.schema import CustodyEntry, CustodyHead

GENESIS = "0" * 64

# Every action the log knows; adding one is a conscious act.
ACTIONS = frozenset({
    "ingest", "reingest_text", "metadata_change", "extraction_run", "review_decision",
    "export", "backup", "deletion_request", "grade", "merge", "split", "import",
    "user_change", "login", "check", "estimate", "link", "rebuild",
    "user_add", "role_change", "password_change", "user_disable", "totp_enable", "totp_disable",
    "login_failure", "lockout", "access_grant", "access_revoke", "confidentiality", "sensitive_change",
    "encrypt_existing",
})


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _plain(value: Any) -> Any:
    """JSON-safe details that round-trip identically through SQLite and PostgreSQL
    JSON columns: floats become strings (their text form differs between engines)."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, bool)) or value is None:
        return value
    return str(value)


def entry_body(seq: int, at: str, actor: str, action: str, object_type: str,
               object_id: str, details: dict) -> dict:
    return {"seq": seq, "at": at, "actor": actor, "action": action,
            "object_type": object_type, "object_id": object_id, "details": details}


def chain_hash(prev_hash: str, body: dict) -> str:
    return hashlib.sha256((prev_hash + canonical_json(body)).encode("utf-8")).hexdigest()


def append(session: Session, *, actor: str, action: str, object_type: str, object_id: str,
           details: dict | None = None) -> CustodyEntry:
    """Append one entry inside the caller's transaction (it commits with the change it logs)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown custody action {action!r}; known: {sorted(ACTIONS)}")
    head = session.execute(select(CustodyHead).where(CustodyHead.id == 1).with_for_update()).scalar_one()
    seq = head.seq + 1
    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    clean = _plain(details or {})
    body = entry_body(seq, at, actor, action, object_type, object_id, clean)
    digest = chain_hash(head.hash, body)
    entry = CustodyEntry(seq=seq, at=at, actor=actor, action=action, object_type=object_type,
                         object_id=object_id, details=clean, prev_hash=head.hash, hash=digest)
    session.add(entry)
    head.seq, head.hash = seq, digest
    session.flush()
    return entry


@dataclass(frozen=True)
class Anchor:
    """The log's head as last seen by this data directory, kept outside the database."""

    path: Path

    def read(self) -> tuple[int, str] | None:
        try:
            data = json.loads(self.path.read_text())
            return int(data["seq"]), str(data["hash"])
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            return (-1, "unreadable")

    def advance(self, seq: int, digest: str) -> None:
        """Record a newer head; never move backwards (concurrent writers may finish out of order)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.path.with_suffix(".lock")
        with open(lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            current = self.read()
            if current is not None and current[0] >= seq:
                return
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".custody-head-")
            with os.fdopen(fd, "w") as handle:
                handle.write(canonical_json({"seq": seq, "hash": digest}))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)


@dataclass(frozen=True)
class ChainProblem:
    seq: int | None
    kind: str  # edited | deleted | reordered | broken_link | truncated | head_mismatch
    message: str


def verify_chain(entries: list[CustodyEntry], head: tuple[int, str] | None,
                 anchor: tuple[int, str] | None) -> list[ChainProblem]:
    """Walk the log in seq order and say exactly which entries were edited, deleted or reordered."""
    problems: list[ChainProblem] = []
    prev_hash, prev_seq = GENESIS, 0
    bodies = {e.seq: _body_of(e) for e in entries}
    for entry in entries:
        body = bodies[entry.seq]
        if entry.seq != prev_seq + 1:
            first, last = prev_seq + 1, entry.seq - 1
            span = f"seq {first}" if first == last else f"seq {first}–{last}"
            problems.append(ChainProblem(first, "deleted",
                            f"custody log entries {span} are missing (deleted)"))
        content_ok = chain_hash(entry.prev_hash, body) == entry.hash
        if not content_ok:
            moved_from = _written_as(entry, body)
            if moved_from is not None:
                problems.append(ChainProblem(entry.seq, "reordered",
                                f"custody log entry seq {entry.seq} was written as seq {moved_from} "
                                f"and has been moved (reordered)"))
            else:
                problems.append(ChainProblem(entry.seq, "edited",
                                f"custody log entry seq {entry.seq} ({entry.action} {entry.object_type} "
                                f"{entry.object_id[:12]}) was edited after it was written: "
                                f"its hash no longer matches its content"))
        elif entry.prev_hash != prev_hash and entry.seq == prev_seq + 1:
            problems.append(ChainProblem(entry.seq, "broken_link",
                            f"custody log entry seq {entry.seq} does not follow entry seq {prev_seq}: "
                            f"an entry before it was replaced, deleted or reordered"))
        prev_hash, prev_seq = entry.hash, entry.seq

    last_seq = entries[-1].seq if entries else 0
    for label, ref in (("database head record", head), ("custody.head file", anchor)):
        if ref is None:
            continue
        ref_seq, ref_hash = ref
        if ref_seq < 0:
            problems.append(ChainProblem(None, "head_mismatch", f"the {label} is unreadable"))
        elif ref_seq > last_seq:
            span = f"seq {last_seq + 1}" if ref_seq == last_seq + 1 else f"seq {last_seq + 1}–{ref_seq}"
            problems.append(ChainProblem(last_seq + 1, "truncated",
                            f"custody log entries {span} were deleted from the end of the log "
                            f"(the {label} says the log reached seq {ref_seq})"))
        elif ref_seq in bodies:
            at_ref = next(e for e in entries if e.seq == ref_seq)
            if at_ref.hash != ref_hash:
                problems.append(ChainProblem(ref_seq, "head_mismatch",
                                f"custody log entry seq {ref_seq} differs from the one the {label} recorded"))
        elif label == "database head record" and ref_seq != last_seq:
            problems.append(ChainProblem(ref_seq, "head_mismatch",
                            f"the {label} (seq {ref_seq}) disagrees with the log's last entry (seq {last_seq})"))
    return _dedupe(problems)


def _body_of(entry: CustodyEntry) -> dict:
    return entry_body(entry.seq, entry.at, entry.actor, entry.action, entry.object_type,
                      entry.object_id, entry.details)


def _written_as(entry: CustodyEntry, body: dict) -> int | None:
    """If the entry hashes correctly under another seq, it was moved: return that seq."""
    for delta in range(1, 65):
        for candidate in (entry.seq - delta, entry.seq + delta):
            if candidate < 1:
                continue
            if chain_hash(entry.prev_hash, {**body, "seq": candidate}) == entry.hash:
                return candidate
    return None


def _dedupe(problems: list[ChainProblem]) -> list[ChainProblem]:
    seen, out = set(), []
    for p in problems:
        key = (p.seq, p.kind)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
