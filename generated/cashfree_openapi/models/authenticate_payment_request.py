from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authenticate_payment_request_action import (
    AuthenticatePaymentRequestAction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticatePaymentRequest")


@_attrs_define
class AuthenticatePaymentRequest:
    """`otp` is checked only with SUBMIT_OTP; with RESEND_OTP it is ignored, whatever it holds (the official SDK's model
    requires the field, so resend requests often carry a placeholder).

        Attributes:
            action (AuthenticatePaymentRequestAction):
            otp (str | Unset): The OTP (4 to 8 digits) with SUBMIT_OTP.
    """

    action: AuthenticatePaymentRequestAction
    otp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        otp = self.otp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if otp is not UNSET:
            field_dict["otp"] = otp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = AuthenticatePaymentRequestAction(d.pop("action"))

        otp = d.pop("otp", UNSET)

        authenticate_payment_request = cls(
            action=action,
            otp=otp,
        )

        authenticate_payment_request.additional_properties = d
        return authenticate_payment_request

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
