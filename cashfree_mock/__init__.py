"""A stateful local simulator of the Cashfree Payment Gateway sandbox.

Its guide is docs/mock.md, installed with the package as ``cashfree_mock/docs/mock.md``;
``python -m cashfree_mock --help`` prints where it is.

It reads the OpenAPI spec itself and answers with plain JSON; it imports neither the client
(`cashfree_facade`) nor the generated code, so a mistake cannot hide on both sides.

The names below load on first use: the pytest plugin (`cashfree_mock.pytest_plugin`, registered for
every pytest run of an environment that has this package) must import even where the `mock` extra's
dependencies are missing, and say so only when a test asks for the simulator.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, create_app
    from ._remote import MockControl, MockControlError
    from ._server import AppServer, MockServer

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "AppServer",
    "MockControl",
    "MockControlError",
    "MockServer",
    "create_app",
]

_LAZY = {
    "DEFAULT_CLIENT_ID": "._app",
    "DEFAULT_CLIENT_SECRET": "._app",
    "create_app": "._app",
    "MockControl": "._remote",
    "MockControlError": "._remote",
    "MockServer": "._server",
    "AppServer": "._server",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
