from enum import StrEnum


class UpiChannel(StrEnum):
    COLLECT = "collect"
    LINK = "link"
    PODQRCODE = "podQrCode"
    QRCODE = "qrcode"

    def __str__(self) -> str:
        return str(self.value)
