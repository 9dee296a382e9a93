from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentWebhookCustomerDetails")


@_attrs_define
class PaymentWebhookCustomerDetails:
    """
    Attributes:
        customer_name (None | str):
        customer_id (None | str):
        customer_email (None | str):
        customer_phone (None | str):
    """

    customer_name: None | str
    customer_id: None | str
    customer_email: None | str
    customer_phone: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_name: None | str
        customer_name = self.customer_name

        customer_id: None | str
        customer_id = self.customer_id

        customer_email: None | str
        customer_email = self.customer_email

        customer_phone: None | str
        customer_phone = self.customer_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_name": customer_name,
                "customer_id": customer_id,
                "customer_email": customer_email,
                "customer_phone": customer_phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_customer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_name = _parse_customer_name(d.pop("customer_name", None))

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id", None))

        def _parse_customer_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_email = _parse_customer_email(d.pop("customer_email", None))

        def _parse_customer_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_phone = _parse_customer_phone(d.pop("customer_phone", None))

        payment_webhook_customer_details = cls(
            customer_name=customer_name,
            customer_id=customer_id,
            customer_email=customer_email,
            customer_phone=customer_phone,
        )

        payment_webhook_customer_details.additional_properties = d
        return payment_webhook_customer_details

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
