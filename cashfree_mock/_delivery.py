"""Webhook delivery: each event POSTed to its destination, at least once, off the API's response path.

One worker thread per simulator sends the attempts that are due, in order, with its own small httpx
client (redirects never followed, proxies from the environment ignored). A failed attempt (a non-2xx
answer, a redirect, a connection error or a timeout) is retried after the next delay of the schedule.
Due times are read on the simulator's clock: with a clock that tests move (`advance_clock`), retries
fall due when the test moves time, and `wait_idle` lets the test wait until they have been sent.

Every event and attempt is kept, newest last, up to `capacity` events (the oldest go first).
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final
from urllib.parse import urlsplit

import httpx

from ._ids import uuid4_text
from ._state import IST

logger = logging.getLogger("cashfree_mock.webhooks")

# Gaps before the 3 retries: every attempt of an event within 7 s of the first when the receiver answers.
DEFAULT_RETRY_DELAYS: Final = (1.0, 2.0, 4.0)
DEFAULT_ATTEMPT_TIMEOUT: Final = 5.0
DEFAULT_CAPACITY: Final = 1000
# How long the worker sleeps at most between looks at the clock: an injected clock may move without
# telling anyone (`advance_clock` does tell, and wakes it at once).
_POLL_SECONDS: Final = 0.5
_MAX_SECONDS: Final = 86400.0

Clock = Callable[[], datetime]
# (body, timestamp in epoch ms, attempt number, idempotency key) -> the headers of that attempt.
HeaderFactory = Callable[[str, str, int, str], dict[str, str]]


def ist_ms(moment: datetime) -> str:
    return moment.astimezone(IST).isoformat(timespec="milliseconds")


@dataclass
class Attempt:
    number: int
    at: datetime
    url: str
    status: int | None = None  # the receiver's HTTP status, when it answered
    error: str | None = None  # why the attempt failed, when it did

    def as_json(self) -> dict[str, Any]:
        return {
            "attempt": self.number,
            "at": ist_ms(self.at),
            "url": self.url,
            "status": self.status,
            "error": self.error,
        }


@dataclass
class Event:
    """One webhook event: the body signed on every attempt, and what happened to each attempt."""

    id: int
    type: str
    body: str
    created_at: datetime
    notify_url: str | None
    idempotency_key: str = field(default_factory=lambda: uuid4_text())
    status: str = "pending"  # pending, delivered, failed, no_destination, refused
    attempts: list[Attempt] = field(default_factory=list)
    next_attempt_at: datetime | None = None
    retries_left: int = 0
    first_headers: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "status": self.status,
            "created_at": ist_ms(self.created_at),
            "notify_url": self.notify_url,
            "idempotency_key": self.idempotency_key,
            "next_attempt_at": ist_ms(self.next_attempt_at) if self.next_attempt_at else None,
            "attempts": [attempt.as_json() for attempt in self.attempts],
            "headers": self.first_headers,
            "body": self.body,
        }


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def destination_refusal(url: str, allowed_hosts: Collection[str]) -> str | None:
    """Why the simulator will not send to ``url``, or None when it will (loopback, or an allowed host)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return "the URL cannot be parsed"
    if parts.scheme not in {"http", "https"} or not host:
        return "only http:// and https:// URLs with a host are supported"
    if is_loopback(host) or host.lower() in allowed_hosts:
        return None
    return f"host {host!r} is neither loopback nor allowed (start the simulator with --webhook-allow-host {host})"


