from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.terminate_order_request_order_status import (
    TerminateOrderRequestOrderStatus,
)

T = TypeVar("T", bound="TerminateOrderRequest")


@_attrs_define
class TerminateOrderRequest:
    """Terminate an unpaid order; TERMINATED is the only value.

    Attributes:
        order_status (TerminateOrderRequestOrderStatus):
    """

    order_status: TerminateOrderRequestOrderStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_status = self.order_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_status": order_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_status = TerminateOrderRequestOrderStatus(d.pop("order_status"))

        terminate_order_request = cls(
            order_status=order_status,
        )

        terminate_order_request.additional_properties = d
        return terminate_order_request

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
