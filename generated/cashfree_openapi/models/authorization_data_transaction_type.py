from enum import StrEnum


class AuthorizationDataTransactionType(StrEnum):
    CARD = "CARD"
    TOKEN = "TOKEN"

    def __str__(self) -> str:
        return str(self.value)
