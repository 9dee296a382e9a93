"""What the simulator keeps per order and payment: compact records that answer exactly what was sent.

Orders keep their request's optional fields frozen (`_frozen`), payments their details; session ids
and customer_uid are derived from the order's number with the store's key, not stored.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from cashfree_mock._frozen import freeze, thaw
from tests.support.mock_http import AUTH, check_error, check_response, create_order, paid, pay

pytestmark = pytest.mark.anyio

COLLECT_OK = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}}


def test_freeze_and_thaw_give_back_the_same_json() -> None:
    value: dict[str, Any] = {
        "z": [1, Decimal("10.50"), {"b": None, "a": True}, [], {}],
        "a": {"nested": ["x", "y"], "empty": ""},
        "m": "-" * 1000,
    }
    frozen = freeze(value)
    thawed = thaw(frozen)
    assert thawed == value
    assert list(thawed) == ["z", "a", "m"]  # key order, as sent
    assert list(thawed["z"][2]) == ["b", "a"]
    assert str(thawed["z"][1]) == "10.50"  # the Decimal as written
    thawed["a"]["nested"].append("changed")  # a thawed value is new: the stored one does not change
    assert thaw(frozen)["a"]["nested"] == ["x", "y"]


async def test_an_order_reads_back_as_created(client: httpx.AsyncClient) -> None:
    # Raw JSON: amounts as written (10.50, 2.50) and keys in an order of the merchant's own.
    raw = (
        b'{"order_amount": 10.50, "order_currency": "INR", "order_note": "gift",'
        b' "customer_details": {"customer_phone": "9898989898", "customer_id": "cust_9", "customer_name": "Asha"},'
        b' "order_tags": {"zeta": "1", "alpha": "2"},'
        b' "order_splits": [{"vendor_id": "v1", "amount": 2.50, "tags": {"k": "v"}}],'
        b' "order_meta": {"return_url": "https://shop.example/return/{order_id}"}}'
    )
    headers = {**AUTH, "content-type": "application/json"}
    created_response = await client.post("/pg/orders", content=raw, headers=headers)
    created = check_response("createOrder", created_response)
    response = await client.get(f"/pg/orders/{created['order_id']}", headers=AUTH)
    assert response.content == created_response.content  # byte for byte: fields, values and their order
    assert b'"order_amount":10.50,' in response.content
    assert b'"amount":2.50,' in response.content
    read = response.json()
    assert list(read["customer_details"]) == ["customer_phone", "customer_id", "customer_name", "customer_uid"]
    assert list(read["order_tags"]) == ["zeta", "alpha"]
    other = check_response("createOrder", await client.post("/pg/orders", content=raw, headers=headers))
    assert other["customer_details"]["customer_uid"] != created["customer_details"]["customer_uid"]
    customer = {"customer_id": "cust_c", "customer_phone": "9898989898", "customer_uid": "uid-from-cashfree"}
    given = await create_order(client, customer_details=customer)
    assert given["customer_details"] == customer


async def test_a_payment_reads_back_as_answered(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    started = await paid(client, order, COLLECT_OK)
    listed = (await client.get(f"/pg/orders/{order['order_id']}/payments", headers=AUTH)).json()
    (payment,) = listed
    assert payment["cf_payment_id"] == started["cf_payment_id"]
    assert len(payment["bank_reference"]) == 12
    assert payment["bank_reference"].isdigit()
    assert payment["payment_time"] == payment["payment_completion_time"]
    again = (await client.get(f"/pg/orders/{order['order_id']}/payments", headers=AUTH)).json()
    assert again == listed


async def test_a_forged_or_altered_session_id_is_not_found(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    session: str = order["payment_session_id"]
    assert session.startswith("session_")
    assert len(session) == len("session_") + 64
    last = "A" if session[-1] != "A" else "B"
    for forged in (session[:-1] + last, "session_" + "A" * 64, session + "A", session[len("session_") :]):
        response = await pay(client, {"payment_session_id": forged}, COLLECT_OK)
        check_error(response, 404, "payment_session_id_invalid")
    await paid(client, order, COLLECT_OK)


async def test_a_session_from_before_a_reset_is_void(client: httpx.AsyncClient) -> None:
    before = await create_order(client)
    assert (await client.post("/__mock/reset", json={})).status_code == 200
    after = await create_order(client)
    assert after["cf_order_id"] == before["cf_order_id"]  # the numbering starts again
    assert after["payment_session_id"] != before["payment_session_id"]
    check_error(await pay(client, before, COLLECT_OK), 404, "payment_session_id_invalid")
    await paid(client, after, COLLECT_OK)


async def test_payment_ids_match_only_as_written(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    cf_payment_id = (await paid(client, order, COLLECT_OK))["cf_payment_id"]
    base = f"/pg/orders/{order['order_id']}/payments/"
    assert (await client.get(base + cf_payment_id, headers=AUTH)).status_code == 200
    for other in ("0" + cf_payment_id, str(int(cf_payment_id) + 1), str(int(cf_payment_id) - 1), "0", "1e3"):
        check_error(await client.get(base + other, headers=AUTH), 404, "payment_not_found")
