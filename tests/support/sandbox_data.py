"""Cashfree's sandbox test data, which the mock honours the same way."""

from __future__ import annotations

from cashfree_facade import AuthorizationDataParam, CustomerDetailsParam

CUSTOMER: CustomerDetailsParam = {"customer_id": "cust_e2e_001", "customer_phone": "9898989898"}
OTHER_CUSTOMER: CustomerDetailsParam = {"customer_id": "cust_e2e_002", "customer_phone": "9797979797"}
PROVIDER_PHONE = "8714268343"  # the sandbox's eligible pay-later / cardless-EMI customer
OTP_OK = "111000"
# A card payment method body (raw JSON, as sent to the mock's API).
CARD = {"card_number": "4111111111111111", "card_expiry_mm": "03", "card_expiry_yy": "28", "card_cvv": "123"}
# number -> (network, card type)
TEST_CARDS = {
    "4111111111111111": ("visa", "credit_card"),
    "4706131211212123": ("visa", "debit_card"),
    "4576238912771450": ("visa", "credit_card"),
    "5105105105105100": ("mastercard", "credit_card"),
    "6074825972083818": ("rupay", "debit_card"),
}
TOKEN_DATA: AuthorizationDataParam = {
    "authentication_token": "BwABBJQ1AgAAAAAgJDUCAAAAAAA=",
    "eci": "02",
    "token_number": "4706131211212123",
    "token_expiry_year": "2029",
    "token_expiry_month": "09",
    "token_cryptogram": "/wAAAAAAUSwFGXgAAAAAgPAAAA=",
    "transaction_type": "TOKEN",
}
