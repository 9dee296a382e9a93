"""The ASGI app: routing, the request pipeline of the seven operations, and the control endpoints.

Pipeline of an API request: injected fault (before) -> route (404/405) -> rate limit -> body size
-> x-api-version -> credentials -> header parameters -> [idempotency: replay, or execute and
store] -> injected fault (after commit). Executing means: content type, JSON, schema, operation.
"""

from __future__ import annotations

import hmac
import html
import logging
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from . import _json
from ._errors import ApiError, error_body, not_found
from ._faults import FAULT_SCHEMA, Fault, FaultBook, parse_fault
from ._idempotency import IdempotencyStore, StoredResponse, fingerprint
from ._operations import HANDLERS, Call
from ._ratelimit import RateLimiter
from ._sandbox import OUTCOME_FAILURES
from ._spec import API_PREFIX, Operation, load_spec
from ._state import Store, utc_now
from ._validation import check

DEFAULT_CLIENT_ID = "TEST_CLIENT_ID"
DEFAULT_CLIENT_SECRET = "TEST_CLIENT_SECRET"  # noqa: S105 - a documented test credential
MAX_BODY_BYTES = 1 << 20
MAX_JSON_DEPTH = 64
CONTROL_PREFIX = "/__mock"

Clock = Callable[[], datetime]
logger = logging.getLogger("cashfree_mock")

OUTCOME_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["payment_status"],
    "additionalProperties": False,
    "properties": {"payment_status": {"enum": ["SUCCESS", "FAILED", "USER_DROPPED", "CANCELLED"]}},
}


@dataclass
class Reply:
    status: int
    content: str = ""  # JSON text, or HTML when media_type says so
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"
    drop: bool = False


def json_reply(status: int, value: Any, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, _json.dumps(value), headers or {})


