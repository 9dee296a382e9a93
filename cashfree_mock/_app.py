"""The ASGI app: `create_app` wires the simulator's parts; `MockApp` sends each request on.

Requests under /__mock go to the control endpoints (`_control`), every other one to the API
pipeline (`_pipeline`); this adapter checks the Host (and the control token, `_access`), bounds the
time a request body may take, adds what every response carries and turns errors into
Cashfree-shaped bodies.
"""

from __future__ import annotations

import functools
import logging
import math
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from datetime import datetime

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.types import Message, Receive, Scope, Send

from ._access import Access
from ._clock import SimulatorClock
from ._control import CONTROL_PREFIX, Control
from ._deadlines import BodyDeadlines
from ._deadlines import now as deadline_clock
from ._delivery import DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CAPACITY, DEFAULT_RETRY_DELAYS
from ._errors import ApiError
from ._faults import FaultBook
from ._http import Reply, echoable, error_reply, json_reply, request_headers, request_path
from ._idempotency import IdempotencyStore
from ._ids import uuid4_text
from ._pipeline import ApiPipeline, Credentials
from ._ratelimit import RateLimiter
from ._spec import load_spec
from ._state import Store, utc_now
from ._webhooks import WebhookOutbox

DEFAULT_CLIENT_ID = "TEST_CLIENT_ID"
DEFAULT_CLIENT_SECRET = "TEST_CLIENT_SECRET"  # noqa: S105 - a documented test credential
# How long a request body may take to arrive, from the first read: a client that never finishes
# one must not hold its connection (and a slot of the server) forever.
DEFAULT_BODY_TIMEOUT = 10.0

Clock = Callable[[], datetime]
logger = logging.getLogger("cashfree_mock")


class MockApp:
    """The ASGI adapter behind the Starlette app (`app.state.mock`); one per app."""

    def __init__(
        self,
        *,
        version: str,
        store: Store,
        pipeline: ApiPipeline,
        control: Control,
        access: Access | None = None,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
    ) -> None:
        self.version = version
        self.store = store
        self.pipeline = pipeline
        self.control = control
        self.access = access or Access()
        self.body_timeout = body_timeout
        self.deadlines = BodyDeadlines(body_timeout)
        self._version_header = version.encode("latin-1")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, self._bounded(receive))
        headers = request_headers(scope)
        given = headers.get("x-request-id")
        request_id = echoable(given) if given else ""
        if not 0 < len(request_id) <= 100:
            request_id = uuid4_text()
        path = request_path(request)
        try:
            self.access.check_host(headers)
            if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
                self.access.check_control(headers)
                reply = await self.control.handle(request)
            else:
                reply = await self.pipeline.handle(request, path, headers)
        except ApiError as exc:
            reply = json_reply(exc.status, exc.body(), exc.headers)
        except ClientDisconnect:
            # The client's business, not a failure of the mock: one line, and no one to answer.
            logger.info("client disconnected before sending its whole request body: %s %r", request.method, path)
            return
        except Exception:
            logger.exception("cashfree_mock failed on %s %r", request.method, path)
            reply = error_reply(500, "internal_error", "the mock failed unexpectedly; see its log")
        if reply.drop:
            # Start a response and abort it: the client sees the connection close mid-response.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1024")]})
            raise ConnectionResetError("cashfree_mock dropped the connection (injected fault)")
        ours = [(b"x-request-id", request_id.encode("latin-1")), (b"x-api-version", self._version_header)]
        await _send_reply(send, reply, ours)

    def _bounded(self, receive: Receive) -> Receive:
        """`receive`, bounded to `body_timeout` seconds from the first read until the body is complete."""
        deadline: float | None = None
        complete = False

        async def bounded() -> Message:
            nonlocal deadline, complete
            if complete:
                return await receive()
            if deadline is None:
                deadline = deadline_clock() + self.body_timeout
            message = await self.deadlines.receive(receive, deadline)
            if message is None:
                late = f"the request body did not arrive within {self.body_timeout:g} seconds"
                raise ApiError(408, "request_timeout", late)
            complete = message["type"] != "http.request" or not message.get("more_body", False)
            return message

        return bounded


