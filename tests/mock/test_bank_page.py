"""The bank page of a `link` payment: what it shows, and what its three buttons do."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from cashfree_mock import _bank_page
from tests.support.mock_http import check_error, create_order, get_payment, order_status, paid
from tests.support.sandbox_data import CARD

pytestmark = pytest.mark.anyio

NETBANKING = {"netbanking": {"channel": "link", "netbanking_bank_code": 3333, "netbanking_bank_name": "TESTR"}}


async def _start(client: httpx.AsyncClient, **order_fields: Any) -> tuple[dict[str, Any], dict[str, Any], str]:
    order = await create_order(client, order_amount=10.5, **order_fields)
    started = await paid(client, order, NETBANKING)
    assert started["action"] == "link"
    return order, started, urlsplit(started["data"]["url"]).path


async def test_the_page_shows_the_order_amount_method_and_three_buttons(client: httpx.AsyncClient) -> None:
    order, _started, page = await _start(client)
    view = await client.get(page)
    assert view.status_code == 200
    assert view.headers["content-type"].startswith("text/html")
    text = view.text
    assert order["order_id"] in text
    assert "INR 10.5" in text
    assert "netbanking (TESTR, 3333)" in text
    buttons = re.findall(r'<form method="post" action="([^"]+)"><button type="submit">([^<]+)</button></form>', text)
    assert buttons == [(f"{page}/success", "Success"), (f"{page}/failure", "Failure"), (f"{page}/cancel", "Cancel")]
    assert "<script" not in text
    assert "http" not in text  # no external assets


@pytest.mark.parametrize(
    ("choice", "status", "webhook"),
    [
        ("success", "SUCCESS", "PAYMENT_SUCCESS_WEBHOOK"),
        ("failure", "FAILED", "PAYMENT_FAILED_WEBHOOK"),
        ("cancel", "USER_DROPPED", "PAYMENT_USER_DROPPED_WEBHOOK"),
    ],
)
async def test_a_button_settles_the_payment_and_returns_to_the_shop(
    client: httpx.AsyncClient, choice: str, status: str, webhook: str
) -> None:
    meta = {"return_url": "http://127.0.0.1:5000/orders/{order_id}/done?from=cashfree"}
    order, started, page = await _start(client, order_meta=meta)
    answer = await client.post(f"{page}/{choice}")
    assert answer.status_code == 303
    assert answer.headers["location"] == f"http://127.0.0.1:5000/orders/{order['order_id']}/done?from=cashfree"
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_status"] == status
    assert await order_status(client, order["order_id"]) == ("PAID" if status == "SUCCESS" else "ACTIVE")
    (event,) = (await client.get("/__mock/webhooks", params={"wait": 10})).json()["data"]
    assert event["type"] == webhook
    # Back to the page (the browser's back button): it shows the outcome, and a second click changes nothing.
    assert status in (await client.get(page)).text
    again = await client.post(f"{page}/success")
    assert again.status_code == 303
    assert (await get_payment(client, order["order_id"], started["cf_payment_id"]))["payment_status"] == status


async def test_without_a_return_url_the_page_shows_the_result(client: httpx.AsyncClient) -> None:
    order, _started, page = await _start(client)
    answer = await client.post(f"{page}/success")
    assert answer.status_code == 200
    assert "<h1>Payment SUCCESS</h1>" in answer.text
    assert order["order_id"] in answer.text


async def test_unknown_payments_and_choices(client: httpx.AsyncClient) -> None:
    _order, _started, page = await _start(client)
    check_error(await client.post(f"{page}/maybe"), 404, "path_not_found")
    check_error(await client.post("/pg/view/gateway/1/success"), 404, "payment_not_found")
    check_error(await client.put(f"{page}/success"), 405, "method_not_allowed")


async def test_card_payments_show_the_masked_number_only(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"card": {"channel": "link", **CARD}})
    text = (await client.get(urlsplit(started["data"]["url"]).path)).text
    assert "card (XXXXXXXXXXXX1111, visa)" in text
    assert CARD["card_number"] not in text


def test_everything_shown_is_escaped() -> None:
    hostile = '<script>alert("x")</script>'
    page = _bank_page.payment_page(
        action='/pg/view/gateway/1"><script>',
        cf_payment_id=hostile,
        order_id=hostile,
        amount=hostile,
        currency=hostile,
        method=hostile,
        details={"upi_id": hostile},
    )
    result = _bank_page.result_page(cf_payment_id=hostile, order_id=hostile, status=hostile, message=hostile)
    for text in (page, result):
        assert "<script>" not in text
        assert "&lt;script&gt;" in text


@pytest.mark.parametrize(
    ("return_url", "location"),
    [
        ("https://shop.example/return?order={order_id}", "https://shop.example/return?order=o%2F1"),
        ("http://127.0.0.1/r/{order_id}/{order_id}", "http://127.0.0.1/r/o%2F1/o%2F1"),
        ("http://127.0.0.1/a b\r\nSet-Cookie: x=1", "http://127.0.0.1/a%20b%0D%0ASet-Cookie:%20x=1"),
        ("http://127.0.0.1/café", "http://127.0.0.1/caf%C3%A9"),
        ("javascript:alert(1)", None),
        ("/relative/{order_id}", None),
        ("", None),
        (None, None),
    ],
)
def test_return_location(return_url: Any, location: str | None) -> None:
    assert _bank_page.return_location(return_url, "o/1") == location
