"""The client against the stateful mock, written once for sync and async.

``harness_for("sync", server)`` drives ``Cashfree`` over a running ``MockServer`` (real HTTP over loopback);
``harness_for("async", server)`` drives ``AsyncCashfree`` over the same server on one event loop (an
``asyncio.Runner``), on the transport the client picks (aiohttp's, or httpx's on ``async-httpx``). Either
way the test is written once: ``h(cf.orders.create(...))`` returns the result (awaiting it when async),
``h.control(...)`` talks to the mock's ``/__mock`` endpoints. Retries never sleep: the client's sleep is a
recorder (``h.sleeps``), so a test can also count the retries taken.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx

from cashfree_facade import AsyncCashfree, Cashfree, Order
from cashfree_mock import MockServer

from .fake_time import Sleeps, no_sleep
from .sandbox_data import CUSTOMER


@functools.cache
def _control_client() -> httpx.Client:
    # One pooled client: ``httpx.request`` would build a client (and an SSL context) per call.
    return httpx.Client(timeout=30)


def control(server: MockServer, method: str, path: str, body: Any = None) -> Any:
    """Call a ``/__mock`` control endpoint of a running server; the JSON answer."""
    # Control POSTs are JSON, even without a body (docs/mock.md, "Who may call it").
    payload = {} if body is None and method == "POST" else body
    response = _control_client().request(method, f"{server.url}/__mock{path}", json=payload)
    response.raise_for_status()
    return response.json()


class Harness:
    """One client against one mock, written once for sync and async (see the module docstring)."""

    def __init__(
        self,
        mode: str,
        cf: Cashfree | AsyncCashfree,
        run: Callable[[Any], Any],
        control: Callable[[str, str, Any], Any],
        sleeps: Sleeps,
    ) -> None:
        self.mode = mode
        self.cf: Any = cf
        self._run = run
        self._control = control
        self.sleeps = sleeps

    def __call__(self, value: Any) -> Any:
        """The result of a client call: awaited (on the harness's loop) when it is a coroutine."""
        return self._run(value) if inspect.isawaitable(value) else value

    def control(self, method: str, path: str, body: Any = None) -> Any:
        return self._control(method, path, body)

    def state(self) -> dict[str, int]:
        state: dict[str, int] = self.control("GET", "/state")
        return state

    def fault(self, path: str, **fault: Any) -> None:
        self.control("POST", "/faults", {"path": path, **fault})

    def outcome(self, cf_payment_id: str, status: str) -> dict[str, Any]:
        result: dict[str, Any] = self.control("POST", f"/payments/{cf_payment_id}/outcome", {"payment_status": status})
        return result

    def mock_order(self, order_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self.control("GET", f"/orders/{order_id}")
        return result

    def order(self, amount: Decimal | int | float = Decimal("10.34"), **extra: Any) -> Order:
        extra.setdefault("customer_details", CUSTOMER)
        order: Order = self(self.cf.orders.create(order_amount=amount, order_currency="INR", **extra))
        return order


@contextlib.contextmanager
def _sync_harness(server: MockServer) -> Iterator[Harness]:
    control(server, "POST", "/reset")
    with Cashfree(server.client_id, server.client_secret, base_url=server.base_url) as cf:
        sleeps = no_sleep(cf)
        yield Harness("sync", cf, lambda value: value, lambda m, p, b: control(server, m, p, b), sleeps)


@contextlib.contextmanager
def _async_harness(server: MockServer) -> Iterator[Harness]:
    control(server, "POST", "/reset")
    with asyncio.Runner() as runner:
        cf = AsyncCashfree(server.client_id, server.client_secret, base_url=server.base_url)
        sleeps = no_sleep(cf)
        try:
            yield Harness("async", cf, runner.run, lambda m, p, b: control(server, m, p, b), sleeps)
        finally:
            runner.run(cf.close())


@contextlib.contextmanager
def harness_for(mode: str, server: MockServer | None = None, **app_options: Any) -> Iterator[Harness]:
    """A harness on the shared ``server``; with app options (or no server), on a fresh mock of its own.

    Async, ``AsyncCashfree`` makes its own pool: on aiohttp's transport, or on httpx's where the ``mode``
    fixture (``async-httpx``) has the client pick httpx.
    """
    start = _sync_harness if mode == "sync" else _async_harness
    if server is not None and not app_options:
        with start(server) as h:
            yield h
    else:
        with MockServer(log_level="critical", **app_options) as own, start(own) as h:
            yield h
