"""Bad inputs are refused locally with a ValueError naming the field (never echoing it), before anything is sent:
non-ASCII credentials and headers, path ids that would change the path, NaN or infinite times; amounts are
checked the same inside a user's decimal context; and the library never follows a redirect."""

from __future__ import annotations

import decimal
import json
import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from cashfree_facade import APIStatusError, AsyncCashfree, Cashfree, CashfreeError, webhooks
from cashfree_facade._amount import to_decimal, to_json_number
from tests.support.mock_transport import CLIENT_ID, CLIENT_SECRET, Recorder, make_client, ok, run
from tests.support.spec import example

PASTED = ("secret\u00a0", "sécret", "secret\n", "se cret", " secret", "secret\x00", "\u200bsecret")


@pytest.mark.parametrize("secret", PASTED)
def test_a_credential_that_cannot_be_a_header_is_refused_at_construction(secret: str) -> None:
    for client_class in (Cashfree, AsyncCashfree):
        with pytest.raises(ValueError, match="client_secret") as caught:
            client_class(CLIENT_ID, secret)
        assert secret not in str(caught.value) + repr(caught.value)
        assert caught.value.__cause__ is None
        assert caught.value.__context__ is None
        with pytest.raises(ValueError, match="client_id") as caught:
            client_class(secret, CLIENT_SECRET)
        assert secret not in str(caught.value) + repr(caught.value)
    with pytest.raises(ValueError, match="client_secret"):
        Cashfree(CLIENT_ID, CLIENT_SECRET).with_options(client_secret=secret)


def test_a_pasted_secret_in_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASHFREE_CLIENT_SECRET", "from_env\u00a0")
    with pytest.raises(ValueError, match="CASHFREE_CLIENT_SECRET") as caught:
        Cashfree(CLIENT_ID)
    assert "from_env" not in str(caught.value)


@pytest.mark.parametrize("value", ["k\u00e9y", "key\n", "key\r\nx-evil: 1", "\u00a0key", "key\x7f", " key", "key "])
@pytest.mark.parametrize("option", ["idempotency_key", "request_id"])
def test_header_options_must_be_printable_ascii(mode: str, option: str, value: str) -> None:
    recorder = Recorder(ok([]))
    cf = make_client(mode, recorder)
    calls: list[Callable[[], Any]] = [
        lambda: cf.payments.list("order_1", **{option: value}),
        lambda: cf.payments.submit_otp("1", "111000", **{option: value}),
    ]
    for call in calls:
        with pytest.raises(ValueError, match=option) as caught:
            run(call())
        assert value not in str(caught.value)
    assert recorder.requests == []


def test_printable_header_options_with_inner_spaces_are_sent(mode: str) -> None:
    recorder = Recorder(ok([]))
    cf = make_client(mode, recorder)
    run(cf.payments.list("order_1", request_id="checkout 42 / retry", idempotency_key="k-1:2_3.4"))
    assert recorder.last.headers["x-request-id"] == "checkout 42 / retry"


@pytest.mark.parametrize("version", ["2026-01-01\u00a0", "", "2026 01 01\n"])
def test_api_version_must_be_printable_ascii(version: str) -> None:
    with pytest.raises(ValueError, match="api_version"):
        Cashfree(CLIENT_ID, CLIENT_SECRET, api_version=version)


BAD_IDS = [".", "..", "a/b", "../orders", "a?b=1", "a#b", "a%2Fb", "a b", "a\tb", "a\x00b", "\u00e9t\u00e9", "a\\b", ""]


@pytest.mark.parametrize("bad", BAD_IDS)
def test_path_ids_that_would_change_the_path_are_refused(mode: str, bad: str) -> None:
    recorder = Recorder(ok([]))
    cf = make_client(mode, recorder)
    attempts: dict[str, list[Callable[[], Any]]] = {
        "order_id": [
            lambda: cf.payments.list(bad),
            lambda: cf.payments.get(bad, "1"),
            lambda: cf.orders.capture(bad, amount=10),
            lambda: cf.orders.void(bad),
        ],
        "cf_payment_id": [
            lambda: cf.payments.get("order_1", bad),
            lambda: cf.payments.submit_otp(bad, "111000"),
            lambda: cf.payments.resend_otp(bad),
        ],
    }
    for field, calls in attempts.items():
        for call in calls:
            with pytest.raises(ValueError, match=field):
                run(call())
    assert recorder.requests == []


def test_ordinary_path_ids_still_go_out(mode: str) -> None:
    recorder = Recorder(ok([]))
    cf = make_client(mode, recorder)
    run(cf.payments.list("order_A-1.2~x"))
    assert recorder.last.url.path == "/pg/orders/order_A-1.2~x/payments"


NOT_FINITE = [math.nan, math.inf, -math.inf]


@pytest.mark.parametrize("value", NOT_FINITE)
def test_timeouts_must_be_finite(mode: str, value: float) -> None:
    for timeout in (value, httpx.Timeout(value), httpx.Timeout(5.0, connect=value), httpx.Timeout(5.0, pool=value)):
        with pytest.raises(ValueError, match="timeout"):
            Cashfree(CLIENT_ID, CLIENT_SECRET, timeout=timeout)
        recorder = Recorder(ok([]))
        cf = make_client(mode, recorder)
        with pytest.raises(ValueError, match="timeout"):
            run(cf.payments.list("order_1", timeout=timeout))
        assert recorder.requests == []


