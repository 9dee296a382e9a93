"""How the property tests load the spec against the mock: one place for seed, size and credentials."""

from __future__ import annotations

import asyncio
import itertools
import os
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import schemathesis
from schemathesis.config import SchemathesisConfig

from cashfree_mock import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "cashfree-pg-2026-01-01.yaml"
# Examples per operation: quick for `make test`, thousands for `make contract-deep`.
EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "25"))
SEED = 20261125
BASE_URL = "http://mock.test/pg"

# Fixed seed, no example database: the same cases on every machine and every run.
HYPOTHESIS_SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    print_blob=False,
)

# Operations whose schema-valid requests can still meet a documented business refusal (400): a
# payment method the sandbox does not know (unknown VPA, card without a number), capture rules,
# OTP state. The spec cannot express these; everywhere else a 400 on valid data is a failure.
STATE_DEPENDENT_OPERATIONS = ("payOrder", "authorizeSession", "preauthorizeOrder", "authenticatePayment")
ACCEPTED = ["2xx", "401", "404", "409", "429"]


def reset(app: Any) -> None:
    """Clear the in-process mock through its control endpoint."""

    async def call() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock.test") as client:
            (await client.post("/__mock/reset", json={})).raise_for_status()

    asyncio.run(call())


def _config() -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "auth": {
                "openapi": {
                    "XClientID": {"api_key": DEFAULT_CLIENT_ID},
                    "XClientSecret": {"api_key": DEFAULT_CLIENT_SECRET},
                }
            },
            "generation": {"mode": "all", "max-examples": EXAMPLES, "database": "none"},
            "checks": {"positive_data_acceptance": {"expected-statuses": ACCEPTED}},
            "operations": [
                {
                    "include-operation-id": op_id,
                    "checks": {"positive_data_acceptance": {"expected-statuses": [*ACCEPTED, "400"]}},
                }
                for op_id in STATE_DEPENDENT_OPERATIONS
            ],
        }
    )


def _two_decimals(value: Any) -> Any:
    # Beyond 1e12 rupees the value is refused for its size anyway; quantize would overflow there.
    if isinstance(value, float | int) and not isinstance(value, bool) and abs(value) < 1e12:
        return float(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    return value


def load_schema(app: Any) -> Any:
    """The spec bound to an in-process mock app, with the suite's credentials and version."""
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=_config())
    schema.app = app
    version = schema.raw_schema["info"]["version"]
    serial = itertools.count()
    schema.config.update(base_url=BASE_URL, parameters={"x-api-version": version})

    @schema.hook
    def map_case(context: Any, case: Any) -> Any:
        # "At most two decimals" cannot be a multipleOf that binary floats satisfy, so the spec only
        # describes it; valid (positive) cases get their amounts rounded the way a client would.
        # The mock's refusal of a third decimal is tested in tests/mock.
        meta = case.meta
        if meta is None or not meta.generation.mode.is_positive:
            return case
        if isinstance(case.body, dict):
            for field in ("order_amount", "amount"):
                if field in case.body:
                    case.body[field] = _two_decimals(case.body[field])
        # The stateful runner does not apply the `parameters` override: valid cases speak the
        # served version (a date-shaped string is schema-valid, but only one version is served).
        if case.headers is not None and "x-api-version" in case.headers:
            case.headers["x-api-version"] = version
        # A key names one logical operation; generated keys ("0", "") repeat across different
        # bodies, which the mock rightly refuses (422). Valid cases use keys a careful client would.
        if case.headers is not None and "x-idempotency-key" in case.headers:
            case.headers["x-idempotency-key"] = f"{str(case.headers['x-idempotency-key'])[:80]}-{next(serial)}"
        return case

    return schema
