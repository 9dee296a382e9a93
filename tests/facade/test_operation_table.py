"""The facade's table of operations (``_operations.OPERATIONS``) against the spec, in both directions.

Every operation of the spec has an entry (or is listed in ``NOT_WRAPPED`` with a reason); every entry is
an operation of the spec with the same method, path and credentials, built by the generated module of
that operationId; and every public method of the clients is reached through exactly one entry.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import pytest

from cashfree_facade import AsyncCashfree, Cashfree
from cashfree_facade import _operations as operations_module
from cashfree_facade._operations import NOT_WRAPPED, OPERATIONS, _Operation

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class SpecOperation:
    method: str
    path: str
    authenticated: bool
    tag: str


def spec_operations(spec: Mapping[str, Any]) -> dict[str, SpecOperation]:
    found: dict[str, SpecOperation] = {}
    default_security = spec.get("security", [])
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            security = operation.get("security", default_security)
            found[operation["operationId"]] = SpecOperation(
                method.upper(), path, any(requirement for requirement in security), operation["tags"][0]
            )
    return found


class _Body:
    """Stands in for a generated request model: the table test needs the URL, not the body."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def _request_of(operation: _Operation[Any], path: str) -> tuple[str, str]:
    """The method and URL the entry's generated builder makes, each path parameter set to a sample."""
    names = re.findall(r"{(\w+)}", path)
    parameters = inspect.signature(operation.get_kwargs).parameters
    extra = {"body": _Body()} if "body" in parameters else {}
    kwargs = operation.get_kwargs(*(f"sample_{name}" for name in names), x_api_version="v", **extra)
    return str(kwargs["method"]).upper(), str(kwargs["url"])


def table_problems(
    spec: Mapping[str, Any], table: Mapping[str, _Operation[Any]], not_wrapped: Mapping[str, str]
) -> list[str]:
    """Every way the table and the spec disagree; empty when they agree."""
    problems: list[str] = []
    in_spec = spec_operations(spec)
    for operation_id in sorted(in_spec.keys() - table.keys() - not_wrapped.keys()):
        problems.append(f"{operation_id}: in the spec, but neither in OPERATIONS nor in NOT_WRAPPED")
    for operation_id in sorted(table.keys() & not_wrapped.keys()):
        problems.append(f"{operation_id}: both in OPERATIONS and in NOT_WRAPPED")
    for operation_id in sorted(not_wrapped.keys() - in_spec.keys()):
        problems.append(f"{operation_id}: in NOT_WRAPPED, but not in the spec")
    for operation_id, operation in sorted(table.items()):
        if operation.operation_id != operation_id:
            problems.append(f"{operation_id}: keyed under another operationId ({operation.operation_id})")
        found = in_spec.get(operation_id)
        if found is None:
            problems.append(f"{operation_id}: in OPERATIONS, but not in the spec")
            continue
        module = f"cashfree_openapi.api.{found.tag.lower()}.{_snake(operation_id)}"
        if operation.get_kwargs.__module__ != module:
            problems.append(f"{operation_id}: built by {operation.get_kwargs.__module__}, expected {module}")
            continue
        method, url = _request_of(operation, found.path)
        expected_url = re.sub(r"{(\w+)}", r"sample_\1", found.path)
        if (method, url) != (found.method, expected_url):
            sent, said = f"{method} {url}", f"{found.method} {found.path}"
            problems.append(f"{operation_id}: the client sends {sent}, the spec says {said}")
        if operation.authenticated != found.authenticated:
            problems.append(f"{operation_id}: credentials {operation.authenticated}, the spec {found.authenticated}")
    return problems


def test_the_table_and_the_spec_agree(spec: dict[str, Any]) -> None:
    assert table_problems(spec, OPERATIONS, NOT_WRAPPED) == []


def test_every_operation_of_the_module_is_in_the_table() -> None:
    defined = {value for value in vars(operations_module).values() if isinstance(value, _Operation)}
    assert defined == set(OPERATIONS.values())


