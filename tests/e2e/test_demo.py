"""`make demo` runs, and shows a webhook received, retried and verified."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "scripts" / "demo.py"


def test_the_demo_runs_every_step() -> None:
    result = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True, timeout=120, check=False)  # noqa: S603
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "attempts               #1 503, #2 200" in out
    assert "PAYMENT_SUCCESS_WEBHOOK (attempt 2, idempotency key " in out
    assert "typed payment          SUCCESS, INR 10.34 via upi" in out
    assert "wrong secret           webhook signature does not match" in out
    assert out.rstrip().endswith("Done: every step ran against the local mock.")
