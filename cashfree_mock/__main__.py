"""`python -m cashfree_mock`: serve the simulator with uvicorn."""

from __future__ import annotations

import argparse

import uvicorn

from ._app import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, create_app
from ._spec import API_PREFIX


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="cashfree-mock", description="A stateful simulator of the Cashfree PG sandbox."
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: loopback only)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--client-id", default=DEFAULT_CLIENT_ID)
    parser.add_argument("--client-secret", default=DEFAULT_CLIENT_SECRET)
    parser.add_argument("--rate-limits", action="store_true", help="enforce the sandbox's per-minute limits")
    parser.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    args = parser.parse_args(argv)
    app = create_app(client_id=args.client_id, client_secret=args.client_secret, rate_limits=args.rate_limits)
    print(f"Cashfree mock {app.state.mock.version} at http://{args.host}:{args.port}{API_PREFIX}")
    print(f"  x-client-id: {args.client_id}")
    print(f"  x-client-secret: {args.client_secret}")
    print(f"  control endpoints: http://{args.host}:{args.port}/__mock/ (see docs/mock.md)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)


if __name__ == "__main__":
    main()
