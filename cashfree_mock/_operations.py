"""The operations of the spec, on the simulator's state (status changes go through the `Store`)."""

from __future__ import annotations

import decimal
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from starlette.types import Scope

from . import _sandbox as sandbox
from ._errors import ApiError, bad_request, not_found
from ._http import base_url
from ._methods import STARTERS, PayContext, card_details
from ._spec import API_PREFIX
from ._state import IST, Order, Payment, Refund, Store


@dataclass(slots=True)  # not frozen: a frozen dataclass costs three times as much to make, per request
class Call:
    """One validated request, as an operation sees it."""

    params: dict[str, str]
    body: Any
    now: datetime
    scope: Scope
    headers: Mapping[str, str]

    @property
    def base_url(self) -> str:
        """The mock's own /pg URL, as the caller reached it: worked out only by the operations that link."""
        return base_url(self.scope, self.headers, API_PREFIX)


Handler = Callable[[Store, Call], Any]


# Room for any amount a request can carry (40 characters): scaling and rounding in it are exact.
_EXACT = decimal.Context(prec=100)


def _two_decimals(amount: Decimal) -> bool:
    """Whether `amount` has at most two decimal places of value (10.340 has: trailing zeros do not count)."""
    cents = amount.scaleb(2, _EXACT)
    return cents == cents.to_integral_value(context=_EXACT)


