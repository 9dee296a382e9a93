from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pay_order_data_payload_type_0 import PayOrderDataPayloadType0


T = TypeVar("T", bound="PayOrderData")


@_attrs_define
class PayOrderData:
    """Where the client goes next.

    Attributes:
        url (None | str | Unset):
        payload (None | PayOrderDataPayloadType0 | Unset): Values for the next step: form fields for a `link`/`form`
            action; for UPI `custom`
            actions the intent links (`default`, `gpay`, `phonepe`, `paytm`, `bhim`) or a
            `qrcode` data URL.
        content_type (None | str | Unset):
        method (None | str | Unset):
        redirect_to_bank (bool | None | Unset): Whether following `url` takes the customer to the bank's own page.
    """

    url: None | str | Unset = UNSET
    payload: None | PayOrderDataPayloadType0 | Unset = UNSET
    content_type: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    redirect_to_bank: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pay_order_data_payload_type_0 import PayOrderDataPayloadType0

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, PayOrderDataPayloadType0):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        redirect_to_bank: bool | None | Unset
        if isinstance(self.redirect_to_bank, Unset):
            redirect_to_bank = UNSET
        else:
            redirect_to_bank = self.redirect_to_bank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if payload is not UNSET:
            field_dict["payload"] = payload
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if method is not UNSET:
            field_dict["method"] = method
        if redirect_to_bank is not UNSET:
            field_dict["redirect_to_bank"] = redirect_to_bank

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pay_order_data_payload_type_0 import PayOrderDataPayloadType0

        d = dict(src_dict)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_payload(data: object) -> None | PayOrderDataPayloadType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = PayOrderDataPayloadType0.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PayOrderDataPayloadType0 | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_redirect_to_bank(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        redirect_to_bank = _parse_redirect_to_bank(d.pop("redirect_to_bank", UNSET))

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
