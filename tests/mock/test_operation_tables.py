"""One table of operations: every simulator table keyed by operationId agrees with the spec.

Adding an operation to the spec without its handler or rate-limit bucket (or leaving a row for an
operation the spec dropped) fails here, before it could become a 500 or a dead entry.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import httpx
import pytest

from cashfree_mock import create_app
from cashfree_mock._operations import HANDLERS
from cashfree_mock._ratelimit import BUCKETS, DEFAULT_BUCKET, RateLimiter
from tests.support.fake_time import Clock
from tests.support.mock_http import AUTH, check_response
from tests.support.spec import OPERATIONS

SPEC_OPERATIONS = set(OPERATIONS)
CONTRACT_CONFIG = Path(__file__).resolve().parents[1] / "contract" / "schemathesis.toml"


def test_the_spec_has_the_twelve_operations() -> None:
    assert len(SPEC_OPERATIONS) == 12


@pytest.mark.parametrize(("name", "table"), [("HANDLERS", HANDLERS), ("BUCKETS", BUCKETS)])
def test_tables_match_the_spec(name: str, table: dict[str, object]) -> None:
    assert sorted(SPEC_OPERATIONS - table.keys()) == [], f"{name} lacks operations of the spec"
    assert sorted(table.keys() - SPEC_OPERATIONS) == [], f"{name} has operations the spec does not"


def test_contract_settings_name_only_spec_operations() -> None:
    config = tomllib.loads(CONTRACT_CONFIG.read_text(encoding="utf-8"))
    named = {op_id for entry in config.get("operations", []) for op_id in entry.get("include-operation-id", [])}
    assert named <= SPEC_OPERATIONS


def test_a_missing_handler_stops_the_app_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(HANDLERS, "getRefund")
    with pytest.raises(RuntimeError, match="getRefund"):
        create_app()


def test_a_missing_bucket_falls_back_to_the_default(monkeypatch: pytest.MonkeyPatch, clock: Clock) -> None:
    monkeypatch.delitem(BUCKETS, "getRefund")
    verdict = RateLimiter().check("getRefund", "127.0.0.1", clock())
    assert verdict.allowed
    assert verdict.headers["x-ratelimit-limit"] == str(DEFAULT_BUCKET.limit)


@pytest.mark.anyio
async def test_every_operation_is_rate_limited_without_a_server_error(clock: Clock) -> None:
    app = create_app(rate_limits=True, clock=clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        for operation_id, (template, method) in sorted(OPERATIONS.items()):
            path = "/pg" + template.format(order_id="order_none", cf_payment_id="1", refund_id="refund_none")
            body: dict[str, object] | None = {} if method in {"post", "patch"} else None
            response = await client.request(method.upper(), path, json=body, headers=AUTH)
            check_response(operation_id, response)  # a documented status, never a 500
            assert response.status_code in {400, 404}, (operation_id, response.text)
            assert response.headers["x-ratelimit-limit"] == str(BUCKETS[operation_id].limit)
