"""How the property tests load the spec against an in-process mock."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import httpx
import hypothesis
import schemathesis
from schemathesis.config import SchemathesisConfig

from tests.support.spec import SPEC_PATH

from . import hooks

CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")
BASE_URL = "http://mock.test/pg"


def _config() -> SchemathesisConfig:
    config = SchemathesisConfig.from_path(CONFIG_PATH)
    if "CONTRACT_EXAMPLES" in os.environ:
        config.projects.default.generation.update(max_examples=int(os.environ["CONTRACT_EXAMPLES"]))
    return config


CONFIG = _config()


def _examples() -> int:
    configured = CONFIG.projects.default.generation.max_examples
    if configured is None:
        raise RuntimeError(f"{CONFIG_PATH}: [generation] max-examples is not set")
    return configured


EXAMPLES = _examples()
HYPOTHESIS_SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    print_blob=False,
)


def load_schema(app: Any) -> Any:
    """The spec bound to an in-process mock app, with the suite's credentials and version."""
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=CONFIG)
    schema.app = app
    schema.config.update(base_url=BASE_URL, parameters={"x-api-version": hooks.API_VERSION})
    return schema


def reset(app: Any) -> None:
    """Clear the in-process mock through its control endpoint."""

    async def call() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://mock.test") as client:
            (await client.post("/__mock/reset", json={})).raise_for_status()

    asyncio.run(call())
