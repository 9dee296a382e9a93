from enum import StrEnum


class AppChannel(StrEnum):
    LINK = "link"

    def __str__(self) -> str:
        return str(self.value)
