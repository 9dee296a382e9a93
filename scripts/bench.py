"""`make bench`: figures, not tests. Everything side by side in one run; prints a table, writes docs/benchmarks.md.

    .venv/bin/python scripts/bench.py [--quick] [--orders 100000] [--apt-wrk] [--profile]

1. import time: cashfree_facade, bare httpx and the official SDK, each in fresh interpreters (median);
2. calls/s creating 1,000 orders at concurrency 1, 4, 8, 16, 32 against a bare Starlette endpoint (uvicorn,
   its own process): AsyncCashfree on aiohttp and on httpx, raw httpx.AsyncClient, plain aiohttp, and the
   official SDK on its thread pool (``async_req=True``);
3. sequential create order over loopback against the simulator: the facade, raw httpx, the official SDK;
4. the simulator under load (create order, one worker) against the bare endpoint under the same server, the
   simulator on uvicorn's pure-Python stack, and Prism mocking our spec: with wrk if installed, else with
   a load generator of ours (aiohttp); the servers take turns for --rounds rounds, medians reported;
5. memory: the simulator's RSS after --orders orders, each with one payment; growth: listing one order's
   payments with 10 and with --orders others stored.

Every client sends the same request (the facade's headers, an idempotency key included), so that the server
does the same work for each. The official SDK (pinned below) goes into a throw-away venv under .bench/,
Prism into .bench/prism with npm; nothing but the package registries is reached. --profile writes
pyinstrument profiles of the sequential facade call and of the simulator's create order to .bench/.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import gc
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the figures time the imports: nothing of the package is imported up here
    from cashfree_facade import CustomerDetailsParam

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench"
REPORT = ROOT / "docs" / "benchmarks.md"
CHART = ROOT / "docs" / "benchmarks.png"
SDK_DRIVER = ROOT / "scripts" / "bench_official_sdk.py"
SDK_PACKAGE = "cashfree-pg==6.0.1"
PRISM_PACKAGE = "@stoplight/prism-cli@5.16.0"
CONCURRENCY = (1, 4, 8, 16, 32)
SECTIONS = ("imports", "concurrency", "sequential", "load", "memory", "profile")

CLIENT_ID = "TEST_CLIENT_ID"
CLIENT_SECRET = "TEST_CLIENT_SECRET"  # noqa: S105 - the simulator's documented test credential
CUSTOMER: CustomerDetailsParam = {"customer_id": "cust_001", "customer_phone": "9898989898"}
ORDER_REQUEST = {"order_amount": 10.34, "order_currency": "INR", "customer_details": CUSTOMER}
HEADERS = {
    "x-client-id": CLIENT_ID,
    "x-client-secret": CLIENT_SECRET,
    "x-api-version": "2026-01-01",
    "content-type": "application/json",
    "accept": "application/json",
}
PAY_UPI = {"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}}

sys.path.insert(0, str(ROOT))


def spec_file() -> Path:
    """The spec the simulator serves; its file name is kept in one place, ``cashfree_mock._spec``."""
    from cashfree_mock._spec import find_spec_file

    return find_spec_file()


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ================================================================== roles run in subprocesses
def serve_floor(port: int, http: str, loop: str) -> None:
    """The floor: a bare Starlette endpoint that reads the body and answers the spec's example order."""
    import uvicorn
    import yaml
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    spec = yaml.safe_load(spec_file().read_text(encoding="utf-8"))
    media = spec["paths"]["/orders"]["post"]["responses"]["200"]["content"]["application/json"]
    order = json.dumps(media["examples"]["created"]["value"]).encode()

    async def create_order(request: Request) -> Response:
        await request.body()
        return Response(order, media_type="application/json", headers={"x-request-id": "req_floor"})

    app = Starlette(routes=[Route("/pg/orders", create_order, methods=["POST"])])
    uvicorn.run(app, host="127.0.0.1", port=port, http=http, loop=loop, log_level="warning", access_log=False)


CPU_US = [0.0]  # the client process's CPU time per call in the last _run_workers: steadier than calls/s


async def _run_workers(concurrency: int, requests: int, one: Callable[[], Awaitable[None]]) -> float:
    """Calls/s of ``requests`` calls made by ``concurrency`` tasks, after a warm-up that opens the connections."""
    remaining = 0

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await one()

    remaining = max(2 * concurrency, 20)
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    remaining = requests
    started, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    CPU_US[0] = (time.process_time() - cpu) / requests * 1e6
    return requests / (time.perf_counter() - started)


async def client_calls_per_s(name: str, concurrency: int, requests: int, base_url: str) -> float:
    import aiohttp
    import httpx

    from cashfree_facade import AsyncCashfree

    if name.startswith("facade-"):
        transport = name.removeprefix("facade-")
        async with AsyncCashfree(CLIENT_ID, CLIENT_SECRET, base_url=base_url, transport=transport) as cf:
            assert cf.transport == transport

            async def facade() -> None:
                await cf.orders.create(order_amount=Decimal("10.34"), order_currency="INR", customer_details=CUSTOMER)

            return await _run_workers(concurrency, requests, facade)
    if name == "httpx":
        async with httpx.AsyncClient() as http:

            async def raw_httpx() -> None:
                headers = {**HEADERS, "x-idempotency-key": str(uuid.uuid4())}
                response = await http.post(base_url + "/orders", json=ORDER_REQUEST, headers=headers)
                response.raise_for_status()
                response.json()

            return await _run_workers(concurrency, requests, raw_httpx)
    if name == "aiohttp":
        async with aiohttp.ClientSession() as session:

            async def raw_aiohttp() -> None:
                headers = {**HEADERS, "x-idempotency-key": str(uuid.uuid4())}
                async with session.post(base_url + "/orders", json=ORDER_REQUEST, headers=headers) as response:
                    response.raise_for_status()
                    json.loads(await response.read())

            return await _run_workers(concurrency, requests, raw_aiohttp)
    raise ValueError(name)


