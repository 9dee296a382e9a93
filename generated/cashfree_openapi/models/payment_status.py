from enum import StrEnum


class PaymentStatus(StrEnum):
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"
    FLAGGED = "FLAGGED"
    NOT_ATTEMPTED = "NOT_ATTEMPTED"
    PENDING = "PENDING"
    SUCCESS = "SUCCESS"
    USER_DROPPED = "USER_DROPPED"
    VOID = "VOID"

    def __str__(self) -> str:
        return str(self.value)
