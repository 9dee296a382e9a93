"""``orders``, ``payments`` and ``refunds``: the methods users call.

Each method's body is one line: a shared ``_..._call`` builds the ``Call`` (pure, in ``_operations``),
the client runs it. The async twins differ only by ``async``/``await``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, Unpack

from ._params import AuthorizationDataParam, CustomerDetailsParam, RefundSplitParam
from ._redact import Secret
from ._types import CreateOrderParams, RequestOptions

if TYPE_CHECKING:
    from cashfree_openapi.models import AuthorizationData, CustomerDetails, RefundSplit

    from ._client import AsyncCashfree, Cashfree, _BaseClient
    from ._models import Order, OrderPayResult, OtpResult, Payment, PaymentList, Refund, RefundList
    from ._operations import Call
    from .payment_methods import PaymentMethod

__all__ = ["AsyncOrders", "AsyncPayments", "AsyncRefunds", "Orders", "Payments", "Refunds"]

Amount = Decimal | int | float
RefundSpeed = Literal["STANDARD", "INSTANT"]


class _OrderCalls:
    _client: _BaseClient[Any]  # each public resource narrows it to its client class

    def _create(
        self,
        amount: Amount,
        currency: str,
        customer: CustomerDetailsParam | CustomerDetails | None,
        params: Mapping[str, Any],
    ) -> Call[Order]:
        from ._operations import create_order_call

        return create_order_call(amount, currency, customer, params, api_version=self._client.api_version)

    def _pay(
        self,
        session: str,
        method: Secret[PaymentMethod | Mapping[str, Any]],
        save_instrument: bool | None,
        offer_id: str | None,
        options: Mapping[str, Any],
    ) -> Call[OrderPayResult]:
        from ._operations import pay_order_call

        return pay_order_call(
            session,
            method.reveal(),
            save_instrument=save_instrument,
            offer_id=offer_id,
            api_version=self._client.api_version,
            options=options,
        )

    def _authorize(
        self, session: str, data: Secret[AuthorizationDataParam | AuthorizationData], options: Mapping[str, Any]
    ) -> Call[Payment]:
        from ._operations import authorize_session_call

        return authorize_session_call(session, data.reveal(), api_version=self._client.api_version, options=options)

    def _preauth(self, order_id: str, action: str, amount: Amount | None, options: Mapping[str, Any]) -> Call[Payment]:
        from ._operations import preauthorization_call

        return preauthorization_call(order_id, action, amount, api_version=self._client.api_version, options=options)

    def _get(self, order_id: str, options: Mapping[str, Any]) -> Call[Order]:
        from ._operations import get_order_call

        return get_order_call(order_id, api_version=self._client.api_version, options=options)

    def _terminate(self, order_id: str, options: Mapping[str, Any]) -> Call[Order]:
        from ._operations import terminate_order_call

        return terminate_order_call(order_id, api_version=self._client.api_version, options=options)


class _PaymentCalls:
    _client: _BaseClient[Any]

    def _get(self, order_id: str, cf_payment_id: str | int, options: Mapping[str, Any]) -> Call[Payment]:
        from ._operations import get_payment_call

        return get_payment_call(order_id, cf_payment_id, api_version=self._client.api_version, options=options)

    def _list(self, order_id: str, options: Mapping[str, Any]) -> Call[PaymentList]:
        from ._operations import list_payments_call

        return list_payments_call(order_id, api_version=self._client.api_version, options=options)

    def _otp(
        self, cf_payment_id: str | int, action: str, otp: str | None, options: Mapping[str, Any]
    ) -> Call[OtpResult]:
        from ._operations import authenticate_call

        return authenticate_call(cf_payment_id, action, otp, api_version=self._client.api_version, options=options)


class _RefundCalls:
    _client: _BaseClient[Any]

    def _create(
        self,
        order_id: str,
        amount: Amount,
        refund_id: str | None,
        note: str | None,
        speed: str | None,
        splits: Sequence[RefundSplitParam | RefundSplit] | None,
        options: Mapping[str, Any],
    ) -> Call[Refund]:
        from ._operations import create_refund_call

        return create_refund_call(
            order_id,
            amount,
            refund_id=refund_id,
            refund_note=note,
            refund_speed=speed,
            refund_splits=splits,
            api_version=self._client.api_version,
            options=options,
        )

    def _get(self, order_id: str, refund_id: str, options: Mapping[str, Any]) -> Call[Refund]:
        from ._operations import get_refund_call

        return get_refund_call(order_id, refund_id, api_version=self._client.api_version, options=options)

    def _list(self, order_id: str, options: Mapping[str, Any]) -> Call[RefundList]:
        from ._operations import list_refunds_call

        return list_refunds_call(order_id, api_version=self._client.api_version, options=options)


class Orders(_OrderCalls):
    """``cf.orders``: create, read, pay or terminate orders; authorise a session; capture or void a pre-auth."""

    _client: Cashfree

    def __init__(self, client: Cashfree) -> None:
        self._client = client

    def create(
        self,
        *,
        order_amount: Amount,
        order_currency: str,
        customer_details: CustomerDetailsParam | CustomerDetails | None = None,
        **params: Unpack[CreateOrderParams],
    ) -> Order:
        """``POST /orders``: create an order; ``order_amount`` at least 1 with at most two decimals."""
        return self._client._request(self._create(order_amount, order_currency, customer_details, params))

    def pay(
        self,
        payment_session_id: str,
        payment_method: PaymentMethod | Mapping[str, Any],
        *,
        save_instrument: bool | None = None,
        offer_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> OrderPayResult:
        """``POST /orders/sessions``: pay with a ``payment_methods`` builder's result."""
        method = Secret(payment_method)
        del payment_method  # a raw mapping may hold a card: not a local of this frame (crash reporters read them)
        return self._client._request(self._pay(payment_session_id, method, save_instrument, offer_id, options))

    def authorize(
        self,
        payment_session_id: str,
        *,
        authorization_data: AuthorizationDataParam | AuthorizationData,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """``POST /orders/sessions/authorize``: pay a session with token / 3DS data the merchant holds."""
        data = Secret(authorization_data)
        del authorization_data  # token data: not a local of this frame (crash reporters read them)
        return self._client._request(self._authorize(payment_session_id, data, options))

    def capture(self, order_id: str, *, amount: Amount, **options: Unpack[RequestOptions]) -> Payment:
        """``POST /orders/{order_id}/authorization`` with ``CAPTURE``: capture up to the authorised amount."""
        return self._client._request(self._preauth(order_id, "CAPTURE", amount, options))

    def void(self, order_id: str, **options: Unpack[RequestOptions]) -> Payment:
        """``POST /orders/{order_id}/authorization`` with ``VOID``: release a pre-authorisation."""
        return self._client._request(self._preauth(order_id, "VOID", None, options))

    def get(self, order_id: str, **options: Unpack[RequestOptions]) -> Order:
        """``GET /orders/{order_id}``: the order with its current ``order_status`` (ACTIVE, PAID, EXPIRED ...)."""
        return self._client._request(self._get(order_id, options))

    def terminate(self, order_id: str, **options: Unpack[RequestOptions]) -> Order:
        """``PATCH /orders/{order_id}``: stop an unpaid order taking payments (TERMINATED or TERMINATION_REQUESTED)."""
        return self._client._request(self._terminate(order_id, options))


class AsyncOrders(_OrderCalls):
    """``cf.orders`` of ``AsyncCashfree``: the methods of ``Orders``, awaitable."""

    _client: AsyncCashfree

    def __init__(self, client: AsyncCashfree) -> None:
        self._client = client

    async def create(
        self,
        *,
        order_amount: Amount,
        order_currency: str,
        customer_details: CustomerDetailsParam | CustomerDetails | None = None,
        **params: Unpack[CreateOrderParams],
    ) -> Order:
        """``POST /orders``: create an order; ``order_amount`` at least 1 with at most two decimals."""
        return await self._client._request(self._create(order_amount, order_currency, customer_details, params))

    async def pay(
        self,
        payment_session_id: str,
        payment_method: PaymentMethod | Mapping[str, Any],
        *,
        save_instrument: bool | None = None,
        offer_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> OrderPayResult:
        """``POST /orders/sessions``: pay with a ``payment_methods`` builder's result."""
        method = Secret(payment_method)
        del payment_method  # a raw mapping may hold a card: not a local of this frame (crash reporters read them)
        return await self._client._request(self._pay(payment_session_id, method, save_instrument, offer_id, options))

    async def authorize(
        self,
        payment_session_id: str,
        *,
        authorization_data: AuthorizationDataParam | AuthorizationData,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """``POST /orders/sessions/authorize``: pay a session with token / 3DS data the merchant holds."""
        data = Secret(authorization_data)
        del authorization_data  # token data: not a local of this frame (crash reporters read them)
        return await self._client._request(self._authorize(payment_session_id, data, options))

    async def capture(self, order_id: str, *, amount: Amount, **options: Unpack[RequestOptions]) -> Payment:
        """``POST /orders/{order_id}/authorization`` with ``CAPTURE``: capture up to the authorised amount."""
        return await self._client._request(self._preauth(order_id, "CAPTURE", amount, options))

    async def void(self, order_id: str, **options: Unpack[RequestOptions]) -> Payment:
        """``POST /orders/{order_id}/authorization`` with ``VOID``: release a pre-authorisation."""
        return await self._client._request(self._preauth(order_id, "VOID", None, options))

    async def get(self, order_id: str, **options: Unpack[RequestOptions]) -> Order:
        """``GET /orders/{order_id}``: the order with its current ``order_status`` (ACTIVE, PAID, EXPIRED ...)."""
        return await self._client._request(self._get(order_id, options))

    async def terminate(self, order_id: str, **options: Unpack[RequestOptions]) -> Order:
        """``PATCH /orders/{order_id}``: stop an unpaid order taking payments (TERMINATED or TERMINATION_REQUESTED)."""
        return await self._client._request(self._terminate(order_id, options))


class Payments(_PaymentCalls):
    """``cf.payments``: read payments, submit or resend a native OTP."""

    _client: Cashfree

    def __init__(self, client: Cashfree) -> None:
        self._client = client

    def get(self, order_id: str, cf_payment_id: str | int, **options: Unpack[RequestOptions]) -> Payment:
        """``GET /orders/{order_id}/payments/{cf_payment_id}``."""
        return self._client._request(self._get(order_id, cf_payment_id, options))

    def list(self, order_id: str, **options: Unpack[RequestOptions]) -> PaymentList:
        """``GET /orders/{order_id}/payments``: every payment of the order, oldest first."""
        return self._client._request(self._list(order_id, options))

    def submit_otp(self, cf_payment_id: str | int, otp: str, **options: Unpack[RequestOptions]) -> OtpResult:
        """``POST /orders/pay/authenticate/{cf_payment_id}`` with ``SUBMIT_OTP``."""
        return self._client._request(self._otp(cf_payment_id, "SUBMIT_OTP", otp, options))

    def resend_otp(self, cf_payment_id: str | int, **options: Unpack[RequestOptions]) -> OtpResult:
        """``POST /orders/pay/authenticate/{cf_payment_id}`` with ``RESEND_OTP``."""
        return self._client._request(self._otp(cf_payment_id, "RESEND_OTP", None, options))


class AsyncPayments(_PaymentCalls):
    """``cf.payments`` of ``AsyncCashfree``: the methods of ``Payments``, awaitable."""

    _client: AsyncCashfree

    def __init__(self, client: AsyncCashfree) -> None:
        self._client = client

    async def get(self, order_id: str, cf_payment_id: str | int, **options: Unpack[RequestOptions]) -> Payment:
        """``GET /orders/{order_id}/payments/{cf_payment_id}``."""
        return await self._client._request(self._get(order_id, cf_payment_id, options))

    async def list(self, order_id: str, **options: Unpack[RequestOptions]) -> PaymentList:
        """``GET /orders/{order_id}/payments``: every payment of the order, oldest first."""
        return await self._client._request(self._list(order_id, options))

    async def submit_otp(self, cf_payment_id: str | int, otp: str, **options: Unpack[RequestOptions]) -> OtpResult:
        """``POST /orders/pay/authenticate/{cf_payment_id}`` with ``SUBMIT_OTP``."""
        return await self._client._request(self._otp(cf_payment_id, "SUBMIT_OTP", otp, options))

    async def resend_otp(self, cf_payment_id: str | int, **options: Unpack[RequestOptions]) -> OtpResult:
        """``POST /orders/pay/authenticate/{cf_payment_id}`` with ``RESEND_OTP``."""
        return await self._client._request(self._otp(cf_payment_id, "RESEND_OTP", None, options))


class Refunds(_RefundCalls):
    """``cf.refunds``: refund a paid order, in part or whole, and read its refunds."""

    _client: Cashfree

    def __init__(self, client: Cashfree) -> None:
        self._client = client

    def create(
        self,
        order_id: str,
        *,
        refund_amount: Amount,
        refund_id: str | None = None,
        refund_note: str | None = None,
        refund_speed: RefundSpeed | None = None,
        refund_splits: Sequence[RefundSplitParam | RefundSplit] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Refund:
        """``POST /orders/{order_id}/refunds``: a refund of more than 0, two decimals at most.

        Without ``refund_id`` the client makes one; it and the idempotency key are reused by every
        retry, so a retried refund never refunds twice.
        """
        return self._client._request(
            self._create(order_id, refund_amount, refund_id, refund_note, refund_speed, refund_splits, options)
        )

    def get(self, order_id: str, refund_id: str, **options: Unpack[RequestOptions]) -> Refund:
        """``GET /orders/{order_id}/refunds/{refund_id}``."""
        return self._client._request(self._get(order_id, refund_id, options))

    def list(self, order_id: str, **options: Unpack[RequestOptions]) -> RefundList:
        """``GET /orders/{order_id}/refunds``: every refund of the order, oldest first."""
        return self._client._request(self._list(order_id, options))


class AsyncRefunds(_RefundCalls):
    """``cf.refunds`` of ``AsyncCashfree``: the methods of ``Refunds``, awaitable."""

    _client: AsyncCashfree

    def __init__(self, client: AsyncCashfree) -> None:
        self._client = client

    async def create(
        self,
        order_id: str,
        *,
        refund_amount: Amount,
        refund_id: str | None = None,
        refund_note: str | None = None,
        refund_speed: RefundSpeed | None = None,
        refund_splits: Sequence[RefundSplitParam | RefundSplit] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Refund:
        """``POST /orders/{order_id}/refunds``: a refund of more than 0, two decimals at most.

        Without ``refund_id`` the client makes one; it and the idempotency key are reused by every
        retry, so a retried refund never refunds twice.
        """
        return await self._client._request(
            self._create(order_id, refund_amount, refund_id, refund_note, refund_speed, refund_splits, options)
        )

    async def get(self, order_id: str, refund_id: str, **options: Unpack[RequestOptions]) -> Refund:
        """``GET /orders/{order_id}/refunds/{refund_id}``."""
        return await self._client._request(self._get(order_id, refund_id, options))

    async def list(self, order_id: str, **options: Unpack[RequestOptions]) -> RefundList:
        """``GET /orders/{order_id}/refunds``: every refund of the order, oldest first."""
        return await self._client._request(self._list(order_id, options))
