"""Throttling password guessing: after MAX_FAILURES failed logins within WINDOW the account
is locked for LOCK_FOR. The counters live on the user's row, so every web worker and API
process sees the same lock."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from factfinder.store.schema import User

MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
LOCK_FOR = timedelta(minutes=15)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every time factfinder stores is UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=timezone.utc)


def locked_until(user: User, now: datetime) -> datetime | None:
    until = aware(user.locked_until)
    return until if until is not None and now < until else None


def record_failure(user: User, now: datetime) -> datetime | None:
    """Count one failure; return the end of the lock if this failure locks the account."""
    first = aware(user.first_failed_at)
    if first is None or now - first > WINDOW:
        user.first_failed_at, user.failed_logins = now, 1
    else:
        user.failed_logins += 1
    if user.failed_logins >= MAX_FAILURES:
        user.locked_until = now + LOCK_FOR
        user.failed_logins, user.first_failed_at = 0, None
        return user.locked_until
    return None


def record_success(user: User) -> None:
    user.failed_logins, user.first_failed_at, user.locked_until = 0, None, None
