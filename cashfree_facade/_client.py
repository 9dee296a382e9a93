"""``Cashfree`` and ``AsyncCashfree``: configuration, and one request pipeline shared by both.

The pipeline (``_BaseClient._steps``) is a generator that holds every decision of a call: it yields
the ``httpx.Request`` to send or the seconds to sleep, and receives the response or the transport
failure. The two clients differ only in how they drive it: ``Cashfree`` with ``httpx.Client.send`` and
``time.sleep``, ``AsyncCashfree`` with ``await httpx.AsyncClient.send`` and ``await anyio.sleep`` (a pool
the client made itself is sent to through its transport directly: ``_transports.send_sync``).

Crash reporters show the locals of every frame an exception passes through and follow its chain. The
request (the secret in a header, a card in the body) is therefore never a local of a frame that raises,
and a transport error reaches the pipeline only as a scrubbed ``_Failure``: its exception, which keeps
the request, is never chained.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import re
import threading
import time
import weakref
from collections.abc import Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, Self, TypeVar, cast

import httpx

from cashfree_openapi import API_VERSION

from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
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
from ._redact import Secret, raised_clean, scrub
from ._resources import AsyncOrders, AsyncPayments, AsyncRefunds, Orders, Payments, Refunds
from ._retry import RetryPolicy, idempotency_replayed, retry_after
from ._timeouts import check_timeout, check_total_timeout, within
from ._types import NOT_GIVEN, NotGiven, RequestOptions, TimeoutTypes

if TYPE_CHECKING:
    import asyncio
    from typing import Unpack

    from ._operations import Call
    from ._raw import APIResponse
    from .webhooks import Webhooks

__all__ = ["AsyncCashfree", "Cashfree"]

T = TypeVar("T")

logger = logging.getLogger(LOGGER_NAME)

_USER_AGENT = f"cashfree-facade/{VERSION} python/{platform.python_version()} httpx/{httpx.__version__}"
_OUR_HEADERS: Final = {"user-agent": _USER_AGENT, "accept": "application/json"}
_SEND_ERRORS = (httpx.HTTPError, OSError)
_NO_TIMEOUT: Final = httpx.Timeout(None)
# What a credential or the API version may hold: they go out as header values, so printable ASCII, and no
# spaces (in a credential a space is a paste accident, such as a trailing non-breaking space).
_TOKEN: Final = re.compile(r"[\x21-\x7e]+")


@dataclass(frozen=True, slots=True)
class _Failure:
    """A request that got no HTTP answer, as the pipeline sees it: the error's type and scrubbed message only.

    The transport's exception keeps the request (the secret header, the card body) and its frames' locals
    hold them too, so it goes no further than the driver that caught it.
    """

    error_type: type[BaseException]
    detail: str
    timeout: bool
    misuse: bool  # the HTTP client cannot send at all (closed, bound to another event loop): never retried

    @classmethod
    def of(cls, error: BaseException, secret: str | None, *, misuse: str | None = None) -> _Failure:
        timed_out = isinstance(error, httpx.TimeoutException | TimeoutError)
        detail = scrub(misuse if misuse is not None else str(error), secret)
        return cls(type(error), detail, timed_out, misuse is not None)


@dataclass(frozen=True, slots=True)
class _Unreadable:
    """A 2xx answer the result type cannot be built from."""

    error: APIResponseValidationError


@dataclass(frozen=True, slots=True, repr=False)
class _Plain:
    """A request for the aiohttp transport of a pool made here: the parts httpx would put on the wire, without
    building an ``httpx.Request`` that the transport would only take apart again. Its headers hold the secret
    and its content may hold a card: it shows neither."""

    method: str
    url: str
    headers: list[tuple[str, str]]
    content: bytes
    timeout: dict[str, float | None]

    def __repr__(self) -> str:
        return f"_Plain({self.method} {self.url})"


Step = httpx.Request | _Plain | float
Reply = httpx.Response | _Failure | None


def _resolve_base_url(environment: str | None, base_url: str | None) -> tuple[str, str]:
    """(environment, base URL): ``base_url`` wins; the environment is then "production" only for Cashfree's own URL."""
    environment = environment or os.environ.get(ENV_ENVIRONMENT) or "sandbox"
    if environment not in ENVIRONMENTS:
        raise ValueError(f"environment: expected 'sandbox' or 'production', got {environment!r}")
    base_url = base_url or os.environ.get(ENV_BASE_URL) or None
    if base_url is None:
        return environment, ENVIRONMENTS[environment]
    url = base_url.rstrip("/") if isinstance(base_url, str) else ""
    if not url.startswith(("https://", "http://")):
        raise ValueError("base_url: must start with https:// or http://")
    try:
        httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise ValueError("base_url: not a valid URL") from None
    known = {address: name for name, address in ENVIRONMENTS.items()}
    return known.get(url, "custom"), url


