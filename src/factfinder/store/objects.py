"""Content-addressed store of original files: objects/ab/cdef…, named by SHA-256.

Originals are written once, atomically (temporary file, fsync, rename), made
read-only, and never modified. Writing the same bytes twice is a no-op.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

CHUNK = 1 << 20


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class ObjectStore:
    root: Path

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:]

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put(self, data: bytes, sha256: str | None = None) -> str:
        """Store `data`; return its SHA-256. An existing object is left untouched."""
        digest = sha256 or sha256_bytes(data)
        target = self.path_for(digest)
        if target.is_file():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp_name, 0o444)
            os.replace(tmp_name, target)
            _fsync_dir(target.parent)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        return digest

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def all_ids(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for bucket in sorted(self.root.iterdir()):
            if bucket.is_dir() and len(bucket.name) == 2:
                for item in sorted(bucket.iterdir()):
                    if item.is_file() and not item.name.startswith("."):
                        yield bucket.name + item.name

    def leftovers(self) -> list[Path]:
        """Temporary files from writes that were interrupted (kill -9 mid-write)."""
        if not self.root.is_dir():
            return []
        return sorted(self.root.glob("*/.incoming-*"))


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
