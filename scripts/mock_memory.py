"""Figures, not tests: the simulator's memory per stored order (an order with one successful payment).

    .venv/bin/python scripts/mock_memory.py [--orders 100000] [--keys] [--tracemalloc]

Each order is created and paid (UPI collect, SUCCESS, so a webhook is recorded too) through the
ASGI app itself, the way a served request arrives, without a socket. Memory is the process's
resident set (Linux /proc) after a full collection, less the same figure before the first order;
`--tracemalloc` counts the Python heap instead (slower, and without allocator overhead).
`--keys` sends every request with its own idempotency key, so the stored responses count too.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cashfree_mock import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, create_app  # noqa: E402

VERSION = b"2026-01-01"
AUTH = [(b"x-client-id", DEFAULT_CLIENT_ID.encode()), (b"x-client-secret", DEFAULT_CLIENT_SECRET.encode())]


def resident_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * 4096


async def call(app: Any, path: str, body: dict[str, Any], headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    raw = json.dumps(body).encode()
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"127.0.0.1"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(raw)).encode()),
            (b"x-api-version", VERSION),
            *headers,
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8080),
    }
    messages = [{"type": "http.request", "body": raw, "more_body": False}]
    chunks: list[bytes] = []
    status = 0

    async def receive() -> dict[str, Any]:
        return messages.pop() if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        else:
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    if status != 200:
        raise RuntimeError(f"{path} answered {status}: {b''.join(chunks)[:200]!r}")
    answer: dict[str, Any] = json.loads(b"".join(chunks))
    return answer


async def fill(app: Any, orders: int, keys: bool) -> None:
    order_body = {
        "order_amount": 10.34,
        "order_currency": "INR",
        "customer_details": {"customer_id": "cust_001", "customer_phone": "9898989898"},
    }
    payment_method = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}}
    for index in range(orders):
        order_key = [(b"x-idempotency-key", f"order-{index}".encode())] if keys else []
        order = await call(app, "/pg/orders", order_body, [*AUTH, *order_key])
        pay_key = [(b"x-idempotency-key", f"pay-{index}".encode())] if keys else []
        pay = {"payment_session_id": order["payment_session_id"], "payment_method": payment_method}
        await call(app, "/pg/orders/sessions", pay, pay_key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--keys", action="store_true", help="an idempotency key on every request")
    parser.add_argument("--tracemalloc", action="store_true", help="count the Python heap instead of the RSS")
    args = parser.parse_args()

    app = create_app()
    asyncio.run(fill(app, 10, args.keys))  # warm: the spec, the validators and the first allocations
    asyncio.run(call(app, "/__mock/reset", {}, []))
    gc.collect()
    if args.tracemalloc:
        tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0] if args.tracemalloc else resident_bytes()
    started = time.perf_counter()
    asyncio.run(fill(app, args.orders, args.keys))
    seconds = time.perf_counter() - started
    gc.collect()
    after = tracemalloc.get_traced_memory()[0] if args.tracemalloc else resident_bytes()

    mock = app.state.mock
    state = mock.control._state({}, None)
    used = after - before
    kind = "Python heap (tracemalloc)" if args.tracemalloc else "resident set (RSS)"
    print(f"{args.orders} orders, each with one payment, in {seconds:.0f} s; keys: {args.keys}")
    print(f"  state: {state}")
    print(f"  {kind}: {used / 2**20:.1f} MiB more, {used / args.orders:.0f} bytes per order")


if __name__ == "__main__":
    main()
