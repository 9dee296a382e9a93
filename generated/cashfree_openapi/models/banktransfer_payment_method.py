from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BanktransferPaymentMethod")


@_attrs_define
class BanktransferPaymentMethod:
    """
    Attributes:
        banktransfer (Banktransfer):
    """

    banktransfer: Banktransfer

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
        banktransfer = Banktransfer.from_dict(d.pop("banktransfer"))

        banktransfer_payment_method = cls(
            banktransfer=banktransfer,
        )

        return banktransfer_payment_method


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.banktransfer import Banktransfer
