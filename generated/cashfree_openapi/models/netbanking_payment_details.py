from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NetbankingPaymentDetails")


@_attrs_define
class NetbankingPaymentDetails:
    """
    Attributes:
        channel (None | str):
        netbanking_bank_code (int | None | str):
        netbanking_bank_name (None | str):
        netbanking_ifsc (None | str):
        netbanking_account_number (None | str):
    """

    channel: None | str
    netbanking_bank_code: int | None | str
    netbanking_bank_name: None | str
    netbanking_ifsc: None | str
    netbanking_account_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str
        channel = self.channel

        netbanking_bank_code: int | None | str
        netbanking_bank_code = self.netbanking_bank_code

        netbanking_bank_name: None | str
        netbanking_bank_name = self.netbanking_bank_name

        netbanking_ifsc: None | str
        netbanking_ifsc = self.netbanking_ifsc

        netbanking_account_number: None | str
        netbanking_account_number = self.netbanking_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "netbanking_bank_code": netbanking_bank_code,
                "netbanking_bank_name": netbanking_bank_name,
                "netbanking_ifsc": netbanking_ifsc,
                "netbanking_account_number": netbanking_account_number,
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

        def _parse_netbanking_bank_code(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        netbanking_bank_code = _parse_netbanking_bank_code(
            d.pop("netbanking_bank_code", None)
        )

        def _parse_netbanking_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        netbanking_bank_name = _parse_netbanking_bank_name(
            d.pop("netbanking_bank_name", None)
        )

        def _parse_netbanking_ifsc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        netbanking_ifsc = _parse_netbanking_ifsc(d.pop("netbanking_ifsc", None))

        def _parse_netbanking_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        netbanking_account_number = _parse_netbanking_account_number(
            d.pop("netbanking_account_number", None)
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
