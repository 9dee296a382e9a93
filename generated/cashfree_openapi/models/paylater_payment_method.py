from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.paylater import Paylater


T = TypeVar("T", bound="PaylaterPaymentMethod")


@_attrs_define
class PaylaterPaymentMethod:
    """
    Attributes:
        paylater (Paylater):
    """

    paylater: Paylater

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
        from ..models.paylater import Paylater

        d = dict(src_dict)
        paylater = Paylater.from_dict(d.pop("paylater"))

        paylater_payment_method = cls(
            paylater=paylater,
        )

        return paylater_payment_method
