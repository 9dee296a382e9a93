"""Concurrency: one client shared by many threads or asyncio tasks, and one idempotency key raced.

Interleavings vary from run to run; the assertions are the invariants that must hold for every one of
them, checked against the mock's state afterwards.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any, TypeVar

import httpx
import pytest

from cashfree_facade import (
    AsyncCashfree,
    AuthenticationError,
    BadRequestError,
    Cashfree,
    IdempotencyError,
)
from cashfree_facade import payment_methods as pm
from cashfree_mock import MockServer
from tests.support.fake_time import no_sleep
from tests.support.harness import control
from tests.support.sandbox_data import CUSTOMER

T = TypeVar("T")
UPI = pm.upi_collect("testsuccess@gocash")
THREADS = 8


def _in_threads(count: int, work: Callable[[int], T]) -> list[T | BaseException]:
    """Run ``work(i)`` in ``count`` threads released together; each result or the exception it raised."""
    barrier = threading.Barrier(count)

    def run(index: int) -> T | BaseException:
        barrier.wait()
        try:
            return work(index)
        except Exception as exc:
            return exc

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(run, range(count)))


@pytest.fixture
def cf(server: MockServer) -> Any:
    # As many retries as faults on one path: however the threads interleave, no call runs out.
    control(server, "POST", "/reset")
    with Cashfree(server.client_id, server.client_secret, base_url=server.base_url, max_retries=30) as client:
        yield client


def test_threads_share_one_client_under_faults(server: MockServer, cf: Cashfree) -> None:
    per_thread = 15
    sleeps = no_sleep(cf)
    faults = [
        {"path": "/pg/orders", "method": "POST", "status": 503, "count": 15},
        {"path": "/pg/orders", "method": "POST", "drop": True, "after_commit": True, "count": 15},
        {"path": "/pg/orders/sessions", "method": "POST", "status": 500, "after_commit": True, "count": 15},
        {"path": "/pg/orders/sessions", "method": "POST", "drop": True, "count": 15},
    ]
    for fault in faults:
        control(server, "POST", "/faults", fault)

    def work(index: int) -> list[tuple[str, str]]:
        done = []
        for _ in range(per_thread):
            order = cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
            pay = cf.orders.pay(order.payment_session_id, UPI)
            done.append((order.order_id, pay.cf_payment_id))
        return done

    outcomes = _in_threads(THREADS, work)
    assert not [o for o in outcomes if isinstance(o, BaseException)]
    results = [pair for outcome in outcomes if isinstance(outcome, list) for pair in outcome]
    total = THREADS * per_thread
    state = control(server, "GET", "/state")
    assert (state["orders"], state["payments"], state["faults"]) == (total, total, 0)
    assert len(sleeps) == 60  # one retry per injected fault, whichever thread met it
    assert len({order_id for order_id, _ in results}) == total
    for order_id, cf_payment_id in results:
        assert [p.cf_payment_id for p in cf.payments.list(order_id)] == [cf_payment_id]


@pytest.mark.anyio
async def test_tasks_share_one_async_client_under_faults(server: MockServer) -> None:
    tasks = 40
    control(server, "POST", "/reset")
    for fault in (
        {"path": "/pg/orders", "method": "POST", "status": 502, "count": 10},
        {"path": "/pg/orders", "method": "POST", "drop": True, "after_commit": True, "count": 10},
        {"path": "/pg/orders/sessions", "method": "POST", "status": 504, "after_commit": True, "count": 10},
        {"path": "/pg/orders/sessions", "method": "POST", "drop": True, "count": 10},
    ):
        control(server, "POST", "/faults", fault)
    async with AsyncCashfree(server.client_id, server.client_secret, base_url=server.base_url, max_retries=20) as acf:
        sleeps = no_sleep(acf)

        async def work(index: int) -> tuple[str, str]:
            order = await acf.orders.create(
                order_amount=Decimal(index + 1), order_currency="INR", customer_details=CUSTOMER
            )
            pay = await acf.orders.pay(order.payment_session_id, UPI)
            payment = await acf.payments.get(order.order_id, pay.cf_payment_id)
            assert payment.amount == Decimal(index + 1)
            return order.order_id, pay.cf_payment_id

        results = await asyncio.gather(*(work(i) for i in range(tasks)))
        state = control(server, "GET", "/state")
        assert (state["orders"], state["payments"], state["faults"]) == (tasks, tasks, 0)
        assert len(sleeps) == 40
        listed = await asyncio.gather(*(acf.payments.list(order_id) for order_id, _ in results))
        assert [[p.cf_payment_id for p in payments] for payments in listed] == [[pid] for _, pid in results]


def test_one_key_raced_by_threads_runs_once(server: MockServer, cf: Cashfree) -> None:
    orders = _in_threads(
        THREADS,
        lambda _: cf.orders.create(
            order_amount=10, order_currency="INR", customer_details=CUSTOMER, idempotency_key="e2e-race-order"
        ),
    )
    assert {(o.order_id, o.cf_order_id) for o in orders if not isinstance(o, BaseException)} == {
        (orders[0].order_id, orders[0].cf_order_id)  # type: ignore[union-attr]
    }
    assert len(orders) == THREADS
    session = orders[0].payment_session_id  # type: ignore[union-attr]
    pays = _in_threads(THREADS, lambda _: cf.orders.pay(session, UPI, idempotency_key="e2e-race-pay"))
    assert len({p.cf_payment_id for p in pays if not isinstance(p, BaseException)}) == 1
    assert not [p for p in pays if isinstance(p, BaseException)]
    state = control(server, "GET", "/state")
    assert (state["orders"], state["payments"], state["idempotency_keys"]) == (1, 1, 2)


def test_one_key_with_different_bodies_one_wins(server: MockServer, cf: Cashfree) -> None:
    outcomes = _in_threads(
        THREADS,
        lambda i: cf.orders.create(
            order_amount=10 + i, order_currency="INR", customer_details=CUSTOMER, idempotency_key="e2e-race-bodies"
        ),
    )
    winners = [o for o in outcomes if not isinstance(o, BaseException)]
    losers = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(winners) == 1
    assert len(losers) == THREADS - 1
    assert all(isinstance(error, IdempotencyError) for error in losers)
    assert control(server, "GET", "/state")["orders"] == 1
    assert control(server, "GET", f"/orders/{winners[0].order_id}")["order_amount"] == winners[0].order_amount


def test_racing_payments_of_one_order_charge_it_once(server: MockServer, cf: Cashfree) -> None:
    order = cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)
    outcomes = _in_threads(THREADS, lambda _: cf.orders.pay(order.payment_session_id, UPI))
    paid = [o for o in outcomes if not isinstance(o, BaseException)]
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(paid) == 1
    assert all(isinstance(e, BadRequestError) and e.code == "order_already_paid" for e in refused)
    assert [p.payment_status for p in cf.payments.list(order.order_id)] == ["SUCCESS"]


def test_clients_with_different_credentials_never_mix(server: MockServer, cf: Cashfree) -> None:
    wrong = cf.with_options(client_secret="not-the-secret")
    order = cf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER)

    def work(index: int) -> Any:
        client = cf if index % 2 == 0 else wrong
        return [type(_call(client, order.order_id)).__name__ for _ in range(10)]

    outcomes = _in_threads(THREADS, work)
    for index, names in enumerate(outcomes):
        assert names == ["PaymentList" if index % 2 == 0 else "AuthenticationError"] * 10


def _call(client: Cashfree, order_id: str) -> Any:
    try:
        return client.payments.list(order_id)
    except AuthenticationError as error:
        return error


@pytest.mark.anyio
async def test_one_key_raced_by_tasks_runs_once() -> None:
    from cashfree_mock import create_app

    app = create_app()
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http,
        AsyncCashfree("TEST_CLIENT_ID", "TEST_CLIENT_SECRET", base_url="http://mock/pg", http_client=http) as acf,
    ):
        create = [
            acf.orders.create(order_amount=10, order_currency="INR", customer_details=CUSTOMER, idempotency_key="k")
            for _ in range(20)
        ]
        orders = await asyncio.gather(*create)
        assert len({o.cf_order_id for o in orders}) == 1
        pays = await asyncio.gather(
            *(acf.orders.pay(orders[0].payment_session_id, UPI, idempotency_key="p") for _ in range(20))
        )
        assert len({p.cf_payment_id for p in pays}) == 1
        state = (await http.get("http://mock/__mock/state")).json()
        assert (state["orders"], state["payments"]) == (1, 1)
