from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UPIPaymentDetails")


@_attrs_define
class UPIPaymentDetails:
    """
    Attributes:
        channel (None | str):
        upi_id (None | str):
        upi_payer_ifsc (None | str):
        upi_payer_account_number (None | str):
    """

    channel: None | str
    upi_id: None | str
    upi_payer_ifsc: None | str
    upi_payer_account_number: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str
        channel = self.channel

        upi_id: None | str
        upi_id = self.upi_id

        upi_payer_ifsc: None | str
        upi_payer_ifsc = self.upi_payer_ifsc

        upi_payer_account_number: None | str
        upi_payer_account_number = self.upi_payer_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "upi_id": upi_id,
                "upi_payer_ifsc": upi_payer_ifsc,
                "upi_payer_account_number": upi_payer_account_number,
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

        def _parse_upi_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        upi_id = _parse_upi_id(d.pop("upi_id", None))

        def _parse_upi_payer_ifsc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        upi_payer_ifsc = _parse_upi_payer_ifsc(d.pop("upi_payer_ifsc", None))

        def _parse_upi_payer_account_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        upi_payer_account_number = _parse_upi_payer_account_number(
            d.pop("upi_payer_account_number", None)
        )

        upi_payment_details = cls(
            channel=channel,
            upi_id=upi_id,
            upi_payer_ifsc=upi_payer_ifsc,
            upi_payer_account_number=upi_payer_account_number,
        )

        upi_payment_details.additional_properties = d
        return upi_payment_details

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
