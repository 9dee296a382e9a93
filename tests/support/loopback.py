"""A scripted HTTP/1.1 server on 127.0.0.1 for the transport tests: real sockets, answers chosen by the test.

Each request is parsed and handed to the test's handler, which returns the raw bytes to answer with, or
``None`` to drop the connection without an answer (it may sleep first, to stall). The server counts
connections, so that tests can see pooling, limits and closing from the other end of the socket.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field


@dataclass
class WireRequest:
    """A request as it arrived on the socket."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key.lower() == name), None)


Handler = Callable[[WireRequest], Awaitable[bytes | None]]


def http_response(
    status: int, body: bytes = b"", *, reason: str = "OK", headers: dict[str, str] | None = None
) -> bytes:
    head = [f"HTTP/1.1 {status} {reason}", f"content-length: {len(body)}"]
    head += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


@dataclass
class LoopbackServer:
    """Serves ``handler`` in a daemon thread with its own event loop; ``url`` once started."""

    handler: Handler
    tls: ssl.SSLContext | None = None
    requests: list[WireRequest] = field(default_factory=list)
    connections: int = 0  # accepted so far
    open_connections: int = 0
    most_open: int = 0
    port: int = field(init=False)
    url: str = field(init=False)

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._run, name="loopback-server", daemon=True)
        self._thread.start()
        self._started.wait(10)
        assert self._server is not None
        self.port = self._server.sockets[0].getsockname()[1]
        self.url = f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def start() -> None:
            self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.tls)
            self._started.set()

        self._loop.run_until_complete(start())
        self._loop.run_forever()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.open_connections += 1
        self.most_open = max(self.most_open, self.open_connections)
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    return
                self.requests.append(request)
                answer = await self.handler(request)
                if answer is None:
                    return
                writer.write(answer)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            return
        finally:
            self.open_connections -= 1
            writer.close()

    def stop(self) -> None:
        """Close the listening socket and every connection; idempotent."""
        if not self._thread.is_alive():
            return

        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop)
        self._thread.join(10)
        self._loop.close()


async def _read_request(reader: asyncio.StreamReader) -> WireRequest | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None  # the client closed the connection
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = [(name.strip(), value.strip()) for name, value in (line.split(":", 1) for line in lines[1:] if line)]
    length = next((int(value) for name, value in headers if name.lower() == "content-length"), 0)
    body = await reader.readexactly(length) if length else b""
    return WireRequest(method, target, headers, body)
