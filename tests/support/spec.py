"""The OpenAPI spec the tests read: one path, loaded once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from cashfree_mock._spec import SPEC_FILENAME

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / SPEC_FILENAME


def load_spec() -> dict[str, Any]:
    """A fresh copy of the spec, for a test that wants one of its own."""
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)
    return loaded


SPEC = load_spec()
VERSION: str = SPEC["info"]["version"]
# operationId -> (path, method)
OPERATIONS: dict[str, tuple[str, str]] = {
    op["operationId"]: (path, method) for path, item in SPEC["paths"].items() for method, op in item.items()
}


def example(spec: dict[str, Any], path: str, method: str, name: str, status: str = "200") -> Any:
    """The named example of an operation's answer with ``status``."""
    media = spec["paths"][path][method]["responses"][status]["content"]["application/json"]
    return media["examples"][name]["value"]
