"""MockControl: every method is the control request docs/mock.md lists, and errors say what went wrong."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cashfree_mock import MockControl, MockControlError


class Requests(list[httpx.Request]):
    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        super().__init__()
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.append(request)
        return self.answer(request)


def _control(answer: Callable[[httpx.Request], httpx.Response], **options: Any) -> tuple[MockControl, Requests]:
    requests = Requests(answer)
    http = httpx.Client(transport=httpx.MockTransport(requests))
    return MockControl("http://127.0.0.1:9999/", http_client=http, **options), requests


def _ok(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/__mock/webhooks":
        return httpx.Response(200, json={"data": [], "has_more": False})
    return httpx.Response(200, json={})


@pytest.mark.parametrize(
    ("call", "method", "path", "body", "params"),
    [
        (lambda m: m.reset(), "POST", "/__mock/reset", {}, {}),
        (lambda m: m.state(), "GET", "/__mock/state", None, {}),
        (lambda m: m.order("order/1"), "GET", "/__mock/orders/order%2F1", None, {}),
        (lambda m: m.advance_clock(60), "POST", "/__mock/clock", {"advance_seconds": 60}, {}),
        (
            lambda m: m.complete_payment("51", "FAILED"),
            "POST",
            "/__mock/payments/51/outcome",
            {"payment_status": "FAILED"},
            {},
        ),
        (
            lambda m: m.complete_refund("o-1", "r-1"),
            "POST",
            "/__mock/orders/o-1/refunds/r-1/outcome",
            {"refund_status": "SUCCESS"},
            {},
        ),
        (
            lambda m: m.inject_fault("/pg/orders", method="POST", status=503, count=2, delay_ms=5),
            "POST",
            "/__mock/faults",
            {
                "path": "/pg/orders",
                "method": "POST",
                "status": 503,
                "count": 2,
                "after_commit": False,
                "drop": False,
                "delay_ms": 5,
            },
            {},
        ),
        (lambda m: m.faults(), "GET", "/__mock/faults", None, {}),
        (lambda m: m.clear_faults(), "DELETE", "/__mock/faults", None, {}),
        (lambda m: m.webhooks(), "GET", "/__mock/webhooks", None, {"wait": "10.0", "limit": "500"}),
        (lambda m: m.resend_webhook(3), "POST", "/__mock/webhooks/3/resend", {}, {"wait": "10"}),
        (lambda m: m.forward_webhooks_to(None), "POST", "/__mock/webhooks/forward", {"url": None}, {}),
    ],
)
def test_each_method_is_its_control_request(
    call: Callable[[MockControl], Any], method: str, path: str, body: Any, params: dict[str, str]
) -> None:
    control, requests = _control(_ok)
    call(control)
    (request,) = requests
    assert (request.method, request.url.raw_path.decode().split("?")[0]) == (method, path)
    assert dict(request.url.params) == params
    assert (json.loads(request.content) if request.content else None) == body
    assert "x-mock-control-token" not in request.headers


def test_webhooks_reads_every_page() -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        after = int(request.url.params.get("after", "0"))
        events = [{"id": n} for n in range(after + 1, min(after + 500, 1200) + 1)]
        return httpx.Response(200, json={"data": events, "has_more": events[-1]["id"] < 1200})

    control, requests = _control(pages)
    assert [event["id"] for event in control.webhooks()] == list(range(1, 1201))
    assert [r.url.params.get("after") for r in requests] == [None, "500", "1000"]


def test_errors_and_the_control_token() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/state"):
            return httpx.Response(502, text="<html>bad gateway</html>")
        return httpx.Response(404, json={"message": "payment not found", "code": "payment_not_found"})

    control, requests = _control(refuse, control_token="t0ken")
    with pytest.raises(MockControlError) as caught:
        control.complete_payment("1")
    assert (caught.value.status, caught.value.code, caught.value.message) == (
        404,
        "payment_not_found",
        "payment not found",
    )
    assert str(caught.value) == "404 payment_not_found: payment not found"
    with pytest.raises(MockControlError, match="502 error: <html>bad gateway</html>"):
        control.state()
    assert {r.headers["x-mock-control-token"] for r in requests} == {"t0ken"}
    assert repr(control) == "MockControl(url='http://127.0.0.1:9999', client_id='TEST_CLIENT_ID')"
    assert control.base_url == "http://127.0.0.1:9999/pg"


def test_a_control_it_made_closes_its_client() -> None:
    with MockControl("http://127.0.0.1:9") as control:
        pass
    assert control._http.is_closed
    http = httpx.Client()
    with MockControl("http://127.0.0.1:9", http_client=http):
        pass
    assert not http.is_closed
    http.close()
