from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RefundSplitEntity")


@_attrs_define
class RefundSplitEntity:
    """A split of the refund, as the refund entity returns it.

    Attributes:
        vendor_id (str):
        amount (float | None):
        tags (None | RefundSplitEntityTagsType0):
    """

    vendor_id: str
    amount: float | None
    tags: None | RefundSplitEntityTagsType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        amount: float | None
        amount = self.amount

        tags: dict[str, Any] | None
        if isinstance(self.tags, RefundSplitEntityTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor_id": vendor_id,
                "amount": amount,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vendor_id = d.pop("vendor_id")

        def _parse_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount = _parse_amount(d.pop("amount", None))

        def _parse_tags(data: object) -> None | RefundSplitEntityTagsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = RefundSplitEntityTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundSplitEntityTagsType0, data)

        tags = _parse_tags(d.pop("tags", None))

        refund_split_entity = cls(
            vendor_id=vendor_id,
            amount=amount,
            tags=tags,
        )

        refund_split_entity.additional_properties = d
        return refund_split_entity

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
from ..models.refund_split_entity_tags_type_0 import RefundSplitEntityTagsType0
