"""Order Pay: every payment-method variant and its sandbox outcomes."""

from __future__ import annotations

import base64
import struct
import zlib
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import zxingcpp

from tests.support.mock_http import (
    check_error,
    check_response,
    create_order,
    get_payment,
    order_status,
    outcome,
    paid,
    pay,
)
from tests.support.sandbox_data import CARD

pytestmark = pytest.mark.anyio

UPI_OUTCOMES = [
    ("testsuccess@gocash", "SUCCESS", None),
    ("testfailure@gocash", "FAILED", "TRANSACTION_DECLINED"),
    ("testdeclineuser@gocash", "FAILED", "TRANSACTION_DECLINED"),
    ("testexpired@gocash", "FAILED", "REQUEST_EXPIRED"),
    ("testinsufficientfunds@gocash", "FAILED", "INSUFFICIENT_FUNDS"),
    ("testbankdeclined@gocash", "FAILED", "BANK_DECLINED"),
    ("testnetworkerror@gocash", "FAILED", "NETWORK_ERROR"),
    ("testinvalidpin@gocash", "FAILED", "INVALID_PIN"),
    ("testuserdropped@gocash", "USER_DROPPED", None),
    ("testriskflagged@gocash", "FLAGGED", None),
    ("testtimeoutbank@gocash", "PENDING", None),
]


@pytest.mark.parametrize(("vpa", "status", "error_code"), UPI_OUTCOMES)
async def test_upi_collect_settles_by_vpa(
    client: httpx.AsyncClient, vpa: str, status: str, error_code: str | None
) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"upi": {"channel": "collect", "upi_id": vpa}})
    assert (started["payment_method"], started["channel"], started["action"]) == ("upi", "collect", "custom")
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_status"] == status
    assert payment["payment_group"] == "upi"
    assert payment["payment_method"] == {
        "upi": {"channel": "collect", "upi_id": vpa, "upi_payer_ifsc": None, "upi_payer_account_number": None}
    }
    if error_code:
        assert payment["error_details"]["error_code"] == error_code
    else:
        assert payment["error_details"] is None
    expected_order = "PAID" if status == "SUCCESS" else "ACTIVE"
    assert await order_status(client, order["order_id"]) == expected_order
    if status == "SUCCESS":
        assert payment["is_captured"] is True
        assert payment["bank_reference"]
        assert payment["payment_completion_time"].endswith("+05:30")


@pytest.mark.parametrize("vpa", ["testinvalid@gocash", "someone@okhdfc"])
async def test_unknown_vpas_are_rejected(client: httpx.AsyncClient, vpa: str) -> None:
    order = await create_order(client)
    response = await pay(client, order, {"upi": {"channel": "collect", "upi_id": vpa}})
    check_response("payOrder", response)
    check_error(response, 400, "upi_id_invalid")


