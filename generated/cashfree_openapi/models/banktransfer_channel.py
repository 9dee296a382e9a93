from enum import StrEnum


class BanktransferChannel(StrEnum):
    LINK = "link"

    def __str__(self) -> str:
        return str(self.value)
