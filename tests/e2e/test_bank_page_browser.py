"""The bank page in a real browser: headless Chromium (Debian's, installed by `make browser`) driven by
Playwright, which never downloads a browser of its own. A customer pays by netbanking, clicks "Success"
on the simulator's bank page, and lands on the shop's return_url; the shop's webhook handler has the
payment, verified by the client."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from cashfree_facade import Cashfree, WebhookVerificationError, webhooks
from cashfree_facade import payment_methods as pm
from cashfree_mock import AppServer, MockControl
from tests.support.fields import present

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags for a headless Chromium on a machine with no network but loopback, run as root in CI.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser_context() -> Iterator[Any]:
    if shutil.which(CHROMIUM) is None:
        pytest.fail(f"the browser test needs Chromium at {CHROMIUM}: run `make browser` (or set CHROMIUM=)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield context
        context.close()


class Shop:
    """A small shop: a return page for the customer and a webhook handler that verifies what it gets."""

    def __init__(self, cf: Cashfree) -> None:
        self.cf = cf
        self.events: list[webhooks.WebhookEvent] = []
        self.app = Starlette(
            routes=[
                Route("/orders/{order_id}/return", self.returned),
                Route("/cashfree/webhook", self.webhook, methods=["POST"]),
            ]
        )

    async def returned(self, request: Request) -> HTMLResponse:
        order_id = request.path_params["order_id"]
        return HTMLResponse(f"<!doctype html><title>Thank you</title><h1>Thank you for order {order_id}</h1>")

    async def webhook(self, request: Request) -> Response:
        try:
            self.events.append(self.cf.webhooks.verify(await request.body(), request.headers))
        except WebhookVerificationError:
            return Response(status_code=400)
        return Response(status_code=200)


def test_pay_by_netbanking_in_a_browser(
    browser_context: Any, cashfree_mock: MockControl, cashfree_client: Cashfree, tmp_path: Path
) -> None:
    shop = Shop(cashfree_client)
    with AppServer(shop.app) as served:
        order = cashfree_client.orders.create(
            order_amount=250,
            order_currency="INR",
            customer_details={"customer_id": "browser_1", "customer_phone": "9898989898"},
            order_meta={
                "return_url": served.url + "/orders/{order_id}/return",
                "notify_url": served.url + "/cashfree/webhook",
            },
        )
        pay = cashfree_client.orders.pay(order.payment_session_id, pm.netbanking(3333, bank_name="TESTR"))
        assert pay.action == "link"

        page = browser_context.new_page()
        page.goto(present(present(pay.data).url))
        assert page.get_by_text("netbanking (TESTR, 3333)").is_visible()
        assert page.get_by_text(order.order_id).is_visible()
        page.get_by_role("button", name="Success").click()
        page.wait_for_url(f"{served.url}/orders/{order.order_id}/return")
        assert page.locator("h1").inner_text() == f"Thank you for order {order.order_id}"
        page.screenshot(path=str(tmp_path / "returned.png"))
        page.close()

        assert cashfree_mock.order(order.order_id)["order_status"] == "PAID"
        (event,) = cashfree_mock.webhooks()
    assert event["status"] == "delivered"
    (received,) = shop.events
    assert isinstance(received, webhooks.PaymentWebhookEvent)
    assert received.payment.payment_status == "SUCCESS"
    assert received.payment.cf_payment_id == pay.cf_payment_id
    assert received.payment.payment_method_name == "netbanking"
    assert received.order.order_id == order.order_id
    assert received.idempotency_key == event["idempotency_key"]
