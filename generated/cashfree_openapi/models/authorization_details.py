from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authorization_action import AuthorizationAction
from ..models.authorization_status import AuthorizationStatus

T = TypeVar("T", bound="AuthorizationDetails")


@_attrs_define
class AuthorizationDetails:
    """The state of a pre-authorised payment.

    Attributes:
        action (AuthorizationAction | None | str):
        status (AuthorizationStatus | None | str):
        captured_amount (float | None):
        start_time (None | str):
        end_time (None | str):
        approve_by (None | str):
        action_reference (None | str):
        action_time (None | str):
    """

    action: AuthorizationAction | None | str
    status: AuthorizationStatus | None | str
    captured_amount: float | None
    start_time: None | str
    end_time: None | str
    approve_by: None | str
    action_reference: None | str
    action_time: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: None | str
        if isinstance(self.action, AuthorizationAction):
            action = self.action.value
        else:
            action = self.action

        status: None | str
        if isinstance(self.status, AuthorizationStatus):
            status = self.status.value
        else:
            status = self.status

        captured_amount: float | None
        captured_amount = self.captured_amount

        start_time: None | str
        start_time = self.start_time

        end_time: None | str
        end_time = self.end_time

        approve_by: None | str
        approve_by = self.approve_by

        action_reference: None | str
        action_reference = self.action_reference

        action_time: None | str
        action_time = self.action_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "status": status,
                "captured_amount": captured_amount,
                "start_time": start_time,
                "end_time": end_time,
                "approve_by": approve_by,
                "action_reference": action_reference,
                "action_time": action_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_action(data: object) -> AuthorizationAction | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = AuthorizationAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorizationAction | None | str, data)

        action = _parse_action(d.pop("action", None))

        def _parse_status(data: object) -> AuthorizationStatus | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AuthorizationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorizationStatus | None | str, data)

        status = _parse_status(d.pop("status", None))

        def _parse_captured_amount(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        captured_amount = _parse_captured_amount(d.pop("captured_amount", None))

        def _parse_start_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_time = _parse_start_time(d.pop("start_time", None))

        def _parse_end_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_time = _parse_end_time(d.pop("end_time", None))

        def _parse_approve_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approve_by = _parse_approve_by(d.pop("approve_by", None))

        def _parse_action_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action_reference = _parse_action_reference(d.pop("action_reference", None))

        def _parse_action_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action_time = _parse_action_time(d.pop("action_time", None))

        authorization_details = cls(
            action=action,
            status=status,
            captured_amount=captured_amount,
            start_time=start_time,
            end_time=end_time,
            approve_by=approve_by,
            action_reference=action_reference,
            action_time=action_time,
        )

        authorization_details.additional_properties = d
        return authorization_details

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
