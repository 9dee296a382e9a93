"""The order lifecycle: Get Order and Terminate Order, and the status an order shows as things happen."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.support.fake_time import Clock
from tests.support.mock_http import AUTH, PUBLIC, check_error, check_response, create_order, outcome, paid, pay
from tests.support.sandbox_data import CARD

pytestmark = pytest.mark.anyio

COLLECT_OK = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}}
PENDING_CARD = {"card": {"channel": "link", **CARD}}
TERMINATE = {"order_status": "TERMINATED"}


async def get_order(client: httpx.AsyncClient, order_id: str) -> dict[str, Any]:
    response = await client.get(f"/pg/orders/{order_id}", headers=AUTH)
    assert response.status_code == 200, response.text
    order: dict[str, Any] = check_response("getOrder", response)
    return order


async def terminate(client: httpx.AsyncClient, order_id: str) -> httpx.Response:
    response = await client.patch(f"/pg/orders/{order_id}", json=TERMINATE, headers=AUTH)
    check_response("terminateOrder", response)
    return response


async def terminated(client: httpx.AsyncClient, order_id: str) -> dict[str, Any]:
    response = await terminate(client, order_id)
    assert response.status_code == 200, response.text
    order: dict[str, Any] = response.json()
    return order


async def test_get_order_follows_the_payment(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_tags={"sku": "A1"})
    fetched = await get_order(client, order["order_id"])
    assert fetched == order  # the same entity Create Order answered
    assert fetched["order_status"] == "ACTIVE"
    await paid(client, order, COLLECT_OK)
    after = await get_order(client, order["order_id"])
    assert after["order_status"] == "PAID"
    assert after == (await client.get(f"/__mock/orders/{order['order_id']}")).json()


async def test_get_order_errors(client: httpx.AsyncClient) -> None:
    missing = await client.get("/pg/orders/no_such_order", headers=AUTH)
    check_response("getOrder", missing)
    check_error(missing, 404, "order_not_found")
    order = await create_order(client)
    check_error(await client.get(f"/pg/orders/{order['order_id']}", headers=PUBLIC), 401)
    check_error(
        await client.get(f"/pg/orders/{order['order_id']}", headers={**AUTH, "x-api-version": "2022-09-01"}), 400
    )


async def test_get_order_shows_expiry_on_the_clock(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await create_order(client, order_expiry_time="2026-03-01T16:00:00+05:30")  # 10:30 UTC
    clock.advance(minutes=29)
    assert (await get_order(client, order["order_id"]))["order_status"] == "ACTIVE"
    clock.advance(minutes=1)
    assert (await get_order(client, order["order_id"]))["order_status"] == "EXPIRED"


async def test_terminate_an_unpaid_order(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    answer = await terminated(client, order["order_id"])
    assert answer["order_status"] == "TERMINATED"
    assert answer["order_id"] == order["order_id"]
    assert (await get_order(client, order["order_id"]))["order_status"] == "TERMINATED"
    # A terminated order takes no payment, by Order Pay or by Authorize.
    check_error(await pay(client, order, COLLECT_OK), 400, "order_terminated")
    body = {"payment_session_id": order["payment_session_id"], "authorization_data": {"transaction_type": "TOKEN"}}
    authorize = await client.post("/pg/orders/sessions/authorize", json=body, headers=PUBLIC)
    check_error(authorize, 400, "order_terminated")
    # Asking again is harmless: the same answer, nothing changes.
    assert (await terminated(client, order["order_id"]))["order_status"] == "TERMINATED"
    assert (await client.get(f"/pg/orders/{order['order_id']}/payments", headers=AUTH)).json() == []


async def test_a_paid_or_expired_order_cannot_be_terminated(client: httpx.AsyncClient, clock: Clock) -> None:
    order = await create_order(client)
    await paid(client, order, COLLECT_OK)
    check_error(await terminate(client, order["order_id"]), 400, "order_already_paid")
    assert (await get_order(client, order["order_id"]))["order_status"] == "PAID"
    stale = await create_order(client, order_expiry_time="2026-03-01T16:00:00+05:30")
    clock.advance(hours=1)
    check_error(await terminate(client, stale["order_id"]), 400, "order_expired")
    assert (await get_order(client, stale["order_id"]))["order_status"] == "EXPIRED"


async def test_terminate_request_errors(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    url = f"/pg/orders/{order['order_id']}"
    for body in ({"order_status": "ACTIVE"}, {}, {"order_status": "TERMINATED", "extra": 1}):
        response = await client.patch(url, json=body, headers=AUTH)
        check_response("terminateOrder", response)
        if body.get("extra"):
            continue  # the request schema does not forbid extra fields
        check_error(response, 400, "request_invalid")
    check_error(await client.patch("/pg/orders/no_such_order", json=TERMINATE, headers=AUTH), 404, "order_not_found")
    check_error(await client.patch(url, json=TERMINATE, headers=PUBLIC), 401)


async def test_termination_waits_for_a_payment_in_flight_that_fails(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    first = await paid(client, order, PENDING_CARD)
    second = await paid(client, order, PENDING_CARD)
    answer = await terminated(client, order["order_id"])
    assert answer["order_status"] == "TERMINATION_REQUESTED"
    # No new payment while the request stands, and asking again changes nothing.
    check_error(await pay(client, order, COLLECT_OK), 400, "order_terminated")
    assert (await terminated(client, order["order_id"]))["order_status"] == "TERMINATION_REQUESTED"
    # One payment ends unpaid: the other is still in flight, so the request still stands.
    assert (await outcome(client, first["cf_payment_id"], "FAILED")).status_code == 200
    assert (await get_order(client, order["order_id"]))["order_status"] == "TERMINATION_REQUESTED"
    # The last one ends unpaid too: the order is terminated.
    assert (await outcome(client, second["cf_payment_id"], "USER_DROPPED")).status_code == 200
    assert (await get_order(client, order["order_id"]))["order_status"] == "TERMINATED"
    hooks = (await client.get("/__mock/webhooks")).json()["data"]
    assert len(hooks) == 2  # the two payment outcomes; a termination sends no webhook


async def test_a_payment_in_flight_that_succeeds_wins_over_termination(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    started = await paid(client, order, PENDING_CARD)
    assert (await terminated(client, order["order_id"]))["order_status"] == "TERMINATION_REQUESTED"
    assert (await outcome(client, started["cf_payment_id"], "SUCCESS")).status_code == 200
    assert (await get_order(client, order["order_id"]))["order_status"] == "PAID"
    check_error(await terminate(client, order["order_id"]), 400, "order_already_paid")


async def test_a_flagged_payment_does_not_hold_termination(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    flagged = await paid(client, order, {"upi": {"channel": "collect", "upi_id": "testriskflagged@gocash"}})
    assert flagged["cf_payment_id"]
    assert (await terminated(client, order["order_id"]))["order_status"] == "TERMINATED"


async def test_an_authorised_order_is_paid_until_voided(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_note="preauth_transaction")
    await paid(client, order, COLLECT_OK)
    check_error(await terminate(client, order["order_id"]), 400, "order_already_paid")
    url = f"/pg/orders/{order['order_id']}/authorization"
    assert (await client.post(url, json={"action": "VOID"}, headers=AUTH)).status_code == 200
    assert (await get_order(client, order["order_id"]))["order_status"] == "ACTIVE"
    assert (await terminated(client, order["order_id"]))["order_status"] == "TERMINATED"


async def test_a_retried_terminate_gets_the_same_answer(client: httpx.AsyncClient) -> None:
    # Idempotency keys are stored for POSTs only (as Cashfree documents); a retried PATCH is safe
    # because terminating a terminated order answers it as it is.
    order = await create_order(client)
    headers = {**AUTH, "x-idempotency-key": "terminate-1"}
    url = f"/pg/orders/{order['order_id']}"
    first = await client.patch(url, json=TERMINATE, headers=headers)
    again = await client.patch(url, json=TERMINATE, headers=headers)
    assert first.status_code == again.status_code == 200
    assert "x-idempotency-replayed" not in again.headers
    assert first.json() == again.json()
