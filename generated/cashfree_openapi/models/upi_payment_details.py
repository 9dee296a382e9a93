from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UPIPaymentDetails")


@_attrs_define
class UPIPaymentDetails:
    """
    Attributes:
        channel (None | str | Unset):
        upi_id (None | str | Unset):
        upi_payer_ifsc (None | str | Unset):
        upi_payer_account_number (None | str | Unset):
    """

    channel: None | str | Unset = UNSET
    upi_id: None | str | Unset = UNSET
    upi_payer_ifsc: None | str | Unset = UNSET
    upi_payer_account_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        upi_id: None | str | Unset
        if isinstance(self.upi_id, Unset):
            upi_id = UNSET
        else:
            upi_id = self.upi_id

        upi_payer_ifsc: None | str | Unset
        if isinstance(self.upi_payer_ifsc, Unset):
            upi_payer_ifsc = UNSET
        else:
            upi_payer_ifsc = self.upi_payer_ifsc

        upi_payer_account_number: None | str | Unset
        if isinstance(self.upi_payer_account_number, Unset):
            upi_payer_account_number = UNSET
        else:
            upi_payer_account_number = self.upi_payer_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if upi_id is not UNSET:
            field_dict["upi_id"] = upi_id
        if upi_payer_ifsc is not UNSET:
            field_dict["upi_payer_ifsc"] = upi_payer_ifsc
        if upi_payer_account_number is not UNSET:
            field_dict["upi_payer_account_number"] = upi_payer_account_number

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

        def _parse_upi_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upi_id = _parse_upi_id(d.pop("upi_id", UNSET))

        def _parse_upi_payer_ifsc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upi_payer_ifsc = _parse_upi_payer_ifsc(d.pop("upi_payer_ifsc", UNSET))

        def _parse_upi_payer_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upi_payer_account_number = _parse_upi_payer_account_number(
            d.pop("upi_payer_account_number", UNSET)
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
