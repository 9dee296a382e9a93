from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentMethodPaylaterInPaymentsEntity")


@_attrs_define
class PaymentMethodPaylaterInPaymentsEntity:
    """
    Attributes:
        paylater (ProviderPaymentDetails): A wallet, cardless EMI or pay-later payment.
    """

    paylater: ProviderPaymentDetails

    def to_dict(self) -> dict[str, Any]:
        paylater = self.paylater.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "paylater": paylater,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        paylater = ProviderPaymentDetails.from_dict(d.pop("paylater"))

        payment_method_paylater_in_payments_entity = cls(
            paylater=paylater,
        )

        return payment_method_paylater_in_payments_entity


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.provider_payment_details import ProviderPaymentDetails
