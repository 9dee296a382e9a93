from enum import StrEnum


class AuthorizationAction(StrEnum):
    CAPTURE = "CAPTURE"
    VOID = "VOID"

    def __str__(self) -> str:
        return str(self.value)
