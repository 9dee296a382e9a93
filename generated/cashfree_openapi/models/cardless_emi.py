from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cardless_emi_channel import CardlessEMIChannel
from ..models.cardless_emi_provider import CardlessEMIProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardlessEMI")


@_attrs_define
class CardlessEMI:
    """
    Attributes:
        channel (CardlessEMIChannel):
        provider (CardlessEMIProvider):
        phone (str): Ten-digit phone number.
        emi_tenure (int | Unset):
    """

    channel: CardlessEMIChannel
    provider: CardlessEMIProvider
    phone: str
    emi_tenure: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        provider = self.provider.value

        phone = self.phone

        emi_tenure = self.emi_tenure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "provider": provider,
                "phone": phone,
            }
        )
        if emi_tenure is not UNSET:
            field_dict["emi_tenure"] = emi_tenure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = CardlessEMIChannel(d.pop("channel"))

        provider = CardlessEMIProvider(d.pop("provider"))

        phone = d.pop("phone")

        emi_tenure = d.pop("emi_tenure", UNSET)

        cardless_emi = cls(
            channel=channel,
            provider=provider,
            phone=phone,
            emi_tenure=emi_tenure,
        )

        cardless_emi.additional_properties = d
        return cardless_emi

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
