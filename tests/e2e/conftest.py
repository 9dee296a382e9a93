"""Fixtures of the end-to-end tests: the facade against the stateful mock, sync and async.

- ``server``: one ``MockServer`` (real HTTP over loopback) for the whole run; tests reset it.
- ``harness``: parametrised ``sync`` / ``async``. Sync drives ``Cashfree`` over ``MockServer``; async drives
  ``AsyncCashfree`` in-process over ``httpx.ASGITransport`` on one event loop (an ``asyncio.Runner``).
  Either way the test is written once: ``h(cf.orders.create(...))`` returns the result (awaiting it when
  async), ``h.control(...)`` talks to the mock's ``/__mock`` endpoints.
- Retries never sleep: the client's ``_sleep`` is replaced by a recorder (as ``tests/facade`` does), so a
  test can also count the retries taken.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from cashfree_facade import AsyncCashfree, Cashfree, Order
from cashfree_mock import MockServer, create_app

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "cashfree-pg-2026-01-01.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))

CUSTOMER = {"customer_id": "cust_e2e_001", "customer_phone": "9898989898"}
OTHER_CUSTOMER = {"customer_id": "cust_e2e_002", "customer_phone": "9797979797"}
PROVIDER_PHONE = "8714268343"  # the sandbox's eligible pay-later / cardless-EMI customer
OTP_OK = "111000"
TEST_CARDS = {
    "4111111111111111": ("visa", "credit_card"),
    "4706131211212123": ("visa", "debit_card"),
    "4576238912771450": ("visa", "credit_card"),
    "5105105105105100": ("mastercard", "credit_card"),
    "6074825972083818": ("rupay", "debit_card"),
}
TOKEN_DATA = {
    "authentication_token": "BwABBJQ1AgAAAAAgJDUCAAAAAAA=",
    "eci": "02",
    "token_number": "4706131211212123",
    "token_expiry_year": "2029",
    "token_expiry_month": "09",
    "token_cryptogram": "/wAAAAAAUSwFGXgAAAAAgPAAAA=",
    "transaction_type": "TOKEN",
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_cashfree_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CASHFREE_CLIENT_ID", "CASHFREE_CLIENT_SECRET", "CASHFREE_ENVIRONMENT", "CASHFREE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def server() -> Iterator[MockServer]:
    # "critical": uvicorn would log every injected dropped connection as an ASGI error.
    with MockServer(log_level="critical") as running:
        yield running


@functools.cache
def _control_client() -> httpx.Client:
    # One pooled client: ``httpx.request`` would build a client (and an SSL context) per call.
    return httpx.Client(timeout=30)


def control(server: MockServer, method: str, path: str, body: Any = None) -> Any:
    """Call a ``/__mock`` control endpoint of a running server; the JSON answer."""
    response = _control_client().request(method, f"{server.url}/__mock{path}", json=body)
    response.raise_for_status()
    return response.json()


class Sleeps(list[float]):
    """Stands in for the client's sleep between retries: records the waits, never waits."""

    def sync(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


def no_sleep(client: Cashfree | AsyncCashfree, sleeps: Sleeps | None = None) -> Sleeps:
    sleeps = Sleeps() if sleeps is None else sleeps
    client._sleep = sleeps.sync if isinstance(client, Cashfree) else sleeps.async_  # type: ignore[assignment]
    return sleeps


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
def _async_harness(**app_options: Any) -> Iterator[Harness]:
    app_options.setdefault("client_id", "e2e_async_id")
    app_options.setdefault("client_secret", "e2e_async_secret")
    app = create_app(**app_options)
    with asyncio.Runner() as runner:
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app))
        mock = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock")
        cf = AsyncCashfree(
            app_options["client_id"], app_options["client_secret"], base_url="http://mock/pg", http_client=http
        )
        sleeps = no_sleep(cf)

        async def call_control(method: str, path: str, body: Any) -> Any:
            response = await mock.request(method, "/__mock" + path, json=body)
            response.raise_for_status()
            return response.json()

        try:
            yield Harness("async", cf, runner.run, lambda m, p, b: runner.run(call_control(m, p, b)), sleeps)
        finally:
            runner.run(http.aclose())
            runner.run(mock.aclose())


@contextlib.contextmanager
def harness_for(mode: str, server: MockServer | None = None, **app_options: Any) -> Iterator[Harness]:
    """A harness on the shared ``server`` (sync) or a fresh app (async); with app options, a fresh mock either way."""
    if mode == "async":
        with _async_harness(**app_options) as h:
            yield h
    elif server is not None and not app_options:
        with _sync_harness(server) as h:
            yield h
    else:
        with MockServer(log_level="critical", **app_options) as own, _sync_harness(own) as h:
            yield h


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest, server: MockServer) -> Iterator[Harness]:
    with harness_for(request.param, server) as h:
        yield h


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)
