from enum import StrEnum


class PaymentChannel(StrEnum):
    COLLECT = "collect"
    LINK = "link"
    PODQRCODE = "podQrCode"
    POST = "post"
    QRCODE = "qrcode"

    def __str__(self) -> str:
        return str(self.value)
