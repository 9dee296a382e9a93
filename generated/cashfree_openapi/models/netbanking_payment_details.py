from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetbankingPaymentDetails")


@_attrs_define
class NetbankingPaymentDetails:
    """
    Attributes:
        channel (None | str | Unset):
        netbanking_bank_code (int | None | str | Unset):
        netbanking_bank_name (None | str | Unset):
        netbanking_ifsc (None | str | Unset):
        netbanking_account_number (None | str | Unset):
    """

    channel: None | str | Unset = UNSET
    netbanking_bank_code: int | None | str | Unset = UNSET
    netbanking_bank_name: None | str | Unset = UNSET
    netbanking_ifsc: None | str | Unset = UNSET
    netbanking_account_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        netbanking_bank_code: int | None | str | Unset
        if isinstance(self.netbanking_bank_code, Unset):
            netbanking_bank_code = UNSET
        else:
            netbanking_bank_code = self.netbanking_bank_code

        netbanking_bank_name: None | str | Unset
        if isinstance(self.netbanking_bank_name, Unset):
            netbanking_bank_name = UNSET
        else:
            netbanking_bank_name = self.netbanking_bank_name

        netbanking_ifsc: None | str | Unset
        if isinstance(self.netbanking_ifsc, Unset):
            netbanking_ifsc = UNSET
        else:
            netbanking_ifsc = self.netbanking_ifsc

        netbanking_account_number: None | str | Unset
        if isinstance(self.netbanking_account_number, Unset):
            netbanking_account_number = UNSET
        else:
            netbanking_account_number = self.netbanking_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if netbanking_bank_code is not UNSET:
            field_dict["netbanking_bank_code"] = netbanking_bank_code
        if netbanking_bank_name is not UNSET:
            field_dict["netbanking_bank_name"] = netbanking_bank_name
        if netbanking_ifsc is not UNSET:
            field_dict["netbanking_ifsc"] = netbanking_ifsc
        if netbanking_account_number is not UNSET:
            field_dict["netbanking_account_number"] = netbanking_account_number

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

        def _parse_netbanking_bank_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        netbanking_bank_code = _parse_netbanking_bank_code(
            d.pop("netbanking_bank_code", UNSET)
        )

        def _parse_netbanking_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        netbanking_bank_name = _parse_netbanking_bank_name(
            d.pop("netbanking_bank_name", UNSET)
        )

        def _parse_netbanking_ifsc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        netbanking_ifsc = _parse_netbanking_ifsc(d.pop("netbanking_ifsc", UNSET))

        def _parse_netbanking_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        netbanking_account_number = _parse_netbanking_account_number(
            d.pop("netbanking_account_number", UNSET)
        )

        netbanking_payment_details = cls(
            channel=channel,
            netbanking_bank_code=netbanking_bank_code,
            netbanking_bank_name=netbanking_bank_name,
            netbanking_ifsc=netbanking_ifsc,
            netbanking_account_number=netbanking_account_number,
        )

        netbanking_payment_details.additional_properties = d
        return netbanking_payment_details

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
