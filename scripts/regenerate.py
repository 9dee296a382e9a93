"""Generate the client in generated/ from the spec, or check that it is up to date.

python scripts/regenerate.py          # rewrite generated/cashfree_openapi
python scripts/regenerate.py --check  # fail if generated/ differs from a fresh generation

The generator reads the spec through ``generator_view``: in the schemas of 2xx response and webhook
bodies every property is required, and the ones the spec leaves optional are nullable. With the
template ``codegen/templates/model.py.jinja`` (which reads a missing nullable field as ``None``), the
response models type a field ``T`` when Cashfree always sends it and ``T | None`` otherwise, never
``Unset``: absent and null read the same (spec/README.md, "Required and absent fields").
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from cashfree_mock._spec import SPEC_FILENAME

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / SPEC_FILENAME
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
PACKAGE = "cashfree_openapi"
TARGET = ROOT / "generated" / PACKAGE


_SCHEMA_REF = "#/components/schemas/"


def _refs(node: Any) -> set[str]:
    """The component schemas `node` names with `$ref`, at any depth."""
    if isinstance(node, dict):
        found = {node["$ref"].removeprefix(_SCHEMA_REF)} if str(node.get("$ref", "")).startswith(_SCHEMA_REF) else set()
        return found.union(*(_refs(value) for key, value in node.items() if key != "$ref"))
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node))
    return set()


def _closure(names: set[str], schemas: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_refs(schemas[name]))
    return seen


def _body_schemas(spec: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The schemas request bodies use, and those 2xx response and webhook bodies use (transitively)."""
    schemas = spec["components"]["schemas"]
    requests: set[str] = set()
    responses: set[str] = set()
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            requests |= _refs(operation.get("requestBody", {}))
            for status, response in operation.get("responses", {}).items():
                if str(status).startswith("2"):
                    responses |= _refs(response.get("content", {}))
    for webhook in spec.get("webhooks", {}).values():
        responses |= _refs(webhook)
    return _closure(requests, schemas), _closure(responses, schemas)


def _is_nullable(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind):
        return True
    return any(_is_nullable(branch) for branch in schema.get("oneOf", []) + schema.get("anyOf", []))


def _or_null(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str) and "enum" not in schema:
        return {**schema, "type": [kind, "null"]}
    return {"oneOf": [schema, {"type": "null"}]}


def generator_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the generator reads it: in response bodies absent reads as null.

    Every object schema of a 2xx response or webhook body gets all its properties required, and each
    property the spec does not require becomes nullable. A schema both a request and a response use
    would send nulls in requests: the spec keeps them apart (the `...Entity` copies).
    """
    view = copy.deepcopy(spec)
    schemas = view["components"]["schemas"]
    requests, responses = _body_schemas(view)
    for name in sorted(responses):
        schema = schemas[name]
        properties = schema.get("properties")
        if not properties:
            continue
        if name in requests:
            raise SystemExit(f"spec: schema {name} is in a request and a response body; give the response its own copy")
        required = set(schema.get("required", []))
        for key, value in properties.items():
            if key not in required and not _is_nullable(value):
                properties[key] = _or_null(value)
        schema["required"] = list(properties)
    return view


def generate(into: Path) -> None:
    """Run openapi-python-client so that `into` holds the package and nothing else."""
    # The generator and its ruff hooks are installed beside this interpreter in the venv.
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    with SPEC.open("rb") as fh:
        spec = YAML(typ="safe").load(fh)  # the generator's own loader, so the view reads as the spec would
    view = into.parent / f"{SPEC.stem}.view.json"
    view.write_text(json.dumps(generator_view(spec), ensure_ascii=False, indent=1), encoding="utf-8")
    cmd = [
        str(bindir / "openapi-python-client"),
        "generate",
        "--path", str(view),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(into),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed with exit code {result.returncode}")


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side, or changed)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.funny_files)
        # dircmp compares shallowly (size and mtime); compare contents.
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        generate(fresh)
        if args.check:
            if not TARGET.is_dir():
                print(f"{TARGET.relative_to(ROOT)} is missing: run `make regenerate`", file=sys.stderr)
                return 1
            diff = differences(fresh, TARGET)
            if diff:
                print("generated/ differs from the spec; run `make regenerate`:", file=sys.stderr)
                for name in diff:
                    print(f"  {name}", file=sys.stderr)
                return 1
            print("generated/ matches the spec")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(exist_ok=True)
        shutil.copytree(fresh, TARGET)
    print(f"regenerated {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
