"""The API request pipeline: what every request under /pg goes through, in this order.

state that fell due (`Store.tick`) -> injected fault (before) -> route (404/405) -> rate limit ->
body size -> x-api-version -> credentials -> header parameters -> idempotency (replay, or execute
and store) -> injected fault (after commit). Executing means: content type, JSON, schema, then the
operation on the store. What fails before executing (version, credentials, headers, rate limit) is
never stored under an idempotency key: it happens in front of the API, so a retry can succeed. An
injected status fault answers in front of the API too, unless `replay_faults` asks for Cashfree's
behaviour: then it answers in place of the operation, and is stored and replayed under the key like
any response.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import anyio
from starlette.requests import Request

from . import _json
from ._errors import ApiError
from ._faults import Fault, FaultBook
from ._http import Page, Reply, Route, Router, echoable, error_reply, parse_json_body, read_request_body
from ._idempotency import IdempotencyStore, StoredResponse, fingerprint
from ._operations import HANDLERS, Call
from ._ratelimit import RateLimiter
from ._spec import Operation, Spec
from ._state import Store
from ._validation import check

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Credentials:
    client_id: str
    client_secret: str

    def __repr__(self) -> str:
        return f"Credentials(client_id={self.client_id!r}, client_secret=***)"

    def accept(self, headers: Mapping[str, str]) -> bool:
        # Compare both, always, in constant time: no early exit that would time the id.
        same_id = hmac.compare_digest(headers.get("x-client-id", "").encode(), self.client_id.encode())
        same_secret = hmac.compare_digest(headers.get("x-client-secret", "").encode(), self.client_secret.encode())
        return same_id & same_secret


class ApiPipeline:
    """Answers every request under /pg; the state it shares with the control endpoints is passed in."""

    def __init__(
        self,
        *,
        spec: Spec,
        store: Store,
        lock: threading.RLock,
        clock: Clock,
        credentials: Credentials,
        idempotency: IdempotencyStore,
        faults: FaultBook,
        limiter: RateLimiter | None,
        pages: list[Route[Page]],
        replay_faults: bool = False,
    ) -> None:
        self.spec = spec
        self.store = store
        self.lock = lock  # one lock around every state change: operations run whole, from any thread
        self.clock = clock
        self.credentials = credentials
        self.idempotency = idempotency
        self.faults = faults
        self.limiter = limiter
        self.replay_faults = replay_faults
        missing = sorted({op.operation_id for op in spec.operations} - HANDLERS.keys())
        if missing:  # refuse to start rather than answer 500 on the first call
            raise RuntimeError(f"cashfree_mock has no handler for the spec's operations {', '.join(missing)}")
        routes: list[Route[Operation | Page]] = [Route(op.method, op.regex, op) for op in spec.operations]
        routes += pages
        self.router = Router(routes)
        # Every validator is compiled here, once: a schema either engine cannot take stops the start.
        self._header_validators = {
            param["name"]: spec.schema_validator(param["schema"])
            for op in spec.operations
            for param in op.header_params
        }
        for op in spec.operations:  # the spec keeps the body validators it builds
            if op.body_schema:
                spec.validator(op.body_schema)

    async def handle(self, request: Request, path: str, headers: Mapping[str, str]) -> Reply:
        """Answer `request`; `path` is its URL's path and `headers` its headers, read once by the caller."""
        method = request.method
        now = self.clock()  # one moment for the whole request: the operation, its key, its limit
        with self.lock:  # what fell due since the last request (refunds) happens before this one
            self.store.tick(now)
        fault = self.faults.take(method, path)
        if fault is None:
            return await self._api(request, method, path, headers, now)
        if fault.after_commit:
            reply = await self._api(request, method, path, headers, now)
            return await _apply_fault(fault) or reply
        if self.replay_faults and fault.status is not None and not fault.drop:
            # Cashfree's behaviour: the failure is the API's own answer, stored under the key.
            await _delay(fault)
            return await self._api(request, method, path, headers, self.clock(), failure=fault.status)
        return await _apply_fault(fault) or await self._api(request, method, path, headers, self.clock())

    async def _api(
        self,
        request: Request,
        method: str,
        path: str,
        headers: Mapping[str, str],
        now: datetime,
        failure: int | None = None,
    ) -> Reply:
        """The request through the pipeline; `failure` is an injected status that answers in place of the operation."""
        target, params = self.router.match(method, path)
        if not isinstance(target, Operation):
            return _fault_reply(failure) if failure is not None else target(params)
        op = target
        extra: dict[str, str] = {}
        if self.limiter is not None:
            verdict = self.limiter.check(op.operation_id, request.client.host if request.client else "-", now)
            extra.update(verdict.headers)
            if not verdict.allowed:
                return error_reply(429, "rate_limit_exceeded", "too many requests; see x-ratelimit-retry", extra)
        raw = await read_request_body(request.receive, headers) if op.body_schema else b""
        self._check_version(headers)
        if op.secured and not self.credentials.accept(headers):
            raise ApiError(401, "request_failed", "authentication Failed: x-client-id / x-client-secret")
        self._check_header_params(op, headers)
        key = headers.get("x-idempotency-key")
        if key is not None:
            extra["x-idempotency-key"] = echoable(key)
        call = _Call(op, params, request, headers, raw, now, failure)
        if method != "POST" or key is None:
            with self.lock:
                status, content = self._execute(call)
            return Reply(status, content, extra)
        return self._idempotent(key, fingerprint(method, path, raw), call, extra)

    def _idempotent(self, key: str, digest: str, call: _Call, extra: dict[str, str]) -> Reply:
        """The first response for a key, errors included, stored and replayed for the same request."""
        # Lookup, execution and storing under one lock: concurrent requests with one key run once.
        with self.lock:
            stored = self.idempotency.get(key, call.now)
            if stored is None:
                status, content = self._execute(call)
                self.idempotency.put(key, StoredResponse(digest, status, content, call.now))
                return Reply(status, content, {**extra, "x-idempotency-replayed": "false"})
        if stored.fingerprint != digest:
            message = "x-idempotency-key was already used with a different request"
            return error_reply(422, "idempotency_error", message, extra)
        return Reply(stored.status, stored.body, {**extra, "x-idempotency-replayed": "true"})

    def _execute(self, call: _Call) -> tuple[int, str]:
        """Run one operation; its errors are part of the result (and so of what idempotency stores)."""
        if call.failure is not None:
            reply = _fault_reply(call.failure)
            return reply.status, reply.content
        op, params, raw = call.op, call.params, call.raw
        try:
            body = None
            if op.body_schema is not None:
                body = parse_json_body(call.headers, raw)
                check(self.spec.validator(op.body_schema), body)
            operation = Call(params, body, call.now, call.request.scope, call.headers)
            value: Any = HANDLERS[op.operation_id](self.store, operation)
        except ApiError as exc:
            return exc.status, _json.dumps(exc.body())
        return 200, _json.dumps(value)

    def _check_version(self, headers: Mapping[str, str]) -> None:
        version = headers.get("x-api-version")
        if version is None:
            raise ApiError(400, "version_missing", "the x-api-version header is missing")
        if version != self.spec.version:
            message = f"x-api-version {version[:40]!r} is not served; this mock serves {self.spec.version}"
            raise ApiError(400, "version_invalid", message)

    def _check_header_params(self, op: Operation, headers: Mapping[str, str]) -> None:
        for param in op.header_params:
            name = param["name"]
            value = headers.get(name)
            if value is None:
                if param.get("required"):
                    raise ApiError(400, "request_invalid", f"the {name} header is missing")
            elif name != "x-api-version":
                check(self._header_validators[name], value, root=name)


@dataclass(slots=True)  # not frozen: a frozen dataclass costs three times as much to make, per request
class _Call:
    """One request on its way to an operation; `failure`, an injected status, answers in its place."""

    op: Operation
    params: dict[str, str]
    request: Request
    headers: Mapping[str, str]
    raw: bytes
    now: datetime
    failure: int | None


async def _delay(fault: Fault) -> None:
    if fault.delay_ms:
        await anyio.sleep(fault.delay_ms / 1000)


def _fault_reply(status: int) -> Reply:
    return error_reply(status, "request_failed", f"injected fault: status {status}")


async def _apply_fault(fault: Fault) -> Reply | None:
    """The fault's reply, after its delay; None when it only delays."""
    await _delay(fault)
    if fault.drop:
        return Reply(0, drop=True)
    if fault.status is not None:
        return _fault_reply(fault.status)
    return None
