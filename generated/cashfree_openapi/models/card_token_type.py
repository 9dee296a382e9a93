from enum import StrEnum


class CardTokenType(StrEnum):
    ISSUER_GC_TOKEN = "ISSUER_GC_TOKEN"
    ISSUER_TOKEN = "ISSUER_TOKEN"
    NETWORK_GC_TOKEN = "NETWORK_GC_TOKEN"

    def __str__(self) -> str:
        return str(self.value)
