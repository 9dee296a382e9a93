from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RefundSpeedDetails")


@_attrs_define
class RefundSpeedDetails:
    """The speed asked for, the one Cashfree accepted and the one the bank processed.

    Attributes:
        requested (None | str):
        accepted (None | str):
        processed (None | str):
        message (None | str):
    """

    requested: None | str
    accepted: None | str
    processed: None | str
    message: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requested: None | str
        requested = self.requested

        accepted: None | str
        accepted = self.accepted

        processed: None | str
        processed = self.processed

        message: None | str
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requested": requested,
                "accepted": accepted,
                "processed": processed,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_requested(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requested = _parse_requested(d.pop("requested", None))

        def _parse_accepted(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        accepted = _parse_accepted(d.pop("accepted", None))

        def _parse_processed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        processed = _parse_processed(d.pop("processed", None))

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message", None))

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
