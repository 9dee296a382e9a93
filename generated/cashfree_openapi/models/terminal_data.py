from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TerminalData")


@_attrs_define
class TerminalData:
    """The terminal of a softPOS order, as the order entity returns it.

    Example:
        {'agent_mobile_number': '9876543214', 'cf_terminal_id': 1838, 'merchant_terminal_id': 'ahdsgadjhgfaj7137e',
            'terminal_type': 'STOREFRONT'}

    Attributes:
        agent_mobile_number (None | str):
        cf_terminal_id (int | None):
        merchant_terminal_id (None | str):
        terminal_type (None | str):
    """

    agent_mobile_number: None | str
    cf_terminal_id: int | None
    merchant_terminal_id: None | str
    terminal_type: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_mobile_number: None | str
        agent_mobile_number = self.agent_mobile_number

        cf_terminal_id: int | None
        cf_terminal_id = self.cf_terminal_id

        merchant_terminal_id: None | str
        merchant_terminal_id = self.merchant_terminal_id

        terminal_type: None | str
        terminal_type = self.terminal_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_mobile_number": agent_mobile_number,
                "cf_terminal_id": cf_terminal_id,
                "merchant_terminal_id": merchant_terminal_id,
                "terminal_type": terminal_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_agent_mobile_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_mobile_number = _parse_agent_mobile_number(
            d.pop("agent_mobile_number", None)
        )

        def _parse_cf_terminal_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cf_terminal_id = _parse_cf_terminal_id(d.pop("cf_terminal_id", None))

        def _parse_merchant_terminal_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        merchant_terminal_id = _parse_merchant_terminal_id(
            d.pop("merchant_terminal_id", None)
        )

        def _parse_terminal_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        terminal_type = _parse_terminal_type(d.pop("terminal_type", None))

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
