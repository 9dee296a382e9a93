"""The bank page a `link` action sends the customer to: plain HTML, one form per outcome.

No JavaScript and no external assets, so it works in any browser and in a headless one driven by a
test; every value shown is escaped. A button posts to `{page}/{choice}`, which settles the payment.
"""

from __future__ import annotations

import html
from typing import Any, Final
from urllib.parse import quote, urlsplit

# The buttons, in order: label -> (the path segment posted to, the payment status it settles to).
CHOICES: Final = {
    "Success": ("success", "SUCCESS"),
    "Failure": ("failure", "FAILED"),
    "Cancel": ("cancel", "USER_DROPPED"),
}
STATUS_BY_CHOICE: Final = dict(CHOICES.values())
_URL_SYNTAX: Final = ":/?#[]@!$&'()*+,;=%~"

_STYLE = (
    "body{font-family:sans-serif;max-width:32em;margin:3em auto;padding:0 1em}"
    "dl{display:grid;grid-template-columns:max-content auto;gap:.3em 1em}dt{font-weight:bold}"
    "form{display:inline}button{font-size:1.1em;margin:.5em .5em 0 0;padding:.4em 1.2em}"
)


def _document(title: str, body: str) -> str:
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{_STYLE}</style></head><body>{body}</body></html>"
    )


def _method_summary(method: str, details: dict[str, Any]) -> str:
    """`netbanking (TESTR, 3333)`: the variant and the details that identify the instrument."""
    shown = [
        str(details[key])
        for key in (
            "card_number",
            "card_network",
            "upi_id",
            "netbanking_bank_name",
            "netbanking_bank_code",
            "provider",
            "phone",
        )
        if details.get(key) not in (None, "")
    ]
    return f"{method} ({', '.join(shown)})" if shown else method


def _facts(rows: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in rows) + "</dl>"


def payment_page(
    *, action: str, cf_payment_id: str, order_id: str, amount: str, currency: str, method: str, details: dict[str, Any]
) -> str:
    """The page with the order, the amount, the payment method and the three buttons."""
    rows = [
        ("Order", order_id),
        ("Amount", f"{currency} {amount}"),
        ("Payment method", _method_summary(method, details)),
        ("Payment", cf_payment_id),
    ]
    buttons = "".join(
        f'<form method="post" action="{html.escape(action)}/{segment}">'
        f'<button type="submit">{html.escape(label)}</button></form>'
        for label, (segment, _status) in CHOICES.items()
    )
    intro = "<p>This is the Cashfree simulator's bank page. Choose how the payment ends.</p>"
    return _document("Cashfree simulator: bank page", f"<h1>Pay {html.escape(currency)} {html.escape(amount)}</h1>"
                     + intro + _facts(rows) + buttons)  # fmt: skip


def result_page(*, cf_payment_id: str, order_id: str, status: str, message: str) -> str:
    """What the customer sees after a choice when the order has no return_url (or a payment already ended)."""
    rows = [("Order", order_id), ("Payment", cf_payment_id), ("Status", status), ("Message", message)]
    return _document("Cashfree simulator: payment " + status, f"<h1>Payment {html.escape(status)}</h1>" + _facts(rows))


def return_location(return_url: Any, order_id: str) -> str | None:
    """The order's return_url with `{order_id}` filled in, as Cashfree does; None unless it is http(s)."""
    if not isinstance(return_url, str) or not return_url:
        return None
    # Percent-encode what a Location header cannot carry (controls, spaces, non-ASCII); keep URL syntax.
    location = quote(return_url.replace("{order_id}", quote(order_id, safe="")), safe=_URL_SYNTAX)
    try:
        parts = urlsplit(location)
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return None
    return location
