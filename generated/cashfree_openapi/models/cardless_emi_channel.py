from enum import StrEnum


class CardlessEMIChannel(StrEnum):
    LINK = "link"

    def __str__(self) -> str:
        return str(self.value)
