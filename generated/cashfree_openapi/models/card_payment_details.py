from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardPaymentDetails")


@_attrs_define
class CardPaymentDetails:
    """The card of a payment; the number is masked.

    Attributes:
        channel (None | str):
        card_number (None | str):
        card_network (None | str):
        card_type (None | str):
        card_country (None | str):
        card_bank_name (None | str):
        card_network_reference_id (None | str):
        instrument_id (None | str):
        card_sub_type (None | str):
        par (None | str):
    """

    channel: None | str
    card_number: None | str
    card_network: None | str
    card_type: None | str
    card_country: None | str
    card_bank_name: None | str
    card_network_reference_id: None | str
    instrument_id: None | str
    card_sub_type: None | str
    par: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str
        channel = self.channel

        card_number: None | str
        card_number = self.card_number

        card_network: None | str
        card_network = self.card_network

        card_type: None | str
        card_type = self.card_type

        card_country: None | str
        card_country = self.card_country

        card_bank_name: None | str
        card_bank_name = self.card_bank_name

        card_network_reference_id: None | str
        card_network_reference_id = self.card_network_reference_id

        instrument_id: None | str
        instrument_id = self.instrument_id

        card_sub_type: None | str
        card_sub_type = self.card_sub_type

        par: None | str
        par = self.par

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "card_number": card_number,
                "card_network": card_network,
                "card_type": card_type,
                "card_country": card_country,
                "card_bank_name": card_bank_name,
                "card_network_reference_id": card_network_reference_id,
                "instrument_id": instrument_id,
                "card_sub_type": card_sub_type,
                "par": par,
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

        def _parse_card_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_number = _parse_card_number(d.pop("card_number", None))

        def _parse_card_network(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_network = _parse_card_network(d.pop("card_network", None))

        def _parse_card_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_type = _parse_card_type(d.pop("card_type", None))

        def _parse_card_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_country = _parse_card_country(d.pop("card_country", None))

        def _parse_card_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_bank_name = _parse_card_bank_name(d.pop("card_bank_name", None))

        def _parse_card_network_reference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_network_reference_id = _parse_card_network_reference_id(
            d.pop("card_network_reference_id", None)
        )

        def _parse_instrument_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instrument_id = _parse_instrument_id(d.pop("instrument_id", None))

        def _parse_card_sub_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        card_sub_type = _parse_card_sub_type(d.pop("card_sub_type", None))

        def _parse_par(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        par = _parse_par(d.pop("par", None))

        card_payment_details = cls(
            channel=channel,
            card_number=card_number,
            card_network=card_network,
            card_type=card_type,
            card_country=card_country,
            card_bank_name=card_bank_name,
            card_network_reference_id=card_network_reference_id,
            instrument_id=instrument_id,
            card_sub_type=card_sub_type,
            par=par,
        )

        card_payment_details.additional_properties = d
        return card_payment_details

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
