"""The generated client parses every example response on the seed pages into typed objects."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cashfree_openapi import API_VERSION, AuthenticatedClient
from cashfree_openapi.api.orders import create_order, get_order, terminate_order
from cashfree_openapi.api.payments import (
    authenticate_payment,
    authorize_session,
    get_payment,
    get_payments_for_order,
    pay_order,
    preauthorize_order,
)
from cashfree_openapi.api.refunds import create_refund, get_refund, get_refunds_for_order
from cashfree_openapi.models import (
    AuthenticatePaymentEntity,
    AuthenticatePaymentRequest,
    AuthorizeOrderRequest,
    AuthorizeSessionRequest,
    CardPaymentDetails,
    CreateOrderRequest,
    CreateRefundRequest,
    ErrorResponse,
    OrderEntity,
    OrderStatus,
    PaymentEntity,
    PaymentMethodCardInPaymentsEntity,
    PaymentMethodUPIInPaymentsEntity,
    PaymentStatus,
    PayOrderEntity,
    PayOrderRequest,
    RefundEntity,
    RefundSpeed,
    RefundStatus,
    RefundType,
    TerminateOrderRequest,
    UPIPaymentDetails,
)
from tests.support.fields import without_nulls
from tests.support.spec import example


def _client(status: int, body: Any) -> tuple[AuthenticatedClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=body)

    # The token never goes out: the transport set below replaces the client that would send it.
    client = AuthenticatedClient(base_url="https://sandbox.cashfree.com/pg", token="unused")
    client.set_httpx_client(httpx.Client(base_url=client._base_url, transport=httpx.MockTransport(handler)))
    return client, seen


def test_create_order_example_parses(spec: dict[str, Any]) -> None:
    created = example(spec, "/orders", "post", "created")
    client, seen = _client(200, created)
    body = CreateOrderRequest.from_dict({"order_amount": 10.34, "order_currency": "INR"})
    order = create_order.sync(client=client, body=body, x_api_version=API_VERSION)
    assert isinstance(order, OrderEntity)
    assert order.cf_order_id == "2149460581"
    assert order.order_status == OrderStatus.ACTIVE
    assert order.terminal_data is None
    assert order.order_tags is not None
    assert order.order_tags.to_dict() == created["order_tags"]
    assert seen[0].headers["x-api-version"] == "2026-01-01"
    assert json.loads(seen[0].content) == {"order_amount": 10.34, "order_currency": "INR"}


def test_upi_payment_is_read_as_upi_and_card_as_card(spec: dict[str, Any]) -> None:
    upi, card = example(spec, "/orders/{order_id}/payments", "get", "two")
    client, _ = _client(200, [upi, card])
    payments = get_payments_for_order.sync("order_8123", client=client, x_api_version=API_VERSION)
    assert isinstance(payments, list)
    first, second = payments
    assert isinstance(first.payment_method, PaymentMethodUPIInPaymentsEntity)
    assert isinstance(first.payment_method.upi, UPIPaymentDetails)
    assert first.payment_method.upi.upi_id == "rohit@xcxcx"
    assert first.payment_status == PaymentStatus.SUCCESS
    assert isinstance(second.payment_method, PaymentMethodCardInPaymentsEntity)
    assert isinstance(second.payment_method.card, CardPaymentDetails)
    assert second.authorization is None
    assert second.payment_status == PaymentStatus.FAILED


@pytest.mark.parametrize(
    ("path", "method", "name", "call", "model"),
    [
        ("/orders/{order_id}/payments/{cf_payment_id}", "get", "upi", "get", PaymentEntity),
        ("/orders/{order_id}/authorization", "post", "captured", "capture", PaymentEntity),
        ("/orders/sessions/authorize", "post", "authorised", "authorize", PaymentEntity),
        ("/orders/sessions", "post", "card_link", "pay", PayOrderEntity),
        ("/orders/sessions", "post", "card_post", "pay", PayOrderEntity),
        ("/orders/pay/authenticate/{cf_payment_id}", "post", "wrong_otp", "otp", AuthenticatePaymentEntity),
    ],
)
def test_every_example_response_parses(
    spec: dict[str, Any], path: str, method: str, name: str, call: str, model: type[Any]
) -> None:
    answer = example(spec, path, method, name)
    client, _ = _client(200, answer)
    if call == "get":
        result: Any = get_payment.sync("order_8123", "12376123", client=client, x_api_version=API_VERSION)
    elif call == "capture":
        body = AuthorizeOrderRequest.from_dict({"action": "CAPTURE", "amount": 1})
        result = preauthorize_order.sync("order_8123", client=client, body=body, x_api_version=API_VERSION)
    elif call == "authorize":
        req = {"payment_session_id": "s", "authorization_data": {"transaction_type": "TOKEN"}}
        result = authorize_session.sync(
            client=client, body=AuthorizeSessionRequest.from_dict(req), x_api_version=API_VERSION
        )
    elif call == "pay":
        req = {"payment_session_id": "s", "payment_method": {"upi": {"channel": "link"}}}
        result = pay_order.sync(client=client, body=PayOrderRequest.from_dict(req), x_api_version=API_VERSION)
    else:
        body2 = AuthenticatePaymentRequest.from_dict({"action": "SUBMIT_OTP", "otp": "111000"})
        result = authenticate_payment.sync("975654863", client=client, body=body2, x_api_version=API_VERSION)
    assert isinstance(result, model)
    # Round trip: what was parsed serialises back to the example (a field left out comes back as null).
    assert without_nulls(result.to_dict()) == without_nulls(answer)


def test_error_body_parses(spec: dict[str, Any]) -> None:
    media = spec["components"]["responses"]["BadRequest"]["content"]["application/json"]
    error = media["examples"]["amount"]["value"]
    client, _ = _client(400, error)
    body = CreateOrderRequest.from_dict({"order_amount": 0.5, "order_currency": "INR"})
    result = create_order.sync(client=client, body=body, x_api_version=API_VERSION)
    assert isinstance(result, ErrorResponse)
    assert result.code == "order_amount_invalid"


@pytest.mark.parametrize(
    ("path", "method", "name", "call", "model"),
    [
        ("/orders/{order_id}", "get", "paid", "get_order", OrderEntity),
        ("/orders/{order_id}", "patch", "terminated", "terminate", OrderEntity),
        ("/orders/{order_id}/refunds", "post", "pending", "refund", RefundEntity),
        ("/orders/{order_id}/refunds/{refund_id}", "get", "processed", "get_refund", RefundEntity),
    ],
)
def test_every_lifecycle_example_response_parses(
    spec: dict[str, Any], path: str, method: str, name: str, call: str, model: type[OrderEntity | RefundEntity]
) -> None:
    answer = example(spec, path, method, name)
    client, seen = _client(200, answer)
    result: OrderEntity | RefundEntity | ErrorResponse | None
    if call == "get_order":
        result = get_order.sync("order_1", client=client, x_api_version=API_VERSION)
    elif call == "terminate":
        body = TerminateOrderRequest.from_dict({"order_status": "TERMINATED"})
        result = terminate_order.sync("order_1", client=client, body=body, x_api_version=API_VERSION)
    elif call == "refund":
        refund = CreateRefundRequest.from_dict({"refund_amount": 1.5, "refund_id": "refund_00912"})
        result = create_refund.sync("order_1", client=client, body=refund, x_api_version=API_VERSION)
    else:
        result = get_refund.sync("order_1", "refund_00911", client=client, x_api_version=API_VERSION)
    assert isinstance(result, model)
    assert without_nulls(result.to_dict()) == without_nulls(answer)
    assert seen[0].method == method.upper()


def test_refunds_of_an_order_parse_with_their_enums_and_nulls(spec: dict[str, Any]) -> None:
    client, seen = _client(200, example(spec, "/orders/{order_id}/refunds", "get", "two"))
    refunds = get_refunds_for_order.sync("order_8123", client=client, x_api_version=API_VERSION)
    assert isinstance(refunds, list)
    processed, pending = refunds
    assert processed.refund_status is RefundStatus.SUCCESS
    assert processed.refund_type is RefundType.MERCHANT_INITIATED
    assert processed.refund_arn == "RF2312981231"
    assert pending.refund_status is RefundStatus.PENDING
    assert pending.processed_at is None
    assert pending.refund_arn is None
    assert seen[0].url.path == "/pg/orders/order_8123/refunds"


def test_a_refund_request_serialises_what_the_api_takes() -> None:
    body = CreateRefundRequest.from_dict(
        {"refund_amount": 10, "refund_id": "r-1", "refund_speed": "INSTANT", "refund_splits": [{"vendor_id": "v"}]}
    )
    assert body.refund_speed is RefundSpeed.INSTANT
    assert body.to_dict() == {
        "refund_amount": 10,
        "refund_id": "r-1",
        "refund_speed": "INSTANT",
        "refund_splits": [{"vendor_id": "v"}],
    }
    with pytest.raises(ValueError, match="FAST"):
        CreateRefundRequest.from_dict({"refund_amount": 10, "refund_id": "r-1", "refund_speed": "FAST"})
