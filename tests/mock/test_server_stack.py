"""The server stack of MockServer and `python -m cashfree_mock`: httptools and uvloop, else h11 and asyncio."""

from __future__ import annotations

import importlib.util

import httpx
import pytest

from cashfree_mock import MockServer
from tests.support.mock_http import AUTH, check_response


def test_the_fastest_stack_is_the_default() -> None:
    server = MockServer()
    assert (server.http, server.loop) == ("httptools", "uvloop")  # both come with the mock extra


def test_h11_and_asyncio_are_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name: None if name in ("httptools", "uvloop") else find_spec(name),
    )
    server = MockServer()
    assert (server.http, server.loop) == ("h11", "asyncio")


def test_an_unknown_stack_is_refused() -> None:
    with pytest.raises(ValueError, match="httptools, h11"):
        MockServer(http="hyper")
    with pytest.raises(ValueError, match="uvloop, asyncio"):
        MockServer(loop="trio")


@pytest.mark.parametrize(("http", "loop"), [("httptools", "uvloop"), ("h11", "asyncio"), ("h11", "uvloop")])
def test_every_stack_serves_the_api(http: str, loop: str) -> None:
    headers = AUTH
    with MockServer(http=http, loop=loop) as server, httpx.Client(base_url=server.base_url, headers=headers) as client:
        created = client.post("/orders", json={"order_amount": 1, "order_currency": "INR"})
        check_response("createOrder", created)
        listed = client.get(f"/orders/{created.json()['order_id']}/payments")
        assert (listed.status_code, listed.json()) == (200, [])
