from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartDetails")


@_attrs_define
class CartDetails:
    """
    Attributes:
        customer_note (str | Unset):
        shipping_charge (float | Unset):
        cart_name (str | Unset):
        customer_shipping_address (CartAddress | Unset):
        customer_billing_address (CartAddress | Unset):
        cart_items (list[CartItem] | Unset):
    """

    customer_note: str | Unset = UNSET
    shipping_charge: float | Unset = UNSET
    cart_name: str | Unset = UNSET
    customer_shipping_address: CartAddress | Unset = UNSET
    customer_billing_address: CartAddress | Unset = UNSET
    cart_items: list[CartItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_note = self.customer_note

        shipping_charge = self.shipping_charge

        cart_name = self.cart_name

        customer_shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_shipping_address, Unset):
            customer_shipping_address = self.customer_shipping_address.to_dict()

        customer_billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_billing_address, Unset):
            customer_billing_address = self.customer_billing_address.to_dict()

        cart_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cart_items, Unset):
            cart_items = []
            for cart_items_item_data in self.cart_items:
                cart_items_item = cart_items_item_data.to_dict()
                cart_items.append(cart_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_note is not UNSET:
            field_dict["customer_note"] = customer_note
        if shipping_charge is not UNSET:
            field_dict["shipping_charge"] = shipping_charge
        if cart_name is not UNSET:
            field_dict["cart_name"] = cart_name
        if customer_shipping_address is not UNSET:
            field_dict["customer_shipping_address"] = customer_shipping_address
        if customer_billing_address is not UNSET:
            field_dict["customer_billing_address"] = customer_billing_address
        if cart_items is not UNSET:
            field_dict["cart_items"] = cart_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_note = d.pop("customer_note", UNSET)

        shipping_charge = d.pop("shipping_charge", UNSET)

        cart_name = d.pop("cart_name", UNSET)

        _customer_shipping_address = d.pop("customer_shipping_address", UNSET)
        customer_shipping_address: CartAddress | Unset
        if isinstance(_customer_shipping_address, Unset):
            customer_shipping_address = UNSET
        else:
            customer_shipping_address = CartAddress.from_dict(
                _customer_shipping_address
            )

        _customer_billing_address = d.pop("customer_billing_address", UNSET)
        customer_billing_address: CartAddress | Unset
        if isinstance(_customer_billing_address, Unset):
            customer_billing_address = UNSET
        else:
            customer_billing_address = CartAddress.from_dict(_customer_billing_address)

        _cart_items = d.pop("cart_items", UNSET)
        cart_items: list[CartItem] | Unset = UNSET
        if _cart_items is not UNSET:
            cart_items = []
            for cart_items_item_data in _cart_items:
                cart_items_item = CartItem.from_dict(cart_items_item_data)

                cart_items.append(cart_items_item)

        cart_details = cls(
            customer_note=customer_note,
            shipping_charge=shipping_charge,
            cart_name=cart_name,
            customer_shipping_address=customer_shipping_address,
            customer_billing_address=customer_billing_address,
            cart_items=cart_items,
        )

        cart_details.additional_properties = d
        return cart_details

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
from ..models.cart_address import CartAddress
from ..models.cart_item import CartItem
