from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UPIPaymentMethod")


@_attrs_define
class UPIPaymentMethod:
    """
    Attributes:
        upi (Upi): `collect` sends a request to `upi_id`; `link` returns intent links; `qrcode` a QR image;
            `podQrCode` a QR image to show on delivery (pay on delivery).
    """

    upi: Upi

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
        upi = Upi.from_dict(d.pop("upi"))

        upi_payment_method = cls(
            upi=upi,
        )

        return upi_payment_method


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.upi import Upi
