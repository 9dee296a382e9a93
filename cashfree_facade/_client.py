"""``Cashfree`` and ``AsyncCashfree``: configuration, and one request pipeline shared by both.

The pipeline (``_BaseClient._steps``) is a generator that holds every decision of a call: it yields
the ``httpx.Request`` to send or the seconds to sleep, and receives the response or the transport
error. The two clients differ only in how they drive it: ``Cashfree`` with ``httpx.Client.send`` and
``time.sleep``, ``AsyncCashfree`` with ``await httpx.AsyncClient.send`` and ``await anyio.sleep``.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import time
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, cast

import httpx

from cashfree_openapi import API_VERSION

from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_BASE_URL,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    ENV_ENVIRONMENT,
    ENVIRONMENTS,
    LOGGER_NAME,
    VERSION,
)
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    CashfreeError,
    RateLimitError,
    status_error_class,
)
from ._redact import Secret, scrub
from ._resources import AsyncOrders, AsyncPayments, Orders, Payments
from ._retry import RetryPolicy, retry_after
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ._operations import Call
    from .webhooks import Webhooks

__all__ = ["AsyncCashfree", "Cashfree"]

T = TypeVar("T")
Step = httpx.Request | float
Reply = httpx.Response | Exception | None

logger = logging.getLogger(LOGGER_NAME)

_USER_AGENT = f"cashfree-facade/{VERSION} python/{platform.python_version()} httpx/{httpx.__version__}"
_SEND_ERRORS = (httpx.HTTPError, OSError)


def _resolve_base_url(environment: str | None, base_url: str | None) -> tuple[str, str]:
    """(environment, base URL): ``base_url`` wins; the environment is then "production" only for Cashfree's own URL."""
    environment = environment or os.environ.get(ENV_ENVIRONMENT) or "sandbox"
    if environment not in ENVIRONMENTS:
        raise ValueError(f"environment: expected 'sandbox' or 'production', got {environment!r}")
    base_url = base_url or os.environ.get(ENV_BASE_URL) or None
    if base_url is None:
        return environment, ENVIRONMENTS[environment]
    url = base_url.rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise ValueError("base_url: must start with https:// or http://")
    known = {address: name for name, address in ENVIRONMENTS.items()}
    return known.get(url, "custom"), url


