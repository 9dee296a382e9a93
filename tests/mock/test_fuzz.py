"""A deterministic fuzz of bodies, headers and paths: nothing but a requested fault gives a 5xx."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cashfree_mock import create_app
from tests.support.mock_http import AUTH, check_response
from tests.support.spec import OPERATIONS

FUZZ = settings(
    max_examples=120, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
)
APP = create_app()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
# Bodies near the real ones: the documented keys with arbitrary values, so validation goes deep.
KEYS = [
    "order_amount",
    "order_currency",
    "customer_details",
    "order_id",
    "payment_session_id",
    "payment_method",
    "action",
    "amount",
    "otp",
    "authorization_data",
    "order_expiry_time",
    "order_tags",
    "save_instrument",
    "refund_amount",
    "refund_id",
    "refund_note",
    "refund_speed",
    "order_status",
]
METHODS = ["card", "emi", "upi", "netbanking", "app", "cardless_emi", "paylater", "banktransfer"]
near_bodies = st.fixed_dictionaries(
    {},
    optional={
        **dict.fromkeys(KEYS, json_values),
        "payment_method": st.dictionaries(
            st.sampled_from(METHODS),
            st.dictionaries(
                st.sampled_from(
                    ["channel", "upi_id", "card_number", "phone", "provider", "instrument_id", "netbanking_bank_code"]
                ),
                json_values,
            ),
            max_size=2,
        ),
    },
)
paths = st.sampled_from(
    [
        "/pg/orders",
        "/pg/orders/sessions",
        "/pg/orders/sessions/authorize",
        "/pg/orders/o1/payments",
        "/pg/orders/o1/payments/1",
        "/pg/orders/o1/authorization",
        "/pg/orders/pay/authenticate/1",
        "/pg/orders/o1",
        "/pg/orders/o1/refunds",
        "/pg/orders/o1/refunds/r1",
        "/__mock/orders/o1/refunds/r1/outcome",
        "/pg/x",
        "/__mock/faults",
        "/__mock/payments/1/outcome",
        "/__mock/state",
        "/pg/view/gateway/abc",
        "/%00",
        "/pg/orders/%2F/payments",
    ]
) | st.text(alphabet="/abcpg%._-~0123456789", max_size=30).map(lambda p: "/" + p)
header_values = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=255), max_size=120)
headers = st.dictionaries(
    st.sampled_from(
        [
            "x-api-version",
            "x-client-id",
            "x-client-secret",
            "x-request-id",
            "x-idempotency-key",
            "content-type",
            "content-length-ignored",
        ]
    ),
    header_values,
)


def _send(method: str, path: str, body: bytes, extra: dict[str, str]) -> httpx.Response:
    async def go() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=APP), base_url="http://testserver") as client:
            encoded = {k.encode("latin-1"): v.encode("latin-1") for k, v in extra.items()}
            return await client.request(method, path, content=body, headers=encoded)

    return asyncio.run(go())


def _assert_not_5xx(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    assert response.headers["x-request-id"]


@FUZZ
@given(st.sampled_from(["POST", "GET", "PUT", "DELETE", "PATCH", "OPTIONS"]), paths, near_bodies | json_values, headers)
def test_bodies_headers_and_paths(method: str, path: str, body: Any, extra: dict[str, str]) -> None:
    _assert_not_5xx(_send(method, path, json.dumps(body).encode(), {"content-type": "application/json", **extra}))


@FUZZ
@given(st.sampled_from(sorted(OPERATIONS)), near_bodies | json_values | st.binary(max_size=64).map(repr))
def test_authenticated_operations_answer_documented_statuses(operation_id: str, body: Any) -> None:
    template, method = OPERATIONS[operation_id]
    path = "/pg" + template.format(order_id="o1", cf_payment_id="1", refund_id="r1")
    raw = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    response = _send(method.upper(), path, raw, {**AUTH, "content-type": "application/json"})
    _assert_not_5xx(response)
    check_response(operation_id, response)


@FUZZ
@given(st.binary(max_size=200))
def test_raw_bytes(raw: bytes) -> None:
    _assert_not_5xx(_send("POST", "/pg/orders/sessions", raw, {**AUTH, "content-type": "application/json"}))
