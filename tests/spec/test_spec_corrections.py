"""Spec 2's corrections: requests the real API takes that spec 1 refused, one test per correction.

Each is built from Cashfree's official example or enum value (the official OpenAPI file and docs,
as `shared/notes/` and the issue record them); the simulator's side is tests/mock/test_spec_corrections.py.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from cashfree_openapi.models import (
    AuthorizationDataTransactionType,
    CardBankName,
    CreateOrderRequest,
    CustomerDetails,
    PaymentChannel,
    PayOrderData,
    PayOrderEntity,
    UpiChannel,
)

SPEC_URI = "urn:cashfree-pg-spec"


def _valid(spec: dict[str, Any], schema: str, instance: Any) -> bool:
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    validator = jsonschema.Draft202012Validator({"$ref": f"{SPEC_URI}#/components/schemas/{schema}"}, registry=registry)
    return bool(validator.is_valid(instance))


def _request_example(spec: dict[str, Any], path: str, name: str) -> Any:
    body = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    return copy.deepcopy(body["examples"][name]["value"])


OFFICIAL_TRANSACTION_TYPES = ["ALT_ID", "TOKEN", "APPLE_PAY"]
OFFICIAL_PLAIN_CARD_BANKS = ["Kotak", "ICICI", "RBL", "BOB", "Standard Chartered"]
# The fields every pay response carries (the spec's PayOrderEntity.required).
PAY_RESULT: dict[str, Any] = {
    "cf_payment_id": "1",
    "payment_amount": 1,
    "payment_method": "upi",
    "channel": "link",
    "action": "custom",
    "data": {},
}


@pytest.mark.parametrize("transaction_type", OFFICIAL_TRANSACTION_TYPES)
def test_authorization_data_takes_the_official_transaction_types(spec: dict[str, Any], transaction_type: str) -> None:
    request = _request_example(spec, "/orders/sessions/authorize", "token")
    request["authorization_data"]["transaction_type"] = transaction_type
    assert _valid(spec, "AuthorizeSessionRequest", request)
    assert AuthorizationDataTransactionType(transaction_type).value == transaction_type


def test_authorization_data_has_no_card_transaction_type(spec: dict[str, Any]) -> None:
    request = _request_example(spec, "/orders/sessions/authorize", "token")
    request["authorization_data"]["transaction_type"] = "CARD"
    assert not _valid(spec, "AuthorizeSessionRequest", request)
    assert sorted(item.value for item in AuthorizationDataTransactionType) == sorted(OFFICIAL_TRANSACTION_TYPES)


def test_the_official_payment_methods_filters_example_is_a_valid_order(spec: dict[str, Any]) -> None:
    order = _request_example(spec, "/orders", "payment_methods_filters")
    filters = order["order_meta"]["payment_methods_filters"]["filters"]
    assert filters["card_bins"] == [441144, 554455]
    assert filters["card_emi_tenure"] == 6
    assert _valid(spec, "CreateOrderRequest", order)
    # The generated request model carries the numbers as numbers.
    assert CreateOrderRequest.from_dict(order).to_dict() == order


@pytest.mark.parametrize(
    ("field", "spec_1_shape"),
    [
        ("card_bins", ["441144"]),
        ("card_emi_bins", ["441144"]),
        ("card_suffix", ["4433"]),
        ("card_emi_suffix", ["4433"]),
        ("card_emi_tenure", [6]),
    ],
)
def test_card_filters_are_numbers_not_strings(spec: dict[str, Any], field: str, spec_1_shape: Any) -> None:
    order = _request_example(spec, "/orders", "payment_methods_filters")
    order["order_meta"]["payment_methods_filters"]["filters"][field] = spec_1_shape
    assert not _valid(spec, "CreateOrderRequest", order)


@pytest.mark.parametrize(("tenure", "ok"), [(2, False), (3, True), (36, True), (37, False)])
def test_card_emi_tenure_is_three_to_thirty_six_months(spec: dict[str, Any], tenure: int, ok: bool) -> None:
    assert _valid(spec, "CardFilters", {"card_emi_tenure": tenure}) is ok


def test_upi_takes_pod_qr_code_in_the_request(spec: dict[str, Any]) -> None:
    request = _request_example(spec, "/orders/sessions", "upi_pod_qrcode")
    assert request["payment_method"]["upi"]["channel"] == "podQrCode"
    assert _valid(spec, "PayOrderRequest", request)
    assert UpiChannel("podQrCode") is UpiChannel.PODQRCODE


def test_the_pay_response_names_pod_qr_code_as_a_known_channel() -> None:
    # A known value parses to the enum member, not to the bare string kept for unknown values.
    pay = PayOrderEntity.from_dict({**PAY_RESULT, "channel": "podQrCode", "action": "custom"})
    assert pay.channel is PaymentChannel.PODQRCODE


@pytest.mark.parametrize("bank", OFFICIAL_PLAIN_CARD_BANKS)
def test_a_plain_card_takes_the_official_bank_names(spec: dict[str, Any], bank: str) -> None:
    card = {"card": {"channel": "link", "card_number": "4111111111111111", "card_bank_name": bank, "emi_tenure": 3}}
    assert _valid(spec, "PayOrderPaymentMethod", card)
    assert CardBankName(bank).value == bank


def test_a_card_emi_keeps_its_lower_case_bank_names(spec: dict[str, Any]) -> None:
    assert sorted(item.value for item in CardBankName) == sorted(OFFICIAL_PLAIN_CARD_BANKS)
    assert _valid(spec, "CardEMIBank", "kotak")
    assert not _valid(spec, "CardEMIBank", "Kotak")


@pytest.mark.parametrize("otp", ["", "resend", "0"])
def test_resend_otp_does_not_check_the_otp(spec: dict[str, Any], otp: str) -> None:
    # The official request model requires `otp` with either action, so a resend carries some value.
    assert _valid(spec, "AuthenticatePaymentRequest", {"action": "RESEND_OTP", "otp": otp})
    assert not _valid(spec, "AuthenticatePaymentRequest", {"action": "SUBMIT_OTP", "otp": otp})


def test_submit_otp_still_checks_the_otp(spec: dict[str, Any]) -> None:
    assert _valid(spec, "AuthenticatePaymentRequest", {"action": "SUBMIT_OTP", "otp": "111000"})
    assert not _valid(spec, "AuthenticatePaymentRequest", {"action": "SUBMIT_OTP", "otp": "1110001112"})


@pytest.mark.parametrize(
    ("header", "official_example"),
    [("RateLimitLimit", 200), ("RateLimitRemaining", 2), ("RateLimitRetry", 4), ("RateLimitType", "ip")],
)
def test_rate_limit_headers_have_the_official_types(spec: dict[str, Any], header: str, official_example: Any) -> None:
    schema = spec["components"]["headers"][header]["schema"]
    assert jsonschema.Draft202012Validator(schema).is_valid(official_example)


def test_rate_limit_type_is_app_id_or_ip(spec: dict[str, Any]) -> None:
    schema = spec["components"]["headers"]["RateLimitType"]["schema"]
    assert schema["enum"] == ["app_id", "ip"]
    for header in ("RateLimitLimit", "RateLimitRemaining", "RateLimitRetry"):
        assert spec["components"]["headers"][header]["schema"]["type"] == "integer", header


def test_the_pay_response_data_has_redirect_to_bank(spec: dict[str, Any]) -> None:
    assert "redirect_to_bank" in spec["components"]["schemas"]["PayOrderData"]["properties"]
    data = {"url": "https://bank.example/pay", "payload": None, "content_type": None, "method": "get"}
    pay = PayOrderEntity.from_dict({**PAY_RESULT, "data": {**data, "redirect_to_bank": True}})
    assert isinstance(pay.data, PayOrderData)
    assert pay.data.redirect_to_bank is True
    assert "redirect_to_bank" not in pay.data.additional_properties


def test_the_request_customer_has_customer_uid(spec: dict[str, Any]) -> None:
    uid = spec["components"]["schemas"]["CustomerDetails"]["example"]["customer_uid"]
    assert uid == "54deabb4-ba45-4a60-9e6a-9c016fe7ab10"  # the official CustomerDetails example
    customer = CustomerDetails.from_dict(
        {"customer_id": "7112AAA812234", "customer_phone": "9898989898", "customer_uid": uid}
    )
    assert customer.customer_uid == uid
    assert customer.additional_properties == {}
