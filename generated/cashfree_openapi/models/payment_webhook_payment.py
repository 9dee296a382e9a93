from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_group import PaymentGroup
from ..models.payment_status import PaymentStatus

T = TypeVar("T", bound="PaymentWebhookPayment")


@_attrs_define
class PaymentWebhookPayment:
    """The payment of a payment event (a part of the payment entity).

    Attributes:
        cf_payment_id (str):
        payment_status (PaymentStatus | str):
        payment_amount (float | None):
        payment_currency (None | str):
        payment_message (None | str):
        payment_time (None | str):
        bank_reference (None | str):
        auth_id (None | str):
        payment_method (None | PaymentMethodAppInPaymentsEntity | PaymentMethodBanktransferInPaymentsEntity |
            PaymentMethodCardEMIInPaymentsEntity | PaymentMethodCardInPaymentsEntity |
            PaymentMethodCardlessEMIInPaymentsEntity | PaymentMethodNetbankingInPaymentsEntity |
            PaymentMethodPaylaterInPaymentsEntity | PaymentMethodUPIInPaymentsEntity):
        payment_group (None | PaymentGroup | str):
    """

    cf_payment_id: str
    payment_status: PaymentStatus | str
    payment_amount: float | None
    payment_currency: None | str
    payment_message: None | str
    payment_time: None | str
    bank_reference: None | str
    auth_id: None | str
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
    payment_group: None | PaymentGroup | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cf_payment_id = self.cf_payment_id

        payment_status: str
        if isinstance(self.payment_status, PaymentStatus):
            payment_status = self.payment_status.value
        else:
            payment_status = self.payment_status

        payment_amount: float | None
        payment_amount = self.payment_amount

        payment_currency: None | str
        payment_currency = self.payment_currency

        payment_message: None | str
        payment_message = self.payment_message

        payment_time: None | str
        payment_time = self.payment_time

        bank_reference: None | str
        bank_reference = self.bank_reference

        auth_id: None | str
        auth_id = self.auth_id

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

        payment_group: None | str
        if isinstance(self.payment_group, PaymentGroup):
            payment_group = self.payment_group.value
        else:
            payment_group = self.payment_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cf_payment_id": cf_payment_id,
                "payment_status": payment_status,
                "payment_amount": payment_amount,
                "payment_currency": payment_currency,
                "payment_message": payment_message,
                "payment_time": payment_time,
                "bank_reference": bank_reference,
                "auth_id": auth_id,
                "payment_method": payment_method,
                "payment_group": payment_group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cf_payment_id = d.pop("cf_payment_id")

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

        def _parse_payment_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_message = _parse_payment_message(d.pop("payment_message", None))

        def _parse_payment_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_time = _parse_payment_time(d.pop("payment_time", None))

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

        payment_webhook_payment = cls(
            cf_payment_id=cf_payment_id,
            payment_status=payment_status,
            payment_amount=payment_amount,
            payment_currency=payment_currency,
            payment_message=payment_message,
            payment_time=payment_time,
            bank_reference=bank_reference,
            auth_id=auth_id,
            payment_method=payment_method,
            payment_group=payment_group,
        )

        payment_webhook_payment.additional_properties = d
        return payment_webhook_payment

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
