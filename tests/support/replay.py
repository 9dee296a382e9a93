"""Async clients over real transports for tests written against a ``Recorder``: aiohttp's and httpx's own.

``Mode`` is the ``mode`` fixture's value: ``"sync"`` or ``"async"`` (it compares equal to those), an async
mode naming the transport its clients send with (``mode.transport``: ``"aiohttp"`` or ``"httpx"``). So the
async tests run on both transports ``AsyncCashfree`` can send with, unchanged.

Over ``replay_transport``, each request goes over a real socket to a loopback server that answers what the
test's ``Recorder`` said, and that checks the request arrived as httpx built it. A ``Recorder``'s exception
(a transport failure) is raised as is, without the wire: ``tests/facade/test_transports.py`` makes real
failures on both transports. Every async call runs on one event loop (``run_async``): a real transport's
connections belong to the loop that opened them.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from cashfree_facade._aiohttp_transport import AiohttpTransport

from .loopback import LoopbackServer, WireRequest, http_response


class Mode(str):
    """``"sync"`` or ``"async"``; an async mode also names its transport (``"aiohttp"`` or ``"httpx"``)."""

    transport: str | None

    def __new__(cls, kind: str, transport: str | None = None) -> Mode:
        mode = super().__new__(cls, kind)
        mode.transport = transport
        return mode

    @property
    def id(self) -> str:
        return str(self) if self.transport is None else f"{self}-{self.transport}"


MODES = [Mode("sync"), Mode("async", "aiohttp"), Mode("async", "httpx")]


@functools.cache
def _event_loop() -> asyncio.Runner:
    runner = asyncio.Runner()
    atexit.register(runner.close)
    return runner


def run_async(awaitable: Any) -> Any:
    """Await on the tests' one event loop."""

    async def wait() -> Any:
        return await awaitable

    return _event_loop().run(wait())


_OPEN: list[httpx.AsyncClient] = []
_ANSWERS: dict[str, tuple[httpx.Response, list[tuple[str, str]], bytes]] = {}


def close_replay_clients() -> None:
    while _OPEN:
        run_async(_OPEN.pop().aclose())


@functools.cache
def _replay_server() -> LoopbackServer:
    async def answer(request: WireRequest) -> bytes:
        response, headers, body = _ANSWERS.pop(request.header("x-replay") or "")
        arrived = [(key.lower(), value) for key, value in request.headers if key.lower() != "x-replay"]
        if not body and ("content-length", "0") in arrived and all(key != "content-length" for key, _ in headers):
            # aiohttp frames an empty body on DELETE with "content-length: 0" (no option turns it off); httpx
            # sends no header. Both say "no body": the same request.
            arrived.remove(("content-length", "0"))
        if sorted(arrived) != sorted(headers) or request.body != body:
            return http_response(599, f"the request changed on the wire: {arrived} {request.body!r}".encode())
        head = [f"HTTP/1.1 {response.status_code} {response.reason_phrase}", f"content-length: {len(response.content)}"]
        head += [f"{k.decode()}: {v.decode()}" for k, v in response.headers.raw if k.lower() != b"content-length"]
        return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + response.content

    return LoopbackServer(answer)


class _Replay(httpx.AsyncBaseTransport):
    """Records the request, then sends it through ``inner`` to the loopback server, which answers the Recorder's."""

    def __init__(self, inner: httpx.AsyncBaseTransport, recorder: Callable[[httpx.Request], httpx.Response]) -> None:
        self._inner = inner
        self._recorder = recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._recorder(request)  # raises the Recorder's exception, if that is the answer
        token = str(uuid.uuid4())
        sent = [(k.decode().lower(), v.decode()) for k, v in request.headers.raw]
        _ANSWERS[token] = (answer, sent, request.content)
        server = _replay_server()
        wire = httpx.Request(
            request.method,
            request.url.copy_with(scheme="http", host="127.0.0.1", port=server.port),
            headers=[*request.headers.raw, (b"x-replay", token.encode())],
            content=request.content,
            extensions=request.extensions,
        )
        response = await self._inner.handle_async_request(wire)
        assert response.status_code != 599, (await response.aread()).decode()
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def replay_client(transport: str, recorder: Callable[[httpx.Request], httpx.Response]) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` whose requests cross ``transport`` for real and get ``recorder``'s answers."""
    inner: httpx.AsyncBaseTransport = AiohttpTransport() if transport == "aiohttp" else httpx.AsyncHTTPTransport()
    http = httpx.AsyncClient(transport=_Replay(inner, recorder))
    _OPEN.append(http)
    return http
