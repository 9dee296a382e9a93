"""The connection pools the clients make when the user gives no ``http_client``, and which transport they use.

aiohttp when it is installed (the ``aiohttp`` extra), as uvicorn picks httptools when present; httpx's own
otherwise, or when asked for (``transport="httpx"``), or when a proxy is set in the environment (httpx
honours ``HTTPS_PROXY`` / ``NO_PROXY``; the aiohttp transport reads no environment). Both get the same
pool limits and timeouts. Imported on the first client made, never by ``import cashfree_facade``.

These pools are httpx clients with two savings, found by profiling (docs/benchmarks.md), that change
nothing of what is sent or kept: the cookie jar reads a response only when it sets a cookie (httpx builds
urllib request and response objects for every response it checks, half the cost of a send), and a URL
string is parsed once, not on every call (httpx.URL is immutable). The clients send to these pools through
their transport directly (``send_sync`` / ``send_async``), without ``httpx.Client.send``'s auth, redirect
and event-hook flows, which such a pool never uses.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import urllib.request
import weakref
from typing import TYPE_CHECKING, Any, Final, cast

import httpx

if TYPE_CHECKING:
    from ._aiohttp_transport import AiohttpTransport
    from ._client import _Plain

__all__ = [
    "DEFAULT_LIMITS",
    "TRANSPORTS",
    "async_http_client",
    "made_here",
    "parsed_url",
    "send_async",
    "send_plain",
    "send_sync",
    "sync_http_client",
    "transport_name",
]

TRANSPORTS: Final = ("auto", "aiohttp", "httpx")

# httpx's default pool size, and every idle connection kept on both transports: aiohttp has no separate
# keep-alive cap, and httpx's default of 20 would close and reopen connections above 20 concurrent calls.
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)


# The clients made here and the transport each sends with; with_options() copies share the client.
_PICKED: weakref.WeakKeyDictionary[httpx.Client | httpx.AsyncClient, str] = weakref.WeakKeyDictionary()


def transport_name(http: httpx.Client | httpx.AsyncClient) -> str:
    return _PICKED.get(http, "custom")


class _Cookies(httpx.Cookies):
    """A cookie jar that leaves responses without ``Set-Cookie`` alone (they would add nothing to it)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if _sets_cookie(response):
            super().extract_cookies(response)


def _sets_cookie(response: httpx.Response) -> bool:
    headers = response.headers
    return "set-cookie" in headers or "set-cookie2" in headers


@functools.lru_cache(maxsize=256)
def parsed_url(url: str) -> httpx.URL:
    return httpx.URL(url)


class _Client(httpx.Client):
    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._cookies = _Cookies()  # the public setter would copy it into a plain httpx.Cookies

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        return super()._merge_url(parsed_url(url) if isinstance(url, str) else url)


class _AsyncClient(httpx.AsyncClient):
    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._cookies = _Cookies()

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        return super()._merge_url(parsed_url(url) if isinstance(url, str) else url)


def made_here(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Whether ``http`` is a pool made here: no auth, event hooks, mounts or base URL of a caller's to honour."""
    return type(http) in (_Client, _AsyncClient)


# The pools made here send straight through their transport. httpx.Client.send would add nothing to them but
# its cost (auth and redirect flows, event hooks, timers): what it does that matters is done below the same way.
_CLOSED: Final = "Cannot send a request, as the client has been closed."
_httpx_logger = logging.getLogger("httpx")


def send_sync(http: httpx.Client, request: httpx.Request) -> httpx.Response:
    """``http.send(request, follow_redirects=False)`` for a pool made here; the body is read whole."""
    if http.is_closed:
        raise RuntimeError(_CLOSED)
    response = http._transport_for_url(request.url).handle_request(request)
    try:
        response.read()
    except BaseException:
        response.close()
        raise
    response.request = request
    _received(http, request.method, request.url, response)
    return response


async def send_async(http: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """``await http.send(request, follow_redirects=False)`` for a pool made here; the body is read whole."""
    if http.is_closed:
        raise RuntimeError(_CLOSED)
    response = await http._transport_for_url(request.url).handle_async_request(request)
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise
    response.request = request
    _received(http, request.method, request.url, response)
    return response


async def send_plain(http: httpx.AsyncClient, request: _Plain) -> httpx.Response:
    """``send_async`` for a pool made here on the aiohttp transport, given the request's parts, not a request."""
    if http.is_closed:
        raise RuntimeError(_CLOSED)
    transport = cast("AiohttpTransport", http._transport_for_url(parsed_url(request.url)))
    response = await transport.send_plain(
        request.method, request.url, request.headers, request.content, request.timeout
    )
    if _sets_cookie(response):  # the jar reads the URL the cookie came with from the response's request
        response.request = httpx.Request(request.method, request.url)
    _received(http, request.method, request.url, response)
    return response


def _received(
    http: httpx.Client | httpx.AsyncClient, method: str, url: str | httpx.URL, response: httpx.Response
) -> None:
    http.cookies.extract_cookies(response)
    if _httpx_logger.isEnabledFor(logging.INFO):  # httpx's own line, for whoever reads its logger
        _httpx_logger.info(
            'HTTP Request: %s %s "%s %d %s"',
            method,
            url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )


def sync_http_client(choice: str, timeout: httpx.Timeout | None) -> httpx.Client:
    """The sync client's pool: httpx's own transport (aiohttp has no sync API)."""
    _check(choice)
    if choice == "aiohttp":
        raise ValueError("transport='aiohttp' is for AsyncCashfree: Cashfree sends with httpx")
    http = _Client(timeout=timeout, limits=DEFAULT_LIMITS)
    _PICKED[http] = "httpx"
    return http


def _check(choice: str) -> None:
    if choice not in TRANSPORTS:
        raise ValueError(f"transport: expected one of {', '.join(map(repr, TRANSPORTS))}, got {choice!r}")


def aiohttp_installed() -> bool:
    return importlib.util.find_spec("aiohttp") is not None


def _proxy_in_environment() -> bool:
    return any(scheme in urllib.request.getproxies() for scheme in ("http", "https", "all"))


def async_http_client(choice: str, timeout: httpx.Timeout | None) -> httpx.AsyncClient:
    """A client that sends with the transport ``choice`` names ("auto": aiohttp when installed)."""
    _check(choice)
    use_aiohttp = choice == "aiohttp" or (choice == "auto" and aiohttp_installed() and not _proxy_in_environment())
    if not use_aiohttp:
        http: httpx.AsyncClient = _AsyncClient(timeout=timeout, limits=DEFAULT_LIMITS)
        _PICKED[http] = "httpx"
        return http
    if not aiohttp_installed():
        raise ValueError("transport='aiohttp' needs aiohttp: pip install 'cashfree-pg-client[aiohttp]'")
    from ._aiohttp_transport import AiohttpTransport

    http = _AsyncClient(timeout=timeout, transport=AiohttpTransport(limits=DEFAULT_LIMITS))
    _PICKED[http] = "aiohttp"
    return http
