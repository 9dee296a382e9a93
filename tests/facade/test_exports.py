"""The public import surface, and a lazy, cheap import."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

import cashfree_facade

EXPECTED_ALL = {
    "API_VERSION",
    "AuthorizationDataParam",
    "CardFiltersParam",
    "CartAddressParam",
    "CartDetailsParam",
    "CartItemParam",
    "CustomerDetailsParam",
    "IncludeExcludeFilterParam",
    "OrderMetaParam",
    "OrderProductsParam",
    "PaymentMethodsFiltersParam",
    "ProductConditionParam",
    "ProductFeatureParam",
    "RefundSplitParam",
    "TerminalParam",
    "VendorSplitParam",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCashfree",
    "AuthenticationError",
    "BadRequestError",
    "Cashfree",
    "CashfreeError",
    "ConflictError",
    "IdempotencyError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Order",
    "OrderPayResult",
    "OtpResult",
    "Payment",
    "PaymentList",
    "PaymentMethod",
    "PermissionDeniedError",
    "RateLimitError",
    "Refund",
    "RefundList",
    "RequestOptions",
    "WebhookEvent",
    "WebhookVerificationError",
    "payment_methods",
    "webhooks",
}


def test_all_is_pinned() -> None:
    assert set(cashfree_facade.__all__) == EXPECTED_ALL
    assert len(cashfree_facade.__all__) == len(EXPECTED_ALL)
    for name in cashfree_facade.__all__:
        value = getattr(cashfree_facade, name)  # a lazy name is imported on first access
        if isinstance(value, type | types.FunctionType | types.ModuleType):
            # The name is the object's own, defined in this package (not a stray re-export).
            assert value.__name__.rsplit(".", 1)[-1] == name
            home = value.__name__ if isinstance(value, types.ModuleType) else value.__module__
            assert home.startswith("cashfree_facade"), (name, home)
        else:
            assert name.isupper(), name  # the constants
    assert set(cashfree_facade.__all__) <= set(dir(cashfree_facade))


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError):
        _ = cashfree_facade.Nope


def test_builders_listed() -> None:
    from cashfree_facade import payment_methods as pm

    assert set(pm.__all__) == {
        "PaymentMethod",
        "banktransfer",
        "card",
        "card_emi",
        "card_token",
        "cardless_emi",
        "netbanking",
        "paylater",
        "saved_card",
        "upi_collect",
        "upi_intent",
        "upi_qrcode",
        "wallet",
    }


def test_import_is_lazy() -> None:
    code = (
        "import sys, cashfree_facade\n"
        "heavy = [m for m in sys.modules if m.startswith(('cashfree_openapi.models', 'cashfree_openapi.api',"
        " 'cashfree_facade._models', 'cashfree_facade._operations', 'cashfree_facade._raw',"
        " 'cashfree_facade.payment_methods', 'anyio'))]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert out.stdout.strip() == "[]"
