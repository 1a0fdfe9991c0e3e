"""Accounts, sessions, CSRF tokens and security headers of the workbench.

Sessions live in a signed cookie (itsdangerous): the user name, the role and a CSRF token, nothing
else. The cookie is HttpOnly and SameSite=Lax, and Secure when the request came over https. Every
request that changes state (POST, PUT, PATCH, DELETE) must carry the session's CSRF token, in the
``csrf_token`` form field or the ``X-CSRF-Token`` header; otherwise it is refused with 403.
Passwords are kept as Argon2 hashes.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
from dataclasses import dataclass, replace
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from fastapi import HTTPException, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from tigris.store import Store, open_store
from tigris.store import queries as sq

LOG = logging.getLogger("tigris.web")

ROLES: tuple[str, ...] = ("admin", "analyst", "reader")
REVIEWERS: frozenset[str] = frozenset({"admin", "analyst"})
COOKIE = "tigris_session"
SESSION_MAX_AGE = 12 * 3600
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@dataclass(frozen=True)
class SessionData:
    user: str | None
    role: str | None
    csrf: str

    @property
    def can_review(self) -> bool:
        return self.role in REVIEWERS


def new_session(user: str | None = None, role: str | None = None) -> SessionData:
    return SessionData(user=user, role=role, csrf=secrets.token_urlsafe(32))


def secret_key() -> str:
    """TIGRIS_SECRET_KEY, or a random key for this process (sessions then end when it stops)."""
    key = os.environ.get("TIGRIS_SECRET_KEY", "")
    if key:
        return key
    LOG.warning(
        "TIGRIS_SECRET_KEY is not set: using a random key for this process; sessions end when it stops"
    )
    return secrets.token_urlsafe(48)


class SessionCodec:
    """Signs and reads the session cookie."""

    def __init__(self, key: str) -> None:
        self._serializer = URLSafeTimedSerializer(key, salt="tigris-session")

    def dumps(self, session: SessionData) -> str:
        return self._serializer.dumps({"u": session.user, "r": session.role, "c": session.csrf})

    def loads(self, cookie: str | None) -> SessionData | None:
        if not cookie:
            return None
        try:
            data: Any = self._serializer.loads(cookie, max_age=SESSION_MAX_AGE)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("c"), str):
            return None
        user, role = data.get("u"), data.get("r")
        if not (isinstance(user, str) and role in ROLES):
            user, role = None, None
        return SessionData(user=user, role=role, csrf=data["c"])


def session_of(request: Request) -> SessionData:
    session: SessionData = request.state.session
    return session


def set_session(request: Request, session: SessionData) -> None:
    """Replace the request's session; the cookie is written with the response."""
    request.state.session = session
    request.state.session_changed = True


def rotate_session(request: Request, user: str | None, role: str | None) -> SessionData:
    """A new session (and CSRF token) for a login or logout, so an old token cannot be replayed."""
    session = replace(new_session(), user=user, role=role)
    set_session(request, session)
    return session


async def csrf_protect(request: Request) -> None:
    """Refuse a state-changing request without the session's CSRF token (403)."""
    if request.method in SAFE_METHODS:
        return
    expected = session_of(request).csrf
    given = request.headers.get(CSRF_HEADER)
    if not given:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD)
            given = value if isinstance(value, str) else None
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            status_code=403, detail="Missing or wrong CSRF token: reload the page and try again."
        )


def require_reviewer(request: Request) -> SessionData:
    session = session_of(request)
    if session.user is None:
        raise HTTPException(status_code=401, detail="Log in as an analyst to review events.")
    if not session.can_review:
        raise HTTPException(status_code=403, detail="Your account can read events but not review them.")
    return session


# ---------------------------------------------------------------- accounts


def _hasher() -> PasswordHasher:
    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def authenticate(store: Store, name: str, password: str) -> sq.User | None:
    """The account when the password is right; None otherwise (the same for an unknown name)."""
    user = sq.get_user(store, name)
    if user is None:
        # Spend the same time as a real check, so that names cannot be guessed by timing.
        _hasher().hash(password)
        return None
    try:
        _hasher().verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    return user


def add_user(store: Store, name: str, role: str, password: str) -> None:
    """Create or reset an account. Raises ValueError for an unknown role or an empty name/password."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of: {', '.join(ROLES)}")
    if not name or len(name) > 64 or not password:
        raise ValueError("a user needs a name (at most 64 characters) and a password")
    sq.put_user(store, name, role, hash_password(password))


def ensure_demo_users(store_url: str) -> list[tuple[str, str, str]]:
    """Create (or reset) the demo accounts admin, analyst and reader, returning (user, role, password).

    The password is TIGRIS_DEMO_PASSWORD when set, otherwise a new random one per account.
    """
    fixed = os.environ.get("TIGRIS_DEMO_PASSWORD", "")
    created = []
    store = open_store(store_url)
    try:
        for role in ROLES:
            password = fixed or secrets.token_urlsafe(9)
            add_user(store, role, role, password)
            created.append((role, role, password))
    finally:
        store.close()
    return created
