"""Results: typed, forward compatible (new fields, new enum values, nulls), the right payment variant."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from cashfree_facade import Payment
from cashfree_facade._models import parse_order, parse_pay_result, parse_payment
from cashfree_openapi.models import (
    CardPaymentDetails,
    OrderStatus,
    PaymentMethodAppInPaymentsEntity,
    PaymentMethodBanktransferInPaymentsEntity,
    PaymentMethodCardEMIInPaymentsEntity,
    PaymentMethodCardInPaymentsEntity,
    PaymentMethodCardlessEMIInPaymentsEntity,
    PaymentMethodNetbankingInPaymentsEntity,
    PaymentMethodPaylaterInPaymentsEntity,
    PaymentMethodUPIInPaymentsEntity,
)
from tests.support.fields import present
from tests.support.spec import example

PAYMENT: dict[str, Any] = {"cf_payment_id": "1", "order_id": "o1", "payment_status": "SUCCESS"}
# What every pay response carries (the spec's PayOrderEntity.required).
PAY_RESULT: dict[str, Any] = {
    "cf_payment_id": "91235",
    "payment_amount": 22.42,
    "payment_method": "upi",
    "channel": "collect",
    "action": "custom",
    "data": {},
}


@pytest.mark.parametrize(
    ("method", "variant"),
    [
        ({"card": {"channel": "link", "card_number": "XXXX1111"}}, PaymentMethodCardInPaymentsEntity),
        ({"emi": {"channel": "link", "emi_tenure": 3, "emi_details": None}}, PaymentMethodCardEMIInPaymentsEntity),
        ({"netbanking": {"netbanking_bank_code": 3333}}, PaymentMethodNetbankingInPaymentsEntity),
        ({"upi": {"channel": "collect", "upi_id": "x@y"}}, PaymentMethodUPIInPaymentsEntity),
        ({"app": {"provider": "paytm", "phone": "9898989898"}}, PaymentMethodAppInPaymentsEntity),
        ({"cardless_emi": {"provider": "flexmoney"}}, PaymentMethodCardlessEMIInPaymentsEntity),
        ({"paylater": {"provider": "simpl"}}, PaymentMethodPaylaterInPaymentsEntity),
        ({"banktransfer": {"banktransfer_ifsc": "X"}}, PaymentMethodBanktransferInPaymentsEntity),
        ({"upi": {}}, PaymentMethodUPIInPaymentsEntity),
    ],
)
def test_payment_method_is_the_variant_its_key_names(method: dict[str, Any], variant: type) -> None:
    payment = parse_payment({**PAYMENT, "payment_method": method}, "r")
    assert isinstance(payment.payment_method, variant)
    assert payment.payment_method_name == next(iter(method))
    assert "payment_method" not in payment.additional_properties


def test_upi_payment_with_card_like_fields_is_still_upi() -> None:
    # The generated parser tries `card` first; dispatch on the key never does.
    payment = parse_payment({**PAYMENT, "payment_method": {"upi": {"channel": "collect", "card_number": "x"}}}, None)
    assert isinstance(payment.payment_method, PaymentMethodUPIInPaymentsEntity)
    assert payment.payment_method.upi.additional_properties == {"card_number": "x"}


@pytest.mark.parametrize(
    "method",
    [
        {"crypto_wallet": {"channel": "link", "coin": "btc"}},
        {"upi": "not an object"},
        {"upi": {}, "card": {}},
        "upi",
        [],
    ],
)
def test_unknown_or_odd_payment_method_is_kept_raw(method: Any) -> None:
    payment = parse_payment({**PAYMENT, "payment_method": method}, None)
    assert payment.payment_method is None
    assert payment.additional_properties["payment_method"] == method
    assert payment.to_dict()["payment_method"] == method


def test_null_and_missing_payment_method_read_the_same() -> None:
    nulled = parse_payment({**PAYMENT, "payment_method": None}, None)
    missing = parse_payment(PAYMENT, None)
    assert nulled.payment_method is None
    assert missing.payment_method is None
    assert nulled.to_dict() == missing.to_dict()
    assert "payment_method" not in missing.additional_properties


def test_fields_left_out_read_as_null_and_required_ones_are_exact() -> None:
    payment = parse_payment(PAYMENT, None)
    assert payment.bank_reference is None
    assert payment.error_details is None
    assert payment.to_dict()["bank_reference"] is None
    pay = parse_pay_result(PAY_RESULT, None)
    assert pay.cf_payment_id == "91235"
    for name in ("cf_payment_id", "action"):
        with pytest.raises(KeyError):  # the client turns it into APIResponseValidationError
            parse_pay_result({key: value for key, value in PAY_RESULT.items() if key != name}, None)


def test_unknown_fields_enum_values_and_nulls_are_tolerated(spec: dict[str, Any]) -> None:
    data = copy.deepcopy(example(spec, "/orders/{order_id}/payments/{cf_payment_id}", "get", "upi"))
    data["payment_status"] = "PARTIALLY_REFUNDED"
    data["payment_group"] = "crypto"
    data["brand_new_field"] = {"nested": [1, 2]}
    data["authorization"] = None
    data["error_details"] = None
    data["bank_reference"] = None
    data["payment_amount"] = None
    payment = parse_payment(data, "r")
    assert payment.payment_status == "PARTIALLY_REFUNDED"
    assert payment.payment_group == "crypto"
    assert payment.additional_properties["brand_new_field"] == {"nested": [1, 2]}
    assert payment.authorization is None
    assert payment.amount is None
    assert payment.order_amount_decimal == Decimal("10.01")


def test_integer_ids_become_strings(spec: dict[str, Any]) -> None:
    order_data = dict(example(spec, "/orders", "post", "created"), cf_order_id=2149460581)
    order = parse_order(order_data, None)
    assert order.cf_order_id == "2149460581"
    assert parse_payment({**PAYMENT, "cf_payment_id": 12376123}, None).cf_payment_id == "12376123"
    assert parse_pay_result({**PAY_RESULT, "cf_payment_id": 91235}, None).cf_payment_id == "91235"


def test_order_status_enum_and_unknown_status(spec: dict[str, Any]) -> None:
    data = example(spec, "/orders", "post", "created")
    assert parse_order(data, None).order_status == OrderStatus.ACTIVE
    assert parse_order(dict(data, order_status="ON_HOLD"), None).order_status == "ON_HOLD"


def test_amounts_are_exact_decimals() -> None:
    payment = parse_payment({**PAYMENT, "payment_amount": 0.1 + 0.2 - 0.3 + 10.35, "order_amount": 10.35}, None)
    assert payment.order_amount_decimal == Decimal("10.35")
    order_like = parse_pay_result(PAY_RESULT, None)
    assert order_like.amount == Decimal("22.42")


def test_reprs_are_compact_and_round_trip(spec: dict[str, Any]) -> None:
    data = example(spec, "/orders/sessions/authorize", "post", "authorised")
    payment = parse_payment(data, "req_1")
    text = repr(payment)
    assert text.startswith("Payment(cf_payment_id='4304193706'")
    assert "Unset" not in text
    assert "=None" not in text  # null and absent fields are left out
    assert "request_id='req_1'" in text
    assert "payment_status='SUCCESS'" in text
    assert isinstance(payment, Payment)
    assert isinstance(payment.payment_method, PaymentMethodCardInPaymentsEntity)
    assert isinstance(payment.payment_method.card, CardPaymentDetails)
    assert payment.to_dict() == data


def test_a_nested_list_that_does_not_fit_its_model_is_an_error(spec: dict[str, Any]) -> None:
    data = copy.deepcopy(example(spec, "/orders", "post", "created"))
    data["products"] = {"one_click_checkout": {"enabled": True, "conditions": ["text"]}}
    with pytest.raises(TypeError, match="conditions"):  # the client raises APIResponseValidationError
        parse_order(data, None)
    data["products"] = {"one_click_checkout": {"enabled": True, "conditions": [{"key": "k", "values": ["v"]}]}}
    (condition,) = present(present(present(parse_order(data, None).products).one_click_checkout).conditions)
    assert condition.key == "k"
    assert condition.action is None  # left out: null


def test_required_amounts_are_decimals_and_a_result_without_one_is_refused(spec: dict[str, Any]) -> None:
    order_data = example(spec, "/orders", "post", "created")
    assert parse_order(order_data, None).amount == Decimal("22")
    assert parse_pay_result(PAY_RESULT, None).amount == Decimal("22.42")
    bad: object
    for bad in (None, "twenty", [], True):
        with pytest.raises(TypeError, match="order_amount: not a number"):
            parse_order({**order_data, "order_amount": bad}, None)
        with pytest.raises(TypeError, match="payment_amount: not a number"):
            parse_pay_result({**PAY_RESULT, "payment_amount": bad}, None)


ORDER_FIELDS = {
    "cf_order_id": "1",
    "order_id": "o",
    "entity": "order",
    "order_currency": "INR",
    "order_amount": 10.34,
    "order_status": "ACTIVE",
    "payment_session_id": "s",
    "created_at": "2026-12-02T09:58:17+05:30",
}


@pytest.mark.parametrize(
    "products",
    [
        {"verify_pay": {"conditions": ["not an object"]}},  # two models down
        {"verify_pay": {"conditions": [{"key": "k"}, 7]}},
    ],
)
def test_a_list_of_models_deep_in_a_result_with_an_odd_item_is_refused(products: Any) -> None:
    # The walk that finds it looks only into the fields that can hold such a list: still all the way down.
    with pytest.raises(TypeError, match="conditions: a list item is not an object"):
        parse_order({**ORDER_FIELDS, "products": products}, None)


def test_a_deep_list_of_models_that_is_well_formed_is_read() -> None:
    order = parse_order({**ORDER_FIELDS, "products": {"verify_pay": {"conditions": [{"key": "k"}]}}}, None)
    assert order.products is not None
    assert order.products.verify_pay is not None
    assert order.products.verify_pay.conditions is not None
    assert [condition.key for condition in order.products.verify_pay.conditions] == ["k"]
