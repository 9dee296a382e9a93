from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartItem")


@_attrs_define
class CartItem:
    """
    Attributes:
        item_id (str | Unset):
        item_name (str | Unset):
        item_description (str | Unset):
        item_tags (list[str] | Unset):
        item_details_url (str | Unset):
        item_image_url (str | Unset):
        item_original_unit_price (float | Unset):
        item_discounted_unit_price (float | Unset):
        item_currency (str | Unset):
        item_quantity (int | Unset):
        item_variant_id (str | Unset):
    """

    item_id: str | Unset = UNSET
    item_name: str | Unset = UNSET
    item_description: str | Unset = UNSET
    item_tags: list[str] | Unset = UNSET
    item_details_url: str | Unset = UNSET
    item_image_url: str | Unset = UNSET
    item_original_unit_price: float | Unset = UNSET
    item_discounted_unit_price: float | Unset = UNSET
    item_currency: str | Unset = UNSET
    item_quantity: int | Unset = UNSET
    item_variant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        item_name = self.item_name

        item_description = self.item_description

        item_tags: list[str] | Unset = UNSET
        if not isinstance(self.item_tags, Unset):
            item_tags = self.item_tags

        item_details_url = self.item_details_url

        item_image_url = self.item_image_url

        item_original_unit_price = self.item_original_unit_price

        item_discounted_unit_price = self.item_discounted_unit_price

        item_currency = self.item_currency

        item_quantity = self.item_quantity

        item_variant_id = self.item_variant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_name is not UNSET:
            field_dict["item_name"] = item_name
        if item_description is not UNSET:
            field_dict["item_description"] = item_description
        if item_tags is not UNSET:
            field_dict["item_tags"] = item_tags
        if item_details_url is not UNSET:
            field_dict["item_details_url"] = item_details_url
        if item_image_url is not UNSET:
            field_dict["item_image_url"] = item_image_url
        if item_original_unit_price is not UNSET:
            field_dict["item_original_unit_price"] = item_original_unit_price
        if item_discounted_unit_price is not UNSET:
            field_dict["item_discounted_unit_price"] = item_discounted_unit_price
        if item_currency is not UNSET:
            field_dict["item_currency"] = item_currency
        if item_quantity is not UNSET:
            field_dict["item_quantity"] = item_quantity
        if item_variant_id is not UNSET:
            field_dict["item_variant_id"] = item_variant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_id = d.pop("item_id", UNSET)

        item_name = d.pop("item_name", UNSET)

        item_description = d.pop("item_description", UNSET)

        item_tags = cast(list[str], d.pop("item_tags", UNSET))

        item_details_url = d.pop("item_details_url", UNSET)

        item_image_url = d.pop("item_image_url", UNSET)

        item_original_unit_price = d.pop("item_original_unit_price", UNSET)

        item_discounted_unit_price = d.pop("item_discounted_unit_price", UNSET)

        item_currency = d.pop("item_currency", UNSET)

        item_quantity = d.pop("item_quantity", UNSET)

        item_variant_id = d.pop("item_variant_id", UNSET)

        cart_item = cls(
            item_id=item_id,
            item_name=item_name,
            item_description=item_description,
            item_tags=item_tags,
            item_details_url=item_details_url,
            item_image_url=item_image_url,
            item_original_unit_price=item_original_unit_price,
            item_discounted_unit_price=item_discounted_unit_price,
            item_currency=item_currency,
            item_quantity=item_quantity,
            item_variant_id=item_variant_id,
        )

        cart_item.additional_properties = d
        return cart_item

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
