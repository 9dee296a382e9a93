"""Fixtures of the facade tests: clients over ``httpx.MockTransport``, sync or async, that never sleep."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from cashfree_facade import AsyncCashfree, Cashfree

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "cashfree-pg-2026-01-01.yaml"
CLIENT_ID = "test_app_id"
CLIENT_SECRET = "cfsk_ma_test_super_secret_value"  # a fake, checked never to leak


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)
    return loaded


def example(spec: dict[str, Any], path: str, method: str, name: str) -> Any:
    media = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return media["examples"][name]["value"]


Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and answers from a queue (the last answer repeats)."""

    def __init__(self, *answers: httpx.Response | Exception | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        return answer

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def ok(body: Any, *, request_id: str = "req_123", status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"x-request-id": request_id, **headers})


class Sleeps(list[float]):
    """A sleep that records instead of waiting (sync and async)."""

    def sync(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


def make_client(mode: str, recorder: Recorder, sleeps: Sleeps | None = None, **options: Any) -> Any:
    options.setdefault("client_id", CLIENT_ID)
    options.setdefault("client_secret", CLIENT_SECRET)
    transport = httpx.MockTransport(recorder)
    client: Cashfree | AsyncCashfree
    if mode == "sync":
        client = Cashfree(http_client=httpx.Client(transport=transport), **options)
        client._sleep = (sleeps if sleeps is not None else Sleeps()).sync
    else:
        client = AsyncCashfree(http_client=httpx.AsyncClient(transport=transport), **options)
        client._sleep = (sleeps if sleeps is not None else Sleeps()).async_
    return client


def run(value: Any) -> Any:
    """The result of a sync call, or of an awaitable (run on a fresh event loop)."""
    if inspect.isawaitable(value):

        async def wait() -> Any:
            return await value

        return asyncio.run(wait())
    return value


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture(autouse=True)
def _no_cashfree_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CASHFREE_CLIENT_ID", "CASHFREE_CLIENT_SECRET", "CASHFREE_ENVIRONMENT", "CASHFREE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