@pytest.mark.parametrize("value", [*NOT_FINITE, 0, -1.0, "5", True])
def test_total_timeouts_must_be_positive_and_finite(mode: str, value: Any) -> None:
    with pytest.raises(ValueError, match="total_timeout"):
        Cashfree(CLIENT_ID, CLIENT_SECRET, total_timeout=value)
    recorder = Recorder(ok([]))
    cf = make_client(mode, recorder)
    with pytest.raises(ValueError, match="total_timeout"):
        run(cf.payments.list("order_1", total_timeout=value))
    assert recorder.requests == []


@pytest.mark.parametrize("tolerance", NOT_FINITE)
def test_webhook_tolerance_must_be_finite(tolerance: float) -> None:
    body = b'{"type": "PAYMENT_SUCCESS_WEBHOOK", "data": {}}'
    timestamp = "1000"  # 1970: any finite tolerance refuses it, an infinite one would not
    signature = webhooks.compute_signature(body, timestamp, CLIENT_SECRET)
    with pytest.raises(ValueError, match="tolerance"):
        webhooks.verify(body, signature=signature, timestamp=timestamp, secret=CLIENT_SECRET, tolerance=tolerance)
    with pytest.raises(ValueError, match="tolerance"):
        Cashfree(CLIENT_ID, CLIENT_SECRET).webhooks.verify(
            body, signature=signature, timestamp=timestamp, tolerance=tolerance
        )


@pytest.mark.parametrize(
    "context",
    [
        decimal.Context(prec=6),
        decimal.Context(prec=3, rounding=decimal.ROUND_FLOOR),
        decimal.Context(traps=[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation]),
        decimal.Context(prec=28, Emax=5, Emin=-5),
    ],
)
def test_amounts_ignore_the_callers_decimal_context(mode: str, context: decimal.Context, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok({**example(spec, "/orders", "post", "created"), "order_amount": 12345.67}))
    cf = make_client(mode, recorder)
    with decimal.localcontext(context):
        assert to_decimal(12345.67, "order_amount") == Decimal("12345.67")
        assert to_decimal(Decimal("9999999999999.99"), "order_amount") == Decimal("9999999999999.99")
        assert to_json_number(Decimal("12345.60"), "amount") == 12345.6
        with pytest.raises(ValueError, match="two decimal places"):
            to_decimal(Decimal("12345.678"), "order_amount")
        order = run(cf.orders.create(order_amount=12345.67, order_currency="INR"))
        assert order.amount == Decimal("12345.67")
    assert json.loads(recorder.last.content)["order_amount"] == 12345.67


# ---------------------------------------------------------------------------------------------- redirects
class Origins:
    """Two origins on two mock transports: the API's, which answers with a redirect, and another one."""

    def __init__(self, status: int, location: str) -> None:
        self.api = Recorder(httpx.Response(status, headers={"location": location, "x-request-id": "req_redirect"}))
        self.other = Recorder(ok([]))

    def mounts(self) -> dict[str, httpx.MockTransport]:
        return {"http://other.example": httpx.MockTransport(self.other)}


@pytest.mark.parametrize(
    ("status", "location"),
    [
        (307, "http://other.example/pg/orders"),
        (308, "http://other.example/steal"),
        (302, "http://other.example/pg/orders/order_1/payments"),
        (301, "/pg/elsewhere"),
    ],
)
def test_redirects_are_never_followed_even_when_the_users_client_would(mode: str, status: int, location: str) -> None:
    origins = Origins(status, location)
    api = httpx.MockTransport(origins.api)
    cf: Cashfree | AsyncCashfree
    if mode == "sync":
        http = httpx.Client(transport=api, mounts=origins.mounts(), follow_redirects=True)
        cf = Cashfree(CLIENT_ID, CLIENT_SECRET, base_url="http://api.example/pg", http_client=http)
    else:
        ahttp = httpx.AsyncClient(transport=api, mounts=origins.mounts(), follow_redirects=True)
        cf = AsyncCashfree(CLIENT_ID, CLIENT_SECRET, base_url="http://api.example/pg", http_client=ahttp)
    for call in (
        lambda: cf.payments.list("order_1"),
        lambda: cf.orders.create(order_amount=10, order_currency="INR"),
    ):
        with pytest.raises(APIStatusError) as caught:
            run(call())
        assert isinstance(caught.value, CashfreeError)
        assert caught.value.status_code == status
        assert "redirect" in str(caught.value).lower()
    assert origins.other.requests == []
    assert len(origins.api.requests) == 2  # one attempt each: a redirect is not retried
    assert all(r.url.host == "api.example" for r in origins.api.requests)


@pytest.mark.parametrize("base_url", ["http://[::1/pg", "http://\x00x/pg", "https://"])
def test_a_base_url_httpx_cannot_parse_is_refused_at_construction(base_url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        Cashfree(CLIENT_ID, CLIENT_SECRET, base_url=base_url)


@pytest.mark.parametrize(
    "extra", [{"upi_redirect_url": math.nan}, {"upi_redirect_url": object()}, {"upi_expiry_minutes": math.inf}]
)
def test_a_body_json_cannot_hold_is_refused_before_sending(mode: str, extra: dict[str, Any]) -> None:
    """httpx would send NaN as the invalid JSON token NaN, and fail on an object with the body in its frames."""
    recorder = Recorder(ok({}))
    cf = make_client(mode, recorder)
    method = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash", **extra}}
    with pytest.raises(ValueError, match="not valid JSON") as caught:
        run(cf.orders.pay("session_1", method))
    assert caught.value.__context__ is None
    assert recorder.requests == []
