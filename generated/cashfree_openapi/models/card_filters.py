from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardFilters")


@_attrs_define
class CardFilters:
    """Which cards may pay: BINs (the first six digits), schemes, issuing banks and suffixes (the
    last digits), for plain cards and for card EMI. BINs and suffixes are numbers, not strings.

        Attributes:
            card_emi_tenure (int | Unset): The EMI tenure allowed
            card_emi_bins (list[int] | Unset):
            card_emi_schemes (list[str] | Unset):
            card_emi_suffix (list[int] | Unset):
            card_emi_issuing_bank (list[str] | Unset):
            card_bins (list[int] | Unset):
            card_schemes (list[str] | Unset):
            card_suffix (list[int] | Unset):
            card_issuing_bank (list[str] | Unset):
    """

    card_emi_tenure: int | Unset = UNSET
    card_emi_bins: list[int] | Unset = UNSET
    card_emi_schemes: list[str] | Unset = UNSET
    card_emi_suffix: list[int] | Unset = UNSET
    card_emi_issuing_bank: list[str] | Unset = UNSET
    card_bins: list[int] | Unset = UNSET
    card_schemes: list[str] | Unset = UNSET
    card_suffix: list[int] | Unset = UNSET
    card_issuing_bank: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_emi_tenure = self.card_emi_tenure

        card_emi_bins: list[int] | Unset = UNSET
        if not isinstance(self.card_emi_bins, Unset):
            card_emi_bins = self.card_emi_bins

        card_emi_schemes: list[str] | Unset = UNSET
        if not isinstance(self.card_emi_schemes, Unset):
            card_emi_schemes = self.card_emi_schemes

        card_emi_suffix: list[int] | Unset = UNSET
        if not isinstance(self.card_emi_suffix, Unset):
            card_emi_suffix = self.card_emi_suffix

        card_emi_issuing_bank: list[str] | Unset = UNSET
        if not isinstance(self.card_emi_issuing_bank, Unset):
            card_emi_issuing_bank = self.card_emi_issuing_bank

        card_bins: list[int] | Unset = UNSET
        if not isinstance(self.card_bins, Unset):
            card_bins = self.card_bins

        card_schemes: list[str] | Unset = UNSET
        if not isinstance(self.card_schemes, Unset):
            card_schemes = self.card_schemes

        card_suffix: list[int] | Unset = UNSET
        if not isinstance(self.card_suffix, Unset):
            card_suffix = self.card_suffix

        card_issuing_bank: list[str] | Unset = UNSET
        if not isinstance(self.card_issuing_bank, Unset):
            card_issuing_bank = self.card_issuing_bank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_emi_tenure is not UNSET:
            field_dict["card_emi_tenure"] = card_emi_tenure
        if card_emi_bins is not UNSET:
            field_dict["card_emi_bins"] = card_emi_bins
        if card_emi_schemes is not UNSET:
            field_dict["card_emi_schemes"] = card_emi_schemes
        if card_emi_suffix is not UNSET:
            field_dict["card_emi_suffix"] = card_emi_suffix
        if card_emi_issuing_bank is not UNSET:
            field_dict["card_emi_issuing_bank"] = card_emi_issuing_bank
        if card_bins is not UNSET:
            field_dict["card_bins"] = card_bins
        if card_schemes is not UNSET:
            field_dict["card_schemes"] = card_schemes
        if card_suffix is not UNSET:
            field_dict["card_suffix"] = card_suffix
        if card_issuing_bank is not UNSET:
            field_dict["card_issuing_bank"] = card_issuing_bank

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        card_emi_tenure = d.pop("card_emi_tenure", UNSET)

        card_emi_bins = cast(list[int], d.pop("card_emi_bins", UNSET))

        card_emi_schemes = cast(list[str], d.pop("card_emi_schemes", UNSET))

        card_emi_suffix = cast(list[int], d.pop("card_emi_suffix", UNSET))

        card_emi_issuing_bank = cast(list[str], d.pop("card_emi_issuing_bank", UNSET))

        card_bins = cast(list[int], d.pop("card_bins", UNSET))

        card_schemes = cast(list[str], d.pop("card_schemes", UNSET))

        card_suffix = cast(list[int], d.pop("card_suffix", UNSET))

        card_issuing_bank = cast(list[str], d.pop("card_issuing_bank", UNSET))

        card_filters = cls(
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

        card_filters.additional_properties = d
        return card_filters

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
