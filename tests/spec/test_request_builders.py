"""The generated request builders the client relies on, pinned so a generator upgrade fails here.

`cashfree_facade` builds every request through the private `_get_kwargs` of a generated operation
module (paths, methods and headers then follow the spec). openapi-python-client does not promise
that function: this test pins, for every operation of the spec, the module it lives in, its
parameters (path ids positional in path order, then keyword-only body and header arguments) and
the request it returns, and checks the client uses exactly these functions.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any
from urllib.parse import quote

import pytest

from cashfree_facade import _operations as facade_operations
from cashfree_openapi.types import UNSET


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            yield path, method, op


def _module(op: dict[str, Any]) -> ModuleType:
    """Where the generator puts an operation: api/<first tag>/<operationId in snake case>."""
    return importlib.import_module(f"cashfree_openapi.api.{op['tags'][0].lower()}.{_snake(op['operationId'])}")


def _header_names(spec: dict[str, Any], op: dict[str, Any]) -> list[str]:
    params = spec["components"]["parameters"]
    resolved = [params[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in op["parameters"]]
    return [p["name"].replace("-", "_") for p in resolved if p["in"] == "header"]


def _find(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    return next(found for found in _operations(spec) if found[2]["operationId"] == operation_id)


class _StubBody:
    """Stands in for a request model: the builder only calls to_dict()."""

    def to_dict(self) -> dict[str, Any]:
        return {"sent": True}


@pytest.fixture(params=["createOrder", "payOrder", "getPayment", "createRefund", "getRefund", "terminateOrder"])
def operation_id(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


def test_every_operation_has_a_builder_with_the_pinned_signature(spec: dict[str, Any]) -> None:
    for path, _, op in _operations(spec):
        builder = _module(op)._get_kwargs
        params = list(inspect.signature(builder).parameters.values())
        path_ids = re.findall(r"\{(\w+)\}", path)
        positional = [p for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        keyword = {p.name: p for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY}
        assert [p.name for p in positional] == path_ids, op["operationId"]
        assert all(p.default is inspect.Parameter.empty for p in positional)
        expected = set(_header_names(spec, op)) | ({"body"} if "requestBody" in op else set())
        assert set(keyword) == expected, op["operationId"]
        assert len(params) == len(positional) + len(keyword), op["operationId"]
        # What the client passes: a required version, optional request id and idempotency key.
        assert keyword["x_api_version"].default is inspect.Parameter.empty
        assert keyword["x_request_id"].default is UNSET
        assert keyword["x_idempotency_key"].default is UNSET
        if "body" in keyword:
            assert keyword["body"].default is inspect.Parameter.empty


def test_a_builder_returns_method_url_headers_and_json(spec: dict[str, Any], operation_id: str) -> None:
    path, method, op = _find(spec, operation_id)
    module = _module(op)
    path_ids = re.findall(r"\{(\w+)\}", path)
    values = [f"id/{name} 1" for name in path_ids]  # needs quoting, as real ids may
    extra: dict[str, Any] = {"body": _StubBody()} if "requestBody" in op else {}
    kwargs = module._get_kwargs(
        *values, x_api_version="2026-01-01", x_request_id="req-1", x_idempotency_key="key-1", **extra
    )
    url = path
    for name, value in zip(path_ids, values, strict=True):
        url = url.replace("{" + name + "}", quote(value, safe=""))
    assert kwargs["method"] == method
    assert kwargs["url"] == url
    assert {"x-api-version": "2026-01-01", "x-request-id": "req-1", "x-idempotency-key": "key-1"}.items() <= kwargs[
        "headers"
    ].items()
    if "requestBody" in op:
        assert kwargs["json"] == {"sent": True}
        assert kwargs["headers"]["Content-Type"] == "application/json"
    else:
        assert "json" not in kwargs


def _facade_builders() -> set[Callable[..., Any]]:
    """The `_get_kwargs` functions the client's operation table holds, wherever the table keeps them."""
    found: set[Callable[..., Any]] = set()
    pending: list[Any] = list(vars(facade_operations).values())
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            pending.extend(value.values())
        elif isinstance(value, list | tuple):
            pending.extend(value)
        elif callable(getattr(value, "get_kwargs", None)):
            found.add(value.get_kwargs)
    return found


def test_the_client_builds_requests_only_through_pinned_builders(spec: dict[str, Any]) -> None:
    pinned = {_module(op)._get_kwargs for _, _, op in _operations(spec)}
    used = _facade_builders()
    assert used, "the client's operation table moved: teach _facade_builders where it is"
    assert used <= pinned
    assert all(builder.__name__ == "_get_kwargs" for builder in used)
