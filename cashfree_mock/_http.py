"""HTTP plumbing shared by the API pipeline and the control endpoints: replies, routing, bodies."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from starlette.datastructures import URL
from starlette.requests import ClientDisconnect, Request
from starlette.types import Receive, Scope

from . import _json
from ._errors import ApiError, error_body
from ._validation import invalid_field

MAX_BODY_BYTES = 1 << 20
MAX_JSON_DEPTH = 64
# C0 controls and DEL: never echoed into a response header, where a server would refuse them (and
# drop the connection) or a client would read a line break as a header of its own.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass
class Reply:
    status: int
    content: str = ""  # JSON text, or HTML when media_type says so
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"
    drop: bool = False  # abort the connection mid-response (an injected fault)


# A page served beside the operations (the bank page): path params in, reply out.
Page = Callable[[dict[str, str]], Reply]


def json_reply(status: int, value: Any, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, _json.dumps(value), headers or {})


def error_reply(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Reply:
    return json_reply(status, error_body(status, code, message), headers)


@dataclass(frozen=True)
class Route(Generic[T_co]):
    method: str
    regex: re.Pattern[str]
    target: T_co


class Router(Generic[T]):
    """Matches (method, path) to a target; a known path with another method is 405, not 404."""

    def __init__(self, routes: list[Route[T]]) -> None:
        self.routes = routes
        # Matches without path parameters, remembered: only a route's own literal path gets here (and
        # that path with a final newline, which a regex's `$` lets through); capped all the same.
        self._literal: dict[tuple[str, str], T] = {}

    def match(self, method: str, path: str) -> tuple[T, dict[str, str]]:
        literal = self._literal.get((method, path))
        if literal is not None:
            return literal, {}
        allowed = []
        for route in self.routes:
            found = route.regex.match(path)
            if found:
                if route.method == method:
                    params = found.groupdict()
                    if not params and len(self._literal) < 4 * len(self.routes):
                        self._literal[method, path] = route.target
                    return route.target, params
                allowed.append(route.method)
        if allowed:
            allow = ", ".join(allowed)
            message = f"{method} is not allowed on {path}; use {allow}"
            raise ApiError(405, "method_not_allowed", message, {"allow": allow})
        raise ApiError(404, "path_not_found", f"no operation at {path}")


def request_headers(scope: Scope) -> dict[str, str]:
    """The request's headers as a dict, read once: the first of a repeated name wins, as in Starlette's Headers."""
    return {key.decode("latin-1"): value.decode("latin-1") for key, value in reversed(scope["headers"])}


# A path Starlette's URL would give back unchanged: it escapes ?, # and \, and the URL parser drops
# tabs and line breaks.
_PLAIN_PATH = re.compile(r"/[^?#\\\t\r\n]*\Z")


def request_path(request: Request) -> str:
    """`request.url.path`, without building the URL for the plain paths clients send."""
    path: str = request.scope["path"]
    return path if _PLAIN_PATH.match(path) else request.url.path


def base_url(scope: Scope, headers: Mapping[str, str], prefix: str) -> str:
    """`request.base_url` without its trailing slash, then `prefix`: the URL a response links under."""
    server = scope.get("server")
    root = scope.get("app_root_path", scope.get("root_path", ""))
    return _base_url(scope.get("scheme", "http"), tuple(server) if server else None, headers.get("host"), root, prefix)


@functools.lru_cache(maxsize=64)  # one entry per (host, server) a client uses; bounded against junk hosts
def _base_url(scheme: str, server: tuple[str, int] | None, host: str | None, root: str, prefix: str) -> str:
    scope = {
        "scheme": scheme,
        "server": server,
        "path": root if root.endswith("/") else root + "/",
        "query_string": b"",
        "headers": [] if host is None else [(b"host", host.encode("latin-1"))],
    }
    return str(URL(scope=scope)).rstrip("/") + prefix


def echoable(value: str) -> str:
    """A request header value made safe to send back in a response header (no edge spaces either)."""
    return _CONTROL_CHARACTERS.sub("", value).strip(" ")


def path_regex(template: str) -> re.Pattern[str]:
    """`/orders/{order_id}` as a regex capturing one path segment per parameter."""
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")


async def read_body(request: Request) -> bytes:
    """The raw body of a request whose body nothing has read yet (see read_request_body)."""
    return await read_request_body(request.receive, request.headers)


async def read_request_body(receive: Receive, headers: Mapping[str, str]) -> bytes:
    """The raw body, refused with 413 as soon as it passes the limit (declared or streamed)."""
    declared = headers.get("content-length", "")
    # The length check first: int() of thousands of digits raises (and costs) before any comparison.
    if declared.isdigit() and (len(declared) > len(str(MAX_BODY_BYTES)) or int(declared) > MAX_BODY_BYTES):
        raise ApiError(413, "request_too_large", f"the request body exceeds {MAX_BODY_BYTES} bytes")
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect
        if message["type"] != "http.request":
            continue
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise ApiError(413, "request_too_large", f"the request body exceeds {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def parse_json_body(headers: Mapping[str, str], raw: bytes, *, required: bool = True) -> Any:
    """The parsed body; an empty one is a 400, or None when not `required` (its content type still checked)."""
    if not raw and required:
        raise ApiError(400, "request_invalid", "a JSON request body is required")
    media = headers.get("content-type", "")
    if media != "application/json":  # what nearly every client sends, as is: no parsing for it
        media = media.split(";")[0].strip().lower()
    if media != "application/json" and not (media.startswith("application/") and media.endswith("+json")):
        raise ApiError(415, "content_type_invalid", "the request body must be sent as application/json")
    if not raw:
        return None
    try:
        body = _json.loads(raw)
    except _json.NumberError as exc:
        rule = f"must be a finite number that a double holds, in at most {_json.MAX_NUMBER_CHARS} characters"
        raise invalid_field(exc.path, rule) from None
    except (ValueError, RecursionError):
        raise ApiError(400, "request_invalid", "the request body is not valid JSON") from None
    # Fewer brackets than the limit cannot nest deeper than it: the walk is for the rare body with more.
    if raw.count(b"{") + raw.count(b"[") > MAX_JSON_DEPTH and _depth(body) > MAX_JSON_DEPTH:
        raise ApiError(400, "request_invalid", f"the request body is nested deeper than {MAX_JSON_DEPTH} levels")
    return body


def _depth(value: Any) -> int:
    """Nesting depth, computed without recursion (deep input must not overflow the stack)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (node.values() if isinstance(node, dict) else node))
    return deepest
