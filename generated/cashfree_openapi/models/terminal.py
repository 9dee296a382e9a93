from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Terminal")


@_attrs_define
class Terminal:
    """The softPOS terminal an order is created for.

    Example:
        {'added_on': '2023-08-04T13:12:58+05:30', 'cf_terminal_id': 31051123, 'last_updated_on':
            '2023-09-06T14:07:00+05:30', 'terminal_address': 'Banglore', 'terminal_id': 'terminal-1212', 'terminal_name':
            'test', 'terminal_note': 'POS vertical', 'terminal_phone_no': '6309291183', 'terminal_status': 'ACTIVE',
            'terminal_type': 'SPOS'}

    Attributes:
        terminal_type (str):
        terminal_id (str | Unset):
        terminal_name (str | Unset):
        terminal_address (str | Unset):
        terminal_note (str | Unset):
        terminal_phone_no (str | Unset):
        terminal_status (str | Unset):
        cf_terminal_id (int | Unset):
        added_on (str | Unset):
        last_updated_on (str | Unset):
    """

    terminal_type: str
    terminal_id: str | Unset = UNSET
    terminal_name: str | Unset = UNSET
    terminal_address: str | Unset = UNSET
    terminal_note: str | Unset = UNSET
    terminal_phone_no: str | Unset = UNSET
    terminal_status: str | Unset = UNSET
    cf_terminal_id: int | Unset = UNSET
    added_on: str | Unset = UNSET
    last_updated_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terminal_type = self.terminal_type

        terminal_id = self.terminal_id

        terminal_name = self.terminal_name

        terminal_address = self.terminal_address

        terminal_note = self.terminal_note

        terminal_phone_no = self.terminal_phone_no

        terminal_status = self.terminal_status

        cf_terminal_id = self.cf_terminal_id

        added_on = self.added_on

        last_updated_on = self.last_updated_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "terminal_type": terminal_type,
            }
        )
        if terminal_id is not UNSET:
            field_dict["terminal_id"] = terminal_id
        if terminal_name is not UNSET:
            field_dict["terminal_name"] = terminal_name
        if terminal_address is not UNSET:
            field_dict["terminal_address"] = terminal_address
        if terminal_note is not UNSET:
            field_dict["terminal_note"] = terminal_note
        if terminal_phone_no is not UNSET:
            field_dict["terminal_phone_no"] = terminal_phone_no
        if terminal_status is not UNSET:
            field_dict["terminal_status"] = terminal_status
        if cf_terminal_id is not UNSET:
            field_dict["cf_terminal_id"] = cf_terminal_id
        if added_on is not UNSET:
            field_dict["added_on"] = added_on
        if last_updated_on is not UNSET:
            field_dict["last_updated_on"] = last_updated_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        terminal_type = d.pop("terminal_type")

        terminal_id = d.pop("terminal_id", UNSET)

        terminal_name = d.pop("terminal_name", UNSET)

        terminal_address = d.pop("terminal_address", UNSET)

        terminal_note = d.pop("terminal_note", UNSET)

        terminal_phone_no = d.pop("terminal_phone_no", UNSET)

        terminal_status = d.pop("terminal_status", UNSET)

        cf_terminal_id = d.pop("cf_terminal_id", UNSET)

        added_on = d.pop("added_on", UNSET)

        last_updated_on = d.pop("last_updated_on", UNSET)

        terminal = cls(
            terminal_type=terminal_type,
            terminal_id=terminal_id,
            terminal_name=terminal_name,
            terminal_address=terminal_address,
            terminal_note=terminal_note,
            terminal_phone_no=terminal_phone_no,
            terminal_status=terminal_status,
            cf_terminal_id=cf_terminal_id,
            added_on=added_on,
            last_updated_on=last_updated_on,
        )

        terminal.additional_properties = d
        return terminal

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
