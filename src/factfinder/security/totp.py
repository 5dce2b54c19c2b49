"""Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226), for authenticator apps.

Codes are 6 digits over 30-second steps with HMAC-SHA1, the parameters every
authenticator app assumes. One step either side is accepted for clock drift.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import struct
import time
from urllib.parse import quote, urlencode

STEP = 30
DIGITS = 6
DRIFT_STEPS = 1


def new_secret() -> str:
    """160 random bits (RFC 4226's recommended length), base32 without padding."""
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii").rstrip("=")


def _key(secret: str) -> bytes:
    clean = secret.replace(" ", "").upper()
    return base64.b32decode(clean + "=" * (-len(clean) % 8))


def hotp(key: bytes, counter: int, digits: int = DIGITS, algorithm: str = "sha1") -> str:
    mac = hmac.new(key, struct.pack(">Q", counter), getattr(hashlib, algorithm)).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10 ** digits).zfill(digits)


def totp(key: bytes, at: float, digits: int = DIGITS, algorithm: str = "sha1", step: int = STEP) -> str:
    return hotp(key, int(at // step), digits, algorithm)


def code_for(secret: str, at: float | None = None) -> str:
    return totp(_key(secret), time.time() if at is None else at)


def matching_step(secret: str, code: str | None, at: float | None = None) -> int | None:
    """The time step whose code `code` is (within the drift allowed), or None."""
    if not code or not isinstance(code, str):
        return None
    code = code.strip().replace(" ", "")
    if len(code) != DIGITS or not (code.isascii() and code.isdigit()):
        return None
    key, now = _key(secret), time.time() if at is None else at
    for step in range(int(now // STEP) - DRIFT_STEPS, int(now // STEP) + DRIFT_STEPS + 1):
        if hmac.compare_digest(hotp(key, step), code):
            return step
    return None


def verify(secret: str, code: str | None, at: float | None = None) -> bool:
    return matching_step(secret, code, at) is not None


def uri(secret: str, account: str, issuer: str = "factfinder") -> str:
    label = quote(f"{issuer}:{account}")
    query = urlencode({"secret": secret, "issuer": issuer, "algorithm": "SHA1", "digits": DIGITS, "period": STEP})
    return f"otpauth://totp/{label}?{query}"
