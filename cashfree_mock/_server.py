"""MockServer: the simulator served by uvicorn on loopback, in a daemon thread.

uvicorn runs on its fastest stack the mock extra brings: httptools (a C HTTP parser) and uvloop (a libuv
event loop), as uvicorn itself prefers them when present; h11 and asyncio stay as the fallback, and
``http="h11"`` / ``loop="asyncio"`` ask for them.
"""

from __future__ import annotations

import importlib.util
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType

import uvicorn
from starlette.applications import Starlette

from ._app import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Clock, create_app
from ._spec import API_PREFIX

_START_TIMEOUT = 10.0
HTTP_STACKS = ("auto", "httptools", "h11")
LOOP_STACKS = ("auto", "uvloop", "asyncio")


def _pick(choice: str, choices: tuple[str, ...], preferred: str, fallback: str) -> str:
    """``auto``: the preferred implementation when its module is importable, else the fallback."""
    if choice not in choices:
        raise ValueError(f"expected one of {', '.join(choices)}, got {choice!r}")
    if choice != "auto":
        return choice
    return preferred if importlib.util.find_spec(preferred) is not None else fallback


class MockServer:
    """Serve a fresh simulator on 127.0.0.1 (a free port unless one is given) for sync clients.

    >>> with MockServer() as server:
    ...     httpx.post(server.base_url + "/orders", ...)
    """

    def __init__(
        self,
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        rate_limits: bool = False,
        clock: Clock | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
        http: str = "auto",
        loop: str = "auto",
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.app: Starlette = create_app(
            client_id=client_id, client_secret=client_secret, rate_limits=rate_limits, clock=clock
        )
        self._host = host
        self._port = port
        self._log_level = log_level
        self.http = _pick(http, HTTP_STACKS, "httptools", "h11")
        self.loop = _pick(loop, LOOP_STACKS, "uvloop", "asyncio")
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The root URL, where the control endpoints (/__mock/...) live."""
        return f"http://{self._host}:{self._port}"

    @property
    def base_url(self) -> str:
        """The API's base URL, the counterpart of https://sandbox.cashfree.com/pg."""
        return self.url + API_PREFIX

    def _bind(self) -> tuple[uvicorn.Server, socket.socket]:
        if self._server is not None:
            raise RuntimeError("MockServer is already running")
        # Bind here, so port 0 resolves to the real port before uvicorn runs.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit this: without it uvicorn's separate writes of the head and
        # the body meet Nagle's algorithm and the client's delayed ACK, 40 ms per request.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self._host, self._port))
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level=self._log_level, lifespan="on", http=self.http, loop=self.loop)
        self._server = uvicorn.Server(config)
        return self._server, sock

    def serve_forever(self, on_bound: Callable[[MockServer], None] | None = None) -> None:
        """Serve in the calling thread until interrupted (what `python -m cashfree_mock` does).

        `on_bound` runs once the port is known, before the first request is accepted.
        """
        server, sock = self._bind()
        if on_bound is not None:
            on_bound(self)
        try:
            server.run(sockets=[sock])
        finally:
            self._server = None

    def start(self) -> MockServer:
        """Serve in a daemon thread; returns once the server accepts connections."""
        server, sock = self._bind()
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="cashfree-mock", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the cashfree mock server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=_START_TIMEOUT)
        self._server = self._thread = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
