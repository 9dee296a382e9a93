from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMeta")


@_attrs_define
class OrderMeta:
    """How the customer pays and where the journey ends.

    Example:
        {'return_url': 'https://www.cashfree.com/devstudio/thankyou', 'payment_methods': 'cc,dc'}

    Attributes:
        return_url (str | Unset): Where the customer lands after paying; `{order_id}` is filled in.
        notify_url (str | Unset): Where webhooks go; must be https.
        payment_methods (str | Unset): Comma-separated methods to offer, e.g. "cc,dc,upi".
        payment_methods_filters (PaymentMethodsFilters | Unset):
        offer_filters (IncludeExcludeFilter | Unset):
        upi_app_priority (list[str] | Unset):
    """

    return_url: str | Unset = UNSET
    notify_url: str | Unset = UNSET
    payment_methods: str | Unset = UNSET
    payment_methods_filters: PaymentMethodsFilters | Unset = UNSET
    offer_filters: IncludeExcludeFilter | Unset = UNSET
    upi_app_priority: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_url = self.return_url

        notify_url = self.notify_url

        payment_methods = self.payment_methods

        payment_methods_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_methods_filters, Unset):
            payment_methods_filters = self.payment_methods_filters.to_dict()

        offer_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.offer_filters, Unset):
            offer_filters = self.offer_filters.to_dict()

        upi_app_priority: list[str] | Unset = UNSET
        if not isinstance(self.upi_app_priority, Unset):
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
        d = dict(src_dict)
        return_url = d.pop("return_url", UNSET)

        notify_url = d.pop("notify_url", UNSET)

        payment_methods = d.pop("payment_methods", UNSET)

        _payment_methods_filters = d.pop("payment_methods_filters", UNSET)
        payment_methods_filters: PaymentMethodsFilters | Unset
        if isinstance(_payment_methods_filters, Unset):
            payment_methods_filters = UNSET
        else:
            payment_methods_filters = PaymentMethodsFilters.from_dict(
                _payment_methods_filters
            )

        _offer_filters = d.pop("offer_filters", UNSET)
        offer_filters: IncludeExcludeFilter | Unset
        if isinstance(_offer_filters, Unset):
            offer_filters = UNSET
        else:
            offer_filters = IncludeExcludeFilter.from_dict(_offer_filters)

        upi_app_priority = cast(list[str], d.pop("upi_app_priority", UNSET))

        order_meta = cls(
            return_url=return_url,
            notify_url=notify_url,
            payment_methods=payment_methods,
            payment_methods_filters=payment_methods_filters,
            offer_filters=offer_filters,
            upi_app_priority=upi_app_priority,
        )

        order_meta.additional_properties = d
        return order_meta

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
from ..models.include_exclude_filter import IncludeExcludeFilter
from ..models.payment_methods_filters import PaymentMethodsFilters
