"""One real journey against Cashfree's own sandbox, for a maintainer with sandbox keys.

Skipped unless CASHFREE_LIVE_CLIENT_ID and CASHFREE_LIVE_CLIENT_SECRET are set; nothing in the
normal suite or CI touches the network.
"""

from __future__ import annotations

import os
import uuid
from decimal import Decimal

import pytest

from cashfree_facade import Cashfree
from cashfree_facade import payment_methods as pm

CLIENT_ID = os.environ.get("CASHFREE_LIVE_CLIENT_ID")
CLIENT_SECRET = os.environ.get("CASHFREE_LIVE_CLIENT_SECRET")

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        not (CLIENT_ID and CLIENT_SECRET), reason="set CASHFREE_LIVE_CLIENT_ID/SECRET to run against the sandbox"
    ),
]


def test_sandbox_order_and_upi_collect() -> None:
    with Cashfree(CLIENT_ID, CLIENT_SECRET, environment="sandbox") as cf:
        order = cf.orders.create(
            order_id=f"live_{uuid.uuid4().hex[:20]}",
            order_amount=Decimal("1.00"),
            order_currency="INR",
            customer_details={"customer_id": "live_smoke", "customer_phone": "9898989898"},
        )
        assert order.order_status == "ACTIVE"
        assert order.request_id
        pay = cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
        payment = cf.payments.get(order.order_id, pay.cf_payment_id)
        assert payment.order_id == order.order_id
        assert any(p.cf_payment_id == pay.cf_payment_id for p in cf.payments.list(order.order_id))
