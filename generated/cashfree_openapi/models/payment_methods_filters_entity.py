from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentMethodsFiltersEntity")


@_attrs_define
class PaymentMethodsFiltersEntity:
    """
    Attributes:
        methods (IncludeExcludeFilterEntity | None):
        filters (CardFiltersEntity | None):
    """

    methods: IncludeExcludeFilterEntity | None
    filters: CardFiltersEntity | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        methods: dict[str, Any] | None
        if isinstance(self.methods, IncludeExcludeFilterEntity):
            methods = self.methods.to_dict()
        else:
            methods = self.methods

        filters: dict[str, Any] | None
        if isinstance(self.filters, CardFiltersEntity):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "methods": methods,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_methods(data: object) -> IncludeExcludeFilterEntity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                methods_type_0 = IncludeExcludeFilterEntity.from_dict(data)

                return methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludeExcludeFilterEntity | None, data)

        methods = _parse_methods(d.pop("methods", None))

        def _parse_filters(data: object) -> CardFiltersEntity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = CardFiltersEntity.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardFiltersEntity | None, data)

        filters = _parse_filters(d.pop("filters", None))

        payment_methods_filters_entity = cls(
            methods=methods,
            filters=filters,
        )

        payment_methods_filters_entity.additional_properties = d
        return payment_methods_filters_entity

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
from ..models.card_filters_entity import CardFiltersEntity
from ..models.include_exclude_filter_entity import IncludeExcludeFilterEntity
