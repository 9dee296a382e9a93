"""The control endpoints under /__mock (no credentials, no version header) and the bank page.

They drive and inspect the simulator the way a test or a person at the customer's browser would:
reset, state, an order's status, a payment's or a refund's outcome, faults, the webhooks sent, the clock.
`GET /__mock/` lists them from the same table that routes them, so the index cannot drift from what
answers. Any of them takes `?wait=SECONDS`: the answer waits until the webhook deliveries that are due
have been attempted (never holding the event loop or the state lock meanwhile).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

import anyio
from starlette.requests import Request

from . import _bank_page
from ._clock import SimulatorClock
from ._delivery import ist_ms
from ._errors import ApiError, bad_request, not_found
from ._faults import FAULT_SCHEMA, FaultBook, parse_fault
from ._http import Page, Reply, Route, Router, json_reply, parse_json_body, path_regex, read_body
from ._idempotency import IdempotencyStore
from ._ratelimit import RateLimiter
from ._sandbox import OUTCOME_FAILURES
from ._spec import API_PREFIX, Spec
from ._state import Store
from ._validation import check
from ._webhooks import WebhookOutbox

CONTROL_PREFIX = "/__mock"
# Where a `link` action sends the customer; served under /pg, beside the operations.
PAYMENT_PAGE = f"{API_PREFIX}/view/gateway/{{cf_payment_id}}"

OUTCOME_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["payment_status"],
    "additionalProperties": False,
    "properties": {"payment_status": {"enum": ["SUCCESS", "FAILED", "USER_DROPPED", "CANCELLED"]}},
}
REFUND_OUTCOME_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["refund_status"],
    "additionalProperties": False,
    "properties": {"refund_status": {"enum": ["SUCCESS", "FAILED", "CANCELLED", "ONHOLD"]}},
}

FORWARD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["url"],
    "additionalProperties": False,
    "properties": {"url": {"type": ["string", "null"], "minLength": 1, "maxLength": 2000}},
}
CLOCK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["advance_seconds"],
    "additionalProperties": False,
    "properties": {"advance_seconds": {"type": "number", "minimum": 0, "maximum": 10 * 365 * 86400}},
}
MAX_WAIT: Final = 60.0
MAX_PAGE: Final = 1000

# (path and query parameters, parsed body or None) -> the JSON answer, or a callable that makes it once
# the webhook deliveries it waits for have been attempted.
Handler = Callable[[dict[str, str], Any], Any]


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # under CONTROL_PREFIX, with {name} for a path parameter
    summary: str  # the one line the index shows
    handler: Handler
    wait: float = 0.0  # the default of ?wait=: seconds to wait for due webhook deliveries


def _number(params: dict[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = params.get(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not low <= value <= high:  # NaN fails too
        raise bad_request("request_invalid", f"query parameter {name} must be a number from {low:g} to {high:g}")
    return value


class Control:
    """The control endpoints and the bank page, on the state the API pipeline shares."""

    def __init__(
        self,
        *,
        spec: Spec,
        store: Store,
        lock: threading.RLock,
        clock: SimulatorClock,
        idempotency: IdempotencyStore,
        faults: FaultBook,
        limiter: RateLimiter | None,
        webhooks: WebhookOutbox,
    ) -> None:
        self.store = store
        self.lock = lock
        self.clock = clock
        self.idempotency = idempotency
        self.faults = faults
        self.limiter = limiter
        self.webhooks = webhooks
        self._fault_validator = spec.schema_validator(FAULT_SCHEMA)
        self._outcome_validator = spec.schema_validator(OUTCOME_SCHEMA)
        self._refund_outcome_validator = spec.schema_validator(REFUND_OUTCOME_SCHEMA)
        self._forward_validator = spec.schema_validator(FORWARD_SCHEMA)
        self._clock_validator = spec.schema_validator(CLOCK_SCHEMA)
        self.endpoints = [
            Endpoint("GET", "/", "this index of the control endpoints", self._index),
            Endpoint("POST", "/reset", "clear all state, idempotency keys, faults and rate limits", self._reset),
            Endpoint(
                "GET",
                "/state",
                "counts of orders, payments, refunds, saved cards, webhooks, keys and faults",
                self._state,
            ),
            Endpoint("GET", "/orders/{order_id}", "an order with its current status", self._order),
            Endpoint(
                "POST",
                "/payments/{cf_payment_id}/outcome",
                "complete a PENDING payment as the customer would on the bank page",
                self._outcome,
            ),
            Endpoint(
                "POST",
                "/orders/{order_id}/refunds/{refund_id}/outcome",
                "settle a PENDING (or ONHOLD) refund now, as the bank would",
                self._refund_outcome,
            ),
            Endpoint("GET", "/faults", "the injected faults still to fire", lambda _p, _b: self.faults.listing()),
            Endpoint("POST", "/faults", "inject a fault into the next matching API requests", self._add_fault),
            Endpoint("DELETE", "/faults", "remove every injected fault", self._clear_faults),
            Endpoint(
                "GET",
                "/webhooks",
                "the webhook events with their attempts, oldest first (?after=ID&limit=N&wait=S)",
                self._webhooks,
            ),
            Endpoint("GET", "/webhooks/{event_id}", "one webhook event with its attempts", self._webhook),
            Endpoint(
                "POST",
                "/webhooks/{event_id}/resend",
                "send a webhook event once more (same body and idempotency key)",
                self._resend,
                wait=10.0,
            ),
            Endpoint(
                "POST",
                "/webhooks/forward",
                'send every webhook to {"url": ...} instead of notify_url ({"url": null}: back to notify_url)',
                self._forward,
            ),
            Endpoint("GET", "/clock", "the simulator's time and how far it was moved", self._clock),
            Endpoint(
                "POST",
                "/clock",
                'move the simulator\'s time forward {"advance_seconds": N}; due webhook retries are sent',
                self._advance_clock,
                wait=10.0,
            ),
        ]
        routes = [Route(e.method, path_regex(CONTROL_PREFIX + e.path), e) for e in self.endpoints]
        routes.append(Route("GET", path_regex(CONTROL_PREFIX), self.endpoints[0]))  # the index, unslashed
        self.router = Router(routes)

    def page_routes(self) -> list[Route[Page]]:
        """The pages the API pipeline routes under /pg (so faults and 404/405 apply to them as to the API)."""
        return [
            Route("GET", path_regex(PAYMENT_PAGE), self.payment_page),
            Route("POST", path_regex(PAYMENT_PAGE + "/{choice}"), self.payment_choice),
        ]

    async def handle(self, request: Request) -> Reply:
        endpoint, path_params = self.router.match(request.method, request.url.path)
        params = {**request.query_params, **path_params}
        wait = _number(params, "wait", endpoint.wait, 0, MAX_WAIT)
        raw = await read_body(request) if request.method == "POST" else b""
        # Every POST is JSON, even an empty one (fine for reset; endpoints that need a body refuse
        # None through their schema): a cross-site page cannot send application/json without a CORS
        # preflight, which the simulator never grants, so it cannot reset or steer it.
        body = parse_json_body(request.headers, raw, required=False) if request.method == "POST" else None
        with self.lock:
            self.store.tick(self.clock())  # what fell due is seen (and can be moved on) here too
        if request.method == "GET":
            await self._settle_webhooks(wait)
        with self.lock:
            answer = endpoint.handler(params, body)
        if request.method != "GET":
            await self._settle_webhooks(wait)
        if callable(answer):
            with self.lock:
                answer = answer()
        return json_reply(200, answer)

    async def _settle_webhooks(self, wait: float) -> None:
        if wait > 0:
            # In a worker thread: the receiver may call this simulator while it handles the webhook.
            await anyio.to_thread.run_sync(self.webhooks.wait_idle, wait)

    def payment_page(self, params: dict[str, str]) -> Reply:
        """The bank page of a `link` payment: the order, the amount, the method and three buttons."""
        cf_payment_id = params["cf_payment_id"]
        with self.lock:
            payment = self.store.payments.get(cf_payment_id)
            if payment is None:
                raise not_found("payment", "payment_not_found")
            order = payment.order
            if payment.status != "PENDING":
                page = _bank_page.result_page(
                    cf_payment_id=cf_payment_id, order_id=order.order_id, status=payment.status, message=payment.message
                )
            else:
                page = _bank_page.payment_page(
                    action=PAYMENT_PAGE.format(cf_payment_id=cf_payment_id),
                    cf_payment_id=cf_payment_id,
                    order_id=order.order_id,
                    amount=format(order.amount, "f"),
                    currency=order.currency,
                    method=payment.method,
                    details=payment.details,
                )
        return Reply(200, page, media_type="text/html")

    def payment_choice(self, params: dict[str, str]) -> Reply:
        """A button of the bank page: settle the payment, then send the browser to the order's return_url."""
        status = _bank_page.STATUS_BY_CHOICE.get(params["choice"])
        if status is None:
            raise ApiError(404, "path_not_found", "no such choice on the bank page")
        with self.lock:
            payment = self.store.payments.get(params["cf_payment_id"])
            if payment is None:
                raise not_found("payment", "payment_not_found")
            if payment.status == "PENDING":  # a second click (the back button) just shows the outcome
                self.store.settle(payment, status, self.clock(), failure=OUTCOME_FAILURES.get(status))
            order = payment.order
            return_url = (order.field("order_meta") or {}).get("return_url")
            location = _bank_page.return_location(return_url, order.order_id)
            if location is not None:
                return Reply(303, "", {"location": location}, media_type="text/html")
            page = _bank_page.result_page(
                cf_payment_id=payment.cf_payment_id,
                order_id=order.order_id,
                status=payment.status,
                message=payment.message,
            )
        return Reply(200, page, media_type="text/html")

    def _index(self, _params: dict[str, str], _body: Any) -> Any:
        return {
            "api": API_PREFIX,
            "endpoints": [
                {"method": e.method, "path": CONTROL_PREFIX + e.path, "description": e.summary} for e in self.endpoints
            ],
        }

    def _state(self, _params: dict[str, str], _body: Any) -> Any:
        return {
            "orders": len(self.store.orders),
            "payments": len(self.store.payments),
            "refunds": self.store.refund_count,
            "saved_instruments": len(self.store.saved_cards),
            "webhooks": len(self.webhooks),
            "idempotency_keys": len(self.idempotency),
            "faults": len(self.faults.listing()),
        }

    def _reset(self, params: dict[str, str], _body: Any) -> Any:
        self.store.reset()
        self.webhooks.reset()
        self.clock.reset()
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
        status = body["payment_status"]
        # The store refuses a payment that is no longer PENDING (400, naming its status).
        self.store.settle(payment, status, self.clock(), failure=OUTCOME_FAILURES.get(status))
        return payment.entity()

    def _refund_outcome(self, params: dict[str, str], body: Any) -> Any:
        check(self._refund_outcome_validator, body)
        order = self.store.orders.get(params["order_id"])
        refund = order.refund(params["refund_id"]) if order else None
        if refund is None:
            raise not_found("refund", "refund_not_found")
        # The store refuses a refund already settled (400, naming its status).
        self.store.settle_refund(refund, body["refund_status"], self.clock())
        return refund.entity()

    def _add_fault(self, _params: dict[str, str], body: Any) -> Any:
        check(self._fault_validator, body)
        self.faults.add(parse_fault(body))
        return self.faults.listing()

    def _clear_faults(self, _params: dict[str, str], _body: Any) -> Any:
        self.faults.clear()
        return []

    def _webhooks(self, params: dict[str, str], _body: Any) -> Any:
        after = int(_number(params, "after", 0, 0, 2**53))
        limit = int(_number(params, "limit", 100, 1, MAX_PAGE))
        events, has_more = self.webhooks.page(after=after, limit=limit)
        return {"data": events, "has_more": has_more}

    def _event_id(self, params: dict[str, str]) -> int:
        raw = params["event_id"]
        event_id = int(raw) if raw.isdigit() and len(raw) < 16 else -1
        if self.webhooks.get(event_id) is None:
            raise not_found("webhook event", "webhook_not_found")
        return event_id

    def _webhook(self, params: dict[str, str], _body: Any) -> Any:
        return self.webhooks.get(self._event_id(params))

    def _resend(self, params: dict[str, str], _body: Any) -> Any:
        event_id = self._event_id(params)
        self.webhooks.resend(event_id)
        return lambda: self.webhooks.get(event_id)

    def _forward(self, _params: dict[str, str], body: Any) -> Any:
        check(self._forward_validator, body)
        try:
            self.webhooks.set_forward_url(body["url"])
        except ValueError as exc:
            raise bad_request("url_invalid", str(exc)) from None
        return {"url": self.webhooks.forward_url}

    def _clock(self, _params: dict[str, str], _body: Any) -> Any:
        return {"now": ist_ms(self.clock()), "offset_seconds": self.clock.offset_seconds}

    def _advance_clock(self, params: dict[str, str], body: Any) -> Any:
        check(self._clock_validator, body)
        self.clock.advance(float(body["advance_seconds"]))
        self.store.tick(self.clock())  # refunds that fell due settle now, and their webhooks go out
        self.webhooks.wake()
        return self._clock(params, None)
