from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upi_channel import UpiChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Upi")


@_attrs_define
class Upi:
    """`collect` sends a request to `upi_id`; `link` returns intent links; `qrcode` a QR image;
    `podQrCode` a QR image to show on delivery (pay on delivery).

        Attributes:
            channel (UpiChannel):
            upi_id (str | Unset): The payer's VPA, needed for `collect`.
            upi_redirect_url (bool | Unset): Return a redirect URL for a collect.
            upi_expiry_minutes (int | Unset): How long a collect request stays open.
            authorize_only (bool | Unset): Authorise now
            authorization (UpiAuthorizationWindow | Unset):
    """

    channel: UpiChannel
    upi_id: str | Unset = UNSET
    upi_redirect_url: bool | Unset = UNSET
    upi_expiry_minutes: int | Unset = UNSET
    authorize_only: bool | Unset = UNSET
    authorization: UpiAuthorizationWindow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        upi_id = self.upi_id

        upi_redirect_url = self.upi_redirect_url

        upi_expiry_minutes = self.upi_expiry_minutes

        authorize_only = self.authorize_only

        authorization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authorization, Unset):
            authorization = self.authorization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if upi_id is not UNSET:
            field_dict["upi_id"] = upi_id
        if upi_redirect_url is not UNSET:
            field_dict["upi_redirect_url"] = upi_redirect_url
        if upi_expiry_minutes is not UNSET:
            field_dict["upi_expiry_minutes"] = upi_expiry_minutes
        if authorize_only is not UNSET:
            field_dict["authorize_only"] = authorize_only
        if authorization is not UNSET:
            field_dict["authorization"] = authorization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = UpiChannel(d.pop("channel"))

        upi_id = d.pop("upi_id", UNSET)

        upi_redirect_url = d.pop("upi_redirect_url", UNSET)

        upi_expiry_minutes = d.pop("upi_expiry_minutes", UNSET)

        authorize_only = d.pop("authorize_only", UNSET)

        _authorization = d.pop("authorization", UNSET)
        authorization: UpiAuthorizationWindow | Unset
        if isinstance(_authorization, Unset):
            authorization = UNSET
        else:
            authorization = UpiAuthorizationWindow.from_dict(_authorization)

        upi = cls(
            channel=channel,
            upi_id=upi_id,
            upi_redirect_url=upi_redirect_url,
            upi_expiry_minutes=upi_expiry_minutes,
            authorize_only=authorize_only,
            authorization=authorization,
        )

        upi.additional_properties = d
        return upi

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
from ..models.upi_authorization_window import UpiAuthorizationWindow
