from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardEMIPaymentDetails")


@_attrs_define
class CardEMIPaymentDetails:
    """The card and plan of an EMI payment; the number is masked.

    Attributes:
        channel (None | str):
        card_number (None | str):
        card_network (None | str):
        card_type (None | str):
        card_country (None | str):
        card_bank_name (None | str):
        card_network_reference_id (None | str):
        instrument_id (None | str):
        emi_tenure (int | None):
        emi_details (EMIDetails | None):
    """

    channel: None | str
    card_number: None | str
    card_network: None | str
    card_type: None | str
    card_country: None | str
    card_bank_name: None | str
    card_network_reference_id: None | str
    instrument_id: None | str
    emi_tenure: int | None
    emi_details: EMIDetails | None
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

        emi_tenure: int | None
        emi_tenure = self.emi_tenure

        emi_details: dict[str, Any] | None
        if isinstance(self.emi_details, EMIDetails):
            emi_details = self.emi_details.to_dict()
        else:
            emi_details = self.emi_details

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
                "emi_tenure": emi_tenure,
                "emi_details": emi_details,
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

        def _parse_emi_tenure(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        emi_tenure = _parse_emi_tenure(d.pop("emi_tenure", None))

        def _parse_emi_details(data: object) -> EMIDetails | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                emi_details_type_0 = EMIDetails.from_dict(data)

                return emi_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EMIDetails | None, data)

        emi_details = _parse_emi_details(d.pop("emi_details", None))

        card_emi_payment_details = cls(
            channel=channel,
            card_number=card_number,
            card_network=card_network,
            card_type=card_type,
            card_country=card_country,
            card_bank_name=card_bank_name,
            card_network_reference_id=card_network_reference_id,
            instrument_id=instrument_id,
            emi_tenure=emi_tenure,
            emi_details=emi_details,
        )

        card_emi_payment_details.additional_properties = d
        return card_emi_payment_details

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


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.emi_details import EMIDetails
