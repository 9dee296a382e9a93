from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartAddress")


@_attrs_define
class CartAddress:
    """
    Attributes:
        full_name (str | Unset):
        country (str | Unset):
        city (str | Unset):
        state (str | Unset):
        pincode (str | Unset):
        address_1 (str | Unset):
        address_2 (str | Unset):
    """

    full_name: str | Unset = UNSET
    country: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    pincode: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        country = self.country

        city = self.city

        state = self.state

        pincode = self.pincode

        address_1 = self.address_1

        address_2 = self.address_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if pincode is not UNSET:
            field_dict["pincode"] = pincode
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        full_name = d.pop("full_name", UNSET)

        country = d.pop("country", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        pincode = d.pop("pincode", UNSET)

        address_1 = d.pop("address_1", UNSET)

        address_2 = d.pop("address_2", UNSET)

        cart_address = cls(
            full_name=full_name,
            country=country,
            city=city,
            state=state,
            pincode=pincode,
            address_1=address_1,
            address_2=address_2,
        )

        cart_address.additional_properties = d
        return cart_address

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
