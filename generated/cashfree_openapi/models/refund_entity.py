from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refund_status import RefundStatus
from ..models.refund_type import RefundType

T = TypeVar("T", bound="RefundEntity")


@_attrs_define
class RefundEntity:
    """A refund of an order's payment.

    Attributes:
        cf_payment_id (None | str): The payment refunded.
        cf_refund_id (str): Cashfree's id for the refund.
        order_id (str):
        refund_id (str): The merchant's id for the refund.
        entity (None | str):  Example: refund.
        refund_amount (float):
        refund_currency (None | str):
        refund_note (None | str):
        refund_status (RefundStatus | str):
        refund_arn (None | str): The bank's reference for the refund
        refund_charge (float | None):
        status_description (None | str):
        metadata (None | RefundEntityMetadataType0): Up to five key-value pairs of the merchant's.
        refund_splits (list[RefundSplitEntity] | None):
        refund_type (None | RefundType | str):
        refund_mode (None | str): How the refund was paid out.
        created_at (None | str):
        processed_at (None | str): When the refund was processed; null until then.
        refund_speed (None | RefundSpeedDetails):
        forex_conversion_handling_charge (float | None):
        forex_conversion_handling_tax (float | None):
        forex_conversion_rate (float | None):
        charges_currency (None | str):
    """

    cf_payment_id: None | str
    cf_refund_id: str
    order_id: str
    refund_id: str
    entity: None | str
    refund_amount: float
    refund_currency: None | str
    refund_note: None | str
    refund_status: RefundStatus | str
    refund_arn: None | str
    refund_charge: float | None
    status_description: None | str
    metadata: None | RefundEntityMetadataType0
    refund_splits: list[RefundSplitEntity] | None
    refund_type: None | RefundType | str
    refund_mode: None | str
    created_at: None | str
    processed_at: None | str
    refund_speed: None | RefundSpeedDetails
    forex_conversion_handling_charge: float | None
    forex_conversion_handling_tax: float | None
    forex_conversion_rate: float | None
    charges_currency: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cf_payment_id: None | str
        cf_payment_id = self.cf_payment_id

        cf_refund_id = self.cf_refund_id

        order_id = self.order_id

        refund_id = self.refund_id

        entity: None | str
        entity = self.entity

        refund_amount = self.refund_amount

        refund_currency: None | str
        refund_currency = self.refund_currency

        refund_note: None | str
        refund_note = self.refund_note

        refund_status: str
        if isinstance(self.refund_status, RefundStatus):
            refund_status = self.refund_status.value
        else:
            refund_status = self.refund_status

        refund_arn: None | str
        refund_arn = self.refund_arn

        refund_charge: float | None
        refund_charge = self.refund_charge

        status_description: None | str
        status_description = self.status_description

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, RefundEntityMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        refund_splits: list[dict[str, Any]] | None
        if isinstance(self.refund_splits, list):
            refund_splits = []
            for refund_splits_type_0_item_data in self.refund_splits:
                refund_splits_type_0_item = refund_splits_type_0_item_data.to_dict()
                refund_splits.append(refund_splits_type_0_item)

        else:
            refund_splits = self.refund_splits

        refund_type: None | str
        if isinstance(self.refund_type, RefundType):
            refund_type = self.refund_type.value
        else:
            refund_type = self.refund_type

        refund_mode: None | str
        refund_mode = self.refund_mode

        created_at: None | str
        created_at = self.created_at

        processed_at: None | str
        processed_at = self.processed_at

        refund_speed: dict[str, Any] | None
        if isinstance(self.refund_speed, RefundSpeedDetails):
            refund_speed = self.refund_speed.to_dict()
        else:
            refund_speed = self.refund_speed

        forex_conversion_handling_charge: float | None
        forex_conversion_handling_charge = self.forex_conversion_handling_charge

        forex_conversion_handling_tax: float | None
        forex_conversion_handling_tax = self.forex_conversion_handling_tax

        forex_conversion_rate: float | None
        forex_conversion_rate = self.forex_conversion_rate

        charges_currency: None | str
        charges_currency = self.charges_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cf_payment_id": cf_payment_id,
                "cf_refund_id": cf_refund_id,
                "order_id": order_id,
                "refund_id": refund_id,
                "entity": entity,
                "refund_amount": refund_amount,
                "refund_currency": refund_currency,
                "refund_note": refund_note,
                "refund_status": refund_status,
                "refund_arn": refund_arn,
                "refund_charge": refund_charge,
                "status_description": status_description,
                "metadata": metadata,
                "refund_splits": refund_splits,
                "refund_type": refund_type,
                "refund_mode": refund_mode,
                "created_at": created_at,
                "processed_at": processed_at,
                "refund_speed": refund_speed,
                "forex_conversion_handling_charge": forex_conversion_handling_charge,
                "forex_conversion_handling_tax": forex_conversion_handling_tax,
                "forex_conversion_rate": forex_conversion_rate,
                "charges_currency": charges_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cf_payment_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cf_payment_id = _parse_cf_payment_id(d.pop("cf_payment_id", None))

        cf_refund_id = d.pop("cf_refund_id")

        order_id = d.pop("order_id")

        refund_id = d.pop("refund_id")

        def _parse_entity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        entity = _parse_entity(d.pop("entity", None))

        refund_amount = d.pop("refund_amount")

        def _parse_refund_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refund_currency = _parse_refund_currency(d.pop("refund_currency", None))

        def _parse_refund_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refund_note = _parse_refund_note(d.pop("refund_note", None))

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

        def _parse_refund_arn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refund_arn = _parse_refund_arn(d.pop("refund_arn", None))

        def _parse_refund_charge(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        refund_charge = _parse_refund_charge(d.pop("refund_charge", None))

        def _parse_status_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_description = _parse_status_description(
            d.pop("status_description", None)
        )

        def _parse_metadata(data: object) -> None | RefundEntityMetadataType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = RefundEntityMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundEntityMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", None))

        def _parse_refund_splits(data: object) -> list[RefundSplitEntity] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refund_splits_type_0 = []
                _refund_splits_type_0 = data
                for refund_splits_type_0_item_data in _refund_splits_type_0:
                    refund_splits_type_0_item = RefundSplitEntity.from_dict(
                        refund_splits_type_0_item_data
                    )

                    refund_splits_type_0.append(refund_splits_type_0_item)

                return refund_splits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RefundSplitEntity] | None, data)

        refund_splits = _parse_refund_splits(d.pop("refund_splits", None))

        def _parse_refund_type(data: object) -> None | RefundType | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refund_type_type_0 = RefundType(data)

                return refund_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundType | str, data)

        refund_type = _parse_refund_type(d.pop("refund_type", None))

        def _parse_refund_mode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        refund_mode = _parse_refund_mode(d.pop("refund_mode", None))

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(d.pop("created_at", None))

        def _parse_processed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        processed_at = _parse_processed_at(d.pop("processed_at", None))

        def _parse_refund_speed(data: object) -> None | RefundSpeedDetails:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                refund_speed_type_0 = RefundSpeedDetails.from_dict(data)

                return refund_speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RefundSpeedDetails, data)

        refund_speed = _parse_refund_speed(d.pop("refund_speed", None))

        def _parse_forex_conversion_handling_charge(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        forex_conversion_handling_charge = _parse_forex_conversion_handling_charge(
            d.pop("forex_conversion_handling_charge", None)
        )

        def _parse_forex_conversion_handling_tax(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        forex_conversion_handling_tax = _parse_forex_conversion_handling_tax(
            d.pop("forex_conversion_handling_tax", None)
        )

        def _parse_forex_conversion_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        forex_conversion_rate = _parse_forex_conversion_rate(
            d.pop("forex_conversion_rate", None)
        )

        def _parse_charges_currency(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        charges_currency = _parse_charges_currency(d.pop("charges_currency", None))

        refund_entity = cls(
            cf_payment_id=cf_payment_id,
            cf_refund_id=cf_refund_id,
            order_id=order_id,
            refund_id=refund_id,
            entity=entity,
            refund_amount=refund_amount,
            refund_currency=refund_currency,
            refund_note=refund_note,
            refund_status=refund_status,
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


# this project: imported once, after the class, rather than by every to_dict / from_dict call (upstream puts
# them in the methods, where each call paid for the import statements). Models that refer to one another
# still load: each class is defined before the module imports the others.
from ..models.refund_entity_metadata_type_0 import RefundEntityMetadataType0
from ..models.refund_speed_details import RefundSpeedDetails
from ..models.refund_split_entity import RefundSplitEntity
