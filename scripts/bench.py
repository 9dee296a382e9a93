"""Figures, not tests: import time of cashfree_facade against httpx, and request throughput against the mock.

    .venv/bin/python scripts/bench.py [--runs 15] [--requests 300]

Import times are measured inside fresh interpreters (so interpreter start-up is left out), interleaved,
and the median is reported; httpx is the floor (the facade imports it), the target is at most 1.5x.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the figures time the imports: nothing of the package is imported up here
    from cashfree_facade import CustomerDetailsParam

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CUSTOMER: CustomerDetailsParam = {"customer_id": "cust_001", "customer_phone": "9898989898"}
PROBE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def import_seconds(module: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return float(out.stdout.strip())


def bench_imports(runs: int) -> None:
    modules = ["httpx", "cashfree_facade", "cashfree_openapi.models"]
    times: dict[str, list[float]] = {module: [] for module in modules}
    for module in modules:  # warm the file-system cache and the .pyc files
        import_seconds(module)
    for _ in range(runs):
        for module in modules:
            times[module].append(import_seconds(module))
    medians = {module: statistics.median(values) for module, values in times.items()}
    print(f"import time, median of {runs} fresh interpreters:")
    for module in modules:
        print(f"  {module:<26} {medians[module] * 1000:7.1f} ms")
    ratio = medians["cashfree_facade"] / medians["httpx"]
    print(f"  ratio cashfree_facade / httpx: {ratio:.2f}x (target <= 1.5x)")
    print("  (cashfree_openapi.models is what a call loads on first use; the facade defers it)")


async def bench_async(requests: int) -> None:
    import httpx

    from cashfree_facade import AsyncCashfree
    from cashfree_facade import payment_methods as pm
    from cashfree_mock import create_app

    app = create_app(client_id="bench", client_secret="bench_secret")  # noqa: S106 - the mock's
    async with (
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as http,
        AsyncCashfree("bench", "bench_secret", base_url="http://mock/pg", http_client=http) as cf,
    ):
        order = await cf.orders.create(order_amount=Decimal("10.34"), order_currency="INR", customer_details=CUSTOMER)
        pay = await cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
        started = time.perf_counter()
        for _ in range(requests):
            await cf.payments.get(order.order_id, pay.cf_payment_id)
        elapsed = time.perf_counter() - started
        print(f"  async, in-process ASGI, GET payment:      {requests / elapsed:8.0f} req/s ({requests} requests)")
        started = time.perf_counter()
        count = max(requests // 3, 1)
        for _ in range(count):
            created = await cf.orders.create(order_amount=1, order_currency="INR", customer_details=CUSTOMER)
            await cf.orders.pay(created.payment_session_id, pm.upi_collect("testsuccess@gocash"))
        elapsed = time.perf_counter() - started
        print(f"  async, in-process ASGI, create + pay:     {count * 2 / elapsed:8.0f} req/s ({count * 2} requests)")


def bench_sync(requests: int) -> None:
    from cashfree_facade import Cashfree
    from cashfree_facade import payment_methods as pm
    from cashfree_mock import MockServer

    with MockServer() as server, Cashfree(server.client_id, server.client_secret, base_url=server.base_url) as cf:
        order = cf.orders.create(order_amount=Decimal("10.34"), order_currency="INR", customer_details=CUSTOMER)
        pay = cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
        started = time.perf_counter()
        for _ in range(requests):
            cf.payments.get(order.order_id, pay.cf_payment_id)
        elapsed = time.perf_counter() - started
        print(f"  sync, loopback HTTP (uvicorn), GET payment: {requests / elapsed:6.0f} req/s ({requests} requests)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per module (default 15)")
    parser.add_argument("--requests", type=int, default=300, help="requests per throughput figure (default 300)")
    args = parser.parse_args()
    bench_imports(args.runs)
    print("request throughput of the facade against the mock:")
    asyncio.run(bench_async(args.requests))
    bench_sync(args.requests)
    return 0


if __name__ == "__main__":
    sys.exit(main())
