"""FastAPI dependencies shared by the REST API and the HTML pages.

Every request acts as a principal (a user with a role) through a Workbench scoped to
that principal: custody entries carry the user's name, reads see only the sources the
role may see, and sensitive fields are redacted unless the role may read them.

    from factfinder.web.deps import Caller, require

    @router.get("/things")
    def things(caller: Caller = Depends(require("read"))):
        caller.wb.sources(); caller.principal.name

The API authenticates with `Authorization: Bearer TOKEN`; the pages with the session
cookie SESSION_COOKIE (whose CSRF token they check on every form post). Either works on
either side, so a logged-in browser can also call the API.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

if TYPE_CHECKING:
    from factfinder.security import Principal, Security
    from factfinder.workbench import Workbench

SESSION_COOKIE = "factfinder_session"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

# auto_error=False: a missing header is our 401 with our error JSON, not FastAPI's 403.
bearer_scheme = HTTPBearer(auto_error=False, description="A token from POST /api/v1/token.")


class ApiError(Exception):
    """An error the API reports as {"error": {"code", "message"}} with an HTTP status."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def not_authenticated(message: str = "Log in first: send `Authorization: Bearer TOKEN` with a token from "
                                      "POST /api/v1/token.") -> ApiError:
    return ApiError(401, "not_authenticated", message, {"WWW-Authenticate": "Bearer"})


@dataclass(frozen=True)
class Caller:
    """Who is asking, and the workbench that acts for them."""

    principal: "Principal"
    wb: "Workbench"


def get_workbench(request: Request) -> "Workbench":
    """The application's own workbench (not scoped to anyone: for the server's own work)."""
    return request.app.state.wb


def get_security(request: Request) -> "Security":
    return request.app.state.security


def optional_principal(request: Request,
                       credentials: HTTPAuthorizationCredentials | None = Depends(bearer_scheme)) -> "Principal | None":
    """The principal of a bearer token or a session cookie, or None for an anonymous request."""
    security = get_security(request)
    if credentials is not None:
        principal = security.principal_for_token(credentials.credentials)
        if principal is None:
            raise not_authenticated("The token is unknown, expired or revoked. Get a new one from "
                                    "POST /api/v1/token.")
        return principal
    session_id = request.cookies.get(SESSION_COOKIE)
    if session_id:
        principal = security.principal_for_session(session_id)
        # A cookie rides along on cross-site requests too: a change made with one must carry the
        # session's CSRF token (header X-CSRF-Token), as the pages' forms do in a field.
        if principal is not None and request.method not in SAFE_METHODS and \
                not security.check_csrf(session_id, request.headers.get("x-csrf-token")):
            raise ApiError(403, "csrf", "A change made with a session cookie needs the session's CSRF token in "
                                        "the X-CSRF-Token header (or use a bearer token).")
        return principal
    return None


def current_principal(principal: "Principal | None" = Depends(optional_principal)) -> "Principal":
    if principal is None:
        raise not_authenticated()
    return principal


def scoped_workbench(request: Request, principal: "Principal") -> "Workbench":
    """The workbench acting for `principal`; it shares the application's engine."""
    from factfinder.security import workbench_for

    return workbench_for(get_workbench(request), principal)


def require(permission: str) -> Callable[..., Caller]:
    """A dependency: the caller, after checking their role grants `permission`
    (read, review, write, sensitive, confidential or admin); 403 otherwise."""

    def dependency(request: Request, principal: "Principal" = Depends(current_principal)) -> Caller:
        if not principal.can(permission):
            raise ApiError(403, "forbidden", f"Your role ({principal.role}) does not allow this: it needs the "
                                             f"{permission!r} permission. Ask an administrator.")
        return Caller(principal=principal, wb=scoped_workbench(request, principal))

    dependency.__name__ = f"require_{permission}"
    return dependency
