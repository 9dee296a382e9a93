"""The client over ``httpx.MockTransport``: the test queues the answers and reads the requests sent."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx

from cashfree_facade import AsyncCashfree, Cashfree

from .fake_time import Sleeps, no_sleep

CLIENT_ID = "test_app_id"
CLIENT_SECRET = "cfsk_ma_test_super_secret_value"  # a fake, checked never to leak

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


def make_client(mode: str, recorder: Recorder, sleeps: Sleeps | None = None, **options: Any) -> Any:
    """A ``Cashfree`` (mode ``"sync"``) or ``AsyncCashfree`` answered by ``recorder``, its sleeps recorded.

    Typed ``Any`` so that one test body drives either; ``run`` gives the result of a call in both modes.
    """
    options.setdefault("client_id", CLIENT_ID)
    options.setdefault("client_secret", CLIENT_SECRET)
    transport = httpx.MockTransport(recorder)
    client: Cashfree | AsyncCashfree
    if mode == "sync":
        client = Cashfree(http_client=httpx.Client(transport=transport), **options)
    else:
        client = AsyncCashfree(http_client=httpx.AsyncClient(transport=transport), **options)
    no_sleep(client, sleeps)
    return client


def run(value: Any) -> Any:
    """The result of a sync call, or of an awaitable (run on a fresh event loop)."""
    if inspect.isawaitable(value):

        async def wait() -> Any:
            return await value

        return asyncio.run(wait())
    return value
