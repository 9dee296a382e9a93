from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerDetailsEntity")


@_attrs_define
class CustomerDetailsEntity:
    """The customer as the order entity returns it.

    Attributes:
        customer_id (None | str | Unset):
        customer_phone (None | str | Unset):
        customer_email (None | str | Unset):
        customer_name (None | str | Unset):
        customer_bank_account_number (None | str | Unset):
        customer_bank_ifsc (None | str | Unset):
        customer_bank_code (int | None | Unset):
        customer_uid (None | str | Unset): Cashfree's id for the customer.
    """

    customer_id: None | str | Unset = UNSET
    customer_phone: None | str | Unset = UNSET
    customer_email: None | str | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    customer_bank_account_number: None | str | Unset = UNSET
    customer_bank_ifsc: None | str | Unset = UNSET
    customer_bank_code: int | None | Unset = UNSET
    customer_uid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_phone: None | str | Unset
        if isinstance(self.customer_phone, Unset):
            customer_phone = UNSET
        else:
            customer_phone = self.customer_phone

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        customer_bank_account_number: None | str | Unset
        if isinstance(self.customer_bank_account_number, Unset):
            customer_bank_account_number = UNSET
        else:
            customer_bank_account_number = self.customer_bank_account_number

        customer_bank_ifsc: None | str | Unset
        if isinstance(self.customer_bank_ifsc, Unset):
            customer_bank_ifsc = UNSET
        else:
            customer_bank_ifsc = self.customer_bank_ifsc

        customer_bank_code: int | None | Unset
        if isinstance(self.customer_bank_code, Unset):
            customer_bank_code = UNSET
        else:
            customer_bank_code = self.customer_bank_code

        customer_uid: None | str | Unset
        if isinstance(self.customer_uid, Unset):
            customer_uid = UNSET
        else:
            customer_uid = self.customer_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_phone is not UNSET:
            field_dict["customer_phone"] = customer_phone
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
        if customer_bank_account_number is not UNSET:
            field_dict["customer_bank_account_number"] = customer_bank_account_number
        if customer_bank_ifsc is not UNSET:
            field_dict["customer_bank_ifsc"] = customer_bank_ifsc
        if customer_bank_code is not UNSET:
            field_dict["customer_bank_code"] = customer_bank_code
        if customer_uid is not UNSET:
            field_dict["customer_uid"] = customer_uid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_customer_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_phone = _parse_customer_phone(d.pop("customer_phone", UNSET))

        def _parse_customer_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_email = _parse_customer_email(d.pop("customer_email", UNSET))

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customer_name", UNSET))

        def _parse_customer_bank_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_bank_account_number = _parse_customer_bank_account_number(
            d.pop("customer_bank_account_number", UNSET)
        )

        def _parse_customer_bank_ifsc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_bank_ifsc = _parse_customer_bank_ifsc(
            d.pop("customer_bank_ifsc", UNSET)
        )

        def _parse_customer_bank_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_bank_code = _parse_customer_bank_code(
            d.pop("customer_bank_code", UNSET)
        )

        def _parse_customer_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_uid = _parse_customer_uid(d.pop("customer_uid", UNSET))

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
