"""Time and retries: one deadline per call on an injected clock, retries that follow Cashfree's idempotency
contract, errors that carry the idempotency key, and an async client that survives a second event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cashfree_facade import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncCashfree,
    BadRequestError,
    Cashfree,
    ConflictError,
    IdempotencyError,
    InternalServerError,
    RateLimitError,
)
from cashfree_facade import payment_methods as pm
from cashfree_facade._constants import DEFAULT_TOTAL_TIMEOUT
from cashfree_facade._retry import RetryPolicy
from tests.support.mock_transport import CLIENT_ID, CLIENT_SECRET, Recorder, make_client, ok, run

OTP_OK = {"cf_payment_id": "1", "action": "SUBMIT_OTP", "authenticate_status": "SUCCESS"}
UPI = pm.upi_collect("testsuccess@gocash")


class FakeClock:
    """A monotonic clock that only moves when the client sleeps or a handler says time passed."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sync_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sync_sleep(seconds)


def clocked(mode: str, recorder: Recorder, **options: Any) -> tuple[Any, FakeClock]:
    clock = FakeClock()
    cf = make_client(mode, recorder, **options)
    cf._clock = clock
    cf._sleep = clock.sync_sleep if mode == "sync" else clock.async_sleep
    return cf, clock


def slow(clock: FakeClock, seconds: float, answer: httpx.Response | Exception) -> Callable[[httpx.Request], Any]:
    """A handler whose answer takes ``seconds`` of the fake clock."""

    def handler(request: httpx.Request) -> httpx.Response:
        clock.now += seconds
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler


def rate_limited(wait: str) -> httpx.Response:
    return ok({"message": "too many requests", "type": "rate_limit_error"}, status=429, **{"x-ratelimit-retry": wait})


# ---------------------------------------------------------------------------------------------- the deadline
def test_the_issues_rate_limited_call_ends_at_its_deadline(mode: str) -> None:
    """timeout=5 and two Retry-After waits of 55 s took 110 s; with total_timeout=5 it raises at once."""
    recorder = Recorder(rate_limited("55"), rate_limited("55"), ok([]))
    cf, clock = clocked(mode, recorder)
    started = clock.now
    with pytest.raises(RateLimitError) as caught:
        run(cf.payments.list("order_1", timeout=5, total_timeout=5))
    assert caught.value.retry_after == 55.0
    assert clock.now - started == 0.0
    assert clock.sleeps == []
    assert len(recorder.requests) == 1


def test_the_default_deadline_allows_one_full_rate_limit_wait_never_two(mode: str) -> None:
    recorder = Recorder(rate_limited("55"), rate_limited("55"), ok([]))
    cf, clock = clocked(mode, recorder)
    started = clock.now
    with pytest.raises(RateLimitError) as caught:
        run(cf.payments.list("order_1", timeout=5))
    assert clock.sleeps == [55.0]
    assert caught.value.retry_after == 55.0
    assert clock.now - started <= DEFAULT_TOTAL_TIMEOUT
    assert cf.total_timeout == DEFAULT_TOTAL_TIMEOUT


def test_waits_that_fit_are_taken(mode: str) -> None:
    recorder = Recorder(rate_limited("20"), rate_limited("20"), ok([]))
    cf, clock = clocked(mode, recorder, total_timeout=45)
    assert run(cf.payments.list("order_1")) == []
    assert clock.sleeps == [20.0, 20.0]


def test_each_attempt_gets_at_most_the_time_left(mode: str) -> None:
    recorder = Recorder()
    cf, clock = clocked(mode, recorder, total_timeout=10.0, timeout=httpx.Timeout(60.0, connect=5.0))
    cf._retry = RetryPolicy(max_retries=3, random=lambda: 0.0)
    recorder.answers = [slow(clock, 3.0, ok({}, status=503)), slow(clock, 2.0, ok({}, status=503)), ok([])]
    run(cf.payments.list("order_1"))
    timeouts = [request.extensions["timeout"] for request in recorder.requests]
    assert timeouts[0] == {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    assert timeouts[1] == {"connect": 5.0, "read": 6.5, "write": 6.5, "pool": 6.5}  # 10 - 3 - 0.5 s backoff
    assert timeouts[2] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}  # 6.5 - 2 - 1 s backoff


def test_no_timeout_still_gets_the_time_left(mode: str) -> None:
    recorder = Recorder(ok([]))
    cf, _clock = clocked(mode, recorder, timeout=None, total_timeout=30.0)
    run(cf.payments.list("order_1"))
    assert recorder.last.extensions["timeout"] == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    run(cf.payments.list("order_1", total_timeout=None))
    assert recorder.last.extensions["timeout"] == {"connect": None, "read": None, "write": None, "pool": None}


