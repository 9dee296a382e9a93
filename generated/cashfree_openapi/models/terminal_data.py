from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TerminalData")


@_attrs_define
class TerminalData:
    """The terminal of a softPOS order, as the order entity returns it.

    Example:
        {'agent_mobile_number': '9876543214', 'cf_terminal_id': 1838, 'merchant_terminal_id': 'ahdsgadjhgfaj7137e',
            'terminal_type': 'STOREFRONT'}

    Attributes:
        agent_mobile_number (None | str | Unset):
        cf_terminal_id (int | None | Unset):
        merchant_terminal_id (None | str | Unset):
        terminal_type (None | str | Unset):
    """

    agent_mobile_number: None | str | Unset = UNSET
    cf_terminal_id: int | None | Unset = UNSET
    merchant_terminal_id: None | str | Unset = UNSET
    terminal_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_mobile_number: None | str | Unset
        if isinstance(self.agent_mobile_number, Unset):
            agent_mobile_number = UNSET
        else:
            agent_mobile_number = self.agent_mobile_number

        cf_terminal_id: int | None | Unset
        if isinstance(self.cf_terminal_id, Unset):
            cf_terminal_id = UNSET
        else:
            cf_terminal_id = self.cf_terminal_id

        merchant_terminal_id: None | str | Unset
        if isinstance(self.merchant_terminal_id, Unset):
            merchant_terminal_id = UNSET
        else:
            merchant_terminal_id = self.merchant_terminal_id

        terminal_type: None | str | Unset
        if isinstance(self.terminal_type, Unset):
            terminal_type = UNSET
        else:
            terminal_type = self.terminal_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_mobile_number is not UNSET:
            field_dict["agent_mobile_number"] = agent_mobile_number
        if cf_terminal_id is not UNSET:
            field_dict["cf_terminal_id"] = cf_terminal_id
        if merchant_terminal_id is not UNSET:
            field_dict["merchant_terminal_id"] = merchant_terminal_id
        if terminal_type is not UNSET:
            field_dict["terminal_type"] = terminal_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_agent_mobile_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_mobile_number = _parse_agent_mobile_number(
            d.pop("agent_mobile_number", UNSET)
        )

        def _parse_cf_terminal_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cf_terminal_id = _parse_cf_terminal_id(d.pop("cf_terminal_id", UNSET))

        def _parse_merchant_terminal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merchant_terminal_id = _parse_merchant_terminal_id(
            d.pop("merchant_terminal_id", UNSET)
        )

        def _parse_terminal_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terminal_type = _parse_terminal_type(d.pop("terminal_type", UNSET))

        terminal_data = cls(
            agent_mobile_number=agent_mobile_number,
            cf_terminal_id=cf_terminal_id,
            merchant_terminal_id=merchant_terminal_id,
            terminal_type=terminal_type,
        )

        terminal_data.additional_properties = d
        return terminal_data

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
