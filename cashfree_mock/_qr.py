"""UPI links and the QR image of the `upi://pay` link."""

from __future__ import annotations

import base64
import io
from decimal import Decimal
from urllib.parse import quote, urlencode

import segno

from ._sandbox import MERCHANT_NAME, MERCHANT_VPA

# UPI apps register their own schemes for the same query string.
_INTENT_SCHEMES = {
    "default": "upi://pay",
    "gpay": "tez://upi/pay",
    "phonepe": "phonepe://pay",
    "paytm": "paytmmp://pay",
    "bhim": "bhim://upi/pay",
}


def upi_query(*, reference: str, amount: Decimal, currency: str, note: str) -> str:
    params = {
        "pa": MERCHANT_VPA,
        "pn": MERCHANT_NAME,
        "tr": reference,
        "am": f"{amount:.2f}",
        "cu": currency,
        "tn": note,
    }
    return urlencode(params, quote_via=quote)


def intent_links(query: str) -> dict[str, str]:
    return {app: f"{scheme}?{query}" for app, scheme in _INTENT_SCHEMES.items()}


def qr_data_url(text: str) -> str:
    """A PNG QR code of `text` as a data URL, as Cashfree returns it for `channel: qrcode`."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=4, border=4)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
