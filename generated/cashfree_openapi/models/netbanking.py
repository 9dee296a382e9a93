from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.netbanking_channel import NetbankingChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Netbanking")


@_attrs_define
class Netbanking:
    """
    Attributes:
        channel (NetbankingChannel):
        netbanking_bank_code (int | Unset): The bank's four-digit code (3333 is the sandbox TEST bank).
        netbanking_bank_name (str | Unset): Five capital letters, e.g. HDFCR.
    """

    channel: NetbankingChannel
    netbanking_bank_code: int | Unset = UNSET
    netbanking_bank_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        netbanking_bank_code = self.netbanking_bank_code

        netbanking_bank_name = self.netbanking_bank_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if netbanking_bank_code is not UNSET:
            field_dict["netbanking_bank_code"] = netbanking_bank_code
        if netbanking_bank_name is not UNSET:
            field_dict["netbanking_bank_name"] = netbanking_bank_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = NetbankingChannel(d.pop("channel"))

        netbanking_bank_code = d.pop("netbanking_bank_code", UNSET)

        netbanking_bank_name = d.pop("netbanking_bank_name", UNSET)

        netbanking = cls(
            channel=channel,
            netbanking_bank_code=netbanking_bank_code,
            netbanking_bank_name=netbanking_bank_name,
        )

        netbanking.additional_properties = d
        return netbanking

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
