from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.include_exclude_filter_action import IncludeExcludeFilterAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncludeExcludeFilter")


@_attrs_define
class IncludeExcludeFilter:
    """
    Attributes:
        action (IncludeExcludeFilterAction | Unset):
        values (list[str] | Unset):
    """

    action: IncludeExcludeFilterAction | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: IncludeExcludeFilterAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = IncludeExcludeFilterAction(_action)

        values = cast(list[str], d.pop("values", UNSET))

        include_exclude_filter = cls(
            action=action,
            values=values,
        )

        include_exclude_filter.additional_properties = d
        return include_exclude_filter

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
