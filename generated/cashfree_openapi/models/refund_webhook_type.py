from enum import StrEnum


class RefundWebhookType(StrEnum):
    REFUND_STATUS_WEBHOOK = "REFUND_STATUS_WEBHOOK"

    def __str__(self) -> str:
        return str(self.value)
