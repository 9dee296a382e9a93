"""Time the tests control: no test sleeps or reads the wall clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cashfree_facade import AsyncCashfree, Cashfree


class Clock:
    """A clock the tests move by hand (the mock's ``clock=``)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Sleeps(list[float]):
    """Stands in for the client's sleep between retries: records the waits, never waits."""

    def sync(self, seconds: float) -> None:
        self.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.append(seconds)


def no_sleep(client: Cashfree | AsyncCashfree, sleeps: Sleeps | None = None) -> Sleeps:
    """Make ``client`` record its retry waits in ``sleeps`` (a new one by default) instead of sleeping."""
    sleeps = Sleeps() if sleeps is None else sleeps
    if isinstance(client, Cashfree):
        client._sleep = sleeps.sync
    else:
        client._sleep = sleeps.async_
    return sleeps
