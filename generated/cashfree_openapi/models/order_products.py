from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderProducts")


@_attrs_define
class OrderProducts:
    """Settings of One Click Checkout and Verify and Pay, where enabled for the account.

    Attributes:
        one_click_checkout (ProductFeature | Unset):
        verify_pay (ProductFeature | Unset):
    """

    one_click_checkout: ProductFeature | Unset = UNSET
    verify_pay: ProductFeature | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        one_click_checkout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.one_click_checkout, Unset):
            one_click_checkout = self.one_click_checkout.to_dict()

        verify_pay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.verify_pay, Unset):
            verify_pay = self.verify_pay.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if one_click_checkout is not UNSET:
            field_dict["one_click_checkout"] = one_click_checkout
        if verify_pay is not UNSET:
            field_dict["verify_pay"] = verify_pay

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _one_click_checkout = d.pop("one_click_checkout", UNSET)
        one_click_checkout: ProductFeature | Unset
        if isinstance(_one_click_checkout, Unset):
            one_click_checkout = UNSET
        else:
            one_click_checkout = ProductFeature.from_dict(_one_click_checkout)

        _verify_pay = d.pop("verify_pay", UNSET)
        verify_pay: ProductFeature | Unset
        if isinstance(_verify_pay, Unset):
            verify_pay = UNSET
        else:
            verify_pay = ProductFeature.from_dict(_verify_pay)

        order_products = cls(
            one_click_checkout=one_click_checkout,
            verify_pay=verify_pay,
        )

        order_products.additional_properties = d
        return order_products

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
from ..models.product_feature import ProductFeature
