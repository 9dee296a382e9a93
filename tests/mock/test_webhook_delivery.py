"""Webhook delivery: at least once, retried on the simulator's clock, recorded, loopback only.

The dispatcher runs against a real receiver on loopback; time moves on an injected clock, and
``wait_idle`` waits for the attempts that are due, so no test sleeps through a backoff.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from cashfree_mock._delivery import WebhookDispatcher, destination_refusal
from tests.support.webhook_receiver import HANG, Receiver

T0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)
BODY = json.dumps({"data": {}, "type": "PAYMENT_SUCCESS_WEBHOOK"})


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _headers(body: str, timestamp: str, attempt: int, key: str) -> dict[str, str]:
    return {"content-type": "application/json", "x-webhook-timestamp": timestamp, "x-webhook-attempt": str(attempt),
            "x-idempotency-key": key, "x-body-length": str(len(body))}  # fmt: skip


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def dispatcher(clock: Clock) -> Iterator[WebhookDispatcher]:
    hooks = WebhookDispatcher(clock=clock, headers=_headers, attempt_timeout=0.5)
    yield hooks
    hooks.close()


def _advance(hooks: WebhookDispatcher, clock: Clock, seconds: float) -> None:
    clock.now += timedelta(seconds=seconds)
    hooks.wake()
    assert hooks.wait_idle(10)


def _event(hooks: WebhookDispatcher, event_id: int = 1) -> dict[str, Any]:
    event = hooks.get(event_id)
    assert event is not None
    return event


def test_delivered_at_once_with_the_signed_headers(dispatcher: WebhookDispatcher) -> None:
    with Receiver(200) as hook:
        dispatcher.enqueue("PAYMENT_SUCCESS_WEBHOOK", BODY, notify_url=hook.url, at=T0)
        assert dispatcher.wait_idle(10)
        (request,) = hook.requests
    assert request.body == BODY.encode()
    assert request.headers["x-webhook-attempt"] == "1"
    assert request.headers["x-webhook-timestamp"] == str(int(T0.timestamp() * 1000))
    event = _event(dispatcher)
    assert event["status"] == "delivered"
    assert event["attempts"] == [
        {"attempt": 1, "at": "2026-03-01T15:30:00.000+05:30", "url": hook.url, "status": 200, "error": None}
    ]
    assert event["headers"]["x-idempotency-key"] == event["idempotency_key"] == request.headers["x-idempotency-key"]
    assert event["body"] == BODY


def test_retried_on_the_clock_with_the_same_key_until_a_2xx(dispatcher: WebhookDispatcher, clock: Clock) -> None:
    with Receiver(500, 503, 204) as hook:
        dispatcher.enqueue("PAYMENT_SUCCESS_WEBHOOK", BODY, notify_url=hook.url, at=T0)
        assert dispatcher.wait_idle(10)
        assert len(hook.requests) == 1
        event = _event(dispatcher)
        assert (event["status"], event["next_attempt_at"]) == ("pending", "2026-03-01T15:30:01.000+05:30")
        _advance(dispatcher, clock, 0.5)  # not due yet
        assert len(hook.requests) == 1
        _advance(dispatcher, clock, 0.5)
        assert len(hook.requests) == 2
        _advance(dispatcher, clock, 2)
        attempts = [r.headers["x-webhook-attempt"] for r in hook.requests]
        keys = {r.headers["x-idempotency-key"] for r in hook.requests}
        stamps = [int(r.headers["x-webhook-timestamp"]) for r in hook.requests]
    assert attempts == ["1", "2", "3"]
    assert len(keys) == 1
    assert stamps == [int((T0 + timedelta(seconds=s)).timestamp() * 1000) for s in (0, 1, 3)]  # signed when sent
    event = _event(dispatcher)
    assert event["status"] == "delivered"
    assert [(a["status"], a["error"]) for a in event["attempts"]] == [(500, "HTTP 500"), (503, "HTTP 503"), (204, None)]


def test_gives_up_after_the_retries_of_the_schedule(dispatcher: WebhookDispatcher, clock: Clock) -> None:
    with Receiver(500) as hook:
        dispatcher.enqueue("PAYMENT_FAILED_WEBHOOK", BODY, notify_url=hook.url, at=T0)
        assert dispatcher.wait_idle(10)
        for _ in range(5):
            _advance(dispatcher, clock, 10)
        assert len(hook.requests) == 4  # the default schedule: 3 retries
    event = _event(dispatcher)
    assert event["status"] == "failed"
    assert event["next_attempt_at"] is None
    gaps = [a["at"][17:23] for a in event["attempts"]]
    assert gaps == ["00.000", "10.000", "20.000", "30.000"]  # each retry as soon as it fell due on the clock


def test_the_default_schedule_sends_every_retry_within_ten_seconds(clock: Clock) -> None:
    hooks = WebhookDispatcher(clock=clock, headers=_headers)
    assert len(hooks.retry_delays) == 3
    assert sum(hooks.retry_delays) <= 10


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        ((302, "http://127.0.0.1:9/elsewhere"), "redirect to http://127.0.0.1:9/elsewhere (not followed)"),
        ((307, "/hook2"), "redirect to /hook2 (not followed)"),
        (HANG, "timeout after 0.5 s"),
        (404, "HTTP 404"),
    ],
)
def test_redirects_timeouts_and_errors_are_failures(
    dispatcher: WebhookDispatcher, clock: Clock, answer: Any, error: str
) -> None:
    with Receiver(answer, 200) as hook:
        dispatcher.enqueue("PAYMENT_SUCCESS_WEBHOOK", BODY, notify_url=hook.url, at=T0)
        assert dispatcher.wait_idle(10)
        _advance(dispatcher, clock, 1)
        assert [r.path for r in hook.requests] == ["/hook", "/hook"]  # the redirect was not followed
    first, second = _event(dispatcher)["attempts"]
    assert first["error"] == error
    assert second["status"] == 200


def test_a_connection_error_is_retried(dispatcher: WebhookDispatcher, clock: Clock) -> None:
    with Receiver(200) as hook:
        closed = hook.url
    dispatcher.enqueue("PAYMENT_SUCCESS_WEBHOOK", BODY, notify_url=closed, at=T0)
    assert dispatcher.wait_idle(10)
    event = _event(dispatcher)
    assert event["attempts"][0]["error"] == "connection error: ConnectError"
    assert event["status"] == "pending"


def test_forward_url_wins_and_resend_sends_once_more(dispatcher: WebhookDispatcher) -> None:
    with Receiver(200) as notify, Receiver(200) as forward:
        dispatcher.set_forward_url(forward.url)
        dispatcher.enqueue("PAYMENT_SUCCESS_WEBHOOK", BODY, notify_url=notify.url, at=T0)
        dispatcher.enqueue("PAYMENT_SUCCESS_WEBHOOK", BODY, notify_url=None, at=T0)
        assert dispatcher.wait_idle(10)
        assert (len(notify.requests), len(forward.requests)) == (0, 2)
        dispatcher.set_forward_url(None)
        assert dispatcher.resend(1) is not None
        assert dispatcher.wait_idle(10)
        assert len(notify.requests) == 1
        assert notify.requests[0].headers["x-webhook-attempt"] == "2"
        assert notify.requests[0].headers["x-idempotency-key"] == forward.requests[0].headers["x-idempotency-key"]
    assert dispatcher.resend(99) is None
    assert _event(dispatcher, 2)["status"] == "delivered"


def test_no_destination_and_refused_destinations_send_nothing(dispatcher: WebhookDispatcher) -> None:
    dispatcher.enqueue("PAYMENT_SUCCESS_WEBHOOK", BODY, notify_url=None, at=T0)
    dispatcher.enqueue("PAYMENT_SUCCESS_WEBHOOK", BODY, notify_url="https://merchant.example/hook", at=T0)
    assert dispatcher.wait_idle(10)
    assert _event(dispatcher, 1)["status"] == "no_destination"
    refused = _event(dispatcher, 2)
    assert refused["status"] == "refused"
    assert "'merchant.example' is neither loopback nor allowed" in refused["attempts"][0]["error"]
    assert refused["attempts"][0]["status"] is None
    with pytest.raises(ValueError, match="neither loopback nor allowed"):
        dispatcher.set_forward_url("http://10.0.0.1/hook")


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:8000/hook", True),
        ("http://127.9.9.9/hook", True),
        ("http://localhost:3000/cashfree", True),
        ("http://[::1]:8000/hook", True),
        ("https://LOCALHOST/hook", True),
        ("https://shop.test/hook", True),  # on the allow-list below
        ("https://evil.test/hook", False),
        ("http://169.254.169.254/latest/meta-data", False),
        ("http://10.1.2.3/hook", False),
        ("http://127.0.0.1.evil.test/hook", False),
        ("ftp://127.0.0.1/hook", False),
        ("http:///hook", False),
        ("http://127.0.0.1:99999/hook", False),
    ],
)
def test_destinations_are_loopback_or_allowed(url: str, allowed: bool) -> None:
    assert (destination_refusal(url, frozenset({"shop.test"})) is None) is allowed


def test_the_record_is_capped_and_paged(clock: Clock) -> None:
    hooks = WebhookDispatcher(clock=clock, headers=_headers, capacity=3)
    for _ in range(5):
        hooks.enqueue("PAYMENT_SUCCESS_WEBHOOK", BODY, notify_url=None, at=T0)
    assert hooks.wait_idle(10)
    assert len(hooks) == 3
    page, more = hooks.page(after=0, limit=2)
    assert ([e["id"] for e in page], more) == ([3, 4], True)
    page, more = hooks.page(after=4, limit=2)
    assert ([e["id"] for e in page], more) == ([5], False)
    hooks.reset()
    assert len(hooks) == 0
    hooks.close()


def test_bad_settings_are_refused(clock: Clock) -> None:
    for options, message in (
        ({"retry_delays": (1, -1)}, "retry delays"),
        ({"attempt_timeout": 0}, "timeout"),
        ({"capacity": 0}, "capacity"),
        ({"forward_url": "http://example.com/x"}, "neither loopback"),
    ):
        with pytest.raises(ValueError, match=message):
            WebhookDispatcher(clock=clock, headers=_headers, **options)
