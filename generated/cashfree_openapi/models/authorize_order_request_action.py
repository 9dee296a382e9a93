from enum import StrEnum


class AuthorizeOrderRequestAction(StrEnum):
    CAPTURE = "CAPTURE"
    VOID = "VOID"

    def __str__(self) -> str:
        return str(self.value)
