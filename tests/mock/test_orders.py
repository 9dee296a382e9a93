"""Create Order: stored and echoed fields, ids, money, duplicates, expiry, auth and version headers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.support.fake_time import Clock
from tests.support.mock_http import AUTH, PUBLIC, check_error, check_response, create_order, order_status, pay
from tests.support.spec import VERSION

pytestmark = pytest.mark.anyio

FULL_ORDER: dict[str, Any] = {
    "order_id": "order-full_001",
    "order_amount": 1234.5,
    "order_currency": "INR",
    "customer_details": {
        "customer_id": "7112AAA812234",
        "customer_phone": "9908734801",
        "customer_email": "john@cashfree.com",
        "customer_name": "John Doe",
        "customer_bank_account_number": "1518121112",
        "customer_bank_ifsc": "XITI0000001",
        "customer_bank_code": 3333,
    },
    "order_meta": {
        "return_url": "https://example.com/return/{order_id}",
        "notify_url": "https://example.com/webhook",
        "payment_methods": "cc,dc,upi",
        "payment_methods_filters": {
            "methods": {"action": "ALLOW", "values": ["upi"]},
            "filters": {"card_bins": [411111]},
        },
        "offer_filters": {"action": "DENY", "values": ["offer1"]},
        "upi_app_priority": ["gpay", "phonepe"],
    },
    "order_expiry_time": "2026-03-20T10:20:12+05:30",
    "order_note": "Test order",
    "order_tags": {"product": "Laptop", "city": "Bangalore"},
    "order_splits": [{"vendor_id": "john", "amount": 10, "tags": {"k": "v"}}],
    "terminal": {"terminal_type": "SPOS", "terminal_id": "terminal-1212", "terminal_phone_no": "6309291183"},
    "cart_details": {"cart_name": "cart", "cart_items": [{"item_id": "i1", "item_quantity": 1}]},
    "products": {"one_click_checkout": {"enabled": True, "conditions": [{"action": "a", "key": "k", "values": ["v"]}]}},
}


async def test_every_field_is_stored_and_echoed(client: httpx.AsyncClient) -> None:
    order = await create_order(client, **FULL_ORDER)
    assert order["order_id"] == "order-full_001"
    assert order["entity"] == "order"
    assert order["order_status"] == "ACTIVE"
    assert order["order_amount"] == 1234.5
    assert order["order_expiry_time"] == FULL_ORDER["order_expiry_time"]
    assert order["order_note"] == "Test order"
    assert order["order_tags"] == FULL_ORDER["order_tags"]
    assert order["order_splits"] == FULL_ORDER["order_splits"]
    assert order["order_meta"] == FULL_ORDER["order_meta"]
    assert order["products"] == FULL_ORDER["products"]
    customer = order["customer_details"]
    assert customer.pop("customer_uid")
    assert customer == FULL_ORDER["customer_details"]
    assert order["terminal_data"]["terminal_type"] == "SPOS"
    assert order["terminal_data"]["merchant_terminal_id"] == "terminal-1212"
    assert order["cart_details"]["cart_id"].isdigit()
    assert order["cf_order_id"].isdigit()


async def test_defaults_ids_and_session(client: httpx.AsyncClient, clock: Clock) -> None:
    first = await create_order(client)
    second = await create_order(client)
    assert first["order_id"].startswith("order_")
    assert first["order_id"] != second["order_id"]
    assert first["cf_order_id"] != second["cf_order_id"]
    assert first["payment_session_id"].startswith("session_")
    assert len(first["payment_session_id"]) > 60
    assert first["order_expiry_time"] == "2026-03-31T15:30:00+05:30"  # 30 days after the clock's now
    assert first["created_at"] == "2026-03-01T15:30:00+05:30"
    assert first["order_note"] is None
    assert first["cart_details"] is None


async def test_money_is_exact(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/pg/orders",
        content=b'{"order_amount": 10.34, "order_currency": "INR"}',
        headers={**AUTH, "content-type": "application/json"},
    )
    assert b'"order_amount":10.34,' in response.content
    order = check_response("createOrder", response)
    payment = await pay(client, order, {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}})
    assert b'"payment_amount":10.34,' in payment.content


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        ("10.345", "order_amount_invalid"),
        ("0.5", "order_amount_invalid"),
        ('"10"', "order_amount_invalid"),
        # More digits than decimal's default 28: the check once rounded them away and let three decimals in.
        ("123456789012345678901234567890123456.789", "order_amount_invalid"),
    ],
)
async def test_bad_amounts(client: httpx.AsyncClient, amount: str, code: str) -> None:
    response = await client.post(
        "/pg/orders",
        content=f'{{"order_amount": {amount}, "order_currency": "INR"}}'.encode(),
        headers={**AUTH, "content-type": "application/json"},
    )
    check_response("createOrder", response)
    body = check_error(response, 400, code)
    assert "order_amount" in body["message"]


async def test_duplicate_order_id_is_a_conflict(client: httpx.AsyncClient) -> None:
    await create_order(client, order_id="dup-1")
    response = await client.post(
        "/pg/orders", json={"order_id": "dup-1", "order_amount": 1, "order_currency": "INR"}, headers=AUTH
    )
    check_response("createOrder", response)
    check_error(response, 409, "order_already_exists")


async def test_order_expires_with_the_clock(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await create_order(client, order_expiry_time="2026-03-01T16:00:00+05:30")
    assert await order_status(client, order["order_id"]) == "ACTIVE"
    clock.advance(minutes=31)
    assert await order_status(client, order["order_id"]) == "EXPIRED"
    response = await pay(client, order, {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}})
    check_response("payOrder", response)
    check_error(response, 400, "order_expired")


async def test_an_expiry_in_the_past_gives_an_expired_order(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_expiry_time="2001-01-01T00:00:00Z")
    assert order["order_status"] == "EXPIRED"


@pytest.mark.parametrize(
    "headers",
    [
        {"x-api-version": VERSION},
        {**AUTH, "x-client-secret": "wrong"},
        {**AUTH, "x-client-id": "wrong"},
        {**AUTH, "x-client-secret": "\u00e9t\u00e9".encode("latin-1")},
    ],
)
async def test_credentials_are_required(client: httpx.AsyncClient, headers: dict[str, Any]) -> None:
    response = await client.post("/pg/orders", json={"order_amount": 1, "order_currency": "INR"}, headers=headers)
    check_response("createOrder", response)
    check_error(response, 401)


async def test_api_version_header(client: httpx.AsyncClient) -> None:
    body = {"order_amount": 1, "order_currency": "INR"}
    headers = {k: v for k, v in AUTH.items() if k != "x-api-version"}
    missing = await client.post("/pg/orders", json=body, headers=headers)
    check_error(missing, 400, "version_missing")
    old = await client.post("/pg/orders", json=body, headers={**AUTH, "x-api-version": "2022-09-01"})
    error = check_error(old, 400, "version_invalid")
    assert VERSION in error["message"]
    # Even the payment-session operations, which take no credentials, need the version.
    session = await client.post("/pg/orders/sessions", json={}, headers={})
    check_error(session, 400, "version_missing")


async def test_request_id_is_echoed_or_made(client: httpx.AsyncClient) -> None:
    body = {"order_amount": 1, "order_currency": "INR"}
    mine = await client.post("/pg/orders", json=body, headers={**AUTH, "x-request-id": "req-42"})
    assert mine.headers["x-request-id"] == "req-42"
    made = await client.post("/pg/orders", json=body, headers=AUTH)
    assert len(made.headers["x-request-id"]) >= 32
    too_long = await client.post("/pg/orders", json=body, headers={**AUTH, "x-request-id": "r" * 101})
    check_error(too_long, 400, "request_invalid")
    assert too_long.headers["x-request-id"] != "r" * 101


async def test_not_json(client: httpx.AsyncClient) -> None:
    wrong_type = await client.post(
        "/pg/orders", content=b"order_amount=1", headers={**AUTH, "content-type": "text/plain"}
    )
    check_error(wrong_type, 415, "content_type_invalid")
    malformed = await client.post(
        "/pg/orders", content=b'{"order_amount": ', headers={**AUTH, "content-type": "application/json"}
    )
    check_error(malformed, 400, "request_invalid")
    nan = await client.post(
        "/pg/orders", content=b'{"order_amount": NaN}', headers={**AUTH, "content-type": "application/json"}
    )
    check_error(nan, 400, "request_invalid")
    empty = await client.post("/pg/orders", headers=AUTH)
    check_error(empty, 400, "request_invalid")
    huge = await client.post(
        "/pg/orders", content=b" " * (1 << 20) + b"{}", headers={**AUTH, "content-type": "application/json"}
    )
    check_error(huge, 413)
    deep = await client.post(
        "/pg/orders",
        content=b'{"order_tags": ' + b"[" * 500 + b"]" * 500 + b"}",
        headers={**AUTH, "content-type": "application/json"},
    )
    check_error(deep, 400, "request_invalid")


async def test_unknown_paths_and_methods(client: httpx.AsyncClient) -> None:
    check_error(await client.get("/pg/nothing-here", headers=AUTH), 404, "path_not_found")
    check_error(await client.get("/", headers=AUTH), 404, "path_not_found")
    not_allowed = await client.delete("/pg/orders", headers=AUTH)
    check_error(not_allowed, 405, "method_not_allowed")
    assert not_allowed.headers["allow"] == "POST"
    check_error(await client.put("/__mock/state"), 405)
    check_error(await client.get("/__mock/nothing"), 404)


async def test_session_endpoint_needs_no_credentials(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    response = await client.post(
        "/pg/orders/sessions",
        json={
            "payment_session_id": order["payment_session_id"],
            "payment_method": {"app": {"channel": "link", "provider": "gpay", "phone": "9898989898"}},
        },
        headers=PUBLIC,
    )
    assert response.status_code == 200
