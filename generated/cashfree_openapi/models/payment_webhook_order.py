from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentWebhookOrder")


@_attrs_define
class PaymentWebhookOrder:
    """The order a payment event belongs to.

    Attributes:
        order_id (str):
        order_amount (float | None):
        order_currency (None | str):
        order_tags (None | OrderTags):
    """

    order_id: str
    order_amount: float | None
    order_currency: None | str
    order_tags: None | OrderTags
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_amount: float | None
        order_amount = self.order_amount

        order_currency: None | str
        order_currency = self.order_currency

        order_tags: dict[str, Any] | None
        if isinstance(self.order_tags, OrderTags):
            order_tags = self.order_tags.to_dict()
        else:
            order_tags = self.order_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "order_amount": order_amount,
                "order_currency": order_currency,
                "order_tags": order_tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        def _parse_order_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        order_amount = _parse_order_amount(d.pop("order_amount", None))

        def _parse_order_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_currency = _parse_order_currency(d.pop("order_currency", None))

        def _parse_order_tags(data: object) -> None | OrderTags:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_tags_type_0 = OrderTags.from_dict(data)

                return order_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderTags, data)

        order_tags = _parse_order_tags(d.pop("order_tags", None))

        payment_webhook_order = cls(
            order_id=order_id,
            order_amount=order_amount,
            order_currency=order_currency,
            order_tags=order_tags,
        )

        payment_webhook_order.additional_properties = d
        return payment_webhook_order

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
from ..models.order_tags import OrderTags