async def _send_reply(send: Send, reply: Reply, raw: list[tuple[bytes, bytes]]) -> None:
    """What a Starlette Response of the reply sends, without building one: `raw` headers, then the reply's."""
    body = reply.content.encode("utf-8")
    raw += [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()]
    raw.append((b"content-length", b"%d" % len(body)))
    raw.append((b"content-type", _content_type(reply.media_type)))
    await send({"type": "http.response.start", "status": reply.status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


@functools.lru_cache(maxsize=16)  # the replies use a handful of media types
def _content_type(media_type: str) -> bytes:
    if media_type.startswith("text/") and "charset=" not in media_type.lower():
        media_type += "; charset=utf-8"
    return media_type.encode("latin-1")


class _MockStarlette(Starlette):
    """The simulator's Starlette app: HTTP requests go straight to `state.mock`.

    As built it has no routes, middleware or exception handlers, and the adapter answers every
    error itself, so Starlette's layers in front of it would only add their cost; the lifespan
    still runs through Starlette, and so does everything once a user adds any of those.
    """

    mock: MockApp  # the adapter, also at `state.mock`; an attribute read here costs a tenth of the State's

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not (self.user_middleware or self.router.routes or self.exception_handlers):
            scope["app"] = self
            await self.mock(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


def create_app(
    *,
    client_id: str = DEFAULT_CLIENT_ID,
    client_secret: str = DEFAULT_CLIENT_SECRET,
    rate_limits: bool = False,
    clock: Clock | None = None,
    webhook_url: str | None = None,
    webhook_allow_hosts: Iterable[str] = (),
    webhook_retry_delays: Iterable[float] = DEFAULT_RETRY_DELAYS,
    webhook_timeout: float = DEFAULT_ATTEMPT_TIMEOUT,
    webhook_capacity: int = DEFAULT_CAPACITY,
    replay_faults: bool = False,
    allow_hosts: Iterable[str] = (),
    control_token: str | None = None,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
) -> Starlette:
    """The simulator as an ASGI app.

    `clock` returns the current time as an aware datetime (default: the system clock); tests
    pass their own to expire orders or move rate-limit windows without waiting, and
    `POST /__mock/clock` moves the simulator's time forward from there.

    Webhooks go to the order's notify_url, or to `webhook_url` when given; only to loopback hosts
    and `webhook_allow_hosts`. A failed attempt is retried after each of `webhook_retry_delays`
    (seconds on the simulator's clock); an attempt may take `webhook_timeout` seconds; the last
    `webhook_capacity` events are kept.

    `replay_faults=True` is Cashfree's idempotency contract for injected faults: a status fault
    answers in place of the operation and is stored under the request's idempotency key, so a
    retry with the key gets it replayed (`x-idempotency-replayed: true`) instead of a success.

    Hosts: besides IP addresses, `localhost`, single-label names and names under `.test`,
    `.example`, `.invalid` or `.localhost`, only the names in `allow_hosts` are answered (`"*"`:
    any), which stops DNS rebinding. With `control_token`, the /__mock endpoints need it in the
    `x-mock-control-token` header. A request body must arrive within `body_timeout` seconds of
    its first read, or the answer is 408 (checked every quarter of `body_timeout`, at most every second).
    """
    if not (math.isfinite(body_timeout) and body_timeout > 0):
        raise ValueError("body_timeout must be a finite number of seconds above 0")
    access = Access(allow_hosts=allow_hosts, control_token=control_token)
    spec = load_spec()
    base: Clock = clock or utc_now
    now = SimulatorClock(base)
    webhooks = WebhookOutbox(
        client_secret=client_secret,
        clock=now,
        signing_clock=base,
        forward_url=webhook_url,
        allowed_hosts=webhook_allow_hosts,
        retry_delays=webhook_retry_delays,
        attempt_timeout=webhook_timeout,
        capacity=webhook_capacity,
    )
    store = Store(on_event=webhooks.record)
    # One lock around every state change, shared by the API and the control endpoints: an
    # operation runs whole, whichever thread or event loop calls it.
    lock = threading.RLock()
    idempotency = IdempotencyStore()
    faults = FaultBook()
    limiter = RateLimiter() if rate_limits else None
    control = Control(
        spec=spec,
        store=store,
        lock=lock,
        clock=now,
        idempotency=idempotency,
        faults=faults,
        limiter=limiter,
        webhooks=webhooks,
    )
    pipeline = ApiPipeline(
        spec=spec,
        store=store,
        lock=lock,
        clock=now,
        credentials=Credentials(client_id, client_secret),
        idempotency=idempotency,
        faults=faults,
        limiter=limiter,
        pages=control.page_routes(),
        replay_faults=replay_faults,
    )
    mock = MockApp(
        version=spec.version,
        store=store,
        pipeline=pipeline,
        control=control,
        access=access,
        body_timeout=body_timeout,
    )

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        webhooks.close()  # served apps stop their delivery worker; in-process ones let it end when idle

    # No Starlette routes: every request (any method, any path, even one with a newline, which
    # Starlette's path convertor would not match) reaches the adapter, which answers 404/405 itself
    # in Cashfree's error shape. The router still runs the lifespan protocol.
    app = _MockStarlette(lifespan=lifespan)
    app.router.default = mock
    app.state.mock = app.mock = mock
    return app
