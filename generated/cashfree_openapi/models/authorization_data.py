from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authorization_data_transaction_type import (
    AuthorizationDataTransactionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthorizationData")


@_attrs_define
class AuthorizationData:
    """The token and 3DS results the merchant holds for this payment.

    Attributes:
        authentication_token (str | Unset): The 3DS authentication value (CAVV).
        directory_server_transaction_id (str | Unset):
        three_ds_server_transaction_id (str | Unset):
        eci (str | Unset): Electronic commerce indicator.
        token_number (str | Unset): Card or token number, digits only.
        token_expiry_year (str | Unset):
        token_expiry_month (str | Unset): Two-digit month, 01 to 12.
        token_cryptogram (str | Unset):
        transaction_type (AuthorizationDataTransactionType | Unset): What `token_number` is; an alternate id (ALT_ID), a
            network token (TOKEN) or an Apple Pay token.
    """

    authentication_token: str | Unset = UNSET
    directory_server_transaction_id: str | Unset = UNSET
    three_ds_server_transaction_id: str | Unset = UNSET
    eci: str | Unset = UNSET
    token_number: str | Unset = UNSET
    token_expiry_year: str | Unset = UNSET
    token_expiry_month: str | Unset = UNSET
    token_cryptogram: str | Unset = UNSET
    transaction_type: AuthorizationDataTransactionType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_token = self.authentication_token

        directory_server_transaction_id = self.directory_server_transaction_id

        three_ds_server_transaction_id = self.three_ds_server_transaction_id

        eci = self.eci

        token_number = self.token_number

        token_expiry_year = self.token_expiry_year

        token_expiry_month = self.token_expiry_month

        token_cryptogram = self.token_cryptogram

        transaction_type: str | Unset = UNSET
        if not isinstance(self.transaction_type, Unset):
            transaction_type = self.transaction_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication_token is not UNSET:
            field_dict["authentication_token"] = authentication_token
        if directory_server_transaction_id is not UNSET:
            field_dict["directory_server_transaction_id"] = (
                directory_server_transaction_id
            )
        if three_ds_server_transaction_id is not UNSET:
            field_dict["three_ds_server_transaction_id"] = (
                three_ds_server_transaction_id
            )
        if eci is not UNSET:
            field_dict["eci"] = eci
        if token_number is not UNSET:
            field_dict["token_number"] = token_number
        if token_expiry_year is not UNSET:
            field_dict["token_expiry_year"] = token_expiry_year
        if token_expiry_month is not UNSET:
            field_dict["token_expiry_month"] = token_expiry_month
        if token_cryptogram is not UNSET:
            field_dict["token_cryptogram"] = token_cryptogram
        if transaction_type is not UNSET:
            field_dict["transaction_type"] = transaction_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        authentication_token = d.pop("authentication_token", UNSET)

        directory_server_transaction_id = d.pop(
            "directory_server_transaction_id", UNSET
        )

        three_ds_server_transaction_id = d.pop("three_ds_server_transaction_id", UNSET)

        eci = d.pop("eci", UNSET)

        token_number = d.pop("token_number", UNSET)

        token_expiry_year = d.pop("token_expiry_year", UNSET)

        token_expiry_month = d.pop("token_expiry_month", UNSET)

        token_cryptogram = d.pop("token_cryptogram", UNSET)

        _transaction_type = d.pop("transaction_type", UNSET)
        transaction_type: AuthorizationDataTransactionType | Unset
        if isinstance(_transaction_type, Unset):
            transaction_type = UNSET
        else:
            transaction_type = AuthorizationDataTransactionType(_transaction_type)

        authorization_data = cls(
            authentication_token=authentication_token,
            directory_server_transaction_id=directory_server_transaction_id,
            three_ds_server_transaction_id=three_ds_server_transaction_id,
            eci=eci,
            token_number=token_number,
            token_expiry_year=token_expiry_year,
            token_expiry_month=token_expiry_month,
            token_cryptogram=token_cryptogram,
            transaction_type=transaction_type,
        )

        authorization_data.additional_properties = d
        return authorization_data

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