def test_a_deadline_spent_by_slow_attempts_raises_a_timeout(mode: str) -> None:
    recorder = Recorder()
    cf, clock = clocked(mode, recorder, total_timeout=10.0)
    cf._retry = RetryPolicy(max_retries=5, random=lambda: 0.0)
    recorder.answers = [slow(clock, 6.0, httpx.ReadTimeout("slow")), slow(clock, 4.0, httpx.ReadTimeout("slow"))]
    with pytest.raises(APITimeoutError, match="total_timeout") as caught:
        run(cf.orders.pay("session_1", UPI))
    assert len(recorder.requests) == 2
    assert clock.now - 1000.0 <= 10.0 + 0.5
    assert caught.value.idempotency_key == recorder.last.headers["x-idempotency-key"]


def test_a_backoff_that_would_pass_the_deadline_is_not_slept(mode: str) -> None:
    recorder = Recorder()
    cf, clock = clocked(mode, recorder, total_timeout=2.0)
    cf._retry = RetryPolicy(max_retries=3, random=lambda: 0.0)
    recorder.answers = [slow(clock, 1.8, ok({"message": "down"}, status=503))]
    with pytest.raises(InternalServerError):
        run(cf.payments.list("order_1"))
    assert clock.sleeps == []  # 1.8 s spent, a 0.5 s wait would end past 2 s
    assert len(recorder.requests) == 1


def test_total_timeout_per_client_and_with_options(mode: str) -> None:
    cf = make_client(mode, Recorder(ok([])), total_timeout=12.5)
    assert cf.total_timeout == 12.5
    assert cf.with_options(total_timeout=None).total_timeout is None
    assert cf.with_options(max_retries=0).total_timeout == 12.5
    copy = cf.with_options(timeout=3)
    assert copy._clock is cf._clock
    assert "total_timeout=12.5" in repr(cf)


# ---------------------------------------------------------------------------------------------- the retry table
STORED: dict[str, str] = {"x-idempotency-replayed": "false"}
REPLAYED: dict[str, str] = {"x-idempotency-replayed": "true"}


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_post_answer_cashfree_stored_is_not_retried(mode: str, status: int) -> None:
    """Cashfree stores the first answer to a key, 5xx included: asking again would only replay it."""
    recorder = Recorder(ok({"message": "bank down"}, status=status, **STORED), ok(OTP_OK))
    cf, clock = clocked(mode, recorder)
    with pytest.raises(InternalServerError) as caught:
        run(cf.payments.submit_otp("1", "111000"))
    assert len(recorder.requests) == 1
    assert clock.sleeps == []
    assert caught.value.idempotency_replayed is False
    assert caught.value.idempotency_key == recorder.last.headers["x-idempotency-key"]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_a_post_5xx_from_in_front_of_the_store_is_retried_with_the_same_key(mode: str, status: int) -> None:
    recorder = Recorder(ok({"message": "gateway"}, status=status), httpx.Response(200, json=OTP_OK, headers=STORED))
    cf, _clock = clocked(mode, recorder)
    assert run(cf.payments.submit_otp("1", "111000")).authenticate_status == "SUCCESS"
    assert len({r.headers["x-idempotency-key"] for r in recorder.requests}) == 1
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("status", [408, 429])
def test_a_post_refused_before_it_ran_is_retried(mode: str, status: int) -> None:
    recorder = Recorder(ok({"message": "later"}, status=status, **STORED), ok(OTP_OK))
    cf, _clock = clocked(mode, recorder)
    assert run(cf.payments.submit_otp("1", "111000")).authenticate_status == "SUCCESS"
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_a_replayed_answer_is_final(mode: str, status: int) -> None:
    recorder = Recorder(ok({"message": "stored"}, status=status, **REPLAYED), ok(OTP_OK))
    cf, _clock = clocked(mode, recorder)
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the class follows the status
        run(cf.payments.submit_otp("1", "111000", idempotency_key="mine"))
    assert len(recorder.requests) == 1
    assert caught.value.idempotency_replayed is True  # type: ignore[attr-defined]
    assert caught.value.idempotency_key == "mine"  # type: ignore[attr-defined]


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429, 408])
def test_gets_retry_server_errors(mode: str, status: int) -> None:
    recorder = Recorder(ok({}, status=status), ok([]))
    cf, _clock = clocked(mode, recorder)
    assert run(cf.payments.list("order_1")) == []
    assert len(recorder.requests) == 2


@pytest.mark.parametrize(("status", "error"), [(409, ConflictError), (422, IdempotencyError), (400, BadRequestError)])
def test_final_client_errors_are_not_retried_and_carry_the_key(mode: str, status: int, error: type[Exception]) -> None:
    recorder = Recorder(ok({"message": "no"}, status=status, **STORED))
    cf, _clock = clocked(mode, recorder)
    with pytest.raises(error) as caught:
        run(cf.orders.create(order_amount=10, order_currency="INR", idempotency_key="create-1"))
    assert len(recorder.requests) == 1
    assert caught.value.idempotency_key == "create-1"  # type: ignore[attr-defined]
    assert caught.value.idempotency_replayed is False  # type: ignore[attr-defined]


