"""Spec 2's corrections, on the simulator: requests the real API takes that the simulator refused.

Each request is built from Cashfree's official example or enum value (the spec-level tests are in
tests/spec/test_spec_corrections.py). The simulator validates bodies against the spec, so most of
these were 400s until the spec changed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest

from tests.support.fake_time import Clock
from tests.support.mock_http import AUTH, PUBLIC, check_error, check_response, create_order, get_payment, paid
from tests.support.sandbox_data import CARD
from tests.support.spec import SPEC

pytestmark = pytest.mark.anyio


def _example(path: str, name: str) -> Any:
    body = SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    return copy.deepcopy(body["examples"][name]["value"])


@pytest.mark.parametrize("transaction_type", ["ALT_ID", "TOKEN", "APPLE_PAY"])
async def test_authorize_takes_the_official_transaction_types(client: httpx.AsyncClient, transaction_type: str) -> None:
    order = await create_order(client)
    request = _example("/orders/sessions/authorize", "token")
    request["payment_session_id"] = order["payment_session_id"]
    request["authorization_data"]["transaction_type"] = transaction_type
    response = await client.post("/pg/orders/sessions/authorize", json=request, headers=PUBLIC)
    assert check_response("authorizeSession", response)["payment_status"] == "SUCCESS"


async def test_authorize_refuses_a_card_transaction_type(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    request = _example("/orders/sessions/authorize", "token")
    request["payment_session_id"] = order["payment_session_id"]
    request["authorization_data"]["transaction_type"] = "CARD"
    response = await client.post("/pg/orders/sessions/authorize", json=request, headers=PUBLIC)
    check_error(response, 400, "request_invalid")


async def test_the_official_payment_methods_filters_order_is_created_and_echoed(client: httpx.AsyncClient) -> None:
    request = _example("/orders", "payment_methods_filters")
    response = await client.post("/pg/orders", json=request, headers=AUTH)
    order = check_response("createOrder", response)
    assert response.status_code == 200
    filters = order["order_meta"]["payment_methods_filters"]["filters"]
    assert filters == request["order_meta"]["payment_methods_filters"]["filters"]
    assert filters["card_emi_tenure"] == 6
    assert filters["card_bins"] == [441144, 554455]


async def test_pod_qr_code_starts_a_upi_payment_with_a_qr_image(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    request = _example("/orders/sessions", "upi_pod_qrcode")
    started = await paid(client, order, request["payment_method"])
    assert started["channel"] == "podQrCode"
    assert started["action"] == "custom"
    assert started["data"]["payload"]["qrcode"].startswith("data:image/png;base64,")
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_method"]["upi"]["channel"] == "podQrCode"
    assert payment["payment_status"] == "PENDING"


@pytest.mark.parametrize("bank", ["Kotak", "ICICI", "RBL", "BOB", "Standard Chartered"])
async def test_a_plain_card_takes_the_official_bank_names(client: httpx.AsyncClient, bank: str) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"card": {"channel": "link", **CARD, "card_bank_name": bank, "emi_tenure": 3}})
    assert started["action"] == "link"


@pytest.mark.parametrize("placeholder", ["", "resend", "0"])
async def test_resend_otp_ignores_the_otp_field(client: httpx.AsyncClient, placeholder: str) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"card": {"channel": "post", **CARD}})
    response = await client.post(
        f"/pg/orders/pay/authenticate/{started['cf_payment_id']}",
        json={"action": "RESEND_OTP", "otp": placeholder},
        headers=PUBLIC,
    )
    assert check_response("authenticatePayment", response)["authenticate_status"] == "SUCCESS"


async def test_submit_otp_still_refuses_a_malformed_otp(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"card": {"channel": "post", **CARD}})
    response = await client.post(
        f"/pg/orders/pay/authenticate/{started['cf_payment_id']}",
        json={"action": "SUBMIT_OTP", "otp": "resend"},
        headers=PUBLIC,
    )
    check_error(response, 400, "request_invalid")


def _header_value(schema: dict[str, Any], raw: str) -> Any:
    """A header's text as the type its schema declares (headers travel as text)."""
    return int(raw) if schema.get("type") == "integer" else raw


async def test_rate_limit_headers_match_the_spec(clock: Clock, make_client: Callable[..., httpx.AsyncClient]) -> None:
    headers = SPEC["components"]["headers"]
    names = {
        "x-ratelimit-limit": "RateLimitLimit",
        "x-ratelimit-remaining": "RateLimitRemaining",
        "x-ratelimit-retry": "RateLimitRetry",
        "x-ratelimit-type": "RateLimitType",
    }
    async with make_client(rate_limits=True, clock=clock) as client:
        body = {"order_amount": 1, "order_currency": "INR"}
        responses = [await client.post("/pg/orders", json=body, headers=AUTH) for _ in range(31)]
    assert [r.status_code for r in responses[-2:]] == [200, 429]
    for response in (responses[0], responses[-1]):
        for header, component in names.items():
            schema = headers[component]["schema"]
            jsonschema.Draft202012Validator(schema).validate(_header_value(schema, response.headers[header]))


async def test_the_request_customer_uid_is_taken_and_kept(client: httpx.AsyncClient) -> None:
    customer = SPEC["components"]["schemas"]["CustomerDetails"]["example"]
    order = await create_order(client, customer_details=customer)
    assert order["customer_details"]["customer_uid"] == customer["customer_uid"]


async def test_a_fixed_path_is_never_taken_for_an_order_id(client: httpx.AsyncClient) -> None:
    # /orders/{order_id} now exists beside /orders/sessions: the fixed path owns its URL, so a GET
    # there is a 405 naming POST alone, not a lookup of an order called "sessions".
    response = await client.get("/pg/orders/sessions", headers=AUTH)
    check_error(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "POST"
    response = await client.patch("/pg/orders/sessions/authorize", headers=AUTH)
    assert response.headers["allow"] == "POST"
