"""Who may talk to the simulator: the Host names it answers under, and the control token.

A web page can make a browser send requests to the simulator: cross-site (a form or a no-cors
fetch, which the control endpoints refuse by requiring JSON) or, after DNS rebinding, as if it
were the simulator's own origin, with the attacker's host name in the Host header. So the Host
must be one an attacker cannot own: an IP address, `localhost`, a single-label name (`mock`,
`testserver`, a container name: resolved locally, never by public DNS), a name under a TLD
reserved from public DNS (`.test`, `.example`, `.invalid`, `.localhost`), or a name listed in
`allow_hosts`. `allow_hosts=["*"]` turns the check off.
"""

from __future__ import annotations

import functools
import hmac
import ipaddress
from collections.abc import Iterable, Mapping

from ._errors import ApiError

ANY_HOST = "*"
CONTROL_TOKEN_HEADER = "x-mock-control-token"  # noqa: S105 - a header name, not a secret
_RESERVED_SUFFIXES = (".test", ".example", ".invalid", ".localhost")
_MAX_ANSWERED = 256


def host_name(host: str) -> str:
    """The name in a Host header value: no port, lower case, no trailing dot."""
    host = host.strip().lower()
    if host.startswith("["):  # [IPv6]:port
        end = host.find("]")
        return host[1:end] if end > 0 else host
    if host.count(":") == 1:
        host = host.rsplit(":", 1)[0]
    return host.rstrip(".")


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=256)  # a client sends one Host again and again; bounded against junk ones
def _cannot_be_public(name: str) -> bool:
    """True for a name public DNS cannot give an attacker (so no rebinding page can carry it)."""
    return name == "localhost" or "." not in name or name.endswith(_RESERVED_SUFFIXES) or _is_address(name)


class Access:
    """The Host check for every request and the token check for the control endpoints."""

    def __init__(self, *, allow_hosts: Iterable[str] = (), control_token: str | None = None) -> None:
        self.allow_hosts = frozenset(host_name(host) if host != ANY_HOST else host for host in allow_hosts)
        if control_token is not None and not (control_token.isascii() and control_token.isprintable()):
            raise ValueError("control_token must be printable ASCII (it travels in a header)")
        if control_token == "":
            raise ValueError("control_token must not be empty; pass None for no token")
        self._control_token = control_token
        self._answered: set[str] = set()  # Host values already answered; bounded against junk ones

    def __repr__(self) -> str:
        token = "***" if self._control_token else None
        return f"Access(allow_hosts={sorted(self.allow_hosts)!r}, control_token={token})"

    def check_host(self, headers: Mapping[str, str]) -> None:
        if ANY_HOST in self.allow_hosts:
            return
        header = headers.get("host")
        if header is None:  # HTTP/1.0 without a Host: no browser sends that
            return
        if header in self._answered:  # a client sends one Host on every request
            return
        name = host_name(header)
        if name in self.allow_hosts or _cannot_be_public(name):
            if len(self._answered) < _MAX_ANSWERED:
                self._answered.add(header)
            return
        message = (
            f"this simulator is not served under the host {name[:100]!r}; "
            "add it with allow_hosts (--allow-host) if it should be"
        )
        raise ApiError(400, "host_invalid", message)

    def check_control(self, headers: Mapping[str, str]) -> None:
        if self._control_token is None:
            return
        given = headers.get(CONTROL_TOKEN_HEADER, "")
        # Constant time: the comparison must not tell how much of a guess was right.
        if not hmac.compare_digest(given.encode("utf-8"), self._control_token.encode("ascii")):
            raise ApiError(401, "request_failed", f"the control endpoints need the {CONTROL_TOKEN_HEADER} header")
