from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderMetaEntity")


@_attrs_define
class OrderMetaEntity:
    """The order_meta as the order entity returns it.

    Attributes:
        return_url (None | str):
        notify_url (None | str):
        payment_methods (None | str):
        payment_methods_filters (None | PaymentMethodsFiltersEntity):
        offer_filters (IncludeExcludeFilterEntity | None):
        upi_app_priority (list[str] | None):
    """

    return_url: None | str
    notify_url: None | str
    payment_methods: None | str
    payment_methods_filters: None | PaymentMethodsFiltersEntity
    offer_filters: IncludeExcludeFilterEntity | None
    upi_app_priority: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_url: None | str
        return_url = self.return_url

        notify_url: None | str
        notify_url = self.notify_url

        payment_methods: None | str
        payment_methods = self.payment_methods

        payment_methods_filters: dict[str, Any] | None
        if isinstance(self.payment_methods_filters, PaymentMethodsFiltersEntity):
            payment_methods_filters = self.payment_methods_filters.to_dict()
        else:
            payment_methods_filters = self.payment_methods_filters

        offer_filters: dict[str, Any] | None
        if isinstance(self.offer_filters, IncludeExcludeFilterEntity):
            offer_filters = self.offer_filters.to_dict()
        else:
            offer_filters = self.offer_filters

        upi_app_priority: list[str] | None
        if isinstance(self.upi_app_priority, list):
            upi_app_priority = self.upi_app_priority

        else:
            upi_app_priority = self.upi_app_priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "return_url": return_url,
                "notify_url": notify_url,
                "payment_methods": payment_methods,
                "payment_methods_filters": payment_methods_filters,
                "offer_filters": offer_filters,
                "upi_app_priority": upi_app_priority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_return_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        return_url = _parse_return_url(d.pop("return_url", None))

        def _parse_notify_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notify_url = _parse_notify_url(d.pop("notify_url", None))

        def _parse_payment_methods(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payment_methods = _parse_payment_methods(d.pop("payment_methods", None))

        def _parse_payment_methods_filters(
            data: object,
        ) -> None | PaymentMethodsFiltersEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_methods_filters_type_0 = PaymentMethodsFiltersEntity.from_dict(
                    data
                )

                return payment_methods_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodsFiltersEntity, data)

        payment_methods_filters = _parse_payment_methods_filters(
            d.pop("payment_methods_filters", None)
        )

        def _parse_offer_filters(data: object) -> IncludeExcludeFilterEntity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                offer_filters_type_0 = IncludeExcludeFilterEntity.from_dict(data)

                return offer_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludeExcludeFilterEntity | None, data)

        offer_filters = _parse_offer_filters(d.pop("offer_filters", None))

        def _parse_upi_app_priority(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                upi_app_priority_type_0 = cast(list[str], data)

                return upi_app_priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        upi_app_priority = _parse_upi_app_priority(d.pop("upi_app_priority", None))

        order_meta_entity = cls(
            return_url=return_url,
            notify_url=notify_url,
            payment_methods=payment_methods,
            payment_methods_filters=payment_methods_filters,
            offer_filters=offer_filters,
            upi_app_priority=upi_app_priority,
        )

        order_meta_entity.additional_properties = d
        return order_meta_entity

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
from ..models.include_exclude_filter_entity import IncludeExcludeFilterEntity
from ..models.payment_methods_filters_entity import PaymentMethodsFiltersEntity
