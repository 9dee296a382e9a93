from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PaymentMethodBanktransferInPaymentsEntity")


@_attrs_define
class PaymentMethodBanktransferInPaymentsEntity:
    """
    Attributes:
        banktransfer (BanktransferPaymentDetails):
    """

    banktransfer: BanktransferPaymentDetails

    def to_dict(self) -> dict[str, Any]:
        banktransfer = self.banktransfer.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "banktransfer": banktransfer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        banktransfer = BanktransferPaymentDetails.from_dict(d.pop("banktransfer"))

        payment_method_banktransfer_in_payments_entity = cls(
            banktransfer=banktransfer,
        )

        return payment_method_banktransfer_in_payments_entity


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.banktransfer_payment_details import BanktransferPaymentDetails
