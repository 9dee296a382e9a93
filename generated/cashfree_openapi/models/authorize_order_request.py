from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authorize_order_request_action import AuthorizeOrderRequestAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizeOrderRequest")


@_attrs_define
class AuthorizeOrderRequest:
    """
    Attributes:
        action (AuthorizeOrderRequestAction):
        amount (float | Unset): The amount to capture, up to the authorised amount. Not used by VOID.
    """

    action: AuthorizeOrderRequestAction
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = AuthorizeOrderRequestAction(d.pop("action"))

        amount = d.pop("amount", UNSET)

        authorize_order_request = cls(
            action=action,
            amount=amount,
        )

        authorize_order_request.additional_properties = d
        return authorize_order_request

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
