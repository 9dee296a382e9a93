"""The client secret, card numbers and CVVs never appear in logs, reprs or exception messages."""

from __future__ import annotations

import logging
import pickle

import httpx
import pytest

from cashfree_facade import APIConnectionError, BadRequestError, Cashfree
from cashfree_facade import payment_methods as pm
from cashfree_facade._redact import Secret, mask_card, scrub
from tests.support.fake_time import Sleeps
from tests.support.mock_transport import CLIENT_SECRET, Recorder, make_client, ok, run

CARD = "4111111111111111"
CVV = "739"


def test_full_journey_logs_no_secret_card_or_cvv(mode: str, sleeps: Sleeps, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder(
        httpx.ConnectError(f"failed with {CLIENT_SECRET} and {CARD}"),
        ok({"message": f"card {CARD} cvv {CVV} declined"}, status=500),
        ok({"message": f"card {CARD} declined", "code": "card_number_invalid"}, status=400),
    )
    cf = make_client(mode, recorder, sleeps)
    with pytest.raises(BadRequestError) as caught:
        run(cf.orders.pay("session", pm.card(CARD, "03", "28", CVV)))
    assert len(recorder.requests) == 3
    everything = caplog.text + str(caught.value) + repr(caught.value) + repr(caught.value.body) + repr(cf)
    assert CLIENT_SECRET not in everything
    assert CARD not in everything
    assert f"cvv {CVV}" not in everything
    assert "POST /orders/sessions" in caplog.text


def test_connection_error_message_is_scrubbed(mode: str) -> None:
    recorder = Recorder(httpx.ConnectError(f"failed with {CLIENT_SECRET}"))
    cf = make_client(mode, recorder, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        run(cf.payments.list("o1"))
    assert CLIENT_SECRET not in str(caught.value)


def test_secret_wrapper() -> None:
    secret = Secret(CLIENT_SECRET)
    assert CLIENT_SECRET not in repr(secret) + str(secret) + f"{secret}"
    assert secret.reveal() == CLIENT_SECRET
    assert secret == Secret(CLIENT_SECRET)
    assert hash(secret) == hash(Secret(CLIENT_SECRET))
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    with pytest.raises(TypeError):
        pickle.dumps(Cashfree("id", CLIENT_SECRET))


def test_mask_and_scrub() -> None:
    assert mask_card(CARD) == "************1111"
    assert mask_card("123") == "***"
    assert scrub(f"x {CARD} y 4111-1111-1111-1111 z 12345", "sec") == ("x ************1111 y ************1111 z 12345")
    assert scrub("my sec here", "sec") == "my ********** here"
    assert scrub("phone 9898989898 stays", None) == "phone 9898989898 stays"
