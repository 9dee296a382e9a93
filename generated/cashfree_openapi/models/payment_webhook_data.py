from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentWebhookData")


@_attrs_define
class PaymentWebhookData:
    """
    Attributes:
        order (PaymentWebhookOrder): The order a payment event belongs to.
        payment (PaymentWebhookPayment): The payment of a payment event (a part of the payment entity).
        customer_details (None | PaymentWebhookCustomerDetails):
        error_details (ErrorDetails | None):
        payment_gateway_details (None | PaymentGatewayDetails):
        payment_surcharge (None | PaymentSurcharge):
        payment_offers (list[PaymentWebhookDataPaymentOffersType0Item] | None):
    """

    order: PaymentWebhookOrder
    payment: PaymentWebhookPayment
    customer_details: None | PaymentWebhookCustomerDetails
    error_details: ErrorDetails | None
    payment_gateway_details: None | PaymentGatewayDetails
    payment_surcharge: None | PaymentSurcharge
    payment_offers: list[PaymentWebhookDataPaymentOffersType0Item] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order = self.order.to_dict()

        payment = self.payment.to_dict()

        customer_details: dict[str, Any] | None
        if isinstance(self.customer_details, PaymentWebhookCustomerDetails):
            customer_details = self.customer_details.to_dict()
        else:
            customer_details = self.customer_details

        error_details: dict[str, Any] | None
        if isinstance(self.error_details, ErrorDetails):
            error_details = self.error_details.to_dict()
        else:
            error_details = self.error_details

        payment_gateway_details: dict[str, Any] | None
        if isinstance(self.payment_gateway_details, PaymentGatewayDetails):
            payment_gateway_details = self.payment_gateway_details.to_dict()
        else:
            payment_gateway_details = self.payment_gateway_details

        payment_surcharge: dict[str, Any] | None
        if isinstance(self.payment_surcharge, PaymentSurcharge):
            payment_surcharge = self.payment_surcharge.to_dict()
        else:
            payment_surcharge = self.payment_surcharge

        payment_offers: list[dict[str, Any]] | None
        if isinstance(self.payment_offers, list):
            payment_offers = []
            for payment_offers_type_0_item_data in self.payment_offers:
                payment_offers_type_0_item = payment_offers_type_0_item_data.to_dict()
                payment_offers.append(payment_offers_type_0_item)

        else:
            payment_offers = self.payment_offers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
                "payment": payment,
                "customer_details": customer_details,
                "error_details": error_details,
                "payment_gateway_details": payment_gateway_details,
                "payment_surcharge": payment_surcharge,
                "payment_offers": payment_offers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order = PaymentWebhookOrder.from_dict(d.pop("order"))

        payment = PaymentWebhookPayment.from_dict(d.pop("payment"))

        def _parse_customer_details(
            data: object,
        ) -> None | PaymentWebhookCustomerDetails:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_details_type_0 = PaymentWebhookCustomerDetails.from_dict(data)

                return customer_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentWebhookCustomerDetails, data)

        customer_details = _parse_customer_details(d.pop("customer_details", None))

        def _parse_error_details(data: object) -> ErrorDetails | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_details_type_0 = ErrorDetails.from_dict(data)

                return error_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorDetails | None, data)

        error_details = _parse_error_details(d.pop("error_details", None))

        def _parse_payment_gateway_details(
            data: object,
        ) -> None | PaymentGatewayDetails:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_gateway_details_type_0 = PaymentGatewayDetails.from_dict(data)

                return payment_gateway_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentGatewayDetails, data)

        payment_gateway_details = _parse_payment_gateway_details(
            d.pop("payment_gateway_details", None)
        )

        def _parse_payment_surcharge(data: object) -> None | PaymentSurcharge:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_surcharge_type_0 = PaymentSurcharge.from_dict(data)

                return payment_surcharge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentSurcharge, data)

        payment_surcharge = _parse_payment_surcharge(d.pop("payment_surcharge", None))

        def _parse_payment_offers(
            data: object,
        ) -> list[PaymentWebhookDataPaymentOffersType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_offers_type_0 = []
                _payment_offers_type_0 = data
                for payment_offers_type_0_item_data in _payment_offers_type_0:
                    payment_offers_type_0_item = (
                        PaymentWebhookDataPaymentOffersType0Item.from_dict(
                            payment_offers_type_0_item_data
                        )
                    )

                    payment_offers_type_0.append(payment_offers_type_0_item)

                return payment_offers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaymentWebhookDataPaymentOffersType0Item] | None, data)

        payment_offers = _parse_payment_offers(d.pop("payment_offers", None))

        payment_webhook_data = cls(
            order=order,
            payment=payment,
            customer_details=customer_details,
            error_details=error_details,
            payment_gateway_details=payment_gateway_details,
            payment_surcharge=payment_surcharge,
            payment_offers=payment_offers,
        )

        payment_webhook_data.additional_properties = d
        return payment_webhook_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.error_details import ErrorDetails
from ..models.payment_gateway_details import PaymentGatewayDetails
from ..models.payment_surcharge import PaymentSurcharge
from ..models.payment_webhook_customer_details import PaymentWebhookCustomerDetails
from ..models.payment_webhook_data_payment_offers_type_0_item import (
    PaymentWebhookDataPaymentOffersType0Item,
)
from ..models.payment_webhook_order import PaymentWebhookOrder
from ..models.payment_webhook_payment import PaymentWebhookPayment
