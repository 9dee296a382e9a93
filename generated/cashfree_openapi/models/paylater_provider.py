from enum import StrEnum


class PaylaterProvider(StrEnum):
    FLEXIPAY = "flexipay"
    FREECHARGEPAYLATER = "freechargepaylater"
    KOTAK = "kotak"
    LAZYPAY = "lazypay"
    OLAPOSTPAID = "olapostpaid"
    SIMPL = "simpl"
    ZESTMONEY = "zestmoney"

    def __str__(self) -> str:
        return str(self.value)
