"""Small shared types: the "not given" sentinel, the per-call options and the keyword arguments of an order."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final, Literal, TypedDict, final

import httpx

from ._params import CartDetailsParam, OrderMetaParam, OrderProductsParam, TerminalParam, VendorSplitParam

if TYPE_CHECKING:
    from cashfree_openapi.models import CartDetails, OrderMeta, OrderProducts, Terminal, VendorSplit

Environment = Literal["sandbox", "production"]
TimeoutTypes = float | httpx.Timeout | None


@final
class NotGiven:
    """Tells "argument not given" from an explicit ``None`` (``timeout=None`` means no timeout)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class RequestOptions(TypedDict, total=False):
    """Keyword options every method takes.

    - ``idempotency_key``: sent as ``x-idempotency-key``; a POST without one gets a fresh UUID4, reused on retries.
    - ``request_id``: sent as ``x-request-id`` (Cashfree echoes it; quote it to support).
    - ``timeout``: seconds or an ``httpx.Timeout`` for each attempt of this call; ``None`` waits forever.
    - ``total_timeout``: seconds for the whole call, retries and waits included; ``None`` for no deadline.
    """

    idempotency_key: str
    request_id: str
    timeout: TimeoutTypes
    total_timeout: float | None


class CreateOrderParams(RequestOptions, total=False):
    """The optional fields of an order (see the spec's ``CreateOrderRequest``) and the request options.

    A nested object is a dict of its ``...Param`` type (mypy flags a misspelt key; so does the client, at
    run time) or the generated model of its schema.
    """

    order_id: str
    order_meta: OrderMetaParam | OrderMeta
    order_expiry_time: str | datetime.datetime
    order_note: str
    order_tags: Mapping[str, str]
    order_splits: Sequence[VendorSplitParam | VendorSplit]
    terminal: TerminalParam | Terminal
    cart_details: CartDetailsParam | CartDetails
    products: OrderProductsParam | OrderProducts
