from enum import StrEnum


class CardEMIBank(StrEnum):
    AMEX = "amex"
    AU = "au"
    AXIS = "axis"
    BOB = "bob"
    CITI = "citi"
    FED = "fed"
    HDFC = "hdfc"
    HSBC = "hsbc"
    ICICI = "icici"
    KOTAK = "kotak"
    RBL = "rbl"
    SBI = "sbi"
    STANDARD_CHARTERED = "standard chartered"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
