"""Schemathesis hooks shared by the pytest property tests and the CLI run (SCHEMATHESIS_HOOKS).

They adapt only *valid* (positive) cases, to what a careful client sends, for rules the spec
states in prose but cannot encode; negative cases are left as generated.
"""

from __future__ import annotations

import itertools
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import schemathesis
import yaml

from tests.support.spec import SPEC_PATH

with SPEC_PATH.open(encoding="utf-8") as _fh:
    API_VERSION: str = yaml.safe_load(_fh)["info"]["version"]

_serial = itertools.count()


def _two_decimals(value: Any) -> Any:
    # Beyond 1e12 rupees quantize would overflow, and nothing is gained by rounding.
    if isinstance(value, float | int) and not isinstance(value, bool) and abs(value) < 1e12:
        return float(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    return value


@schemathesis.hook
def map_case(context: Any, case: Any) -> Any:
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive:
        return case
    # "At most two decimals" cannot be a multipleOf that binary floats satisfy, so the spec only
    # describes it; the mock's refusal of a third decimal is tested in tests/mock.
    if isinstance(case.body, dict):
        for field in ("order_amount", "amount", "refund_amount"):
            if field in case.body:
                case.body[field] = _two_decimals(case.body[field])
        # A careful client refunds at most what was paid, which the links cannot carry; every
        # order is at least 1 rupee, so a refund of at most 1 fits any paid order.
        if isinstance(case.body.get("refund_amount"), float | int):
            case.body["refund_amount"] = min(case.body["refund_amount"], 1)
    if case.headers is not None:
        # Any date is a well-formed x-api-version, but one version is served; the stateful
        # runner does not apply the `parameters` override, so set it here.
        if "x-api-version" in case.headers:
            case.headers["x-api-version"] = API_VERSION
        # A key names one logical operation; generated keys ("0", "") repeat across different
        # bodies, which the mock rightly refuses (422).
        if "x-idempotency-key" in case.headers:
            case.headers["x-idempotency-key"] = f"{str(case.headers['x-idempotency-key'])[:80]}-{next(_serial)}"
    return case
