"""After the payment: orders.get / terminate and refunds.create / get / list, sync and async, over MockTransport."""

from __future__ import annotations

import copy
import json
import re
from decimal import Decimal
from typing import Any, get_args

import httpx
import pytest

from cashfree_facade import (
    API_VERSION,
    APIConnectionError,
    APIResponseValidationError,
    BadRequestError,
    NotFoundError,
    Order,
    Refund,
    RefundList,
)
from cashfree_facade._models import parse_refund, parse_refunds
from cashfree_facade._operations import REFUND_ID_CHARACTERS, REFUND_ID_LENGTH, REFUND_NOTE_LENGTH
from cashfree_facade._resources import RefundSpeed
from cashfree_openapi.models import OrderStatus, RefundSpeedDetails, RefundSplitEntity, RefundStatus
from tests.support.fake_time import Sleeps
from tests.support.fields import without_nulls
from tests.support.mock_transport import CLIENT_ID, CLIENT_SECRET, Recorder, make_client, ok, run
from tests.support.spec import example

ORDER = "/orders/{order_id}"
REFUNDS = "/orders/{order_id}/refunds"
REFUND = "/orders/{order_id}/refunds/{refund_id}"


def _authenticated(request: httpx.Request) -> None:
    assert request.headers["x-client-id"] == CLIENT_ID
    assert request.headers["x-client-secret"] == CLIENT_SECRET
    assert request.headers["x-api-version"] == API_VERSION


# ---------------------------------------------------------------- orders.get / orders.terminate


def test_get_order(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, ORDER, "get", "paid"), request_id="req_get"))
    order = run(make_client(mode, recorder).orders.get("order_3242Tq4Edj9CC5RDcMeobmJOWOBJij"))
    request = recorder.last
    assert (request.method, request.url.path) == ("GET", "/pg/orders/order_3242Tq4Edj9CC5RDcMeobmJOWOBJij")
    _authenticated(request)
    assert request.content == b""
    assert "x-idempotency-key" not in request.headers
    assert isinstance(order, Order)
    assert order.order_status == OrderStatus.PAID
    assert order.amount == Decimal(22)
    assert order.request_id == "req_get"


def test_terminate_order(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, ORDER, "patch", "terminated")))
    order = run(make_client(mode, recorder).orders.terminate("order_abandoned_1", request_id="mine"))
    request = recorder.last
    assert (request.method, request.url.path) == ("PATCH", "/pg/orders/order_abandoned_1")
    _authenticated(request)
    assert recorder.body() == {"order_status": "TERMINATED"}
    assert request.headers["x-idempotency-key"]  # a PATCH with a body, resent as is on a retry
    assert request.headers["x-request-id"] == "mine"
    assert order.order_status == OrderStatus.TERMINATED
    assert order.amount == Decimal("10.34")


def test_terminate_of_a_paid_order_raises_cashfrees_error(mode: str) -> None:
    body = {"message": "order is already paid", "code": "order_already_paid", "type": "invalid_request_error"}
    recorder = Recorder(ok(body, status=400, request_id="req_400"))
    with pytest.raises(BadRequestError) as caught:
        run(make_client(mode, recorder).orders.terminate("order_paid"))
    assert (caught.value.code, caught.value.request_id) == ("order_already_paid", "req_400")


def test_unknown_order_is_not_found(mode: str) -> None:
    recorder = Recorder(ok({"message": "order not found", "code": "order_not_found"}, status=404))
    with pytest.raises(NotFoundError, match="order_not_found"):
        run(make_client(mode, recorder).orders.get("nope"))


@pytest.mark.parametrize("order_id", ["", "   ", None, 3.5])
def test_order_id_is_checked_before_sending(mode: str, order_id: Any) -> None:
    recorder = Recorder(ok({}))
    cf = make_client(mode, recorder)
    for call in (cf.orders.get, cf.orders.terminate, cf.refunds.list):
        with pytest.raises(ValueError, match="order_id"):
            run(call(order_id))
    assert recorder.requests == []


# ---------------------------------------------------------------- refunds.create


def test_create_refund_sends_every_field_exactly(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, REFUNDS, "post", "pending"), request_id="req_refund"))
    refund = run(
        make_client(mode, recorder).refunds.create(
            "order_8123",
            refund_amount=Decimal("1.50"),
            refund_id="refund_00912",
            refund_note="Refund for the damaged item",
            refund_speed="INSTANT",
            refund_splits=[{"vendor_id": "john", "amount": Decimal("1.25"), "tags": {"reason": "returned"}}],
        )
    )
    request = recorder.last
    assert (request.method, request.url.path) == ("POST", "/pg/orders/order_8123/refunds")
    _authenticated(request)
    assert request.headers["x-idempotency-key"]
    assert recorder.body() == {
        "refund_amount": 1.5,
        "refund_id": "refund_00912",
        "refund_note": "Refund for the damaged item",
        "refund_speed": "INSTANT",
        "refund_splits": [{"vendor_id": "john", "amount": 1.25, "tags": {"reason": "returned"}}],
    }
    assert b'"refund_amount":1.5' in request.content
    assert isinstance(refund, Refund)
    assert refund.refund_status == RefundStatus.PENDING
    assert refund.amount == Decimal("1.5")
    assert refund.processed_at is None
    assert refund.request_id == "req_refund"


