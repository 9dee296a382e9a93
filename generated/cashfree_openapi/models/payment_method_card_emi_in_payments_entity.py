from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentMethodCardEMIInPaymentsEntity")


@_attrs_define
class PaymentMethodCardEMIInPaymentsEntity:
    """
    Attributes:
        emi (CardEMIPaymentDetails): The card and plan of an EMI payment; the number is masked.
    """

    emi: CardEMIPaymentDetails

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
        emi = CardEMIPaymentDetails.from_dict(d.pop("emi"))

        payment_method_card_emi_in_payments_entity = cls(
            emi=emi,
        )

        return payment_method_card_emi_in_payments_entity


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.card_emi_payment_details import CardEMIPaymentDetails
