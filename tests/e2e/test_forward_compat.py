"""Forward compatibility through ``httpx.MockTransport``: answers this client version was not written for.

Bodies are the spec's own example payloads, completed from the spec's schemas (every documented field
present, down to every payment-method variant) and then mutated: unknown fields at every level, a new
value in every open enum, ``null`` in every nullable place (found by walking the schemas), integer ids,
every variant of ``payment_method`` and unknown ones, wrong types anywhere; plus HTML error pages,
undocumented statuses and empty bodies. The client must give typed results that keep what it was sent,
or raise its own ``CashfreeError`` subclasses, never a raw httpx, ``KeyError`` or JSON error.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from cashfree_facade import (
    APIResponseValidationError,
    APIStatusError,
    AsyncCashfree,
    BadRequestError,
    Cashfree,
    CashfreeError,
    InternalServerError,
    Order,
    OrderPayResult,
    OtpResult,
    Payment,
    PaymentList,
)
from cashfree_facade import payment_methods as pm
from cashfree_openapi import models
from tests.support.fake_time import Sleeps, no_sleep
from tests.support.sandbox_data import TOKEN_DATA
from tests.support.spec import SPEC

SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
NEW = "NEW_VALUE_FROM_2027"
BASE_URL = "https://cf.test/pg"


# ---------------------------------------------------------------- walking the spec's schemas
def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SCHEMAS[node["$ref"].rsplit("/", 1)[-1]]
    return node


def branches(node: dict[str, Any]) -> list[dict[str, Any]]:
    """The alternatives of a schema, through $ref, oneOf and anyOf."""
    node = resolve(node)
    for key in ("oneOf", "anyOf"):
        if key in node:
            return [leaf for branch in node[key] for leaf in branches(branch)]
    return [node]


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("type", [])
    return kind if isinstance(kind, list) else [kind]


def nullable(node: dict[str, Any]) -> bool:
    return any("null" in _types(branch) for branch in branches(node))


def open_enum(node: dict[str, Any]) -> bool:
    """``anyOf: [an enum, type: string]``: the API may send values the enum does not list."""
    alternatives = resolve(node).get("anyOf", [])
    return any("enum" in resolve(a) for a in alternatives) and any(a.get("type") == "string" for a in alternatives)


def object_schema(node: dict[str, Any], value: Any) -> dict[str, Any] | None:
    candidates = [b for b in branches(node) if "properties" in b or "object" in _types(b)]
    if len(candidates) > 1 and isinstance(value, dict):  # a variant: the one whose required key is there
        chosen = [b for b in candidates if b.get("required") and set(b["required"]) <= set(value)]
        if len(chosen) == 1:
            return chosen[0]
    return candidates[0] if candidates else None


def generate(node: dict[str, Any]) -> Any:
    """A value for a schema, with every documented property (the non-null alternative of nullables)."""
    options = [b for b in branches(node) if _types(b) != ["null"]] or branches(node)
    branch = options[0]
    if "enum" in branch:
        return branch["enum"][0]
    kind = next((t for t in _types(branch) if t != "null"), "object" if "properties" in branch else "string")
    if kind == "object":
        props = branch.get("properties")
        return {name: generate(sub) for name, sub in props.items()} if props else {"free_form": "value"}
    if kind == "array":
        return [generate(branch.get("items", {}))]
    return {"string": "text", "number": 12.5, "integer": 7, "boolean": True}.get(kind, "text")


def complete(node: dict[str, Any], value: Any) -> Any:
    """The example with every absent documented property added, recursively (and nulled objects filled in)."""
    if value is None and any("properties" in b or "items" in b for b in branches(node)):
        return generate(node)
    if isinstance(value, dict):
        schema = object_schema(node, value)
        if schema is None:
            return value
        props = schema.get("properties", {})
        done = {key: complete(props[key], item) if key in props else item for key, item in value.items()}
        return done | {name: generate(sub) for name, sub in props.items() if name not in value}
    if isinstance(value, list):
        items: dict[str, Any] = next((b["items"] for b in branches(node) if "items" in b), {})
        return [complete(items, item) for item in value]
    return value


Path = tuple[str | int, ...]


def positions(node: dict[str, Any], value: Any, path: Path = ()) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every documented property position in ``value`` (path, schema), parents before children."""
    if isinstance(value, dict):
        schema = object_schema(node, value)
        for name, sub in (schema or {}).get("properties", {}).items():
            if name in value:
                yield (*path, name), sub
                yield from positions(sub, value[name], (*path, name))
    elif isinstance(value, list):
        items = next((b["items"] for b in branches(node) if "items" in b), None)
        for index, item in enumerate(value):
            if items is not None:
                yield from positions(items, item, (*path, index))


