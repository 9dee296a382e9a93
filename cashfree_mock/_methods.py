"""Order Pay: how each payment-method variant starts, and what the customer sees next."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from . import _sandbox as sandbox
from ._errors import bad_request
from ._ids import uuid4_text
from ._qr import intent_links, qr_data_url, upi_query
from ._state import Order, OtpState, Payment, SavedCard, Store


@dataclass(frozen=True)
class PayContext:
    store: Store
    order: Order
    now: datetime
    base_url: str  # the mock's own /pg URL, as the caller reached it
    save_instrument: bool


@dataclass(frozen=True)
class Started:
    payment: Payment
    action: str
    data: dict[str, Any]


def _data(
    url: str | None = None, payload: Any = None, content_type: str | None = None, method: str | None = None
) -> dict[str, Any]:
    return {"url": url, "payload": payload, "content_type": content_type, "method": method}


def _redirect(ctx: PayContext, payment: Payment) -> Started:
    """A payment finished on a page the customer is sent to; it stays PENDING until then."""
    return Started(payment, "link", _data(f"{ctx.base_url}/view/gateway/{payment.cf_payment_id}", method="get"))


def _otp_or_redirect(ctx: PayContext, payment: Payment, channel: str) -> Started:
    if channel == "post":
        payment.otp = OtpState()
        url = f"{ctx.base_url}/orders/pay/authenticate/{payment.cf_payment_id}"
        return Started(payment, "post", _data(url, content_type="application/json", method="post"))
    return _redirect(ctx, payment)


def _add(ctx: PayContext, method: str, details: dict[str, Any], group: str, *, authorize_only: bool = False) -> Payment:
    payment = ctx.store.add_payment(ctx.order, method=method, details=details, group=group, now=ctx.now)
    payment.preauth = ctx.order.is_preauth or authorize_only
    return payment


def card_details(number: str | None, channel: str, profile: sandbox.TestCard) -> dict[str, Any]:
    return {
        "channel": channel,
        "card_number": sandbox.mask(number) if number else None,
        "card_network": profile.network,
        "card_type": profile.card_type,
        "card_country": "IN",
        "card_bank_name": profile.bank,
        "card_network_reference_id": None,
        "instrument_id": None,
        "card_sub_type": "R",
        "par": None,
    }


def _require(card: dict[str, Any], name: str, code: str, why: str) -> Any:
    if name not in card:
        raise bad_request(code, f"payment_method.card.{name} is required {why}")
    return card[name]


def start_card(ctx: PayContext, card: dict[str, Any]) -> Started:
    channel = card["channel"]
    if "instrument_id" in card:
        saved = ctx.store.saved_cards.get(card["instrument_id"])
        if saved is None or saved.customer_id != ctx.order.customer_id:
            raise bad_request(
                "instrument_id_invalid", "payment_method.card.instrument_id is not a saved card of this customer"
            )
        _require(card, "card_cvv", "card_cvv_invalid", "with a saved card")
        details = {**saved.details, "channel": channel}
        payment = _add(ctx, "card", details, details["card_type"])
        return _otp_or_redirect(ctx, payment, channel)
    number = _require(card, "card_number", "card_number_invalid", "unless instrument_id is given")
    if "cryptogram" not in card:
        for name in ("card_expiry_mm", "card_expiry_yy"):
            _require(card, name, "card_expiry_invalid", "for a card payment")
        _require(card, "card_cvv", "card_cvv_invalid", "for a card payment")
        if not sandbox.luhn_ok(number):
            raise bad_request("card_number_invalid", "payment_method.card.card_number is not a valid card number")
    profile = sandbox.card_profile(number)
    details = card_details(number, channel, profile)
    if "par" in card:
        details["par"] = card["par"]
    if ctx.save_instrument:
        details["instrument_id"] = uuid4_text()
    payment = _add(ctx, "card", details, profile.card_type)
    if ctx.save_instrument:
        payment.card_to_save = SavedCard(details["instrument_id"], ctx.order.customer_id, dict(details))
    return _otp_or_redirect(ctx, payment, channel)


def _emi_plan(principal: Decimal, months: int | Decimal) -> dict[str, Any]:
    months = int(months)  # a JSON 3.0 is a valid integer tenure
    # The spec sets no ceiling on amounts; give the context room for every digit of a huge one,
    # or quantize() would raise InvalidOperation.
    with localcontext() as ctx:
        ctx.prec = max(28, principal.adjusted() + 30)
        rate = sandbox.EMI_ANNUAL_INTEREST / 12
        growth = (1 + rate) ** months
        emi = (principal * rate * growth / (growth - 1)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        return {"emi_amount": emi, "emi_tenure": months, "emi_interest": emi * months - principal}


def start_emi(ctx: PayContext, emi: dict[str, Any]) -> Started:
    number = emi["card_number"]
    if not sandbox.luhn_ok(number):
        raise bad_request("card_number_invalid", "payment_method.emi.card_number is not a valid card number")
    profile = sandbox.card_profile(number)
    details = card_details(number, emi["channel"], profile)
    del details["card_sub_type"], details["par"]
    details["card_bank_name"] = emi["card_bank_name"]
    details["emi_tenure"] = emi["emi_tenure"]
    details["emi_details"] = _emi_plan(ctx.order.amount, emi["emi_tenure"])
    group = "debit_card_emi" if profile.card_type == "debit_card" else "credit_card_emi"
    return _otp_or_redirect(ctx, _add(ctx, "emi", details, group), emi["channel"])


def start_netbanking(ctx: PayContext, netbanking: dict[str, Any]) -> Started:
    code = netbanking.get("netbanking_bank_code")
    name = netbanking.get("netbanking_bank_name")
    if code is None and name is None:
        raise bad_request(
            "netbanking_bank_code_invalid",
            "payment_method.netbanking needs netbanking_bank_code or netbanking_bank_name",
        )
    if code is None and name == sandbox.NETBANKING_TEST_BANK_NAME:
        code = sandbox.NETBANKING_TEST_BANK_CODE
    if name is None and code == sandbox.NETBANKING_TEST_BANK_CODE:
        name = sandbox.NETBANKING_TEST_BANK_NAME
    details = {
        "channel": netbanking["channel"],
        "netbanking_bank_code": code,
        "netbanking_bank_name": name,
        "netbanking_ifsc": None,
        "netbanking_account_number": None,
    }
    payment = _add(ctx, "netbanking", details, "net_banking")
    if netbanking["channel"] == "post":
        # The bank page is reached by posting a form rather than following a link.
        url = f"{ctx.base_url}/view/gateway/{payment.cf_payment_id}"
        payload = {"cf_payment_id": payment.cf_payment_id, "bank_code": str(code)}
        return Started(payment, "form", _data(url, payload, "application/x-www-form-urlencoded", "post"))
    return _redirect(ctx, payment)


def start_upi(ctx: PayContext, upi: dict[str, Any]) -> Started:
    channel = upi["channel"]
    vpa = upi.get("upi_id")
    authorize_only = bool(upi.get("authorize_only"))
    details = {"channel": channel, "upi_id": vpa, "upi_payer_ifsc": None, "upi_payer_account_number": None}
    if channel == "collect":
        if vpa is None:
            raise bad_request("upi_id_invalid", "payment_method.upi.upi_id is required for a collect request")
        outcome = sandbox.TEST_VPAS.get(vpa.lower())
        if outcome is None:
            raise bad_request("upi_id_invalid", "payment_method.upi.upi_id is not a VPA the sandbox knows")
        payment = _add(ctx, "upi", details, "upi", authorize_only=authorize_only)
        if outcome.status == "PENDING":
            payment.message = outcome.message
        else:
            ctx.store.settle(payment, outcome.status, ctx.now, message=outcome.message, failure=outcome.failure)
        if upi.get("upi_redirect_url"):
            return _redirect(ctx, payment)
        return Started(payment, "custom", _data())
    payment = _add(ctx, "upi", details, "upi", authorize_only=authorize_only)
    query = upi_query(
        reference=payment.cf_payment_id, amount=ctx.order.amount, currency=ctx.order.currency, note=ctx.order.order_id
    )
    links = intent_links(query)
    # podQrCode is the QR shown at the door for pay on delivery: the same image as qrcode.
    payload = {"qrcode": qr_data_url(links["default"])} if channel in ("qrcode", "podQrCode") else links
    return Started(payment, "custom", _data(payload=payload))


def _provider(method: str, group: str, eligible_only: bool) -> Callable[[PayContext, dict[str, Any]], Started]:
    def start(ctx: PayContext, spec: dict[str, Any]) -> Started:
        if eligible_only and spec["phone"] != sandbox.PROVIDER_TEST_PHONE:
            raise bad_request(
                "phone_invalid",
                f"payment_method.{method}.phone is not eligible with the provider; "
                f"the sandbox's test customer is {sandbox.PROVIDER_TEST_PHONE}",
            )
        details = {"channel": spec["channel"], "provider": spec["provider"], "phone": spec["phone"]}
        return _redirect(ctx, _add(ctx, method, details, group))

    return start


_cardless_emi_provider = _provider("cardless_emi", "cardless_emi", eligible_only=True)


def start_cardless_emi(ctx: PayContext, spec: dict[str, Any]) -> Started:
    if ctx.order.amount < sandbox.CARDLESS_EMI_MINIMUM:
        raise bad_request(
            "order_amount_invalid", f"cardless EMI needs an order amount of at least {sandbox.CARDLESS_EMI_MINIMUM}"
        )
    return _cardless_emi_provider(ctx, spec)


def start_banktransfer(ctx: PayContext, spec: dict[str, Any]) -> Started:
    details = {
        "channel": spec["channel"],
        "banktransfer_bank_name": sandbox.BANKTRANSFER_BANK["bank_name"],
        "banktransfer_ifsc": sandbox.BANKTRANSFER_BANK["ifsc"],
    }
    payment = _add(ctx, "banktransfer", details, "bank_transfer")
    # A virtual account per payment, so a transfer identifies the payment it settles.
    account = details["banktransfer_account_number"] = "CFMOCK" + payment.cf_payment_id
    payment.details = details  # the stored details are a frozen copy
    payload = {
        "account_number": account,
        "ifsc": sandbox.BANKTRANSFER_BANK["ifsc"],
        "bank_name": sandbox.BANKTRANSFER_BANK["bank_name"],
        "amount": ctx.order.amount,
    }
    return Started(payment, "custom", _data(payload=payload))


STARTERS: dict[str, Callable[[PayContext, dict[str, Any]], Started]] = {
    "card": start_card,
    "emi": start_emi,
    "netbanking": start_netbanking,
    "upi": start_upi,
    "app": _provider("app", "wallet", eligible_only=False),
    "cardless_emi": start_cardless_emi,
    "paylater": _provider("paylater", "pay_later", eligible_only=True),
    "banktransfer": start_banktransfer,
}
