from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentGatewayDetails")


@_attrs_define
class PaymentGatewayDetails:
    """
    Attributes:
        gateway_name (None | str):
        gateway_order_id (None | str):
        gateway_payment_id (None | str):
        gateway_order_reference_id (None | str):
        gateway_status_code (None | str):
        gateway_settlement (None | str):
        gateway_reference_name (None | str):
    """

    gateway_name: None | str
    gateway_order_id: None | str
    gateway_payment_id: None | str
    gateway_order_reference_id: None | str
    gateway_status_code: None | str
    gateway_settlement: None | str
    gateway_reference_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gateway_name: None | str
        gateway_name = self.gateway_name

        gateway_order_id: None | str
        gateway_order_id = self.gateway_order_id

        gateway_payment_id: None | str
        gateway_payment_id = self.gateway_payment_id

        gateway_order_reference_id: None | str
        gateway_order_reference_id = self.gateway_order_reference_id

        gateway_status_code: None | str
        gateway_status_code = self.gateway_status_code

        gateway_settlement: None | str
        gateway_settlement = self.gateway_settlement

        gateway_reference_name: None | str
        gateway_reference_name = self.gateway_reference_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gateway_name": gateway_name,
                "gateway_order_id": gateway_order_id,
                "gateway_payment_id": gateway_payment_id,
                "gateway_order_reference_id": gateway_order_reference_id,
                "gateway_status_code": gateway_status_code,
                "gateway_settlement": gateway_settlement,
                "gateway_reference_name": gateway_reference_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_gateway_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gateway_name = _parse_gateway_name(d.pop("gateway_name", None))

        def _parse_gateway_order_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gateway_order_id = _parse_gateway_order_id(d.pop("gateway_order_id", None))

        def _parse_gateway_payment_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gateway_payment_id = _parse_gateway_payment_id(
            d.pop("gateway_payment_id", None)
        )

        def _parse_gateway_order_reference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gateway_order_reference_id = _parse_gateway_order_reference_id(
            d.pop("gateway_order_reference_id", None)
        )

        def _parse_gateway_status_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gateway_status_code = _parse_gateway_status_code(
            d.pop("gateway_status_code", None)
        )

        def _parse_gateway_settlement(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gateway_settlement = _parse_gateway_settlement(
            d.pop("gateway_settlement", None)
        )

        def _parse_gateway_reference_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gateway_reference_name = _parse_gateway_reference_name(
            d.pop("gateway_reference_name", None)
        )

        payment_gateway_details = cls(
            gateway_name=gateway_name,
            gateway_order_id=gateway_order_id,
            gateway_payment_id=gateway_payment_id,
            gateway_order_reference_id=gateway_order_reference_id,
            gateway_status_code=gateway_status_code,
            gateway_settlement=gateway_settlement,
            gateway_reference_name=gateway_reference_name,
        )

        payment_gateway_details.additional_properties = d
        return payment_gateway_details

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
