"""Deadlines for request bodies, kept by one periodic sweep per event loop instead of a timer per request.

A client that starts a body and never finishes it must not hold its connection forever, so every
read of a body is bounded. A timer per request (asyncio.timeout) costs more than the rest of reading
a small body, which has almost always arrived before the first read. So a read only registers its
task and deadline, and one sweep every `resolution` seconds, on each event loop that has reads in
flight, cancels the overdue ones: a deadline is kept to within `resolution`. Off asyncio (trio,
through anyio) a read gets anyio's cancel scope instead.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from typing import Any, Final

import anyio
from starlette.types import Message, Receive

# The sweep's period: a quarter of the timeout, and at most this, so a short timeout stays short.
_MAX_RESOLUTION: Final = 1.0


# The clock deadlines are on, whatever the event loop: the monotonic clock asyncio's own loop reads.
now = time.monotonic


class BodyDeadlines:
    """The reads in flight, on every event loop the app runs on, and the sweeps that end overdue ones."""

    __slots__ = ("_expired", "_sweeping", "_waiting", "resolution")

    def __init__(self, seconds: float) -> None:
        self.resolution = min(_MAX_RESOLUTION, seconds / 4)
        # Shared by the loops (a served app has one; a TestClient runs its own in a thread): each
        # sweep touches only its own loop's tasks, and a loop is held weakly, so a closed one goes.
        self._waiting: dict[asyncio.Task[Any], float] = {}
        self._expired: set[asyncio.Task[Any]] = set()
        self._sweeping: weakref.WeakSet[asyncio.AbstractEventLoop] = weakref.WeakSet()

    async def receive(self, receive: Receive, deadline: float) -> Message | None:
        """The next message, or None when `deadline` (on `now()`'s clock) passes before it comes."""
        try:
            task = asyncio.current_task()
        except RuntimeError:  # not on asyncio (trio)
            task = None
        if task is None:
            with anyio.move_on_after(max(0.0, deadline - now())):
                return await receive()
            return None
        loop = task.get_loop()
        if loop not in self._sweeping:
            self._sweeping.add(loop)
            loop.call_later(self.resolution, self._sweep)
        cancelling = task.cancelling()
        self._waiting[task] = deadline
        try:
            return await receive()
        except asyncio.CancelledError:
            # Ours alone: a cancellation from anyone else (the server, the caller) goes on up.
            if task in self._expired and task.uncancel() <= cancelling:
                return None
            raise
        finally:
            del self._waiting[task]
            self._expired.discard(task)

    def _sweep(self) -> None:
        loop = asyncio.get_running_loop()
        moment = now()
        mine = [(task, deadline) for task, deadline in list(self._waiting.items()) if task.get_loop() is loop]
        for task, deadline in mine:
            if deadline <= moment and task not in self._expired:
                self._expired.add(task)
                task.cancel()
        if mine:
            loop.call_later(self.resolution, self._sweep)
        else:
            self._sweeping.discard(loop)
