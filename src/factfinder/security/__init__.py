"""Accounts, roles and the protection of sensitive data, for the web app and the REST API.

    security = Security(wb)                       # wb: the operator's Workbench
    security.add_user("ana", "analyst", "a long passphrase")
    principal = security.authenticate("ana", "a long passphrase", totp_code="123456")
    token = security.issue_token(principal)       # API: Authorization: Bearer <token>
    session_id, csrf = security.create_session(principal)   # web: cookie + form field
    view = workbench_for(wb, principal)           # what `ana` may see and do

The CLI has no login: it runs as the local operator with every right (whoever can run it
can already read the database and the key file). Security methods that change accounts
or access need the "admin" permission when `wb` is a user's view, and log to custody in
the acting user's name.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterator

from sqlalchemy import select

from factfinder.errors import (E, AuthError, BadCredentials, EncryptionKeyError, InvalidInput, LockedOut, NotFound,
                               PermissionDenied, TotpInvalid, TotpRequired)
from factfinder.security import lockout, passwords, tokens, totp
from factfinder.security.access import (PERMISSIONS, REDACTED, Principal, redact_fields, redact_record,
                                        workbench_for)
from factfinder.store import custody
from factfinder.store.schema import ROLES, SENSITIVE_FIELDS, AuthToken, Source, SourceGrant, User

__all__ = ["ROLES", "PERMISSIONS", "SENSITIVE_FIELDS", "REDACTED", "Principal", "Security", "workbench_for",
           "redact_fields", "redact_record", "verify_totp", "AuthError", "BadCredentials", "LockedOut",
           "TotpRequired", "TotpInvalid", "PermissionDenied", "EncryptionKeyError"]

TOKEN_TTL = 8 * 3600
SESSION_TTL = 8 * 3600
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def verify_totp(secret: str, code: str | None, at: float | None = None) -> bool:
    """Whether `code` is the RFC 6238 code of `secret` at `at` (now), one 30 s step either side."""
    return totp.verify(secret, code, at)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Security:
    """Users, logins, tokens, sessions and grants of one store. `clock` is for tests."""

    def __init__(self, wb, clock: Callable[[], datetime] = _utcnow) -> None:  # noqa: ANN001
        self.wb = wb
        self.db = wb.db
        self.clock = clock

    # ---- who is acting --------------------------------------------------------------------
    @property
    def _actor(self) -> str:
        return self.wb.config.user

    def _require_admin(self, action: str, unless_self: str | None = None) -> None:
        principal = getattr(self.wb, "principal", None)
        if principal is None or (unless_self is not None and principal.name == unless_self):
            return
        principal.require("admin", action)

    def _log(self, session, action: str, object_type: str, object_id: str, details: dict,  # noqa: ANN001
             actor: str | None = None) -> None:
        entry = custody.append(session, actor=actor or self._actor, action=action, object_type=object_type,
                               object_id=object_id, details=details)
        session.info.setdefault("custody", []).append(entry)

    @contextmanager
    def _writing(self) -> Iterator:
        """A write transaction; the custody head file advances after it commits. (State stays in the
        session, not on self: one Security serves concurrent requests.)"""
        with self.db.write() as session:
            yield session
            entries = session.info.get("custody", [])
        for entry in entries:
            self.wb.anchor.advance(entry.seq, entry.hash)

    @staticmethod
    def _user(session, name: str) -> User:  # noqa: ANN001
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise NotFound(E.E509, name=name)
        return user

    @staticmethod
    def _check_role(role: str) -> str:
        if role not in ROLES:
            raise InvalidInput(E.E506, role=role, roles=", ".join(ROLES))
        return role

    def _last_admin(self, session, user: User) -> bool:  # noqa: ANN001
        admins = session.scalars(select(User.id).where(User.role == "admin", User.disabled.is_(False))).all()
        return user.role == "admin" and not user.disabled and list(admins) == [user.id]

    # ---- accounts -------------------------------------------------------------------------
    def add_user(self, name: str, role: str, password: str) -> Principal:
        self._require_admin("add users")
        if not isinstance(name, str) or not _NAME.match(name):
            raise InvalidInput(E.E514, name=name)
        self._check_role(role)
        digest = passwords.hash_password(password)
        with self._writing() as session:
            if session.scalar(select(User.id).where(User.name == name)) is not None:
                raise InvalidInput(E.E508, name=name)
            session.add(User(name=name, role=role, password_hash=digest, disabled=False, failed_logins=0,
                             created_at=self.clock(), created_by=self._actor))
            session.flush()
            self._log(session, "user_add", "user", name, {"role": role})
        return Principal(name, role)

    def set_password(self, name: str, password: str) -> None:
        """A new password; it also ends the user's sessions and tokens and lifts a lock."""
        self._require_admin("change other users' passwords", unless_self=name)
        digest = passwords.hash_password(password)
        with self._writing() as session:
            user = self._user(session, name)
            user.password_hash = digest
            lockout.record_success(user)
            self._end_all(session, user)
            self._log(session, "password_change", "user", name, {})

    def set_role(self, name: str, role: str) -> Principal:
        self._require_admin("change roles")
        self._check_role(role)
        with self._writing() as session:
            user = self._user(session, name)
            if role != "admin" and self._last_admin(session, user):
                raise InvalidInput(E.E513, action="change the role of", name=name)
            before, user.role = user.role, role
            self._log(session, "role_change", "user", name, {"before": before, "after": role})
        return Principal(name, role)

    def disable_user(self, name: str) -> None:
        """Disable an account (kept, so the custody log's names stay meaningful); ends its sessions."""
        self._require_admin("disable users")
        with self._writing() as session:
            user = self._user(session, name)
            if self._last_admin(session, user):
                raise InvalidInput(E.E513, action="disable", name=name)
            user.disabled = True
            self._end_all(session, user)
            self._log(session, "user_disable", "user", name, {})

    def list_users(self) -> list[dict]:
        self._require_admin("list users")
        now = self.clock()
        with self.db.read() as session:
            return [{"name": u.name, "role": u.role, "disabled": u.disabled, "totp": u.totp_secret is not None,
                     "locked_until": lockout.locked_until(u, now).isoformat() if lockout.locked_until(u, now)
                     else None,
                     "created_at": lockout.aware(u.created_at).isoformat(), "created_by": u.created_by}
                    for u in session.scalars(select(User).order_by(User.name))]

    def principal(self, name: str) -> Principal | None:
        """The active user of that name with their current role, or None."""
        with self.db.read() as session:
            user = session.scalar(select(User).where(User.name == name))
            return Principal(user.name, user.role) if user and not user.disabled else None

    # ---- login ----------------------------------------------------------------------------
    def authenticate(self, name: str, password: str, totp_code: str | None = None) -> Principal:
        """The user, if the password (and, when enabled, the one-time code) is right. Failures are
        counted and logged (never the password); MAX_FAILURES within the window lock the account."""
        now = self.clock()
        name = name if isinstance(name, str) else ""
        password = password if isinstance(password, str) else ""
        # Argon2 costs tens of milliseconds and 64 MiB: verify outside the write transaction, so a
        # login never holds the store's write lock while hashing.
        with self.db.read() as session:
            user = session.scalar(select(User).where(User.name == name))
        if user is None:
            passwords.verify_password(None, password)
            with self._writing() as session:
                self._log(session, "login_failure", "user", name[:64], {"reason": "unknown user"}, actor=name[:64])
            raise BadCredentials(E.E501)
        if (until := lockout.locked_until(user, now)) is not None:
            raise LockedOut(E.E502, name=name, attempts=lockout.MAX_FAILURES, until=until.isoformat())
        ok = passwords.verify_password(user.password_hash, password) and not user.disabled
        secret = self._totp_secret(user) if ok and user.totp_secret else None
        if ok and secret is not None and not totp_code:
            raise TotpRequired(E.E503, name=name)
        step = totp.matching_step(secret, totp_code, now.timestamp()) if secret is not None else None

        failure: AuthError | None = None
        with self._writing() as session:
            # FOR UPDATE: concurrent guesses must not each count from the same old number of failures.
            user = session.scalar(select(User).where(User.id == user.id).with_for_update())
            if (until := lockout.locked_until(user, now)) is not None:  # locked meanwhile by another guess
                failure = LockedOut(E.E502, name=name, attempts=lockout.MAX_FAILURES, until=until.isoformat())
            elif not ok:
                reason = "account disabled" if user.disabled else "wrong password"
                failure = self._failed(session, user, now, reason, BadCredentials(E.E501))
            elif secret is not None and (step is None or (user.totp_last_step is not None
                                                          and step <= user.totp_last_step)):
                # A code is good once, even within its 30 seconds: an overheard code cannot be replayed.
                failure = self._failed(session, user, now, "wrong or reused one-time code", TotpInvalid(E.E504))
            else:
                lockout.record_success(user)
                if secret is not None:
                    user.totp_last_step = step
                if passwords.needs_rehash(user.password_hash):
                    user.password_hash = passwords.hash_password(password)
                self._log(session, "login", "user", name, {"totp": secret is not None}, actor=name)
        if failure is not None:
            raise failure
        return Principal(user.name, user.role)

    def _failed(self, session, user: User, now: datetime, reason: str, error: AuthError) -> AuthError:  # noqa: ANN001
        until = lockout.record_failure(user, now)
        self._log(session, "login_failure", "user", user.name, {"reason": reason}, actor=user.name)
        if until is None:
            return error
        self._log(session, "lockout", "user", user.name,
                  {"failures": lockout.MAX_FAILURES, "until": until.isoformat()}, actor=user.name)
        return LockedOut(E.E502, name=user.name, attempts=lockout.MAX_FAILURES, until=until.isoformat())

    # ---- two-factor login -----------------------------------------------------------------
    def enable_totp(self, name: str) -> tuple[str, str]:
        """A new TOTP secret for the user (replacing any old one): (base32 secret, otpauth:// URI for a QR code).
        From now on `authenticate` needs a code."""
        self._require_admin("set up two-factor login for others", unless_self=name)
        secret = totp.new_secret()
        with self._writing() as session:
            user = self._user(session, name)
            user.totp_secret = self.wb.cipher.encrypt(secret, "users", user.id, "totp_secret")
            user.totp_last_step = None
            self._log(session, "totp_enable", "user", name, {})
        return secret, totp.uri(secret, name)

    def disable_totp(self, name: str) -> None:
        """Back to password-only login (for a lost phone: follow with `enable_totp` on the new one)."""
        self._require_admin("turn off two-factor login")
        with self._writing() as session:
            user = self._user(session, name)
            user.totp_secret, user.totp_last_step = None, None
            self._log(session, "totp_disable", "user", name, {})

    def _totp_secret(self, user: User) -> str:
        return self.wb.cipher.decrypt(user.totp_secret, "users", user.id, "totp_secret")

    # ---- tokens and sessions --------------------------------------------------------------
    def _issue(self, principal: Principal, kind: str, ttl_seconds: int) -> str:
        secret = tokens.new_secret()
        now = self.clock()
        with self.db.write() as session:
            user = self._user(session, principal.name)
            if user.disabled:
                raise BadCredentials(E.E501)
            session.add(AuthToken(digest=tokens.digest(secret), kind=kind, user_id=user.id, created_at=now,
                                  expires_at=now + timedelta(seconds=ttl_seconds)))
        return secret

    def _lookup(self, secret: str | None, kind: str) -> Principal | None:
        if not secret or not isinstance(secret, str):
            return None
        now = self.clock()
        with self.db.read() as session:
            row = session.execute(select(AuthToken, User).join(User, User.id == AuthToken.user_id)
                                  .where(AuthToken.digest == tokens.digest(secret), AuthToken.kind == kind)).first()
            if row is None:
                return None
            token, user = row
            if token.revoked_at is not None or now >= lockout.aware(token.expires_at) or user.disabled:
                return None
            return Principal(user.name, user.role)

    def _end(self, secret: str | None) -> None:
        if not secret:
            return
        with self.db.write() as session:
            token = session.get(AuthToken, tokens.digest(secret))
            if token is not None and token.revoked_at is None:
                token.revoked_at = self.clock()

    def _end_all(self, session, user: User) -> None:  # noqa: ANN001
        for token in session.scalars(select(AuthToken).where(AuthToken.user_id == user.id,
                                                             AuthToken.revoked_at.is_(None))):
            token.revoked_at = self.clock()

    def issue_token(self, principal: Principal, ttl_seconds: int = TOKEN_TTL) -> str:
        """A bearer token for the API. Only its SHA-256 is stored; show it to the user once."""
        return self._issue(principal, "token", ttl_seconds)

    def principal_for_token(self, token: str | None) -> Principal | None:
        return self._lookup(token, "token")

    def revoke_token(self, token: str) -> None:
        self._end(token)

    def create_session(self, principal: Principal, ttl_seconds: int = SESSION_TTL) -> tuple[str, str]:
        """(session id for an HttpOnly, Secure, SameSite=Strict cookie; CSRF token for forms)."""
        session_id = self._issue(principal, "session", ttl_seconds)
        return session_id, tokens.csrf_for(session_id)

    def principal_for_session(self, session_id: str | None) -> Principal | None:
        return self._lookup(session_id, "session")

    def csrf_token(self, session_id: str) -> str:
        return tokens.csrf_for(session_id)

    def check_csrf(self, session_id: str | None, token: str | None) -> bool:
        """True only for a live session and its own CSRF token."""
        if not session_id or not token or not isinstance(token, str):
            return False
        return tokens.same(tokens.csrf_for(session_id), token) and self.principal_for_session(session_id) is not None

    def end_session(self, session_id: str) -> None:
        self._end(session_id)

    # ---- confidential sources -------------------------------------------------------------
    def _source(self, session, ref: str) -> Source:  # noqa: ANN001
        return session.get(Source, self.wb.resolve(ref))

    def grant(self, source_id: str, user_name: str) -> None:
        """Let a user see a confidential source."""
        self._require_admin("grant access to sources")
        with self._writing() as session:
            source, user = self._source(session, source_id), self._user(session, user_name)
            if session.get(SourceGrant, (source.id, user.id)) is None:
                session.add(SourceGrant(source_id=source.id, user_id=user.id, granted_by=self._actor,
                                        granted_at=self.clock()))
                self._log(session, "access_grant", "source", source.id, {"user": user_name})

    def revoke(self, source_id: str, user_name: str) -> None:
        self._require_admin("revoke access to sources")
        with self._writing() as session:
            source, user = self._source(session, source_id), self._user(session, user_name)
            grant = session.get(SourceGrant, (source.id, user.id))
            if grant is not None:
                session.delete(grant)
                self._log(session, "access_revoke", "source", source.id, {"user": user_name})

    def set_confidential(self, source_id: str, confidential: bool) -> None:
        """Flag a source confidential (admins and granted users only) or open it to every user."""
        self._require_admin("change the confidentiality of sources")
        with self._writing() as session:
            source = self._source(session, source_id)
            if source.confidential != bool(confidential):
                source.confidential = bool(confidential)
                self._log(session, "confidentiality", "source", source.id, {"confidential": bool(confidential)})

    def grants(self, source_id: str) -> list[str]:
        self._require_admin("list grants")
        with self.db.read() as session:
            source = self._source(session, source_id)
            return list(session.scalars(select(User.name).join(SourceGrant, SourceGrant.user_id == User.id)
                                        .where(SourceGrant.source_id == source.id).order_by(User.name)))
