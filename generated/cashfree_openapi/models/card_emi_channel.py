from enum import StrEnum


class CardEMIChannel(StrEnum):
    LINK = "link"
    POST = "post"

    def __str__(self) -> str:
        return str(self.value)
