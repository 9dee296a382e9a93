from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentMethodUPIInPaymentsEntity")


@_attrs_define
class PaymentMethodUPIInPaymentsEntity:
    """
    Attributes:
        upi (UPIPaymentDetails):
    """

    upi: UPIPaymentDetails

    def to_dict(self) -> dict[str, Any]:
        upi = self.upi.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "upi": upi,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upi = UPIPaymentDetails.from_dict(d.pop("upi"))

        payment_method_upi_in_payments_entity = cls(
            upi=upi,
        )

        return payment_method_upi_in_payments_entity


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.upi_payment_details import UPIPaymentDetails
