from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.include_exclude_filter import IncludeExcludeFilter
    from ..models.payment_methods_filters import PaymentMethodsFilters


T = TypeVar("T", bound="OrderMetaEntity")


@_attrs_define
class OrderMetaEntity:
    """The order_meta as the order entity returns it.

    Attributes:
        return_url (None | str | Unset):
        notify_url (None | str | Unset):
        payment_methods (None | str | Unset):
        payment_methods_filters (None | PaymentMethodsFilters | Unset):
        offer_filters (IncludeExcludeFilter | None | Unset):
        upi_app_priority (list[str] | None | Unset):
    """

    return_url: None | str | Unset = UNSET
    notify_url: None | str | Unset = UNSET
    payment_methods: None | str | Unset = UNSET
    payment_methods_filters: None | PaymentMethodsFilters | Unset = UNSET
    offer_filters: IncludeExcludeFilter | None | Unset = UNSET
    upi_app_priority: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.include_exclude_filter import IncludeExcludeFilter
        from ..models.payment_methods_filters import PaymentMethodsFilters

        return_url: None | str | Unset
        if isinstance(self.return_url, Unset):
            return_url = UNSET
        else:
            return_url = self.return_url

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        payment_methods: None | str | Unset
        if isinstance(self.payment_methods, Unset):
            payment_methods = UNSET
        else:
            payment_methods = self.payment_methods

        payment_methods_filters: dict[str, Any] | None | Unset
        if isinstance(self.payment_methods_filters, Unset):
            payment_methods_filters = UNSET
        elif isinstance(self.payment_methods_filters, PaymentMethodsFilters):
            payment_methods_filters = self.payment_methods_filters.to_dict()
        else:
            payment_methods_filters = self.payment_methods_filters

        offer_filters: dict[str, Any] | None | Unset
        if isinstance(self.offer_filters, Unset):
            offer_filters = UNSET
        elif isinstance(self.offer_filters, IncludeExcludeFilter):
            offer_filters = self.offer_filters.to_dict()
        else:
            offer_filters = self.offer_filters

        upi_app_priority: list[str] | None | Unset
        if isinstance(self.upi_app_priority, Unset):
            upi_app_priority = UNSET
        elif isinstance(self.upi_app_priority, list):
            upi_app_priority = self.upi_app_priority

        else:
            upi_app_priority = self.upi_app_priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_url is not UNSET:
            field_dict["return_url"] = return_url
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods
        if payment_methods_filters is not UNSET:
            field_dict["payment_methods_filters"] = payment_methods_filters
        if offer_filters is not UNSET:
            field_dict["offer_filters"] = offer_filters
        if upi_app_priority is not UNSET:
            field_dict["upi_app_priority"] = upi_app_priority

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.include_exclude_filter import IncludeExcludeFilter
        from ..models.payment_methods_filters import PaymentMethodsFilters

        d = dict(src_dict)

        def _parse_return_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        return_url = _parse_return_url(d.pop("return_url", UNSET))

        def _parse_notify_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_url = _parse_notify_url(d.pop("notify_url", UNSET))

        def _parse_payment_methods(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_methods = _parse_payment_methods(d.pop("payment_methods", UNSET))

        def _parse_payment_methods_filters(
            data: object,
        ) -> None | PaymentMethodsFilters | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_methods_filters_type_0 = PaymentMethodsFilters.from_dict(data)

                return payment_methods_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethodsFilters | Unset, data)

        payment_methods_filters = _parse_payment_methods_filters(
            d.pop("payment_methods_filters", UNSET)
        )

        def _parse_offer_filters(data: object) -> IncludeExcludeFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                offer_filters_type_0 = IncludeExcludeFilter.from_dict(data)

                return offer_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludeExcludeFilter | None | Unset, data)

        offer_filters = _parse_offer_filters(d.pop("offer_filters", UNSET))

        def _parse_upi_app_priority(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                upi_app_priority_type_0 = cast(list[str], data)

                return upi_app_priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        upi_app_priority = _parse_upi_app_priority(d.pop("upi_app_priority", UNSET))

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
