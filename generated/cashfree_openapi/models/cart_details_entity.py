from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CartDetailsEntity")


@_attrs_define
class CartDetailsEntity:
    """
    Attributes:
        cart_id (None | str):
    """

    cart_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cart_id: None | str
        cart_id = self.cart_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cart_id": cart_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cart_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cart_id = _parse_cart_id(d.pop("cart_id", None))

        cart_details_entity = cls(
            cart_id=cart_id,
        )

        cart_details_entity.additional_properties = d
        return cart_details_entity

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