class CashfreeLikeStore:
    """What Cashfree does with keys: the first answer to a key, a 500 included, is stored and replayed."""

    def __init__(self, first: httpx.Response) -> None:
        self.first = first
        self.stored: dict[str, tuple[int, bytes]] = {}
        self.executed = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        key = request.headers["x-idempotency-key"]
        if key in self.stored:
            status, content = self.stored[key]
            return httpx.Response(status, content=content, headers={"x-idempotency-replayed": "true"})
        self.executed += 1
        self.stored[key] = (self.first.status_code, self.first.content)
        return httpx.Response(self.first.status_code, content=self.first.content, headers=STORED)


def test_against_a_store_like_cashfrees_a_500_is_asked_once_and_replayed_later(mode: str) -> None:
    store = CashfreeLikeStore(ok({"message": "internal error", "code": "request_failed"}, status=500))
    recorder = Recorder(store)
    cf, clock = clocked(mode, recorder)
    with pytest.raises(InternalServerError) as first:
        run(cf.orders.pay("session_1", UPI))
    assert (len(recorder.requests), clock.sleeps, store.executed) == (1, [], 1)
    assert first.value.idempotency_replayed is False
    # Later, the caller retries the logical call with the key from the error: Cashfree replays the 500.
    with pytest.raises(InternalServerError) as again:
        run(cf.orders.pay("session_1", UPI, idempotency_key=first.value.idempotency_key))
    assert again.value.idempotency_replayed is True
    assert (len(recorder.requests), store.executed) == (2, 1)


# ---------------------------------------------------------------------------------------------- keys on errors
def test_every_error_of_a_post_carries_its_idempotency_key(mode: str) -> None:
    answers: list[Any] = [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        ok({"message": "bad"}, status=400),
        ok(["not", "an", "object"]),
        rate_limited("600"),
    ]
    for answer in answers:
        recorder = Recorder(answer)
        cf, _clock = clocked(mode, recorder, max_retries=0)
        with pytest.raises((APIConnectionError, BadRequestError, APIResponseValidationError, RateLimitError)) as caught:
            run(cf.orders.pay("session_1", UPI))
        sent = recorder.last.headers["x-idempotency-key"]
        error = caught.value
        assert isinstance(error, APIConnectionError | BadRequestError | APIResponseValidationError | RateLimitError)
        assert error.idempotency_key == sent
    recorder = Recorder(httpx.ConnectError("refused"))
    cf, _clock = clocked(mode, recorder, max_retries=0)
    with pytest.raises(APIConnectionError) as get_error:
        run(cf.payments.list("order_1"))
    assert get_error.value.idempotency_key is None


def test_a_connection_error_keeps_the_transport_error_type_without_its_request(mode: str) -> None:
    recorder = Recorder(httpx.ConnectError(f"refused for {CLIENT_SECRET}"))
    cf, _clock = clocked(mode, recorder, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        run(cf.payments.list("order_1"))
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ConnectError)
    assert CLIENT_SECRET not in str(cause)
    with pytest.raises(RuntimeError):
        _ = cause.request  # the request (headers with the secret, the body) is not kept
    assert cause.__traceback__ is None
    assert cause.__context__ is None


# ---------------------------------------------------------------------------------------------- event loops
def test_async_client_used_from_a_second_event_loop_with_a_user_client_raises_the_librarys_error() -> None:
    """A pool the caller passed in cannot be re-made: the error says why instead of httpx's RuntimeError."""
    from cashfree_facade import CashfreeError

    class LoopBound(httpx.AsyncBaseTransport):
        """Remembers the loop of its first request, as a real connection pool does."""

        def __init__(self) -> None:
            self.loop: asyncio.AbstractEventLoop | None = None

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            loop = asyncio.get_running_loop()
            if self.loop is not None and self.loop is not loop:
                raise RuntimeError("Event loop is closed")
            self.loop = loop
            return httpx.Response(200, json=[])

    cf = AsyncCashfree(CLIENT_ID, CLIENT_SECRET, http_client=httpx.AsyncClient(transport=LoopBound()))
    assert asyncio.run(cf.payments.list("order_1")) == []
    with pytest.raises(CashfreeError, match="event loop") as caught:
        asyncio.run(cf.payments.list("order_1"))
    assert not isinstance(caught.value, RuntimeError)
    assert caught.value.__context__ is None
    assert caught.value.__cause__ is None


def test_a_closed_client_raises_the_librarys_error_without_retrying() -> None:
    from cashfree_facade import CashfreeError

    recorder = Recorder(ok([]))
    cf = Cashfree(CLIENT_ID, CLIENT_SECRET, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    cf._http.close()
    with pytest.raises(CashfreeError, match="cannot send") as caught:
        cf.payments.list("order_1")
    assert not isinstance(caught.value, RuntimeError | APIConnectionError)
    assert recorder.requests == []


def test_sync_client_ignores_loops() -> None:
    recorder = Recorder(ok([]))
    cf = Cashfree(CLIENT_ID, CLIENT_SECRET, http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    assert cf.payments.list("order_1") == []
