from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refund_status import RefundStatus
from ..models.refund_type import RefundType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refund_entity_metadata_type_0 import RefundEntityMetadataType0
    from ..models.refund_speed_details import RefundSpeedDetails
    from ..models.refund_split import RefundSplit


T = TypeVar("T", bound="RefundEntity")


@_attrs_define
class RefundEntity:
    """A refund of an order's payment.

    Attributes:
        cf_refund_id (str): Cashfree's id for the refund.
        order_id (str):
        refund_id (str): The merchant's id for the refund.
        refund_amount (float):
        refund_status (RefundStatus | str):
        cf_payment_id (None | str | Unset): The payment refunded.
        entity (str | Unset):  Example: refund.
        refund_currency (None | str | Unset):
        refund_note (None | str | Unset):
        refund_arn (None | str | Unset): The bank's reference for the refund
        refund_charge (float | None | Unset):
        status_description (None | str | Unset):
        metadata (None | RefundEntityMetadataType0 | Unset): Up to five key-value pairs of the merchant's.
        refund_splits (list[RefundSplit] | None | Unset):
        refund_type (None | RefundType | str | Unset):
        refund_mode (None | str | Unset): How the refund was paid out.
        created_at (None | str | Unset):
        processed_at (None | str | Unset): When the refund was processed; null until then.
        refund_speed (None | RefundSpeedDetails | Unset):
        forex_conversion_handling_charge (float | None | Unset):
        forex_conversion_handling_tax (float | None | Unset):
        forex_conversion_rate (float | None | Unset):
        charges_currency (None | str | Unset):
    """

    cf_refund_id: str
    order_id: str
    refund_id: str
    refund_amount: float
    refund_status: RefundStatus | str
    cf_payment_id: None | str | Unset = UNSET
    entity: str | Unset = UNSET
    refund_currency: None | str | Unset = UNSET
    refund_note: None | str | Unset = UNSET
    refund_arn: None | str | Unset = UNSET
    refund_charge: float | None | Unset = UNSET
    status_description: None | str | Unset = UNSET
    metadata: None | RefundEntityMetadataType0 | Unset = UNSET
    refund_splits: list[RefundSplit] | None | Unset = UNSET
    refund_type: None | RefundType | str | Unset = UNSET
    refund_mode: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    processed_at: None | str | Unset = UNSET
    refund_speed: None | RefundSpeedDetails | Unset = UNSET
    forex_conversion_handling_charge: float | None | Unset = UNSET
    forex_conversion_handling_tax: float | None | Unset = UNSET
    forex_conversion_rate: float | None | Unset = UNSET
    charges_currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.refund_entity_metadata_type_0 import RefundEntityMetadataType0
        from ..models.refund_speed_details import RefundSpeedDetails

        cf_refund_id = self.cf_refund_id

        order_id = self.order_id

        refund_id = self.refund_id

        refund_amount = self.refund_amount

        refund_status: str
        if isinstance(self.refund_status, RefundStatus):
            refund_status = self.refund_status.value
        else:
            refund_status = self.refund_status

        cf_payment_id: None | str | Unset
        if isinstance(self.cf_payment_id, Unset):
            cf_payment_id = UNSET
        else:
            cf_payment_id = self.cf_payment_id

        entity = self.entity

        refund_currency: None | str | Unset
        if isinstance(self.refund_currency, Unset):
            refund_currency = UNSET
        else:
            refund_currency = self.refund_currency

        refund_note: None | str | Unset
        if isinstance(self.refund_note, Unset):
            refund_note = UNSET
        else:
            refund_note = self.refund_note

        refund_arn: None | str | Unset
        if isinstance(self.refund_arn, Unset):
            refund_arn = UNSET
        else:
            refund_arn = self.refund_arn

        refund_charge: float | None | Unset
        if isinstance(self.refund_charge, Unset):
            refund_charge = UNSET
        else:
            refund_charge = self.refund_charge

        status_description: None | str | Unset
        if isinstance(self.status_description, Unset):
            status_description = UNSET
        else:
            status_description = self.status_description

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RefundEntityMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        refund_splits: list[dict[str, Any]] | None | Unset
        if isinstance(self.refund_splits, Unset):
            refund_splits = UNSET
        elif isinstance(self.refund_splits, list):
            refund_splits = []
            for refund_splits_type_0_item_data in self.refund_splits:
                refund_splits_type_0_item = refund_splits_type_0_item_data.to_dict()
                refund_splits.append(refund_splits_type_0_item)

        else:
            refund_splits = self.refund_splits

        refund_type: None | str | Unset
        if isinstance(self.refund_type, Unset):
            refund_type = UNSET
        elif isinstance(self.refund_type, RefundType):
            refund_type = self.refund_type.value
        else:
            refund_type = self.refund_type

        refund_mode: None | str | Unset
        if isinstance(self.refund_mode, Unset):
            refund_mode = UNSET
        else:
            refund_mode = self.refund_mode

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = self.processed_at

        refund_speed: dict[str, Any] | None | Unset
        if isinstance(self.refund_speed, Unset):
            refund_speed = UNSET
        elif isinstance(self.refund_speed, RefundSpeedDetails):
            refund_speed = self.refund_speed.to_dict()
        else:
            refund_speed = self.refund_speed

        forex_conversion_handling_charge: float | None | Unset
        if isinstance(self.forex_conversion_handling_charge, Unset):
            forex_conversion_handling_charge = UNSET
        else:
            forex_conversion_handling_charge = self.forex_conversion_handling_charge

        forex_conversion_handling_tax: float | None | Unset
        if isinstance(self.forex_conversion_handling_tax, Unset):
            forex_conversion_handling_tax = UNSET
        else:
            forex_conversion_handling_tax = self.forex_conversion_handling_tax

        forex_conversion_rate: float | None | Unset
        if isinstance(self.forex_conversion_rate, Unset):
            forex_conversion_rate = UNSET
        else:
            forex_conversion_rate = self.forex_conversion_rate

        charges_currency: None | str | Unset
        if isinstance(self.charges_currency, Unset):
            charges_currency = UNSET
        else:
            charges_currency = self.charges_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cf_refund_id": cf_refund_id,
                "order_id": order_id,
                "refund_id": refund_id,
                "refund_amount": refund_amount,
                "refund_status": refund_status,
            }
        )
        if cf_payment_id is not UNSET:
            field_dict["cf_payment_id"] = cf_payment_id
        if entity is not UNSET:
            field_dict["entity"] = entity
        if refund_currency is not UNSET:
            field_dict["refund_currency"] = refund_currency
        if refund_note is not UNSET:
            field_dict["refund_note"] = refund_note
        if refund_arn is not UNSET:
            field_dict["refund_arn"] = refund_arn
        if refund_charge is not UNSET:
            field_dict["refund_charge"] = refund_charge
        if status_description is not UNSET:
            field_dict["status_description"] = status_description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if refund_splits is not UNSET:
            field_dict["refund_splits"] = refund_splits
        if refund_type is not UNSET:
            field_dict["refund_type"] = refund_type
        if refund_mode is not UNSET:
            field_dict["refund_mode"] = refund_mode
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if refund_speed is not UNSET:
            field_dict["refund_speed"] = refund_speed
        if forex_conversion_handling_charge is not UNSET:
            field_dict["forex_conversion_handling_charge"] = (
                forex_conversion_handling_charge
            )
        if forex_conversion_handling_tax is not UNSET:
            field_dict["forex_conversion_handling_tax"] = forex_conversion_handling_tax
        if forex_conversion_rate is not UNSET:
            field_dict["forex_conversion_rate"] = forex_conversion_rate
        if charges_currency is not UNSET:
            field_dict["charges_currency"] = charges_currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.refund_entity_metadata_type_0 import RefundEntityMetadataType0
        from ..models.refund_speed_details import RefundSpeedDetails
        from ..models.refund_split import RefundSplit

        d = dict(src_dict)
        cf_refund_id = d.pop("cf_refund_id")

        order_id = d.pop("order_id")

        refund_id = d.pop("refund_id")

        refund_amount = d.pop("refund_amount")

        def _parse_refund_status(data: object) -> RefundStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refund_status_type_0 = RefundStatus(data)

                return refund_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RefundStatus | str, data)

        refund_status = _parse_refund_status(d.pop("refund_status"))

        def _parse_cf_payment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cf_payment_id = _parse_cf_payment_id(d.pop("cf_payment_id", UNSET))

        entity = d.pop("entity", UNSET)

        def _parse_refund_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_currency = _parse_refund_currency(d.pop("refund_currency", UNSET))

        def _parse_refund_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_note = _parse_refund_note(d.pop("refund_note", UNSET))

        def _parse_refund_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_arn = _parse_refund_arn(d.pop("refund_arn", UNSET))

        def _parse_refund_charge(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        refund_charge = _parse_refund_charge(d.pop("refund_charge", UNSET))

        def _parse_status_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_description = _parse_status_description(
            d.pop("status_description", UNSET)
        )

        def _parse_metadata(data: object) -> None | RefundEntityMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = RefundEntityMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundEntityMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_refund_splits(data: object) -> list[RefundSplit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refund_splits_type_0 = []
                _refund_splits_type_0 = data
                for refund_splits_type_0_item_data in _refund_splits_type_0:
                    refund_splits_type_0_item = RefundSplit.from_dict(
                        refund_splits_type_0_item_data
                    )

                    refund_splits_type_0.append(refund_splits_type_0_item)

                return refund_splits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RefundSplit] | None | Unset, data)

        refund_splits = _parse_refund_splits(d.pop("refund_splits", UNSET))

        def _parse_refund_type(data: object) -> None | RefundType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refund_type_type_0 = RefundType(data)

                return refund_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundType | str | Unset, data)

        refund_type = _parse_refund_type(d.pop("refund_type", UNSET))

        def _parse_refund_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_mode = _parse_refund_mode(d.pop("refund_mode", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_processed_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

        def _parse_refund_speed(data: object) -> None | RefundSpeedDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_speed_type_0 = RefundSpeedDetails.from_dict(data)

                return refund_speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundSpeedDetails | Unset, data)

        refund_speed = _parse_refund_speed(d.pop("refund_speed", UNSET))

        def _parse_forex_conversion_handling_charge(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        forex_conversion_handling_charge = _parse_forex_conversion_handling_charge(
            d.pop("forex_conversion_handling_charge", UNSET)
        )

        def _parse_forex_conversion_handling_tax(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        forex_conversion_handling_tax = _parse_forex_conversion_handling_tax(
            d.pop("forex_conversion_handling_tax", UNSET)
        )

        def _parse_forex_conversion_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        forex_conversion_rate = _parse_forex_conversion_rate(
            d.pop("forex_conversion_rate", UNSET)
        )

        def _parse_charges_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charges_currency = _parse_charges_currency(d.pop("charges_currency", UNSET))

        refund_entity = cls(
            cf_refund_id=cf_refund_id,
            order_id=order_id,
            refund_id=refund_id,
            refund_amount=refund_amount,
            refund_status=refund_status,
            cf_payment_id=cf_payment_id,
            entity=entity,
            refund_currency=refund_currency,
            refund_note=refund_note,
            refund_arn=refund_arn,
            refund_charge=refund_charge,
            status_description=status_description,
            metadata=metadata,
            refund_splits=refund_splits,
            refund_type=refund_type,
            refund_mode=refund_mode,
            created_at=created_at,
            processed_at=processed_at,
            refund_speed=refund_speed,
            forex_conversion_handling_charge=forex_conversion_handling_charge,
            forex_conversion_handling_tax=forex_conversion_handling_tax,
            forex_conversion_rate=forex_conversion_rate,
            charges_currency=charges_currency,
        )

        refund_entity.additional_properties = d
        return refund_entity

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
