from enum import StrEnum


class CardBankName(StrEnum):
    BOB = "BOB"
    ICICI = "ICICI"
    KOTAK = "Kotak"
    RBL = "RBL"
    STANDARD_CHARTERED = "Standard Chartered"

    def __str__(self) -> str:
        return str(self.value)
