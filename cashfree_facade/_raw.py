"""``raw_request``: any path of the API through the client's pipeline, for operations the spec lacks.

The request is an ordinary ``Call``: the client adds its credentials, ``x-api-version``, timeouts and
retries, a POST gets an idempotency key reused by every retry, and an error answer raises the usual
``APIStatusError``. What differs is the result, ``APIResponse``: the answer as sent, read when asked.

The path must stay under the base URL: the credentials go with every request, so an absolute URL,
``..``, an encoded slash or a query string hidden in the path is refused before anything is sent.
"""

from __future__ import annotations

import json as _json
import re
import urllib.parse
import uuid
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Final

import httpx

from cashfree_openapi.types import Unset

from ._operations import Call, _Operation
from ._redact import raised_clean

__all__ = ["APIResponse", "raw_call"]

METHODS: Final = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
# One or more "/segment"s of RFC 3986 path characters (percent escapes included, checked after).
_QUERY_VALUES: Final = (str, int, float)  # bool is an int; httpx sends it as true / false
_PATH: Final = re.compile(r"(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)+")


class APIResponse:
    """A ``raw_request`` answer (always 2xx: other statuses raise): status, headers, body, request id."""

    __slots__ = ("content", "headers", "request_id", "status_code")

    def __init__(self, status_code: int, headers: httpx.Headers, content: bytes) -> None:
        self.status_code = status_code
        self.headers = headers
        self.content = content
        self.request_id: str | None = headers.get("x-request-id")

    @classmethod
    def of(cls, response: httpx.Response) -> APIResponse:
        return cls(response.status_code, response.headers, response.content)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        """The body as JSON (numbers with a fraction as ``float``; ``json.JSONDecodeError`` if it is not JSON)."""
        return _json.loads(self.content)

    def __repr__(self) -> str:
        kind = self.headers.get("content-type", "-")
        return (
            f"APIResponse(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"content_type={kind!r}, bytes={len(self.content)})"
        )


def _method(method: object) -> str:
    if not isinstance(method, str) or method.upper() not in METHODS:
        raise ValueError(f"method: expected one of {', '.join(sorted(METHODS))}")
    return method.upper()


def _path(path: object) -> str:
    """A path under the base URL, such as ``/orders/order_1/settlements``; never another host or a parent."""
    if not isinstance(path, str):
        raise ValueError("path: expected a string such as '/orders/{order_id}/settlements'")
    if "://" in path or path.startswith("//"):
        raise ValueError("path: must be a path under the client's base URL, not a URL (credentials go with it)")
    if not _PATH.fullmatch(path):
        raise ValueError(
            "path: must start with '/' and hold only URL path characters, no empty segment, no '?' or '#' "
            "(query parameters go in params=; quote ids with urllib.parse.quote(value, safe=''))"
        )
    for segment in path.split("/")[1:]:
        try:
            plain = urllib.parse.unquote(segment, errors="strict")
        except UnicodeDecodeError:
            raise ValueError("path: a percent escape is not UTF-8") from None
        if plain in {".", ".."} or "/" in plain or "\\" in plain:
            raise ValueError("path: '.', '..' and encoded slashes are refused (the path must stay under the base URL)")
    return path


def _query(params: Mapping[str, Any] | None) -> str:
    if params is None:
        return ""
    if not isinstance(params, Mapping) or not all(isinstance(key, str) and key for key in params):
        raise ValueError("params: expected a mapping of non-empty names to values")
    for value in params.values():
        items = value if isinstance(value, list | tuple) else [value]
        if not all(item is None or isinstance(item, _QUERY_VALUES) for item in items):
            raise ValueError("params: values must be str, int, float, bool, None or lists of them")
    encoded = str(httpx.QueryParams(params))
    return f"?{encoded}" if encoded else ""


def _json_value(value: Any) -> Any:
    try:
        _json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        raise ValueError(
            "json: must be JSON (dict, list, str, int, float, bool, None; no NaN; amounts as int or float)"
        ) from None
    return value


def _not_parsed(data: Any, request_id: str | None) -> APIResponse:
    # The pipeline reads raw calls with ``Call.read``; a JSON-only parse would lose the status and headers.
    raise TypeError("raw_request results are read from the whole response")


@raised_clean  # the JSON body may hold anything: a refusal must not keep it reachable
def raw_call(
    method: str,
    path: str,
    *,
    json: Any,
    params: Mapping[str, Any] | None,
    base_url: str,
    api_version: str,
    options: Mapping[str, Any],
) -> Call[APIResponse]:
    """The ``Call`` of ``cf.raw_request``: checked path, query string, JSON body and request options."""
    verb = _method(method)
    target = _path(path) + _query(params)
    body = None if json is None else _json_value(json)
    # The final URL must be the base URL's host and scheme, under its path: a last guard for the credentials.
    base, full = httpx.URL(base_url), httpx.URL(base_url + target)
    if (full.scheme, full.host, full.port) != (base.scheme, base.host, base.port) or not full.path.startswith(
        base.path.rstrip("/") + "/"
    ):
        raise ValueError("path: must stay under the client's base URL")
    settings = dict(options)
    if verb == "POST" and settings.get("idempotency_key") is None:
        settings["idempotency_key"] = str(uuid.uuid4())  # one key per logical POST, reused by every retry

    def get_kwargs(
        *, x_api_version: str, x_request_id: str | Unset, x_idempotency_key: str | Unset, body: Any = None
    ) -> dict[str, Any]:
        headers = {"x-api-version": x_api_version}
        if not isinstance(x_request_id, Unset):
            headers["x-request-id"] = x_request_id
        if not isinstance(x_idempotency_key, Unset):
            headers["x-idempotency-key"] = x_idempotency_key
        if body is not None:
            headers["Content-Type"] = "application/json"
        return {"method": verb, "url": target, "headers": headers, "json": body}

    operation = _Operation("raw_request", "raw_request", get_kwargs, True, _not_parsed)
    call = operation.call(body=body, api_version=api_version, options=settings)
    return replace(call, read=APIResponse.of)
