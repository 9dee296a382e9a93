"""A client library for accessing Cashfree Payment Gateway"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

# The x-api-version this client was generated for: the spec's info.version.
API_VERSION = "2026-01-01"

__all__ = (
    "API_VERSION",
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    # The clients (and attrs, which they import) load on first use: a caller that needs only API_VERSION
    # or the models does not pay for them.
    if name in ("AuthenticatedClient", "Client"):
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
