from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CardEMIPaymentMethod")


@_attrs_define
class CardEMIPaymentMethod:
    """
    Attributes:
        emi (CardEMI): An EMI on a credit or debit card.
    """

    emi: CardEMI

    def to_dict(self) -> dict[str, Any]:
        emi = self.emi.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "emi": emi,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        emi = CardEMI.from_dict(d.pop("emi"))

        card_emi_payment_method = cls(
            emi=emi,
        )

        return card_emi_payment_method


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.card_emi import CardEMI
