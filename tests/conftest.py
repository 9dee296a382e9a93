"""Fixtures every test directory shares. Helpers are imported from ``tests.support`` by name, never from here.

- ``anyio_backend``: asyncio, for ``@pytest.mark.anyio`` tests.
- ``_no_cashfree_env`` (autouse): no ``CASHFREE_*`` variable of the developer's shell reaches a client.
- ``spec``: the loaded OpenAPI spec (a copy for the session).
- ``mode``: ``"sync"`` and ``"async"`` (on aiohttp's transport and on httpx's), for tests written once for
  both clients; see ``tests.support.replay``.
- ``sleeps``: a ``Sleeps`` recorder for the client's retry waits.
- ``clock``: a ``Clock`` the test moves by hand.
- ``server``: the pytest plugin's ``MockServer`` (real HTTP over loopback) for the whole run; a test resets it
  (``tests.support.harness.control(server, "POST", "/reset")``) before use.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from cashfree_facade import _transports
from cashfree_mock import MockServer

# The support modules assert on behalf of tests: let pytest explain their failures too.
pytest.register_assert_rewrite("tests.support")

from tests.support.fake_time import Clock, Sleeps  # noqa: E402
from tests.support.replay import MODES, Mode, close_replay_clients  # noqa: E402
from tests.support.spec import load_spec  # noqa: E402


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_cashfree_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CASHFREE_CLIENT_ID", "CASHFREE_CLIENT_SECRET", "CASHFREE_ENVIRONMENT", "CASHFREE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(params=MODES, ids=[mode.id for mode in MODES])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Mode]:
    """``"sync"``, or ``"async"`` on each transport ``AsyncCashfree`` can send with (``mode.transport``).

    On ``async-httpx`` a client that makes its own pool picks httpx's transport, as it does without aiohttp.
    """
    mode: Mode = request.param
    if mode.transport == "httpx":
        monkeypatch.setattr(_transports, "aiohttp_installed", lambda: False)
    yield mode
    close_replay_clients()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def server(cashfree_mock_server: MockServer) -> MockServer:
    # The pytest plugin's simulator (docs/testing.md): one server for these tests and those on its fixtures.
    return cashfree_mock_server
