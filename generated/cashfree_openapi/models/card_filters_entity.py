from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardFiltersEntity")


@_attrs_define
class CardFiltersEntity:
    """
    Attributes:
        card_emi_tenure (int | None):
        card_emi_bins (list[int] | None):
        card_emi_schemes (list[str] | None):
        card_emi_suffix (list[int] | None):
        card_emi_issuing_bank (list[str] | None):
        card_bins (list[int] | None):
        card_schemes (list[str] | None):
        card_suffix (list[int] | None):
        card_issuing_bank (list[str] | None):
    """

    card_emi_tenure: int | None
    card_emi_bins: list[int] | None
    card_emi_schemes: list[str] | None
    card_emi_suffix: list[int] | None
    card_emi_issuing_bank: list[str] | None
    card_bins: list[int] | None
    card_schemes: list[str] | None
    card_suffix: list[int] | None
    card_issuing_bank: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_emi_tenure: int | None
        card_emi_tenure = self.card_emi_tenure

        card_emi_bins: list[int] | None
        if isinstance(self.card_emi_bins, list):
            card_emi_bins = self.card_emi_bins

        else:
            card_emi_bins = self.card_emi_bins

        card_emi_schemes: list[str] | None
        if isinstance(self.card_emi_schemes, list):
            card_emi_schemes = self.card_emi_schemes

        else:
            card_emi_schemes = self.card_emi_schemes

        card_emi_suffix: list[int] | None
        if isinstance(self.card_emi_suffix, list):
            card_emi_suffix = self.card_emi_suffix

        else:
            card_emi_suffix = self.card_emi_suffix

        card_emi_issuing_bank: list[str] | None
        if isinstance(self.card_emi_issuing_bank, list):
            card_emi_issuing_bank = self.card_emi_issuing_bank

        else:
            card_emi_issuing_bank = self.card_emi_issuing_bank

        card_bins: list[int] | None
        if isinstance(self.card_bins, list):
            card_bins = self.card_bins

        else:
            card_bins = self.card_bins

        card_schemes: list[str] | None
        if isinstance(self.card_schemes, list):
            card_schemes = self.card_schemes

        else:
            card_schemes = self.card_schemes

        card_suffix: list[int] | None
        if isinstance(self.card_suffix, list):
            card_suffix = self.card_suffix

        else:
            card_suffix = self.card_suffix

        card_issuing_bank: list[str] | None
        if isinstance(self.card_issuing_bank, list):
            card_issuing_bank = self.card_issuing_bank

        else:
            card_issuing_bank = self.card_issuing_bank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_emi_tenure": card_emi_tenure,
                "card_emi_bins": card_emi_bins,
                "card_emi_schemes": card_emi_schemes,
                "card_emi_suffix": card_emi_suffix,
                "card_emi_issuing_bank": card_emi_issuing_bank,
                "card_bins": card_bins,
                "card_schemes": card_schemes,
                "card_suffix": card_suffix,
                "card_issuing_bank": card_issuing_bank,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_card_emi_tenure(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        card_emi_tenure = _parse_card_emi_tenure(d.pop("card_emi_tenure", None))

        def _parse_card_emi_bins(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                card_emi_bins_type_0 = cast(list[int], data)

                return card_emi_bins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        card_emi_bins = _parse_card_emi_bins(d.pop("card_emi_bins", None))

        def _parse_card_emi_schemes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                card_emi_schemes_type_0 = cast(list[str], data)

                return card_emi_schemes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        card_emi_schemes = _parse_card_emi_schemes(d.pop("card_emi_schemes", None))

        def _parse_card_emi_suffix(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                card_emi_suffix_type_0 = cast(list[int], data)

                return card_emi_suffix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        card_emi_suffix = _parse_card_emi_suffix(d.pop("card_emi_suffix", None))

        def _parse_card_emi_issuing_bank(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                card_emi_issuing_bank_type_0 = cast(list[str], data)

                return card_emi_issuing_bank_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        card_emi_issuing_bank = _parse_card_emi_issuing_bank(
            d.pop("card_emi_issuing_bank", None)
        )

        def _parse_card_bins(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                card_bins_type_0 = cast(list[int], data)

                return card_bins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        card_bins = _parse_card_bins(d.pop("card_bins", None))

        def _parse_card_schemes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                card_schemes_type_0 = cast(list[str], data)

                return card_schemes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        card_schemes = _parse_card_schemes(d.pop("card_schemes", None))

        def _parse_card_suffix(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                card_suffix_type_0 = cast(list[int], data)

                return card_suffix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None, data)

        card_suffix = _parse_card_suffix(d.pop("card_suffix", None))

        def _parse_card_issuing_bank(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                card_issuing_bank_type_0 = cast(list[str], data)

                return card_issuing_bank_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        card_issuing_bank = _parse_card_issuing_bank(d.pop("card_issuing_bank", None))

        card_filters_entity = cls(
            card_emi_tenure=card_emi_tenure,
            card_emi_bins=card_emi_bins,
            card_emi_schemes=card_emi_schemes,
            card_emi_suffix=card_emi_suffix,
            card_emi_issuing_bank=card_emi_issuing_bank,
            card_bins=card_bins,
            card_schemes=card_schemes,
            card_suffix=card_suffix,
            card_issuing_bank=card_issuing_bank,
        )

        card_filters_entity.additional_properties = d
        return card_filters_entity

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
