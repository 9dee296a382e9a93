from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_bank_name import CardBankName
from ..models.card_channel import CardChannel
from ..models.card_token_type import CardTokenType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Card")


@_attrs_define
class Card:
    """A card payment in one of three shapes: a plain card (card_number, card_expiry_mm,
    card_expiry_yy, card_cvv), a saved card (instrument_id, card_cvv), or a network token
    with its cryptogram (card_number, cryptogram, token_requestor_id, token_type, ...).
    `channel: post` asks for the native OTP flow.

        Attributes:
            channel (CardChannel):
            card_number (str | Unset): Card or token number, digits only.
            card_holder_name (str | Unset):
            card_expiry_mm (str | Unset): Two-digit month, 01 to 12.
            card_expiry_yy (str | Unset): Two-digit year.
            card_cvv (str | Unset): Three or four digits.
            instrument_id (str | Unset): A saved card's instrument id.
            cryptogram (str | Unset): The network token's cryptogram.
            token_requestor_id (str | Unset):
            token_reference_id (str | Unset):
            token_type (CardTokenType | Unset): NETWORK_GC_TOKEN; the two ISSUER_ values are kept from older versions.
            card_display (str | Unset): Last digits to show for a token.
            par (str | Unset): Payment account reference of a token.
            card_alias (str | Unset):
            card_bank_name (CardBankName | Unset): The bank the customer chose for an EMI on a plain card, as the `card`
                object spells it.
            emi_tenure (int | Unset):
            address_line_one (str | Unset):
            address_line_two (str | Unset):
            city (str | Unset):
            state (str | Unset):
            state_code (str | Unset):
            country (str | Unset):
            country_code (str | Unset):
            zip_code (str | Unset):
    """

    channel: CardChannel
    card_number: str | Unset = UNSET
    card_holder_name: str | Unset = UNSET
    card_expiry_mm: str | Unset = UNSET
    card_expiry_yy: str | Unset = UNSET
    card_cvv: str | Unset = UNSET
    instrument_id: str | Unset = UNSET
    cryptogram: str | Unset = UNSET
    token_requestor_id: str | Unset = UNSET
    token_reference_id: str | Unset = UNSET
    token_type: CardTokenType | Unset = UNSET
    card_display: str | Unset = UNSET
    par: str | Unset = UNSET
    card_alias: str | Unset = UNSET
    card_bank_name: CardBankName | Unset = UNSET
    emi_tenure: int | Unset = UNSET
    address_line_one: str | Unset = UNSET
    address_line_two: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    state_code: str | Unset = UNSET
    country: str | Unset = UNSET
    country_code: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        card_number = self.card_number

        card_holder_name = self.card_holder_name

        card_expiry_mm = self.card_expiry_mm

        card_expiry_yy = self.card_expiry_yy

        card_cvv = self.card_cvv

        instrument_id = self.instrument_id

        cryptogram = self.cryptogram

        token_requestor_id = self.token_requestor_id

        token_reference_id = self.token_reference_id

        token_type: str | Unset = UNSET
        if not isinstance(self.token_type, Unset):
            token_type = self.token_type.value

        card_display = self.card_display

        par = self.par

        card_alias = self.card_alias

        card_bank_name: str | Unset = UNSET
        if not isinstance(self.card_bank_name, Unset):
            card_bank_name = self.card_bank_name.value

        emi_tenure = self.emi_tenure

        address_line_one = self.address_line_one

        address_line_two = self.address_line_two

        city = self.city

        state = self.state

        state_code = self.state_code

        country = self.country

        country_code = self.country_code

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if card_number is not UNSET:
            field_dict["card_number"] = card_number
        if card_holder_name is not UNSET:
            field_dict["card_holder_name"] = card_holder_name
        if card_expiry_mm is not UNSET:
            field_dict["card_expiry_mm"] = card_expiry_mm
        if card_expiry_yy is not UNSET:
            field_dict["card_expiry_yy"] = card_expiry_yy
        if card_cvv is not UNSET:
            field_dict["card_cvv"] = card_cvv
        if instrument_id is not UNSET:
            field_dict["instrument_id"] = instrument_id
        if cryptogram is not UNSET:
            field_dict["cryptogram"] = cryptogram
        if token_requestor_id is not UNSET:
            field_dict["token_requestor_id"] = token_requestor_id
        if token_reference_id is not UNSET:
            field_dict["token_reference_id"] = token_reference_id
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if card_display is not UNSET:
            field_dict["card_display"] = card_display
        if par is not UNSET:
            field_dict["par"] = par
        if card_alias is not UNSET:
            field_dict["card_alias"] = card_alias
        if card_bank_name is not UNSET:
            field_dict["card_bank_name"] = card_bank_name
        if emi_tenure is not UNSET:
            field_dict["emi_tenure"] = emi_tenure
        if address_line_one is not UNSET:
            field_dict["address_line_one"] = address_line_one
        if address_line_two is not UNSET:
            field_dict["address_line_two"] = address_line_two
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if state_code is not UNSET:
            field_dict["state_code"] = state_code
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if zip_code is not UNSET:
            field_dict["zip_code"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = CardChannel(d.pop("channel"))

        card_number = d.pop("card_number", UNSET)

        card_holder_name = d.pop("card_holder_name", UNSET)

        card_expiry_mm = d.pop("card_expiry_mm", UNSET)

        card_expiry_yy = d.pop("card_expiry_yy", UNSET)

        card_cvv = d.pop("card_cvv", UNSET)

        instrument_id = d.pop("instrument_id", UNSET)

        cryptogram = d.pop("cryptogram", UNSET)

        token_requestor_id = d.pop("token_requestor_id", UNSET)

        token_reference_id = d.pop("token_reference_id", UNSET)

        _token_type = d.pop("token_type", UNSET)
        token_type: CardTokenType | Unset
        if isinstance(_token_type, Unset):
            token_type = UNSET
        else:
            token_type = CardTokenType(_token_type)

        card_display = d.pop("card_display", UNSET)

        par = d.pop("par", UNSET)

        card_alias = d.pop("card_alias", UNSET)

        _card_bank_name = d.pop("card_bank_name", UNSET)
        card_bank_name: CardBankName | Unset
        if isinstance(_card_bank_name, Unset):
            card_bank_name = UNSET
        else:
            card_bank_name = CardBankName(_card_bank_name)

        emi_tenure = d.pop("emi_tenure", UNSET)

        address_line_one = d.pop("address_line_one", UNSET)

        address_line_two = d.pop("address_line_two", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        state_code = d.pop("state_code", UNSET)

        country = d.pop("country", UNSET)

        country_code = d.pop("country_code", UNSET)

        zip_code = d.pop("zip_code", UNSET)

        card = cls(
            channel=channel,
            card_number=card_number,
            card_holder_name=card_holder_name,
            card_expiry_mm=card_expiry_mm,
            card_expiry_yy=card_expiry_yy,
            card_cvv=card_cvv,
            instrument_id=instrument_id,
            cryptogram=cryptogram,
            token_requestor_id=token_requestor_id,
            token_reference_id=token_reference_id,
            token_type=token_type,
            card_display=card_display,
            par=par,
            card_alias=card_alias,
            card_bank_name=card_bank_name,
            emi_tenure=emi_tenure,
            address_line_one=address_line_one,
            address_line_two=address_line_two,
            city=city,
            state=state,
            state_code=state_code,
            country=country,
            country_code=country_code,
            zip_code=zip_code,
        )

        card.additional_properties = d
        return card

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