def sequential_us(name: str, requests: int, base_url: str) -> float:
    import httpx

    from cashfree_facade import Cashfree

    one: Callable[[], object]
    if name == "facade":
        cf = Cashfree(CLIENT_ID, CLIENT_SECRET, base_url=base_url)

        def one() -> object:
            return cf.orders.create(order_amount=Decimal("10.34"), order_currency="INR", customer_details=CUSTOMER)

    elif name == "httpx":
        http = httpx.Client()

        def one() -> object:
            headers = {**HEADERS, "x-idempotency-key": str(uuid.uuid4())}
            response = http.post(base_url + "/orders", json=ORDER_REQUEST, headers=headers)
            response.raise_for_status()
            return response.json()

    else:
        raise ValueError(name)
    for _ in range(50):
        one()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(requests):
        one()
    CPU_US[0] = (time.process_time() - cpu) / requests * 1e6
    return (time.perf_counter() - started) / requests * 1e6


async def load_generator(url: str, connections: int, seconds: float) -> dict[str, float]:
    """What wrk does, in Python: ``connections`` keep-alive connections POSTing as fast as answers come."""
    import aiohttp

    body = json.dumps(ORDER_REQUEST).encode()
    counts = {"ok": 0, "errors": 0}
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=connections)) as session:

        async def worker(until: float, count: bool) -> None:
            while loop.time() < until:
                async with session.post(url, data=body, headers=HEADERS) as response:
                    await response.read()
                    if count:
                        counts["ok" if response.status < 300 else "errors"] += 1

        await asyncio.gather(*(worker(loop.time() + 1.0, False) for _ in range(connections)))
        started = time.perf_counter()
        await asyncio.gather(*(worker(loop.time() + seconds, True) for _ in range(connections)))
        elapsed = time.perf_counter() - started
    return {"rps": counts["ok"] / elapsed, "errors": counts["errors"]}


class AsgiCaller:
    """Calls an ASGI app directly, without a socket or an HTTP client: what the simulator itself costs."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.headers = [(key.encode(), value.encode()) for key, value in HEADERS.items()]

    async def __call__(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        raw = b"" if body is None else json.dumps(body).encode()
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": path.encode(),
            "query_string": b"",
            "root_path": "",
            "headers": [*self.headers, (b"content-length", str(len(raw)).encode())],
            "client": ("127.0.0.1", 1),
            "server": ("127.0.0.1", 80),
        }
        messages = [{"type": "http.request", "body": raw, "more_body": False}]
        answer: dict[str, Any] = {"body": b""}

        async def receive() -> dict[str, Any]:
            if messages:
                return messages.pop()
            await asyncio.Event().wait()  # the client never disconnects
            raise AssertionError

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                answer["body"] += message.get("body", b"")

        await self.app(scope, receive, send)
        return answer["status"], json.loads(answer["body"])

    async def order_with_payment(self) -> str:
        status, order = await self("POST", "/pg/orders", ORDER_REQUEST)
        assert status == 200, order
        pay = {"payment_session_id": order["payment_session_id"], "payment_method": PAY_UPI}
        status, paid = await self("POST", "/pg/orders/sessions", pay)
        assert status == 200, paid
        return str(order["order_id"])


def _rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def memory_and_growth(orders: int) -> dict[str, float]:
    from cashfree_mock import create_app

    app = create_app()
    call = AsgiCaller(app)

    async def list_us(order_id: str) -> float:
        times = []
        for _ in range(300):
            started = time.perf_counter()
            status, payments = await call("GET", f"/pg/orders/{order_id}/payments")
            times.append(time.perf_counter() - started)
            assert status == 200
            assert len(payments) == 1
        return statistics.median(times) * 1e6

    async with app.router.lifespan_context(app):
        target = await call.order_with_payment()
        for _ in range(10):
            await call.order_with_payment()
        gc.collect()
        rss_few = _rss_bytes()
        list_few = await list_us(target)
        started = time.perf_counter()
        for done in range(orders - 10):
            await call.order_with_payment()
            if done and done % 20000 == 0:
                log(f"    {done} orders stored ({time.perf_counter() - started:.0f} s)")
        gc.collect()
        rss_many = _rss_bytes()
        list_many = await list_us(target)
    return {
        "orders": orders,
        "rss_mib": rss_many / 2**20,
        "kib_per_order": (rss_many - rss_few) / (orders - 10) / 1024,
        "list_us_10": list_few,
        "list_us_many": list_many,
    }


async def profile_simulator(count: int, out: Path) -> dict[str, Any]:
    """Profile the simulator's create-order path, in-process (ASGI calls, no socket), after a warm-up."""
    from pyinstrument import Profiler

    from cashfree_mock import create_app

    app = create_app()
    call = AsgiCaller(app)
    async with app.router.lifespan_context(app):
        for _ in range(50):
            await call("POST", "/pg/orders", ORDER_REQUEST)
        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(count):
            status, _ = await call("POST", "/pg/orders", ORDER_REQUEST)
            assert status == 200
        profiler.stop()
    return _profile_summary(profiler, out, count)


