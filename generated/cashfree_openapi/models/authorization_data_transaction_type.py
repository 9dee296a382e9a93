from enum import StrEnum


class AuthorizationDataTransactionType(StrEnum):
    ALT_ID = "ALT_ID"
    APPLE_PAY = "APPLE_PAY"
    TOKEN = "TOKEN"

    def __str__(self) -> str:
        return str(self.value)
