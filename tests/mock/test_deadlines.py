"""Body deadlines (`cashfree_mock._deadlines`): how long a request body may take to arrive.

The deadlines are kept by a sweep per event loop rather than a timer per request: these tests hold the
sweep to what a timer per request gave, on any number of reads, loops and cancellations.
"""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Awaitable, Callable

import pytest
from starlette.types import Message

from cashfree_mock._deadlines import BodyDeadlines, now

BODY: Message = {"type": "http.request", "body": b"{}", "more_body": False}
SECONDS = 0.04  # the sweep runs every 10 ms

pytestmark = pytest.mark.anyio


async def _arrives() -> Message:
    return BODY


async def _never() -> Message:
    await asyncio.Event().wait()
    raise AssertionError("unreachable")


def _after(delay: float) -> Callable[[], Awaitable[Message]]:
    async def receive() -> Message:
        await asyncio.sleep(delay)
        return BODY

    return receive


async def test_a_body_that_arrives_in_time_is_read() -> None:
    deadlines = BodyDeadlines(SECONDS)
    assert await deadlines.receive(_arrives, now() + SECONDS) == BODY
    assert await deadlines.receive(_after(0.001), now() + SECONDS) == BODY


async def test_a_body_that_never_arrives_ends_within_the_deadline_and_one_sweep() -> None:
    deadlines = BodyDeadlines(SECONDS)
    started = now()
    async with asyncio.timeout(5):  # before the sweep existed this would hang, not fail
        assert await deadlines.receive(_never, started + SECONDS) is None
    assert now() - started >= SECONDS
    task = asyncio.current_task()
    assert task is not None
    assert task.cancelling() == 0  # the cancellation was taken back


async def test_concurrent_reads_each_keep_their_own_deadline() -> None:
    deadlines = BodyDeadlines(SECONDS)
    start = now()
    results = await asyncio.gather(
        deadlines.receive(_never, start + SECONDS),
        deadlines.receive(_after(0.01), start + SECONDS),
        deadlines.receive(_never, start + 3 * SECONDS),
        deadlines.receive(_arrives, start),  # already due, but what has arrived is read
    )
    assert list(results) == [None, BODY, None, BODY]


async def test_someone_elses_cancellation_is_not_turned_into_a_timeout() -> None:
    deadlines = BodyDeadlines(SECONDS)
    read = asyncio.create_task(deadlines.receive(_never, now() + 60))
    await asyncio.sleep(0.01)
    read.cancel()
    with pytest.raises(asyncio.CancelledError):
        await read


async def test_a_read_after_an_expired_one_is_not_cancelled() -> None:
    deadlines = BodyDeadlines(SECONDS)
    assert await deadlines.receive(_never, now() + SECONDS) is None
    # The same task reads again (a second request on a keep-alive connection runs in a new task,
    # but a caller may loop): nothing of the first expiry is left to cancel this one.
    assert await deadlines.receive(_after(3 * SECONDS), now() + 60) == BODY


def test_each_event_loop_has_its_own_sweep_and_a_closed_loop_is_let_go() -> None:
    deadlines = BodyDeadlines(SECONDS)

    async def one_read() -> Message | None:
        return await deadlines.receive(_never, now() + SECONDS)

    loops = []
    for _ in range(3):  # a TestClient without `with` runs each request on a loop of its own
        loop = asyncio.new_event_loop()
        assert loop.run_until_complete(one_read()) is None
        loops.append(weakref.ref(loop))
        loop.close()
        del loop
    gc.collect()
    assert all(ref() is None for ref in loops)


def test_the_sweep_resolution_follows_the_timeout() -> None:
    assert BodyDeadlines(0.04).resolution == pytest.approx(0.01)
    assert BodyDeadlines(10).resolution == 1.0  # a long timeout is still swept every second
