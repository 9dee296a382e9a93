from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderProductsEntity")


@_attrs_define
class OrderProductsEntity:
    """The products settings as the order entity returns them.

    Attributes:
        one_click_checkout (None | ProductFeatureEntity):
        verify_pay (None | ProductFeatureEntity):
    """

    one_click_checkout: None | ProductFeatureEntity
    verify_pay: None | ProductFeatureEntity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        one_click_checkout: dict[str, Any] | None
        if isinstance(self.one_click_checkout, ProductFeatureEntity):
            one_click_checkout = self.one_click_checkout.to_dict()
        else:
            one_click_checkout = self.one_click_checkout

        verify_pay: dict[str, Any] | None
        if isinstance(self.verify_pay, ProductFeatureEntity):
            verify_pay = self.verify_pay.to_dict()
        else:
            verify_pay = self.verify_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "one_click_checkout": one_click_checkout,
                "verify_pay": verify_pay,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_one_click_checkout(data: object) -> None | ProductFeatureEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                one_click_checkout_type_0 = ProductFeatureEntity.from_dict(data)

                return one_click_checkout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductFeatureEntity, data)

        one_click_checkout = _parse_one_click_checkout(
            d.pop("one_click_checkout", None)
        )

        def _parse_verify_pay(data: object) -> None | ProductFeatureEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verify_pay_type_0 = ProductFeatureEntity.from_dict(data)

                return verify_pay_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductFeatureEntity, data)

        verify_pay = _parse_verify_pay(d.pop("verify_pay", None))

        order_products_entity = cls(
            one_click_checkout=one_click_checkout,
            verify_pay=verify_pay,
        )

        order_products_entity.additional_properties = d
        return order_products_entity

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
from ..models.product_feature_entity import ProductFeatureEntity
