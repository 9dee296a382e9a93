from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_webhook_type import PaymentWebhookType

T = TypeVar("T", bound="PaymentWebhook")


@_attrs_define
class PaymentWebhook:
    """The body of a payment event; `type` names the event.

    Attributes:
        data (PaymentWebhookData):
        event_time (str): When the event happened (ISO 8601 with offset).
        type_ (PaymentWebhookType | str):
    """

    data: PaymentWebhookData
    event_time: str
    type_: PaymentWebhookType | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        event_time = self.event_time

        type_: str
        if isinstance(self.type_, PaymentWebhookType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "event_time": event_time,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        data = PaymentWebhookData.from_dict(d.pop("data"))

        event_time = d.pop("event_time")

        def _parse_type_(data: object) -> PaymentWebhookType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = PaymentWebhookType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PaymentWebhookType | str, data)

        type_ = _parse_type_(d.pop("type"))

        payment_webhook = cls(
            data=data,
            event_time=event_time,
            type_=type_,
        )

        payment_webhook.additional_properties = d
        return payment_webhook

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
from ..models.payment_webhook_data import PaymentWebhookData
