from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.paylater_channel import PaylaterChannel
from ..models.paylater_provider import PaylaterProvider

T = TypeVar("T", bound="Paylater")


@_attrs_define
class Paylater:
    """
    Attributes:
        channel (PaylaterChannel):
        provider (PaylaterProvider):
        phone (str): Ten-digit phone number.
    """

    channel: PaylaterChannel
    provider: PaylaterProvider
    phone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        provider = self.provider.value

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "provider": provider,
                "phone": phone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = PaylaterChannel(d.pop("channel"))

        provider = PaylaterProvider(d.pop("provider"))

        phone = d.pop("phone")

        paylater = cls(
            channel=channel,
            provider=provider,
            phone=phone,
        )

        paylater.additional_properties = d
        return paylater

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
