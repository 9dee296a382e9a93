"""Amounts: Decimal, int or float; at least 1, at most two decimals; sent exactly."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from cashfree_facade._amount import from_json_number, to_decimal, to_json_number
from tests.support.mock_transport import Recorder, make_client, ok, run


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (Decimal("10.34"), "10.34"),
        (Decimal("10.30"), "10.3"),
        (Decimal("10.00"), "10"),
        (10, "10"),
        (1, "1"),
        (10.34, "10.34"),
        (0.1 + 0.2 + 1, "1.3"),
        (Decimal("9999999999999.99"), "9999999999999.99"),
        (Decimal("1234567.89"), "1234567.89"),
    ],
)
def test_amount_is_sent_exactly(value: Any, sent: str) -> None:
    number = to_json_number(value, "order_amount")
    assert json.dumps(number) == sent
    assert Decimal(json.dumps(number)) == Decimal(sent)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("0.99"), "at least 1"),
        (0, "at least 1"),
        (-5, "at least 1"),
        (10.345, "two decimal"),
        (Decimal("1.001"), "two decimal"),
        (float("nan"), "finite"),
        (float("inf"), "finite"),
        (Decimal("NaN"), "finite"),
        ("10.34", "expected a Decimal"),
        (True, "expected a Decimal"),
        (None, "expected a Decimal"),
        (Decimal("10000000000000"), "at most"),
    ],
)
def test_bad_amounts(value: Any, message: str) -> None:
    with pytest.raises(ValueError, match=f"order_amount: .*{message}"):
        to_decimal(value, "order_amount")


def test_bad_amount_fails_before_any_request(mode: str) -> None:
    recorder = Recorder(ok({}))
    cf = make_client(mode, recorder)
    with pytest.raises(ValueError, match="order_amount"):
        run(cf.orders.create(order_amount=10.001, order_currency="INR"))
    with pytest.raises(ValueError, match="amount"):
        run(cf.orders.capture("o1", amount="5"))
    assert recorder.requests == []


def test_response_amounts() -> None:
    assert from_json_number(10.34) == Decimal("10.34")
    assert from_json_number(22) == Decimal(22)
    assert from_json_number(None) is None
    assert from_json_number(True) is None
    assert from_json_number("abc") is None
