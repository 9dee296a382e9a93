from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authenticate_action import AuthenticateAction
from ..models.authenticate_status import AuthenticateStatus

T = TypeVar("T", bound="AuthenticatePaymentEntity")


@_attrs_define
class AuthenticatePaymentEntity:
    """
    Attributes:
        cf_payment_id (str):
        action (AuthenticateAction | str):
        authenticate_status (AuthenticateStatus | str):
        payment_message (None | str):
    """

    cf_payment_id: str
    action: AuthenticateAction | str
    authenticate_status: AuthenticateStatus | str
    payment_message: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cf_payment_id = self.cf_payment_id

        action: str
        if isinstance(self.action, AuthenticateAction):
            action = self.action.value
        else:
            action = self.action

        authenticate_status: str
        if isinstance(self.authenticate_status, AuthenticateStatus):
            authenticate_status = self.authenticate_status.value
        else:
            authenticate_status = self.authenticate_status

        payment_message: None | str
        payment_message = self.payment_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cf_payment_id": cf_payment_id,
                "action": action,
                "authenticate_status": authenticate_status,
                "payment_message": payment_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cf_payment_id = d.pop("cf_payment_id")

        def _parse_action(data: object) -> AuthenticateAction | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = AuthenticateAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthenticateAction | str, data)

        action = _parse_action(d.pop("action"))

        def _parse_authenticate_status(data: object) -> AuthenticateStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authenticate_status_type_0 = AuthenticateStatus(data)

                return authenticate_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthenticateStatus | str, data)

        authenticate_status = _parse_authenticate_status(d.pop("authenticate_status"))

        def _parse_payment_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_message = _parse_payment_message(d.pop("payment_message", None))

        authenticate_payment_entity = cls(
            cf_payment_id=cf_payment_id,
            action=action,
            authenticate_status=authenticate_status,
            payment_message=payment_message,
        )

        authenticate_payment_entity.additional_properties = d
        return authenticate_payment_entity

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
