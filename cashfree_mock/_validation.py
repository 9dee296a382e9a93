"""Request validation against the spec, and the mapping of the first error to a Cashfree code.

Each schema has two validators: jsonschema-rs, compiled, answers "valid" in microseconds, and only a
request it refuses goes through jsonschema, which finds the error to report. jsonschema decides:
a request the compiled validator refuses but jsonschema accepts is accepted, so the fast path can
only ever save time (tests/mock/test_validation_paths.py holds the two to that).

Messages name the field by its path and describe the rule broken, never the value sent, so a
card number or CVV cannot leak into an error body or a log.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import jsonschema_rs
from jsonschema import ValidationError  # type: ignore[import-untyped]
from jsonschema.exceptions import relevance  # type: ignore[import-untyped]
from jsonschema.protocols import Validator  # type: ignore[import-untyped]

from ._errors import ApiError

_FIELD_CODES = {
    "order_amount": "order_amount_invalid",
    "refund_amount": "refund_amount_invalid",
    "payment_method": "payment_method_invalid",
    "upi_id": "upi_id_invalid",
    "phone": "phone_invalid",
    "customer_phone": "phone_invalid",
    "card_number": "card_number_invalid",
    "netbanking_bank_code": "netbanking_bank_code_invalid",
}
_MISSING_CODES = {"channel": "channel_missing", "action": "action_missing"}


class SchemaCheck:
    """One schema's validators: `fast` (jsonschema-rs) to accept, `explain` (jsonschema) to judge the rest."""

    __slots__ = ("explain", "fast")

    def __init__(self, fast: jsonschema_rs.Validator, explain: Validator) -> None:
        self.fast = fast
        self.explain = explain

    def fast_accepts(self, instance: Any) -> bool:
        try:
            return self.fast.is_valid(instance)
        except ValueError:  # a string Rust cannot hold (a lone surrogate): jsonschema judges it
            return False


def check(schema: SchemaCheck, instance: Any, *, root: str = "body") -> None:
    """Raise a 400 ApiError for the most relevant way `instance` breaks the schema."""
    if schema.fast_accepts(instance):
        return
    error = max(schema.explain.iter_errors(instance), key=relevance, default=None)
    if error is None:
        return
    error = _into_chosen_variant(error)
    path: list[str | int] = list(error.absolute_path)
    if error.validator == "required":
        missing = next(name for name in error.validator_value if name not in error.instance)
        path.append(missing)
        code = _MISSING_CODES.get(missing) or _FIELD_CODES.get(missing, "request_invalid")
        message = f"{_dotted(root, path)} is required"
        raise ApiError(400, code, message)
    raise invalid_field(path, _describe(error), root=root)


def invalid_field(path: list[str | int], rule: str, *, root: str = "body") -> ApiError:
    """The 400 for a field that breaks `rule`, with the code Cashfree gives that field."""
    field = next((part for part in reversed(path) if isinstance(part, str)), None)
    return ApiError(400, _FIELD_CODES.get(field or "", "request_invalid"), f"{_dotted(root, path)} {rule}")


def _into_chosen_variant(error: ValidationError) -> ValidationError:
    """For a oneOf whose single key picked a variant, report the error inside that variant.

    Branches the instance does not even select fail at their own top level (a missing key);
    the selected branch fails deeper. When exactly one branch failed deeper, its error is the
    one that names the real problem (e.g. `upi_id`), not "matches none of the variants".
    """
    while error.validator == "oneOf" and error.context:
        branches: defaultdict[Any, list[ValidationError]] = defaultdict(list)
        for sub in error.context:
            branches[sub.relative_schema_path[0]].append(sub)
        selected = [errs for errs in branches.values() if all(sub.relative_path for sub in errs)]
        if len(selected) != 1:
            return error
        error = max(selected[0], key=relevance)
    return error


def _dotted(root: str, path: list[str | int]) -> str:
    text = root if not path or isinstance(path[0], int) else ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


_TEMPLATES = {
    "const": "must be {value}",
    "pattern": "has an invalid format",
    "format": "must be a valid {value}",
    "minimum": "must be greater than or equal to {value}",
    "maximum": "must be less than or equal to {value}",
    "exclusiveMinimum": "must be greater than {value}",
    "exclusiveMaximum": "must be less than {value}",
    "minLength": "must be at least {value} characters long",
    "maxLength": "must be at most {value} characters long",
    "minItems": "must have at least {value} items",
    "maxItems": "must have at most {value} items",
    "minProperties": "must have at least {value} entries",
    "maxProperties": "must have at most {value} entries",
    "additionalProperties": "has fields that are not allowed",
    "oneOf": "must be exactly one of the documented variants",
    "anyOf": "matches none of the allowed forms",
}


def _describe(error: ValidationError) -> str:
    rule, value = str(error.validator), error.validator_value
    if rule == "type":
        return "must be of type " + (" or ".join(value) if isinstance(value, list) else str(value))
    if rule == "enum":
        return "must be one of " + ", ".join(str(v) for v in value)
    return _TEMPLATES.get(rule, "is invalid ({rule})").format(value=value, rule=rule)
