"""The JSON text the simulator writes: exact amounts whichever encoder writes them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from cashfree_mock import _json


def test_decimals_are_written_as_the_number_they_hold() -> None:
    value = {"order_amount": Decimal("10.30"), "tiny": Decimal("5E-324"), "huge": Decimal("1.7976931348623157E+308")}
    assert _json.dumps(value) == '{"order_amount":10.30,"tiny":5E-324,"huge":1.7976931348623157E+308}'


def test_what_orjson_refuses_is_written_all_the_same() -> None:
    # An integer past 64 bits and a lone surrogate (an escaped request string) are echoed exactly.
    value = {"quantity": 10**30, "note": "\ud800", "amount": Decimal("1.5"), "items": (1, None, True)}
    text = _json.dumps(value)
    assert text == '{"quantity":1000000000000000000000000000000,"note":"\\ud800","amount":1.5,"items":[1,null,true]}'
    assert json.loads(text)["quantity"] == 10**30


def test_a_value_that_is_not_json_is_still_refused() -> None:
    with pytest.raises(TypeError):
        _json.dumps({"at": datetime(2026, 1, 1, tzinfo=UTC)})
