"""``AiohttpTransport``: an httpx transport that moves the bytes with aiohttp (the ``aiohttp`` extra).

httpx stays the API and the pipeline: requests, responses, timeouts and exceptions are httpx's. Only the
connection pool and the HTTP/1.1 wire work are aiohttp's, whose pool and C parser keep their speed as
concurrency grows where httpx's own async transport slows down (encode/httpx#3215; figures in
docs/benchmarks.md). The mapping, so that the pipeline sees the same thing on either transport:

- timeouts: ``connect`` -> ``sock_connect``, ``read`` -> ``sock_read``, ``pool + connect`` -> ``connect``
  (aiohttp counts the wait for a pooled connection in it); ``write`` has no aiohttp counterpart, and a
  request body of this API fits in the socket buffer, so a write never waits;
- errors: aiohttp's exceptions become httpx's (``ConnectTimeout``, ``ReadTimeout``, ``ConnectError``,
  ``RemoteProtocolError``, ``ReadError``), raised outside the ``except`` so that nothing of aiohttp's
  (whose exceptions can hold the request's headers) is chained to them;
- retries are the client's alone: aiohttp's own resend of a GET on a dropped connection is switched off;
- redirects are never followed (``allow_redirects=False``), TLS is verified with httpx's default context,
  aiohttp keeps no cookies (httpx's client does), pool size and keep-alive come from ``httpx.Limits``;
- cancellation propagates as is; aiohttp closes the connection of a request cancelled half way.

The body is read whole before the response is returned: the client reads every body whole anyway, and the
connection goes back to the pool one step earlier. Not a transport for streaming downloads.

aiohttp runs on asyncio only: under another event loop (trio) the transport hands every request to httpx's
own ``AsyncHTTPTransport``. A session belongs to the event loop it was opened on, as httpx's pool does;
used from another loop it raises ``RuntimeError`` rather than touch sockets of a loop that has gone
(``AsyncCashfree`` makes a pool per loop, so only an ``http_client`` passed in can meet that).
"""

from __future__ import annotations

import asyncio
import functools
import ssl
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import aiohttp
import httpx
import yarl

from ._transports import DEFAULT_LIMITS

