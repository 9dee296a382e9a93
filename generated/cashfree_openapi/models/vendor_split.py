from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendorSplit")


@_attrs_define
class VendorSplit:
    """
    Attributes:
        vendor_id (str):
        amount (float | Unset):
        percentage (float | Unset):
        tags (VendorSplitTags | Unset):
    """

    vendor_id: str
    amount: float | Unset = UNSET
    percentage: float | Unset = UNSET
    tags: VendorSplitTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vendor_id = self.vendor_id

        amount = self.amount

        percentage = self.percentage

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vendor_id": vendor_id,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        vendor_id = d.pop("vendor_id")

        amount = d.pop("amount", UNSET)

        percentage = d.pop("percentage", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: VendorSplitTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = VendorSplitTags.from_dict(_tags)

        vendor_split = cls(
            vendor_id=vendor_id,
            amount=amount,
            percentage=percentage,
            tags=tags,
        )

        vendor_split.additional_properties = d
        return vendor_split

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
from ..models.vendor_split_tags import VendorSplitTags
