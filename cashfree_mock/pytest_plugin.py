"""pytest fixtures for testing a Cashfree integration against the simulator (docs/testing.md).

Installed with the ``mock`` extra and registered under the ``pytest11`` entry point, so the fixtures are
there in every test without a conftest line:

- ``cashfree_mock``: a ``MockControl`` of one simulator served on a free loopback port for the whole
  session and reset before each test (``base_url``, ``client_id``, ``client_secret``, ``complete_payment``,
  ``webhooks()``, ``forward_webhooks_to``, ``advance_clock`` ...);
- ``cashfree_client`` / ``async_cashfree_client``: a ``Cashfree`` / ``AsyncCashfree`` bound to it;
- ``cashfree_mock_options``: the ``MockServer`` options, a session fixture to override in a conftest.

Its simulator retries a failed webhook after 60, 120 and 240 seconds of its own clock (``RETRY_DELAYS``):
a retry happens when a test calls ``advance_clock``, so counts of attempts are the same on any machine.

It imports the simulator only; the client is imported inside its fixtures, when a test asks for one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from cashfree_facade import AsyncCashfree, Cashfree

    from ._remote import MockControl
    from ._server import MockServer

# Retries fall due only when a test moves the simulator's clock (advance_clock), never while it runs on
# its own: a test that counts attempts gets the same count on a fast and a loaded machine.
RETRY_DELAYS = (60.0, 120.0, 240.0)
_MISSING = "the cashfree_mock fixtures need the simulator's dependencies: pip install 'cashfree-pg-client[mock]'"

__all__ = [
    "async_cashfree_client",
    "cashfree_client",
    "cashfree_mock",
    "cashfree_mock_options",
    "cashfree_mock_server",
]


@pytest.fixture(scope="session")
def cashfree_mock_options() -> dict[str, Any]:
    """Keyword arguments of the session's ``MockServer``. Override it in a conftest.py, for example::

    @pytest.fixture(scope="session")
    def cashfree_mock_options():
        return {"client_secret": "my_test_secret", "rate_limits": True}
    """
    return {}


@pytest.fixture(scope="session")
def cashfree_mock_server(cashfree_mock_options: dict[str, Any]) -> Iterator[MockServer]:
    """The simulator, served on 127.0.0.1 and a free port for the whole test session."""
    try:
        from ._server import MockServer
    except ImportError as exc:  # the mock extra is not installed
        missing = f"{_MISSING} ({exc})"
    else:
        missing = ""
    if missing:
        pytest.fail(missing, pytrace=False)
    # "critical": uvicorn would log every injected dropped connection as an ASGI error.
    options = {"log_level": "critical", "webhook_retry_delays": RETRY_DELAYS, **cashfree_mock_options}
    with MockServer(**options) as server:
        yield server


@pytest.fixture(scope="session")
def _cashfree_mock_control(cashfree_mock_server: MockServer) -> Iterator[MockControl]:
    with cashfree_mock_server.control() as control:
        yield control


@pytest.fixture
def cashfree_mock(_cashfree_mock_control: MockControl) -> MockControl:
    """The session's simulator, reset for this test (state, faults, webhooks, forward URL, clock)."""
    _cashfree_mock_control.reset()
    return _cashfree_mock_control


@pytest.fixture
def cashfree_client(cashfree_mock: MockControl) -> Iterator[Cashfree]:
    """A ``Cashfree`` client with the simulator's credentials and base URL."""
    from cashfree_facade import Cashfree

    with Cashfree(cashfree_mock.client_id, cashfree_mock.client_secret, base_url=cashfree_mock.base_url) as client:
        yield client


@pytest.fixture
def async_cashfree_client(cashfree_mock: MockControl) -> AsyncCashfree:
    """An ``AsyncCashfree`` client bound to the simulator, for any event loop (asyncio, anyio, trio).

    A plain fixture, so it needs no async plugin. Its pool keeps no idle connection: every connection
    closes within the test's own event loop, and there is nothing left to close after it has ended.
    """
    import httpx

    from cashfree_facade import AsyncCashfree

    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0), timeout=httpx.Timeout(60, connect=5))
    return AsyncCashfree(
        cashfree_mock.client_id, cashfree_mock.client_secret, base_url=cashfree_mock.base_url, http_client=http
    )
