from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NetbankingPaymentMethod")


@_attrs_define
class NetbankingPaymentMethod:
    """
    Attributes:
        netbanking (Netbanking):
    """

    netbanking: Netbanking

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
        netbanking = Netbanking.from_dict(d.pop("netbanking"))

        netbanking_payment_method = cls(
            netbanking=netbanking,
        )

        return netbanking_payment_method


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.netbanking import Netbanking
