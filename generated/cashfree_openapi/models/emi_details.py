from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EMIDetails")


@_attrs_define
class EMIDetails:
    """
    Attributes:
        emi_amount (float | None | Unset):
        emi_tenure (int | None | Unset):
        emi_interest (float | None | Unset):
    """

    emi_amount: float | None | Unset = UNSET
    emi_tenure: int | None | Unset = UNSET
    emi_interest: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emi_amount: float | None | Unset
        if isinstance(self.emi_amount, Unset):
            emi_amount = UNSET
        else:
            emi_amount = self.emi_amount

        emi_tenure: int | None | Unset
        if isinstance(self.emi_tenure, Unset):
            emi_tenure = UNSET
        else:
            emi_tenure = self.emi_tenure

        emi_interest: float | None | Unset
        if isinstance(self.emi_interest, Unset):
            emi_interest = UNSET
        else:
            emi_interest = self.emi_interest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emi_amount is not UNSET:
            field_dict["emi_amount"] = emi_amount
        if emi_tenure is not UNSET:
            field_dict["emi_tenure"] = emi_tenure
        if emi_interest is not UNSET:
            field_dict["emi_interest"] = emi_interest

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_emi_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        emi_amount = _parse_emi_amount(d.pop("emi_amount", UNSET))

        def _parse_emi_tenure(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        emi_tenure = _parse_emi_tenure(d.pop("emi_tenure", UNSET))

        def _parse_emi_interest(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        emi_interest = _parse_emi_interest(d.pop("emi_interest", UNSET))

        emi_details = cls(
            emi_amount=emi_amount,
            emi_tenure=emi_tenure,
            emi_interest=emi_interest,
        )

        emi_details.additional_properties = d
        return emi_details

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
