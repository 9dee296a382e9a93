from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefundSpeedDetails")


@_attrs_define
class RefundSpeedDetails:
    """The speed asked for, the one Cashfree accepted and the one the bank processed.

    Attributes:
        requested (None | str | Unset):
        accepted (None | str | Unset):
        processed (None | str | Unset):
        message (None | str | Unset):
    """

    requested: None | str | Unset = UNSET
    accepted: None | str | Unset = UNSET
    processed: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested: None | str | Unset
        if isinstance(self.requested, Unset):
            requested = UNSET
        else:
            requested = self.requested

        accepted: None | str | Unset
        if isinstance(self.accepted, Unset):
            accepted = UNSET
        else:
            accepted = self.accepted

        processed: None | str | Unset
        if isinstance(self.processed, Unset):
            processed = UNSET
        else:
            processed = self.processed

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requested is not UNSET:
            field_dict["requested"] = requested
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if processed is not UNSET:
            field_dict["processed"] = processed
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_requested(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requested = _parse_requested(d.pop("requested", UNSET))

        def _parse_accepted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accepted = _parse_accepted(d.pop("accepted", UNSET))

        def _parse_processed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processed = _parse_processed(d.pop("processed", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        refund_speed_details = cls(
            requested=requested,
            accepted=accepted,
            processed=processed,
            message=message,
        )

        refund_speed_details.additional_properties = d
        return refund_speed_details

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
