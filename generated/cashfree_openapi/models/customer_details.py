from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerDetails")


@_attrs_define
class CustomerDetails:
    """The customer paying. Dummy details are fine where none are needed.

    Example:
        {'customer_id': '7112AAA812234', 'customer_email': 'john@cashfree.com', 'customer_phone': '9908734801',
            'customer_name': 'John Doe', 'customer_bank_account_number': '1518121112', 'customer_bank_ifsc': 'XITI0000001',
            'customer_bank_code': 3333, 'customer_uid': '54deabb4-ba45-4a60-9e6a-9c016fe7ab10'}

    Attributes:
        customer_id (str):
        customer_phone (str): Ten-digit phone number.
        customer_email (str | Unset):
        customer_name (str | Unset):
        customer_bank_account_number (str | Unset):
        customer_bank_ifsc (str | Unset):
        customer_bank_code (int | Unset):
        customer_uid (str | Unset): Cashfree's id for the customer, from the customer APIs; links the order to that
            customer.
    """

    customer_id: str
    customer_phone: str
    customer_email: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    customer_bank_account_number: str | Unset = UNSET
    customer_bank_ifsc: str | Unset = UNSET
    customer_bank_code: int | Unset = UNSET
    customer_uid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        customer_phone = self.customer_phone

        customer_email = self.customer_email

        customer_name = self.customer_name

        customer_bank_account_number = self.customer_bank_account_number

        customer_bank_ifsc = self.customer_bank_ifsc

        customer_bank_code = self.customer_bank_code

        customer_uid = self.customer_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "customer_phone": customer_phone,
            }
        )
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
        customer_id = d.pop("customer_id")

        customer_phone = d.pop("customer_phone")

        customer_email = d.pop("customer_email", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        customer_bank_account_number = d.pop("customer_bank_account_number", UNSET)

        customer_bank_ifsc = d.pop("customer_bank_ifsc", UNSET)

        customer_bank_code = d.pop("customer_bank_code", UNSET)

        customer_uid = d.pop("customer_uid", UNSET)

        customer_details = cls(
            customer_id=customer_id,
            customer_phone=customer_phone,
            customer_email=customer_email,
            customer_name=customer_name,
            customer_bank_account_number=customer_bank_account_number,
            customer_bank_ifsc=customer_bank_ifsc,
            customer_bank_code=customer_bank_code,
            customer_uid=customer_uid,
        )

        customer_details.additional_properties = d
        return customer_details

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
