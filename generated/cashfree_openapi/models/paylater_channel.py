from enum import StrEnum


class PaylaterChannel(StrEnum):
    LINK = "link"

    def __str__(self) -> str:
        return str(self.value)
