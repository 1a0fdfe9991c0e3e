"""Accounts, sessions, CSRF, roles, security headers, and no state change on GET."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tigris.settings import Settings
from tigris.store import Store
from tigris.store import queries as sq
from tigris.web import create_app, ensure_demo_users
from tigris.web.security import authenticate

from .conftest import PASSWORD, csrf_of

PATHS = (
    "/",
    "/events",
    "/events/ev-force",
    "/events/facets",
    "/map",
    "/timeline",
    "/actors/kataib-hezbollah",
    "/onthisday",
    "/login",
    "/logout",
    "/api/events",
    "/api/events/ev-force",
    "/api/map",
    "/api/timeline",
    "/api/actors/kataib-hezbollah",
    "/api/onthisday",
    "/api/session",
    "/api/events/export?format=csv",
    "/openapi.json",
    "/static/app.css",
    "/no-such-page",
    "/api/events/missing",
)


def test_security_headers_on_every_response(client: TestClient) -> None:
    responses = [client.get(path) for path in PATHS]
    responses.append(client.post("/api/events/ev-force/confirm"))  # refused, with the headers too
    for response in responses:
        headers = response.headers
        csp = headers["content-security-policy"]
        for directive in (
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
        ):
            assert directive in csp, response.url
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "same-origin"
        assert headers["x-frame-options"] == "DENY"


def test_session_cookie_is_signed_httponly_and_lax(client: TestClient) -> None:
    response = client.get("/")
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("tigris_session=")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie.replace("Lax", "lax")
    assert "Secure" not in cookie  # served over plain http here


def test_session_cookie_is_secure_over_https(app) -> None:  # noqa: ANN001
    with TestClient(app, base_url="https://127.0.0.1") as secure:
        assert "Secure" in secure.get("/").headers["set-cookie"]


def test_a_forged_session_cookie_is_ignored(client: TestClient) -> None:
    client.cookies.set("tigris_session", "eyJ1IjoiYWRtaW4iLCJyIjoiYWRtaW4iLCJjIjoieCJ9.forged.sig")
    assert client.get("/api/session").json()["user"] is None


def test_login_with_the_right_password_and_logout(client: TestClient) -> None:
    token = csrf_of(client)
    response = client.post(
        "/login",
        data={"username": "analyst", "password": PASSWORD, "csrf_token": token, "next": "/events"},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/events"
    session = client.get("/api/session").json()
    assert session["user"] == "analyst" and session["role"] == "analyst"
    assert session["csrf_token"] != token  # a new token after logging in
    client.post("/logout", data={"csrf_token": session["csrf_token"]}, follow_redirects=False)
    assert client.get("/api/session").json()["user"] is None


def test_login_with_a_wrong_password_fails(client: TestClient) -> None:
    response = client.post(
        "/login", data={"username": "analyst", "password": "nope", "csrf_token": csrf_of(client)}
    )
    assert response.status_code == 401
    assert "Wrong user name or password" in response.text
    assert client.get("/api/session").json()["user"] is None


def test_login_redirect_never_leaves_the_site(client: TestClient) -> None:
    response = client.post(
        "/login",
        data={
            "username": "reader",
            "password": PASSWORD,
            "csrf_token": csrf_of(client),
            "next": "//evil.invalid/",
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_api_login_returns_a_session_and_token(client: TestClient) -> None:
    token = client.get("/api/session").json()["csrf_token"]
    response = client.post(
        "/api/login", json={"username": "admin", "password": PASSWORD}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 200
    assert response.json()["role"] == "admin"


def test_passwords_are_stored_as_argon2_hashes(store: Store) -> None:
    user = sq.get_user(store, "analyst")
    assert user is not None
    assert user.password_hash.startswith("$argon2")
    assert PASSWORD not in user.password_hash
    assert authenticate(store, "analyst", PASSWORD) is not None
    assert authenticate(store, "analyst", PASSWORD + "x") is None
    assert authenticate(store, "nobody", PASSWORD) is None


# ---------------------------------------------------------------- CSRF


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/login", "form"),
        ("/logout", "form"),
        ("/events/ev-force/review", "form"),
        ("/api/events/ev-force/confirm", "json"),
        ("/api/events/ev-force/reject", "json"),
        ("/api/login", "json"),
    ],
)
def test_state_change_without_csrf_token_is_403(client: TestClient, log_in, path: str, kind: str) -> None:
    log_in(client, "analyst")
    if kind == "form":
        missing = client.post(path, data={"action": "confirm", "username": "analyst", "password": PASSWORD})
        wrong = client.post(path, data={"action": "confirm", "csrf_token": "not-the-token"})
    else:
        missing = client.post(path, json={"username": "analyst", "password": PASSWORD})
        wrong = client.post(path, json={}, headers={"X-CSRF-Token": "not-the-token"})
    assert missing.status_code == 403
    assert wrong.status_code == 403
    assert "CSRF" in missing.text
    assert client.get("/api/events/ev-force").json()["event"]["review_status"] == "auto"


def test_csrf_token_of_another_session_is_refused(app, client: TestClient, log_in) -> None:  # noqa: ANN001
    with TestClient(app, base_url="http://127.0.0.1") as other:
        foreign = other.get("/api/session").json()["csrf_token"]
    log_in(client, "analyst")
    response = client.post("/api/events/ev-force/confirm", headers={"X-CSRF-Token": foreign})
    assert response.status_code == 403


# ---------------------------------------------------------------- roles


def test_reader_cannot_review(client: TestClient, log_in) -> None:
    token = log_in(client, "reader")
    api = client.post("/api/events/ev-force/confirm", headers={"X-CSRF-Token": token})
    assert api.status_code == 403
    page = client.post("/events/ev-force/review", data={"action": "reject", "csrf_token": token})
    assert page.status_code == 403
    assert client.get("/api/events/ev-force").json()["event"]["review_status"] == "auto"


def test_anonymous_cannot_review(client: TestClient) -> None:
    token = client.get("/api/session").json()["csrf_token"]
    response = client.post("/api/events/ev-force/confirm", headers={"X-CSRF-Token": token})
    assert response.status_code == 401


@pytest.mark.parametrize("user", ["analyst", "admin"])
def test_analyst_and_admin_can_review(client: TestClient, log_in, user: str) -> None:
    token = log_in(client, user)
    response = client.post("/api/events/ev-force/confirm", headers={"X-CSRF-Token": token})
    assert response.status_code == 200
    assert response.json()["event"]["review_status"] == "confirmed"


# ---------------------------------------------------------------- GET changes nothing


def test_get_requests_never_change_the_store(client: TestClient, store: Store, log_in) -> None:
    log_in(client, "admin")
    before = {k: v for k, v in store.snapshot().items() if k != "users"}
    for path in PATHS:
        client.get(path)
    for action in ("confirm", "reject", "merge", "split"):
        assert client.get(f"/api/events/ev-force/{action}").status_code == 405
        client.get(f"/events/ev-force/review?action={action}&others=ev-peaceful&evidence=0")
    client.get("/logout")
    assert {k: v for k, v in store.snapshot().items() if k != "users"} == before
    assert client.get("/api/session").json()["user"] == "admin"  # GET /logout only asks


# ---------------------------------------------------------------- demo accounts


def test_ensure_demo_users_with_a_fixed_password(
    store_url: str, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIGRIS_DEMO_PASSWORD", "demo-pass-123")
    created = ensure_demo_users(store_url)
    assert created == [
        ("admin", "admin", "demo-pass-123"),
        ("analyst", "analyst", "demo-pass-123"),
        ("reader", "reader", "demo-pass-123"),
    ]
    assert authenticate(store, "analyst", "demo-pass-123") is not None


def test_ensure_demo_users_generates_passwords(
    store_url: str, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIGRIS_DEMO_PASSWORD", raising=False)
    created = ensure_demo_users(store_url)
    assert [role for _user, role, _password in created] == ["admin", "analyst", "reader"]
    for user, _role, password in created:
        assert len(password) >= 10
        assert authenticate(store, user, password) is not None


def test_random_secret_is_announced_in_the_log(
    store_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("TIGRIS_SECRET_KEY", raising=False)
    with caplog.at_level("WARNING", logger="tigris.web"):
        create_app(Settings(database_url=store_url))
    assert "TIGRIS_SECRET_KEY is not set" in caplog.text


def test_sessions_survive_an_app_restart_with_the_same_secret(store_url: str, store: Store) -> None:
    first = create_app(Settings(database_url=store_url), store=store, secret="same")
    with TestClient(first, base_url="http://127.0.0.1") as c:
        token = csrf_of(c)
        c.post("/login", data={"username": "reader", "password": PASSWORD, "csrf_token": token})
        cookie = c.cookies.get("tigris_session")
    second = create_app(Settings(database_url=store_url), store=store, secret="same")
    with TestClient(second, base_url="http://127.0.0.1", cookies={"tigris_session": cookie}) as c:
        assert c.get("/api/session").json()["user"] == "reader"
