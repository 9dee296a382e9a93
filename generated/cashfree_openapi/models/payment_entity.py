from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_group import PaymentGroup
from ..models.payment_status import PaymentStatus

T = TypeVar("T", bound="PaymentEntity")


@_attrs_define
class PaymentEntity:
    """A payment of an order.

    Attributes:
        cf_payment_id (str):
        order_id (str):
        entity (None | str):  Example: payment.
        payment_status (PaymentStatus | str):
        payment_message (None | str):
        payment_group (None | PaymentGroup | str):
        is_captured (bool | None):
        order_amount (float | None):
        order_currency (None | str):
        payment_amount (float | None):
        payment_currency (None | str):
        payment_time (None | str):
        payment_completion_time (None | str):
        bank_reference (None | str):
        auth_id (None | str):
        error_details (ErrorDetails | None):
        authorization (AuthorizationDetails | None):
        payment_method (None | PaymentMethodAppInPaymentsEntity | PaymentMethodBanktransferInPaymentsEntity |
            PaymentMethodCardEMIInPaymentsEntity | PaymentMethodCardInPaymentsEntity |
            PaymentMethodCardlessEMIInPaymentsEntity | PaymentMethodNetbankingInPaymentsEntity |
            PaymentMethodPaylaterInPaymentsEntity | PaymentMethodUPIInPaymentsEntity):
        international_payment (InternationalPayment | None):
        payment_gateway_details (None | PaymentGatewayDetails):
        payment_surcharge (None | PaymentSurcharge):
        payment_offers (list[PaymentEntityPaymentOffersType0Item] | None):
    """

    cf_payment_id: str
    order_id: str
    entity: None | str
    payment_status: PaymentStatus | str
    payment_message: None | str
    payment_group: None | PaymentGroup | str
    is_captured: bool | None
    order_amount: float | None
    order_currency: None | str
    payment_amount: float | None
    payment_currency: None | str
    payment_time: None | str
    payment_completion_time: None | str
    bank_reference: None | str
    auth_id: None | str
    error_details: ErrorDetails | None
    authorization: AuthorizationDetails | None
    payment_method: (
        None
        | PaymentMethodAppInPaymentsEntity
        | PaymentMethodBanktransferInPaymentsEntity
        | PaymentMethodCardEMIInPaymentsEntity
        | PaymentMethodCardInPaymentsEntity
        | PaymentMethodCardlessEMIInPaymentsEntity
        | PaymentMethodNetbankingInPaymentsEntity
        | PaymentMethodPaylaterInPaymentsEntity
        | PaymentMethodUPIInPaymentsEntity
    )
    international_payment: InternationalPayment | None
    payment_gateway_details: None | PaymentGatewayDetails
    payment_surcharge: None | PaymentSurcharge
    payment_offers: list[PaymentEntityPaymentOffersType0Item] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cf_payment_id = self.cf_payment_id

        order_id = self.order_id

        entity: None | str
        entity = self.entity

        payment_status: str
        if isinstance(self.payment_status, PaymentStatus):
            payment_status = self.payment_status.value
        else:
            payment_status = self.payment_status

        payment_message: None | str
        payment_message = self.payment_message

        payment_group: None | str
        if isinstance(self.payment_group, PaymentGroup):
            payment_group = self.payment_group.value
        else:
            payment_group = self.payment_group

        is_captured: bool | None
        is_captured = self.is_captured

        order_amount: float | None
        order_amount = self.order_amount

        order_currency: None | str
        order_currency = self.order_currency

        payment_amount: float | None
        payment_amount = self.payment_amount

        payment_currency: None | str
        payment_currency = self.payment_currency

        payment_time: None | str
        payment_time = self.payment_time

        payment_completion_time: None | str
        payment_completion_time = self.payment_completion_time

        bank_reference: None | str
        bank_reference = self.bank_reference

        auth_id: None | str
        auth_id = self.auth_id

        error_details: dict[str, Any] | None
        if isinstance(self.error_details, ErrorDetails):
            error_details = self.error_details.to_dict()
        else:
            error_details = self.error_details

        authorization: dict[str, Any] | None
        if isinstance(self.authorization, AuthorizationDetails):
            authorization = self.authorization.to_dict()
        else:
            authorization = self.authorization

        payment_method: dict[str, Any] | None
        if (
            isinstance(self.payment_method, PaymentMethodCardInPaymentsEntity)
            or isinstance(self.payment_method, PaymentMethodCardEMIInPaymentsEntity)
            or isinstance(self.payment_method, PaymentMethodNetbankingInPaymentsEntity)
            or isinstance(self.payment_method, PaymentMethodUPIInPaymentsEntity)
            or isinstance(self.payment_method, PaymentMethodAppInPaymentsEntity)
            or isinstance(self.payment_method, PaymentMethodCardlessEMIInPaymentsEntity)
            or isinstance(self.payment_method, PaymentMethodPaylaterInPaymentsEntity)
            or isinstance(
                self.payment_method, PaymentMethodBanktransferInPaymentsEntity
            )
        ):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        international_payment: dict[str, Any] | None
        if isinstance(self.international_payment, InternationalPayment):
            international_payment = self.international_payment.to_dict()
        else:
            international_payment = self.international_payment

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
                "cf_payment_id": cf_payment_id,
                "order_id": order_id,
                "entity": entity,
                "payment_status": payment_status,
                "payment_message": payment_message,
                "payment_group": payment_group,
                "is_captured": is_captured,
                "order_amount": order_amount,
                "order_currency": order_currency,
                "payment_amount": payment_amount,
                "payment_currency": payment_currency,
                "payment_time": payment_time,
                "payment_completion_time": payment_completion_time,
                "bank_reference": bank_reference,
                "auth_id": auth_id,
                "error_details": error_details,
                "authorization": authorization,
                "payment_method": payment_method,
                "international_payment": international_payment,
                "payment_gateway_details": payment_gateway_details,
                "payment_surcharge": payment_surcharge,
                "payment_offers": payment_offers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cf_payment_id = d.pop("cf_payment_id")

        order_id = d.pop("order_id")

        def _parse_entity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        entity = _parse_entity(d.pop("entity", None))

        def _parse_payment_status(data: object) -> PaymentStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_status_type_0 = PaymentStatus(data)

                return payment_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PaymentStatus | str, data)

        payment_status = _parse_payment_status(d.pop("payment_status"))

        def _parse_payment_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_message = _parse_payment_message(d.pop("payment_message", None))

        def _parse_payment_group(data: object) -> None | PaymentGroup | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_group_type_0 = PaymentGroup(data)

                return payment_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentGroup | str, data)

        payment_group = _parse_payment_group(d.pop("payment_group", None))

        def _parse_is_captured(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_captured = _parse_is_captured(d.pop("is_captured", None))

        def _parse_order_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        order_amount = _parse_order_amount(d.pop("order_amount", None))

        def _parse_order_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_currency = _parse_order_currency(d.pop("order_currency", None))

        def _parse_payment_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        payment_amount = _parse_payment_amount(d.pop("payment_amount", None))

        def _parse_payment_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_currency = _parse_payment_currency(d.pop("payment_currency", None))

        def _parse_payment_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_time = _parse_payment_time(d.pop("payment_time", None))

        def _parse_payment_completion_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_completion_time = _parse_payment_completion_time(
            d.pop("payment_completion_time", None)
        )

        def _parse_bank_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank_reference = _parse_bank_reference(d.pop("bank_reference", None))

        def _parse_auth_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        auth_id = _parse_auth_id(d.pop("auth_id", None))

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

        def _parse_authorization(data: object) -> AuthorizationDetails | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authorization_type_0 = AuthorizationDetails.from_dict(data)

                return authorization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorizationDetails | None, data)

        authorization = _parse_authorization(d.pop("authorization", None))

        def _parse_payment_method(
            data: object,
        ) -> (
            None
            | PaymentMethodAppInPaymentsEntity
            | PaymentMethodBanktransferInPaymentsEntity
            | PaymentMethodCardEMIInPaymentsEntity
            | PaymentMethodCardInPaymentsEntity
            | PaymentMethodCardlessEMIInPaymentsEntity
            | PaymentMethodNetbankingInPaymentsEntity
            | PaymentMethodPaylaterInPaymentsEntity
            | PaymentMethodUPIInPaymentsEntity
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_entity_method_type_0 = (
                    PaymentMethodCardInPaymentsEntity.from_dict(data)
                )

                return componentsschemas_payment_entity_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_entity_method_type_1 = (
                    PaymentMethodCardEMIInPaymentsEntity.from_dict(data)
                )

                return componentsschemas_payment_entity_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_entity_method_type_2 = (
                    PaymentMethodNetbankingInPaymentsEntity.from_dict(data)
                )

                return componentsschemas_payment_entity_method_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_entity_method_type_3 = (
                    PaymentMethodUPIInPaymentsEntity.from_dict(data)
                )

                return componentsschemas_payment_entity_method_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_entity_method_type_4 = (
                    PaymentMethodAppInPaymentsEntity.from_dict(data)
                )

                return componentsschemas_payment_entity_method_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_entity_method_type_5 = (
                    PaymentMethodCardlessEMIInPaymentsEntity.from_dict(data)
                )

                return componentsschemas_payment_entity_method_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_entity_method_type_6 = (
                    PaymentMethodPaylaterInPaymentsEntity.from_dict(data)
                )

                return componentsschemas_payment_entity_method_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_entity_method_type_7 = (
                    PaymentMethodBanktransferInPaymentsEntity.from_dict(data)
                )

                return componentsschemas_payment_entity_method_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PaymentMethodAppInPaymentsEntity
                | PaymentMethodBanktransferInPaymentsEntity
                | PaymentMethodCardEMIInPaymentsEntity
                | PaymentMethodCardInPaymentsEntity
                | PaymentMethodCardlessEMIInPaymentsEntity
                | PaymentMethodNetbankingInPaymentsEntity
                | PaymentMethodPaylaterInPaymentsEntity
                | PaymentMethodUPIInPaymentsEntity,
                data,
            )

        payment_method = _parse_payment_method(d.pop("payment_method", None))

        def _parse_international_payment(data: object) -> InternationalPayment | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                international_payment_type_0 = InternationalPayment.from_dict(data)

                return international_payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternationalPayment | None, data)

        international_payment = _parse_international_payment(
            d.pop("international_payment", None)
        )

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
        ) -> list[PaymentEntityPaymentOffersType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_offers_type_0 = []
                _payment_offers_type_0 = data
                for payment_offers_type_0_item_data in _payment_offers_type_0:
                    payment_offers_type_0_item = (
                        PaymentEntityPaymentOffersType0Item.from_dict(
                            payment_offers_type_0_item_data
                        )
                    )

                    payment_offers_type_0.append(payment_offers_type_0_item)

                return payment_offers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PaymentEntityPaymentOffersType0Item] | None, data)

        payment_offers = _parse_payment_offers(d.pop("payment_offers", None))

        payment_entity = cls(
            cf_payment_id=cf_payment_id,
            order_id=order_id,
            entity=entity,
            payment_status=payment_status,
            payment_message=payment_message,
            payment_group=payment_group,
            is_captured=is_captured,
            order_amount=order_amount,
            order_currency=order_currency,
            payment_amount=payment_amount,
            payment_currency=payment_currency,
            payment_time=payment_time,
            payment_completion_time=payment_completion_time,
            bank_reference=bank_reference,
            auth_id=auth_id,
            error_details=error_details,
            authorization=authorization,
            payment_method=payment_method,
            international_payment=international_payment,
            payment_gateway_details=payment_gateway_details,
            payment_surcharge=payment_surcharge,
            payment_offers=payment_offers,
        )

        payment_entity.additional_properties = d
        return payment_entity

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
from ..models.authorization_details import AuthorizationDetails
from ..models.error_details import ErrorDetails
from ..models.international_payment import InternationalPayment
from ..models.payment_entity_payment_offers_type_0_item import (
    PaymentEntityPaymentOffersType0Item,
)
from ..models.payment_gateway_details import PaymentGatewayDetails
from ..models.payment_method_app_in_payments_entity import (
    PaymentMethodAppInPaymentsEntity,
)
from ..models.payment_method_banktransfer_in_payments_entity import (
    PaymentMethodBanktransferInPaymentsEntity,
)
from ..models.payment_method_card_emi_in_payments_entity import (
    PaymentMethodCardEMIInPaymentsEntity,
)
from ..models.payment_method_card_in_payments_entity import (
    PaymentMethodCardInPaymentsEntity,
)
from ..models.payment_method_cardless_emi_in_payments_entity import (
    PaymentMethodCardlessEMIInPaymentsEntity,
)
from ..models.payment_method_netbanking_in_payments_entity import (
    PaymentMethodNetbankingInPaymentsEntity,
)
from ..models.payment_method_paylater_in_payments_entity import (
    PaymentMethodPaylaterInPaymentsEntity,
)
from ..models.payment_method_upi_in_payments_entity import (
    PaymentMethodUPIInPaymentsEntity,
)
from ..models.payment_surcharge import PaymentSurcharge
