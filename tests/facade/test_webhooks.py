"""Webhook verification: HMAC over timestamp + raw body, constant-time, with a timestamp tolerance."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any

import pytest

from cashfree_facade import CashfreeError, Payment, Refund, WebhookEvent, WebhookVerificationError, webhooks
from cashfree_openapi.models import (
    ErrorDetails,
    PaymentGatewayDetails,
    PaymentMethodCardInPaymentsEntity,
    PaymentMethodUPIInPaymentsEntity,
    PaymentWebhookCustomerDetails,
)
from tests.support.fields import present
from tests.support.mock_transport import CLIENT_SECRET, Recorder, make_client, ok
from tests.support.spec import SPEC

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
    assert isinstance(event, webhooks.PaymentWebhookEvent)
    assert isinstance(event, WebhookEvent)
    assert event.type == "PAYMENT_SUCCESS_WEBHOOK"
    assert event.payment.payment_status == "SUCCESS"
    assert event.payment.order_id == "order_1"  # the webhook's payment has none: data.order's is filled in
    assert event.order.order_id == "order_1"
    assert event.order.amount == Decimal("10.34")
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
    assert (event.idempotency_key, event.attempt, event.version) == (None, None, None)


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


# A payment webhook as Cashfree's documentation shows one (a card payment that failed).
FAILED_CARD = {
    "data": {
        "order": {"order_id": "order_OFR_2", "order_amount": 2.00, "order_currency": "INR", "order_tags": None},
        "payment": {
            "cf_payment_id": "975677946",
            "payment_status": "FAILED",
            "payment_amount": 2.00,
            "payment_currency": "INR",
            "payment_message": "Transaction declined due to risk - Amount less than minimum amount",
            "payment_time": "2022-12-15T12:43:37+05:30",
            "bank_reference": None,
            "auth_id": None,
            "payment_method": {
                "card": {
                    "channel": None,
                    "card_number": "XXXXXXXXXXXX1111",
                    "card_network": "visa",
                    "card_type": "credit_card",
                    "card_sub_type": "R",
                    "card_country": "IN",
                    "card_bank_name": "TEST Bank",
                    "card_network_reference_id": None,
                }
            },
            "payment_group": "credit_card",
        },
        "customer_details": {
            "customer_name": None,
            "customer_id": "7112AAA812234",
            "customer_email": None,
            "customer_phone": "9908734801",
        },
        "error_details": {
            "error_code": "TRANSACTION_DECLINED",
            "error_description": "Transaction declined due to risk - Amount less than minimum amount",
            "error_reason": "amount_limit_exceeded",
            "error_source": "cashfree",
            "error_code_raw": None,
            "error_description_raw": None,
            "error_subcode_raw": None,
        },
        "payment_gateway_details": {
            "gateway_name": "CASHFREE",
            "gateway_order_id": None,
            "gateway_payment_id": None,
            "gateway_status_code": None,
            "gateway_order_reference_id": None,
            "gateway_settlement": "CASHFREE",
        },
        "payment_offers": None,
    },
    "event_time": "2022-12-15T12:43:41+05:30",
    "type": "PAYMENT_FAILED_WEBHOOK",
}


def _verify(event: dict[str, Any], **headers: str) -> WebhookEvent:
    body = json.dumps(event).encode()
    signed = webhooks.signed_headers(body, secret=CLIENT_SECRET, timestamp=int(TIMESTAMP))
    return webhooks.verify(body, {**signed, **headers}, secret=CLIENT_SECRET, now=lambda: NOW)


def test_payment_event_is_typed() -> None:
    event = _verify(FAILED_CARD, **{"x-idempotency-key": "key-1", "x-webhook-attempt": "3"})
    assert isinstance(event, webhooks.PaymentWebhookEvent)
    assert (event.idempotency_key, event.attempt, event.version) == ("key-1", 3, webhooks.WEBHOOK_VERSION)
    payment = event.payment
    assert isinstance(payment, Payment)
    assert payment.amount == Decimal("2.00")
    assert payment.payment_method_name == "card"
    assert isinstance(payment.payment_method, PaymentMethodCardInPaymentsEntity)
    assert payment.payment_method.card.card_number == "XXXXXXXXXXXX1111"
    assert present(payment.payment_message).startswith("Transaction declined")
    assert payment.request_id is None
    assert isinstance(event.order, webhooks.WebhookOrder)
    assert (event.order.order_id, event.order.amount, event.order.order_currency) == (
        "order_OFR_2",
        Decimal("2"),
        "INR",
    )
    assert event.order.order_tags is None
    assert isinstance(event.customer_details, PaymentWebhookCustomerDetails)
    assert event.customer_details.customer_id == "7112AAA812234"
    assert isinstance(event.error_details, ErrorDetails)
    assert event.error_details.error_code == "TRANSACTION_DECLINED"
    assert isinstance(event.payment_gateway_details, PaymentGatewayDetails)
    assert event.payment_gateway_details.gateway_name == "CASHFREE"
    assert event.payment_offers is None
    assert event.raw == FAILED_CARD
    shown = repr(event)
    assert shown.startswith("PaymentWebhookEvent(type='PAYMENT_FAILED_WEBHOOK', ")
    assert "order_id='order_OFR_2'" in shown
    assert " raw=" not in shown
    assert " data=" not in shown
    assert "9908734801" not in shown  # the customer's phone stays out of logs
    assert "Unset" not in shown


def test_payment_event_without_optional_parts() -> None:
    data = {
        "order": {"order_id": "o-9", "order_amount": 170.00, "order_currency": "INR", "order_tags": {"k": "v"}},
        "payment": {
            "cf_payment_id": "5",
            "order_id": "o-9",
            "payment_status": "USER_DROPPED",
            "payment_amount": 170.0,
            "payment_method": {"upi": {"channel": "collect", "upi_id": "testuserdropped@gocash"}},
            "payment_group": "upi",
            "a_new_field": 1,
        },
        "payment_offers": [{"offer_id": "x"}, "junk"],
    }
    event = _verify({"data": data, "type": "PAYMENT_USER_DROPPED_WEBHOOK"})
    assert isinstance(event, webhooks.PaymentWebhookEvent)
    assert event.event_time is None
    assert present(event.order.order_tags).to_dict() == {"k": "v"}
    assert event.order.amount == Decimal("170.0")
    assert isinstance(event.payment.payment_method, PaymentMethodUPIInPaymentsEntity)
    assert event.payment.additional_properties == {"a_new_field": 1}
    assert event.customer_details is None
    assert event.error_details is None
    assert event.payment_gateway_details is None
    assert event.payment_offers == [{"offer_id": "x"}]


def test_unknown_event_types_are_generic_events() -> None:
    for event_json in (
        {"data": {"settlement": {"id": 1}}, "type": "SETTLEMENT_WEBHOOK", "event_time": "t"},
        {"data": "odd", "type": "SOMETHING_NEW"},
        {"no": "type"},
    ):
        event = _verify(event_json, **{"x-webhook-attempt": "not a number"})
        assert type(event) is WebhookEvent
        assert event.raw == event_json
        assert event.attempt is None
        assert event.idempotency_key


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("not an object", "data of a PAYMENT_SUCCESS_WEBHOOK is not a JSON object"),
        ({"payment": {"cf_payment_id": "1", "payment_status": "SUCCESS"}}, "data.order is not a JSON object"),
        ({"order": {"order_id": "o"}}, "data.payment is not a JSON object"),
        ({"order": {"order_amount": 1}, "payment": {}}, "data.order cannot be read"),
        ({"order": {"order_id": "o"}, "payment": {"cf_payment_id": "1"}}, "data.payment cannot be read"),
        (
            {
                "order": {"order_id": "o"},
                "payment": {"cf_payment_id": "1", "payment_status": "SUCCESS"},
                "error_details": 5,
            },
            "data.error_details is not a JSON object",
        ),
    ],
)
def test_payment_events_that_cannot_be_read_are_refused(data: Any, message: str) -> None:
    with pytest.raises(WebhookVerificationError, match=message):
        _verify({"data": data, "type": "PAYMENT_SUCCESS_WEBHOOK"})


def test_signed_headers_are_what_cashfree_sends() -> None:
    headers = webhooks.signed_headers(BODY, secret=CLIENT_SECRET, timestamp=int(TIMESTAMP), attempt=2)
    assert headers["x-webhook-signature"] == _sign()
    assert headers["x-webhook-timestamp"] == TIMESTAMP
    assert headers["x-webhook-attempt"] == "2"
    assert headers["x-webhook-version"] == "2025-01-01"
    assert headers["content-type"] == "application/json"
    again = webhooks.signed_headers(BODY.decode(), secret=CLIENT_SECRET, timestamp=int(TIMESTAMP))
    assert again["x-webhook-signature"] == headers["x-webhook-signature"]
    assert again["x-idempotency-key"] != headers["x-idempotency-key"]
    fixed = webhooks.signed_headers(BODY, secret=CLIENT_SECRET, idempotency_key="k")
    assert fixed["x-idempotency-key"] == "k"
    assert webhooks.verify(BODY, fixed, secret=CLIENT_SECRET).idempotency_key == "k"  # now-stamped: verifies now
    with pytest.raises(ValueError, match="secret"):
        webhooks.signed_headers(BODY, secret="")
    with pytest.raises(ValueError, match="attempt"):
        webhooks.signed_headers(BODY, secret=CLIENT_SECRET, attempt=0)


def _spec_examples() -> list[tuple[str, str, dict[str, Any]]]:
    examples = []
    for kind, item in SPEC["webhooks"].items():
        for name, example in item["post"]["requestBody"]["content"]["application/json"]["examples"].items():
            examples.append((kind, name, example["value"]))
    return examples


@pytest.mark.parametrize(("kind", "name", "body"), _spec_examples())
def test_every_example_of_the_spec_parses_typed(kind: str, name: str, body: dict[str, Any]) -> None:
    event = _verify(body)
    assert event.type == kind
    if kind == "REFUND_STATUS_WEBHOOK":
        assert isinstance(event, webhooks.RefundWebhookEvent)
        assert event.refund.refund_id == body["data"]["refund"]["refund_id"]
        assert event.amount == Decimal(str(body["data"]["refund"]["refund_amount"]))
    else:
        assert isinstance(event, webhooks.PaymentWebhookEvent)
        assert event.payment.cf_payment_id == body["data"]["payment"]["cf_payment_id"]
        assert event.payment.payment_method_name == next(iter(body["data"]["payment"]["payment_method"]))
        assert event.order.amount == Decimal(str(body["data"]["order"]["order_amount"]))


def test_refund_event_is_typed() -> None:
    refund = {
        "cf_refund_id": "1553338",
        "cf_payment_id": "12376123",
        "order_id": "order_8123",
        "refund_id": "refund_00911",
        "refund_amount": 5.01,
        "refund_status": "SUCCESS",
        "refund_arn": "RF2312981231",
        "processed_at": "2021-07-25T12:57:52+05:30",
        "a_field_added_later": True,
    }
    event = _verify({"data": {"refund": refund}, "event_time": "t", "type": "REFUND_STATUS_WEBHOOK"})
    assert isinstance(event, webhooks.RefundWebhookEvent)
    assert isinstance(event.refund, Refund)  # the client's own result class, as cf.refunds.get answers
    assert (event.refund.refund_id, event.refund.refund_status, event.refund.refund_arn) == (
        "refund_00911",
        "SUCCESS",
        "RF2312981231",
    )
    assert event.amount == Decimal("5.01")
    assert event.refund.additional_properties == {"a_field_added_later": True}
    assert repr(event).startswith("RefundWebhookEvent(type='REFUND_STATUS_WEBHOOK', ")
    for data, message in (
        ({}, "data.refund is not a JSON object"),
        ({"refund": {"refund_id": "r"}}, "data.refund cannot be read"),
    ):
        with pytest.raises(WebhookVerificationError, match=message):
            _verify({"data": data, "type": "REFUND_STATUS_WEBHOOK"})
