"""MockServer: the simulator served by uvicorn on loopback, in a daemon thread; AppServer: any ASGI app so.

uvicorn runs on its fastest stack the mock extra brings: httptools (a C HTTP parser) and uvloop (a libuv
event loop), as uvicorn itself prefers them when present; h11 and asyncio stay as the fallback, and
``http="h11"`` / ``loop="asyncio"`` ask for them.
"""

from __future__ import annotations

import importlib.util
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Literal, Self

import uvicorn
from starlette.applications import Starlette
from starlette.types import ASGIApp
from uvicorn.config import LOG_LEVELS

from ._access import host_name
from ._app import DEFAULT_BODY_TIMEOUT, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, Clock, create_app
from ._delivery import DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CAPACITY, DEFAULT_RETRY_DELAYS
from ._remote import MockControl
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


class AppServer:
    """Serve an ASGI app with uvicorn on 127.0.0.1 (a free port unless one is given), in a daemon thread.

    For tests that need a real HTTP server, such as a webhook receiver the simulator delivers to:

    >>> with AppServer(my_starlette_app) as shop:
    ...     cashfree_mock.forward_webhooks_to(shop.url + "/cashfree/webhook")
    """

    _lifespan: Literal["auto", "on"] = "auto"  # run the app's startup and shutdown when it has them

    def __init__(
        self,
        app: ASGIApp,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
        http: str = "auto",
        loop: str = "auto",
    ) -> None:
        self.app = app
        self._host = host
        self._port = port
        self._log_level = log_level
        self.http = _pick(http, HTTP_STACKS, "httptools", "h11")
        self.loop = _pick(loop, LOOP_STACKS, "uvloop", "asyncio")
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The root URL: ``http://127.0.0.1:PORT``."""
        return f"http://{self._host}:{self._port}"

    def _bind(self) -> tuple[uvicorn.Server, socket.socket]:
        if self._server is not None:
            raise RuntimeError(f"{type(self).__name__} is already running")
        # Bind here, so port 0 resolves to the real port before uvicorn runs.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted connections inherit this: without it uvicorn's separate writes of the head and
        # the body meet Nagle's algorithm and the client's delayed ACK, 40 ms per request.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self._host, self._port))
        self._port = sock.getsockname()[1]
        # uvicorn formats each access line's fields before its logger drops them: without access lines
        # at this level (above info), no access log at all.
        access_log = LOG_LEVELS.get(self._log_level.lower(), logging.INFO) <= logging.INFO
        config = uvicorn.Config(
            self.app,
            log_level=self._log_level,
            access_log=access_log,
            lifespan=self._lifespan,
            http=self.http,
            loop=self.loop,
        )
        self._server = uvicorn.Server(config)
        return self._server, sock

    def serve_forever(self, on_bound: Callable[[Self], None] | None = None) -> None:
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

    def start(self) -> Self:
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
                raise RuntimeError(f"the {type(self).__name__} did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=_START_TIMEOUT)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()


class MockServer(AppServer):
    """Serve a fresh simulator on 127.0.0.1 (a free port unless one is given) for sync clients.

    >>> with MockServer() as server:
    ...     httpx.post(server.base_url + "/orders", ...)
    """

    app: Starlette
    _lifespan: Literal["auto", "on"] = "on"

    def __init__(
        self,
        *,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        rate_limits: bool = False,
        clock: Clock | None = None,
        webhook_url: str | None = None,
        webhook_allow_hosts: Iterable[str] = (),
        webhook_retry_delays: Iterable[float] = DEFAULT_RETRY_DELAYS,
        webhook_timeout: float = DEFAULT_ATTEMPT_TIMEOUT,
        webhook_capacity: int = DEFAULT_CAPACITY,
        replay_faults: bool = False,
        allow_hosts: Iterable[str] = (),
        control_token: str | None = None,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
        http: str = "auto",
        loop: str = "auto",
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.control_token = control_token
        app = create_app(
            client_id=client_id,
            client_secret=client_secret,
            rate_limits=rate_limits,
            clock=clock,
            webhook_url=webhook_url,
            webhook_allow_hosts=webhook_allow_hosts,
            webhook_retry_delays=webhook_retry_delays,
            webhook_timeout=webhook_timeout,
            webhook_capacity=webhook_capacity,
            replay_faults=replay_faults,
            allow_hosts=[*allow_hosts, *_served_names(host)],
            control_token=control_token,
            body_timeout=body_timeout,
        )
        super().__init__(app, host=host, port=port, log_level=log_level, http=http, loop=loop)

    @property
    def url(self) -> str:
        """The root URL, where the control endpoints (/__mock/...) live."""
        return super().url

    @property
    def base_url(self) -> str:
        """The API's base URL, the counterpart of https://sandbox.cashfree.com/pg."""
        return self.url + API_PREFIX

    def control(self) -> MockControl:
        """A ``MockControl`` of this server: its control endpoints as methods (close it when done)."""
        return MockControl(
            self.url, client_id=self.client_id, client_secret=self.client_secret, control_token=self.control_token
        )


def _served_names(host: str) -> list[str]:
    """The host names the server answers under besides the ones any simulator accepts (see _access)."""
    if host_name(host) in {"0.0.0.0", "::", ""}:  # noqa: S104 - comparing, not binding
        return [socket.gethostname()]  # every interface: the machine's own name too
    return [host]
