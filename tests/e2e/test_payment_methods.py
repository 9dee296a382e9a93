"""Every payment-method builder through ``orders.pay`` and on to ``payments.get``, sync and async.

Outcomes are the sandbox's: UPI collect settles by the payer VPA; link/intent/QR/wallet/... payments stay
PENDING until the customer's outcome is posted to the mock; native OTP cards succeed with 111000 and fail
after three wrong OTPs. The checks are what a merchant relies on: the variant and group of the payment,
its status and error code, the order's status, one payment per pay call, and what happens on a second pay.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from cashfree_facade import BadRequestError, OrderPayResult, Payment, PaymentList
from cashfree_facade import payment_methods as pm
from cashfree_openapi.models import (
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
from tests.support.harness import Harness
from tests.support.sandbox_data import CUSTOMER, OTHER_CUSTOMER, OTP_OK, PROVIDER_PHONE, TEST_CARDS

CARD = "4111111111111111"


class Case:
    """A builder, the order amount it needs, and what the payment must look like."""

    def __init__(
        self,
        name: str,
        build: Callable[[], pm.PaymentMethod],
        variant: type,
        group: str,
        action: str,
        amount: Decimal = Decimal("10.34"),
    ) -> None:
        self.name, self.build, self.variant, self.group, self.action, self.amount = (
            name,
            build,
            variant,
            group,
            action,
            amount,
        )

    def __repr__(self) -> str:
        return self.name


# Builders whose payment waits for the customer (bank page, UPI app, provider page, transfer).
PENDING_CASES = [
    Case(
        "card_link", lambda: pm.card(CARD, "03", "28", "123"), PaymentMethodCardInPaymentsEntity, "credit_card", "link"
    ),
    Case(
        "card_token",
        lambda: pm.card_token("4111111111111111", cryptogram="/wAAAAAAUSwFGXgAAAAAgPAAAA=", token_requestor_id="tr_1"),
        PaymentMethodCardInPaymentsEntity,
        "credit_card",
        "link",
    ),
    Case(
        "card_emi_debit",
        lambda: pm.card_emi("4706131211212123", "03", "28", "123", bank="kotak", tenure=6),
        PaymentMethodCardEMIInPaymentsEntity,
        "debit_card_emi",
        "link",
        Decimal(5000),
    ),
    Case(
        "netbanking_link",
        lambda: pm.netbanking(3333),
        PaymentMethodNetbankingInPaymentsEntity,
        "net_banking",
        "link",
    ),
    Case(
        "netbanking_post",
        lambda: pm.netbanking("3333", bank_name="TESTR", channel="post"),
        PaymentMethodNetbankingInPaymentsEntity,
        "net_banking",
        "form",
    ),
    Case("upi_intent", pm.upi_intent, PaymentMethodUPIInPaymentsEntity, "upi", "custom"),
    Case("upi_qrcode", pm.upi_qrcode, PaymentMethodUPIInPaymentsEntity, "upi", "custom"),
    Case(
        "upi_timeoutbank",
        lambda: pm.upi_collect("testtimeoutbank@gocash"),
        PaymentMethodUPIInPaymentsEntity,
        "upi",
        "custom",
    ),
    Case(
        "wallet",
        lambda: pm.wallet("phonepe", "9898989898"),
        PaymentMethodAppInPaymentsEntity,
        "wallet",
        "link",
    ),
    Case(
        "cardless_emi",
        lambda: pm.cardless_emi("flexmoney", PROVIDER_PHONE, tenure=3),
        PaymentMethodCardlessEMIInPaymentsEntity,
        "cardless_emi",
        "link",
        Decimal("1000.00"),
    ),
    Case(
        "paylater",
        lambda: pm.paylater("lazypay", PROVIDER_PHONE),
        PaymentMethodPaylaterInPaymentsEntity,
        "pay_later",
        "link",
    ),
    Case("banktransfer", pm.banktransfer, PaymentMethodBanktransferInPaymentsEntity, "bank_transfer", "custom"),
]

OUTCOME_ERRORS = {"SUCCESS": None, "FAILED": "TRANSACTION_DECLINED", "USER_DROPPED": "USER_DROPPED"}
OUTCOME_ERRORS["CANCELLED"] = "TRANSACTION_CANCELLED"


def _webhook_types(h: Harness) -> list[str]:
    import json

    return [json.loads(hook["body"])["type"] for hook in h.control("GET", "/webhooks")["data"]]


@pytest.mark.parametrize("outcome", list(OUTCOME_ERRORS))
@pytest.mark.parametrize("case", PENDING_CASES, ids=repr)
def test_pending_method_then_customer_outcome(harness: Harness, case: Case, outcome: str) -> None:
    h = harness
    order = h.order(case.amount)
    method = case.build()
    pay = h(h.cf.orders.pay(order.payment_session_id, method))
    assert isinstance(pay, OrderPayResult)
    assert pay.payment_method == method.kind
    assert pay.channel == method.channel
    assert pay.action == case.action
    assert pay.cf_payment_id.isdigit()
    assert pay.amount == case.amount
    assert pay.request_id

    pending = h(h.cf.payments.get(order.order_id, pay.cf_payment_id))
    assert isinstance(pending, Payment)
    assert pending.payment_status == "PENDING"
    assert isinstance(pending.payment_method, case.variant)
    assert pending.payment_method_name == method.kind
    assert pending.payment_group == case.group
    assert pending.amount == case.amount
    assert h.mock_order(order.order_id)["order_status"] == "ACTIVE"

    h.outcome(pay.cf_payment_id, outcome)
    done = h(h.cf.payments.get(order.order_id, pay.cf_payment_id))
    assert done.payment_status == outcome
    assert isinstance(done.payment_method, case.variant)
    if outcome == "SUCCESS":
        assert not done.error_details
        assert done.is_captured is True
        assert done.bank_reference
    else:
        assert done.error_details
        assert done.error_details.error_code == OUTCOME_ERRORS[outcome]
    assert h.mock_order(order.order_id)["order_status"] == ("PAID" if outcome == "SUCCESS" else "ACTIVE")
    expected_hook = {"SUCCESS": "PAYMENT_SUCCESS_WEBHOOK", "USER_DROPPED": "PAYMENT_USER_DROPPED_WEBHOOK"}
    assert _webhook_types(h) == [expected_hook.get(outcome, "PAYMENT_FAILED_WEBHOOK")]

    # A paid order refuses a second payment; an unpaid one takes another (and keeps both).
    if outcome == "SUCCESS":
        with pytest.raises(BadRequestError) as paid:
            h(h.cf.orders.pay(order.payment_session_id, case.build()))
        assert paid.value.code == "order_already_paid"
        assert [p.cf_payment_id for p in h(h.cf.payments.list(order.order_id))] == [pay.cf_payment_id]
    else:
        again = h(h.cf.orders.pay(order.payment_session_id, case.build()))
        payments = h(h.cf.payments.list(order.order_id))
        assert isinstance(payments, PaymentList)
        assert [p.cf_payment_id for p in payments] == [pay.cf_payment_id, again.cf_payment_id]
        assert [p.payment_status for p in payments] == [outcome, "PENDING"]


UPI_COLLECT = [
    ("testsuccess@gocash", "SUCCESS", None, "PAID"),
    ("testfailure@gocash", "FAILED", "TRANSACTION_DECLINED", "ACTIVE"),
    ("testdeclineuser@gocash", "FAILED", "TRANSACTION_DECLINED", "ACTIVE"),
    ("testexpired@gocash", "FAILED", "REQUEST_EXPIRED", "ACTIVE"),
    ("testinsufficientfunds@gocash", "FAILED", "INSUFFICIENT_FUNDS", "ACTIVE"),
    ("testbankdeclined@gocash", "FAILED", "BANK_DECLINED", "ACTIVE"),
    ("testnetworkerror@gocash", "FAILED", "NETWORK_ERROR", "ACTIVE"),
    ("testinvalidpin@gocash", "FAILED", "INVALID_PIN", "ACTIVE"),
    ("testuserdropped@gocash", "USER_DROPPED", None, "ACTIVE"),
    ("testriskflagged@gocash", "FLAGGED", None, "ACTIVE"),
]


@pytest.mark.parametrize(("vpa", "status", "error_code", "order_status"), UPI_COLLECT)
def test_upi_collect_settles_by_the_payer_vpa(
    harness: Harness, vpa: str, status: str, error_code: str | None, order_status: str
) -> None:
    h = harness
    order = h.order()
    pay = h(h.cf.orders.pay(order.payment_session_id, pm.upi_collect(vpa, expiry_minutes=10)))
    assert (pay.payment_method, pay.channel, pay.action) == ("upi", "collect", "custom")
    payment = h(h.cf.payments.get(order.order_id, pay.cf_payment_id))
    assert payment.payment_status == status
    assert isinstance(payment.payment_method, PaymentMethodUPIInPaymentsEntity)
    assert payment.payment_method.upi.upi_id == vpa
    assert payment.payment_group == "upi"
    if error_code is None:
        assert not payment.error_details
    else:
        assert payment.error_details
        assert payment.error_details.error_code == error_code
    assert h.mock_order(order.order_id)["order_status"] == order_status
    # The payment has settled: the customer's page can no longer change it.
    with pytest.raises(Exception, match="400"):
        h.outcome(pay.cf_payment_id, "SUCCESS")


def test_upi_collect_with_redirect_and_unknown_vpa(harness: Harness) -> None:
    h = harness
    order = h.order()
    pay = h(h.cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash", redirect_url=True)))
    assert pay.action == "link"
    assert pay.data.url.endswith(f"/view/gateway/{pay.cf_payment_id}")
    other = h.order()
    with pytest.raises(BadRequestError) as unknown:
        h(h.cf.orders.pay(other.payment_session_id, pm.upi_collect("someone@okbank")))
    assert unknown.value.code == "upi_id_invalid"
    assert h(h.cf.payments.list(other.order_id)) == []


def test_upi_intent_and_qr_payloads_name_the_payment(harness: Harness) -> None:
    h = harness
    order = h.order(Decimal("10.30"))
    intent = h(h.cf.orders.pay(order.payment_session_id, pm.upi_intent()))
    links = intent.data.payload.to_dict()
    assert set(links) == {"default", "gpay", "phonepe", "paytm", "bhim"}
    query = parse_qs(urlsplit(links["default"]).query)
    assert links["default"].startswith("upi://pay?")
    assert query["tr"] == [intent.cf_payment_id]
    assert query["am"] == ["10.30"]
    assert query["tn"] == [order.order_id]

    qr = h(h.cf.orders.pay(order.payment_session_id, pm.upi_qrcode()))
    image = qr.data.payload.to_dict()["qrcode"]
    assert image.startswith("data:image/png;base64,")
    assert base64.b64decode(image.split(",", 1)[1]).startswith(b"\x89PNG")
    assert len(h(h.cf.payments.list(order.order_id))) == 2


@pytest.mark.parametrize("number", list(TEST_CARDS))
def test_every_test_card_with_native_otp(harness: Harness, number: str) -> None:
    h = harness
    network, card_type = TEST_CARDS[number]
    order = h.order()
    pay = h(h.cf.orders.pay(order.payment_session_id, pm.card(number, "03", "28", "123", channel="post")))
    assert pay.action == "post"
    assert pay.data.url.endswith(f"/orders/pay/authenticate/{pay.cf_payment_id}")
    assert h(h.cf.payments.resend_otp(pay.cf_payment_id)).authenticate_status == "SUCCESS"
    result = h(h.cf.payments.submit_otp(pay.cf_payment_id, OTP_OK))
    assert result.authenticate_status == "SUCCESS"
    assert result.cf_payment_id == pay.cf_payment_id
    payment = h(h.cf.payments.get(order.order_id, pay.cf_payment_id))
    assert payment.payment_status == "SUCCESS"
    assert isinstance(payment.payment_method, PaymentMethodCardInPaymentsEntity)
    card = payment.payment_method.card
    assert card.card_number == "X" * 12 + number[-4:]
    assert (card.card_network, card.card_type) == (network, card_type)
    assert payment.payment_group == card_type
    assert payment.auth_id
    assert number not in str(payment.to_dict())


def test_three_wrong_otps_fail_the_payment(harness: Harness) -> None:
    h = harness
    order = h.order()
    pay = h(h.cf.orders.pay(order.payment_session_id, pm.card(CARD, "03", "28", "123", channel="post")))
    for _ in range(3):
        wrong = h(h.cf.payments.submit_otp(pay.cf_payment_id, "000000"))
        assert wrong.authenticate_status == "FAILED"
        assert wrong.payment_message == "otp is invalid"
    payment = h(h.cf.payments.get(order.order_id, pay.cf_payment_id))
    assert payment.payment_status == "FAILED"
    assert payment.error_details
    assert payment.error_details.error_code == "OTP_ATTEMPTS_EXCEEDED"
    with pytest.raises(BadRequestError):
        h(h.cf.payments.submit_otp(pay.cf_payment_id, OTP_OK))
    assert h.mock_order(order.order_id)["order_status"] == "ACTIVE"


def test_otp_resend_limit_and_otp_on_a_link_payment(harness: Harness) -> None:
    h = harness
    order = h.order()
    pay = h(h.cf.orders.pay(order.payment_session_id, pm.card(CARD, "03", "28", "123", channel="post")))
    h(h.cf.payments.resend_otp(pay.cf_payment_id))
    h(h.cf.payments.resend_otp(pay.cf_payment_id))
    with pytest.raises(BadRequestError):
        h(h.cf.payments.resend_otp(pay.cf_payment_id))
    assert h(h.cf.payments.submit_otp(pay.cf_payment_id, OTP_OK)).authenticate_status == "SUCCESS"

    other = h.order()
    link = h(h.cf.orders.pay(other.payment_session_id, pm.card(CARD, "03", "28", "123")))
    with pytest.raises(BadRequestError):
        h(h.cf.payments.submit_otp(link.cf_payment_id, OTP_OK))


def test_card_emi_with_otp_has_a_plan(harness: Harness) -> None:
    h = harness
    order = h.order(Decimal(12000))
    method = pm.card_emi("5105105105105100", "03", "2028", "123", bank="hdfc", tenure=12, channel="post")
    pay = h(h.cf.orders.pay(order.payment_session_id, method))
    assert (pay.payment_method, pay.action) == ("emi", "post")
    h(h.cf.payments.submit_otp(pay.cf_payment_id, OTP_OK))
    payment = h(h.cf.payments.get(order.order_id, pay.cf_payment_id))
    assert payment.payment_status == "SUCCESS"
    assert payment.payment_group == "credit_card_emi"
    assert isinstance(payment.payment_method, PaymentMethodCardEMIInPaymentsEntity)
    emi = payment.payment_method.emi
    assert emi.emi_tenure == 12
    details = present(emi.emi_details)
    assert details.emi_tenure == 12
    # 13 % a year on 12000 over 12 months: 1071.81 a month, 861.72 of interest in all.
    assert Decimal(str(details.emi_amount)) == Decimal("1071.81")
    assert Decimal(str(details.emi_interest)) == Decimal("861.72")


def test_saved_card_pays_again_for_its_customer_only(harness: Harness) -> None:
    h = harness
    first = h.order()
    method = pm.card("4706131211212123", "03", "28", "123", channel="post")
    pay = h(h.cf.orders.pay(first.payment_session_id, method, save_instrument=True))
    h(h.cf.payments.submit_otp(pay.cf_payment_id, OTP_OK))
    saved = h(h.cf.payments.get(first.order_id, pay.cf_payment_id)).payment_method.card
    assert saved.instrument_id
    assert h.state()["saved_instruments"] == 1

    second = h.order()
    again = h(h.cf.orders.pay(second.payment_session_id, pm.saved_card(saved.instrument_id, "123")))
    assert again.action == "link"
    payment = h(h.cf.payments.get(second.order_id, again.cf_payment_id))
    assert isinstance(payment.payment_method, PaymentMethodCardInPaymentsEntity)
    assert payment.payment_method.card.card_number == "XXXXXXXXXXXX2123"
    assert payment.payment_group == "debit_card"

    stranger = h.order(customer_details=OTHER_CUSTOMER)
    with pytest.raises(BadRequestError) as refused:
        h(h.cf.orders.pay(stranger.payment_session_id, pm.saved_card(saved.instrument_id, "123")))
    assert refused.value.code == "instrument_id_invalid"
    assert h(h.cf.payments.list(stranger.order_id)) == []


def test_card_not_saved_when_payment_fails(harness: Harness) -> None:
    h = harness
    order = h.order()
    pay = h(h.cf.orders.pay(order.payment_session_id, pm.card(CARD, "03", "28", "123"), save_instrument=True))
    h.outcome(pay.cf_payment_id, "FAILED")
    instrument = h(h.cf.payments.get(order.order_id, pay.cf_payment_id)).payment_method.card.instrument_id
    assert h.state()["saved_instruments"] == 0
    other = h.order()
    with pytest.raises(BadRequestError) as refused:
        h(h.cf.orders.pay(other.payment_session_id, pm.saved_card(instrument, "123")))
    assert refused.value.code == "instrument_id_invalid"


@pytest.mark.parametrize(
    ("build", "amount", "code"),
    [
        (lambda: pm.paylater("simpl", "9898989898"), Decimal(10), "phone_invalid"),
        (lambda: pm.cardless_emi("zestmoney", PROVIDER_PHONE), Decimal("999.99"), "order_amount_invalid"),
        (lambda: pm.cardless_emi("zestmoney", "9898989898"), Decimal(1000), "phone_invalid"),
    ],
    ids=["paylater_phone", "cardless_emi_amount", "cardless_emi_phone"],
)
def test_provider_eligibility_is_a_bad_request(harness: Harness, build: Any, amount: Decimal, code: str) -> None:
    h = harness
    order = h.order(amount)
    with pytest.raises(BadRequestError) as refused:
        h(h.cf.orders.pay(order.payment_session_id, build()))
    assert refused.value.code == code
    assert h.state()["payments"] == 0


def test_banktransfer_names_a_virtual_account(harness: Harness) -> None:
    h = harness
    order = h.order(Decimal("2500.50"))
    pay = h(h.cf.orders.pay(order.payment_session_id, pm.banktransfer()))
    payload = pay.data.payload.to_dict()
    assert payload["account_number"] == "CFMOCK" + pay.cf_payment_id
    assert Decimal(str(payload["amount"])) == Decimal("2500.50")
    h.outcome(pay.cf_payment_id, "SUCCESS")
    payment = h(h.cf.payments.get(order.order_id, pay.cf_payment_id))
    assert isinstance(payment.payment_method, PaymentMethodBanktransferInPaymentsEntity)
    assert payment.payment_method.banktransfer.banktransfer_account_number == payload["account_number"]


def test_raw_mapping_is_the_same_as_the_builder(harness: Harness) -> None:
    h = harness
    order = h.order()
    raw = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}}
    pay = h(h.cf.orders.pay(order.payment_session_id, raw))
    payment = h(h.cf.payments.get(order.order_id, pay.cf_payment_id))
    assert payment.payment_status == "SUCCESS"
    assert isinstance(payment.payment_method, PaymentMethodUPIInPaymentsEntity)


def test_order_fields_round_trip(harness: Harness) -> None:
    h = harness
    order = h.order(
        Decimal("1234.50"),
        order_id="order_e2e_fields",
        order_note="a note",
        order_tags={"channel": "e2e"},
        order_meta={"notify_url": "https://example.com/hook", "return_url": "https://example.com/back"},
    )
    assert order.order_id == "order_e2e_fields"
    assert order.amount == Decimal("1234.50")
    assert order.order_status == OrderStatus.ACTIVE
    assert order.cf_order_id.isdigit()
    assert order.payment_session_id.startswith("session_")
    assert present(order.order_tags).to_dict() == {"channel": "e2e"}
    assert present(order.order_meta).notify_url == "https://example.com/hook"
    customer = present(order.customer_details)
    assert customer.customer_id == CUSTOMER["customer_id"]
    assert customer.customer_uid
    assert order.order_note == "a note"
