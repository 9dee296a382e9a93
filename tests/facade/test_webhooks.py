"""Webhook verification: HMAC over timestamp + raw body, constant-time, with a timestamp tolerance."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest

from cashfree_facade import CashfreeError, WebhookEvent, WebhookVerificationError, webhooks
from tests.support.mock_transport import CLIENT_SECRET, Recorder, make_client, ok

NOW = 1_760_000_000.0
TIMESTAMP = str(int(NOW * 1000))
BODY = json.dumps(
    {
        "data": {
            "order": {"order_id": "order_1", "order_amount": 10.34},
            "payment": {"cf_payment_id": "123", "payment_status": "SUCCESS"},
        },
        "event_time": "2025-10-09T12:00:00+05:30",
        "type": "PAYMENT_SUCCESS_WEBHOOK",
    }
).encode()


def _sign(body: bytes = BODY, timestamp: str = TIMESTAMP, secret: str = CLIENT_SECRET) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _headers(signature: str | None = None, timestamp: str = TIMESTAMP) -> dict[str, str]:
    return {
        "X-Webhook-Signature": signature if signature is not None else _sign(timestamp=timestamp),
        "X-Webhook-Timestamp": timestamp,
        "x-webhook-version": "2025-01-01",
    }


def test_valid_webhook_returns_the_event() -> None:
    event = webhooks.verify(BODY, _headers(), secret=CLIENT_SECRET, now=lambda: NOW)
    assert isinstance(event, WebhookEvent)
    assert event.type == "PAYMENT_SUCCESS_WEBHOOK"
    assert event.payment["payment_status"] == "SUCCESS"
    assert event.order["order_id"] == "order_1"
    assert event.timestamp == int(TIMESTAMP)
    assert event.event_time == "2025-10-09T12:00:00+05:30"
    assert webhooks.compute_signature(BODY, TIMESTAMP, CLIENT_SECRET) == _sign()


def test_client_verifies_with_its_own_secret() -> None:
    cf = make_client("sync", Recorder(ok({})))
    event = cf.webhooks.verify(BODY, _headers(), now=lambda: NOW)
    assert event.type == "PAYMENT_SUCCESS_WEBHOOK"
    assert CLIENT_SECRET not in repr(cf.webhooks)


def test_explicit_signature_and_timestamp_and_str_body() -> None:
    event = webhooks.verify(
        BODY.decode(), secret=CLIENT_SECRET, signature=_sign(), timestamp=TIMESTAMP, now=lambda: NOW
    )
    assert event.data["payment"]["cf_payment_id"] == "123"


@pytest.mark.parametrize(
    ("body", "headers", "message"),
    [
        (BODY, {**_headers(), "X-Webhook-Signature": _sign(secret="other")}, "does not match"),
        (BODY + b" ", _headers(), "does not match"),
        (BODY, {"X-Webhook-Timestamp": TIMESTAMP}, "missing x-webhook-signature"),
        (BODY, {"X-Webhook-Signature": _sign()}, "missing x-webhook-timestamp"),
        (BODY, {**_headers(), "X-Webhook-Signature": "not base64 at all ☃"}, "does not match"),
    ],
)
def test_bad_webhooks_are_refused(body: bytes, headers: dict[str, str], message: str) -> None:
    with pytest.raises(WebhookVerificationError, match=message) as caught:
        webhooks.verify(body, headers, secret=CLIENT_SECRET, now=lambda: NOW)
    assert isinstance(caught.value, CashfreeError)
    assert CLIENT_SECRET not in str(caught.value)
    assert _sign() not in str(caught.value)


@pytest.mark.parametrize(("offset", "ok_"), [(0, True), (299, True), (-299, True), (301, False), (-301, False)])
def test_timestamp_tolerance(offset: float, ok_: bool) -> None:
    def clock() -> float:
        return NOW + offset

    if ok_:
        webhooks.verify(BODY, _headers(), secret=CLIENT_SECRET, now=clock)
    else:
        with pytest.raises(WebhookVerificationError, match="tolerance 300 s"):
            webhooks.verify(BODY, _headers(), secret=CLIENT_SECRET, now=clock)


def test_tolerance_is_configurable_and_seconds_timestamps_work() -> None:
    with pytest.raises(WebhookVerificationError, match="old"):
        webhooks.verify(BODY, _headers(), secret=CLIENT_SECRET, now=lambda: NOW + 11, tolerance=10)
    seconds = str(int(NOW))
    webhooks.verify(BODY, _headers(timestamp=seconds), secret=CLIENT_SECRET, now=lambda: NOW + 100, tolerance=120)
    with pytest.raises(ValueError, match="tolerance"):
        webhooks.verify(BODY, _headers(), secret=CLIENT_SECRET, tolerance=-1)


def test_signed_garbage_is_refused_after_the_signature_check() -> None:
    for body, message in ((b"not json", "not JSON"), (b"[1, 2]", "not a JSON object")):
        headers = {"x-webhook-signature": _sign(body), "x-webhook-timestamp": TIMESTAMP}
        with pytest.raises(WebhookVerificationError, match=message):
            webhooks.verify(body, headers, secret=CLIENT_SECRET, now=lambda: NOW)
    bad_stamp = {"x-webhook-signature": _sign(timestamp="abc"), "x-webhook-timestamp": "abc"}
    with pytest.raises(WebhookVerificationError, match="not an integer"):
        webhooks.verify(BODY, bad_stamp, secret=CLIENT_SECRET, now=lambda: NOW)


def test_no_secret_is_an_error() -> None:
    cf = make_client("sync", Recorder(ok({})), client_secret=None)
    with pytest.raises(WebhookVerificationError, match="no client secret"):
        cf.webhooks.verify(BODY, _headers(), now=lambda: NOW)
