"""``Cashfree`` and ``AsyncCashfree`` offer the same calls: same names, parameters and annotations; async awaits."""

from __future__ import annotations

import inspect
import re
import typing
from collections.abc import Callable
from typing import Any

import pytest

from cashfree_facade import AsyncCashfree, Cashfree

# The context-manager protocol is the one place where the names differ by design.
RENAMED = {"__enter__": "__aenter__", "__exit__": "__aexit__"}


def _resources(client_class: type) -> dict[str, type]:
    """The resource classes a client exposes as public attributes (``orders``, ``payments``, ``refunds``)."""
    hints = typing.get_type_hints(client_class)
    return {name: hint for name, hint in hints.items() if not name.startswith("_") and isinstance(hint, type)}


SYNC_RESOURCES = _resources(Cashfree)
ASYNC_RESOURCES = _resources(AsyncCashfree)
PAIRS: list[tuple[type, type]] = [
    (Cashfree, AsyncCashfree),
    *((SYNC_RESOURCES[name], ASYNC_RESOURCES[name]) for name in sorted(SYNC_RESOURCES)),
]
# Where a sync annotation names a sync class (the client a resource belongs to), the async one names its twin.
# The annotations are compared as written (the package defers them), so the names are swapped as text.
SYNC_TO_ASYNC = {
    **{sync_class.__name__: async_class.__name__ for sync_class, async_class in PAIRS},
    "httpx.Client": "httpx.AsyncClient",
}
_SYNC_NAME = re.compile(r"(?<![\w.])(" + "|".join(re.escape(name) for name in SYNC_TO_ASYNC) + r")\b")


def _public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    names = [name for name in dir(cls) if not name.startswith("_")]
    names += [name for name in ("__init__", *RENAMED, *RENAMED.values()) if hasattr(cls, name)]
    return {name: getattr(cls, name) for name in names if inspect.isfunction(getattr(cls, name, None))}


def _public_properties(cls: type) -> set[str]:
    return {name for name in dir(cls) if not name.startswith("_") and isinstance(getattr(cls, name), property)}


def _as_async(annotation: Any) -> Any:
    """The annotation the async twin should carry for a sync one."""
    if not isinstance(annotation, str):
        return annotation
    return _SYNC_NAME.sub(lambda match: SYNC_TO_ASYNC[match.group(1)], annotation)


def _shape(function: Callable[..., Any], *, as_async: bool) -> list[tuple[str, Any, Any, Any]]:
    """Each parameter's name, kind, default and annotation, then the return annotation."""
    signature = inspect.signature(function)
    convert = _as_async if as_async else (lambda annotation: annotation)
    shape = [(p.name, p.kind, p.default, convert(p.annotation)) for p in signature.parameters.values()]
    return [*shape, ("return", None, None, convert(signature.return_annotation))]


def test_the_pairs_cover_every_resource() -> None:
    assert sorted(SYNC_RESOURCES) == sorted(ASYNC_RESOURCES) == ["orders", "payments", "refunds"]
    assert len(PAIRS) == 4


@pytest.mark.parametrize(("sync_class", "async_class"), PAIRS, ids=lambda cls: cls.__name__)
def test_same_public_methods_and_signatures(sync_class: type, async_class: type) -> None:
    sync_methods = _public_methods(sync_class)
    async_methods = _public_methods(async_class)
    assert {RENAMED.get(name, name) for name in sync_methods} == set(async_methods)
    assert _public_properties(sync_class) == _public_properties(async_class)
    for name, sync_method in sync_methods.items():
        async_method = async_methods[RENAMED.get(name, name)]
        assert _shape(async_method, as_async=False) == _shape(sync_method, as_async=True), name
        assert not inspect.iscoroutinefunction(sync_method), name
        if name != "__init__" and async_method is not sync_method:
            # Only what both share (``with_options``, inherited as one function) stays plain.
            assert inspect.iscoroutinefunction(async_method), name


def test_every_resource_call_is_awaitable() -> None:
    for name, resource in ASYNC_RESOURCES.items():
        calls = {method for method in _public_methods(resource) if not method.startswith("_")}
        assert calls, name
        for method in calls:
            assert inspect.iscoroutinefunction(getattr(resource, method)), f"{name}.{method}"


def test_the_annotation_swap_is_exact() -> None:
    assert _as_async("Cashfree") == "AsyncCashfree"
    assert _as_async("httpx.Client | None") == "httpx.AsyncClient | None"
    assert _as_async("AsyncCashfree") == "AsyncCashfree"
    assert _as_async("CashfreeError") == "CashfreeError"