def _error_reply(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Reply:
    return json_reply(status, error_body(status, code, message), headers)


def _depth(value: Any) -> int:
    """Nesting depth, computed without recursion (deep input must not overflow the stack)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest


def _route(routes: list[tuple[str, re.Pattern[str], Any]], method: str, path: str) -> tuple[Any, dict[str, str]]:
    """The target of (method, path), or a 405/404 ApiError naming what is wrong."""
    allowed = []
    for route_method, regex, target in routes:
        match = regex.match(path)
        if match:
            if route_method == method:
                return target, match.groupdict()
            allowed.append(route_method)
    if allowed:
        allow = ", ".join(allowed)
        raise ApiError(405, "method_not_allowed", f"{method} is not allowed on {path}; use {allow}", {"allow": allow})
    raise ApiError(404, "path_not_found", f"no operation at {path}")


class MockCore:
    """The simulator behind the Starlette app; one instance per app."""

    def __init__(self, *, client_id: str, client_secret: str, rate_limits: bool, clock: Clock | None) -> None:
        self.spec = load_spec()
        self.version = self.spec.version
        self.client_id = client_id
        self.client_secret = client_secret
        self.clock: Clock = clock or utc_now
        self.store = Store(client_secret=client_secret, api_version=self.version)
        self.faults = FaultBook()
        self.idempotency = IdempotencyStore()
        self.limiter = RateLimiter() if rate_limits else None
        # One lock around every state change: operations run whole, whichever thread or loop calls.
        self.lock = threading.RLock()
        self._api_routes: list[tuple[str, re.Pattern[str], Operation | None]]
        self._api_routes = [(op.method, op.regex, op) for op in self.spec.operations]
        self._api_routes.append(("GET", re.compile(f"^{API_PREFIX}/view/gateway/(?P<cf_payment_id>[^/]+)$"), None))
        self._header_validators = {
            param["name"]: self.spec.schema_validator(param["schema"])
            for op in self.spec.operations
            for param in op.header_params
        }
        self._fault_validator = self.spec.schema_validator(FAULT_SCHEMA)
        self._outcome_validator = self.spec.schema_validator(OUTCOME_SCHEMA)
        control: list[tuple[str, str, Callable[[dict[str, str], Any], Any]]] = [
            ("POST", "/reset", self._reset),
            ("GET", "/state", self._state),
            ("GET", "/orders/(?P<order_id>[^/]+)", self._order),
            ("POST", "/payments/(?P<cf_payment_id>[^/]+)/outcome", self._outcome),
            ("GET", "/faults", lambda _p, _b: self.faults.listing()),
            ("POST", "/faults", self._add_fault),
            ("DELETE", "/faults", self._clear_faults),
            ("GET", "/webhooks", lambda _p, _b: [event.as_json() for event in self.store.webhooks]),
        ]
        self._control_routes = [(m, re.compile(f"^{CONTROL_PREFIX}{p}$"), h) for m, p, h in control]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        request_id = request.headers.get("x-request-id", "")
        if not 0 < len(request_id) <= 100:
            request_id = str(uuid.uuid4())
        try:
            reply = await self._dispatch(request)
        except ApiError as exc:
            reply = json_reply(exc.status, exc.body(), exc.headers)
        except Exception:
            logger.exception("cashfree_mock failed on %s %s", request.method, request.url.path)
            reply = _error_reply(500, "internal_error", "the mock failed unexpectedly; see its log")
        if reply.drop:
            # Start a response and abort it: the client sees the connection close mid-response.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1024")]})
            raise ConnectionResetError("cashfree_mock dropped the connection (injected fault)")
        headers = {"x-request-id": request_id, "x-api-version": self.version, **reply.headers}
        response = Response(reply.content, reply.status, headers, media_type=reply.media_type)
        await response(scope, receive, send)

    async def _dispatch(self, request: Request) -> Reply:
        method, path = request.method, request.url.path
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            return await self._control(request, method, path)
        fault = self.faults.take(method, path)
        if fault is None:
            return await self._api(request, method, path)
        if not fault.after_commit:
            faulted = await self._apply_fault(fault)
            if faulted is not None:
                return faulted
            return await self._api(request, method, path)
        reply = await self._api(request, method, path)
        return await self._apply_fault(fault) or reply

    async def _apply_fault(self, fault: Fault) -> Reply | None:
        if fault.delay_ms:
            await anyio.sleep(fault.delay_ms / 1000)
        if fault.drop:
            return Reply(0, drop=True)
        if fault.status is not None:
            return _error_reply(fault.status, "request_failed", f"injected fault: status {fault.status}")
        return None

    async def _api(self, request: Request, method: str, path: str) -> Reply:
        op, params = _route(self._api_routes, method, path)
        if op is None:
            return self._view(params["cf_payment_id"])
        extra: dict[str, str] = {}
        if self.limiter is not None:
            verdict = self.limiter.check(op.operation_id, request.client.host if request.client else "-", self.clock())
            extra.update(verdict.headers)
            if not verdict.allowed:
                return _error_reply(429, "rate_limit_exceeded", "too many requests; see x-ratelimit-retry", extra)
        raw = await self._read_body(request) if op.body_schema else b""
        self._check_headers(op, request.headers)
        key = request.headers.get("x-idempotency-key")
        if key is not None:
            extra["x-idempotency-key"] = key
        if method != "POST" or key is None:
            with self.lock:
                status, content = self._execute(op, params, request, raw)
            return Reply(status, content, extra)
        digest = fingerprint(method, path, raw)
        with self.lock:
            stored = self.idempotency.get(key, self.clock())
            if stored is None:
                status, content = self._execute(op, params, request, raw)
                self.idempotency.put(key, StoredResponse(digest, status, content, self.clock()))
                return Reply(status, content, {**extra, "x-idempotency-replayed": "false"})
        if stored.fingerprint != digest:
            message = "x-idempotency-key was already used with a different request"
            return _error_reply(422, "idempotency_error", message, extra)
        return Reply(stored.status, stored.body, {**extra, "x-idempotency-replayed": "true"})

    def _execute(self, op: Operation, params: dict[str, str], request: Request, raw: bytes) -> tuple[int, str]:
        """Run one operation; its errors are part of the result (and so of what idempotency stores)."""
        try:
            body = None
            if op.body_schema is not None:
                body = self._parse_body(request.headers, raw)
                check(self.spec.validator(op.body_schema), body)
            base_url = str(request.base_url).rstrip("/") + API_PREFIX
            value = HANDLERS[op.operation_id](self.store, Call(params, body, self.clock(), base_url))
        except ApiError as exc:
            return exc.status, _json.dumps(exc.body())
        return 200, _json.dumps(value)

    async def _read_body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            raise ApiError(413, "request_too_large", f"the request body exceeds {MAX_BODY_BYTES} bytes")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise ApiError(413, "request_too_large", f"the request body exceeds {MAX_BODY_BYTES} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _parse_body(self, headers: Headers, raw: bytes) -> Any:
        if not raw:
            raise ApiError(400, "request_invalid", "a JSON request body is required")
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
            raise ApiError(415, "content_type_invalid", "the request body must be sent as application/json")
        try:
            body = _json.loads(raw)
        except (ValueError, RecursionError):
            raise ApiError(400, "request_invalid", "the request body is not valid JSON") from None
        if _depth(body) > MAX_JSON_DEPTH:
            raise ApiError(400, "request_invalid", f"the request body is nested deeper than {MAX_JSON_DEPTH} levels")
        return body

    def _check_headers(self, op: Operation, headers: Headers) -> None:
        version = headers.get("x-api-version")
        if version is None:
            raise ApiError(400, "version_missing", "the x-api-version header is missing")
        if version != self.version:
            raise ApiError(
                400, "version_invalid", f"x-api-version {version[:40]!r} is not served; this mock serves {self.version}"
            )
        if op.secured:
            given = (headers.get("x-client-id", ""), headers.get("x-client-secret", ""))
            expected = (self.client_id, self.client_secret)
            # Compare both, always, in constant time: no early exit that would time the id.
            same = [hmac.compare_digest(g.encode(), e.encode()) for g, e in zip(given, expected, strict=True)]
            if not all(same):
                raise ApiError(401, "request_failed", "authentication Failed: x-client-id / x-client-secret")
        for param in op.header_params:
            name = param["name"]
            value = headers.get(name)
            if value is None:
                if param.get("required"):
                    raise ApiError(400, "request_invalid", f"the {name} header is missing")
            elif name != "x-api-version":
                check(self._header_validators[name], value, root=name)

    def _view(self, cf_payment_id: str) -> Reply:
        """The page a `link` action sends the customer to (the outcome comes from the control endpoint)."""
        with self.lock:
            payment = self.store.payments.get(cf_payment_id)
            if payment is None:
                raise not_found("payment", "payment_not_found")
            status, amount, order_id = payment.status, payment.order.amount, payment.order.order_id
        page = (
            "<!doctype html><title>Cashfree mock payment page</title>"
            f"<h1>Payment {html.escape(cf_payment_id)}</h1>"
            f"<p>Order {html.escape(order_id)}, amount {amount}, status {html.escape(status)}.</p>"
            f"<p>Complete it with <code>POST {CONTROL_PREFIX}/payments/{html.escape(cf_payment_id)}/outcome</code>"
            ' and a body such as <code>{"payment_status": "SUCCESS"}</code>.</p>'
        )
        return Reply(200, page, media_type="text/html")

    # ------------------------------------------------------------------ control endpoints

    async def _control(self, request: Request, method: str, path: str) -> Reply:
        handler, params = _route(self._control_routes, method, path)
        raw = await self._read_body(request) if method == "POST" else b""
        # An empty body is fine for reset; endpoints that need one refuse None through their schema.
        body = self._parse_body(request.headers, raw) if raw else None
        with self.lock:
            return json_reply(200, handler(params, body))

    def _state(self, _params: dict[str, str], _body: Any) -> Any:
        return {
            "orders": len(self.store.orders),
            "payments": len(self.store.payments),
            "saved_instruments": len(self.store.saved_cards),
            "webhooks": len(self.store.webhooks),
            "idempotency_keys": len(self.idempotency),
            "faults": len(self.faults.listing()),
        }

    def _reset(self, params: dict[str, str], _body: Any) -> Any:
        self.store.reset()
        self.idempotency.clear()
        self.faults.clear()
        if self.limiter is not None:
            self.limiter.clear()
        return self._state(params, None)

    def _order(self, params: dict[str, str], _body: Any) -> Any:
        order = self.store.orders.get(params["order_id"])
        if order is None:
            raise not_found("order", "order_not_found")
        return order.entity(self.clock())

    def _outcome(self, params: dict[str, str], body: Any) -> Any:
        check(self._outcome_validator, body)
        payment = self.store.payments.get(params["cf_payment_id"])
        if payment is None:
            raise not_found("payment", "payment_not_found")
        if payment.status != "PENDING":
            raise ApiError(400, "request_invalid", f"payment {payment.cf_payment_id} is {payment.status}, not PENDING")
        status = body["payment_status"]
        self.store.settle(payment, status, self.clock(), failure=OUTCOME_FAILURES.get(status))
        return payment.entity()

    def _add_fault(self, _params: dict[str, str], body: Any) -> Any:
        check(self._fault_validator, body)
        self.faults.add(parse_fault(body))
        return self.faults.listing()

    def _clear_faults(self, _params: dict[str, str], _body: Any) -> Any:
        self.faults.clear()
        return []


def create_app(
    *,
    client_id: str = DEFAULT_CLIENT_ID,
    client_secret: str = DEFAULT_CLIENT_SECRET,
    rate_limits: bool = False,
    clock: Clock | None = None,
) -> Starlette:
    """The simulator as an ASGI app.

    `clock` returns the current time as an aware datetime (default: the system clock); tests
    pass their own to expire orders or move rate-limit windows without waiting.
    """
    core = MockCore(client_id=client_id, client_secret=client_secret, rate_limits=rate_limits, clock=clock)
    # No Starlette routes: every request (any method, any path, even one with a newline, which
    # Starlette's path convertor would not match) reaches the core, which answers 404/405 itself in
    # Cashfree's error shape. The router still runs the lifespan protocol.
    app = Starlette()
    app.router.default = core
    app.state.mock = core
    return app