def profile_facade(count: int, base_url: str, out: Path) -> dict[str, Any]:
    """Profile the sequential facade call (the client's process only; the simulator runs in another)."""
    from pyinstrument import Profiler

    from cashfree_facade import Cashfree

    cf = Cashfree(CLIENT_ID, CLIENT_SECRET, base_url=base_url)
    for _ in range(50):
        cf.orders.create(order_amount=Decimal("10.34"), order_currency="INR", customer_details=CUSTOMER)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(count):
        cf.orders.create(order_amount=Decimal("10.34"), order_currency="INR", customer_details=CUSTOMER)
    profiler.stop()
    return _profile_summary(profiler, out, count)


# Time a process spends waiting on the other end of a socket, not working.
_WAITING = ("socket.recv", "socket.send", "select", "poll", "socket.recv_into", "epoll.poll")


def _profile_summary(profiler: Any, out: Path, count: int) -> dict[str, Any]:
    """Write the tree and the flat list; sum each function's own time and each package's, per call."""
    out.with_suffix(".tree.txt").write_text(profiler.output_text(show_all=False), encoding="utf-8")
    out.with_suffix(".flat.txt").write_text(profiler.output_text(flat=True), encoding="utf-8")
    functions: dict[str, float] = {}
    packages: dict[str, float] = {}

    def own(frame: Any) -> None:
        for child in frame.children:
            if child.is_synthetic_leaf:
                add(frame, child.time)
            else:
                own(child)
        if not frame.children and not frame.is_synthetic:
            add(frame, frame.time)

    def add(frame: Any, seconds: float) -> None:
        path = frame.file_path_short or "?"
        name = f"{frame.function} ({path}{'' if path.startswith('<') else ':' + str(frame.line_no)})"
        if any(frame.function.endswith(waiting) for waiting in _WAITING):
            return
        functions[name] = functions.get(name, 0.0) + seconds
        package = "built-in" if path.startswith("<") else path.split("/", 1)[0].removesuffix(".py")
        packages[package] = packages.get(package, 0.0) + seconds

    own(profiler.last_session.root_frame())
    total = sum(functions.values())
    top = sorted(functions.items(), key=lambda item: -item[1])[:10]
    return {
        "us_per_call": total / count * 1e6,
        "functions": [(name, seconds / count * 1e6, seconds / total) for name, seconds in top],
        "packages": sorted(((name, seconds / total) for name, seconds in packages.items()), key=lambda i: -i[1]),
    }


def role(argv: list[str]) -> None:
    """``bench.py role NAME ARGS...``: one measurement in this (fresh) process; prints JSON."""
    name, args = argv[0], argv[1:]
    result: Any
    if name == "floor":
        serve_floor(int(args[0]), args[1], args[2])
        return
    if name == "client":
        calls_per_s = asyncio.run(client_calls_per_s(args[0], int(args[1]), int(args[2]), args[3]))
        result = {"calls_per_s": calls_per_s, "cpu_us": CPU_US[0]}
    elif name == "sequential":
        result = {"us_per_call": sequential_us(args[0], int(args[1]), args[2]), "cpu_us": CPU_US[0]}
    elif name == "loadgen":
        import uvloop

        result = uvloop.run(load_generator(args[0], int(args[1]), float(args[2])))
    elif name == "memory":
        result = asyncio.run(memory_and_growth(int(args[0])))
    elif name == "profile-simulator":
        result = asyncio.run(profile_simulator(int(args[0]), Path(args[1])))
    elif name == "profile-facade":
        result = profile_facade(int(args[0]), args[1], Path(args[2]))
    else:
        raise SystemExit(f"unknown role {name!r}")
    print(json.dumps(result))


# ================================================================== the orchestra
def run_json(command: list[str], timeout: float = 1800) -> Any:
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} ... failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def our_role(*args: object) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "role", *map(str, args)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited ({process.returncode}) before listening on {port}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port} after {seconds} s")


@contextlib.contextmanager
def server(command: list[str], port: int) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def floor_server(port: int, http: str = "httptools", loop: str = "uvloop") -> list[str]:
    return our_role("floor", port, http, loop)


def simulator_server(port: int, http: str = "auto", loop: str = "auto") -> list[str]:
    command = [sys.executable, "-m", "cashfree_mock", "--port", str(port), "--log-level", "warning"]
    return [*command, "--http", http, "--loop", loop]


