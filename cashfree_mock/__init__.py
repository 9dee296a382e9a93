"""A stateful local simulator of the Cashfree Payment Gateway sandbox.

Its guide is docs/mock.md, installed with the package as ``cashfree_mock/docs/mock.md``;
``python -m cashfree_mock --help`` prints where it is.

It reads the OpenAPI spec itself and answers with plain JSON; it imports neither the client
(`cashfree_facade`) nor the generated code, so a mistake cannot hide on both sides.
"""

from ._app import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, create_app
from ._server import MockServer

__all__ = ["DEFAULT_CLIENT_ID", "DEFAULT_CLIENT_SECRET", "MockServer", "create_app"]
