"""The sandbox's test instruments and what each one does (see docs/mock.md for the table)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

OTP_SUCCESS = "111000"
MAX_OTP_ATTEMPTS = 3
MAX_OTP_RESENDS = 2
PREAUTH_ORDER_NOTE = "preauth_transaction"

# Pay later and cardless EMI: the one customer the sandbox's providers find eligible.
PROVIDER_TEST_PHONE = "8714268343"
CARDLESS_EMI_MINIMUM = Decimal(1000)

NETBANKING_TEST_BANK_CODE = 3333
NETBANKING_TEST_BANK_NAME = "TESTR"

# The VPA payments are collected into for UPI intent and QR links.
MERCHANT_VPA = "cashfree.mock@gocash"
MERCHANT_NAME = "Cashfree Mock Merchant"

# Banktransfer: the virtual account a customer is asked to transfer to.
BANKTRANSFER_BANK = {"bank_name": "TEST Bank", "ifsc": "TEST0000001"}


@dataclass(frozen=True)
class TestCard:
    network: str
    card_type: str  # credit_card / debit_card / prepaid_card, as payment_group names them
    bank: str


TEST_CARDS = {
    "4111111111111111": TestCard("visa", "credit_card", "HDFC BANK"),
    "4706131211212123": TestCard("visa", "debit_card", "KOTAK MAHINDRA BANK"),
    "4576238912771450": TestCard("visa", "credit_card", "ICICI BANK"),
    "5105105105105100": TestCard("mastercard", "credit_card", "AXIS BANK"),
    "6074825972083818": TestCard("rupay", "debit_card", "STATE BANK OF INDIA"),
}


def card_profile(number: str | None) -> TestCard:
    """The documented profile of a test card, or one inferred from the number's prefix."""
    if number in TEST_CARDS:
        return TEST_CARDS[number]
    return TestCard(_network(number or ""), "credit_card", "TEST BANK")


def _network(number: str) -> str:
    if number.startswith("4"):
        return "visa"
    if number[:2] in {"51", "52", "53", "54", "55"} or "2221" <= number[:4] <= "2720":
        return "mastercard"
    if number[:2] in {"34", "37"}:
        return "amex"
    if number[:2] in {"60", "65", "81", "82"} or number.startswith("508"):
        return "rupay"
    return "unknown"


def luhn_ok(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = int(char)
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def mask(number: str) -> str:
    return "X" * (len(number) - 4) + number[-4:]


@dataclass(frozen=True)
class Failure:
    """The `error_details` of a failed payment."""

    code: str
    description: str
    reason: str
    source: str

    def details(self) -> dict[str, Any]:
        return {
            "error_code": self.code,
            "error_description": self.description,
            "error_reason": self.reason,
            "error_source": self.source,
            "error_code_raw": None,
            "error_description_raw": None,
            "error_subcode_raw": None,
        }


@dataclass(frozen=True)
class VpaOutcome:
    status: str  # the payment_status the collect request ends in at once (PENDING: not yet)
    message: str
    failure: Failure | None = None


# UPI collect: the payer VPA decides the outcome, synchronously unless PENDING.
TEST_VPAS = {
    "testsuccess@gocash": VpaOutcome("SUCCESS", "Transaction successful"),
    "testfailure@gocash": VpaOutcome(
        "FAILED",
        "Transaction failed",
        Failure("TRANSACTION_DECLINED", "transaction declined by the payer's bank", "auth_declined", "bank"),
    ),
    "testdeclineuser@gocash": VpaOutcome(
        "FAILED",
        "Transaction declined by the customer",
        Failure(
            "TRANSACTION_DECLINED", "the customer declined the collect request", "declined_by_customer", "customer"
        ),
    ),
    "testexpired@gocash": VpaOutcome(
        "FAILED",
        "Collect request expired",
        Failure(
            "REQUEST_EXPIRED", "the customer did not approve the collect request in time", "request_expired", "customer"
        ),
    ),
    "testtimeoutbank@gocash": VpaOutcome("PENDING", "Awaiting the bank's response"),
    "testinsufficientfunds@gocash": VpaOutcome(
        "FAILED",
        "Insufficient funds",
        Failure("INSUFFICIENT_FUNDS", "the payer's account has insufficient funds", "insufficient_funds", "customer"),
    ),
    "testbankdeclined@gocash": VpaOutcome(
        "FAILED",
        "Transaction declined by the bank",
        Failure("BANK_DECLINED", "the remitter bank declined the transaction", "bank_declined", "bank"),
    ),
    "testriskflagged@gocash": VpaOutcome("FLAGGED", "Transaction flagged by risk checks"),
    "testnetworkerror@gocash": VpaOutcome(
        "FAILED",
        "Network error at the bank",
        Failure("NETWORK_ERROR", "the bank could not be reached", "network_error", "bank"),
    ),
    "testinvalidpin@gocash": VpaOutcome(
        "FAILED",
        "Incorrect UPI PIN",
        Failure("INVALID_PIN", "the customer entered an incorrect UPI PIN", "incorrect_pin", "customer"),
    ),
    "testuserdropped@gocash": VpaOutcome("USER_DROPPED", "The customer dropped the payment"),
}
OTP_EXHAUSTED = Failure(
    "OTP_ATTEMPTS_EXCEEDED", "too many wrong OTPs were entered", "authentication_failed", "customer"
)

# Outcomes given through the control endpoint, as the customer would on the bank's page.
OUTCOME_FAILURES = {
    "FAILED": Failure(
        "TRANSACTION_DECLINED",
        "issuer bank or payment service provider declined the transaction",
        "auth_declined",
        "customer",
    ),
    "USER_DROPPED": Failure("USER_DROPPED", "the customer left the payment page", "user_dropped", "customer"),
    "CANCELLED": Failure("TRANSACTION_CANCELLED", "the customer cancelled the payment", "user_cancelled", "customer"),
}
OUTCOME_MESSAGES = {
    "SUCCESS": "Transaction successful",
    "FAILED": "Transaction failed",
    "USER_DROPPED": "The customer dropped the payment",
    "CANCELLED": "The customer cancelled the payment",
}

# Refunds: the bank processes a refund this long after it was created, on the simulator's clock (a
# served simulator settles it within seconds; tests move an injected clock instead of waiting).
REFUND_PROCESSING_DELAY = timedelta(seconds=3)
# The sandbox rule: a refund_note of exactly one of these forces what processing does to the refund.
# SUCCESS and FAILED settle it; ACTIVE moves it to ACTIVE (a status the open enum admits, not final);
# PENDING leaves it PENDING. Only the outcome endpoint moves a PENDING or ACTIVE refund on after that.
REFUND_NOTE_OUTCOMES = {"SUCCESS": "SUCCESS", "FAILED": "FAILED", "ACTIVE": "ACTIVE", "PENDING": None}
REFUND_DESCRIPTIONS = {
    "PENDING": "Refund is being processed",
    "ACTIVE": "Refund is being processed",
    "ONHOLD": "Refund is on hold",
    "SUCCESS": "Refund processed successfully",
    "FAILED": "Refund failed at the bank",
    "CANCELLED": "Refund was cancelled",
}

# Card EMI: one interest rate for every bank and tenure, enough to produce a realistic plan.
EMI_ANNUAL_INTEREST = Decimal("0.13")