def _timeout(value: TimeoutTypes) -> httpx.Timeout | None:
    if value is None or isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError("timeout: expected a positive number of seconds, an httpx.Timeout or None")
    return httpx.Timeout(float(value))


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[HttpT]):
    """Configuration and the request pipeline. Immutable after construction: share it between threads."""

    _http_class: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _sleep: Callable[[float], object]

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        api_version: str = API_VERSION,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpT | None = None,
    ) -> None:
        self.environment, self.base_url = _resolve_base_url(environment, base_url)
        self.client_id = client_id or os.environ.get(ENV_CLIENT_ID) or None
        secret = client_secret or os.environ.get(ENV_CLIENT_SECRET) or None
        self._secret = None if secret is None else Secret(secret)
        if self.environment == "production" and (self.client_id is None or self._secret is None):
            raise ValueError(
                f"the production environment needs client_id and client_secret "
                f"(arguments or {ENV_CLIENT_ID} / {ENV_CLIENT_SECRET})"
            )
        if not isinstance(api_version, str) or not api_version:
            raise ValueError("api_version: must be a non-empty string such as 'YYYY-MM-DD'")
        self.api_version = api_version
        self.timeout = _timeout(timeout)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError("max_retries: must be an integer >= 0")
        self.max_retries = max_retries
        self._retry = RetryPolicy(max_retries=max_retries)
        http_class = self._http_class
        if http_client is not None and not isinstance(http_client, http_class):
            raise TypeError(f"http_client: expected an httpx.{http_class.__name__} for {type(self).__name__}")
        self._owns_http = http_client is None
        self._http: HttpT = http_client if http_client is not None else cast(HttpT, http_class(timeout=self.timeout))
        self._bind()

    def _bind(self) -> None:
        """Set the I/O-specific parts: the sleep and the resources."""
        raise NotImplementedError

    @property
    def webhooks(self) -> Webhooks:
        """Verify webhooks with this client's secret: ``cf.webhooks.verify(raw_body, headers)``."""
        from .webhooks import Webhooks

        return Webhooks(None if self._secret is None else self._secret.reveal())

    def with_options(
        self,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        client_secret: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some settings changed that shares this client's connection pool.

        Closing the copy leaves the pool open; closing this client closes it for both.
        """
        overrides = {
            "client_id": client_id,
            "client_secret": client_secret,
            "environment": environment,
            "base_url": base_url,
            "api_version": api_version,
            "timeout": timeout,
            "max_retries": max_retries,
        }
        factory = cast(Callable[..., Self], type(self))
        copy = factory(**self._copy_kwargs(overrides), http_client=self._http)
        copy._owns_http = False
        copy._sleep = self._sleep
        copy._retry = RetryPolicy(
            max_retries=copy.max_retries,
            initial_delay=self._retry.initial_delay,
            max_delay=self._retry.max_delay,
            max_retry_after=self._retry.max_retry_after,
            random=self._retry.random,
        )
        return copy

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(environment={self.environment!r}, base_url={self.base_url!r}, "
            f"client_id={self.client_id!r}, client_secret={'**********' if self._secret else None}, "
            f"api_version={self.api_version!r}, max_retries={self.max_retries})"
        )

    def _copy_kwargs(self, overrides: Mapping[str, Any]) -> dict[str, Any]:
        settings: dict[str, Any] = {
            "client_id": self.client_id,
            "client_secret": None if self._secret is None else self._secret.reveal(),
            "environment": None if self.environment == "custom" else self.environment,
            "base_url": self.base_url,
            "api_version": self.api_version,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
        }
        for name, value in overrides.items():
            if not isinstance(value, NotGiven):
                settings[name] = value
        if not isinstance(overrides.get("environment", NOT_GIVEN), NotGiven) and isinstance(
            overrides.get("base_url", NOT_GIVEN), NotGiven
        ):
            settings["base_url"] = None  # a new environment picks its own URL
        return settings

    # ------------------------------------------------------------------ request pipeline (no I/O)
    def _build_request(self, call: Call[Any]) -> httpx.Request:
        headers = {"user-agent": _USER_AGENT, "accept": "application/json", **call.headers}
        if call.authenticated:
            if self.client_id is None or self._secret is None:
                raise CashfreeError(
                    f"{call.operation} needs client_id and client_secret "
                    f"(arguments or {ENV_CLIENT_ID} / {ENV_CLIENT_SECRET})"
                )
            headers["x-client-id"] = self.client_id
            headers["x-client-secret"] = self._secret.reveal()
        timeout = self.timeout if isinstance(call.timeout, NotGiven) else _timeout(call.timeout)
        return self._http.build_request(
            call.method,
            self.base_url + call.path,
            headers=headers,
            json=call.json,
            timeout=timeout,
        )

    def _steps(self, call: Call[T]) -> Generator[Step, Reply, T]:
        """Send, read, retry: yields a request (send it) or a float (sleep that long); returns the result."""
        request = self._build_request(call)
        retries = 0
        while True:
            started = time.monotonic()
            reply = yield request
            elapsed_ms = (time.monotonic() - started) * 1000.0
            if isinstance(reply, httpx.Response):
                request_id = reply.headers.get("x-request-id")
                logger.debug(
                    "%s %s -> %d (request_id=%s, attempt=%d, %.0f ms)",
                    call.method,
                    call.path,
                    reply.status_code,
                    request_id,
                    retries + 1,
                    elapsed_ms,
                    extra=_log_extra(call, reply.status_code, request_id, retries + 1, elapsed_ms),
                )
                if reply.is_success:
                    return self._parse(call, reply)
                if retries >= self._retry.max_retries or not self._retry.should_retry_status(
                    reply.status_code, reply.headers
                ):
                    raise self._status_error(reply)
                delay = self._retry.delay(retries, reply.headers)
                reason = f"status {reply.status_code}"
            else:
                error = self._connection_error(call, reply)
                logger.debug(
                    "%s %s -> %s (attempt=%d, %.0f ms)",
                    call.method,
                    call.path,
                    type(error).__name__,
                    retries + 1,
                    elapsed_ms,
                    extra=_log_extra(call, None, None, retries + 1, elapsed_ms),
                )
                if retries >= self._retry.max_retries:
                    raise error from reply
                delay = self._retry.delay(retries)
                reason = type(error).__name__
            retries += 1
            logger.info(
                "Retrying %s %s in %.2f s (retry %d of %d, %s, idempotency_key=%s)",
                call.method,
                call.path,
                delay,
                retries,
                self._retry.max_retries,
                reason,
                call.idempotency_key,
            )
            yield delay

    def _connection_error(self, call: Call[Any], reply: Exception | None) -> APIConnectionError:
        if isinstance(reply, httpx.TimeoutException):
            return APITimeoutError(f"{call.method} {call.path} timed out", method=call.method, path=call.path)
        detail = scrub(str(reply), self._secret_text()) if reply is not None else ""
        message = f"{call.method} {call.path}: connection error" + (f" ({detail})" if detail else "")
        return APIConnectionError(message, method=call.method, path=call.path)

    def _secret_text(self) -> str | None:
        return None if self._secret is None else self._secret.reveal()

    def _parse(self, call: Call[T], response: httpx.Response) -> T:
        from ._models import PARSE_ERRORS

        request_id = response.headers.get("x-request-id")
        try:
            data = json.loads(response.content)
        except ValueError:
            body = _text(response, self._secret_text())
            raise self._validation_error(response, "the body is not JSON", body) from None
        try:
            return call.parse(data, request_id)
        except PARSE_ERRORS as exc:
            problem = f"unexpected response body ({type(exc).__name__}: {scrub(str(exc), self._secret_text())})"
            raise self._validation_error(response, problem, data) from None

    def _validation_error(self, response: httpx.Response, problem: str, body: Any) -> APIResponseValidationError:
        return APIResponseValidationError(
            f"{response.status_code}: {problem} (request_id={response.headers.get('x-request-id')})",
            status_code=response.status_code,
            request_id=response.headers.get("x-request-id"),
            headers=response.headers,
            body=body,
        )

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        from cashfree_openapi.models import ErrorResponse

        secret = self._secret_text()
        body: Any
        try:
            body = _scrub_json(json.loads(response.content), secret)
        except ValueError:
            body = _text(response, secret)
        fields: dict[str, str | None] = {"message": None, "code": None, "type": None, "help": None}
        if isinstance(body, dict):
            parsed = ErrorResponse.from_dict(body)
            for name, value in (
                ("message", parsed.message),
                ("code", parsed.code),
                ("type", parsed.type_),
                ("help", parsed.help_),
            ):
                fields[name] = value if isinstance(value, str) else None
        status = response.status_code
        request_id = response.headers.get("x-request-id")
        message = fields["message"] or (body if isinstance(body, str) and body else response.reason_phrase) or "error"
        error_class = status_error_class(status)
        common: dict[str, Any] = {
            "status_code": status,
            "request_id": request_id,
            "headers": response.headers,
            "body": body,
            "code": fields["code"],
            "type": fields["type"],
            "help": fields["help"],
        }
        if error_class is RateLimitError:
            return RateLimitError(message, retry_after=retry_after(response.headers), **common)
        return error_class(message, **common)


def _log_extra(call: Call[Any], status: int | None, request_id: str | None, attempt: int, ms: float) -> dict[str, Any]:
    return {
        "cashfree_operation": call.operation,
        "cashfree_method": call.method,
        "cashfree_path": call.path,
        "cashfree_status": status,
        "cashfree_request_id": request_id,
        "cashfree_attempt": attempt,
        "cashfree_duration_ms": round(ms, 1),
    }


def _text(response: httpx.Response, secret: str | None) -> str:
    return scrub(response.content[:2000].decode("utf-8", "replace"), secret)


def _scrub_json(value: Any, secret: str | None) -> Any:
    if isinstance(value, str):
        return scrub(value, secret)
    if isinstance(value, list):
        return [_scrub_json(item, secret) for item in value]
    if isinstance(value, dict):
        return {key: _scrub_json(item, secret) for key, item in value.items()}
    return value


class _Driver(Generic[T]):
    """Iterates the steps of the pipeline; the caller puts each step's outcome in ``reply``; ``result`` at the end."""

    __slots__ = ("_steps", "reply", "result")

    def __init__(self, steps: Generator[Step, Reply, T]) -> None:
        self._steps = steps
        self.reply: Reply = None
        self.result: T

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> Step:
        reply, self.reply = self.reply, None
        try:
            return self._steps.send(reply)
        except StopIteration as done:
            self.result = done.value
            raise


class Cashfree(_BaseClient[httpx.Client]):
    """The Cashfree PG client.

    >>> cf = Cashfree(client_id="...", client_secret="...", environment="sandbox")  # doctest: +SKIP
    >>> order = cf.orders.create(order_amount=10, order_currency="INR")  # doctest: +SKIP
    """

    _http_class = httpx.Client
    _sleep: Callable[[float], None]
    orders: Orders
    payments: Payments

    def _bind(self) -> None:
        self._sleep = time.sleep
        self.orders = Orders(self)
        self.payments = Payments(self)

    def _request(self, call: Call[T]) -> T:
        driver = _Driver(self._steps(call))
        for step in driver:
            if isinstance(step, float):
                self._sleep(step)
                continue
            try:
                driver.reply = self._http.send(step)
            except _SEND_ERRORS as exc:
                driver.reply = exc
        return driver.result

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client`` or this is a ``with_options`` copy)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


async def _anyio_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


class AsyncCashfree(_BaseClient[httpx.AsyncClient]):
    """The Cashfree PG client for asyncio (or trio): the same resources and methods, awaitable."""

    _http_class = httpx.AsyncClient
    _sleep: Callable[[float], Awaitable[None]]
    orders: AsyncOrders
    payments: AsyncPayments

    def _bind(self) -> None:
        self._sleep = _anyio_sleep
        self.orders = AsyncOrders(self)
        self.payments = AsyncPayments(self)

    async def _request(self, call: Call[T]) -> T:
        driver = _Driver(self._steps(call))
        for step in driver:
            if isinstance(step, float):
                await self._sleep(step)
                continue
            try:
                driver.reply = await self._http.send(step)
            except _SEND_ERRORS as exc:
                driver.reply = exc
        return driver.result

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client`` or this is a ``with_options`` copy)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
