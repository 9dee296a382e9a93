from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refund_speed import RefundSpeed
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRefundRequest")


@_attrs_define
class CreateRefundRequest:
    """A refund of a paid order.

    Attributes:
        refund_amount (float): The amount to refund, at most two decimals, and at most what is still unrefunded of the
            order's payment.
             Example: 1.5.
        refund_id (str): The merchant's id for the refund, unique within the order. Example: refund_00912.
        refund_note (str | Unset): A note for the refund. In the sandbox SUCCESS, FAILED, PENDING or ACTIVE (exactly so)
            forces that outcome.
             Example: Refund for the damaged item.
        refund_speed (RefundSpeed | Unset): STANDARD (the default when left out) or INSTANT.
        refund_splits (list[RefundSplit] | Unset): How much each vendor of an Easy Split order gives back.
    """

    refund_amount: float
    refund_id: str
    refund_note: str | Unset = UNSET
    refund_speed: RefundSpeed | Unset = UNSET
    refund_splits: list[RefundSplit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refund_amount = self.refund_amount

        refund_id = self.refund_id

        refund_note = self.refund_note

        refund_speed: str | Unset = UNSET
        if not isinstance(self.refund_speed, Unset):
            refund_speed = self.refund_speed.value

        refund_splits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refund_splits, Unset):
            refund_splits = []
            for refund_splits_item_data in self.refund_splits:
                refund_splits_item = refund_splits_item_data.to_dict()
                refund_splits.append(refund_splits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refund_amount": refund_amount,
                "refund_id": refund_id,
            }
        )
        if refund_note is not UNSET:
            field_dict["refund_note"] = refund_note
        if refund_speed is not UNSET:
            field_dict["refund_speed"] = refund_speed
        if refund_splits is not UNSET:
            field_dict["refund_splits"] = refund_splits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        refund_amount = d.pop("refund_amount")

        refund_id = d.pop("refund_id")

        refund_note = d.pop("refund_note", UNSET)

        _refund_speed = d.pop("refund_speed", UNSET)
        refund_speed: RefundSpeed | Unset
        if isinstance(_refund_speed, Unset):
            refund_speed = UNSET
        else:
            refund_speed = RefundSpeed(_refund_speed)

        _refund_splits = d.pop("refund_splits", UNSET)
        refund_splits: list[RefundSplit] | Unset = UNSET
        if _refund_splits is not UNSET:
            refund_splits = []
            for refund_splits_item_data in _refund_splits:
                refund_splits_item = RefundSplit.from_dict(refund_splits_item_data)

                refund_splits.append(refund_splits_item)

        create_refund_request = cls(
            refund_amount=refund_amount,
            refund_id=refund_id,
            refund_note=refund_note,
            refund_speed=refund_speed,
            refund_splits=refund_splits,
        )

        create_refund_request.additional_properties = d
        return create_refund_request

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
from ..models.refund_split import RefundSplit
