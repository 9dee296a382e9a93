from enum import StrEnum


class PaymentAction(StrEnum):
    CUSTOM = "custom"
    FORM = "form"
    LINK = "link"
    POST = "post"

    def __str__(self) -> str:
        return str(self.value)
