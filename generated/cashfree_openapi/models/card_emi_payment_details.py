from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.emi_details import EMIDetails


T = TypeVar("T", bound="CardEMIPaymentDetails")


@_attrs_define
class CardEMIPaymentDetails:
    """The card and plan of an EMI payment; the number is masked.

    Attributes:
        channel (None | str | Unset):
        card_number (None | str | Unset):
        card_network (None | str | Unset):
        card_type (None | str | Unset):
        card_country (None | str | Unset):
        card_bank_name (None | str | Unset):
        card_network_reference_id (None | str | Unset):
        instrument_id (None | str | Unset):
        emi_tenure (int | None | Unset):
        emi_details (EMIDetails | None | Unset):
    """

    channel: None | str | Unset = UNSET
    card_number: None | str | Unset = UNSET
    card_network: None | str | Unset = UNSET
    card_type: None | str | Unset = UNSET
    card_country: None | str | Unset = UNSET
    card_bank_name: None | str | Unset = UNSET
    card_network_reference_id: None | str | Unset = UNSET
    instrument_id: None | str | Unset = UNSET
    emi_tenure: int | None | Unset = UNSET
    emi_details: EMIDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.emi_details import EMIDetails

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        card_number: None | str | Unset
        if isinstance(self.card_number, Unset):
            card_number = UNSET
        else:
            card_number = self.card_number

        card_network: None | str | Unset
        if isinstance(self.card_network, Unset):
            card_network = UNSET
        else:
            card_network = self.card_network

        card_type: None | str | Unset
        if isinstance(self.card_type, Unset):
            card_type = UNSET
        else:
            card_type = self.card_type

        card_country: None | str | Unset
        if isinstance(self.card_country, Unset):
            card_country = UNSET
        else:
            card_country = self.card_country

        card_bank_name: None | str | Unset
        if isinstance(self.card_bank_name, Unset):
            card_bank_name = UNSET
        else:
            card_bank_name = self.card_bank_name

        card_network_reference_id: None | str | Unset
        if isinstance(self.card_network_reference_id, Unset):
            card_network_reference_id = UNSET
        else:
            card_network_reference_id = self.card_network_reference_id

        instrument_id: None | str | Unset
        if isinstance(self.instrument_id, Unset):
            instrument_id = UNSET
        else:
            instrument_id = self.instrument_id

        emi_tenure: int | None | Unset
        if isinstance(self.emi_tenure, Unset):
            emi_tenure = UNSET
        else:
            emi_tenure = self.emi_tenure

        emi_details: dict[str, Any] | None | Unset
        if isinstance(self.emi_details, Unset):
            emi_details = UNSET
        elif isinstance(self.emi_details, EMIDetails):
            emi_details = self.emi_details.to_dict()
        else:
            emi_details = self.emi_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if card_network is not UNSET:
            field_dict["card_network"] = card_network
        if card_type is not UNSET:
            field_dict["card_type"] = card_type
        if card_country is not UNSET:
            field_dict["card_country"] = card_country
        if card_bank_name is not UNSET:
            field_dict["card_bank_name"] = card_bank_name
        if card_network_reference_id is not UNSET:
            field_dict["card_network_reference_id"] = card_network_reference_id
        if instrument_id is not UNSET:
            field_dict["instrument_id"] = instrument_id
        if emi_tenure is not UNSET:
            field_dict["emi_tenure"] = emi_tenure
        if emi_details is not UNSET:
            field_dict["emi_details"] = emi_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.emi_details import EMIDetails

        d = dict(src_dict)

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_card_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_number = _parse_card_number(d.pop("card_number", UNSET))

        def _parse_card_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_network = _parse_card_network(d.pop("card_network", UNSET))

        def _parse_card_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_type = _parse_card_type(d.pop("card_type", UNSET))

        def _parse_card_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_country = _parse_card_country(d.pop("card_country", UNSET))

        def _parse_card_bank_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_bank_name = _parse_card_bank_name(d.pop("card_bank_name", UNSET))

        def _parse_card_network_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        card_network_reference_id = _parse_card_network_reference_id(
            d.pop("card_network_reference_id", UNSET)
        )

        def _parse_instrument_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instrument_id = _parse_instrument_id(d.pop("instrument_id", UNSET))

        def _parse_emi_tenure(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        emi_tenure = _parse_emi_tenure(d.pop("emi_tenure", UNSET))

        def _parse_emi_details(data: object) -> EMIDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                emi_details_type_0 = EMIDetails.from_dict(data)

                return emi_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EMIDetails | None | Unset, data)

        emi_details = _parse_emi_details(d.pop("emi_details", UNSET))

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
