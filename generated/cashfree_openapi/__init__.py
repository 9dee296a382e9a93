"""A client library for accessing Cashfree Payment Gateway"""

from .client import AuthenticatedClient, Client

# The x-api-version this client was generated for: the spec's info.version.
API_VERSION = "2026-01-01"

__all__ = (
    "API_VERSION",
    "AuthenticatedClient",
    "Client",
)
