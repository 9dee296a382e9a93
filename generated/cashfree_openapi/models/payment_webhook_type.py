from enum import StrEnum


class PaymentWebhookType(StrEnum):
    PAYMENT_FAILED_WEBHOOK = "PAYMENT_FAILED_WEBHOOK"
    PAYMENT_SUCCESS_WEBHOOK = "PAYMENT_SUCCESS_WEBHOOK"
    PAYMENT_USER_DROPPED_WEBHOOK = "PAYMENT_USER_DROPPED_WEBHOOK"

    def __str__(self) -> str:
        return str(self.value)
