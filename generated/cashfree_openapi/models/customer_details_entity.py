from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerDetailsEntity")


@_attrs_define
class CustomerDetailsEntity:
    """The customer as the order entity returns it.

    Attributes:
        customer_id (None | str):
        customer_phone (None | str):
        customer_email (None | str):
        customer_name (None | str):
        customer_bank_account_number (None | str):
        customer_bank_ifsc (None | str):
        customer_bank_code (int | None):
        customer_uid (None | str): Cashfree's id for the customer.
    """

    customer_id: None | str
    customer_phone: None | str
    customer_email: None | str
    customer_name: None | str
    customer_bank_account_number: None | str
    customer_bank_ifsc: None | str
    customer_bank_code: int | None
    customer_uid: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        customer_phone: None | str
        customer_phone = self.customer_phone

        customer_email: None | str
        customer_email = self.customer_email

        customer_name: None | str
        customer_name = self.customer_name

        customer_bank_account_number: None | str
        customer_bank_account_number = self.customer_bank_account_number

        customer_bank_ifsc: None | str
        customer_bank_ifsc = self.customer_bank_ifsc

        customer_bank_code: int | None
        customer_bank_code = self.customer_bank_code

        customer_uid: None | str
        customer_uid = self.customer_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "customer_phone": customer_phone,
                "customer_email": customer_email,
                "customer_name": customer_name,
                "customer_bank_account_number": customer_bank_account_number,
                "customer_bank_ifsc": customer_bank_ifsc,
                "customer_bank_code": customer_bank_code,
                "customer_uid": customer_uid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_customer_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_id = _parse_customer_id(d.pop("customer_id", None))

        def _parse_customer_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_phone = _parse_customer_phone(d.pop("customer_phone", None))

        def _parse_customer_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_email = _parse_customer_email(d.pop("customer_email", None))

        def _parse_customer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_name = _parse_customer_name(d.pop("customer_name", None))

        def _parse_customer_bank_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_bank_account_number = _parse_customer_bank_account_number(
            d.pop("customer_bank_account_number", None)
        )

        def _parse_customer_bank_ifsc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_bank_ifsc = _parse_customer_bank_ifsc(
            d.pop("customer_bank_ifsc", None)
        )

        def _parse_customer_bank_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        customer_bank_code = _parse_customer_bank_code(
            d.pop("customer_bank_code", None)
        )

        def _parse_customer_uid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        customer_uid = _parse_customer_uid(d.pop("customer_uid", None))

        customer_details_entity = cls(
            customer_id=customer_id,
            customer_phone=customer_phone,
            customer_email=customer_email,
            customer_name=customer_name,
            customer_bank_account_number=customer_bank_account_number,
            customer_bank_ifsc=customer_bank_ifsc,
            customer_bank_code=customer_bank_code,
            customer_uid=customer_uid,
        )

        customer_details_entity.additional_properties = d
        return customer_details_entity

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
