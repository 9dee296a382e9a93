from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CardlessEMIPaymentMethod")


@_attrs_define
class CardlessEMIPaymentMethod:
    """
    Attributes:
        cardless_emi (CardlessEMI):
    """

    cardless_emi: CardlessEMI

    def to_dict(self) -> dict[str, Any]:
        cardless_emi = self.cardless_emi.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cardless_emi": cardless_emi,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cardless_emi = CardlessEMI.from_dict(d.pop("cardless_emi"))

        cardless_emi_payment_method = cls(
            cardless_emi=cardless_emi,
        )

        return cardless_emi_payment_method


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.cardless_emi import CardlessEMI
