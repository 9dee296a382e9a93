from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentMethodCardInPaymentsEntity")


@_attrs_define
class PaymentMethodCardInPaymentsEntity:
    """
    Attributes:
        card (CardPaymentDetails): The card of a payment; the number is masked.
    """

    card: CardPaymentDetails

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
        card = CardPaymentDetails.from_dict(d.pop("card"))

        payment_method_card_in_payments_entity = cls(
            card=card,
        )

        return payment_method_card_in_payments_entity


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.card_payment_details import CardPaymentDetails
