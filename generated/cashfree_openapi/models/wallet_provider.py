from enum import StrEnum


class WalletProvider(StrEnum):
    AIRTEL = "airtel"
    AMAZON = "amazon"
    FREECHARGE = "freecharge"
    GPAY = "gpay"
    JIO = "jio"
    MOBIKWIK = "mobikwik"
    OLA = "ola"
    PAYTM = "paytm"
    PHONEPE = "phonepe"

    def __str__(self) -> str:
        return str(self.value)