def _credential(value: object, field: str, variable: str) -> str | None:
    """A client id or secret: it goes out as a header, so printable ASCII without spaces. Never echoed."""
    if value is None:
        return None
    if not isinstance(value, str) or not _TOKEN.fullmatch(value):
        raise ValueError(
            f"{field} (or {variable}): must be printable ASCII without spaces; "
            f"look for a pasted space, line break or non-breaking space"
        )
    return value


def _max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("max_retries: must be an integer >= 0")
    return value


def _running_loop() -> asyncio.AbstractEventLoop | None:
    from asyncio import get_running_loop  # here, not at the top: import cashfree_facade stays cheap

    try:
        return get_running_loop()
    except RuntimeError:  # trio, or no loop: one pool
        return None


HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class _BaseClient(Generic[HttpT]):
    """Configuration and the request pipeline. Immutable after construction: share it between threads."""

    _http_class: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _sleep: Callable[[float], object]

    @raised_clean  # a refused argument may be the secret: the error must not hold this frame's locals
    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        *,
        environment: str | None = None,
        base_url: str | None = None,
        api_version: str = API_VERSION,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpT | None = None,
        transport: str = "auto",
    ) -> None:
        self.environment, self.base_url = _resolve_base_url(environment, base_url)
        self.client_id = _credential(client_id or os.environ.get(ENV_CLIENT_ID) or None, "client_id", ENV_CLIENT_ID)
        secret = _credential(
            client_secret or os.environ.get(ENV_CLIENT_SECRET) or None, "client_secret", ENV_CLIENT_SECRET
        )
        self._secret = None if secret is None else Secret(secret)
        del secret, client_secret
        if self.environment == "production" and (self.client_id is None or self._secret is None):
            raise ValueError(
                f"the production environment needs client_id and client_secret "
                f"(arguments or {ENV_CLIENT_ID} / {ENV_CLIENT_SECRET})"
            )
        if not isinstance(api_version, str) or not _TOKEN.fullmatch(api_version):
            raise ValueError("api_version: must be a non-empty printable ASCII string such as 'YYYY-MM-DD'")
        self.api_version = api_version
        self.timeout = check_timeout(timeout)
        self.total_timeout = check_total_timeout(total_timeout)
        self.max_retries = _max_retries(max_retries)
        self._retry = RetryPolicy(max_retries=max_retries)
        http_class = self._http_class
        if http_client is not None and not isinstance(http_client, http_class):
            raise TypeError(f"http_client: expected an httpx.{http_class.__name__} for {type(self).__name__}")
        if http_client is not None and transport != "auto":
            raise ValueError("transport: give either http_client or transport, not both")
        self._transport_choice = transport
        self._clock: Callable[[], float] = time.monotonic  # tests inject a fake clock, as they do the sleep
        self._owns_http = http_client is None
        self._http: HttpT = http_client if http_client is not None else self._new_http()
        self._prepare_requests()
        self._bind()

    def _prepare_requests(self) -> None:
        """What every request of this client starts from, made once: the pool's headers with ours on top.

        A pool made here (``with_options`` copies share it) gets its requests built and sent without the
        generic machinery of ``httpx.Client`` (see ``_transports.send_sync``); an ``http_client`` of the
        caller's goes through ``build_request`` and ``send``, so that its own settings apply.
        """
        from ._transports import made_here

        self._direct = made_here(self._http)
        self._plain = False  # AsyncCashfree on the aiohttp transport: see _Plain
        headers = httpx.Headers(self._http.headers)
        headers.update(_OUR_HEADERS)
        # No credentials: they are added per request. Made from bytes httpx encoded: ASCII.
        self._base_fields = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers.raw]

    def _new_http(self) -> HttpT:
        """A connection pool of the client's own (``AsyncCashfree`` makes one per event loop; see ``_transports``)."""
        raise NotImplementedError

    @property
    def transport(self) -> str:
        """What sends the requests: ``"aiohttp"``, ``"httpx"``, or ``"custom"`` (an ``http_client`` of yours)."""
        from ._transports import transport_name

        return transport_name(self._http)

    def _bind(self) -> None:
        """Set the I/O-specific parts: the sleep and the resources."""
        raise NotImplementedError

    def _share_io(self, copy: Self) -> None:
        """Give a ``with_options`` copy this client's injected sleep and clock (and pools)."""
        copy._sleep = self._sleep
        copy._clock = self._clock

    @property
    def webhooks(self) -> Webhooks:
        """Verify webhooks with this client's secret: ``cf.webhooks.verify(raw_body, headers)``."""
        from .webhooks import Webhooks

        return Webhooks(None if self._secret is None else self._secret.reveal())

    @raised_clean  # client_secret may be among the arguments
    def with_options(
        self,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        client_secret: str | NotGiven = NOT_GIVEN,
        environment: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        api_version: str | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
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
            "total_timeout": total_timeout,
            "max_retries": max_retries,
        }
        factory = cast(Callable[..., Self], type(self))
        copy = factory(**self._copy_kwargs(overrides), http_client=self._http)
        copy._owns_http = False
        self._share_io(copy)
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
            f"api_version={self.api_version!r}, total_timeout={self.total_timeout!r}, max_retries={self.max_retries})"
        )

    def _copy_kwargs(self, overrides: Mapping[str, Any]) -> dict[str, Any]:
        settings: dict[str, Any] = {
            "client_id": self.client_id,
            "client_secret": None if self._secret is None else self._secret.reveal(),
            "environment": None if self.environment == "custom" else self.environment,
            "base_url": self.base_url,
            "api_version": self.api_version,
            "timeout": self.timeout,
            "total_timeout": self.total_timeout,
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

    def _raw_call(
        self, method: str, path: str, body: Any, params: Mapping[str, Any] | None, options: Mapping[str, Any]
    ) -> Call[APIResponse]:
        from ._raw import raw_call

        return raw_call(
            method,
            path,
            json=body,
            params=params,
            base_url=self.base_url,
            api_version=self.api_version,
            options=options,
        )

    # ------------------------------------------------------------------ request pipeline (no I/O)
    def _build_request(self, call: Call[Any], timeout: httpx.Timeout | None) -> httpx.Request | _Plain:
        if call.authenticated and (self.client_id is None or self._secret is None):
            raise CashfreeError(
                f"{call.operation} needs client_id and client_secret "
                f"(arguments or {ENV_CLIENT_ID} / {ENV_CLIENT_SECRET})"
            )
        content = None if call.body is None else call.body.reveal()
        headers = dict(call.headers)
        if content is not None and not any(name.lower() == "content-type" for name in headers):
            headers["content-type"] = "application/json"
        if call.authenticated:
            headers["x-client-id"] = cast(str, self.client_id)
            headers["x-client-secret"] = cast(Secret[str], self._secret).reveal()
        if not self._direct or self._http.cookies:  # the caller's pool, or cookies that build_request adds
            return self._http.build_request(
                call.method,
                self.base_url + call.path,
                headers={**_OUR_HEADERS, **headers},
                content=content,
                timeout=timeout,
            )
        # The same request build_request makes, from headers merged once (_prepare_requests).
        from ._transports import parsed_url

        url = parsed_url(self.base_url + call.path)
        # What httpx.Headers.update would leave, as plain pairs: the pool's headers but those named again
        # (in any case), then these in order. httpx encodes them once, in the Request, or not at all (_Plain).
        names = {name.lower() for name in headers}
        fields = [field for field in self._base_fields if field[0].lower() not in names]
        fields += headers.items()
        if self._plain and all(value.isascii() for value in headers.values()):  # the pool's are: see above
            return _plain_request(call.method, url, fields, content, timeout)
        # A value httpx cannot encode fails here, on either transport, as it would in build_request.
        return httpx.Request(
            call.method, url, headers=fields, content=content, extensions={"timeout": _timeouts(timeout)}
        )

    def _steps(self, call: Call[T]) -> Generator[Step, Reply, T]:
        """Send, read, retry within the deadline: yields a request (send it) or a float (sleep that long).

        Returns the result or raises the library's error; when it raises, no request or response is left
        among its locals (the request's headers hold the secret, its body a card).
        """
        timeout = self.timeout if isinstance(call.timeout, NotGiven) else call.timeout
        total = self.total_timeout if isinstance(call.total_timeout, NotGiven) else call.total_timeout
        deadline = None if total is None else self._clock() + total
        attempt = 0
        while True:
            attempt += 1
            started = self._clock()
            # Each attempt gets at most the time the deadline leaves.
            reply = yield self._build_request(call, within(timeout, None if deadline is None else deadline - started))
            elapsed_ms = (self._clock() - started) * 1000.0
            error: CashfreeError
            if isinstance(reply, httpx.Response):
                self._log_answer(call, reply, attempt, elapsed_ms)
                if reply.is_success:
                    parsed = self._parse(call, reply)
                    if not isinstance(parsed, _Unreadable):
                        return parsed
                    error, retry, wait, reason = parsed.error, False, 0.0, "unreadable"
                else:
                    error = self._status_error(call, reply)
                    retry = self._retry.should_retry_status(call.method, reply.status_code, reply.headers)
                    wait = self._retry.delay(attempt - 1, reply.headers)
                    reason = f"status {reply.status_code}"
            elif isinstance(reply, _Failure):
                error = self._failure_error(call, reply)
                self._log_failure(call, error, attempt, elapsed_ms)
                retry, wait, reason = not reply.misuse, self._retry.delay(attempt - 1), type(error).__name__
            else:  # pragma: no cover - the drivers always reply
                raise TypeError("the pipeline needs a response or a failure")
            del reply  # what may be raised next must not find the answer (and its request) among these locals
            if not retry or attempt > self._retry.max_retries:
                raise error
            if deadline is not None and total is not None and self._clock() + wait >= deadline:
                logger.info(
                    "Not retrying %s %s: a wait of %.2f s would pass total_timeout (%s s; %s, idempotency_key=%s)",
                    call.method,
                    call.path,
                    wait,
                    f"{total:g}",
                    reason,
                    call.idempotency_key,
                )
                raise self._past_deadline(call, error, total, attempt)
            logger.info(
                "Retrying %s %s in %.2f s (retry %d of %d, %s, idempotency_key=%s)",
                call.method,
                call.path,
                wait,
                attempt,
                self._retry.max_retries,
                reason,
                call.idempotency_key,
            )
            yield wait

    def _log_answer(self, call: Call[Any], response: httpx.Response, attempt: int, elapsed_ms: float) -> None:
        if not logger.isEnabledFor(logging.DEBUG):  # every answer passes here: build the record's extras only if kept
            return
        request_id = response.headers.get("x-request-id")
        logger.debug(
            "%s %s -> %d (request_id=%s, attempt=%d, %.0f ms)",
            call.method,
            call.path,
            response.status_code,
            request_id,
            attempt,
            elapsed_ms,
            extra=_log_extra(call, response.status_code, request_id, attempt, elapsed_ms),
        )

    def _log_failure(self, call: Call[Any], error: CashfreeError, attempt: int, elapsed_ms: float) -> None:
        logger.debug(
            "%s %s -> %s (attempt=%d, %.0f ms)",
            call.method,
            call.path,
            type(error).__name__,
            attempt,
            elapsed_ms,
            extra=_log_extra(call, None, None, attempt, elapsed_ms),
        )

    def _scrub(self, call: Call[Any], text: str) -> str:
        """``text`` without the client secret, the sensitive values this call sent, or anything card-like."""
        return scrub(text, self._secret_text(), *call.sensitive.reveal())

    def _failure_error(self, call: Call[Any], failure: _Failure) -> CashfreeError:
        """The library's error for a request that got no answer, chained to a scrubbed copy of the transport's."""
        detail = self._scrub(call, failure.detail)
        error: CashfreeError
        if failure.misuse:
            return CashfreeError(f"{call.method} {call.path}: {detail}")
        if failure.timeout:
            error = APITimeoutError(
                f"{call.method} {call.path} timed out",
                method=call.method,
                path=call.path,
                idempotency_key=call.idempotency_key,
            )
        else:
            message = f"{call.method} {call.path}: connection error" + (f" ({detail})" if detail else "")
            error = APIConnectionError(
                message, method=call.method, path=call.path, idempotency_key=call.idempotency_key
            )
        error.__cause__ = _transport_copy(failure.error_type, detail)
        return error

    def _past_deadline(self, call: Call[Any], error: CashfreeError, total: float, attempt: int) -> CashfreeError:
        """The error to raise when no retry fits in the deadline: an answer's own error, else a timeout that says so."""
        if not isinstance(error, APIConnectionError):
            return error  # what Cashfree said (a RateLimitError keeps its retry_after)
        timed_out = APITimeoutError(
            f"{error.message}; total_timeout of {total:g} s spent after {attempt} attempt{'s' if attempt > 1 else ''}",
            method=call.method,
            path=call.path,
            idempotency_key=call.idempotency_key,
        )
        timed_out.__cause__ = error.__cause__
        return timed_out

    def _secret_text(self) -> str | None:
        return None if self._secret is None else self._secret.reveal()

    def _parse(self, call: Call[T], response: httpx.Response) -> T | _Unreadable:
        from ._models import PARSE_ERRORS

        if call.read is not None:
            return call.read(response)
        request_id = response.headers.get("x-request-id")
        try:
            data = json.loads(response.content)
        except ValueError:
            data, problem = _text(response, self._secret_text()), "the body is not JSON"
        else:
            try:
                return call.parse(data, request_id)
            except PARSE_ERRORS as exc:
                problem = f"unexpected response body ({type(exc).__name__}: {self._scrub(call, str(exc))})"
        # Built after the except blocks, so that the parse error (its frames hold the body) is not its context.
        return _Unreadable(self._validation_error(call, response, problem, data))

    def _validation_error(
        self, call: Call[Any], response: httpx.Response, problem: str, body: Any
    ) -> APIResponseValidationError:
        request_id = response.headers.get("x-request-id")
        return APIResponseValidationError(
            f"{response.status_code}: {problem} (request_id={request_id})",
            status_code=response.status_code,
            request_id=request_id,
            headers=self._scrubbed_headers(call, response),
            body=_scrub_json(body, lambda text: self._scrub(call, text)),
            idempotency_key=call.idempotency_key,
            idempotency_replayed=idempotency_replayed(response.headers),
        )

    def _scrubbed_headers(self, call: Call[Any], response: httpx.Response) -> dict[str, str]:
        return {name: self._scrub(call, value) for name, value in response.headers.items()}

    def _status_error(self, call: Call[Any], response: httpx.Response) -> APIStatusError:
        from cashfree_openapi.models import ErrorResponse

        body: Any
        try:
            body = _scrub_json(json.loads(response.content), lambda text: self._scrub(call, text))
        except ValueError:
            body = self._scrub(call, _text(response, None))
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
        if response.has_redirect_location:
            # Never followed: the credentials would go wherever the answer points.
            location = self._scrub(call, response.headers.get("location", ""))
            message = f"redirect to {location} not followed (the client never follows redirects)"
        error_class = status_error_class(status)
        common: dict[str, Any] = {
            "status_code": status,
            "request_id": request_id,
            "headers": self._scrubbed_headers(call, response),
            "body": body,
            "code": fields["code"],
            "type": fields["type"],
            "help": fields["help"],
            "idempotency_key": call.idempotency_key,
            "idempotency_replayed": idempotency_replayed(response.headers),
        }
        if error_class is RateLimitError:
            return RateLimitError(message, retry_after=retry_after(response.headers), **common)
        return error_class(message, **common)


def _timeouts(timeout: httpx.Timeout | None) -> dict[str, float | None]:
    return (timeout or _NO_TIMEOUT).as_dict()


def _plain_request(
    method: str, url: httpx.URL, fields: list[tuple[str, str]], content: bytes | None, timeout: httpx.Timeout | None
) -> _Plain:
    """The request ``httpx.Request(method, url, headers=fields, content=content)`` would send, as a ``_Plain``.

    httpx adds a ``Content-Length`` after the headers given, then puts ``Host`` (and a zero ``Content-Length``
    for a bodiless POST, PUT or PATCH) before them; tests/facade/test_transports.py compares the two on the wire.
    """
    present = {name.lower() for name, _ in fields}
    if content and "content-length" not in present:
        fields.append(("Content-Length", str(len(content))))
        present.add("content-length")
    first = [] if "host" in present else [("Host", url.netloc.decode("ascii"))]
    if not present & {"content-length", "transfer-encoding"} and method in ("POST", "PUT", "PATCH"):
        first.append(("Content-Length", "0"))
    return _Plain(method, str(url), first + fields, content or b"", _timeouts(timeout))


def _transport_copy(error_type: type[BaseException], detail: str) -> BaseException | None:
    """A fresh, never-raised copy of a transport error: the same type, a scrubbed message, no request."""
    try:
        return error_type(detail)
    except Exception:
        return None


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


def _scrub_json(value: Any, scrubbed: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return scrubbed(value)
    if isinstance(value, list):
        return [_scrub_json(item, scrubbed) for item in value]
    if isinstance(value, dict):
        return {key: _scrub_json(item, scrubbed) for key, item in value.items()}
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
        try:
            return self._steps.send(self._take_reply())  # no local holds the reply when the pipeline raises
        except StopIteration as done:
            self.result = done.value
            raise

    def _take_reply(self) -> Reply:
        reply, self.reply = self.reply, None
        return reply


class Cashfree(_BaseClient[httpx.Client]):
    """The Cashfree PG client.

    >>> cf = Cashfree(client_id="...", client_secret="...", environment="sandbox")  # doctest: +SKIP
    >>> order = cf.orders.create(order_amount=10, order_currency="INR")  # doctest: +SKIP
    """

    _http_class = httpx.Client
    _sleep: Callable[[float], None]
    orders: Orders
    payments: Payments
    refunds: Refunds

    def _new_http(self) -> httpx.Client:
        from ._transports import sync_http_client

        return sync_http_client(self._transport_choice, self.timeout)

    def _bind(self) -> None:
        self._sleep = time.sleep
        self.orders = Orders(self)
        self.payments = Payments(self)
        self.refunds = Refunds(self)

    def raw_request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse:
        """Any operation under the base URL, with this client's credentials, version, retries and errors.

        >>> cf.raw_request("GET", f"/orders/{order_id}/settlements").json()  # doctest: +SKIP
        """
        return self._request(self._raw_call(method, path, json, params, options))

    def _request(self, call: Call[T]) -> T:
        driver = _Driver(self._steps(call))
        for step in driver:
            if isinstance(step, float):
                self._sleep(step)
            else:
                driver.reply = self._send(cast(httpx.Request, step))  # a _Plain is for AsyncCashfree only
            del step  # the request: not a local of this frame when the pipeline raises
        return driver.result

    def _send(self, request: httpx.Request) -> httpx.Response | _Failure:
        try:
            if self._direct:  # a pool made here: it never follows a redirect
                from ._transports import send_sync

                return send_sync(self._http, request)
            # Never follow a redirect, whatever the http_client says: the credentials would go along.
            return self._http.send(request, follow_redirects=False)
        except _SEND_ERRORS as exc:
            return _Failure.of(exc, self._secret_text())
        except RuntimeError as exc:  # httpx: the client has been closed
            return _Failure.of(exc, self._secret_text(), misuse=f"the HTTP client cannot send: {exc}")

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


class _LoopPools:
    """``AsyncCashfree``'s connection pools, one per asyncio event loop, made when a loop first needs one.

    An httpx pool keeps its connections bound to the loop that opened them, so a pool cannot serve a second
    loop (two ``asyncio.run`` calls). A client that made its own pool makes one for each loop; a pool the
    caller passed in serves every loop, and a second loop then gets an error that says why.
    """

    __slots__ = ("_first", "_first_loop", "_first_taken", "_lock", "_make", "_pools")

    def __init__(self, first: httpx.AsyncClient, make: Callable[[], httpx.AsyncClient] | None) -> None:
        self._first = first  # the pool made (or passed in) at construction: the first loop's
        self._first_taken = False
        self._first_loop: weakref.ref[asyncio.AbstractEventLoop] | None = None
        self._make = make
        self._pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )
        self._lock = threading.Lock()

    def current(self) -> httpx.AsyncClient:
        """The pool of the running loop (the first pool under trio or without a loop)."""
        loop = _running_loop()
        if loop is None:
            return self._first
        pool = self._pools.get(loop)  # every call but a loop's first: no lock needed to read
        if pool is not None:
            return pool
        with self._lock:
            pool = self._pools.get(loop)
            if pool is not None:
                return pool
            if not self._first_taken or self._make is None:
                if not self._first_taken:
                    self._first_taken, self._first_loop = True, weakref.ref(loop)
                pool = self._first
            else:
                pool = self._make()
            self._forget_closed_loops()
            self._pools[loop] = pool
            return pool

    def moved(self) -> bool:
        """Whether the running loop is not the one the caller's pool was first used in."""
        first = None if self._first_loop is None else self._first_loop()
        return self._make is None and first is not _running_loop()

    async def aclose(self) -> None:
        """Close the running loop's pool (and the first one if no loop used it); a later call opens a new one."""
        loop = _running_loop()
        with self._lock:
            closing = [] if loop is None else [self._pools.pop(loop, None)]
            if loop is None or not self._first_taken:
                closing.append(self._first)
                self._first_taken = True
            self._forget_closed_loops()
        for pool in closing:
            if pool is not None:
                await pool.aclose()

    def _forget_closed_loops(self) -> None:
        # A closed loop's connections cannot be closed from another loop; dropping the pool lets them go.
        for loop in [loop for loop in self._pools if loop.is_closed()]:
            del self._pools[loop]


class AsyncCashfree(_BaseClient[httpx.AsyncClient]):
    """The Cashfree PG client for asyncio (or trio): the same resources and methods, awaitable.

    It sends through aiohttp when the ``aiohttp`` extra is installed, else through httpx's own transport;
    ``transport="httpx"`` insists on the latter, and an ``http_client`` of your own wins over both.
    The ``transport`` property says which one is in use. (``Cashfree`` sends through httpx only.)
    """

    _http_class = httpx.AsyncClient
    _sleep: Callable[[float], Awaitable[None]]
    orders: AsyncOrders
    payments: AsyncPayments
    refunds: AsyncRefunds

    def _new_http(self) -> httpx.AsyncClient:
        from ._transports import async_http_client

        return async_http_client(self._transport_choice, self.timeout)

    def _bind(self) -> None:
        self._sleep = _anyio_sleep
        self._pools = _LoopPools(self._http, self._new_http if self._owns_http else None)
        if self._direct:
            from ._transports import transport_name

            self._plain = transport_name(self._http) == "aiohttp"
        self.orders = AsyncOrders(self)
        self.payments = AsyncPayments(self)
        self.refunds = AsyncRefunds(self)

    async def raw_request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse:
        """Any operation under the base URL, with this client's credentials, version, retries and errors."""
        return await self._request(self._raw_call(method, path, json, params, options))

    def _share_io(self, copy: Self) -> None:
        super()._share_io(copy)
        copy._pools = self._pools

    async def _request(self, call: Call[T]) -> T:
        driver = _Driver(self._steps(call))
        for step in driver:
            if isinstance(step, float):
                await self._sleep(step)
            else:
                driver.reply = await self._send(step)
            del step  # the request: not a local of this frame when the pipeline raises
        return driver.result

    async def _send(self, request: httpx.Request | _Plain) -> httpx.Response | _Failure:
        try:
            if isinstance(request, _Plain):
                from ._transports import send_plain

                return await send_plain(self._pools.current(), request)
            if self._direct:  # a pool made here: it never follows a redirect
                from ._transports import send_async

                return await send_async(self._pools.current(), request)
            # Never follow a redirect, whatever the http_client says: the credentials would go along.
            return await self._pools.current().send(request, follow_redirects=False)
        except _SEND_ERRORS as exc:
            return _Failure.of(exc, self._secret_text())
        except RuntimeError as exc:  # httpx / anyio: a closed client, or a pool bound to another event loop
            why = (
                "the http_client passed to AsyncCashfree was first used in another event loop, and an httpx "
                "connection pool cannot move between loops: create the AsyncCashfree and its http_client in the "
                "loop that uses them, or let AsyncCashfree make its own pools (one per event loop)"
                if self._pools.moved()
                else f"the HTTP client cannot send: {exc}"
            )
            return _Failure.of(exc, self._secret_text(), misuse=why)

    async def close(self) -> None:
        """Close the running event loop's pool (unless it was passed in as ``http_client`` or this is a copy).

        The client stays usable: a later call opens a new pool. Pools of loops that have ended are dropped.
        """
        if self._owns_http:
            await self._pools.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
