"""Generate the client in generated/ from the spec, or check that it is up to date.

python scripts/regenerate.py          # rewrite generated/cashfree_openapi
python scripts/regenerate.py --check  # fail if generated/ differs from a fresh generation
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from cashfree_mock._spec import SPEC_FILENAME

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / SPEC_FILENAME
CONFIG = ROOT / "codegen" / "config.yaml"
TEMPLATES = ROOT / "codegen" / "templates"
PACKAGE = "cashfree_openapi"
TARGET = ROOT / "generated" / PACKAGE


def generate(into: Path) -> None:
    """Run openapi-python-client so that `into` holds the package and nothing else."""
    # The generator and its ruff hooks are installed beside this interpreter in the venv.
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    cmd = [
        str(bindir / "openapi-python-client"),
        "generate",
        "--path", str(SPEC),
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
