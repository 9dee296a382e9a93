from enum import StrEnum


class RefundStatus(StrEnum):
    CANCELLED = "CANCELLED"
    FAILED = "FAILED"
    ONHOLD = "ONHOLD"
    PENDING = "PENDING"
    SUCCESS = "SUCCESS"

    def __str__(self) -> str:
        return str(self.value)
