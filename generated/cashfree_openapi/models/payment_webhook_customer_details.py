from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentWebhookCustomerDetails")


@_attrs_define
class PaymentWebhookCustomerDetails:
    """
    Attributes:
        customer_name (None | str | Unset):
        customer_id (None | str | Unset):
        customer_email (None | str | Unset):
        customer_phone (None | str | Unset):
    """

    customer_name: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_email: None | str | Unset = UNSET
    customer_phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        customer_phone: None | str | Unset
        if isinstance(self.customer_phone, Unset):
            customer_phone = UNSET
        else:
            customer_phone = self.customer_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_phone is not UNSET:
            field_dict["customer_phone"] = customer_phone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customer_name", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_customer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customer_email", UNSET))

        def _parse_customer_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_phone = _parse_customer_phone(d.pop("customer_phone", UNSET))

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
