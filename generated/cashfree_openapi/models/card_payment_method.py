from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CardPaymentMethod")


@_attrs_define
class CardPaymentMethod:
    """
    Attributes:
        card (Card): A card payment in one of three shapes: a plain card (card_number, card_expiry_mm,
            card_expiry_yy, card_cvv), a saved card (instrument_id, card_cvv), or a network token
            with its cryptogram (card_number, cryptogram, token_requestor_id, token_type, ...).
            `channel: post` asks for the native OTP flow.
    """

    card: Card

    def to_dict(self) -> dict[str, Any]:
        card = self.card.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "card": card,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        card = Card.from_dict(d.pop("card"))

        card_payment_method = cls(
            card=card,
        )

        return card_payment_method


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.card import Card
