"""Configuration, environments, credentials, timeouts, with_options, closing, threads."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest

from cashfree_facade import DEFAULT_TIMEOUT, AsyncCashfree, Cashfree
from tests.support.mock_transport import CLIENT_SECRET, Recorder, make_client, ok, run


def test_environments_and_env_vars(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Cashfree().base_url == "https://sandbox.cashfree.com/pg"
    assert Cashfree().environment == "sandbox"
    prod = Cashfree("id", "secret", environment="production")
    assert prod.base_url == "https://api.cashfree.com/pg"
    monkeypatch.setenv("CASHFREE_CLIENT_ID", "env_id")
    monkeypatch.setenv("CASHFREE_CLIENT_SECRET", "env_secret")
    monkeypatch.setenv("CASHFREE_ENVIRONMENT", "production")
    cf = Cashfree()
    assert (cf.client_id, cf.environment) == ("env_id", "production")
    assert cf._secret is not None
    assert cf._secret.reveal() == "env_secret"
    monkeypatch.setenv("CASHFREE_BASE_URL", "http://127.0.0.1:8080/pg/")
    cf = Cashfree(client_id="arg_id")
    assert (cf.client_id, cf.base_url, cf.environment) == ("arg_id", "http://127.0.0.1:8080/pg", "custom")
    assert Cashfree(base_url="https://api.cashfree.com/pg", client_id="a", client_secret="b").environment == (
        "production"
    )


def test_production_needs_both_credentials() -> None:
    with pytest.raises(ValueError, match="production environment needs client_id and client_secret"):
        Cashfree(environment="production")
    with pytest.raises(ValueError, match="production"):
        AsyncCashfree(client_id="only-id", environment="production")
    with pytest.raises(ValueError, match="production"):
        Cashfree(client_id="only-id", base_url="https://api.cashfree.com/pg")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"environment": "staging"}, "environment"),
        ({"base_url": "ftp://x"}, "base_url"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"api_version": ""}, "api_version"),
    ],
)
def test_bad_configuration(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Cashfree(**kwargs)


def test_http_client_type_is_checked() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        Cashfree(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        AsyncCashfree(http_client=httpx.Client())  # type: ignore[arg-type]


def test_repr_never_shows_the_secret() -> None:
    for client in (Cashfree("id", CLIENT_SECRET), AsyncCashfree("id", CLIENT_SECRET)):
        text = repr(client) + str(client)
        assert CLIENT_SECRET not in text
        assert "client_id='id'" in text
        assert "**********" in text
        assert CLIENT_SECRET not in repr(client._secret)
        assert CLIENT_SECRET not in repr(vars(client.orders))


def test_default_timeout_has_connect_and_read(mode: str) -> None:
    recorder = Recorder(ok([]))
    run(make_client(mode, recorder).payments.list("o1"))
    timeout = recorder.last.extensions["timeout"]
    assert timeout == DEFAULT_TIMEOUT.as_dict()
    assert timeout["connect"] == 5.0
    assert timeout["read"] == 60.0


def test_timeout_per_client_and_per_call(mode: str) -> None:
    recorder = Recorder(ok([]))
    cf = make_client(mode, recorder, timeout=12.5)
    run(cf.payments.list("o1"))
    assert recorder.last.extensions["timeout"]["read"] == 12.5
    run(cf.payments.list("o1", timeout=3))
    assert recorder.last.extensions["timeout"] == httpx.Timeout(3.0).as_dict()
    run(cf.payments.list("o1", timeout=httpx.Timeout(9.0, connect=1.0)))
    assert recorder.last.extensions["timeout"]["connect"] == 1.0
    run(cf.payments.list("o1", timeout=None))
    assert 0 < recorder.last.extensions["timeout"]["read"] <= 90.0  # no attempt outlasts total_timeout
    run(cf.payments.list("o1", timeout=None, total_timeout=None))
    assert recorder.last.extensions["timeout"]["read"] is None
    with pytest.raises(ValueError, match="timeout"):
        run(cf.payments.list("o1", timeout=-1))


def test_with_options_copies_and_shares_the_pool(mode: str) -> None:
    recorder = Recorder(ok([]))
    cf = make_client(mode, recorder, max_retries=4)
    copy = cf.with_options(timeout=7.0, api_version="2025-01-01", max_retries=1)
    assert copy._http is cf._http
    assert copy is not cf
    assert (copy.max_retries, copy._retry.max_retries, cf.max_retries) == (1, 1, 4)
    assert copy._sleep == cf._sleep
    assert copy.client_id == cf.client_id
    run(copy.payments.list("o1"))
    assert recorder.last.headers["x-api-version"] == "2025-01-01"
    assert recorder.last.extensions["timeout"]["read"] == 7.0
    assert recorder.last.headers["x-client-secret"] == CLIENT_SECRET
    other = cf.with_options(client_id="other", client_secret="other_secret")
    run(other.payments.list("o1"))
    assert recorder.last.headers["x-client-id"] == "other"
    run(cf.payments.list("o1"))
    assert recorder.last.headers["x-client-id"] != "other"
    assert cf.with_options(environment="production").base_url == "https://api.cashfree.com/pg"
    assert cf.with_options(base_url="http://localhost:1/pg").environment == "custom"


def test_sync_context_manager_closes_its_own_pool() -> None:
    with Cashfree("id", "secret") as cf:
        assert not cf._http.is_closed
    assert cf._http.is_closed
    user_client = httpx.Client()
    with Cashfree("id", "secret", http_client=user_client) as cf:
        copy = cf.with_options(max_retries=0)
        copy.close()
        assert not user_client.is_closed
    assert not user_client.is_closed  # the caller's client stays the caller's
    user_client.close()


@pytest.mark.anyio
async def test_async_context_manager_closes_its_own_pool() -> None:
    async with AsyncCashfree("id", "secret") as cf:
        copy = cf.with_options(max_retries=0)
        await copy.close()
        assert not cf._http.is_closed
    assert cf._http.is_closed


def test_two_clients_in_threads_never_mix_credentials() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[], headers={"x-request-id": request.headers["x-client-id"]})

    transport = httpx.MockTransport(handler)
    shared = httpx.Client(transport=transport)
    clients = {f"app_{n}": Cashfree(f"app_{n}", f"secret_{n}", http_client=shared) for n in range(4)}
    mismatches: list[str] = []

    def work(name: str, client: Cashfree) -> None:
        for _ in range(25):
            result = client.payments.list("o1")
            if result.request_id != name:
                mismatches.append(name)

    threads = [threading.Thread(target=work, args=item) for item in clients.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert mismatches == []


def test_module_has_no_mutable_client_state() -> None:
    import cashfree_facade._client as module

    first = Cashfree("a", "sa")
    second = Cashfree("b", "sb")
    assert first.client_id != second.client_id
    assert not [name for name, value in vars(module).items() if isinstance(value, Cashfree | AsyncCashfree)]


def test_user_agent_and_accept_headers(mode: str) -> None:
    recorder = Recorder(ok([]))
    run(make_client(mode, recorder).payments.list("o1"))
    assert recorder.last.headers["user-agent"].startswith("cashfree-facade/")
    assert recorder.last.headers["accept"] == "application/json"
