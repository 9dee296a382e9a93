"""`MockControl`: the control endpoints (/__mock/...) of a running simulator as Python methods.

What the pytest plugin's `cashfree_mock` fixture is; usable on its own against any simulator served over
HTTP (`MockServer`, `python -m cashfree_mock`). Plain httpx, no client: the simulator never imports
`cashfree_facade`.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Final
from urllib.parse import quote

import httpx

from ._app import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET
from ._spec import API_PREFIX

CONTROL_PATH: Final = "/__mock"
CONTROL_TOKEN_HEADER: Final = "x-mock-control-token"  # noqa: S105 - a header name, not a secret
# Long enough for the webhook deliveries that `webhooks()` waits for (each attempt has its own timeout).
_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)


class MockControlError(Exception):
    """A control endpoint answered an error: ``status`` and the simulator's ``code`` and ``message``."""

    def __init__(self, status: int, code: str | None, message: str) -> None:
        super().__init__(f"{status} {code or 'error'}: {message}")
        self.status = status
        self.code = code
        self.message = message


def _segment(value: str) -> str:
    return quote(str(value), safe="")


class MockControl:
    """Drive a running simulator: reset it, settle payments and refunds, inject faults, read webhooks.

    >>> mock = MockControl("http://127.0.0.1:8080")
    >>> mock.complete_payment(cf_payment_id, "SUCCESS")
    """

    def __init__(
        self,
        url: str,
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        control_token: str | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        # Sent with every control request when the simulator was started with a control token.
        self._headers = {CONTROL_TOKEN_HEADER: control_token} if control_token else {}
        self._http = http_client or httpx.Client(timeout=_TIMEOUT, trust_env=False)
        self._owns_http = http_client is None

    def __repr__(self) -> str:
        return f"MockControl(url={self.url!r}, client_id={self.client_id!r})"

    @property
    def base_url(self) -> str:
        """The API's base URL (what ``Cashfree(base_url=...)`` takes), the counterpart of .../pg at Cashfree."""
        return self.url + API_PREFIX

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> MockControl:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def request(self, method: str, path: str, body: Any = None, params: dict[str, Any] | None = None) -> Any:
        """Call ``/__mock{path}``; the JSON answer, or ``MockControlError``. POSTs always send a JSON body."""
        if body is None and method in {"POST", "PUT", "PATCH"}:
            body = {}
        url = f"{self.url}{CONTROL_PATH}{path}"
        response = self._http.request(method, url, json=body, params=params, headers=self._headers)
        try:
            answer = response.json()
        except ValueError:
            answer = None
        if response.is_error:
            error = answer if isinstance(answer, dict) else {}
            raise MockControlError(response.status_code, error.get("code"), str(error.get("message", response.text)))
        return answer

    # ---------------------------------------------------------------- state

    def reset(self) -> dict[str, Any]:
        """Forget everything: orders, payments, refunds, webhooks, keys, faults; the clock back to now."""
        result: dict[str, Any] = self.request("POST", "/reset")
        return result

    def state(self) -> dict[str, Any]:
        """Counts of what the simulator holds."""
        result: dict[str, Any] = self.request("GET", "/state")
        return result

    def order(self, order_id: str) -> dict[str, Any]:
        """The order entity with its current status (as ``GET /pg/orders/{id}`` would answer it)."""
        result: dict[str, Any] = self.request("GET", f"/orders/{_segment(order_id)}")
        return result

    def advance_clock(self, seconds: float) -> dict[str, Any]:
        """Move the simulator's clock forward: orders expire, and webhook retries that fall due are sent
        before this returns."""
        result: dict[str, Any] = self.request("POST", "/clock", {"advance_seconds": seconds})
        return result

    # ---------------------------------------------------------------- outcomes

    def complete_payment(self, cf_payment_id: str, status: str = "SUCCESS") -> dict[str, Any]:
        """Settle a PENDING payment as the customer would on the bank page: SUCCESS, FAILED, USER_DROPPED
        or CANCELLED. Answers the payment entity; its webhook goes out."""
        path = f"/payments/{_segment(cf_payment_id)}/outcome"
        result: dict[str, Any] = self.request("POST", path, {"payment_status": status})
        return result

    def complete_refund(self, order_id: str, refund_id: str, status: str = "SUCCESS") -> dict[str, Any]:
        """Settle a PENDING refund: SUCCESS, FAILED or CANCELLED. Answers the refund entity; its
        REFUND_STATUS_WEBHOOK goes out."""
        path = f"/orders/{_segment(order_id)}/refunds/{_segment(refund_id)}/outcome"
        result: dict[str, Any] = self.request("POST", path, {"refund_status": status})
        return result

    # ---------------------------------------------------------------- faults

    def inject_fault(
        self,
        path: str,
        *,
        method: str | None = None,
        status: int | None = None,
        count: int = 1,
        after_commit: bool = False,
        drop: bool = False,
        delay_ms: int = 0,
    ) -> list[dict[str, Any]]:
        """Make the next ``count`` API requests matching ``path`` (a glob such as ``/pg/orders/*/payments``)
        answer ``status``, lose their connection (``drop``) or wait ``delay_ms``. See docs/mock.md."""
        fault: dict[str, Any] = {"path": path, "count": count, "after_commit": after_commit, "drop": drop}
        if method is not None:
            fault["method"] = method
        if status is not None:
            fault["status"] = status
        if delay_ms:
            fault["delay_ms"] = delay_ms
        result: list[dict[str, Any]] = self.request("POST", "/faults", fault)
        return result

    def faults(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.request("GET", "/faults")
        return result

    def clear_faults(self) -> None:
        self.request("DELETE", "/faults")

    # ---------------------------------------------------------------- webhooks

    def webhooks(self, *, wait: float = 10.0) -> list[dict[str, Any]]:
        """Every recorded webhook event, oldest first, each with its ``attempts``.

        First waits (up to ``wait`` seconds) for the deliveries already due to finish, so that what a test
        reads next is settled; retries that are not due yet stay pending (``advance_clock`` brings them on).
        """
        events: list[dict[str, Any]] = []
        params: dict[str, Any] = {"wait": wait, "limit": 500}
        while True:
            page = self.request("GET", "/webhooks", params=params)
            events.extend(page["data"])
            if not page["has_more"]:
                return events
            params = {"after": page["data"][-1]["id"], "limit": 500}

    def resend_webhook(self, event_id: int) -> dict[str, Any]:
        """Deliver a recorded event once more (same body and idempotency key, the next attempt number)."""
        result: dict[str, Any] = self.request("POST", f"/webhooks/{int(event_id)}/resend", params={"wait": 10})
        return result

    def forward_webhooks_to(self, url: str | None) -> dict[str, Any]:
        """Send every webhook to ``url`` from now on instead of the order's notify_url (``None``: back to
        notify_url), as ``stripe listen --forward-to`` does."""
        result: dict[str, Any] = self.request("POST", "/webhooks/forward", {"url": url})
        return result