@pytest.mark.parametrize(
    ("amount", "sent"),
    [(Decimal("0.01"), b"0.01"), (Decimal("10.30"), b"10.3"), (7, b"7"), (10.34, b"10.34"), (5.01, b"5.01")],
)
def test_refund_amount_is_sent_exactly(mode: str, amount: Any, sent: bytes) -> None:
    recorder = Recorder(ok({}))
    with pytest.raises(APIResponseValidationError):  # the answer {} is not a refund; the request is what counts
        run(make_client(mode, recorder).refunds.create("o1", refund_amount=amount, refund_id="r_1"))
    assert b'"refund_amount":' + sent + b"," in recorder.last.content


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        (0, "at least 0.01"),
        (Decimal("0.00"), "at least 0.01"),
        (-5, "at least 0.01"),
        (Decimal("0.001"), "two decimal"),
        (1.005, "two decimal"),
        (float("nan"), "finite"),
        ("5", "expected a Decimal"),
        (True, "expected a Decimal"),
        (None, "expected a Decimal"),
    ],
)
def test_bad_refund_amount_is_refused_before_sending(mode: str, amount: Any, message: str) -> None:
    recorder = Recorder(ok({}))
    with pytest.raises(ValueError, match=f"refund_amount: .*{message}"):
        run(make_client(mode, recorder).refunds.create("o1", refund_amount=amount))
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"refund_id": "r"}, "refund_id: must be 3 to 40"),
        ({"refund_id": "r" * 41}, "refund_id: must be 3 to 40"),
        ({"refund_id": "refund 1"}, "refund_id"),
        ({"refund_id": "../x"}, "refund_id"),
        ({"refund_id": 12345}, "refund_id"),
        ({"refund_note": "ok"}, "refund_note: must be a string of 3 to 100"),
        ({"refund_note": "n" * 101}, "refund_note"),
        ({"refund_speed": "FAST"}, "refund request: 'FAST' is not a valid RefundSpeed"),
        ({"refund_splits": "john"}, "refund_splits: expected a list"),
        ({"refund_splits": ["john"]}, r"refund_splits\[0\]: expected a mapping"),
        ({"refund_splits": [{"vendor_id": "v", "amount": "1"}]}, r"refund_splits\[0\].amount"),
        ({"refund_splits": [{"vendor_id": "v", "amount": Decimal("1.001")}]}, "two decimal"),
        ({"refund_splits": [{"amount": 1}]}, "refund request: missing required field 'vendor_id'"),
    ],
)
def test_bad_refund_fields_are_refused_before_sending(mode: str, fields: dict[str, Any], message: str) -> None:
    recorder = Recorder(ok({}))
    with pytest.raises(ValueError, match=message):
        run(make_client(mode, recorder).refunds.create("o1", refund_amount=1, **fields))
    assert recorder.requests == []


def test_unknown_keyword_is_a_type_error(mode: str) -> None:
    cf = make_client(mode, Recorder(ok({})))
    with pytest.raises(TypeError, match="refund_amont"):
        run(cf.refunds.create("o1", refund_amount=1, refund_amont=2))


def test_omitted_refund_id_is_made_once_per_refund(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, REFUNDS, "post", "pending")))
    cf = make_client(mode, recorder)
    run(cf.refunds.create("o1", refund_amount=1))
    run(cf.refunds.create("o1", refund_amount=1))
    first, second = (recorder.body(i)["refund_id"] for i in (0, 1))
    low, high = REFUND_ID_LENGTH
    for refund_id in (first, second):
        assert re.fullmatch(f"[{REFUND_ID_CHARACTERS}]{{{low},{high}}}", refund_id)
    assert first != second  # two logical refunds, two ids
    assert recorder.requests[0].headers["x-idempotency-key"] != recorder.requests[1].headers["x-idempotency-key"]


def test_omitted_refund_id_follows_the_callers_idempotency_key(mode: str, spec: dict[str, Any]) -> None:
    """The caller's own retry (same key) sends the same body, so Cashfree replays instead of refusing the key."""
    recorder = Recorder(ok(example(spec, REFUNDS, "post", "pending")))
    cf = make_client(mode, recorder)
    for key in ("refund-for-ticket-7", "refund-for-ticket-7", "refund-for-ticket-8"):
        run(cf.refunds.create("o1", refund_amount=1, idempotency_key=key))
    ids = [recorder.body(i)["refund_id"] for i in range(3)]
    assert ids[0] == ids[1] != ids[2]
    assert recorder.requests[0].content == recorder.requests[1].content


