"""A webhook receiver for tests: an HTTP server on loopback that records every request it gets and
answers from a script (a status, a redirect, or a hang past the sender's timeout); the last answer
repeats. Plain ``http.server``, so that the simulator's tests need neither the client nor the simulator."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

HANG = "hang"  # answer nothing until the receiver closes: the sender times out


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]  # lower-cased names
    body: bytes


class Receiver:
    """``with Receiver(500, 500, 200) as hook: ...`` then ``hook.url``, ``hook.requests``."""

    def __init__(self, *answers: int | str | tuple[int, str]) -> None:
        self.answers: list[int | str | tuple[int, str]] = list(answers) or [200]
        self.requests: list[Received] = []
        self._closing = threading.Event()
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = self.rfile.read(length)
                headers = {name.lower(): value for name, value in self.headers.items()}
                answer = receiver._next(Received(self.path, headers, body))
                if answer == HANG:
                    receiver._closing.wait(30)
                    return
                status, location = answer if isinstance(answer, tuple) else (int(answer), None)
                self.send_response(status)
                if location is not None:
                    self.send_header("location", location)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    def _next(self, request: Received) -> int | str | tuple[int, str]:
        with self._lock:
            self.requests.append(request)
            return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/hook"

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()
