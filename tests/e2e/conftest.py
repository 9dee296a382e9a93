"""Fixtures of the end-to-end tests: the facade against the stateful mock, sync and async.

- ``server`` (in ``tests/conftest.py``): one ``MockServer`` for the whole run; tests reset it.
- ``harness``: parametrised ``sync`` / ``async``, see ``tests.support.harness``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cashfree_mock import MockServer
from tests.support.harness import Harness, harness_for


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest, server: MockServer) -> Iterator[Harness]:
    with harness_for(request.param, server) as h:
        yield h
