from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus

T = TypeVar("T", bound="OrderEntity")


@_attrs_define
class OrderEntity:
    """An order.

    Attributes:
        cf_order_id (str): Cashfree's id for the order.
        order_id (str):
        entity (str):  Example: order.
        order_currency (str):
        order_amount (float):
        order_status (OrderStatus | str):
        payment_session_id (str):
        order_expiry_time (datetime.datetime | None):
        order_note (None | str):
        created_at (datetime.datetime | None):
        order_splits (list[VendorSplitEntity] | None):
        customer_details (CustomerDetailsEntity | None):
        order_meta (None | OrderMetaEntity):
        order_tags (None | OrderTags):
        cart_details (CartDetailsEntity | None):
        terminal_data (None | TerminalData):
        products (None | OrderProductsEntity):
    """

    cf_order_id: str
    order_id: str
    entity: str
    order_currency: str
    order_amount: float
    order_status: OrderStatus | str
    payment_session_id: str
    order_expiry_time: datetime.datetime | None
    order_note: None | str
    created_at: datetime.datetime | None
    order_splits: list[VendorSplitEntity] | None
    customer_details: CustomerDetailsEntity | None
    order_meta: None | OrderMetaEntity
    order_tags: None | OrderTags
    cart_details: CartDetailsEntity | None
    terminal_data: None | TerminalData
    products: None | OrderProductsEntity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cf_order_id = self.cf_order_id

        order_id = self.order_id

        entity = self.entity

        order_currency = self.order_currency

        order_amount = self.order_amount

        order_status: str
        if isinstance(self.order_status, OrderStatus):
            order_status = self.order_status.value
        else:
            order_status = self.order_status

        payment_session_id = self.payment_session_id

        order_expiry_time: None | str
        if isinstance(self.order_expiry_time, datetime.datetime):
            order_expiry_time = self.order_expiry_time.isoformat()
        else:
            order_expiry_time = self.order_expiry_time

        order_note: None | str
        order_note = self.order_note

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        order_splits: list[dict[str, Any]] | None
        if isinstance(self.order_splits, list):
            order_splits = []
            for order_splits_type_0_item_data in self.order_splits:
                order_splits_type_0_item = order_splits_type_0_item_data.to_dict()
                order_splits.append(order_splits_type_0_item)

        else:
            order_splits = self.order_splits

        customer_details: dict[str, Any] | None
        if isinstance(self.customer_details, CustomerDetailsEntity):
            customer_details = self.customer_details.to_dict()
        else:
            customer_details = self.customer_details

        order_meta: dict[str, Any] | None
        if isinstance(self.order_meta, OrderMetaEntity):
            order_meta = self.order_meta.to_dict()
        else:
            order_meta = self.order_meta

        order_tags: dict[str, Any] | None
        if isinstance(self.order_tags, OrderTags):
            order_tags = self.order_tags.to_dict()
        else:
            order_tags = self.order_tags

        cart_details: dict[str, Any] | None
        if isinstance(self.cart_details, CartDetailsEntity):
            cart_details = self.cart_details.to_dict()
        else:
            cart_details = self.cart_details

        terminal_data: dict[str, Any] | None
        if isinstance(self.terminal_data, TerminalData):
            terminal_data = self.terminal_data.to_dict()
        else:
            terminal_data = self.terminal_data

        products: dict[str, Any] | None
        if isinstance(self.products, OrderProductsEntity):
            products = self.products.to_dict()
        else:
            products = self.products

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cf_order_id": cf_order_id,
                "order_id": order_id,
                "entity": entity,
                "order_currency": order_currency,
                "order_amount": order_amount,
                "order_status": order_status,
                "payment_session_id": payment_session_id,
                "order_expiry_time": order_expiry_time,
                "order_note": order_note,
                "created_at": created_at,
                "order_splits": order_splits,
                "customer_details": customer_details,
                "order_meta": order_meta,
                "order_tags": order_tags,
                "cart_details": cart_details,
                "terminal_data": terminal_data,
                "products": products,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cf_order_id = d.pop("cf_order_id")

        order_id = d.pop("order_id")

        entity = d.pop("entity")

        order_currency = d.pop("order_currency")

        order_amount = d.pop("order_amount")

        def _parse_order_status(data: object) -> OrderStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_status_type_0 = OrderStatus(data)

                return order_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderStatus | str, data)

        order_status = _parse_order_status(d.pop("order_status"))

        payment_session_id = d.pop("payment_session_id")

        def _parse_order_expiry_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_expiry_time_type_0 = datetime.datetime.fromisoformat(data)

                return order_expiry_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        order_expiry_time = _parse_order_expiry_time(d.pop("order_expiry_time", None))

        def _parse_order_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_note = _parse_order_note(d.pop("order_note", None))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at", None))

        def _parse_order_splits(data: object) -> list[VendorSplitEntity] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_splits_type_0 = []
                _order_splits_type_0 = data
                for order_splits_type_0_item_data in _order_splits_type_0:
                    order_splits_type_0_item = VendorSplitEntity.from_dict(
                        order_splits_type_0_item_data
                    )

                    order_splits_type_0.append(order_splits_type_0_item)

                return order_splits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VendorSplitEntity] | None, data)

        order_splits = _parse_order_splits(d.pop("order_splits", None))

        def _parse_customer_details(data: object) -> CustomerDetailsEntity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_details_type_0 = CustomerDetailsEntity.from_dict(data)

                return customer_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerDetailsEntity | None, data)

        customer_details = _parse_customer_details(d.pop("customer_details", None))

        def _parse_order_meta(data: object) -> None | OrderMetaEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_meta_type_0 = OrderMetaEntity.from_dict(data)

                return order_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderMetaEntity, data)

        order_meta = _parse_order_meta(d.pop("order_meta", None))

        def _parse_order_tags(data: object) -> None | OrderTags:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                order_tags_type_0 = OrderTags.from_dict(data)

                return order_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderTags, data)

        order_tags = _parse_order_tags(d.pop("order_tags", None))

        def _parse_cart_details(data: object) -> CartDetailsEntity | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cart_details_type_0 = CartDetailsEntity.from_dict(data)

                return cart_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CartDetailsEntity | None, data)

        cart_details = _parse_cart_details(d.pop("cart_details", None))

        def _parse_terminal_data(data: object) -> None | TerminalData:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                terminal_data_type_0 = TerminalData.from_dict(data)

                return terminal_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TerminalData, data)

        terminal_data = _parse_terminal_data(d.pop("terminal_data", None))

        def _parse_products(data: object) -> None | OrderProductsEntity:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                products_type_0 = OrderProductsEntity.from_dict(data)

                return products_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderProductsEntity, data)

        products = _parse_products(d.pop("products", None))

        order_entity = cls(
            cf_order_id=cf_order_id,
            order_id=order_id,
            entity=entity,
            order_currency=order_currency,
            order_amount=order_amount,
            order_status=order_status,
            payment_session_id=payment_session_id,
            order_expiry_time=order_expiry_time,
            order_note=order_note,
            created_at=created_at,
            order_splits=order_splits,
            customer_details=customer_details,
            order_meta=order_meta,
            order_tags=order_tags,
            cart_details=cart_details,
            terminal_data=terminal_data,
            products=products,
        )

        order_entity.additional_properties = d
        return order_entity

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
from ..models.cart_details_entity import CartDetailsEntity
from ..models.customer_details_entity import CustomerDetailsEntity
from ..models.order_meta_entity import OrderMetaEntity
from ..models.order_products_entity import OrderProductsEntity
from ..models.order_tags import OrderTags
from ..models.terminal_data import TerminalData
from ..models.vendor_split_entity import VendorSplitEntity
