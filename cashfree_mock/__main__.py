"""`python -m cashfree_mock`: serve the simulator with uvicorn."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ._access import CONTROL_TOKEN_HEADER
from ._app import DEFAULT_BODY_TIMEOUT, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET
from ._delivery import DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_RETRY_DELAYS
from ._server import HTTP_STACKS, LOOP_STACKS, MockServer


class _HelpFormatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Every option's default; the epilog unwrapped, so the guide's path stays whole."""


def _delays(text: str) -> tuple[float, ...]:
    try:
        delays = tuple(float(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("a comma-separated list of seconds, such as 1,2,4") from None
    if any(not 0 <= delay <= 86400 for delay in delays):
        raise argparse.ArgumentTypeError("each delay must be from 0 to 86400 seconds")
    return delays


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
    hooks = parser.add_argument_group("webhooks")
    hooks.add_argument("--webhook-url", metavar="URL", help="send every webhook here instead of the order's notify_url")
    hooks.add_argument(
        "--webhook-allow-host",
        metavar="HOST",
        action="append",
        default=[],
        help="a host besides loopback that webhooks may be sent to (repeatable)",
    )
    hooks.add_argument(
        "--webhook-retries",
        metavar="SECONDS,...",
        type=_delays,
        default=",".join(f"{delay:g}" for delay in DEFAULT_RETRY_DELAYS),
        help="delays before each retry of a failed delivery",
    )
    hooks.add_argument(
        "--webhook-timeout",
        metavar="SECONDS",
        type=float,
        default=DEFAULT_ATTEMPT_TIMEOUT,
        help="how long one delivery attempt may take",
    )
    parser.add_argument(
        "--replay-faults",
        action="store_true",
        help="store an injected status fault under the request's idempotency key and replay it, as Cashfree does",
    )
    parser.add_argument(
        "--allow-host",
        metavar="NAME",
        action="append",
        default=[],
        help="a public host name to answer under, besides addresses, localhost and local names (repeatable; * = any)",
    )
    parser.add_argument(
        "--control-token",
        metavar="TOKEN",
        help=f"require it in the {CONTROL_TOKEN_HEADER} header of /__mock requests"
        " (or set $CASHFREE_MOCK_CONTROL_TOKEN, which keeps it out of the process list)",
    )
    parser.add_argument(
        "--body-timeout",
        metavar="SECONDS",
        type=float,
        default=DEFAULT_BODY_TIMEOUT,
        help="how long a request body may take to arrive (then 408)",
    )
    args = parser.parse_args(argv)
    try:
        server = MockServer(
            client_id=args.client_id,
            client_secret=args.client_secret,
            rate_limits=args.rate_limits,
            webhook_url=args.webhook_url,
            webhook_allow_hosts=args.webhook_allow_host,
            webhook_retry_delays=args.webhook_retries,
            webhook_timeout=args.webhook_timeout,
            replay_faults=args.replay_faults,
            allow_hosts=args.allow_host,
            # Read here, not as the option's default: --help prints defaults.
            control_token=args.control_token or os.environ.get("CASHFREE_MOCK_CONTROL_TOKEN") or None,
            body_timeout=args.body_timeout,
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            http=args.http,
            loop=args.loop,
        )
    except ValueError as exc:
        parser.error(str(exc))
    server.serve_forever(on_bound=_announce)


def _guide_path() -> Path:
    """The simulator's guide, docs/mock.md: packaged with it in a wheel, at the top of a source checkout."""
    packaged = Path(__file__).with_name("docs") / "mock.md"
    return packaged if packaged.exists() else Path(__file__).resolve().parents[1] / "docs" / "mock.md"


def _announce(server: MockServer) -> None:
    print(f"Cashfree mock {server.app.state.mock.version} at {server.base_url}")
    print(f"  x-client-id: {server.client_id}")
    print(f"  x-client-secret: {server.client_secret}")
    if server.control_token is not None:
        print(f"  control endpoints need the {CONTROL_TOKEN_HEADER} header")
    print(f"  control endpoints: {server.url}/__mock/ (see docs/mock.md)")
    forward = server.app.state.mock.control.webhooks.forward_url
    print(f"  webhooks: {'to ' + forward if forward else 'to each order_meta.notify_url'}")
    print(f"  served by uvicorn on {server.http} and {server.loop}", flush=True)


if __name__ == "__main__":
    main()
