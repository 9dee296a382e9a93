"""Error answers and transport failures become the library's own errors, with the API's fields."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import cashfree_facade as cf_module
from cashfree_facade import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CashfreeError,
    ConflictError,
    IdempotencyError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from tests.support.mock_transport import CLIENT_SECRET, Recorder, make_client, ok, run

ERROR_BODY = {
    "message": "order_amount should be greater than or equal to 1",
    "code": "order_amount_invalid",
    "type": "invalid_request_error",
    "help": "Check the order_amount field.",
}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, IdempotencyError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
        (499, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_error_class(mode: str, status: int, error_class: type[APIStatusError]) -> None:
    recorder = Recorder(ok(ERROR_BODY, status=status, request_id="req_err"))
    cf = make_client(mode, recorder, max_retries=0)
    with pytest.raises(error_class) as caught:
        run(cf.payments.list("o1"))
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, CashfreeError)
    assert error.status_code == status
    assert error.code == "order_amount_invalid"
    assert error.type == "invalid_request_error"
    assert error.message == ERROR_BODY["message"]
    assert error.help == "Check the order_amount field."
    assert error.request_id == "req_err"
    assert error.body == ERROR_BODY
    assert error.headers["x-request-id"] == "req_err"
    assert str(error) == f"{status} order_amount_invalid: {ERROR_BODY['message']} (request_id=req_err)"
    assert "order_amount_invalid" in repr(error)


def test_non_json_error_body(mode: str) -> None:
    recorder = Recorder(httpx.Response(502, text="<html>Bad gateway</html>", headers={"x-request-id": "r"}))
    cf = make_client(mode, recorder, max_retries=0)
    with pytest.raises(InternalServerError) as caught:
        run(cf.payments.list("o1"))
    assert caught.value.body == "<html>Bad gateway</html>"
    assert caught.value.code is None
    assert caught.value.message == "<html>Bad gateway</html>"


def test_empty_error_body_uses_the_reason_phrase(mode: str) -> None:
    cf = make_client(mode, Recorder(httpx.Response(404)), max_retries=0)
    with pytest.raises(NotFoundError, match="Not Found"):
        run(cf.payments.list("o1"))


def test_error_fields_of_unexpected_types_are_ignored(mode: str) -> None:
    body = {"message": 42, "code": ["x"], "type": "brand_new_error_type", "extra": True}
    cf = make_client(mode, Recorder(ok(body, status=400)), max_retries=0)
    with pytest.raises(BadRequestError) as caught:
        run(cf.payments.list("o1"))
    assert caught.value.code is None
    assert caught.value.type == "brand_new_error_type"
    assert caught.value.body == body


def test_rate_limit_error_carries_the_wait(mode: str) -> None:
    recorder = Recorder(
        ok({"message": "slow down", "type": "rate_limit_error"}, status=429, **{"x-ratelimit-retry": "7"})
    )
    cf = make_client(mode, recorder, max_retries=0)
    with pytest.raises(RateLimitError) as caught:
        run(cf.payments.list("o1"))
    assert caught.value.retry_after == 7.0


def test_connection_error(mode: str) -> None:
    cf = make_client(mode, Recorder(httpx.ConnectError("boom")), max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        run(cf.payments.list("o1"))
    assert type(caught.value) is APIConnectionError
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.method == "GET"
    assert caught.value.path == "/orders/o1/payments"


def test_timeout_error(mode: str) -> None:
    cf = make_client(mode, Recorder(httpx.ReadTimeout("slow")), max_retries=0)
    with pytest.raises(APITimeoutError, match="timed out"):
        run(cf.payments.list("o1"))


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ({"text": "<html>hello</html>"}, "not JSON"),
        ({"json": {"order_id": "o1"}}, "KeyError"),
        ({"json": [1, 2]}, "TypeError"),
        ({"json": "a string"}, "TypeError"),
    ],
)
def test_unreadable_success_body(mode: str, content: dict[str, Any], problem: str) -> None:
    cf = make_client(mode, Recorder(httpx.Response(200, **content)), max_retries=0)
    with pytest.raises(APIResponseValidationError, match=problem) as caught:
        run(cf.orders.void("o1"))
    assert caught.value.status_code == 200


def test_list_of_non_objects_is_a_validation_error(mode: str) -> None:
    cf = make_client(mode, Recorder(httpx.Response(200, json=["x"])), max_retries=0)
    with pytest.raises(APIResponseValidationError):
        run(cf.payments.list("o1"))


def test_error_messages_are_scrubbed(mode: str) -> None:
    body = {"message": f"card 4111 1111 1111 1111 rejected for {CLIENT_SECRET}", "code": "card_number_invalid"}
    cf = make_client(mode, Recorder(ok(body, status=400)), max_retries=0)
    with pytest.raises(BadRequestError) as caught:
        run(cf.payments.list("o1"))
    text = str(caught.value) + repr(caught.value) + repr(caught.value.body) + caught.value.message
    assert CLIENT_SECRET not in text
    assert "4111 1111 1111 1111" not in text
    assert "1111" in caught.value.message


def test_error_tree_is_exported() -> None:
    for name in (
        "APIConnectionError",
        "APITimeoutError",
        "APIResponseValidationError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "IdempotencyError",
        "RateLimitError",
        "InternalServerError",
        "WebhookVerificationError",
    ):
        error: Any = getattr(cf_module, name)
        assert issubclass(error, CashfreeError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(RateLimitError, APIStatusError)
