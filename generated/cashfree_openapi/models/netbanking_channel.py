from enum import StrEnum


class NetbankingChannel(StrEnum):
    LINK = "link"
    POST = "post"

    def __str__(self) -> str:
        return str(self.value)