def _expiry(text: str) -> datetime:
    """The expiry as an aware UTC datetime, clamped where the offset pushes it out of range."""
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise bad_request("order_expiry_time_invalid", "order_expiry_time must be an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=IST)
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return datetime.min.replace(tzinfo=UTC) if moment.year == 1 else datetime.max.replace(tzinfo=UTC)


def create_order(store: Store, call: Call) -> Any:
    body: dict[str, Any] = call.body
    amount = Decimal(body["order_amount"])
    if not _two_decimals(amount):
        raise bad_request("order_amount_invalid", "order_amount must have at most two decimals")
    if body.get("order_id") in store.orders:
        raise ApiError(409, "order_already_exists", "order_id already exists")
    expiry_text = body.get("order_expiry_time")
    expires_at = _expiry(expiry_text) if expiry_text else None  # None: the default expiry
    order = store.add_order(request=body, amount=amount, expires_at=expires_at, now=call.now)
    return order.entity(call.now, body)


def _payable_order(store: Store, call: Call) -> Order:
    order = store.session_order(call.body["payment_session_id"])
    if order is None:
        raise not_found("payment_session_id", "payment_session_id_invalid")
    status = order.status(call.now)
    if status == "PAID":
        raise bad_request("order_already_paid", f"order {order.order_id} is already paid")
    if status == "EXPIRED":
        raise bad_request("order_expired", f"order {order.order_id} has expired")
    if status in {"TERMINATED", "TERMINATION_REQUESTED"}:
        raise bad_request("order_terminated", f"order {order.order_id} is {status}")
    return order


def pay_order(store: Store, call: Call) -> Any:
    order = _payable_order(store, call)
    ((method, spec),) = call.body["payment_method"].items()
    ctx = PayContext(store, order, call.now, call.base_url, bool(call.body.get("save_instrument")))
    started = STARTERS[method](ctx, spec)
    if "offer_id" in call.body:
        started.payment.offers = [{"offer_id": call.body["offer_id"]}]
    return {
        "payment_method": method,
        "channel": spec["channel"],
        "action": started.action,
        "cf_payment_id": started.payment.cf_payment_id,
        "payment_amount": order.amount,
        "data": started.data,
    }


def authorize_session(store: Store, call: Call) -> Any:
    """A card payment authorised with the merchant's own token / 3DS data: SUCCESS, not captured."""
    order = _payable_order(store, call)
    data: dict[str, Any] = call.body["authorization_data"]
    number = data.get("token_number")
    profile = sandbox.card_profile(number)
    details = card_details(number, "link", profile)
    payment = store.add_payment(order, method="card", details=details, group=profile.card_type, now=call.now)
    payment.preauth = True
    store.settle(payment, "SUCCESS", call.now)
    return payment.entity()


def _order(store: Store, call: Call) -> Order:
    order = store.orders.get(call.params["order_id"])
    if order is None:
        raise not_found("order", "order_not_found")
    return order


def _payment(store: Store, cf_payment_id: str) -> Payment:
    payment = store.payments.get(cf_payment_id)
    if payment is None:
        raise not_found("payment", "payment_not_found")
    return payment


def get_order(store: Store, call: Call) -> Any:
    return _order(store, call).entity(call.now)


def terminate_order(store: Store, call: Call) -> Any:
    order = _order(store, call)
    store.terminate(order, call.now)  # the body's one allowed value was checked against the spec
    return order.entity(call.now)


def create_refund(store: Store, call: Call) -> Any:
    order = _order(store, call)
    body: dict[str, Any] = call.body
    amount = Decimal(body["refund_amount"])
    if not _two_decimals(amount):
        raise bad_request("refund_amount_invalid", "refund_amount must have at most two decimals")
    refund = store.add_refund(order, refund_id=body["refund_id"], amount=amount, request=body, now=call.now)
    return refund.entity()


def _refund(store: Store, call: Call) -> Refund:
    refund = _order(store, call).refund(call.params["refund_id"])
    if refund is None:
        raise not_found("refund", "refund_not_found")
    return refund


def get_refund(store: Store, call: Call) -> Any:
    return _refund(store, call).entity()


def get_refunds(store: Store, call: Call) -> Any:
    return [refund.entity() for refund in _order(store, call).all_refunds()]


def get_payments(store: Store, call: Call) -> Any:
    return [payment.entity() for payment in _order(store, call).payments]


def get_payment(store: Store, call: Call) -> Any:
    order = _order(store, call)
    payment = _payment(store, call.params["cf_payment_id"])
    if payment.order is not order:
        raise not_found("payment", "payment_not_found")
    return payment.entity()


def preauthorize(store: Store, call: Call) -> Any:
    order = _order(store, call)
    payment = next((p for p in reversed(order.payments) if p.authorization is not None), None)
    authorization = payment.authorization if payment else None
    if payment is None or authorization is None:
        raise bad_request("request_invalid", f"order {order.order_id} has no pre-authorised payment")
    if authorization["action"] is not None:
        done = "captured" if authorization["action"] == "CAPTURE" else "voided"
        raise bad_request("request_invalid", f"the authorisation was already {done}")
    if call.body["action"] == "CAPTURE":
        amount = Decimal(call.body.get("amount", order.amount))
        if not _two_decimals(amount) or amount > order.amount:
            raise bad_request(
                "amount_invalid", "amount must have at most two decimals and not exceed the authorised amount"
            )
        store.capture(payment, amount, call.now)
    else:
        store.void(payment, call.now)
    return payment.entity()


def authenticate(store: Store, call: Call) -> Any:
    payment = _payment(store, call.params["cf_payment_id"])
    otp = payment.otp
    if otp is None:
        raise bad_request("request_invalid", "this payment does not take an OTP (it was not started with channel post)")
    action = call.body["action"]
    if otp.failures >= sandbox.MAX_OTP_ATTEMPTS:
        raise bad_request("request_invalid", "the maximum number of OTP attempts was exceeded")
    if payment.status != "PENDING":
        raise bad_request("request_invalid", "Transaction is already processed")
    result = {"cf_payment_id": payment.cf_payment_id, "action": action}
    if action == "RESEND_OTP":
        if otp.resends >= sandbox.MAX_OTP_RESENDS:
            raise bad_request("request_invalid", f"the OTP can be resent at most {sandbox.MAX_OTP_RESENDS} times")
        otp.resends += 1
        return {**result, "authenticate_status": "SUCCESS", "payment_message": "otp sent"}
    if "otp" not in call.body:
        raise bad_request("request_invalid", "otp is required with SUBMIT_OTP")
    if call.body["otp"] == sandbox.OTP_SUCCESS:
        store.settle(payment, "SUCCESS", call.now)
        return {**result, "authenticate_status": "SUCCESS", "payment_message": "Transaction successful"}
    otp.failures += 1
    if otp.failures >= sandbox.MAX_OTP_ATTEMPTS:
        store.settle(payment, "FAILED", call.now, message="otp is invalid", failure=sandbox.OTP_EXHAUSTED)
    return {**result, "authenticate_status": "FAILED", "payment_message": "otp is invalid"}


HANDLERS: dict[str, Handler] = {
    "createOrder": create_order,
    "payOrder": pay_order,
    "authorizeSession": authorize_session,
    "getPayment": get_payment,
    "getPaymentsForOrder": get_payments,
    "preauthorizeOrder": preauthorize,
    "authenticatePayment": authenticate,
    "getOrder": get_order,
    "terminateOrder": terminate_order,
    "createRefund": create_refund,
    "getRefund": get_refund,
    "getRefundsForOrder": get_refunds,
}