def with_unknown_fields(node: dict[str, Any], value: Any) -> Any:
    """Add a field this client does not know to every object (but a variant wrapper, whose key is the variant)."""
    if isinstance(value, dict):
        schema = object_schema(node, value) or {}
        props = schema.get("properties", {})
        out = {key: with_unknown_fields(props.get(key, {}), item) for key, item in value.items()}
        if schema.get("additionalProperties") is not False:
            out["field_added_in_2027"] = {"nested": [1, "two", None], "flag": True}
        return out
    if isinstance(value, list):
        items: dict[str, Any] = next((b["items"] for b in branches(node) if "items" in b), {})
        return [with_unknown_fields(items, item) for item in value]
    return value


def put(body: Any, path: Path, value: Any) -> Any:
    body = copy.deepcopy(body)
    target = body
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return body


def dig(result: Any, path: Path) -> Any:
    """Follow a JSON path through a typed result: attributes, list indexes, extra properties."""
    for part in path:
        if isinstance(part, int) or isinstance(result, dict):
            result = result[part]
        elif hasattr(result, part):
            result = getattr(result, part)
        elif hasattr(result, part + "_"):
            result = getattr(result, part + "_")
        else:
            result = result.additional_properties[part]
    return result


# ---------------------------------------------------------------- the seven operations
class Operation:
    def __init__(self, operation_id: str, path: str, method: str, call: Callable[[Any], Any], result: type) -> None:
        self.operation_id, self.call, self.result = operation_id, call, result
        media = SPEC["paths"][path][method]["responses"]["200"]["content"]["application/json"]
        self.schema: dict[str, Any] = media["schema"]
        self.examples = [complete(self.schema, e["value"]) for e in media["examples"].values()]

    def __repr__(self) -> str:
        return self.operation_id


OPERATIONS = [
    Operation(
        "createOrder", "/orders", "post", lambda cf: cf.orders.create(order_amount=22, order_currency="INR"), Order
    ),
    Operation(
        "payOrder", "/orders/sessions", "post", lambda cf: cf.orders.pay("session_x", pm.upi_intent()), OrderPayResult
    ),
    Operation(
        "authorizeSession",
        "/orders/sessions/authorize",
        "post",
        lambda cf: cf.orders.authorize("session_x", authorization_data=TOKEN_DATA),
        Payment,
    ),
    Operation(
        "getPayment",
        "/orders/{order_id}/payments/{cf_payment_id}",
        "get",
        lambda cf: cf.payments.get("order_8123", "12376123"),
        Payment,
    ),
    Operation(
        "getPaymentsForOrder", "/orders/{order_id}/payments", "get", lambda cf: cf.payments.list("order_8123"), list
    ),
    Operation(
        "preauthorizeOrder",
        "/orders/{order_id}/authorization",
        "post",
        lambda cf: cf.orders.capture("order_8123", amount=10),
        Payment,
    ),
    Operation(
        "authenticatePayment",
        "/orders/pay/authenticate/{cf_payment_id}",
        "post",
        lambda cf: cf.payments.submit_otp("975654863", "111000"),
        OtpResult,
    ),
]
PAYMENT_OPERATIONS = [op for op in OPERATIONS if op.result in (Payment, list)]
VARIANTS = {resolve(b)["required"][0]: resolve(b) for b in SCHEMAS["PaymentEntityMethod"]["oneOf"]}
VARIANT_CLASSES = {
    "card": models.PaymentMethodCardInPaymentsEntity,
    "emi": models.PaymentMethodCardEMIInPaymentsEntity,
    "netbanking": models.PaymentMethodNetbankingInPaymentsEntity,
    "upi": models.PaymentMethodUPIInPaymentsEntity,
    "app": models.PaymentMethodAppInPaymentsEntity,
    "cardless_emi": models.PaymentMethodCardlessEMIInPaymentsEntity,
    "paylater": models.PaymentMethodPaylaterInPaymentsEntity,
    "banktransfer": models.PaymentMethodBanktransferInPaymentsEntity,
}