__all__ = ["AiohttpTransport"]


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send ``httpx.AsyncClient`` requests through one ``aiohttp.ClientSession``, opened on first use.

    >>> http = httpx.AsyncClient(transport=AiohttpTransport(limits=httpx.Limits(max_connections=20)))
    >>> cf = AsyncCashfree(client_id, client_secret, http_client=http)  # doctest: +SKIP
    """

    def __init__(self, *, verify: bool | ssl.SSLContext = True, limits: httpx.Limits = DEFAULT_LIMITS) -> None:
        self._verify = verify
        self._limits = limits
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._fallback: httpx.AsyncHTTPTransport | None = None
        self._closed = False

    def _ssl(self) -> ssl.SSLContext | bool:
        if isinstance(self._verify, ssl.SSLContext):
            return self._verify
        return _verifying_context() if self._verify else False

    def _session_for(self, loop: asyncio.AbstractEventLoop) -> aiohttp.ClientSession:
        if self._session is not None:
            if loop is not self._loop:
                raise RuntimeError(
                    "this client's connections belong to another event loop: "
                    "make the client inside the loop that uses it (one client per loop)"
                )
            return self._session
        if self._closed:
            raise RuntimeError("the transport is closed")
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._ssl(),
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,  # httpx decodes Content-Encoding itself
            trust_env=False,  # per request, it would cost two thread hops (netrc, proxy variables)
        )
        if hasattr(self._session, "_retry_connection"):
            # aiohttp resends an idempotent request once when the connection drops; httpx does not, and the
            # client's own retries (with their backoff and logging) must be the only ones on both transports.
            self._session._retry_connection = False
        self._loop = loop
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # not asyncio: trio, through anyio
            return await self._httpx_transport().handle_async_request(request)
        headers = [(key.decode("latin-1"), value.decode("latin-1")) for key, value in request.headers.raw]
        body = await request.aread()
        return await self.send_plain(
            request.method, str(request.url), headers, body, request.extensions.get("timeout"), request
        )

    async def send_plain(
        self,
        method: str,
        url: str,
        headers: list[tuple[str, str]],
        body: bytes,
        timeouts: Mapping[str, float | None] | None,
        request: httpx.Request | None = None,
    ) -> httpx.Response:
        """Send a request given as the parts httpx would put on the wire (``headers`` complete, ``Host`` and
        ``Content-Length`` included), without an ``httpx.Request``: what ``AsyncCashfree`` sends through the pools
        it makes. The answer, and the httpx exception raised when there is none, are those of
        ``handle_async_request``."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not asyncio: httpx's own transport needs its request
            plain = httpx.Request(method, url, headers=headers, content=body, extensions={"timeout": timeouts or {}})
            return await self._httpx_transport().handle_async_request(plain)
        session = self._session_for(loop)
        # aiohttp adds these on its own (octet-stream for an empty POST, a zero length on DELETE); send only
        # what httpx built, so the request on the wire is the same on both transports.
        present = {name.lower() for name, _ in headers}
        skip = [name for name in ("Content-Type", "Content-Length") if name.lower() not in present]
        error: httpx.TransportError
        try:
            async with session.request(
                method,
                yarl.URL(url, encoded=True),
                headers=headers,
                data=body or None,
                skip_auto_headers=skip,
                allow_redirects=False,
                timeout=_client_timeout(timeouts),
            ) as response:
                content = await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            error = _httpx_error(exc, request)
        else:
            extensions: dict[str, Any] = {
                "http_version": f"HTTP/{response.version.major}.{response.version.minor}".encode()
                if response.version is not None
                else b"HTTP/1.1",
            }
            if response.reason:
                extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
            answer = httpx.Response(
                response.status,
                headers=response.raw_headers,
                stream=httpx.ByteStream(content),
                extensions=extensions,
                request=request,
            )
            answer.read()  # decoded (Content-Encoding) here, in memory: the caller's aread() then has nothing to do
            return answer
        raise error  # outside the except block: no aiohttp exception in the chain

    def _httpx_transport(self) -> httpx.AsyncHTTPTransport:
        if self._fallback is None:
            self._fallback = httpx.AsyncHTTPTransport(verify=self._ssl(), limits=self._limits)
        return self._fallback

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()
        if self._fallback is not None:
            await self._fallback.aclose()

    def __del__(self) -> None:
        # AsyncCashfree drops the pool of an event loop that ended unclosed (it cannot be awaited any more);
        # aiohttp would then log an "Unclosed client session" error, httpx says nothing. Close it here: with
        # its loop gone there is nothing to wait for, and its sockets go with it, as httpx's do.
        session, loop = self._session, self._loop
        if session is None or session.closed or loop is None or not loop.is_closed():
            return
        closing = session.close()
        try:
            closing.send(None)
        except BaseException:  # noqa: S110 - StopIteration when done; nothing may escape a __del__
            pass
        finally:
            closing.close()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.aclose()


@functools.cache
def _verifying_context() -> ssl.SSLContext:
    """httpx's default context (certifi's roots, or SSL_CERT_FILE / SSL_CERT_DIR), made once: it takes tens of ms."""
    return httpx.create_ssl_context(verify=True)


def _client_timeout(timeout: Mapping[str, float | None] | None) -> aiohttp.ClientTimeout:
    if not timeout:
        return _timeout(None, None, None)
    return _timeout(timeout.get("connect"), timeout.get("read"), timeout.get("pool"))


@functools.lru_cache(maxsize=64)
def _timeout(connect: float | None, read: float | None, pool: float | None) -> aiohttp.ClientTimeout:
    # A client has one or two timeouts: build each aiohttp.ClientTimeout once.
    acquire = None if connect is None or pool is None else connect + pool
    return aiohttp.ClientTimeout(total=None, connect=acquire, sock_connect=connect, sock_read=read)


def _httpx_error(exc: BaseException, request: httpx.Request | None) -> httpx.TransportError:
    """The httpx exception httpx's own transport raises in the same situation."""
    message = f"{type(exc).__name__}: {exc}"
    kind: type[httpx.TransportError]
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        kind = httpx.ConnectTimeout
    elif isinstance(exc, TimeoutError):  # SocketTimeoutError, ServerTimeoutError
        kind = httpx.ReadTimeout
    elif isinstance(exc, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        kind = httpx.ProxyError
    elif isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ClientSSLError):
        kind = httpx.ConnectError
    elif isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        kind = httpx.RemoteProtocolError
    elif isinstance(exc, aiohttp.InvalidURL):
        kind = httpx.UnsupportedProtocol
    elif isinstance(exc, aiohttp.ClientOSError):
        kind = httpx.ReadError
    else:
        kind = httpx.NetworkError
    return kind(message, request=request)
