"""Retries: which failures, how long to wait, the same idempotency key on every attempt, and logs."""

from __future__ import annotations

import logging

import httpx
import pytest

from cashfree_facade import APIConnectionError, APITimeoutError, BadRequestError, InternalServerError, RateLimitError
from cashfree_facade._retry import RetryPolicy, retry_after
from tests.support.fake_time import Sleeps
from tests.support.mock_transport import Recorder, make_client, ok, run

OTP_OK = {"cf_payment_id": "1", "action": "SUBMIT_OTP", "authenticate_status": "SUCCESS"}


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_with_the_same_key(mode: str, sleeps: Sleeps, status: int) -> None:
    recorder = Recorder(ok({"message": "try again"}, status=status), ok(OTP_OK))
    cf = make_client(mode, recorder, sleeps)
    result = run(cf.payments.submit_otp("1", "111000"))
    assert result.authenticate_status == "SUCCESS"
    assert len(recorder.requests) == 2
    keys = {request.headers["x-idempotency-key"] for request in recorder.requests}
    assert len(keys) == 1
    bodies = {request.content for request in recorder.requests}
    assert len(bodies) == 1
    assert len(sleeps) == 1


def test_user_key_is_reused_on_retries(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(httpx.ConnectError("reset"), ok({}, status=503), ok(OTP_OK))
    cf = make_client(mode, recorder, sleeps)
    run(cf.payments.submit_otp("1", "111000", idempotency_key="mine"))
    assert [r.headers["x-idempotency-key"] for r in recorder.requests] == ["mine", "mine", "mine"]


def test_gets_are_retried_without_a_key(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"), ok([]))
    cf = make_client(mode, recorder, sleeps)
    assert run(cf.payments.list("o1")) == []
    assert all("x-idempotency-key" not in r.headers for r in recorder.requests)
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422])
def test_client_errors_are_not_retried(mode: str, sleeps: Sleeps, status: int) -> None:
    recorder = Recorder(ok({"message": "no"}, status=status))
    cf = make_client(mode, recorder, sleeps)
    with pytest.raises(Exception, match="no"):
        run(cf.payments.list("o1"))
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_gives_up_after_max_retries(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(ok({"message": "down"}, status=500))
    cf = make_client(mode, recorder, sleeps, max_retries=3)
    with pytest.raises(InternalServerError):
        run(cf.payments.list("o1"))
    assert len(recorder.requests) == 4
    assert len(sleeps) == 3


def test_connection_errors_then_give_up(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(httpx.ConnectError("refused"))
    cf = make_client(mode, recorder, sleeps)
    with pytest.raises(APIConnectionError):
        run(cf.payments.submit_otp("1", "111000"))
    assert len(recorder.requests) == 3


def test_timeouts_then_give_up(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(httpx.ConnectTimeout("slow"))
    cf = make_client(mode, recorder, sleeps, max_retries=1)
    with pytest.raises(APITimeoutError):
        run(cf.payments.list("o1"))
    assert len(recorder.requests) == 2


def test_max_retries_zero_sends_once(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(ok({}, status=503))
    cf = make_client(mode, recorder, sleeps, max_retries=0)
    with pytest.raises(InternalServerError):
        run(cf.payments.list("o1"))
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_backoff_grows_exponentially_with_jitter(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(ok({}, status=500))
    cf = make_client(mode, recorder, sleeps, max_retries=5)
    cf._retry = RetryPolicy(max_retries=5, random=lambda: 0.0)
    with pytest.raises(InternalServerError):
        run(cf.payments.list("o1"))
    assert sleeps == [0.5, 1.0, 2.0, 4.0, 8.0]
    sleeps.clear()
    cf._retry = RetryPolicy(max_retries=2, random=lambda: 1.0)
    with pytest.raises(InternalServerError):
        run(cf.payments.list("o1"))
    assert sleeps == [0.375, 0.75]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"x-ratelimit-retry": "2"}, 2.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after": "3600"}, 60.0),
        ({"retry-after": "-5"}, 0.0),
    ],
)
def test_server_wait_is_honoured_and_capped(
    mode: str, sleeps: Sleeps, headers: dict[str, str], expected: float
) -> None:
    recorder = Recorder(ok({"message": "slow down"}, status=429, **headers), ok([]))
    cf = make_client(mode, recorder, sleeps)
    run(cf.payments.list("o1"))
    assert sleeps == [expected]


def test_retry_after_http_date() -> None:
    wait = retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert wait == 0.0  # in the past
    assert retry_after({"retry-after": "soon"}) is None
    assert retry_after({}) is None


def test_replayed_answer_is_not_retried(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(ok({"message": "stored"}, status=500, **{"x-idempotency-replayed": "true"}))
    cf = make_client(mode, recorder, sleeps)
    with pytest.raises(InternalServerError):
        run(cf.payments.submit_otp("1", "111000"))
    assert len(recorder.requests) == 1


def test_rate_limit_exhausted(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(ok({"message": "slow down"}, status=429, **{"x-ratelimit-retry": "1"}))
    cf = make_client(mode, recorder, sleeps)
    with pytest.raises(RateLimitError) as caught:
        run(cf.payments.list("o1"))
    assert caught.value.retry_after == 1.0
    assert sleeps == [1.0, 1.0]


def test_retries_are_logged(mode: str, sleeps: Sleeps, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="cashfree_facade")
    recorder = Recorder(ok({}, status=502, request_id="req_a"), ok(OTP_OK, request_id="req_b"))
    cf = make_client(mode, recorder, sleeps)
    run(cf.payments.submit_otp("1", "111000", idempotency_key="k-1"))
    retries = [r for r in caplog.records if r.levelno == logging.INFO]
    assert len(retries) == 1
    assert "Retrying POST /orders/pay/authenticate/1" in retries[0].getMessage()
    assert "k-1" in retries[0].getMessage()
    responses = [r for r in caplog.records if r.levelno == logging.DEBUG]
    assert [getattr(r, "cashfree_attempt", None) for r in responses] == [1, 2]
    assert [getattr(r, "cashfree_status", None) for r in responses] == [502, 200]
    assert [getattr(r, "cashfree_request_id", None) for r in responses] == ["req_a", "req_b"]
    assert "req_b" in responses[1].getMessage()
    assert all(r.name == "cashfree_facade" for r in caplog.records)


def test_bad_request_after_retry_is_raised(mode: str, sleeps: Sleeps) -> None:
    recorder = Recorder(ok({}, status=500), ok({"message": "bad", "code": "x"}, status=400))
    cf = make_client(mode, recorder, sleeps)
    with pytest.raises(BadRequestError):
        run(cf.payments.list("o1"))
