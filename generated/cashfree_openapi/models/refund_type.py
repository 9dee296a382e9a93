from enum import StrEnum


class RefundType(StrEnum):
    MERCHANT_INITIATED = "MERCHANT_INITIATED"
    PAYMENT_AUTO_REFUND = "PAYMENT_AUTO_REFUND"
    UNRECONCILED_AUTO_REFUND = "UNRECONCILED_AUTO_REFUND"

    def __str__(self) -> str:
        return str(self.value)
