"""Encryption of sensitive fields at rest: AES-256-GCM with the key kept outside the database.

A value is stored as `ffenc1:<key id>:<base64url(nonce || ciphertext+tag)>`. The 96-bit
nonce is random per value. The associated data names the place the value belongs to
(table, row, field), so a ciphertext copied onto another row or field fails to decrypt
instead of showing someone else's data. The key id (first 8 hex digits of the SHA-256 of
the key) lets a wrong key be named in the error instead of failing obscurely.

The key file holds the 32-byte key in base64 on one line, mode 0600. It is created on
first use, unless the store already holds encrypted data (then the real key is missing
and a fresh one would only hide that).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import stat
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from factfinder.errors import E, EncryptionKeyError

PREFIX = "ffenc1"
KEY_ENV = "FACTFINDER_FIELD_KEY_FILE"


def key_path(home: Path) -> Path:
    env = os.environ.get(KEY_ENV)
    return Path(env) if env else Path(home) / "keys" / "field.key"


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:8]


def is_encrypted(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX + ":")


def data_key_id(value: str) -> str:
    return value.split(":", 2)[1]


def read_key(path: Path) -> bytes:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            raise EncryptionKeyError(E.E512, path=str(path),
                                     reason=f"other users may read it (mode {mode:04o}); run chmod 600 {path}")
        raw = path.read_text(encoding="ascii").strip()
        key = base64.b64decode(raw, validate=True)
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise EncryptionKeyError(E.E512, path=str(path), reason=f"it does not hold a base64 key ({exc})") from exc
    if len(key) != 32:
        raise EncryptionKeyError(E.E512, path=str(path), reason=f"the key is {len(key) * 8} bits, not 256")
    return key


def create_key(path: Path) -> bytes:
    """Write a new random key, readable by its owner only; never overwrite an existing file."""
    key = AESGCM.generate_key(bit_length=256)
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(base64.b64encode(key).decode("ascii") + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return key


def associated_data(table: str, row: object, field: str) -> bytes:
    return json.dumps([table, str(row), field], separators=(",", ":")).encode("utf-8")


class FieldCipher:
    """Encrypts and decrypts values for one store. `has_encrypted_data` is asked only when the
    key file is missing, to decide between creating a key and reporting a lost one."""

    def __init__(self, path: Path, has_encrypted_data=lambda: None) -> None:  # noqa: ANN001
        self.path = path
        self._probe = has_encrypted_data
        self._key: bytes | None = None

    def _load(self, create: bool) -> bytes:
        if self._key is not None:
            return self._key
        try:
            self._key = read_key(self.path)
        except FileNotFoundError:
            existing = self._probe()
            if existing is not None:
                raise EncryptionKeyError(E.E510, path=str(self.path), key_id=existing) from None
            if not create:
                raise EncryptionKeyError(E.E510, path=str(self.path), key_id="unknown") from None
            try:
                self._key = create_key(self.path)
            except FileExistsError:  # another process made it first: use theirs
                self._key = read_key(self.path)
        return self._key

    @property
    def key_id(self) -> str:
        return key_id(self._load(create=True))

    def encrypt(self, plaintext: str, table: str, row: object, field: str) -> str:
        key = self._load(create=True)
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(key).encrypt(nonce, plaintext.encode("utf-8"), associated_data(table, row, field))
        return f"{PREFIX}:{key_id(key)}:{base64.urlsafe_b64encode(nonce + sealed).decode('ascii')}"

    def decrypt(self, value: str, table: str, row: object, field: str) -> str:
        """The plaintext; a value that is not encrypted (a store from before encryption) is returned as is."""
        if not is_encrypted(value):
            return value
        _, stored_id, body = value.split(":", 2)
        key = self._load(create=False)
        try:
            blob = base64.urlsafe_b64decode(body.encode("ascii"))
            plain = AESGCM(key).decrypt(blob[:12], blob[12:], associated_data(table, row, field))
        except (InvalidTag, ValueError) as exc:
            what = f"{table} {row} {field}"
            if stored_id == key_id(key):
                what += " (the ciphertext was altered or moved from another row)"
            raise EncryptionKeyError(E.E511, what=what, path=str(self.path), key_id=key_id(key),
                                     data_key_id=stored_id) from exc
        return plain.decode("utf-8")
