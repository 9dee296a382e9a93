"""The official SDK's side of `make bench`, run by the throw-away venv's Python (cashfree-pg and the stdlib only).

    python bench_official_sdk.py import
    python bench_official_sdk.py concurrency CONCURRENCY REQUESTS BASE_URL
    python bench_official_sdk.py sequential REQUESTS BASE_URL

Prints one JSON object. The SDK hard-codes Cashfree's hosts: its Configuration class is swapped for one
that points at BASE_URL. Concurrency is the SDK's own way: ``async_req=True`` on its thread pool, sized
to the concurrency (its default pool has one thread).
"""

from __future__ import annotations

import json
import sys
import time
import uuid
from typing import Any

CLIENT_ID = "TEST_CLIENT_ID"
CLIENT_SECRET = "TEST_CLIENT_SECRET"  # noqa: S105 - the simulator's documented test credential


def _import() -> dict[str, float]:
    started = time.perf_counter()
    import cashfree_pg.api_client  # noqa: F401 - the import is what is measured

    return {"seconds": time.perf_counter() - started}


def _client(base_url: str, threads: int) -> tuple[Any, Any]:
    from cashfree_pg import api_client
    from cashfree_pg.models.create_order_request import CreateOrderRequest
    from cashfree_pg.models.customer_details import CustomerDetails

    class LocalConfiguration(api_client.Configuration):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["host"] = base_url
            super().__init__(*args, **kwargs)

    api_client.Configuration = LocalConfiguration
    api_client.ApiClient.set_default(api_client.ApiClient(pool_threads=threads))
    cf = api_client.Cashfree(XEnvironment=api_client.Cashfree.SANDBOX, XClientId=CLIENT_ID, XClientSecret=CLIENT_SECRET)
    request = CreateOrderRequest(
        order_amount=10.34,
        order_currency="INR",
        customer_details=CustomerDetails(customer_id="cust_001", customer_phone="9898989898"),
    )
    return cf, request


def _concurrency(concurrency: int, requests: int, base_url: str) -> dict[str, float]:
    cf, request = _client(base_url, concurrency)
    warm = [cf.PGCreateOrder(request, x_idempotency_key=str(uuid.uuid4()), async_req=True) for _ in range(20)]
    for thread in warm:
        thread.get()
    started, cpu = time.perf_counter(), time.process_time()
    threads = [cf.PGCreateOrder(request, x_idempotency_key=str(uuid.uuid4()), async_req=True) for _ in range(requests)]
    for thread in threads:
        assert thread.get().status_code == 200
    elapsed = time.perf_counter() - started
    return {"calls_per_s": requests / elapsed, "cpu_us": (time.process_time() - cpu) / requests * 1e6}


def _sequential(requests: int, base_url: str) -> dict[str, float]:
    cf, request = _client(base_url, 1)
    for _ in range(50):
        cf.PGCreateOrder(request, x_idempotency_key=str(uuid.uuid4()))
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(requests):
        assert cf.PGCreateOrder(request, x_idempotency_key=str(uuid.uuid4())).status_code == 200
    elapsed = time.perf_counter() - started
    return {"us_per_call": elapsed / requests * 1e6, "cpu_us": (time.process_time() - cpu) / requests * 1e6}


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "import":
        result = _import()
    elif mode == "concurrency":
        result = _concurrency(int(argv[1]), int(argv[2]), argv[3])
    elif mode == "sequential":
        result = _sequential(int(argv[1]), argv[2])
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
