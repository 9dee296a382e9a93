"""Property tests: every operation of the spec against the mock, every schemathesis check.

Each case starts from a fresh mock, so generated idempotency keys and order ids cannot collide
across cases; chains of real calls are the stateful test's job (test_workflow.py).
"""

from __future__ import annotations

from typing import Any

from cashfree_mock import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, create_app

from .harness import HYPOTHESIS_SETTINGS, load_schema, reset

app = create_app()
schema = load_schema(app)


@schema.parametrize()  # type: ignore[untyped-decorator]  # schemathesis ships no types
@HYPOTHESIS_SETTINGS
def test_operation_conforms(case: Any) -> None:
    reset(app)
    case.call_and_validate()


def test_suite_credentials_are_the_mocks_defaults() -> None:
    # schemathesis.toml cannot import Python; keep its literal credentials in step with the mock.
    schemes = schema.config.auth.openapi.schemes
    assert schemes["XClientID"].api_key == DEFAULT_CLIENT_ID
    assert schemes["XClientSecret"].api_key == DEFAULT_CLIENT_SECRET
