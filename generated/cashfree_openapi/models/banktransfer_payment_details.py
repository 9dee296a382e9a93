from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BanktransferPaymentDetails")


@_attrs_define
class BanktransferPaymentDetails:
    """
    Attributes:
        channel (None | str | Unset):
        banktransfer_bank_name (None | str | Unset):
        banktransfer_ifsc (None | str | Unset):
        banktransfer_account_number (None | str | Unset):
    """

    channel: None | str | Unset = UNSET
    banktransfer_bank_name: None | str | Unset = UNSET
    banktransfer_ifsc: None | str | Unset = UNSET
    banktransfer_account_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        banktransfer_bank_name: None | str | Unset
        if isinstance(self.banktransfer_bank_name, Unset):
            banktransfer_bank_name = UNSET
        else:
            banktransfer_bank_name = self.banktransfer_bank_name

        banktransfer_ifsc: None | str | Unset
        if isinstance(self.banktransfer_ifsc, Unset):
            banktransfer_ifsc = UNSET
        else:
            banktransfer_ifsc = self.banktransfer_ifsc

        banktransfer_account_number: None | str | Unset
        if isinstance(self.banktransfer_account_number, Unset):
            banktransfer_account_number = UNSET
        else:
            banktransfer_account_number = self.banktransfer_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if banktransfer_bank_name is not UNSET:
            field_dict["banktransfer_bank_name"] = banktransfer_bank_name
        if banktransfer_ifsc is not UNSET:
            field_dict["banktransfer_ifsc"] = banktransfer_ifsc
        if banktransfer_account_number is not UNSET:
            field_dict["banktransfer_account_number"] = banktransfer_account_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_banktransfer_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        banktransfer_bank_name = _parse_banktransfer_bank_name(
            d.pop("banktransfer_bank_name", UNSET)
        )

        def _parse_banktransfer_ifsc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        banktransfer_ifsc = _parse_banktransfer_ifsc(d.pop("banktransfer_ifsc", UNSET))

        def _parse_banktransfer_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        banktransfer_account_number = _parse_banktransfer_account_number(
            d.pop("banktransfer_account_number", UNSET)
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
