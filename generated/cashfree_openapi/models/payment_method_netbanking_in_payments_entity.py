from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentMethodNetbankingInPaymentsEntity")


@_attrs_define
class PaymentMethodNetbankingInPaymentsEntity:
    """
    Attributes:
        netbanking (NetbankingPaymentDetails):
    """

    netbanking: NetbankingPaymentDetails

    def to_dict(self) -> dict[str, Any]:
        netbanking = self.netbanking.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "netbanking": netbanking,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        netbanking = NetbankingPaymentDetails.from_dict(d.pop("netbanking"))

        payment_method_netbanking_in_payments_entity = cls(
            netbanking=netbanking,
        )

        return payment_method_netbanking_in_payments_entity


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.netbanking_payment_details import NetbankingPaymentDetails
