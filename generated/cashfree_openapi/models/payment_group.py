from enum import StrEnum


class PaymentGroup(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CARDLESS_EMI = "cardless_emi"
    CREDIT_CARD = "credit_card"
    CREDIT_CARD_EMI = "credit_card_emi"
    DEBIT_CARD = "debit_card"
    DEBIT_CARD_EMI = "debit_card_emi"
    NET_BANKING = "net_banking"
    PAY_LATER = "pay_later"
    PREPAID_CARD = "prepaid_card"
    UPI = "upi"
    WALLET = "wallet"

    def __str__(self) -> str:
        return str(self.value)