class Tools:
    """The throw-away environments: the official SDK's venv, Prism, wrk."""

    def __init__(self, apt_wrk: bool) -> None:
        BENCH.mkdir(exist_ok=True)
        (BENCH / ".gitignore").write_text("*\n", encoding="utf-8")
        self.sdk_python = self._sdk_venv()
        self.prism = self._prism()
        self.wrk = shutil.which("wrk") or (self._apt_wrk() if apt_wrk else None)

    def _sdk_venv(self) -> Path:
        venv = BENCH / "sdk-venv"
        python = venv / "bin" / "python"
        stamp = venv / ".installed"
        if not stamp.exists() or stamp.read_text(encoding="utf-8") != SDK_PACKAGE:
            log(f"setting up {SDK_PACKAGE} in {venv.relative_to(ROOT)} ...")
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
            pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
            subprocess.run([*pip, SDK_PACKAGE], check=True)
            stamp.write_text(SDK_PACKAGE, encoding="utf-8")
        return python

    def _prism(self) -> Path | None:
        prefix = BENCH / "prism"
        binary = prefix / "node_modules" / ".bin" / "prism"
        if binary.exists():
            return binary
        npm = shutil.which("npm")
        if npm is None:
            log("npm not found: Prism is left out")
            return None
        log(f"installing {PRISM_PACKAGE} into {prefix.relative_to(ROOT)} ...")
        done = subprocess.run(
            [npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(prefix), PRISM_PACKAGE],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not binary.exists():
            log(f"npm install failed: Prism is left out\n{done.stderr[-2000:]}")
            return None
        return binary

    @staticmethod
    def _apt_wrk() -> str | None:
        log("installing wrk from Debian (--apt-wrk) ...")
        apt_get = shutil.which("apt-get")
        if apt_get is None:
            return None
        install = [apt_get, "install", "-y", "-qq", "wrk"]
        if subprocess.run(install, capture_output=True, check=False).returncode != 0:
            subprocess.run([apt_get, "update", "-qq"], capture_output=True, check=False)
            subprocess.run(install, capture_output=True, check=False)
        return shutil.which("wrk")


def sdk(tools: Tools, *args: object) -> Any:
    return run_json([str(tools.sdk_python), str(SDK_DRIVER), *map(str, args)])


# ------------------------------------------------------------------ 1. import time
PROBE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def import_times(tools: Tools, runs: int) -> dict[str, float]:
    # Bytecode is cached as an installed package's is (pip compiles it): with PYTHONDONTWRITEBYTECODE set,
    # this repository's modules would be compiled from source on every probe, and httpx's would not.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}

    def ours(module: str) -> float:
        command = [sys.executable, "-c", PROBE.format(module=module)]
        return float(subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT, env=env).stdout)

    probes: dict[str, Callable[[], float]] = {
        "httpx": lambda: ours("httpx"),
        "cashfree_facade": lambda: ours("cashfree_facade"),
        "official SDK": lambda: float(sdk(tools, "import")["seconds"]),
    }
    for probe in probes.values():  # warm the file-system cache and the .pyc files
        probe()
    times: dict[str, list[float]] = {name: [] for name in probes}
    for _ in range(runs):  # interleaved, so that a slow moment of the machine hits all alike
        for name, probe in probes.items():
            times[name].append(probe())
    return {name: statistics.median(values) * 1000 for name, values in times.items()}


# ------------------------------------------------------------------ 2. concurrency
CLIENTS = ("facade-aiohttp", "facade-httpx", "httpx", "aiohttp", "official SDK")
LABELS = {
    "facade-aiohttp": "AsyncCashfree (aiohttp)",
    "facade-httpx": "AsyncCashfree (httpx)",
    "httpx": "raw httpx.AsyncClient",
    "aiohttp": "plain aiohttp",
    "official SDK": "official SDK (thread pool)",
}


CPU_TABLE: dict[str, dict[int, float]] = {}
SEQUENTIAL_CPU: dict[str, float] = {}
TARGET_PAIR = ("facade-aiohttp", "official SDK")  # the clients the concurrency target compares, at 32
AT_32: dict[str, list[float]] = {}  # their calls/s at 32, round by round
SEQUENTIAL_ROUNDS: dict[str, list[float]] = {}  # µs per call of each sequential client, round by round


def paired(numerators: list[float], denominators: list[float]) -> float:
    """The median of the rounds' own ratios: rounds run in turns, so a busy moment of the machine
    weighs on both sides of one ratio rather than on one side of the whole figure."""
    ratio: float = statistics.median(a / b for a, b in zip(numerators, denominators, strict=True))
    return ratio


def concurrency_table(tools: Tools, requests: int, rounds_at_32: int) -> dict[str, dict[int, float]]:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/pg"
    table: dict[str, dict[int, float]] = {name: {} for name in CLIENTS}
    with server(floor_server(port), port):
        for concurrency in CONCURRENCY:
            for name in CLIENTS:
                if name == "official SDK":
                    result = sdk(tools, "concurrency", concurrency, requests, base_url)
                else:
                    result = run_json(our_role("client", name, concurrency, requests, base_url))
                table[name][concurrency] = result["calls_per_s"]
                CPU_TABLE.setdefault(name, {})[concurrency] = result["cpu_us"]
                log(
                    f"  c={concurrency:<2} {LABELS[name]:<28} {result['calls_per_s']:7.0f} calls/s"
                    f" {result['cpu_us']:7.0f} µs CPU per call"
                )
        # The target pair again, in turns: its ratio is the median of the rounds' own ratios (see paired).
        AT_32.update({name: [table[name][32]] for name in TARGET_PAIR})
        for _ in range(rounds_at_32):
            for name in TARGET_PAIR:
                if name == "official SDK":
                    result = sdk(tools, "concurrency", 32, requests, base_url)
                else:
                    result = run_json(our_role("client", name, 32, requests, base_url))
                AT_32[name].append(result["calls_per_s"])
        log("  at 32, in turns: " + "; ".join(f"{LABELS[n]} {', '.join(f'{v:.0f}' for v in AT_32[n])}" for n in AT_32))
    return table


# ------------------------------------------------------------------ 3. sequential
def sequential_table(tools: Tools, requests: int, rounds: int) -> dict[str, float]:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/pg"
    times: dict[str, list[float]] = {"facade": [], "httpx": [], "official SDK": []}
    cpu: dict[str, list[float]] = {name: [] for name in times}
    with server(simulator_server(port), port):
        for _ in range(rounds):  # interleaved: a busy moment of the machine, or a fuller store, hits all alike
            for name in times:
                if name == "official SDK":
                    result = sdk(tools, "sequential", requests, base_url)
                else:
                    result = run_json(our_role("sequential", name, requests, base_url))
                times[name].append(result["us_per_call"])
                cpu[name].append(result["cpu_us"])
    SEQUENTIAL_CPU.update({name: statistics.median(values) for name, values in cpu.items()})
    SEQUENTIAL_ROUNDS.update(times)
    return {name: statistics.median(values) for name, values in times.items()}


