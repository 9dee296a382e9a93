from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EMIDetails")


@_attrs_define
class EMIDetails:
    """
    Attributes:
        emi_amount (float | None):
        emi_tenure (int | None):
        emi_interest (float | None):
    """

    emi_amount: float | None
    emi_tenure: int | None
    emi_interest: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emi_amount: float | None
        emi_amount = self.emi_amount

        emi_tenure: int | None
        emi_tenure = self.emi_tenure

        emi_interest: float | None
        emi_interest = self.emi_interest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emi_amount": emi_amount,
                "emi_tenure": emi_tenure,
                "emi_interest": emi_interest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_emi_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        emi_amount = _parse_emi_amount(d.pop("emi_amount", None))

        def _parse_emi_tenure(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        emi_tenure = _parse_emi_tenure(d.pop("emi_tenure", None))

        def _parse_emi_interest(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        emi_interest = _parse_emi_interest(d.pop("emi_interest", None))

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
