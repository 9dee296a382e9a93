"""Fixtures of the mock's own tests: raw HTTP to the ASGI app in-process (helpers in ``tests.support.mock_http``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from tests.support.fake_time import Clock
from tests.support.mock_http import asgi_client


@pytest.fixture
def make_client() -> Callable[..., httpx.AsyncClient]:
    """Build a client on a fresh mock app with the given ``create_app`` options."""
    return asgi_client


@pytest.fixture
async def client(clock: Clock, make_client: Callable[..., httpx.AsyncClient]) -> AsyncIterator[httpx.AsyncClient]:
    async with make_client(clock=clock) as c:
        yield c
