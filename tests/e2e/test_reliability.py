"""Reliability under injected faults: every logical call ends once, nothing lost, nothing doubled.

Hundreds of logical calls (create an order, pay it, read the payment) go through one client against the
mock over real loopback HTTP. Ahead of many of them the mock is told to fail the next request in one of
several ways: a retryable status before the operation runs, the same after it ran and stored its answer
under the idempotency key ("lost after commit"), or a dropped connection before or after commit. The
plan comes from a fixed seed; at most ``max_retries`` faults precede one call, so every call must succeed.
Afterwards the mock's state and ``payments.list`` of every order must show exactly one order per create
and one payment per pay, and the client must have retried exactly once per injected fault.
"""

from __future__ import annotations

import logging
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from cashfree_facade import AsyncCashfree, Cashfree
from cashfree_facade import payment_methods as pm
from cashfree_mock import MockServer
from tests.support.fake_time import no_sleep
from tests.support.harness import control
from tests.support.sandbox_data import CUSTOMER

FAULT_KINDS: dict[str, dict[str, Any]] = {
    "503_before_commit": {"status": 503},
    "502_before_commit": {"status": 502},
    "429_before_commit": {"status": 429},
    "500_after_commit": {"status": 500, "after_commit": True},
    "504_after_commit": {"status": 504, "after_commit": True},
    "drop_before_commit": {"drop": True},
    "drop_after_commit": {"drop": True, "after_commit": True},
}
STEPS = (("create", "POST", "/pg/orders"), ("pay", "POST", "/pg/orders/sessions"), ("get", "GET", None))
UPI = pm.upi_collect("testsuccess@gocash")


@dataclass
class Plan:
    """Which faults go ahead of which request: ``faults[(call, step)]`` is a list of fault kinds."""

    calls: int
    faults: dict[tuple[int, str], list[str]] = field(default_factory=dict)

    @classmethod
    def make(cls, calls: int, seed: int, max_faults: int = 2) -> Plan:
        rng = random.Random(seed)
        plan = cls(calls)
        for call in range(calls):
            for step, _, _ in STEPS:
                # About half of the requests get one fault or more, some the most the retries can absorb.
                count = rng.choices(range(max_faults + 1), weights=[5, 3, 2][: max_faults + 1])[0]
                if count:
                    plan.faults[call, step] = [rng.choice(sorted(FAULT_KINDS)) for _ in range(count)]
        return plan

    def by_kind(self) -> Counter[str]:
        return Counter(kind for kinds in self.faults.values() for kind in kinds)

    @property
    def total(self) -> int:
        return sum(len(kinds) for kinds in self.faults.values())

    def bodies(self, call: int, step: str, path: str, method: str) -> list[dict[str, Any]]:
        return [{"path": path, "method": method, **FAULT_KINDS[kind]} for kind in self.faults.get((call, step), [])]


def _verify(server: MockServer, cf: Cashfree, results: list[tuple[str, str]], calls: int) -> None:
    """One order per logical create, one payment per logical pay, none lost: state, then every order."""
    state = control(server, "GET", "/state")
    assert (state["orders"], state["payments"], state["faults"]) == (calls, calls, 0)
    assert len(results) == calls
    assert len({order_id for order_id, _ in results}) == calls
    assert len({cf_payment_id for _, cf_payment_id in results}) == calls
    for order_id, cf_payment_id in results:
        payments = cf.payments.list(order_id)
        assert [(p.cf_payment_id, p.payment_status) for p in payments] == [(cf_payment_id, "SUCCESS")]
        assert control(server, "GET", f"/orders/{order_id}")["order_status"] == "PAID"


