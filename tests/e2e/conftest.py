"""Fixtures of the end-to-end tests: the facade against the stateful mock, sync and async.

- ``server`` (in ``tests/conftest.py``): one ``MockServer`` for the whole run; tests reset it.
- ``harness``: parametrised ``sync`` / ``async-aiohttp`` / ``async-httpx``, see ``tests.support.harness``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cashfree_facade import _transports
from cashfree_mock import MockServer
from tests.support.harness import Harness, harness_for
from tests.support.replay import MODES, Mode


@pytest.fixture(params=MODES, ids=[mode.id for mode in MODES])
def harness(request: pytest.FixtureRequest, server: MockServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    mode: Mode = request.param
    if mode.transport == "httpx":  # the client then picks httpx's transport, as it does without aiohttp
        monkeypatch.setattr(_transports, "aiohttp_installed", lambda: False)
    with harness_for(mode, server) as h:
        assert h.mode == "sync" or h.cf.transport == mode.transport
        yield h
