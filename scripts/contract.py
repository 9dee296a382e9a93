"""Run the schemathesis CLI against the mock served on loopback (`make contract`).

Real HTTP framing this time: the spec in spec/, the settings in tests/contract/schemathesis.toml
and the hooks in tests/contract/hooks.py, the same as the in-process property tests use.
CONTRACT_EXAMPLES sets the examples per operation.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cashfree_mock import MockServer
from cashfree_mock._spec import SPEC_FILENAME

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / SPEC_FILENAME
CONFIG = ROOT / "tests" / "contract" / "schemathesis.toml"


def main() -> int:
    schemathesis = Path(sys.executable).with_name("schemathesis")
    env = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": "tests.contract.hooks",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    with MockServer() as server:
        command = [
            str(schemathesis),
            "--config-file", str(CONFIG),
            "run", str(SPEC),
            "--url", server.base_url,
            "--checks", "all",
            "--workers", "1",
        ]  # fmt: skip
        if "CONTRACT_EXAMPLES" in os.environ:
            command += ["--max-examples", os.environ["CONTRACT_EXAMPLES"]]
        print("$", " ".join(command[1:]), flush=True)
        return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