class WebhookDispatcher:
    """Delivers and records the webhook events of one simulator (thread-safe)."""

    def __init__(
        self,
        *,
        clock: Clock,
        headers: HeaderFactory,
        signing_clock: Clock | None = None,
        retry_delays: Iterable[float] = DEFAULT_RETRY_DELAYS,
        attempt_timeout: float = DEFAULT_ATTEMPT_TIMEOUT,
        capacity: int = DEFAULT_CAPACITY,
        forward_url: str | None = None,
        allowed_hosts: Iterable[str] = (),
    ) -> None:
        self._clock = clock
        # x-webhook-timestamp is checked against the merchant's clock, which advance_clock does not move.
        self._signing_clock = signing_clock or clock
        self._headers = headers
        self.retry_delays = tuple(float(delay) for delay in retry_delays)
        if not all(0 <= delay <= _MAX_SECONDS for delay in self.retry_delays):  # NaN fails too
            raise ValueError(f"webhook retry delays must be from 0 to {_MAX_SECONDS:g} seconds")
        if not 0 < attempt_timeout <= _MAX_SECONDS:
            raise ValueError(f"the webhook attempt timeout must be more than 0 and at most {_MAX_SECONDS:g} seconds")
        if capacity < 1:
            raise ValueError("the webhook record capacity must be >= 1")
        self.attempt_timeout = attempt_timeout
        self.capacity = capacity
        self.allowed_hosts = frozenset(host.lower() for host in allowed_hosts)
        self._initial_forward_url = forward_url
        self.forward_url = forward_url
        if forward_url is not None:
            self._check_forward_url(forward_url)
        self._events: OrderedDict[int, Event] = OrderedDict()
        self._next_id = 1
        self._in_flight = 0
        self._changed = threading.Condition()
        self._worker: threading.Thread | None = None
        self._stopping = False
        self._http: httpx.Client | None = None

    # ---------------------------------------------------------------- what the simulator calls

    def enqueue(self, kind: str, body: str, *, notify_url: str | None, at: datetime) -> Event:
        """Record a new event and schedule its first attempt now; never blocks on the network."""
        with self._changed:
            event = Event(self._next_id, kind, body, at, notify_url)
            self._next_id += 1
            event.retries_left = len(self.retry_delays)
            event.first_headers = self._headers(body, _stamp(self._signing_clock()), 1, event.idempotency_key)
            self._events[event.id] = event
            while len(self._events) > self.capacity:
                self._events.popitem(last=False)
            if self.forward_url is None and notify_url is None:
                # Nowhere to send it: recorded so at once, without a worker thread (a load test whose
                # orders carry no notify_url records one such event per payment). `resend` still sends
                # it once a forward URL is set.
                event.status = "no_destination"
                return event
            self._schedule(event, at)
            return event

    def resend(self, event_id: int) -> Event | None:
        """Send a recorded event once more, now (no retries after it); None when there is no such event."""
        with self._changed:
            event = self._events.get(event_id)
            if event is None:
                return None
            event.retries_left = 0
            self._schedule(event, self._clock())
            return event

    def set_forward_url(self, url: str | None) -> None:
        if url is not None:
            self._check_forward_url(url)
        with self._changed:
            self.forward_url = url

    def reset(self) -> None:
        """Forget every event and pending attempt; the forward URL goes back to the one given at start."""
        with self._changed:
            self._events.clear()
            self.forward_url = self._initial_forward_url
            self._changed.notify_all()

    def wake(self) -> None:
        """The clock moved: look again at what is due."""
        with self._changed:
            self._changed.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no attempt is due now or in flight (at most ``timeout`` seconds); False on time-out."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._in_flight or self._due(self._clock()):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(min(left, _POLL_SECONDS))
            return True

    def __len__(self) -> int:
        with self._changed:
            return len(self._events)

    def get(self, event_id: int) -> dict[str, Any] | None:
        with self._changed:
            event = self._events.get(event_id)
            return None if event is None else event.as_json()

    def page(self, *, after: int, limit: int) -> tuple[list[dict[str, Any]], bool]:
        """Events with an id above ``after``, oldest first, at most ``limit``; and whether more follow."""
        with self._changed:
            newer = [event for event_id, event in self._events.items() if event_id > after]
            return [event.as_json() for event in newer[:limit]], len(newer) > limit

    def close(self) -> None:
        """Stop the worker (after the attempt in flight, if any); later events are recorded, not sent."""
        with self._changed:
            self._stopping = True
            self._changed.notify_all()
            worker = self._worker
        if worker is not None and worker is not threading.current_thread():
            worker.join(timeout=self.attempt_timeout + 1)
        if self._http is not None:
            self._http.close()
            self._http = None

    # ---------------------------------------------------------------- scheduling (hold self._changed)

    def _check_forward_url(self, url: str) -> None:
        refusal = destination_refusal(url, self.allowed_hosts)
        if refusal is not None:
            raise ValueError(f"webhook URL {url!r}: {refusal}")

    def _schedule(self, event: Event, at: datetime) -> None:
        event.status = "pending"
        event.next_attempt_at = at
        self._changed.notify_all()
        if self._worker is None and not self._stopping:
            self._worker = threading.Thread(target=self._run, name="cashfree-mock-webhooks", daemon=True)
            self._worker.start()

    def _due(self, now: datetime) -> Event | None:
        for event in self._events.values():
            if event.next_attempt_at is not None and event.next_attempt_at <= now:
                return event
        return None

    def _pending(self) -> bool:
        return any(event.next_attempt_at is not None for event in self._events.values())

    def _until_next(self, now: datetime) -> float:
        waits = [(e.next_attempt_at - now).total_seconds() for e in self._events.values() if e.next_attempt_at]
        return min([_POLL_SECONDS, *waits])

    # ---------------------------------------------------------------- the worker

    def _run(self) -> None:
        while True:
            with self._changed:
                while True:
                    now = self._clock()
                    event = self._due(now)
                    if event is not None and not self._stopping:
                        break
                    if self._stopping or not self._pending():
                        # Nothing left to send: the thread ends, and the next event starts another.
                        self._worker = None
                        self._changed.notify_all()
                        return
                    self._changed.wait(max(self._until_next(now), 0.01))
                url = self.forward_url or event.notify_url
                event.next_attempt_at = None
                if url is None:
                    event.status = "no_destination"
                    self._changed.notify_all()
                    continue
                refusal = destination_refusal(url, self.allowed_hosts)
                if refusal is not None:
                    event.status = "refused"
                    event.attempts.append(Attempt(len(event.attempts) + 1, now, url, error=refusal))
                    logger.warning("webhook %s not sent to %s: %s", event.id, url, refusal)
                    self._changed.notify_all()
                    continue
                attempt = Attempt(len(event.attempts) + 1, now, url)
                stamp = _stamp(self._signing_clock())
                headers = self._headers(event.body, stamp, attempt.number, event.idempotency_key)
                self._in_flight += 1
            try:
                self._send(attempt, event.body, headers)
            finally:
                with self._changed:
                    self._in_flight -= 1
                    self._settle(event, attempt)
                    self._changed.notify_all()

    def _send(self, attempt: Attempt, body: str, headers: dict[str, str]) -> None:
        if self._http is None:
            self._http = httpx.Client(follow_redirects=False, trust_env=False)
        try:
            response = self._http.post(
                attempt.url, content=body.encode("utf-8"), headers=headers, timeout=self.attempt_timeout
            )
        except httpx.TimeoutException:
            attempt.error = f"timeout after {self.attempt_timeout:g} s"
        except httpx.HTTPError as exc:
            attempt.error = f"connection error: {type(exc).__name__}"
        except Exception as exc:  # the worker must outlive anything one attempt throws
            logger.exception("webhook attempt to %s failed unexpectedly", attempt.url)
            attempt.error = f"error: {type(exc).__name__}"
        else:
            attempt.status = response.status_code
            if response.is_redirect:
                attempt.error = f"redirect to {response.headers.get('location', '?')} (not followed)"
            elif not response.is_success:
                attempt.error = f"HTTP {response.status_code}"

    def _settle(self, event: Event, attempt: Attempt) -> None:
        event.attempts.append(attempt)
        if attempt.error is None:
            event.status = "delivered"
        elif event.retries_left > 0:
            delay = self.retry_delays[len(self.retry_delays) - event.retries_left]
            event.retries_left -= 1
            event.next_attempt_at = attempt.at + timedelta(seconds=delay)
        else:
            event.status = "failed"
        logger.info(
            "webhook %s %s attempt %d to %s: %s",
            event.id,
            event.type,
            attempt.number,
            attempt.url,
            attempt.error or attempt.status,
        )


def _stamp(moment: datetime) -> str:
    return str(int(moment.timestamp() * 1000))
