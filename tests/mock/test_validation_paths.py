"""The two validators behind every request check: jsonschema-rs may only accept what jsonschema accepts.

A request the compiled validator accepts never reaches jsonschema, so a value it takes and jsonschema
refuses would slip through unchecked. Each documented request is probed with values near every rule
the spec uses (patterns, formats, exact decimal bounds, integers written as decimals, types) at each of
its fields, and with a field the schema does not name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from cashfree_mock import _json
from cashfree_mock._spec import load_spec
from cashfree_mock._validation import SchemaCheck

SPEC = load_spec()
PROBES: list[Any] = [
    "",
    "9898989898",
    "9898989898\n",
    "\u0669\u0668\u0669\u0668\u0669\u0668\u0669\u0668\u0669\u0668",  # Arabic-Indic digits: Python's \d takes them
    "INR",
    "INR\n",
    "inr",
    "https://example.test/hook",
    "http://localhost:8080/hook",
    "http://localhost\n",
    "2026-01-01T10:00:00+05:30",
    "2026-01-01T23:59:60Z",  # a leap second on a day without one
    "2026-02-30T10:00:00Z",
    "2026-01-01",
    "testsuccess@gocash",
    "testsuccess@gocash\n",
    "4111111111111111",
    "SUBMIT_OTP",
    "\ud800",  # a lone surrogate, as an escaped request string gives it
    "x" * 300,
    Decimal("0.01"),
    Decimal("0.009999999999999999999"),  # a double reads it as 0.01
    Decimal("0.0100000000000000000001"),
    Decimal("1.0"),
    Decimal("1E+2"),
    Decimal("-0.00"),
    Decimal("999999.00000000000001"),
    Decimal("100000.0000000000001"),
    0,
    -1,
    60,
    61,
    10**39,
    True,
    None,
    [],
    {},
]


def property_sets(node: Any, seen: set[str] | None = None) -> list[frozenset[str]]:
    """The property names of each object schema that the schema at `node` reaches, through its $refs."""
    seen = set() if seen is None else seen
    found: list[frozenset[str]] = []
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref not in seen:
            seen.add(ref)
            found += property_sets(SPEC.document["components"]["schemas"][ref.rsplit("/", 1)[1]], seen)
        if isinstance(node.get("properties"), dict):
            found.append(frozenset(node["properties"]))
        for child in node.values():
            found += property_sets(child, seen)
    elif isinstance(node, list):
        for child in node:
            found += property_sets(child, seen)
    return found


def body_checks() -> Iterator[tuple[str, SchemaCheck, Any, list[frozenset[str]]]]:
    for op in SPEC.operations:
        if op.body_schema is None:
            continue
        media = SPEC.document["paths"][op.template.removeprefix("/pg")][op.method.lower()]["requestBody"]
        content = media["content"]["application/json"]
        names = property_sets(content["schema"])
        for name, example in content["examples"].items():
            # As a request arrives: numbers with a fraction are Decimals.
            body = _json.loads(json.dumps(example["value"]).encode())
            yield f"{op.operation_id}:{name}", SPEC.validator(op.body_schema), body, names


def variants(value: Any, names: list[frozenset[str]]) -> Iterator[Any]:
    """`value` with each field in turn replaced by each probe; each object also gets the fields it leaves
    out of the object schemas it shares a field with (so optional fields are probed too), and an unknown one."""
    yield from PROBES
    if isinstance(value, dict):
        yield {**value, "not_in_the_spec": 1}
        siblings = frozenset().union(*(fields for fields in names if fields & value.keys()))
        for name in sorted(siblings - value.keys()):
            for probe in PROBES:
                yield {**value, name: probe}
        for key, child in value.items():
            for replacement in variants(child, names):
                yield {**value, key: replacement}
    elif isinstance(value, list):
        for index, child in enumerate(value):
            for replacement in variants(child, names):
                yield [*value[:index], replacement, *value[index + 1 :]]


def jsonschema_accepts(check: SchemaCheck, instance: Any) -> bool:
    return next(iter(check.explain.iter_errors(instance)), None) is None


CASES = list(body_checks())
IDS = [case[0] for case in CASES]


@pytest.mark.parametrize(("name", "check", "body", "names"), CASES, ids=IDS)
def test_documented_requests_pass_both_validators(
    name: str, check: SchemaCheck, body: Any, names: list[frozenset[str]]
) -> None:
    assert check.fast_accepts(body), name
    assert jsonschema_accepts(check, body), name


@pytest.mark.parametrize(("name", "check", "body", "names"), CASES, ids=IDS)
def test_the_compiled_validator_accepts_nothing_jsonschema_refuses(
    name: str, check: SchemaCheck, body: Any, names: list[frozenset[str]]
) -> None:
    refused = 0
    for variant in variants(body, names):
        if check.fast_accepts(variant):
            assert jsonschema_accepts(check, variant), (name, variant)
        else:
            refused += 1
    assert refused, name  # the probes reach the schema's rules


def test_header_parameters_follow_the_same_rule() -> None:
    for op in SPEC.operations:
        for param in op.header_params:
            check = SPEC.schema_validator(param["schema"])
            for probe in PROBES:
                if check.fast_accepts(probe):
                    assert jsonschema_accepts(check, probe), (param["name"], probe)