class Answer:
    """One client (sync, or async on one event loop) whose transport answers with the responses given."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.requests: list[httpx.Request] = []
        self.sleeps = Sleeps()
        self._queue: list[httpx.Response] = []
        transport = httpx.MockTransport(self._handle)
        self._runner: asyncio.Runner | None = None
        self.cf: Any
        if mode == "sync":
            self.cf = Cashfree("id", "secret", base_url=BASE_URL, http_client=httpx.Client(transport=transport))
        else:
            self._runner = asyncio.Runner()
            http = httpx.AsyncClient(transport=transport)
            self.cf = AsyncCashfree("id", "secret", base_url=BASE_URL, http_client=http)
        no_sleep(self.cf, self.sleeps)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._queue.pop(0) if len(self._queue) > 1 else self._queue[0]

    def __call__(self, op: Operation, *responses: httpx.Response) -> Any:
        self._queue = list(responses)
        self.requests.clear()
        result = op.call(self.cf)
        return self._runner.run(result) if self._runner is not None else result

    def body(self, op: Operation, body: Any) -> Any:
        return self(op, httpx.Response(200, json=body, headers={"x-request-id": "req_fc"}))

    def close(self) -> None:
        if self._runner is not None:
            self._runner.run(self.cf._http.aclose())
            self._runner.close()
        else:
            self.cf._http.close()


@pytest.fixture
def answer(mode: str) -> Iterator[Answer]:
    client = Answer(mode)
    yield client
    client.close()


def as_json(result: Any) -> Any:
    return [item.to_dict() for item in result] if isinstance(result, list) else result.to_dict()


def _check_typed(op: Operation, result: Any) -> None:
    assert isinstance(result, op.result)
    if isinstance(result, list):
        assert isinstance(result, PaymentList)
        assert all(isinstance(item, Payment) for item in result)
    assert result.request_id == "req_fc"


# ---------------------------------------------------------------- tests
@pytest.mark.parametrize("op", OPERATIONS, ids=repr)
def test_spec_examples_completed_round_trip(answer: Answer, op: Operation) -> None:
    for body in op.examples:
        result = answer.body(op, body)
        _check_typed(op, result)
        assert as_json(result) == body


@pytest.mark.parametrize("op", OPERATIONS, ids=repr)
def test_unknown_fields_at_every_level_are_kept(answer: Answer, op: Operation) -> None:
    for example in op.examples:
        body = with_unknown_fields(op.schema, example)
        result = answer.body(op, body)
        _check_typed(op, result)
        assert as_json(result) == body
        first = result[0] if isinstance(result, list) else result
        assert first.additional_properties["field_added_in_2027"]["nested"] == [1, "two", None]


@pytest.mark.parametrize("op", OPERATIONS, ids=repr)
def test_new_value_in_every_open_enum(answer: Answer, op: Operation) -> None:
    changed = []
    for example in op.examples:
        for path, schema in positions(op.schema, example):
            if open_enum(schema):
                body = put(example, path, NEW)
                result = answer.body(op, body)
                _check_typed(op, result)
                assert dig(result, path) == NEW, path
                assert as_json(result) == body, path
                changed.append(path[-1])
    assert changed  # the walk found the enums (payment_status, action, authorization.status ...)


def _nullable_positions(op: Operation, body: Any) -> list[Path]:
    return [path for path, schema in positions(op.schema, body) if nullable(schema)]


def _bodies_with_every_variant(op: Operation) -> list[Any]:
    """The examples, and for payment answers one body per payment-method variant (all their fields)."""
    bodies = list(op.examples)
    if op in PAYMENT_OPERATIONS:
        single = op.examples[0][0] if isinstance(op.examples[0], list) else op.examples[0]
        for name, schema in VARIANTS.items():
            payment = dict(single, payment_method={name: generate(schema["properties"][name])})
            bodies.append([payment] if isinstance(op.examples[0], list) else payment)
    return bodies


@pytest.mark.parametrize("op", OPERATIONS, ids=repr)
def test_null_in_every_nullable_place(answer: Answer, op: Operation) -> None:
    seen: set[Path] = set()
    for body in _bodies_with_every_variant(op):
        paths = _nullable_positions(op, body)
        for path in paths:
            nulled = put(body, path, None)
            result = answer.body(op, nulled)
            _check_typed(op, result)
            assert dig(result, path) is None, path
            assert as_json(result) == nulled, path
            seen.add(path)
        # And all of them at once, leaves first (so that a null parent does not hide its children).
        everything = body
        for path in sorted(paths, key=len, reverse=True):
            everything = put(everything, path, None)
        result = answer.body(op, everything)
        _check_typed(op, result)
        assert as_json(result) == everything
    assert seen


def test_nullable_walk_reaches_nested_places() -> None:
    """The walk is not shallow: it finds nulls inside every variant and nested object."""
    payment_op = next(op for op in OPERATIONS if op.operation_id == "getPayment")
    found = {path for body in _bodies_with_every_variant(payment_op) for path in _nullable_positions(payment_op, body)}
    assert ("payment_method", "emi", "emi_details", "emi_amount") in found
    assert ("payment_method", "banktransfer", "banktransfer_account_number") in found
    assert ("authorization", "captured_amount") in found
    order_op = OPERATIONS[0]
    order_paths = {path for body in order_op.examples for path in _nullable_positions(order_op, body)}
    assert ("terminal_data", "cf_terminal_id") in order_paths
    assert ("customer_details", "customer_bank_code") in order_paths


def test_integer_ids_come_out_as_strings(answer: Answer) -> None:
    create, pay, _, get, listing, _, otp = OPERATIONS
    order = answer.body(create, dict(create.examples[0], cf_order_id=2149460581))
    assert order.cf_order_id == "2149460581"
    assert answer.body(pay, dict(pay.examples[0], cf_payment_id=91235)).cf_payment_id == "91235"
    assert answer.body(get, dict(get.examples[0], cf_payment_id=12376123)).cf_payment_id == "12376123"
    payments = answer.body(
        listing, [dict(p, cf_payment_id=5114910000001 + i) for i, p in enumerate(listing.examples[0])]
    )
    assert [p.cf_payment_id for p in payments] == ["5114910000001", "5114910000002"]
    assert answer.body(otp, dict(otp.examples[0], cf_payment_id=975654863)).cf_payment_id == "975654863"


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_payment_method_variant_is_that_variant(answer: Answer, variant: str) -> None:
    get = OPERATIONS[3]
    details = generate(VARIANTS[variant]["properties"][variant])
    body = dict(get.examples[0], payment_method={variant: details})
    payment = answer.body(get, body)
    assert type(payment.payment_method) is VARIANT_CLASSES[variant]
    assert payment.payment_method_name == variant
    assert payment.to_dict() == body
    # The same object, with fields of a card mixed in, still comes out as the variant its key names.
    mixed = dict(body, payment_method={variant: details | {"card_number": "XXXX1111", "card_network": "visa"}})
    assert type(answer.body(get, mixed).payment_method) is VARIANT_CLASSES[variant]


def test_upi_payment_is_never_read_as_a_card(answer: Answer) -> None:
    listing = OPERATIONS[4]
    upi_only_channel = dict(listing.examples[0][0], payment_method={"upi": {"channel": "collect"}})
    empty_upi = dict(listing.examples[0][0], payment_method={"upi": {}})
    payments = answer.body(listing, [upi_only_channel, empty_upi])
    assert [type(p.payment_method) for p in payments] == [models.PaymentMethodUPIInPaymentsEntity] * 2
    assert [p.payment_method_name for p in payments] == ["upi", "upi"]


@pytest.mark.parametrize(
    "method",
    [{"crypto": {"channel": "link", "coin": "xyz"}}, {"upi": {}, "card": {}}, {"upi": "collect"}, [], "upi"],
    ids=["unknown_key", "two_keys", "not_an_object", "list", "string"],
)
def test_unknown_payment_method_is_kept_raw(answer: Answer, method: Any) -> None:
    get = OPERATIONS[3]
    payment = answer.body(get, dict(get.examples[0], payment_method=method))
    assert isinstance(payment, Payment)
    assert payment.payment_method is None
    assert payment.additional_properties["payment_method"] == method
    assert payment.to_dict()["payment_method"] == method
    assert payment.payment_status == "SUCCESS"


WRONG_VALUES: list[Any] = [[], {}, 12, "text", True, [{}], ["text"]]


# Parsing is shared by both clients: the sync one is enough for this larger sweep.
@pytest.mark.parametrize("mode", ["sync"])
@pytest.mark.parametrize("op", OPERATIONS, ids=repr)
def test_wrong_types_anywhere_are_typed_or_a_validation_error(answer: Answer, op: Operation) -> None:
    outcomes = {"typed": 0, "validation": 0}
    for body in _bodies_with_every_variant(op):
        for path, _ in positions(op.schema, body):
            for wrong in WRONG_VALUES:
                try:
                    result = answer.body(op, put(body, path, wrong))
                except APIResponseValidationError as error:
                    failures = (error.status_code, error.request_id)
                    outcomes["validation"] += 1
                    assert failures == (200, "req_fc")
                    continue
                _check_typed(op, result)
                repr(result)
                as_json(result)  # a typed result can always be turned back into JSON
                outcomes["typed"] += 1
    assert outcomes["typed"]


def test_lists_whose_items_do_not_fit_their_model_are_kept_raw(answer: Answer) -> None:
    create, get = OPERATIONS[0], OPERATIONS[3]
    splits = [{"vendor": "v1", "share": {"percent": 40}}, {"vendor_id": "v2", "amount": 5}]
    order = answer.body(create, dict(create.examples[0], order_splits=splits))
    assert order.order_splits is None
    assert order.additional_properties["order_splits"] == splits
    assert order.to_dict()["order_splits"] == splits
    offers = ["OFFER_10", {"offer_id": "o2"}]
    payment = answer.body(get, dict(get.examples[0], payment_offers=offers))
    assert payment.payment_offers is None
    assert payment.to_dict()["payment_offers"] == offers
    # Lists that fit stay typed.
    fitting = answer.body(create, dict(create.examples[0], order_splits=[{"vendor_id": "v1", "amount": 5}]))
    assert isinstance(fitting.order_splits[0], models.VendorSplitEntity)


@pytest.mark.parametrize(
    "content",
    [b"<html><body>OK</body></html>", b"", b"null", b"[1, 2", b'"a string"', b"{}", b"\xff\xfe"],
    ids=["html", "empty", "null", "truncated", "string", "empty_object", "not_utf8"],
)
def test_unreadable_success_is_a_validation_error(answer: Answer, content: bytes) -> None:
    with pytest.raises(APIResponseValidationError) as caught:
        answer(OPERATIONS[3], httpx.Response(200, content=content, headers={"x-request-id": "req_fc"}))
    assert caught.value.status_code == 200
    assert caught.value.request_id == "req_fc"
    assert len(answer.requests) == 1  # a 200 is never retried


HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"


def test_html_502_page_is_retried_then_an_internal_server_error(answer: Answer) -> None:
    with pytest.raises(InternalServerError) as caught:
        answer(OPERATIONS[0], httpx.Response(502, content=HTML_502, headers={"content-type": "text/html"}))
    error = caught.value
    assert error.status_code == 502
    assert error.body == HTML_502.decode()
    assert error.code is None
    assert "502" in str(error)
    assert len(answer.requests) == 3
    assert {r.headers["x-idempotency-key"] for r in answer.requests} == {
        answer.requests[0].headers["x-idempotency-key"]
    }


@pytest.mark.parametrize(
    ("status", "error_class", "attempts"),
    [(418, APIStatusError, 1), (599, InternalServerError, 1), (500, InternalServerError, 3), (499, APIStatusError, 1)],
)
def test_undocumented_statuses(answer: Answer, status: int, error_class: type, attempts: int) -> None:
    with pytest.raises(CashfreeError) as caught:
        answer(OPERATIONS[4], httpx.Response(status, content=b""))
    assert type(caught.value) is error_class
    assert isinstance(caught.value, APIStatusError)
    assert caught.value.status_code == status
    assert caught.value.message
    assert len(answer.requests) == attempts


def test_error_body_with_new_fields_and_a_new_type(answer: Answer) -> None:
    body = {
        "message": "bad",
        "code": "brand_new_code",
        "type": "brand_new_error_type",
        "help": "https://example.com",
        "field_added_in_2027": {"x": 1},
    }
    with pytest.raises(BadRequestError) as caught:
        answer(OPERATIONS[1], httpx.Response(400, json=body, headers={"x-request-id": "req_fc"}))
    error = caught.value
    assert (error.code, error.type, error.message, error.help) == (
        "brand_new_code",
        "brand_new_error_type",
        "bad",
        "https://example.com",
    )
    assert error.body == body
    assert str(error) == "400 brand_new_code: bad (request_id=req_fc)"


# A body that is not Cashfree's error object yields no code; the message is its text or the status's reason.
@pytest.mark.parametrize(
    ("body", "message"),
    [
        ([1, 2], "Bad Request"),
        ("just text", "just text"),
        (42, "Bad Request"),
        (None, "Bad Request"),
        ({"message": 5, "code": ["x"]}, "Bad Request"),
    ],
)
def test_odd_error_bodies(answer: Answer, body: Any, message: str) -> None:
    with pytest.raises(BadRequestError) as caught:
        answer(OPERATIONS[4], httpx.Response(400, content=json.dumps(body).encode()))
    assert caught.value.status_code == 400
    assert (caught.value.code, caught.value.type, caught.value.message) == (None, None, message)


def test_redirect_is_a_status_error_not_followed(answer: Answer) -> None:
    with pytest.raises(APIStatusError) as caught:
        answer(OPERATIONS[4], httpx.Response(302, headers={"location": "https://elsewhere.test/"}))
    assert caught.value.status_code == 302
    assert len(answer.requests) == 1
