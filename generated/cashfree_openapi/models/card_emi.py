from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_emi_bank import CardEMIBank
from ..models.card_emi_channel import CardEMIChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardEMI")


@_attrs_define
class CardEMI:
    """An EMI on a credit or debit card.

    Attributes:
        channel (CardEMIChannel):
        card_number (str): Card or token number, digits only.
        card_expiry_mm (str): Two-digit month, 01 to 12.
        card_expiry_yy (str): Two-digit year.
        card_cvv (str): Three or four digits.
        card_bank_name (CardEMIBank): The issuing bank of an EMI card, in lower case.
        emi_tenure (int): Months.
        card_holder_name (str | Unset):
        card_alias (str | Unset):
    """

    channel: CardEMIChannel
    card_number: str
    card_expiry_mm: str
    card_expiry_yy: str
    card_cvv: str
    card_bank_name: CardEMIBank
    emi_tenure: int
    card_holder_name: str | Unset = UNSET
    card_alias: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        card_number = self.card_number

        card_expiry_mm = self.card_expiry_mm

        card_expiry_yy = self.card_expiry_yy

        card_cvv = self.card_cvv

        card_bank_name = self.card_bank_name.value

        emi_tenure = self.emi_tenure

        card_holder_name = self.card_holder_name

        card_alias = self.card_alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "card_number": card_number,
                "card_expiry_mm": card_expiry_mm,
                "card_expiry_yy": card_expiry_yy,
                "card_cvv": card_cvv,
                "card_bank_name": card_bank_name,
                "emi_tenure": emi_tenure,
            }
        )
        if card_holder_name is not UNSET:
            field_dict["card_holder_name"] = card_holder_name
        if card_alias is not UNSET:
            field_dict["card_alias"] = card_alias

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = CardEMIChannel(d.pop("channel"))

        card_number = d.pop("card_number")

        card_expiry_mm = d.pop("card_expiry_mm")

        card_expiry_yy = d.pop("card_expiry_yy")

        card_cvv = d.pop("card_cvv")

        card_bank_name = CardEMIBank(d.pop("card_bank_name"))

        emi_tenure = d.pop("emi_tenure")

        card_holder_name = d.pop("card_holder_name", UNSET)

        card_alias = d.pop("card_alias", UNSET)

        card_emi = cls(
            channel=channel,
            card_number=card_number,
            card_expiry_mm=card_expiry_mm,
            card_expiry_yy=card_expiry_yy,
            card_cvv=card_cvv,
            card_bank_name=card_bank_name,
            emi_tenure=emi_tenure,
            card_holder_name=card_holder_name,
            card_alias=card_alias,
        )

        card_emi.additional_properties = d
        return card_emi

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
