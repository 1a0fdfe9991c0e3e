"""Property-based checks of the JSON API against its own OpenAPI schema (schemathesis): no server
error, and every response matches the status codes, media types and models the schema declares."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tigris.settings import Settings
from tigris.store import open_store
from tigris.web import create_app

from .conftest import seed

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def api_app(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    path = tmp_path_factory.mktemp("schema") / "web.db"
    store = open_store(f"sqlite:///{path}")
    seed(store)
    yield create_app(Settings(database_url=f"sqlite:///{path}"), store=store, secret="schema-secret")
    store.close()


def test_every_route_has_a_pydantic_response_model(api_app) -> None:  # noqa: ANN001
    from fastapi.testclient import TestClient

    document = TestClient(api_app).get("/openapi.json").json()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if path == "/api/events/export":
                continue  # a file download, described by its media types
            ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
            assert "$ref" in ok, f"{method.upper()} {path}"


def test_api_conforms_to_its_schema(api_app) -> None:  # noqa: ANN001
    schema = schemathesis.openapi.from_asgi("/openapi.json", api_app)
    tested = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
        def check(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=CHECKS)

        check()
        tested.append(operation.label)
    assert "GET /api/events" in tested and "POST /api/events/{event_id}/merge" in tested