class CashfreeLike:
    """Refunds as Cashfree keeps them: one per refund_id, and answers stored per idempotency key.

    ``lose`` says how many answers are lost after the refund was stored (a dropped connection, or a 502
    from a proxy in front), so the client retries a refund the server has already made.
    """

    def __init__(self, refund: dict[str, Any], lose: list[str]) -> None:
        self.refund = refund
        self.lose = lose
        self.refunds: dict[str, dict[str, Any]] = {}
        self.answers: dict[str, dict[str, Any]] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        key = request.headers["x-idempotency-key"]
        replayed = key in self.answers
        if not replayed:
            body = json.loads(request.content)
            if body["refund_id"] in self.refunds:
                return ok({"message": "refund_id already exists", "code": "refund_already_exists"}, status=409)
            self.answers[key] = dict(self.refund, refund_id=body["refund_id"], refund_amount=body["refund_amount"])
            self.refunds[body["refund_id"]] = self.answers[key]
        answer = self.answers[key]
        if self.lose:
            how = self.lose.pop(0)
            if how == "drop":
                raise httpx.RemoteProtocolError("server disconnected without sending a response", request=request)
            return ok({"message": "bad gateway", "code": "bad_gateway"}, status=502)
        headers = {"x-request-id": "req_refund", "x-idempotency-replayed": "true" if replayed else "false"}
        return httpx.Response(200, json=answer, headers=headers)


@pytest.mark.parametrize("lost", [["drop"], ["502"], ["drop", "502"]])
@pytest.mark.parametrize("refund_id", [None, "refund_mine_1"])
def test_a_retried_refund_never_refunds_twice(
    mode: str, sleeps: Sleeps, spec: dict[str, Any], lost: list[str], refund_id: str | None
) -> None:
    server = CashfreeLike(example(spec, REFUNDS, "post", "pending"), list(lost))
    recorder = Recorder(server)
    refund = run(
        make_client(mode, recorder, sleeps).refunds.create("o1", refund_amount=Decimal("2.50"), refund_id=refund_id)
    )
    assert len(server.refunds) == 1
    assert len(recorder.requests) == len(lost) + 1
    assert len(sleeps) == len(lost)
    assert len({r.content for r in recorder.requests}) == 1  # the same refund_id and amount every time
    assert len({r.headers["x-idempotency-key"] for r in recorder.requests}) == 1
    (made,) = server.refunds
    assert refund.refund_id == made
    assert made == (refund_id or made)
    assert refund.amount == Decimal("2.5")


def test_a_lost_refund_without_retries_left_says_so(mode: str, spec: dict[str, Any]) -> None:
    server = CashfreeLike(example(spec, REFUNDS, "post", "pending"), ["drop"])
    cf = make_client(mode, Recorder(server), max_retries=0)
    with pytest.raises(APIConnectionError):
        run(cf.refunds.create("o1", refund_amount=1, refund_id="refund_lost"))
    assert list(server.refunds) == ["refund_lost"]  # made: retrying it with refunds.get is the caller's move


def test_refund_over_the_remaining_amount_is_cashfrees_400(mode: str) -> None:
    body = {
        "message": "refund amount is greater than the amount available for refund",
        "code": "refund_amount_invalid",
        "type": "invalid_request_error",
    }
    recorder = Recorder(ok(body, status=400))
    with pytest.raises(BadRequestError) as caught:
        run(make_client(mode, recorder).refunds.create("o1", refund_amount=100))
    assert caught.value.code == "refund_amount_invalid"
    assert len(recorder.requests) == 1  # a 400 is not retried


def test_refund_constraints_are_the_specs(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    request = schemas["CreateRefundRequest"]["properties"]
    assert (request["refund_id"]["minLength"], request["refund_id"]["maxLength"]) == REFUND_ID_LENGTH
    assert request["refund_id"]["pattern"] == f"^[{REFUND_ID_CHARACTERS}]+$"
    assert (request["refund_note"]["minLength"], request["refund_note"]["maxLength"]) == REFUND_NOTE_LENGTH
    assert Decimal(str(request["refund_amount"]["minimum"])) == Decimal("0.01")
    assert set(get_args(RefundSpeed)) == set(schemas["RefundSpeed"]["enum"])


# ---------------------------------------------------------------- refunds.get / refunds.list


def test_get_refund(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, REFUND, "get", "processed"), request_id="req_r"))
    refund = run(make_client(mode, recorder).refunds.get("order_8123", "refund_00911"))
    request = recorder.last
    assert (request.method, request.url.path) == ("GET", "/pg/orders/order_8123/refunds/refund_00911")
    _authenticated(request)
    assert "x-idempotency-key" not in request.headers
    assert refund.refund_status == RefundStatus.SUCCESS
    assert (refund.refund_arn, refund.processed_at) == ("RF2312981231", "2021-07-25T12:57:52+05:30")
    assert refund.amount == Decimal("5.01")
    assert refund.refund_charge_decimal == Decimal(0)
    assert isinstance(refund.refund_speed, RefundSpeedDetails)
    assert refund.request_id == "req_r"


