"""The nested objects of requests as ``TypedDict``s, so that mypy flags a misspelt key in a caller's dict.

Each one is a request schema of the spec (its name is in the docstring): the same keys, ``Required`` where
the schema's ``required`` lists the key, closed enums as ``Literal``. tests/facade/test_params.py compares
every one with its schema, both ways. At run time the client refuses a key the spec does not name, at
any depth, with a ``ValueError`` naming the object and the key (``_operations.refuse_unknown_keys``).
Where a parameter also takes the generated model of the schema (``cashfree_openapi.models``), the
method's signature says so.

No ``from __future__ import annotations`` here: ``TypedDict`` finds ``Required`` / ``NotRequired`` (its
``__required_keys__``) only in evaluated annotations.
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, NotRequired, Required, TypedDict

__all__ = [
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
]


class CustomerDetailsParam(TypedDict):
    """``CustomerDetails``: the customer paying (dummy details are fine where none are needed)."""

    customer_id: Required[str]
    customer_phone: Required[str]
    customer_email: NotRequired[str]
    customer_name: NotRequired[str]
    customer_bank_account_number: NotRequired[str]
    customer_bank_ifsc: NotRequired[str]
    customer_bank_code: NotRequired[int]
    customer_uid: NotRequired[str]


class IncludeExcludeFilterParam(TypedDict, total=False):
    """``IncludeExcludeFilter``: allow or deny the listed values."""

    action: Literal["ALLOW", "DENY"]
    values: Sequence[str]


class CardFiltersParam(TypedDict, total=False):
    """``CardFilters``: which cards may pay; BINs (six digits) and suffixes are integers."""

    card_emi_tenure: int
    card_emi_bins: Sequence[int]
    card_emi_schemes: Sequence[str]
    card_emi_suffix: Sequence[int]
    card_emi_issuing_bank: Sequence[str]
    card_bins: Sequence[int]
    card_schemes: Sequence[str]
    card_suffix: Sequence[int]
    card_issuing_bank: Sequence[str]


class PaymentMethodsFiltersParam(TypedDict, total=False):
    """``PaymentMethodsFilters``: the methods offered and the cards accepted."""

    methods: IncludeExcludeFilterParam
    filters: CardFiltersParam


class OrderMetaParam(TypedDict, total=False):
    """``OrderMeta``: where the journey ends (``return_url``), where webhooks go (``notify_url``), what is offered."""

    return_url: str
    notify_url: str
    payment_methods: str
    payment_methods_filters: PaymentMethodsFiltersParam
    offer_filters: IncludeExcludeFilterParam
    upi_app_priority: Sequence[str]


class VendorSplitParam(TypedDict):
    """``VendorSplit``: a vendor's share of the order (Easy Split), an ``amount`` or a ``percentage``."""

    vendor_id: Required[str]
    amount: NotRequired[float]
    percentage: NotRequired[float]
    tags: NotRequired[Mapping[str, Any]]


class RefundSplitParam(TypedDict):
    """``RefundSplit``: a vendor's share of a refund (Easy Split); ``amount`` is sent exactly, as every amount."""

    vendor_id: Required[str]
    amount: NotRequired[Decimal | int | float]
    tags: NotRequired[Mapping[str, Any]]


class TerminalParam(TypedDict):
    """``Terminal``: the softPOS terminal an order is created for."""

    terminal_type: Required[str]
    terminal_id: NotRequired[str]
    terminal_name: NotRequired[str]
    terminal_address: NotRequired[str]
    terminal_note: NotRequired[str]
    terminal_phone_no: NotRequired[str]
    terminal_status: NotRequired[str]
    cf_terminal_id: NotRequired[int]
    added_on: NotRequired[str]
    last_updated_on: NotRequired[str]


class CartAddressParam(TypedDict, total=False):
    """``CartAddress``: a shipping or billing address."""

    full_name: str
    country: str
    city: str
    state: str
    pincode: str
    address_1: str
    address_2: str


class CartItemParam(TypedDict, total=False):
    """``CartItem``: one item of the cart."""

    item_id: str
    item_name: str
    item_description: str
    item_tags: Sequence[str]
    item_details_url: str
    item_image_url: str
    item_original_unit_price: float
    item_discounted_unit_price: float
    item_currency: str
    item_quantity: int
    item_variant_id: str


class CartDetailsParam(TypedDict, total=False):
    """``CartDetails``: the cart, its addresses and items."""

    customer_note: str
    shipping_charge: float
    cart_name: str
    customer_shipping_address: CartAddressParam
    customer_billing_address: CartAddressParam
    cart_items: Sequence[CartItemParam]


class ProductConditionParam(TypedDict, total=False):
    """``ProductCondition``: when a product feature applies."""

    action: str
    key: str
    values: Sequence[str]


class ProductFeatureParam(TypedDict, total=False):
    """``ProductFeature``: a product feature switched on or off, with its conditions."""

    enabled: bool
    conditions: Sequence[ProductConditionParam]


class OrderProductsParam(TypedDict, total=False):
    """``OrderProducts``: One Click Checkout and Verify and Pay, where enabled for the account."""

    one_click_checkout: ProductFeatureParam
    verify_pay: ProductFeatureParam


class AuthorizationDataParam(TypedDict, total=False):
    """``AuthorizationData``: the token and 3DS results the merchant holds for a payment (``orders.authorize``)."""

    authentication_token: str
    directory_server_transaction_id: str
    three_ds_server_transaction_id: str
    eci: str
    token_number: str
    token_expiry_year: str
    token_expiry_month: str
    token_cryptogram: str
    transaction_type: Literal["ALT_ID", "TOKEN", "APPLE_PAY"]