def test_the_check_fails_when_the_spec_has_an_operation_the_table_lacks(spec: dict[str, Any]) -> None:
    doctored = {**spec, "paths": dict(spec["paths"])}
    doctored["paths"]["/orders/{order_id}/settlements"] = {
        "get": {"operationId": "getSettlementsForOrder", "tags": ["Settlements"], "security": [{"XClientID": []}]}
    }
    assert table_problems(doctored, OPERATIONS, NOT_WRAPPED) == [
        "getSettlementsForOrder: in the spec, but neither in OPERATIONS nor in NOT_WRAPPED"
    ]
    reason = {"getSettlementsForOrder": "settlements: cf.raw_request until the spec's settlement models"}
    assert table_problems(doctored, OPERATIONS, {**NOT_WRAPPED, **reason}) == []


def test_the_check_fails_when_the_table_has_an_operation_the_spec_lacks(spec: dict[str, Any]) -> None:
    doctored = {**spec, "paths": {path: item for path, item in spec["paths"].items() if path != "/orders/{order_id}"}}
    assert table_problems(doctored, OPERATIONS, NOT_WRAPPED) == [
        "getOrder: in OPERATIONS, but not in the spec",
        "terminateOrder: in OPERATIONS, but not in the spec",
    ]
    assert table_problems(spec, OPERATIONS, {"nopeOperation": "gone"}) == [
        "nopeOperation: in NOT_WRAPPED, but not in the spec"
    ]


def test_the_check_fails_on_a_wrong_method_path_module_or_credentials(spec: dict[str, Any]) -> None:
    get_order = OPERATIONS["getOrder"]
    terminate = OPERATIONS["terminateOrder"]
    cases = {
        "getOrder": replace(get_order, get_kwargs=OPERATIONS["getRefundsForOrder"].get_kwargs),
        "terminateOrder": replace(terminate, authenticated=False),
    }
    assert table_problems(spec, {**OPERATIONS, **cases}, NOT_WRAPPED) == [
        "getOrder: built by cashfree_openapi.api.refunds.get_refunds_for_order, "
        "expected cashfree_openapi.api.orders.get_order",
        "terminateOrder: credentials False, the spec True",
    ]
    moved = {**spec, "paths": dict(spec["paths"])}
    moved["paths"]["/orders/{order_id}"] = {"post": spec["paths"]["/orders/{order_id}"]["patch"]}
    moved["paths"]["/order/{order_id}"] = {"get": spec["paths"]["/orders/{order_id}"]["get"]}
    assert table_problems(moved, OPERATIONS, NOT_WRAPPED) == [
        "getOrder: the client sends GET /orders/sample_order_id, the spec says GET /order/{order_id}",
        "terminateOrder: the client sends PATCH /orders/sample_order_id, the spec says POST /orders/{order_id}",
    ]
    renamed = {**OPERATIONS, "fetchOrder": get_order}
    assert "fetchOrder: keyed under another operationId (getOrder)" in table_problems(spec, renamed, NOT_WRAPPED)


def _public_methods(client: Cashfree | AsyncCashfree) -> set[str]:
    """``resource.method`` for every resource the client holds (``raw_request`` and the rest are no resource's)."""
    names = set()
    for resource_name, resource in vars(client).items():
        if resource_name.startswith("_") or not type(resource).__module__.endswith("._resources"):
            continue
        names |= {f"{resource_name}.{name}" for name in dir(resource) if not name.startswith("_")}
    return names


@pytest.mark.parametrize("client_class", [Cashfree, AsyncCashfree])
def test_every_public_method_is_one_entrys(client_class: type[Cashfree] | type[AsyncCashfree]) -> None:
    client = client_class("id", "secret")
    listed = [name for operation in OPERATIONS.values() for name in operation.public_methods]
    assert len(listed) == len(set(listed))
    assert set(listed) == _public_methods(client)
    for name in listed:
        resource, method = name.split(".")
        function = getattr(getattr(client, resource), method)
        assert inspect.iscoroutinefunction(function) == (client_class is AsyncCashfree), name