@pytest.mark.parametrize("refund_id", ["", None, 1.5, "a/b", "..", "r?x=1"])
def test_refund_id_of_get_is_checked(mode: str, refund_id: Any) -> None:
    recorder = Recorder(ok({}))
    with pytest.raises(ValueError, match="refund_id"):
        run(make_client(mode, recorder).refunds.get("o1", refund_id))
    assert recorder.requests == []


def test_list_refunds(mode: str, spec: dict[str, Any]) -> None:
    recorder = Recorder(ok(example(spec, REFUNDS, "get", "two"), request_id="req_list"))
    refunds = run(make_client(mode, recorder).refunds.list("order_8123"))
    request = recorder.last
    assert (request.method, request.url.path) == ("GET", "/pg/orders/order_8123/refunds")
    _authenticated(request)
    assert isinstance(refunds, RefundList)
    assert len(refunds) == 2
    assert refunds.request_id == "req_list"
    assert [r.refund_status for r in refunds] == [RefundStatus.SUCCESS, RefundStatus.PENDING]
    assert sum((r.amount or Decimal(0) for r in refunds), Decimal(0)) == Decimal("6.51")
    assert all(isinstance(r, Refund) and r.request_id == "req_list" for r in refunds)


def test_empty_refund_list(mode: str) -> None:
    refunds = run(make_client(mode, Recorder(ok([]))).refunds.list("o1"))
    assert (list(refunds), len(refunds), refunds.request_id) == ([], 0, "req_123")


@pytest.mark.parametrize("answer", [{"refunds": []}, "[]", [{"refund_id": "missing the rest"}], [1]])
def test_unreadable_refund_list(mode: str, answer: Any) -> None:
    with pytest.raises(APIResponseValidationError):
        run(make_client(mode, Recorder(ok(answer))).refunds.list("o1"))


# ---------------------------------------------------------------- the Refund result


def test_refund_keeps_unknown_fields_statuses_and_nulls(spec: dict[str, Any]) -> None:
    data = copy.deepcopy(example(spec, REFUND, "get", "processed"))
    data.update(
        refund_status="REVERSED",
        refund_type="SOMETHING_NEW",
        cf_refund_id=1553338,
        cf_payment_id=12376123,
        brand_new={"x": [1]},
        refund_charge=None,
        refund_speed=None,
        metadata={"ticket": "T-7"},
    )
    refund = parse_refund(data, "r")
    assert refund.refund_status == "REVERSED"
    assert refund.refund_type == "SOMETHING_NEW"
    assert (refund.cf_refund_id, refund.cf_payment_id) == ("1553338", "12376123")
    assert refund.additional_properties["brand_new"] == {"x": [1]}
    assert refund.refund_charge_decimal is None
    assert refund.refund_speed is None
    assert refund.to_dict()["metadata"] == {"ticket": "T-7"}


def test_refund_splits_are_models_or_kept_raw(spec: dict[str, Any]) -> None:
    data = dict(example(spec, REFUND, "get", "processed"))
    split = {"vendor_id": "john", "amount": 2, "tags": {"k": "v"}}
    parsed = parse_refund(dict(data, refund_splits=[split]), None)
    assert isinstance(parsed.refund_splits, list)
    assert isinstance(parsed.refund_splits[0], RefundSplitEntity)
    odd = parse_refund(dict(data, refund_splits=["john"]), None)
    assert odd.additional_properties["refund_splits"] == ["john"]
    assert odd.to_dict()["refund_splits"] == ["john"]


def test_refund_repr_is_compact_and_round_trips(spec: dict[str, Any]) -> None:
    data = example(spec, REFUNDS, "post", "pending")
    refund = parse_refund(data, "req_1")
    text = repr(refund)
    assert text.startswith("Refund(cf_payment_id='12376123', cf_refund_id='1553339', order_id='order_8123'")
    assert "refund_status='PENDING'" in text
    assert "request_id='req_1'" in text
    assert "Unset" not in text
    assert without_nulls(refund.to_dict()) == without_nulls(data)
    listed = parse_refunds([data], "req_2")
    assert repr(listed).startswith("[Refund(")
