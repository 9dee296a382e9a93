from enum import StrEnum


class TerminateOrderRequestOrderStatus(StrEnum):
    TERMINATED = "TERMINATED"

    def __str__(self) -> str:
        return str(self.value)
