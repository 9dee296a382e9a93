from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorDetails")


@_attrs_define
class ErrorDetails:
    """Why a payment failed.

    Attributes:
        error_code (None | str):
        error_description (None | str):
        error_reason (None | str):
        error_source (None | str):
        error_code_raw (None | str):
        error_description_raw (None | str):
        error_subcode_raw (None | str):
    """

    error_code: None | str
    error_description: None | str
    error_reason: None | str
    error_source: None | str
    error_code_raw: None | str
    error_description_raw: None | str
    error_subcode_raw: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: None | str
        error_code = self.error_code

        error_description: None | str
        error_description = self.error_description

        error_reason: None | str
        error_reason = self.error_reason

        error_source: None | str
        error_source = self.error_source

        error_code_raw: None | str
        error_code_raw = self.error_code_raw

        error_description_raw: None | str
        error_description_raw = self.error_description_raw

        error_subcode_raw: None | str
        error_subcode_raw = self.error_subcode_raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "error_description": error_description,
                "error_reason": error_reason,
                "error_source": error_source,
                "error_code_raw": error_code_raw,
                "error_description_raw": error_description_raw,
                "error_subcode_raw": error_subcode_raw,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code = _parse_error_code(d.pop("error_code", None))

        def _parse_error_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_description = _parse_error_description(d.pop("error_description", None))

        def _parse_error_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_reason = _parse_error_reason(d.pop("error_reason", None))

        def _parse_error_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_source = _parse_error_source(d.pop("error_source", None))

        def _parse_error_code_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_code_raw = _parse_error_code_raw(d.pop("error_code_raw", None))

        def _parse_error_description_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_description_raw = _parse_error_description_raw(
            d.pop("error_description_raw", None)
        )

        def _parse_error_subcode_raw(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_subcode_raw = _parse_error_subcode_raw(d.pop("error_subcode_raw", None))

        error_details = cls(
            error_code=error_code,
            error_description=error_description,
            error_reason=error_reason,
            error_source=error_source,
            error_code_raw=error_code_raw,
            error_description_raw=error_description_raw,
            error_subcode_raw=error_subcode_raw,
        )

        error_details.additional_properties = d
        return error_details

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
