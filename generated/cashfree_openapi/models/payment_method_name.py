from enum import StrEnum


class PaymentMethodName(StrEnum):
    APP = "app"
    BANKTRANSFER = "banktransfer"
    CARD = "card"
    CARDLESS_EMI = "cardless_emi"
    EMI = "emi"
    NETBANKING = "netbanking"
    PAYLATER = "paylater"
    UPI = "upi"

    def __str__(self) -> str:
        return str(self.value)
