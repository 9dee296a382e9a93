from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_action import PaymentAction
from ..models.payment_channel import PaymentChannel
from ..models.payment_method_name import PaymentMethodName

T = TypeVar("T", bound="PayOrderEntity")


@_attrs_define
class PayOrderEntity:
    """A started payment and what the client does next.

    Attributes:
        payment_amount (float): The total amount payable.
        cf_payment_id (str): Cashfree's id for the payment.
        payment_method (PaymentMethodName | str): The variant used.
        channel (PaymentChannel | str):
        action (PaymentAction | str): `link`: open data.url; `post`: submit the OTP; `custom`: data.payload holds QR or
            intent links; `form`: post the form.
        data (PayOrderData): Where the client goes next.
    """

    payment_amount: float
    cf_payment_id: str
    payment_method: PaymentMethodName | str
    channel: PaymentChannel | str
    action: PaymentAction | str
    data: PayOrderData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_amount = self.payment_amount

        cf_payment_id = self.cf_payment_id

        payment_method: str
        if isinstance(self.payment_method, PaymentMethodName):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        channel: str
        if isinstance(self.channel, PaymentChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        action: str
        if isinstance(self.action, PaymentAction):
            action = self.action.value
        else:
            action = self.action

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_amount": payment_amount,
                "cf_payment_id": cf_payment_id,
                "payment_method": payment_method,
                "channel": channel,
                "action": action,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_amount = d.pop("payment_amount")

        cf_payment_id = d.pop("cf_payment_id")

        def _parse_payment_method(data: object) -> PaymentMethodName | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_method_type_0 = PaymentMethodName(data)

                return payment_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PaymentMethodName | str, data)

        payment_method = _parse_payment_method(d.pop("payment_method"))

        def _parse_channel(data: object) -> PaymentChannel | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = PaymentChannel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PaymentChannel | str, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_action(data: object) -> PaymentAction | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = PaymentAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PaymentAction | str, data)

        action = _parse_action(d.pop("action"))

        data = PayOrderData.from_dict(d.pop("data"))

        pay_order_entity = cls(
            payment_amount=payment_amount,
            cf_payment_id=cf_payment_id,
            payment_method=payment_method,
            channel=channel,
            action=action,
            data=data,
        )

        pay_order_entity.additional_properties = d
        return pay_order_entity

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
from ..models.pay_order_data import PayOrderData
