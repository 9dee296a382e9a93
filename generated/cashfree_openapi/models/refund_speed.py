from enum import StrEnum


class RefundSpeed(StrEnum):
    INSTANT = "INSTANT"
    STANDARD = "STANDARD"

    def __str__(self) -> str:
        return str(self.value)
