from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BanktransferPaymentDetails")


@_attrs_define
class BanktransferPaymentDetails:
    """
    Attributes:
        channel (None | str):
        banktransfer_bank_name (None | str):
        banktransfer_ifsc (None | str):
        banktransfer_account_number (None | str):
    """

    channel: None | str
    banktransfer_bank_name: None | str
    banktransfer_ifsc: None | str
    banktransfer_account_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str
        channel = self.channel

        banktransfer_bank_name: None | str
        banktransfer_bank_name = self.banktransfer_bank_name

        banktransfer_ifsc: None | str
        banktransfer_ifsc = self.banktransfer_ifsc

        banktransfer_account_number: None | str
        banktransfer_account_number = self.banktransfer_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "banktransfer_bank_name": banktransfer_bank_name,
                "banktransfer_ifsc": banktransfer_ifsc,
                "banktransfer_account_number": banktransfer_account_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel", None))

        def _parse_banktransfer_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        banktransfer_bank_name = _parse_banktransfer_bank_name(
            d.pop("banktransfer_bank_name", None)
        )

        def _parse_banktransfer_ifsc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        banktransfer_ifsc = _parse_banktransfer_ifsc(d.pop("banktransfer_ifsc", None))

        def _parse_banktransfer_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        banktransfer_account_number = _parse_banktransfer_account_number(
            d.pop("banktransfer_account_number", None)
        )

        banktransfer_payment_details = cls(
            channel=channel,
            banktransfer_bank_name=banktransfer_bank_name,
            banktransfer_ifsc=banktransfer_ifsc,
            banktransfer_account_number=banktransfer_account_number,
        )

        banktransfer_payment_details.additional_properties = d
        return banktransfer_payment_details

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
