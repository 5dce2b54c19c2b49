"""Bearer tokens, session ids and CSRF tokens.

Tokens and session ids are 256-bit random values; the database keeps only their
SHA-256, so a copy of the database cannot be replayed as logins. The CSRF token
of a session is an HMAC of the session id: the browser page gets it in a form
field, the cookie carries the session id, and a cross-site request knows neither.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def csrf_for(session_id: str) -> str:
    return hmac.new(session_id.encode("utf-8"), b"factfinder csrf v1", hashlib.sha256).hexdigest()


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))
