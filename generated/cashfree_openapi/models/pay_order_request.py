from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayOrderRequest")


@_attrs_define
class PayOrderRequest:
    """Pay an order's session with one payment method.

    Attributes:
        payment_session_id (str):
        payment_method (AppPaymentMethod | BanktransferPaymentMethod | CardEMIPaymentMethod | CardlessEMIPaymentMethod |
            CardPaymentMethod | NetbankingPaymentMethod | PaylaterPaymentMethod | UPIPaymentMethod): Exactly one payment
            method; its key names the variant.
        save_instrument (bool | Unset): Save the card for later payments.
        offer_id (str | Unset): The offer to apply
    """

    payment_session_id: str
    payment_method: (
        AppPaymentMethod
        | BanktransferPaymentMethod
        | CardEMIPaymentMethod
        | CardlessEMIPaymentMethod
        | CardPaymentMethod
        | NetbankingPaymentMethod
        | PaylaterPaymentMethod
        | UPIPaymentMethod
    )
    save_instrument: bool | Unset = UNSET
    offer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_session_id = self.payment_session_id

        payment_method: dict[str, Any]
        if (
            isinstance(self.payment_method, CardPaymentMethod)
            or isinstance(self.payment_method, CardEMIPaymentMethod)
            or isinstance(self.payment_method, NetbankingPaymentMethod)
            or isinstance(self.payment_method, UPIPaymentMethod)
            or isinstance(self.payment_method, AppPaymentMethod)
            or isinstance(self.payment_method, CardlessEMIPaymentMethod)
            or isinstance(self.payment_method, PaylaterPaymentMethod)
        ):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method.to_dict()

        save_instrument = self.save_instrument

        offer_id = self.offer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_session_id": payment_session_id,
                "payment_method": payment_method,
            }
        )
        if save_instrument is not UNSET:
            field_dict["save_instrument"] = save_instrument
        if offer_id is not UNSET:
            field_dict["offer_id"] = offer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_session_id = d.pop("payment_session_id")

        def _parse_payment_method(
            data: object,
        ) -> (
            AppPaymentMethod
            | BanktransferPaymentMethod
            | CardEMIPaymentMethod
            | CardlessEMIPaymentMethod
            | CardPaymentMethod
            | NetbankingPaymentMethod
            | PaylaterPaymentMethod
            | UPIPaymentMethod
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pay_order_payment_method_type_0 = (
                    CardPaymentMethod.from_dict(data)
                )

                return componentsschemas_pay_order_payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pay_order_payment_method_type_1 = (
                    CardEMIPaymentMethod.from_dict(data)
                )

                return componentsschemas_pay_order_payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pay_order_payment_method_type_2 = (
                    NetbankingPaymentMethod.from_dict(data)
                )

                return componentsschemas_pay_order_payment_method_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pay_order_payment_method_type_3 = (
                    UPIPaymentMethod.from_dict(data)
                )

                return componentsschemas_pay_order_payment_method_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pay_order_payment_method_type_4 = (
                    AppPaymentMethod.from_dict(data)
                )

                return componentsschemas_pay_order_payment_method_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pay_order_payment_method_type_5 = (
                    CardlessEMIPaymentMethod.from_dict(data)
                )

                return componentsschemas_pay_order_payment_method_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pay_order_payment_method_type_6 = (
                    PaylaterPaymentMethod.from_dict(data)
                )

                return componentsschemas_pay_order_payment_method_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_pay_order_payment_method_type_7 = (
                BanktransferPaymentMethod.from_dict(data)
            )

            return componentsschemas_pay_order_payment_method_type_7

        payment_method = _parse_payment_method(d.pop("payment_method"))

        save_instrument = d.pop("save_instrument", UNSET)

        offer_id = d.pop("offer_id", UNSET)

        pay_order_request = cls(
            payment_session_id=payment_session_id,
            payment_method=payment_method,
            save_instrument=save_instrument,
            offer_id=offer_id,
        )

        pay_order_request.additional_properties = d
        return pay_order_request

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
from ..models.app_payment_method import AppPaymentMethod
from ..models.banktransfer_payment_method import BanktransferPaymentMethod
from ..models.card_emi_payment_method import CardEMIPaymentMethod
from ..models.card_payment_method import CardPaymentMethod
from ..models.cardless_emi_payment_method import CardlessEMIPaymentMethod
from ..models.netbanking_payment_method import NetbankingPaymentMethod
from ..models.paylater_payment_method import PaylaterPaymentMethod
from ..models.upi_payment_method import UPIPaymentMethod
