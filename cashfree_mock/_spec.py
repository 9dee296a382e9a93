"""Loading the OpenAPI spec: the operations, their parameters and schema validators."""

from __future__ import annotations

import functools
import re
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import jsonschema_rs
import yaml
from jsonschema.protocols import Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from ._validation import SchemaCheck

# The spec's file name, written here only: the scripts, the tests and the wheel (which carries the
# whole spec/ directory) all go through it. A new API version changes this line.
SPEC_FILENAME = "cashfree-pg-2026-01-01.yaml"
SPEC_URI = "urn:cashfree-pg-spec"
API_PREFIX = "/pg"

_HERE = Path(__file__).resolve().parent
# An installed wheel carries the spec inside the package; a checkout keeps it at the repository root.
SPEC_CANDIDATES = (_HERE / "spec" / SPEC_FILENAME, _HERE.parent / "spec" / SPEC_FILENAME)


def find_spec_file() -> Path:
    for candidate in SPEC_CANDIDATES:
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(c) for c in SPEC_CANDIDATES)
    raise FileNotFoundError(f"cashfree_mock cannot find its OpenAPI spec {SPEC_FILENAME}; looked in {looked}")


@functools.cache
def _compile_pattern(pattern: str) -> re.Pattern[str]:
    # JSON Schema patterns are ECMA-262: `$` is the end of input, while Python's `$` also matches
    # before a final newline, which would let "9898989898\n" pass as a phone number.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _pattern(validator: Validator, pattern: str, instance: Any, schema: Any) -> Iterator[jsonschema.ValidationError]:
    if validator.is_type(instance, "string") and not _compile_pattern(pattern).search(instance):
        yield jsonschema.ValidationError(f"does not match {pattern!r}")


def _is_integer(checker: Any, instance: Any) -> bool:
    # Bodies parse numbers to Decimal (exact money); JSON Schema counts 1.0 as an integer, and
    # so must we, or a Decimal("1.0") quantity would be refused as "not an integer".
    if isinstance(instance, Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return bool(jsonschema.Draft202012Validator.TYPE_CHECKER.is_type(instance, "integer"))


def _exact_bound(keyword: str) -> Any:
    """A numeric bound compared exactly: a decimal body against the bound's decimal text.

    YAML loads `minimum: 0.01` as the float 0.01000000000000000020..., which the exact Decimal
    0.01 of a body is less than; the bound as written is what the spec means.
    """
    original = jsonschema.Draft202012Validator.VALIDATORS[keyword]

    def check(validator: Validator, bound: Any, instance: Any, schema: Any) -> Any:
        if isinstance(instance, Decimal) and isinstance(bound, float):
            bound = Decimal(repr(bound))
        return original(validator, bound, instance, schema)

    return check


_Draft = jsonschema.validators.extend(
    jsonschema.Draft202012Validator,
    {
        "pattern": _pattern,
        **{
            keyword: _exact_bound(keyword) for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
        },
    },
    type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)


_FORMAT_CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER


def _format_as_jsonschema(name: str) -> Callable[[str], bool]:
    def conforms(value: str) -> bool:
        return bool(_FORMAT_CHECKER.conforms(value, name))

    return conforms


# jsonschema-rs checks every format jsonschema checks, with jsonschema's own checker: its built-in
# date-time, for one, takes a leap second at any minute, which jsonschema refuses.
_FORMATS = {name: _format_as_jsonschema(name) for name in _FORMAT_CHECKER.checkers}


def pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str  # the path as served, with the /pg prefix
    regex: re.Pattern[str]
    secured: bool
    header_params: tuple[dict[str, Any], ...]
    body_schema: str | None  # JSON pointer of the request body schema


class Spec:
    """The parsed spec with a shared registry so validators resolve `$ref`s into components."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.version: str = str(document["info"]["version"])
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(document))
        self._fast_registry = jsonschema_rs.Registry([(SPEC_URI, document)], draft=jsonschema_rs.Draft202012)
        self._validators: dict[str, SchemaCheck] = {}
        self.operations = tuple(self._operations())

    def validator(self, schema_pointer: str) -> SchemaCheck:
        """A validator of the schema at `schema_pointer` (built once; a race only builds it twice)."""
        validator = self._validators.get(schema_pointer)
        if validator is None:
            # A URI's fragment spells `{` and `}` (path templates) percent-encoded; jsonschema takes either.
            ref = SPEC_URI + urllib.parse.quote(schema_pointer, safe="#/~")
            validator = self._validators[schema_pointer] = self.schema_validator({"$ref": ref})
        return validator

    def schema_validator(self, schema: dict[str, Any]) -> SchemaCheck:
        explain: Validator = _Draft(schema, registry=self._registry, format_checker=_FORMAT_CHECKER)
        fast = jsonschema_rs.Draft202012Validator(
            schema, registry=self._fast_registry, validate_formats=True, formats=_FORMATS
        )
        return SchemaCheck(fast, explain)

    def _resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operations(self) -> Iterator[Operation]:
        # OpenAPI matches concrete paths before templated ones: a path never matches a URL that a
        # path with fewer templates matches (/orders/sessions is not the order "sessions"), so the
        # methods a 405 lists are those of the one path that owns the URL.
        paths = sorted(self.document["paths"].items(), key=lambda item: item[0].count("{"))
        concrete: list[tuple[int, str]] = []
        for path, item in paths:
            templates = path.count("{")
            matcher = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(API_PREFIX + path))
            shadows = [re.sub(r"\(\?P<\w+>", "(?:", other) for count, other in concrete if count < templates]
            guard = f"(?!(?:{'|'.join(shadows)})$)" if shadows else ""
            regex = re.compile(f"^{guard}{matcher}$")
            concrete.append((templates, matcher))
            for method, op in item.items():
                params = tuple(self._resolve(p) for p in op.get("parameters", []))
                body = op.get("requestBody", {}).get("content", {}).get("application/json")
                yield Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    template=API_PREFIX + path,
                    regex=regex,
                    secured=bool(op.get("security", self.document.get("security", []))),
                    header_params=tuple(p for p in params if p["in"] == "header"),
                    body_schema=pointer("paths", path, method, "requestBody", "content", "application/json", "schema")
                    if body
                    else None,
                )


# Where the simulator is laxer than Cashfree, on purpose: a developer's app listens on plain http, so a
# notify_url may also be http:// on a loopback host (Cashfree requires https; docs/mock.md says so).
LOCAL_NOTIFY_URL_PATTERN = (
    r"^(https://|http://(localhost|127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}|\[::1\])(:[0-9]{1,5})?([/?#]|$))"
)


def _allow_local_notify_url(document: dict[str, Any]) -> None:
    schemas = document.get("components", {}).get("schemas", {})
    notify_url = schemas.get("OrderMeta", {}).get("properties", {}).get("notify_url")
    if isinstance(notify_url, dict) and "pattern" in notify_url:
        notify_url["pattern"] = LOCAL_NOTIFY_URL_PATTERN


@functools.cache
def load_spec() -> Spec:
    with find_spec_file().open(encoding="utf-8") as fh:
        document = yaml.safe_load(fh)
    _allow_local_notify_url(document)
    return Spec(document)
