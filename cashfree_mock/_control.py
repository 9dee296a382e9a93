"""The control endpoints under /__mock (no credentials, no version header) and the bank page.

They drive and inspect the simulator the way a test or a person at the customer's browser would:
reset, state, an order's status, a payment's or a refund's outcome, faults, the webhooks produced. `GET /__mock/`
lists them from the same table that routes them, so the index cannot drift from what answers.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from starlette.requests import Request

from ._errors import not_found
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

Clock = Callable[[], datetime]
Handler = Callable[[dict[str, str], Any], Any]  # (path params, parsed body or None) -> JSON value


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # under CONTROL_PREFIX, with {name} for a path parameter
    summary: str  # the one line the index shows
    handler: Handler


class Control:
    """The control endpoints and the bank page, on the state the API pipeline shares."""

    def __init__(
        self,
        *,
        spec: Spec,
        store: Store,
        lock: threading.RLock,
        clock: Clock,
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
                "GET", "/webhooks", "the webhooks produced so far, signed", lambda _p, _b: self.webhooks.listing()
            ),
        ]
        routes = [Route(e.method, path_regex(CONTROL_PREFIX + e.path), e.handler) for e in self.endpoints]
        routes.append(Route("GET", path_regex(CONTROL_PREFIX), self._index))  # the index, unslashed
        self.router = Router(routes)

    def page_routes(self) -> list[Route[Page]]:
        """The pages the API pipeline routes under /pg (so faults and 404/405 apply to them as to the API)."""
        return [Route("GET", path_regex(PAYMENT_PAGE), self.payment_page)]

    async def handle(self, request: Request) -> Reply:
        handler, params = self.router.match(request.method, request.url.path)
        raw = await read_body(request) if request.method == "POST" else b""
        # Every POST is JSON, even an empty one (fine for reset; endpoints that need a body refuse
        # None through their schema): a cross-site page cannot send application/json without a CORS
        # preflight, which the simulator never grants, so it cannot reset or steer it.
        body = parse_json_body(request.headers, raw, required=False) if request.method == "POST" else None
        with self.lock:
            self.store.tick(self.clock())  # what fell due is seen (and can be moved on) here too
            return json_reply(200, handler(params, body))

    def payment_page(self, params: dict[str, str]) -> Reply:
        """The page a `link` action sends the customer to (the outcome comes from the control endpoint)."""
        cf_payment_id = params["cf_payment_id"]
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
        self.webhooks.clear()
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
        refund = order.refunds.get(params["refund_id"]) if order else None
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
