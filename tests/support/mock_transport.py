"""The client answered by a ``Recorder``: the test queues the answers and reads the requests sent.

Sync over ``httpx.MockTransport``; async over a real transport to a loopback server (``replay``).
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx

from cashfree_facade import AsyncCashfree, Cashfree

from .fake_time import Sleeps, no_sleep
from .replay import replay_client, run_async

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
    client: Cashfree | AsyncCashfree
    if mode == "sync":
        client = Cashfree(http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **options)
    else:
        # Over a real transport, aiohttp's or httpx's own (``mode.transport``; see ``replay``).
        transport = getattr(mode, "transport", None) or "httpx"
        client = AsyncCashfree(http_client=replay_client(transport, recorder), **options)
    no_sleep(client, sleeps)
    return client


def run(value: Any) -> Any:
    """The result of a sync call, or of an awaitable (run on the tests' one event loop)."""
    return run_async(value) if inspect.isawaitable(value) else value
