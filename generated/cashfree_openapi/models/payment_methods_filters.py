from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodsFilters")


@_attrs_define
class PaymentMethodsFilters:
    """
    Attributes:
        methods (IncludeExcludeFilter | Unset):
        filters (CardFilters | Unset): Which cards may pay: BINs (the first six digits), schemes, issuing banks and
            suffixes (the
            last digits), for plain cards and for card EMI. BINs and suffixes are numbers, not strings.
    """

    methods: IncludeExcludeFilter | Unset = UNSET
    filters: CardFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = self.methods.to_dict()

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if methods is not UNSET:
            field_dict["methods"] = methods
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _methods = d.pop("methods", UNSET)
        methods: IncludeExcludeFilter | Unset
        if isinstance(_methods, Unset):
            methods = UNSET
        else:
            methods = IncludeExcludeFilter.from_dict(_methods)

        _filters = d.pop("filters", UNSET)
        filters: CardFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = CardFilters.from_dict(_filters)

        payment_methods_filters = cls(
            methods=methods,
            filters=filters,
        )

        payment_methods_filters.additional_properties = d
        return payment_methods_filters

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


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.card_filters import CardFilters
from ..models.include_exclude_filter import IncludeExcludeFilter
