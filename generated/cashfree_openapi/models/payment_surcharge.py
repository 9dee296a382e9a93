from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentSurcharge")


@_attrs_define
class PaymentSurcharge:
    """
    Attributes:
        payment_surcharge_service_charge (float | None):
        payment_surcharge_service_tax (float | None):
    """

    payment_surcharge_service_charge: float | None
    payment_surcharge_service_tax: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_surcharge_service_charge: float | None
        payment_surcharge_service_charge = self.payment_surcharge_service_charge

        payment_surcharge_service_tax: float | None
        payment_surcharge_service_tax = self.payment_surcharge_service_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_surcharge_service_charge": payment_surcharge_service_charge,
                "payment_surcharge_service_tax": payment_surcharge_service_tax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_payment_surcharge_service_charge(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        payment_surcharge_service_charge = _parse_payment_surcharge_service_charge(
            d.pop("payment_surcharge_service_charge", None)
        )

        def _parse_payment_surcharge_service_tax(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        payment_surcharge_service_tax = _parse_payment_surcharge_service_tax(
            d.pop("payment_surcharge_service_tax", None)
        )

        payment_surcharge = cls(
            payment_surcharge_service_charge=payment_surcharge_service_charge,
            payment_surcharge_service_tax=payment_surcharge_service_tax,
        )

        payment_surcharge.additional_properties = d
        return payment_surcharge

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
