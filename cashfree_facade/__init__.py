"""Cashfree Payment Gateway client: typed, retry-safe, sync and async.

>>> from cashfree_facade import Cashfree, payment_methods as pm   # doctest: +SKIP
>>> cf = Cashfree(client_id="...", client_secret="...", environment="sandbox")  # doctest: +SKIP
>>> order = cf.orders.create(order_amount=10, order_currency="INR",  # doctest: +SKIP
...                          customer_details={"customer_id": "c1", "customer_phone": "9898989898"})
>>> cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))  # doctest: +SKIP

Everything lives in private modules; this file re-exports the public names. The result types and the
``payment_methods`` / ``webhooks`` modules load on first use, so that ``import cashfree_facade`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from cashfree_openapi import API_VERSION

from ._client import AsyncCashfree, Cashfree
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, VERSION
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CashfreeError,
    ConflictError,
    IdempotencyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    WebhookVerificationError,
)
from ._params import (
    AuthorizationDataParam,
    CardFiltersParam,
    CartAddressParam,
    CartDetailsParam,
    CartItemParam,
    CustomerDetailsParam,
    IncludeExcludeFilterParam,
    OrderMetaParam,
    OrderProductsParam,
    PaymentMethodsFiltersParam,
    ProductConditionParam,
    ProductFeatureParam,
    RefundSplitParam,
    TerminalParam,
    VendorSplitParam,
)
from ._types import NOT_GIVEN, NotGiven, RequestOptions

if TYPE_CHECKING:
    from . import payment_methods, webhooks
    from ._models import Order, OrderPayResult, OtpResult, Payment, PaymentList, Refund, RefundList
    from ._raw import APIResponse
    from .payment_methods import PaymentMethod
    from .webhooks import WebhookEvent

__version__ = VERSION

__all__ = [
    "API_VERSION",
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
    "AuthorizationDataParam",
    "BadRequestError",
    "CardFiltersParam",
    "CartAddressParam",
    "CartDetailsParam",
    "CartItemParam",
    "Cashfree",
    "CashfreeError",
    "ConflictError",
    "CustomerDetailsParam",
    "IdempotencyError",
    "IncludeExcludeFilterParam",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Order",
    "OrderMetaParam",
    "OrderPayResult",
    "OrderProductsParam",
    "OtpResult",
    "Payment",
    "PaymentList",
    "PaymentMethod",
    "PaymentMethodsFiltersParam",
    "PermissionDeniedError",
    "ProductConditionParam",
    "ProductFeatureParam",
    "RateLimitError",
    "Refund",
    "RefundList",
    "RefundSplitParam",
    "RequestOptions",
    "TerminalParam",
    "VendorSplitParam",
    "WebhookEvent",
    "WebhookVerificationError",
    "payment_methods",
    "webhooks",
]

_LAZY = {
    "APIResponse": "._raw",
    "Order": "._models",
    "OrderPayResult": "._models",
    "OtpResult": "._models",
    "Payment": "._models",
    "PaymentList": "._models",
    "PaymentMethod": ".payment_methods",
    "Refund": "._models",
    "RefundList": "._models",
    "WebhookEvent": ".webhooks",
}


def __getattr__(name: str) -> Any:
    if name in ("payment_methods", "webhooks"):
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
