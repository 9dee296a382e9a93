"""Get Payment(s), pre-authorisation (capture / void) and the session authorize operation."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.support.mock_http import (
    AUTH,
    PUBLIC,
    check_error,
    check_response,
    create_order,
    get_payment,
    order_status,
    outcome,
    paid,
)
from tests.support.sandbox_data import CARD

pytestmark = pytest.mark.anyio

COLLECT_OK = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}}
TOKEN_DATA = {
    "authentication_token": "BwABBJQ1AgAAAAAgJDUCAAAAAAA=",
    "eci": "02",
    "token_number": "4706131211212123",
    "token_expiry_year": "2029",
    "token_expiry_month": "09",
    "transaction_type": "TOKEN",
}


async def test_get_payments_lists_oldest_first(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    failed = await paid(client, order, {"upi": {"channel": "collect", "upi_id": "testfailure@gocash"}})
    succeeded = await paid(client, order, COLLECT_OK)
    response = await client.get(f"/pg/orders/{order['order_id']}/payments", headers=AUTH)
    payments = check_response("getPaymentsForOrder", response)
    assert [p["cf_payment_id"] for p in payments] == [failed["cf_payment_id"], succeeded["cf_payment_id"]]
    assert [p["payment_status"] for p in payments] == ["FAILED", "SUCCESS"]
    assert all(p["order_id"] == order["order_id"] and p["entity"] == "payment" for p in payments)
    assert payments[1]["authorization"] is None
    empty = await create_order(client)
    assert (
        check_response(
            "getPaymentsForOrder", await client.get(f"/pg/orders/{empty['order_id']}/payments", headers=AUTH)
        )
        == []
    )


async def test_not_found(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    other = await create_order(client)
    mine = await paid(client, order, COLLECT_OK)
    for path in [
        "/pg/orders/nope/payments",
        "/pg/orders/nope/payments/1",
        f"/pg/orders/{other['order_id']}/payments/{mine['cf_payment_id']}",
        f"/pg/orders/{order['order_id']}/payments/abc",
        f"/pg/orders/{order['order_id']}/payments/99999999",
    ]:
        response = await client.get(path, headers=AUTH)
        check_response("getPayment" if path.count("/") == 5 else "getPaymentsForOrder", response)
        check_error(response, 404)
    check_error(await client.get(f"/pg/orders/{order['order_id']}/payments", headers=PUBLIC), 401)


async def test_preauth_order_capture(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_note="preauth_transaction", order_amount=500)
    started = await paid(client, order, {"card": {"channel": "post", **CARD}})
    await client.post(
        f"/pg/orders/pay/authenticate/{started['cf_payment_id']}",
        json={"action": "SUBMIT_OTP", "otp": "111000"},
        headers=PUBLIC,
    )
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_status"] == "SUCCESS"
    assert payment["is_captured"] is False
    assert payment["authorization"]["status"] == "PENDING"
    url = f"/pg/orders/{order['order_id']}/authorization"
    over = await client.post(url, json={"action": "CAPTURE", "amount": 500.01}, headers=AUTH)
    check_response("preauthorizeOrder", over)
    check_error(over, 400, "amount_invalid")
    captured = check_response(
        "preauthorizeOrder", await client.post(url, json={"action": "CAPTURE", "amount": 300.5}, headers=AUTH)
    )
    assert captured["is_captured"] is True
    assert captured["authorization"]["action"] == "CAPTURE"
    assert captured["authorization"]["status"] == "SUCCESS"
    assert captured["authorization"]["captured_amount"] == 300.5
    assert (await get_payment(client, order["order_id"], started["cf_payment_id"]))["is_captured"] is True
    second = await client.post(url, json={"action": "CAPTURE", "amount": 1}, headers=AUTH)
    assert "already captured" in check_error(second, 400, "request_invalid")["message"]
    check_error(await client.post(url, json={"action": "VOID"}, headers=AUTH), 400, "request_invalid")


async def test_preauth_void(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_note="preauth_transaction")
    started = await paid(client, order, COLLECT_OK)
    assert await order_status(client, order["order_id"]) == "PAID"
    url = f"/pg/orders/{order['order_id']}/authorization"
    voided = check_response("preauthorizeOrder", await client.post(url, json={"action": "VOID"}, headers=AUTH))
    assert voided["payment_status"] == "VOID"
    assert voided["is_captured"] is False
    assert voided["authorization"]["action"] == "VOID"
    assert voided["cf_payment_id"] == started["cf_payment_id"]
    assert await order_status(client, order["order_id"]) == "ACTIVE"
    check_error(await client.post(url, json={"action": "CAPTURE"}, headers=AUTH), 400, "request_invalid")


async def test_void_ends_the_payment_and_leaves_its_webhook_as_sent(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_note="preauth_transaction")
    started = await paid(client, order, COLLECT_OK)
    url = f"/pg/orders/{order['order_id']}/authorization"
    check_response("preauthorizeOrder", await client.post(url, json={"action": "VOID"}, headers=AUTH))
    # VOID is final: the customer's page cannot settle it again.
    again = await outcome(client, started["cf_payment_id"], "SUCCESS")
    message = check_error(again, 400, "request_invalid")["message"]
    assert message == f"payment {started['cf_payment_id']} is VOID, not PENDING"
    # The SUCCESS webhook recorded before the void still says SUCCESS; a void sends none.
    (hook,) = (await client.get("/__mock/webhooks")).json()["data"]
    sent = json.loads(hook["body"])
    assert sent["type"] == "PAYMENT_SUCCESS_WEBHOOK"
    assert sent["data"]["payment"]["payment_status"] == "SUCCESS"
    assert sent["data"]["payment"]["payment_message"].startswith("PRE_AUTH|")
    # The order is ACTIVE again, so it can be paid.
    await paid(client, order, COLLECT_OK)
    assert await order_status(client, order["order_id"]) == "PAID"


async def test_capture_rules(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    await paid(client, order, COLLECT_OK)
    url = f"/pg/orders/{order['order_id']}/authorization"
    ordinary = await client.post(url, json={"action": "CAPTURE", "amount": 1}, headers=AUTH)
    assert "no pre-authorised payment" in check_error(ordinary, 400, "request_invalid")["message"]
    check_error(await client.post("/pg/orders/nope/authorization", json={"action": "VOID"}, headers=AUTH), 404)
    check_error(await client.post(url, json={"amount": 1}, headers=AUTH), 400, "action_missing")
    check_error(await client.post(url, json={"action": "VOID"}, headers=PUBLIC), 401)
    upi_mandate = await create_order(client)
    await paid(
        client, upi_mandate, {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash", "authorize_only": True}}
    )
    mandate_url = f"/pg/orders/{upi_mandate['order_id']}/authorization"
    captured = check_response(
        "preauthorizeOrder", await client.post(mandate_url, json={"action": "CAPTURE"}, headers=AUTH)
    )
    assert captured["authorization"]["captured_amount"] == 100


async def test_authorize_session(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_amount=1)
    body = {"payment_session_id": order["payment_session_id"], "authorization_data": TOKEN_DATA}
    response = await client.post("/pg/orders/sessions/authorize", json=body, headers=PUBLIC)
    payment = check_response("authorizeSession", response)
    assert payment["payment_status"] == "SUCCESS"
    assert payment["is_captured"] is False
    assert payment["payment_group"] == "debit_card"
    assert payment["payment_method"]["card"]["card_number"] == "XXXXXXXXXXXX2123"
    assert payment["payment_message"].startswith("PRE_AUTH|")
    assert payment["auth_id"]
    assert payment["bank_reference"]
    assert await get_payment(client, order["order_id"], payment["cf_payment_id"]) == payment
    again = await client.post("/pg/orders/sessions/authorize", json=body, headers=PUBLIC)
    check_error(again, 400, "order_already_paid")
    url = f"/pg/orders/{order['order_id']}/authorization"
    assert check_response(
        "preauthorizeOrder", await client.post(url, json={"action": "CAPTURE", "amount": 1}, headers=AUTH)
    )["is_captured"]
    unknown = await client.post(
        "/pg/orders/sessions/authorize", json={**body, "payment_session_id": "session_x"}, headers=PUBLIC
    )
    check_response("authorizeSession", unknown)
    check_error(unknown, 404, "payment_session_id_invalid")
    check_error(
        await client.post("/pg/orders/sessions/authorize", json={"payment_session_id": "s"}, headers=PUBLIC),
        400,
        "request_invalid",
    )
