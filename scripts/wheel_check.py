"""Install the project as users do and use it from outside the repository.

Builds the wheel, installs it with the `mock` extra into a fresh virtual environment, and from an
empty directory runs a payment through the installed client against the installed simulator
(which must find the spec inside its own package).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

USE_IT = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    import cashfree_facade, cashfree_mock, cashfree_openapi
    from cashfree_facade import API_VERSION, Cashfree
    from cashfree_facade import payment_methods as pm
    from cashfree_mock import MockServer

    repo = Path(sys.argv[1])
    for module in (cashfree_facade, cashfree_mock, cashfree_openapi):
        where = Path(module.__file__).resolve()
        assert repo not in where.parents, f"{module.__name__} imported from the repository: {where}"
    assert API_VERSION == "2026-01-01", API_VERSION
    for module in (cashfree_facade, cashfree_openapi):
        assert (Path(module.__file__).parent / "py.typed").is_file(), f"{module.__name__} has no py.typed"
    from importlib.metadata import entry_points
    plugins = [entry.value for entry in entry_points(group="pytest11")]
    assert "cashfree_mock.pytest_plugin" in plugins, f"the pytest plugin is not registered: {plugins}"

    with MockServer() as server:
        with Cashfree(server.client_id, server.client_secret, base_url=server.base_url) as cf:
            order = cf.orders.create(
                order_amount=1.5,
                order_currency="INR",
                customer_details={"customer_id": "wheel_check", "customer_phone": "9898989898"},
            )
            pay = cf.orders.pay(order.payment_session_id, pm.upi_collect("testsuccess@gocash"))
            payment = cf.payments.get(order.order_id, pay.cf_payment_id)
            assert payment.payment_status == "SUCCESS", payment.payment_status
    print("installed wheel works:", cashfree_facade.__file__)
    """
)


def run(*cmd: str | Path, cwd: Path | None = None) -> None:
    subprocess.run([str(c) for c in cmd], check=True, cwd=cwd)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        dist = work / "dist"
        run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", dist, ROOT)
        (wheel,) = dist.glob("cashfree_pg_client-*.whl")
        env_dir = work / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{wheel}[mock]")
        elsewhere = work / "elsewhere"
        elsewhere.mkdir()
        (elsewhere / "use_it.py").write_text(USE_IT, encoding="utf-8")
        # -I: isolated mode, so neither the repository nor PYTHONPATH can leak onto sys.path.
        run(python, "-I", "use_it.py", ROOT, cwd=elsewhere)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
