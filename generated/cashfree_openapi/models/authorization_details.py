from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authorization_action import AuthorizationAction
from ..models.authorization_status import AuthorizationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizationDetails")


@_attrs_define
class AuthorizationDetails:
    """The state of a pre-authorised payment.

    Attributes:
        action (AuthorizationAction | None | str | Unset):
        status (AuthorizationStatus | None | str | Unset):
        captured_amount (float | None | Unset):
        start_time (None | str | Unset):
        end_time (None | str | Unset):
        approve_by (None | str | Unset):
        action_reference (None | str | Unset):
        action_time (None | str | Unset):
    """

    action: AuthorizationAction | None | str | Unset = UNSET
    status: AuthorizationStatus | None | str | Unset = UNSET
    captured_amount: float | None | Unset = UNSET
    start_time: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    approve_by: None | str | Unset = UNSET
    action_reference: None | str | Unset = UNSET
    action_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, AuthorizationAction):
            action = self.action.value
        else:
            action = self.action

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, AuthorizationStatus):
            status = self.status.value
        else:
            status = self.status

        captured_amount: float | None | Unset
        if isinstance(self.captured_amount, Unset):
            captured_amount = UNSET
        else:
            captured_amount = self.captured_amount

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        approve_by: None | str | Unset
        if isinstance(self.approve_by, Unset):
            approve_by = UNSET
        else:
            approve_by = self.approve_by

        action_reference: None | str | Unset
        if isinstance(self.action_reference, Unset):
            action_reference = UNSET
        else:
            action_reference = self.action_reference

        action_time: None | str | Unset
        if isinstance(self.action_time, Unset):
            action_time = UNSET
        else:
            action_time = self.action_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status
        if captured_amount is not UNSET:
            field_dict["captured_amount"] = captured_amount
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if approve_by is not UNSET:
            field_dict["approve_by"] = approve_by
        if action_reference is not UNSET:
            field_dict["action_reference"] = action_reference
        if action_time is not UNSET:
            field_dict["action_time"] = action_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_action(data: object) -> AuthorizationAction | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = AuthorizationAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorizationAction | None | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_status(data: object) -> AuthorizationStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AuthorizationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorizationStatus | None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_captured_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        captured_amount = _parse_captured_amount(d.pop("captured_amount", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_approve_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approve_by = _parse_approve_by(d.pop("approve_by", UNSET))

        def _parse_action_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_reference = _parse_action_reference(d.pop("action_reference", UNSET))

        def _parse_action_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        action_time = _parse_action_time(d.pop("action_time", UNSET))

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
