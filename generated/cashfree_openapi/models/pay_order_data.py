from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PayOrderData")


@_attrs_define
class PayOrderData:
    """Where the client goes next.

    Attributes:
        url (None | str):
        payload (None | PayOrderDataPayloadType0): Values for the next step: form fields for a `link`/`form` action; for
            UPI `custom`
            actions the intent links (`default`, `gpay`, `phonepe`, `paytm`, `bhim`) or a
            `qrcode` data URL.
        content_type (None | str):
        method (None | str):
        redirect_to_bank (bool | None): Whether following `url` takes the customer to the bank's own page.
    """

    url: None | str
    payload: None | PayOrderDataPayloadType0
    content_type: None | str
    method: None | str
    redirect_to_bank: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str
        url = self.url

        payload: dict[str, Any] | None
        if isinstance(self.payload, PayOrderDataPayloadType0):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        content_type: None | str
        content_type = self.content_type

        method: None | str
        method = self.method

        redirect_to_bank: bool | None
        redirect_to_bank = self.redirect_to_bank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "payload": payload,
                "content_type": content_type,
                "method": method,
                "redirect_to_bank": redirect_to_bank,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url", None))

        def _parse_payload(data: object) -> None | PayOrderDataPayloadType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = PayOrderDataPayloadType0.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayOrderDataPayloadType0, data)

        payload = _parse_payload(d.pop("payload", None))

        def _parse_content_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content_type = _parse_content_type(d.pop("content_type", None))

        def _parse_method(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        method = _parse_method(d.pop("method", None))

        def _parse_redirect_to_bank(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        redirect_to_bank = _parse_redirect_to_bank(d.pop("redirect_to_bank", None))

        pay_order_data = cls(
            url=url,
            payload=payload,
            content_type=content_type,
            method=method,
            redirect_to_bank=redirect_to_bank,
        )

        pay_order_data.additional_properties = d
        return pay_order_data

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
from ..models.pay_order_data_payload_type_0 import PayOrderDataPayloadType0
