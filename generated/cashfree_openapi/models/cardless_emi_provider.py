from enum import StrEnum


class CardlessEMIProvider(StrEnum):
    BHARATX = "bharatx"
    CASHE = "cashe"
    FLEXMONEY = "flexmoney"
    HDFC = "hdfc"
    ICICI = "icici"
    IDFC = "idfc"
    KOTAK = "kotak"
    SNAPMINT = "snapmint"
    ZESTMONEY = "zestmoney"

    def __str__(self) -> str:
        return str(self.value)
