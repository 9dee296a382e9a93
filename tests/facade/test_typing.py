"""What users' type checker sees: the README's and docs' examples pass ``mypy --strict``; a typo fails it.

Every ```python block of README.md and docs/*.md is written to a module of its own and checked as users'
code. A block that is a fragment says what it takes as given in an HTML comment right before its fence
(invisible on the rendered page)::

    <!-- typecheck: given
    from cashfree_facade import Cashfree
    cf: Cashfree
    -->

and a block that is not Python to run (a signature) says ``<!-- typecheck: skip (why) -->``. A block
whose first line is ``# name.py`` is the module ``name`` (another block may import it).
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from mypy import api as mypy_api

from cashfree_facade import Cashfree
from tests.support.spec import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"(?P<before>(?:<!--(?:(?!-->).)*-->\s*)?)^```python\n(?P<code>.*?)^```", re.M | re.S)
_GIVEN = re.compile(r"<!--\s*typecheck:\s*given\n(?P<code>.*?)-->", re.S)
_SKIP = re.compile(r"<!--\s*typecheck:\s*skip\b")
_MODULE = re.compile(r"# (\w+)\.py\b")


@dataclass(frozen=True)
class Example:
    doc: Path
    line: int  # of the first line of code in the doc
    code: str
    given: str

    @property
    def name(self) -> str:
        named = _MODULE.match(self.code)
        return named[1] if named else f"{self.doc.stem.replace('-', '_').lower()}_line_{self.line}"

    def source(self) -> str:
        return f"{self.given}{self.code}"

    def doc_line(self, module_line: int) -> str:
        """Where a line of the written module is in the doc (a line of the given prelude says so)."""
        code_line = module_line - self.given.count("\n")
        where = f"line {self.line + code_line - 1}" if code_line > 0 else "its typecheck: given comment"
        return f"{self.doc.relative_to(ROOT)} {where}"


def examples() -> tuple[list[Example], list[tuple[Path, int]]]:
    """The doc's examples to check, and where the skipped ones are."""
    found: list[Example] = []
    skipped: list[tuple[Path, int]] = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            line = text.count("\n", 0, match.start("code")) + 1
            before = match.group("before")
            if _SKIP.search(before):
                skipped.append((doc, line))
                continue
            given = _GIVEN.search(before)
            found.append(Example(doc, line, match.group("code"), textwrap.dedent(given["code"]) if given else ""))
    return found, skipped


def run_mypy(modules: dict[str, str], directory: Path) -> tuple[int, list[str]]:
    """``mypy --strict`` over the modules (name -> source), with the project's configuration."""
    paths = []
    for name, source in modules.items():
        path = directory / f"{name}.py"
        path.write_text(source, encoding="utf-8")
        paths.append(str(path))
    config = str(ROOT / "pyproject.toml")  # strict, Python 3.11, and where the generated package lives
    out, err, status = mypy_api.run(["--config-file", config, "--strict", "--no-error-summary", *paths])
    return status, [line for line in (out + err).splitlines() if line.strip()]


def test_readme_and_docs_examples_pass_mypy_strict(tmp_path: Path) -> None:
    found, skipped = examples()
    readme = [example for example in found if example.doc.name == "README.md"]
    assert readme, "the README quick start is checked"
    assert "cf.payments.get(order.order_id, pay.cf_payment_id)" in readme[0].code
    assert len(skipped) <= len(found) // 2, skipped  # a skip is the exception
    by_name = {example.name: example for example in found}
    assert len(by_name) == len(found), "two examples name the same module"
    status, lines = run_mypy({name: example.source() for name, example in by_name.items()}, tmp_path)
    problems = []
    for line in lines:
        match = re.match(r".*?(\w+)\.py:(\d+): (.*)", line)
        problems.append(f"{by_name[match[1]].doc_line(int(match[2]))}: {match[3]}" if match else line)
    assert (status, problems) == (0, [])


TYPO = """\
from cashfree_facade import Cashfree

cf = Cashfree(client_id="id", client_secret="secret")
cf.orders.create(
    order_amount=10,
    order_currency="INR",
    customer_details={"customer_id": "c1", "customer_phone": "9898989898", "customer_emial": "a@b.example"},
)
cf.orders.create(order_amount=10, order_currency="INR", order_meta={"notfy_url": "https://shop.example/hook"})
cf.orders.create(order_amount=10, order_currency="INR", cart_details={"cart_items": [{"item_nam": "pen"}]})
"""
FIXED = TYPO.replace("emial", "email").replace("notfy_url", "notify_url").replace("item_nam", "item_name")
# (line of TYPO, the parameter mypy names, what the client raises at run time)
TYPOS = [
    (7, "customer_details", "customer_details: unknown key 'customer_emial'"),
    (9, "order_meta", "order_meta: unknown key 'notfy_url'"),
    (10, "cart_details", "cart_details.cart_items[0]: unknown key 'item_nam'"),
]


def test_a_misspelt_nested_key_fails_mypy_strict_and_raises_at_run_time(tmp_path: Path) -> None:
    status, lines = run_mypy({"typo": TYPO, "fixed": FIXED}, tmp_path)
    assert status == 1
    errors = [line for line in lines if ": error:" in line]
    flagged = {(int(m[1]), m[2]) for line in errors if (m := re.search(r'typo\.py:(\d+): .*Argument "(\w+)"', line))}
    assert flagged == {(line, parameter) for line, parameter, _ in TYPOS}
    assert len(errors) == len(TYPOS)  # and nothing else: the same calls spelt right pass

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(answer)
    statements = TYPO.split("\ncf.orders.create(")[1:]
    namespace: dict[str, Any] = {"cf": Cashfree("id", "secret", http_client=httpx.Client(transport=transport))}
    for statement, (_, _, message) in zip(statements, TYPOS, strict=True):
        with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
            exec(f"cf.orders.create({statement}", namespace)  # noqa: S102 - the module above, call by call
    assert sent == []
