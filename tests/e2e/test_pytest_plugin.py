"""The pytest plugin (``cashfree_mock.pytest_plugin``), run the way a user runs it: pytester writes a user's
test files into a fresh directory and runs pytest there in a new process, with the plugin coming from
its entry point (in-process runs would re-import modules the outer session holds)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

TESTING_DOC = Path(__file__).resolve().parents[2] / "docs" / "testing.md"
# A user's environment has no schemathesis: its plugin (seconds to import) stays out of these runs.
RUN = ("-q", "-p", "no:schemathesis", "-p", "no:hypothesispytest")

USER_TESTS = """
import asyncio
from decimal import Decimal

import pytest

from cashfree_facade import InternalServerError, payment_methods as pm
from cashfree_mock import MockControlError

CUSTOMER = {"customer_id": "cust_1", "customer_phone": "9898989898"}


def _order(client, amount="10.34"):
    return client.orders.create(order_amount=Decimal(amount), order_currency="INR", customer_details=CUSTOMER)


def test_a_bank_page_payment_completed_by_the_test(cashfree_mock, cashfree_client):
    assert cashfree_client.base_url == cashfree_mock.base_url
    order = _order(cashfree_client)
    pay = cashfree_client.orders.pay(order.payment_session_id, pm.netbanking(3333, bank_name="TESTR"))
    assert pay.action == "link"
    assert cashfree_mock.order(order.order_id)["order_status"] == "ACTIVE"
    paid = cashfree_mock.complete_payment(pay.cf_payment_id, "SUCCESS")
    assert paid["payment_status"] == "SUCCESS"
    assert cashfree_client.payments.get(order.order_id, pay.cf_payment_id).payment_status == "SUCCESS"
    assert cashfree_mock.order(order.order_id)["order_status"] == "PAID"
    assert cashfree_mock.state()["orders"] == 1


def test_every_test_starts_from_a_reset_simulator(cashfree_mock):
    assert cashfree_mock.state()["orders"] == 0


def test_faults_are_injected_and_cleared(cashfree_mock, cashfree_client):
    cashfree_mock.inject_fault("/pg/orders", method="POST", status=503, count=10)
    assert cashfree_mock.faults()[0]["status"] == 503
    with pytest.raises(InternalServerError):
        _order(cashfree_client.with_options(max_retries=0))
    cashfree_mock.clear_faults()
    assert cashfree_mock.faults() == []
    assert _order(cashfree_client).order_status == "ACTIVE"


def test_control_errors_name_what_is_wrong(cashfree_mock):
    with pytest.raises(MockControlError) as caught:
        cashfree_mock.complete_payment("404404", "SUCCESS")
    assert caught.value.status == 404
    assert caught.value.code == "payment_not_found"


def test_webhooks_clock_and_forwarding(cashfree_mock, cashfree_client):
    order = _order(cashfree_client)
    cashfree_client.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
    (event,) = cashfree_mock.webhooks()
    assert (event["type"], event["status"]) == ("PAYMENT_SUCCESS_WEBHOOK", "no_destination")
    assert cashfree_mock.forward_webhooks_to("http://127.0.0.1:9/nobody") == {"url": "http://127.0.0.1:9/nobody"}
    resent = cashfree_mock.resend_webhook(event["id"])
    assert resent["attempts"][0]["error"].startswith("connection error")
    assert cashfree_mock.advance_clock(60)["offset_seconds"] == 60
    with pytest.raises(MockControlError, match="webhook_not_found"):
        cashfree_mock.resend_webhook(99)


def test_the_async_client_works_on_any_event_loop(async_cashfree_client):
    first = asyncio.run(async_cashfree_client.orders.create(
        order_amount=1, order_currency="INR", customer_details=CUSTOMER))
    # A second loop: no pooled connection of the first one is left behind.
    second = asyncio.run(async_cashfree_client.orders.create(
        order_amount=2, order_currency="INR", customer_details=CUSTOMER))
    assert first.order_id != second.order_id
"""


def test_a_users_tests_run_against_the_plugin_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess(*RUN)
    result.assert_outcomes(passed=6)


def _example(name: str) -> str:
    """The code block of docs/testing.md that starts with ``# name``."""
    blocks = re.findall(r"```python\n(.*?)```", TESTING_DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    (block,) = [str(b) for b in blocks if b.startswith(f"# {name}\n")]
    return block


def test_the_testing_guide_example_passes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(shop=_example("shop.py"), test_shop=_example("test_shop.py"))
    result = pytester.runpytest_subprocess(*RUN)
    result.assert_outcomes(passed=4)


def test_the_testing_guide_example_fails_when_the_handler_is_wrong(pytester: pytest.Pytester) -> None:
    # The example's tests can fail: a handler that marks every payment paid breaks the failed-payment test.
    wrong = _example("shop.py").replace('and event.payment.payment_status == "SUCCESS"', "")
    assert wrong != _example("shop.py")
    pytester.makepyfile(shop=wrong, test_shop=_example("test_shop.py"))
    result = pytester.runpytest_subprocess(*RUN)
    result.assert_outcomes(passed=3, failed=1)


def test_server_options_come_from_an_overridable_fixture(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest

        @pytest.fixture(scope="session")
        def cashfree_mock_options():
            return {"client_id": "shop_test_id", "client_secret": "shop_test_secret"}
        """
    )
    pytester.makepyfile(
        """
        def test_credentials(cashfree_mock, cashfree_client, cashfree_mock_server):
            assert (cashfree_mock.client_id, cashfree_mock.client_secret) == ("shop_test_id", "shop_test_secret")
            assert cashfree_mock_server.client_secret == "shop_test_secret"
            order = cashfree_client.orders.create(order_amount=5, order_currency="INR")
            assert cashfree_mock.order(order.order_id)["order_amount"] == 5
        """
    )
    result = pytester.runpytest_subprocess(*RUN)
    result.assert_outcomes(passed=1)


def test_without_the_mock_extra_pytest_still_runs_and_the_fixture_says_why(pytester: pytest.Pytester) -> None:
    # The entry point loads the plugin in every pytest run of the environment, with or without the extra.
    pytester.makeconftest(
        """
        import sys
        sys.modules["starlette"] = None  # as if the mock extra were not installed
        sys.modules["uvicorn"] = None
        """
    )
    pytester.makepyfile(
        """
        def test_plain():
            assert True

        def test_needs_the_simulator(cashfree_mock):
            pass
        """
    )
    result = pytester.runpytest_subprocess(*RUN)
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["the cashfree_mock fixtures need *: pip install 'cashfree-pg-client?mock?' *"])
    result.stdout.no_fnmatch_line("*During handling*")


def test_the_plugin_imports_neither_the_client_nor_the_server_stack() -> None:
    script = "import sys, cashfree_mock.pytest_plugin; print(sorted(sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)  # noqa: S603
    for module in ("cashfree_facade", "cashfree_openapi", "starlette", "uvicorn"):
        assert f"'{module}'" not in result.stdout, module


def test_the_plugin_is_registered_under_pytest11() -> None:
    from importlib.metadata import entry_points

    (entry,) = [e for e in entry_points(group="pytest11") if e.name == "cashfree_mock"]
    assert entry.value == "cashfree_mock.pytest_plugin"
    assert textwrap.dedent(entry.load().__doc__ or "").startswith("pytest fixtures")
