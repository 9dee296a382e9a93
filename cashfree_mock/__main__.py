"""`python -m cashfree_mock`: serve the simulator with uvicorn."""

from __future__ import annotations

import argparse
from pathlib import Path

from ._app import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET
from ._server import HTTP_STACKS, LOOP_STACKS, MockServer


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Every option's default; the epilog unwrapped, so the guide's path stays whole."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="cashfree-mock",
        description="A stateful simulator of the Cashfree PG sandbox.",
        epilog=f"Guide (test instruments, control endpoints): {_guide_path()}",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind; 0.0.0.0 opens the simulator to the network"
    )
    parser.add_argument("--port", type=int, default=8080, help="port to bind (0: any free port)")
    parser.add_argument("--client-id", default=DEFAULT_CLIENT_ID, help="the x-client-id the API accepts")
    parser.add_argument("--client-secret", default=DEFAULT_CLIENT_SECRET, help="the x-client-secret the API accepts")
    parser.add_argument("--rate-limits", action="store_true", help="enforce the sandbox's per-minute limits")
    parser.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
        help="uvicorn log level",
    )
    parser.add_argument(
        "--http", default="auto", choices=HTTP_STACKS, help="HTTP parser (auto: httptools when installed, else h11)"
    )
    parser.add_argument(
        "--loop", default="auto", choices=LOOP_STACKS, help="event loop (auto: uvloop when installed, else asyncio)"
    )
    args = parser.parse_args(argv)
    server = MockServer(
        client_id=args.client_id,
        client_secret=args.client_secret,
        rate_limits=args.rate_limits,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        http=args.http,
        loop=args.loop,
    )
    server.serve_forever(on_bound=_announce)


def _guide_path() -> Path:
    """The simulator's guide, docs/mock.md: packaged with it in a wheel, at the top of a source checkout."""
    packaged = Path(__file__).with_name("docs") / "mock.md"
    return packaged if packaged.exists() else Path(__file__).resolve().parents[1] / "docs" / "mock.md"


def _announce(server: MockServer) -> None:
    print(f"Cashfree mock {server.app.state.mock.version} at {server.base_url}")
    print(f"  x-client-id: {server.client_id}")
    print(f"  x-client-secret: {server.client_secret}")
    print(f"  control endpoints: {server.url}/__mock/ (see docs/mock.md)")
    print(f"  served by uvicorn on {server.http} and {server.loop}", flush=True)


if __name__ == "__main__":
    main()