def test_hundreds_of_calls_under_faults_sync(server: MockServer) -> None:
    calls = 300
    plan = Plan.make(calls, seed=20260101)
    control(server, "POST", "/reset")
    results: list[tuple[str, str]] = []
    with Cashfree(server.client_id, server.client_secret, base_url=server.base_url) as cf:
        sleeps = no_sleep(cf)
        for call in range(calls):
            for body in plan.bodies(call, "create", "/pg/orders", "POST"):
                control(server, "POST", "/faults", body)
            order = cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
            for body in plan.bodies(call, "pay", "/pg/orders/sessions", "POST"):
                control(server, "POST", "/faults", body)
            pay = cf.orders.pay(order.payment_session_id, UPI)
            for body in plan.bodies(call, "get", f"/pg/orders/{order.order_id}/payments/*", "GET"):
                control(server, "POST", "/faults", body)
            payment = cf.payments.get(order.order_id, pay.cf_payment_id)
            assert payment.payment_status == "SUCCESS"
            results.append((order.order_id, pay.cf_payment_id))
        # Each injected fault cost exactly one retry; no call needed more.
        assert len(sleeps) == plan.total
        assert plan.total > calls  # the plan is not trivially mild
        assert set(plan.by_kind()) == set(FAULT_KINDS)
        _verify(server, cf, results, calls)


@pytest.mark.anyio
async def test_hundreds_of_calls_under_faults_async(server: MockServer) -> None:
    calls = 150
    plan = Plan.make(calls, seed=7)
    control(server, "POST", "/reset")
    results: list[tuple[str, str]] = []
    async with (
        httpx.AsyncClient() as mock,
        AsyncCashfree(server.client_id, server.client_secret, base_url=server.base_url) as acf,
    ):
        sleeps = no_sleep(acf)

        async def inject(step: str, call: int, path: str, method: str) -> None:
            for body in plan.bodies(call, step, path, method):
                (await mock.post(server.url + "/__mock/faults", json=body)).raise_for_status()

        for call in range(calls):
            await inject("create", call, "/pg/orders", "POST")
            order = await acf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
            await inject("pay", call, "/pg/orders/sessions", "POST")
            pay = await acf.orders.pay(order.payment_session_id, UPI)
            await inject("get", call, f"/pg/orders/{order.order_id}/payments/*", "GET")
            assert (await acf.payments.get(order.order_id, pay.cf_payment_id)).payment_status == "SUCCESS"
            results.append((order.order_id, pay.cf_payment_id))
        assert len(sleeps) == plan.total
    with Cashfree(server.client_id, server.client_secret, base_url=server.base_url) as cf:
        _verify(server, cf, results, calls)


def test_more_faults_than_retries_fail_without_a_duplicate(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    """When the faults outlast the retries the call fails; the same key later still makes one payment."""
    caplog.set_level(logging.DEBUG, logger="cashfree_facade")
    control(server, "POST", "/reset")
    with Cashfree(server.client_id, server.client_secret, base_url=server.base_url) as cf:
        sleeps = no_sleep(cf)
        order = cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
        for kind in ("500_after_commit", "drop_after_commit", "503_before_commit"):
            control(server, "POST", "/faults", {"path": "/pg/orders/sessions", **FAULT_KINDS[kind]})
        from cashfree_facade import InternalServerError

        with pytest.raises(InternalServerError):
            cf.orders.pay(order.payment_session_id, UPI, idempotency_key="e2e-reliability-key")
        assert len(sleeps) == 2
        # One DEBUG line per attempt, one INFO line per retry naming the reason and the key.
        attempts = [r for r in caplog.records if r.levelno == logging.DEBUG and "/orders/sessions" in r.getMessage()]
        assert [getattr(r, "cashfree_attempt", None) for r in attempts] == [1, 2, 3]
        assert [getattr(r, "cashfree_status", None) for r in attempts] == [500, None, 503]
        retries = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
        assert len(retries) == 2
        assert "status 500" in retries[0]
        assert "APIConnectionError" in retries[1]
        assert all("idempotency_key=e2e-reliability-key" in message for message in retries)
        # The first attempt committed: the payment exists once, and retrying the logical call later
        # (same key, same body) returns it instead of paying again.
        pay = cf.orders.pay(order.payment_session_id, UPI, idempotency_key="e2e-reliability-key")
        assert [p.cf_payment_id for p in cf.payments.list(order.order_id)] == [pay.cf_payment_id]
        assert control(server, "GET", "/state")["payments"] == 1