async def test_upi_collect_needs_a_vpa_and_can_redirect(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    check_error(await pay(client, order, {"upi": {"channel": "collect"}}), 400, "upi_id_invalid")
    started = await paid(
        client, order, {"upi": {"channel": "collect", "upi_id": "testtimeoutbank@gocash", "upi_redirect_url": True}}
    )
    assert started["action"] == "link"
    assert started["data"]["url"].endswith(f"/pg/view/gateway/{started['cf_payment_id']}")


async def test_upi_intent_links(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_amount=10.5)
    started = await paid(client, order, {"upi": {"channel": "link"}})
    assert started["action"] == "custom"
    links = started["data"]["payload"]
    assert set(links) == {"default", "gpay", "phonepe", "paytm", "bhim"}
    assert links["default"].startswith("upi://pay?")
    query = parse_qs(urlsplit(links["default"]).query)
    assert query["am"] == ["10.50"]
    assert query["tr"] == [started["cf_payment_id"]]
    assert query["cu"] == ["INR"]
    assert links["gpay"].startswith("tez://upi/pay?")
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_status"] == "PENDING"
    check_response("getPayment", await outcome(client, started["cf_payment_id"], "SUCCESS"))
    assert (await get_payment(client, order["order_id"], started["cf_payment_id"]))["payment_status"] == "SUCCESS"


def _png_to_gray(png: bytes) -> memoryview:
    """Decode segno's greyscale PNG into a 2-D 8-bit buffer zxing-cpp can read."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, data = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        header = data if kind == b"IHDR" else header
        idat += data if kind == b"IDAT" else b""
        pos += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", header[:10])
    assert color == 0
    assert depth in {1, 8}
    stride = (width * depth + 7) // 8
    raw, rows, prev = zlib.decompress(idat), [], bytes(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - 1] if i else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + prev[i]) & 0xFF
            elif kind in {3, 4}:
                assert kind == 3, "Paeth filter not expected from segno"
                line[i] = (line[i] + (left + prev[i]) // 2) & 0xFF
        prev = bytes(line)
        if depth == 8:
            rows.append(prev)
        else:
            rows.append(bytes(255 if prev[x // 8] >> (7 - x % 8) & 1 else 0 for x in range(width)))
    return memoryview(b"".join(rows)).cast("B", (height, width))


async def test_upi_qrcode_is_a_decodable_upi_link(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_amount=249)
    started = await paid(client, order, {"upi": {"channel": "qrcode"}})
    assert started["action"] == "custom"
    qrcode = started["data"]["payload"]["qrcode"]
    prefix = "data:image/png;base64,"
    assert qrcode.startswith(prefix)
    decoded = zxingcpp.read_barcodes(_png_to_gray(base64.b64decode(qrcode[len(prefix) :])))
    assert len(decoded) == 1
    text = decoded[0].text
    assert text.startswith("upi://pay?")
    query = parse_qs(urlsplit(text).query)
    assert query["am"] == ["249.00"]
    assert query["tr"] == [started["cf_payment_id"]]
    assert query["tn"] == [order["order_id"]]


async def test_card_link_waits_for_the_customer(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"card": {"channel": "link", **CARD}}, offer_id="offer-1")
    assert (started["action"], started["data"]["method"]) == ("link", "get")
    view = await client.get(urlsplit(started["data"]["url"]).path)
    assert view.status_code == 200
    assert view.headers["content-type"].startswith("text/html")
    assert order["order_id"] in view.text
    assert "XXXXXXXXXXXX1111" in view.text
    assert "4111111111111111" not in view.text
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_status"] == "PENDING"
    assert payment["payment_offers"] == [{"offer_id": "offer-1"}]
    card = payment["payment_method"]["card"]
    assert card["card_number"] == "XXXXXXXXXXXX1111"
    assert (card["card_network"], card["card_type"]) == ("visa", "credit_card")
    assert payment["payment_group"] == "credit_card"
    assert "4111111111111111" not in (await client.get(f"/pg/orders/{order['order_id']}/payments", headers={})).text


@pytest.mark.parametrize(
    ("number", "network", "group"),
    [
        ("4706131211212123", "visa", "debit_card"),
        ("4576238912771450", "visa", "credit_card"),
        ("5105105105105100", "mastercard", "credit_card"),
        ("6074825972083818", "rupay", "debit_card"),
    ],
)
@pytest.mark.parametrize("status", ["SUCCESS", "FAILED", "USER_DROPPED", "CANCELLED"])
async def test_test_cards_and_customer_outcomes(
    client: httpx.AsyncClient, number: str, network: str, group: str, status: str
) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"card": {"channel": "link", **CARD, "card_number": number}})
    settled = await outcome(client, started["cf_payment_id"], status)
    payment = check_response("getPayment", settled)
    assert payment["payment_status"] == status
    assert payment["payment_group"] == group
    assert payment["payment_method"]["card"]["card_network"] == network
    assert payment["payment_method"]["card"]["card_number"] == "XXXXXXXXXXXX" + number[-4:]
    assert (payment["error_details"] is None) == (status == "SUCCESS")
    assert await order_status(client, order["order_id"]) == ("PAID" if status == "SUCCESS" else "ACTIVE")
    check_error(await outcome(client, started["cf_payment_id"], "SUCCESS"), 400, "request_invalid")


@pytest.mark.parametrize(
    ("card", "code"),
    [
        ({"channel": "link", **CARD, "card_number": "4111111111111112"}, "card_number_invalid"),
        ({"channel": "link"}, "card_number_invalid"),
        ({"channel": "link", "card_number": "4111111111111111", "card_cvv": "123"}, "card_expiry_invalid"),
        ({"channel": "link", **{k: v for k, v in CARD.items() if k != "card_cvv"}}, "card_cvv_invalid"),
        ({"channel": "link", "instrument_id": "nope", "card_cvv": "123"}, "instrument_id_invalid"),
    ],
)
async def test_incomplete_cards(client: httpx.AsyncClient, card: dict[str, Any], code: str) -> None:
    order = await create_order(client)
    response = await pay(client, order, {"card": card})
    body = check_error(response, 400, code)
    assert "4111111111111112" not in body["message"]
    assert "123" not in body["message"]


async def test_card_with_a_network_token(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    token = {"channel": "link", "card_number": "4111111111111111", "cryptogram": "AQBB=", "token_requestor_id": "1"}
    started = await paid(client, order, {"card": {**token, "token_type": "NETWORK_GC_TOKEN", "par": "V001"}})
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_method"]["card"]["par"] == "V001"


async def _otp(client: httpx.AsyncClient, cf_payment_id: str, **body: Any) -> httpx.Response:
    return await client.post(
        f"/pg/orders/pay/authenticate/{cf_payment_id}", json=body, headers={"x-api-version": "2026-01-01"}
    )


async def test_native_otp_success(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"card": {"channel": "post", **CARD, "card_holder_name": "Test"}})
    assert started["action"] == "post"
    assert started["data"]["url"] == f"http://testserver/pg/orders/pay/authenticate/{started['cf_payment_id']}"
    assert started["data"]["method"] == "post"
    resent = check_response("authenticatePayment", await _otp(client, started["cf_payment_id"], action="RESEND_OTP"))
    assert resent["authenticate_status"] == "SUCCESS"
    wrong = check_response(
        "authenticatePayment", await _otp(client, started["cf_payment_id"], action="SUBMIT_OTP", otp="123456")
    )
    assert wrong == {
        "cf_payment_id": started["cf_payment_id"],
        "action": "SUBMIT_OTP",
        "authenticate_status": "FAILED",
        "payment_message": "otp is invalid",
    }
    right = check_response(
        "authenticatePayment", await _otp(client, started["cf_payment_id"], action="SUBMIT_OTP", otp="111000")
    )
    assert right["authenticate_status"] == "SUCCESS"
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_status"] == "SUCCESS"
    assert payment["auth_id"]
    assert await order_status(client, order["order_id"]) == "PAID"
    again = await _otp(client, started["cf_payment_id"], action="SUBMIT_OTP", otp="111000")
    assert "already processed" in check_error(again, 400, "request_invalid")["message"]


async def test_native_otp_limits(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"card": {"channel": "post", **CARD}})
    cf_payment_id = started["cf_payment_id"]
    check_error(await _otp(client, cf_payment_id, action="SUBMIT_OTP"), 400, "request_invalid")
    for _ in range(2):
        assert (await _otp(client, cf_payment_id, action="RESEND_OTP")).status_code == 200
    check_error(await _otp(client, cf_payment_id, action="RESEND_OTP"), 400, "request_invalid")
    for _ in range(3):
        response = await _otp(client, cf_payment_id, action="SUBMIT_OTP", otp="000000")
        assert check_response("authenticatePayment", response)["authenticate_status"] == "FAILED"
    too_many = check_error(await _otp(client, cf_payment_id, action="SUBMIT_OTP", otp="111000"), 400, "request_invalid")
    assert "attempts" in too_many["message"]
    payment = await get_payment(client, order["order_id"], cf_payment_id)
    assert payment["payment_status"] == "FAILED"
    assert payment["error_details"]["error_code"] == "OTP_ATTEMPTS_EXCEEDED"


async def test_otp_on_other_payments(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"card": {"channel": "link", **CARD}})
    check_error(await _otp(client, started["cf_payment_id"], action="RESEND_OTP"), 400, "request_invalid")
    check_error(await _otp(client, "999", action="RESEND_OTP"), 404, "payment_not_found")
    check_error(await _otp(client, "not-a-number", action="RESEND_OTP"), 404, "payment_not_found")


async def test_saved_card_instrument(client: httpx.AsyncClient) -> None:
    first = await create_order(client)
    started = await paid(client, first, {"card": {"channel": "post", **CARD}}, save_instrument=True)
    instrument_id = (await get_payment(client, first["order_id"], started["cf_payment_id"]))["payment_method"]["card"][
        "instrument_id"
    ]
    assert instrument_id
    second = await create_order(client)
    # Not saved before the payment succeeds.
    saved_card = {"card": {"channel": "link", "instrument_id": instrument_id, "card_cvv": "123"}}
    check_error(await pay(client, second, saved_card), 400, "instrument_id_invalid")
    await _otp(client, started["cf_payment_id"], action="SUBMIT_OTP", otp="111000")
    assert (await client.get("/__mock/state")).json()["saved_instruments"] == 1
    reused = await paid(client, second, saved_card)
    payment = await get_payment(client, second["order_id"], reused["cf_payment_id"])
    assert payment["payment_method"]["card"]["instrument_id"] == instrument_id
    assert payment["payment_method"]["card"]["card_number"] == "XXXXXXXXXXXX1111"
    check_error(
        await pay(client, second, {"card": {"channel": "link", "instrument_id": instrument_id}}),
        400,
        "card_cvv_invalid",
    )
    stranger = await create_order(
        client, customer_details={"customer_id": "someone_else", "customer_phone": "9000000000"}
    )
    check_error(await pay(client, stranger, saved_card), 400, "instrument_id_invalid")


@pytest.mark.parametrize(
    ("netbanking", "action", "code", "name"),
    [
        ({"channel": "link", "netbanking_bank_code": 3333}, "link", 3333, "TESTR"),
        ({"channel": "link", "netbanking_bank_name": "TESTR"}, "link", 3333, "TESTR"),
        ({"channel": "post", "netbanking_bank_code": 3021, "netbanking_bank_name": "HDFCR"}, "form", 3021, "HDFCR"),
    ],
)
async def test_netbanking(
    client: httpx.AsyncClient, netbanking: dict[str, Any], action: str, code: int, name: str
) -> None:
    order = await create_order(client)
    started = await paid(client, order, {"netbanking": netbanking})
    assert started["action"] == action
    assert "/pg/view/gateway/" in started["data"]["url"]
    settled = check_response("getPayment", await outcome(client, started["cf_payment_id"], "SUCCESS"))
    assert settled["payment_group"] == "net_banking"
    assert settled["payment_method"]["netbanking"]["netbanking_bank_code"] == code
    assert settled["payment_method"]["netbanking"]["netbanking_bank_name"] == name


async def test_netbanking_needs_a_bank(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    check_error(await pay(client, order, {"netbanking": {"channel": "link"}}), 400, "netbanking_bank_code_invalid")


@pytest.mark.parametrize(
    ("method", "spec", "group"),
    [
        ("app", {"provider": "phonepe", "phone": "9898989898"}, "wallet"),
        ("paylater", {"provider": "lazypay", "phone": "8714268343"}, "pay_later"),
        ("cardless_emi", {"provider": "flexmoney", "phone": "8714268343"}, "cardless_emi"),
    ],
)
async def test_provider_methods(client: httpx.AsyncClient, method: str, spec: dict[str, Any], group: str) -> None:
    order = await create_order(client, order_amount=1500)
    started = await paid(client, order, {method: {"channel": "link", **spec}})
    assert (started["payment_method"], started["action"]) == (method, "link")
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_status"] == "PENDING"
    assert payment["payment_group"] == group
    assert payment["payment_method"] == {method: {"channel": "link", **spec}}
    check_response("getPayment", await outcome(client, started["cf_payment_id"], "USER_DROPPED"))
    assert (await get_payment(client, order["order_id"], started["cf_payment_id"]))["payment_status"] == "USER_DROPPED"


async def test_provider_eligibility(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_amount=1500)
    for method, provider in [("paylater", "simpl"), ("cardless_emi", "zestmoney")]:
        response = await pay(client, order, {method: {"channel": "link", "provider": provider, "phone": "9898989898"}})
        check_error(response, 400, "phone_invalid")
    small = await create_order(client, order_amount=999)
    response = await pay(
        client, small, {"cardless_emi": {"channel": "link", "provider": "flexmoney", "phone": "8714268343"}}
    )
    check_error(response, 400, "order_amount_invalid")


async def test_card_emi(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_amount=12000)
    emi = {"channel": "post", **CARD, "card_bank_name": "hdfc", "emi_tenure": 6}
    started = await paid(client, order, {"emi": emi})
    assert started["action"] == "post"
    await _otp(client, started["cf_payment_id"], action="SUBMIT_OTP", otp="111000")
    payment = await get_payment(client, order["order_id"], started["cf_payment_id"])
    assert payment["payment_status"] == "SUCCESS"
    assert payment["payment_group"] == "credit_card_emi"
    details = payment["payment_method"]["emi"]
    assert details["emi_tenure"] == 6
    assert details["card_number"] == "XXXXXXXXXXXX1111"
    assert details["emi_details"]["emi_amount"] == 2076.51  # 12000 at 13% a year over 6 months
    debit = await create_order(client, order_amount=12000)
    started = await paid(client, debit, {"emi": {**emi, "channel": "link", "card_number": "4706131211212123"}})
    assert (await get_payment(client, debit["order_id"], started["cf_payment_id"]))["payment_group"] == "debit_card_emi"
    response = await pay(client, debit, {"emi": {**emi, "card_number": "4111111111111112"}})
    check_error(response, 400, "card_number_invalid")


async def test_bank_transfer(client: httpx.AsyncClient) -> None:
    order = await create_order(client, order_amount=5000)
    started = await paid(client, order, {"banktransfer": {"channel": "link"}})
    account = started["data"]["payload"]
    assert started["action"] == "custom"
    assert account["amount"] == 5000
    settled = check_response("getPayment", await outcome(client, started["cf_payment_id"], "SUCCESS"))
    assert settled["payment_group"] == "bank_transfer"
    assert settled["payment_method"]["banktransfer"]["banktransfer_account_number"] == account["account_number"]


async def test_paying_a_paid_order_or_an_unknown_session(client: httpx.AsyncClient) -> None:
    order = await create_order(client)
    await paid(client, order, {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}})
    again = await pay(client, order, {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}})
    check_response("payOrder", again)
    check_error(again, 400, "order_already_paid")
    unknown = await pay(client, {"payment_session_id": "session_nope"}, {"upi": {"channel": "link"}})
    check_response("payOrder", unknown)
    check_error(unknown, 404, "payment_session_id_invalid")


@pytest.mark.parametrize(
    ("payment_method", "code", "field"),
    [
        ({"upi": {"channel": "collect", "upi_id": "not a vpa"}}, "upi_id_invalid", "payment_method.upi.upi_id"),
        ({"upi": {"upi_id": "testsuccess@gocash"}}, "channel_missing", "payment_method.upi.channel"),
        (
            {"card": {"channel": "link", "card_number": "41111"}},
            "card_number_invalid",
            "payment_method.card.card_number",
        ),
        ({"app": {"channel": "link", "provider": "gpay", "phone": "12"}}, "phone_invalid", "payment_method.app.phone"),
        ({"netbanking": {"channel": "link", "netbanking_bank_code": 33}}, "netbanking_bank_code_invalid", "bank_code"),
        ({"card": {"channel": "link"}, "upi": {"channel": "link"}}, "payment_method_invalid", "payment_method"),
        ({}, "payment_method_invalid", "payment_method"),
        ({"crypto": {"channel": "link"}}, "payment_method_invalid", "payment_method"),
        ({"upi": {"channel": "telepathy"}}, "request_invalid", "payment_method.upi.channel"),
    ],
)
async def test_validation_codes(
    client: httpx.AsyncClient, payment_method: dict[str, Any], code: str, field: str
) -> None:
    order = await create_order(client)
    response = await pay(client, order, payment_method)
    check_response("payOrder", response)
    assert field in check_error(response, 400, code)["message"]