# ------------------------------------------------------------------ 4. the simulator under load
WRK_SCRIPT = """wrk.method = "POST"
wrk.body = '{body}'
{headers}
"""


def _cpu_seconds(pid: int) -> float:
    """The CPU time (user and system) process `pid` has used so far: Linux's /proc, else 0."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def load(tools: Tools, url: str, connections: int, seconds: float, pid: int | None = None) -> dict[str, float]:
    """Requests/s under load; with the server's `pid`, also its CPU µs per request (steadier than requests/s)."""
    if tools.wrk is None:
        cpu = _cpu_seconds(pid) if pid else 0.0
        result: dict[str, float] = run_json(our_role("loadgen", url, connections, seconds))
        if pid and result["rps"]:
            result["cpu_us"] = (_cpu_seconds(pid) - cpu) / (result["rps"] * seconds) * 1e6
        return result
    script = BENCH / "create_order.lua"
    headers = "\n".join(f'wrk.headers["{key}"] = "{value}"' for key, value in HEADERS.items())
    script.write_text(WRK_SCRIPT.format(body=json.dumps(ORDER_REQUEST), headers=headers), encoding="utf-8")
    warm = [tools.wrk, "-t1", f"-c{connections}", "-d1s", "-s", str(script), url]
    subprocess.run(warm, capture_output=True, check=True)
    command = [tools.wrk, "-t1", f"-c{connections}", f"-d{seconds:.0f}s", "-s", str(script), url]
    cpu = _cpu_seconds(pid) if pid else 0.0
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    cpu = _cpu_seconds(pid) - cpu if pid else 0.0
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = int(bad.group(1)) if bad else 0
    total = float(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    figures = {"rps": rps * (1 - errors / total) if total else 0.0, "errors": errors}
    if pid and total:
        figures["cpu_us"] = cpu / total * 1e6
    return figures


def prism_url(port: int) -> str | None:
    """Prism serves the spec's paths at its root (it drops the server's /pg), or under /pg: whichever answers."""
    import httpx

    for path in ("/orders", "/pg/orders"):
        with contextlib.suppress(httpx.HTTPError):
            answer = httpx.post(f"http://127.0.0.1:{port}{path}", json=ORDER_REQUEST, headers=HEADERS, timeout=10)
            if answer.status_code == 200:
                return f"http://127.0.0.1:{port}{path}"
    return None


def load_table(tools: Tools, connections: int, seconds: float, rounds: int) -> dict[str, dict[str, Any]]:
    """Requests/s of each server: the median of `rounds` runs, the servers taking turns.

    A moment when the machine is busy (a neighbour of this VM, a timer of the OS) then costs every
    server a run, not one server its whole figure; the simulator and its floor are paired round by
    round for the ratio (see `load_ratio`).
    """
    targets: list[tuple[str, Callable[[int], list[str]]]] = [
        ("simulator (httptools, uvloop)", simulator_server),
        ("simulator (h11, asyncio)", lambda port: simulator_server(port, "h11", "asyncio")),
        ("bare Starlette endpoint (httptools, uvloop)", floor_server),
        ("bare Starlette endpoint (h11, asyncio)", lambda port: floor_server(port, "h11", "asyncio")),
    ]
    runs: dict[str, list[dict[str, float]]] = {name: [] for name, _ in targets}
    with contextlib.ExitStack() as servers:
        urls, pids = {}, {}
        for name, command in targets:  # all up at once: an idle server costs the others nothing
            port = free_port()
            pids[name] = servers.enter_context(server(command(port), port)).pid
            urls[name] = f"http://127.0.0.1:{port}/pg/orders"
        for turn in range(rounds):
            for name, _ in targets[turn % len(targets) :] + targets[: turn % len(targets)]:
                runs[name].append(load(tools, urls[name], connections, seconds, pids[name]))
                run = runs[name][-1]
                log(f"  round {turn + 1}: {name:<44} {run['rps']:7.0f} req/s {run.get('cpu_us', 0):5.0f} µs CPU")
    results: dict[str, dict[str, Any]] = {}
    for name, measured in runs.items():
        rps = [run["rps"] for run in measured]
        errors = sum(run["errors"] for run in measured)
        results[name] = {"rps": statistics.median(rps), "errors": errors, "rounds": rps}
        if all("cpu_us" in run for run in measured):
            results[name]["cpu_us_rounds"] = [run["cpu_us"] for run in measured]
    if tools.prism is not None:
        port = free_port()
        prism = [str(tools.prism), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(spec_file())]
        with server(prism, port) as process:
            url = prism_url(port)
            if url is not None:
                results["Prism (stateless)"] = load(tools, url, connections, seconds, process.pid)
                log(f"  {'Prism (stateless)':<44} {results['Prism (stateless)']['rps']:7.0f} req/s")
            else:
                log("  Prism did not answer a create order with 200: left out")
    return results


# ------------------------------------------------------------------ report
def machine() -> dict[str, str]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = {}
    for package in ("httpx", "aiohttp", "uvicorn", "starlette", "httptools", "uvloop", "h11", "jsonschema"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions[package] = metadata.version(package)
    return {
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "load average at the start": " ".join(f"{value:.2f}" for value in os.getloadavg()),
        "packages": ", ".join(f"{name} {version}" for name, version in versions.items()),
        "official SDK": SDK_PACKAGE.replace("==", " "),
        "Prism": PRISM_PACKAGE.rsplit("@", 1)[1],
    }


def verdict(value: float, target: float, at_least: bool) -> str:
    if (value >= target) if at_least else (value <= target):
        return "met"
    gap = target / value if at_least else value / target
    return f"missed ({gap:.2f}x short)" if at_least else f"missed ({gap:.2f}x over)"


def targets(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    conc = results["concurrency"]
    at_32 = results.get("at_32") or {name: [conc[name][32]] for name in TARGET_PAIR}
    vs_sdk = paired(at_32["facade-aiohttp"], at_32["official SDK"])
    ours32, ours1 = statistics.median(at_32["facade-aiohttp"]), conc["facade-aiohttp"][1]
    rows.append(("AsyncCashfree at 32 / official SDK at 32", f"{vs_sdk:.2f}x", ">= 2x", verdict(vs_sdk, 2, True)))
    rows.append(("AsyncCashfree at 32 / at 1", f"{ours32 / ours1:.2f}x", ">= 1x", verdict(ours32 / ours1, 1, True)))
    seq = results["sequential"]
    rounds = results.get("sequential_rounds") or {name: [value] for name, value in seq.items()}
    vs_httpx = paired(rounds["facade"], rounds["httpx"])
    vs_official = paired(rounds["facade"], rounds["official SDK"])
    rows.append(
        ("sequential: facade / raw httpx per call", f"{vs_httpx:.2f}x", "<= 1.10x", verdict(vs_httpx, 1.10, False))
    )
    rows.append(
        ("sequential: facade / official SDK per call", f"{vs_official:.2f}x", "<= 1x", verdict(vs_official, 1, False))
    )
    imp = results["imports"]
    rows.append(
        ("import: cashfree_facade / httpx", f"{imp['cashfree_facade'] / imp['httpx']:.2f}x", "keep (1.16x)", "-")
    )
    rows.append(
        (
            "import: official SDK / cashfree_facade",
            f"{imp['official SDK'] / imp['cashfree_facade']:.1f}x",
            "keep (4.8x)",
            "-",
        )
    )
    loads = results["load"]
    sim = loads["simulator (httptools, uvloop)"]["rps"]
    ratio = load_ratio(loads)
    rows.append(("simulator / bare endpoint, same server", f"{ratio:.2f}x", ">= 0.5x", verdict(ratio, 0.5, True)))
    if "Prism (stateless)" in loads:
        prism = loads["Prism (stateless)"]["rps"]
        rows.append(("simulator / Prism", f"{sim / prism:.2f}x", "> 1x", verdict(sim / prism, 1, True)))
    mem = results["memory"]
    rows.append(
        (
            "memory per stored order (one payment)",
            f"{mem['kib_per_order']:.2f} KiB",
            "< 1.5 KiB",
            verdict(mem["kib_per_order"], 1.5, False),
        )
    )
    growth = mem["list_us_many"] / mem["list_us_10"]
    rows.append(
        (
            f"list payments: {mem['orders']:,} / 10 orders stored",
            f"{growth:.2f}x",
            "~1x (<= 1.5x)",
            verdict(growth, 1.5, False),
        )
    )
    return rows


def _cpu_cell(value: dict[str, Any]) -> str:
    cpu = value.get("cpu_us_rounds") or ([value["cpu_us"]] if "cpu_us" in value else [])
    return ", ".join(f"{us:.0f}" for us in cpu) or "-"


def load_ratio(loads: dict[str, dict[str, Any]]) -> float:
    """The simulator / bare endpoint ratio on the fast stack: the median of the rounds' own ratios."""
    sim = loads["simulator (httptools, uvloop)"]
    floor = loads["bare Starlette endpoint (httptools, uvloop)"]
    pairs = zip(sim.get("rounds", [sim["rps"]]), floor.get("rounds", [floor["rps"]]), strict=True)
    ratio: float = statistics.median(ours / bare for ours, bare in pairs)
    return ratio


def markdown(results: dict[str, Any], command: str) -> str:
    conc, seq, imp, loads, mem = (results[key] for key in ("concurrency", "sequential", "imports", "load", "memory"))
    cpu = results["sequential_cpu"]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{command}` ({results['date']}, {results['minutes']:.0f} minutes). Figures, not tests:",
        "absolute numbers move with the machine and its load; the ratios, measured side by side in one run,",
        "are what the targets of issue 12 are expressed in. Every client sends the same request (the facade's",
        "headers, an idempotency key included).",
        "",
        "![calls/s against concurrency, and the simulator under load](benchmarks.png)",
        "",
        "## Targets",
        "",
        "| measure | this run | target | |",
        "| --- | ---: | --- | --- |",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in targets(results)),
        "",
        f"## Create order at concurrency (calls/s, {results['requests']:,} calls against a bare Starlette endpoint)",
        "",
        "| client | " + " | ".join(f"c={c}" for c in CONCURRENCY) + " |",
        "| --- | " + " | ".join("---:" for _ in CONCURRENCY) + " |",
        *(f"| {LABELS[name]} | " + " | ".join(f"{conc[name][c]:.0f}" for c in CONCURRENCY) + " |" for name in CLIENTS),
        "",
        "The endpoint runs on uvicorn (httptools, uvloop) in its own process; the clients run on asyncio. The",
        "official SDK runs `PGCreateOrder(..., async_req=True)` on its thread pool, sized to the concurrency.",
        *(
            [
                "At 32 the two clients of the target took turns again; calls/s round by round: "
                + "; ".join(f"{LABELS[n]} {', '.join(f'{v:.0f}' for v in vs)}" for n, vs in results["at_32"].items())
                + ". The target's ratio is the median of the rounds' own ratios.",
            ]
            if results.get("at_32")
            else []
        ),
        "The CPU time each client's process spends per call, steadier than calls/s on a busy machine:",
        "",
        "| client (µs of CPU per call) | " + " | ".join(f"c={c}" for c in CONCURRENCY) + " |",
        "| --- | " + " | ".join("---:" for _ in CONCURRENCY) + " |",
        *(
            f"| {LABELS[name]} | " + " | ".join(f"{results['cpu'][name][c]:.0f}" for c in CONCURRENCY) + " |"
            for name in CLIENTS
        ),
        "",
        "## Sequential create order against the simulator (loopback, µs per call)",
        "",
        "| client | µs per call | / raw httpx | client CPU µs per call | / raw httpx |",
        "| --- | ---: | ---: | ---: | ---: |",
        *(
            f"| {name} | {value:.0f} | {value / seq['httpx']:.2f}x | {cpu[name]:.0f} | {cpu[name] / cpu['httpx']:.2f}x |"  # noqa: E501
            for name, value in seq.items()
        ),
        "",
        "Median of seven interleaved rounds of 500 calls each (the ratios in the targets: the median of each",
        "round's own ratio). The simulator's time is in every call; the CPU time of the client's own process",
        "is what the client adds.",
        "",
        "## Import time (ms, median of fresh interpreters)",
        "",
        "| module | ms | / httpx |",
        "| --- | ---: | ---: |",
        *(f"| {name} | {value:.1f} | {value / imp['httpx']:.2f}x |" for name, value in imp.items()),
        "",
        f"## Under load: create order, one worker ({results['load_tool']})",
        "",
        "| server | requests/s (median) | each round | server CPU µs per request, each round | errors |",
        "| --- | ---: | --- | --- | ---: |",
        *(
            f"| {name} | {value['rps']:.0f} | {', '.join(f'{rps:.0f}' for rps in value.get('rounds', [value['rps']]))} "
            f"| {_cpu_cell(value)} "
            f"| {value['errors']:.0f} |"
            for name, value in loads.items()
        ),
        "",
        "The servers take turns, round by round; the ratio in the targets is the median of each round's"
        " simulator / bare endpoint ratio. The server's CPU time per request (user and system, from /proc) is"
        " steadier than requests/s on a busy machine: it is what each request costs the server.",
        "",
        "The simulator keeps state and validates every request against the spec; Prism keeps none.",
        "",
        f"## Memory and growth ({mem['orders']:,} orders, each with one payment)",
        "",
        "| measure | value |",
        "| --- | ---: |",
        f"| RSS of the simulator's process | {mem['rss_mib']:.0f} MiB |",
        f"| per stored order | {mem['kib_per_order']:.2f} KiB |",
        f"| list one order's payments, 10 orders stored | {mem['list_us_10']:.0f} µs |",
        f"| list one order's payments, {mem['orders']:,} orders stored | {mem['list_us_many']:.0f} µs |",
        "",
        "Driven in-process (ASGI calls, no socket), so that the figures are the simulator's own.",
        "",
        *(profile_markdown(results["profiles"]) if "profiles" in results else []),
        "## Machine",
        "",
        *(f"- {key}: {value}" for key, value in results["machine"].items()),
        "",
    ]
    return "\n".join(lines)


def chart(results: dict[str, Any]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.6), gridspec_kw={"width_ratios": [1.1, 1]})
    for name in CLIENTS:
        values = results["concurrency"][name]
        left.plot(list(CONCURRENCY), [values[c] for c in CONCURRENCY], marker="o", label=LABELS[name])
    left.set_xscale("log", base=2)
    left.set_xticks(list(CONCURRENCY), [str(c) for c in CONCURRENCY])
    left.set_xlabel("concurrency")
    left.set_ylabel("create orders / s")
    left.set_title("Clients against a bare Starlette endpoint")
    left.grid(alpha=0.3)
    left.legend(fontsize=8)
    loads = results["load"]
    names = list(loads)
    right.barh(names, [loads[name]["rps"] for name in names], color="tab:blue")
    right.invert_yaxis()
    right.set_xlabel("create orders / s")
    right.set_title(f"Servers under load ({results['load_tool']})")
    right.tick_params(axis="y", labelsize=8)
    right.grid(alpha=0.3, axis="x")
    figure.tight_layout()
    figure.savefig(CHART, dpi=90)
    plt.close(figure)


def print_summary(results: dict[str, Any]) -> None:
    print()
    print("create order, calls/s by concurrency:")
    print(f"  {'client':<28}" + "".join(f"{'c=' + str(c):>8}" for c in CONCURRENCY))
    for name in CLIENTS:
        print(f"  {LABELS[name]:<28}" + "".join(f"{results['concurrency'][name][c]:8.0f}" for c in CONCURRENCY))
    print("sequential create order against the simulator, µs per call:")
    for name, value in results["sequential"].items():
        print(f"  {name:<28}{value:8.0f}")
    print("import, ms:")
    for name, value in results["imports"].items():
        print(f"  {name:<28}{value:8.1f}")
    print(f"under load ({results['load_tool']}), requests/s:")
    for name, value in results["load"].items():
        print(f"  {name:<44}{value['rps']:8.0f}")
    mem = results["memory"]
    print(f"memory: {mem['rss_mib']:.0f} MiB RSS after {mem['orders']:,} orders, {mem['kib_per_order']:.2f} KiB each")
    few, many = mem["list_us_10"], mem["list_us_many"]
    print(f"growth: list payments {few:.0f} µs with 10 orders stored, {many:.0f} µs with {mem['orders']:,}")
    print()
    print("targets (issue 12), ratios of this run:")
    for measure, value, target, status in targets(results):
        print(f"  {measure:<48}{value:>12}  target {target:<14} {status}")


def profile(calls: int) -> dict[str, Any]:
    """pyinstrument profiles of the sequential facade call and of the simulator's create order.

    Each is written to .bench/ as a call tree and a flat list; the summary (own time per call by function and
    by package, time waiting on a socket left out) goes into the report.
    """
    port = free_port()
    with server(simulator_server(port), port):
        facade = run_json(our_role("profile-facade", calls, f"http://127.0.0.1:{port}/pg", BENCH / "profile-facade"))
    simulator = run_json(our_role("profile-simulator", calls, BENCH / "profile-simulator"))
    log("  wrote .bench/profile-facade.{tree,flat}.txt and .bench/profile-simulator.{tree,flat}.txt")
    return {"facade (sequential create order, client side)": facade, "simulator (create order)": simulator}


def profile_markdown(profiles: dict[str, Any]) -> list[str]:
    lines = [
        "## Where the time goes (pyinstrument)",
        "",
        "Own time per call of the busiest functions, and each package's share; time spent waiting on a socket is",
        "left out. `scripts/bench.py --profile` writes the full call trees to `.bench/`.",
        "",
    ]
    for title, summary in profiles.items():
        shares = ", ".join(f"{name} {share:.0%}" for name, share in summary["packages"][:8])
        lines += [
            f"### {title}: {summary['us_per_call']:.0f} µs of own time per call",
            "",
            f"By package: {shares}.",
            "",
            "| function | µs per call | share |",
            "| --- | ---: | ---: |",
            *(f"| `{name}` | {us:.0f} | {share:.0%} |" for name, us, share in summary["functions"]),
            "",
        ]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=1000, help="calls per concurrency figure (default 1000)")
    parser.add_argument("--orders", type=int, default=100_000, help="orders stored for memory and growth")
    parser.add_argument("--seconds", type=float, default=5.0, help="seconds of load per server (default 5)")
    parser.add_argument("--connections", type=int, default=32, help="connections of the load (default 32)")
    parser.add_argument(
        "--rounds", type=int, default=3, help="turns each server takes under load, and more at concurrency 32 (3)"
    )
    parser.add_argument("--quick", action="store_true", help="smaller counts, to try the script out")
    parser.add_argument("--apt-wrk", action="store_true", help="apt-get install wrk when it is missing")
    parser.add_argument("--profile", action="store_true", help="only write the pyinstrument profiles to .bench/")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/ alone")
    parser.add_argument("--only", choices=SECTIONS, nargs="+", help="run these sections only (implies --no-write)")
    args = parser.parse_args()
    if args.quick:
        args.requests, args.orders, args.seconds, args.rounds = 300, 5_000, 2.0, 1
    started = time.monotonic()
    tools = Tools(apt_wrk=args.apt_wrk)
    if args.profile:
        profiles = profile(3000)
        print(json.dumps(profiles, indent=1))
        previous = BENCH / "results.json"
        if previous.exists() and not args.no_write:  # the last full run's report, with these profiles
            report = read_results(previous)
            report["profiles"] = profiles
            previous.write_text(json.dumps(report, indent=2), encoding="utf-8")
            write_report(report)
        return 0
    results: dict[str, Any] = {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "requests": args.requests,
        "load_tool": f"wrk, {args.connections} connections"
        if tools.wrk
        else f"aiohttp load generator, {args.connections} connections",
    }
    sections = args.only or SECTIONS
    if "imports" in sections:
        log("import time ...")
        results["imports"] = import_times(tools, runs=5 if args.quick else 15)
    if "concurrency" in sections:
        log("create order at concurrency ...")
        results["concurrency"] = concurrency_table(tools, args.requests, rounds_at_32=args.rounds + 1)
        results["cpu"] = CPU_TABLE
        results["at_32"] = AT_32
    if "sequential" in sections:
        log("sequential create order against the simulator ...")
        results["sequential"] = sequential_table(tools, 300 if args.quick else 500, rounds=1 if args.quick else 7)
        results["sequential_cpu"] = SEQUENTIAL_CPU
        results["sequential_rounds"] = SEQUENTIAL_ROUNDS
    if "load" in sections:
        log("servers under load ...")
        results["load"] = load_table(tools, args.connections, args.seconds, args.rounds)
    if "memory" in sections:
        log(f"memory and growth ({args.orders:,} orders) ...")
        results["memory"] = run_json(our_role("memory", args.orders), timeout=7200)
    if "profile" in sections:
        log("profiles ...")
        results["profiles"] = profile(1000 if args.quick else 3000)
    if args.only:
        print(json.dumps({key: value for key, value in results.items() if key != "machine"}, indent=1))
        return 0
    results["minutes"] = (time.monotonic() - started) / 60
    print_summary(results)
    results["command"] = "make bench" if not args.quick else "scripts/bench.py --quick"
    (BENCH / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    if not args.no_write:
        write_report(results)
    return 0


def read_results(path: Path) -> dict[str, Any]:
    """A run's results as saved in JSON, its concurrency levels (JSON keys are strings) numbers again."""
    results: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for section in ("concurrency", "cpu"):
        if section in results:
            results[section] = {
                name: {int(level): value for level, value in values.items()}
                for name, values in results[section].items()
            }
    return results


def write_report(results: dict[str, Any]) -> None:
    REPORT.write_text(markdown(results, results.get("command", "make bench")), encoding="utf-8")
    chart(results)
    log(f"wrote {REPORT.relative_to(ROOT)} and {CHART.relative_to(ROOT)}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "role":
        role(sys.argv[2:])
    else:
        sys.exit(main())
