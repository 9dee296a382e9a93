from enum import StrEnum


class IncludeExcludeFilterAction(StrEnum):
    ALLOW = "ALLOW"
    DENY = "DENY"

    def __str__(self) -> str:
        return str(self.value)
