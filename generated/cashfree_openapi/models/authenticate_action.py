from enum import StrEnum


class AuthenticateAction(StrEnum):
    RESEND_OTP = "RESEND_OTP"
    SUBMIT_OTP = "SUBMIT_OTP"

    def __str__(self) -> str:
        return str(self.value)
