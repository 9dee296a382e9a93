from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentMethodCardlessEMIInPaymentsEntity")


@_attrs_define
class PaymentMethodCardlessEMIInPaymentsEntity:
    """
    Attributes:
        cardless_emi (ProviderPaymentDetails): A wallet, cardless EMI or pay-later payment.
    """

    cardless_emi: ProviderPaymentDetails

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
        cardless_emi = ProviderPaymentDetails.from_dict(d.pop("cardless_emi"))

        payment_method_cardless_emi_in_payments_entity = cls(
            cardless_emi=cardless_emi,
        )

        return payment_method_cardless_emi_in_payments_entity


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.provider_payment_details import ProviderPaymentDetails
