"""Password hashing (Argon2id) and the password policy.

argon2-cffi's defaults follow RFC 9106's second recommended option (64 MiB,
3 passes); the hash string carries its own parameters, so raising them later
re-hashes old passwords on their next successful login.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from factfinder.errors import E, InvalidInput

MIN_LENGTH = 12
MAX_LENGTH = 1024  # a bound on hashing work per request, far above any real passphrase

_hasher = PasswordHasher()
# Verified when a user does not exist, so a login for an unknown name costs as much as a real one.
_DUMMY_HASH = _hasher.hash("factfinder-timing-equaliser")


def check_policy(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise InvalidInput(E.E507, min=MIN_LENGTH, reason=f"it has fewer than {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise InvalidInput(E.E507, min=MIN_LENGTH, reason=f"it has more than {MAX_LENGTH} characters")
    if password.strip() == "" or len(set(password)) < 4:
        raise InvalidInput(E.E507, min=MIN_LENGTH, reason="it repeats too few distinct characters")


def hash_password(password: str) -> str:
    check_policy(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
