"""The spec is valid OpenAPI 3.1, complete for the twelve operations and four webhooks, and its examples fit it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from cashfree_openapi import API_VERSION
from tests.support.spec import SPEC_PATH

SPEC_URI = "urn:cashfree-pg-spec"

# operationId: (method, path, needs credentials, Cashfree's official operationId where known).
OPERATIONS = {
    "createOrder": ("post", "/orders", True, "PGCreateOrder"),
    "payOrder": ("post", "/orders/sessions", False, "PGPayOrder"),
    "authorizeSession": ("post", "/orders/sessions/authorize", False, None),
    "getPayment": ("get", "/orders/{order_id}/payments/{cf_payment_id}", True, "PGOrderFetchPayment"),
    "getPaymentsForOrder": ("get", "/orders/{order_id}/payments", True, "PGOrderFetchPayments"),
    "preauthorizeOrder": ("post", "/orders/{order_id}/authorization", True, "PGAuthorizeOrder"),
    "authenticatePayment": ("post", "/orders/pay/authenticate/{cf_payment_id}", False, "PGOrderAuthenticatePayment"),
    "getOrder": ("get", "/orders/{order_id}", True, "PGFetchOrder"),
    "terminateOrder": ("patch", "/orders/{order_id}", True, "PGTerminateOrder"),
    "createRefund": ("post", "/orders/{order_id}/refunds", True, "PGOrderCreateRefund"),
    "getRefund": ("get", "/orders/{order_id}/refunds/{refund_id}", True, "PGOrderFetchRefund"),
    "getRefundsForOrder": ("get", "/orders/{order_id}/refunds", True, "PGOrderFetchRefunds"),
}
# The operations that cannot answer 502 (no bank or processor behind them).
NO_BAD_GATEWAY = {"createOrder", "getOrder", "terminateOrder", "getRefundsForOrder"}
WEBHOOKS = {
    "PAYMENT_SUCCESS_WEBHOOK": "PaymentWebhook",
    "PAYMENT_FAILED_WEBHOOK": "PaymentWebhook",
    "PAYMENT_USER_DROPPED_WEBHOOK": "PaymentWebhook",
    "REFUND_STATUS_WEBHOOK": "RefundWebhook",
}

REQUEST_VARIANTS = {
    "CardPaymentMethod": "card",
    "CardEMIPaymentMethod": "emi",
    "NetbankingPaymentMethod": "netbanking",
    "UPIPaymentMethod": "upi",
    "AppPaymentMethod": "app",
    "CardlessEMIPaymentMethod": "cardless_emi",
    "PaylaterPaymentMethod": "paylater",
    "BanktransferPaymentMethod": "banktransfer",
}


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _validator(spec: dict[str, Any], pointer: str) -> jsonschema.protocols.Validator:
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    return jsonschema.Draft202012Validator(
        {"$ref": SPEC_URI + pointer},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            yield path, method, op


def _all_examples(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(label, JSON pointer of the schema, example value) for every example in the spec."""
    for path, method, op in _operations(spec):
        body = op.get("requestBody", {}).get("content", {}).get("application/json")
        if body:
            schema_ptr = _pointer("paths", path, method, "requestBody", "content", "application/json", "schema")
            for name, ex in body.get("examples", {}).items():
                yield f"{op['operationId']} request {name}", schema_ptr, ex["value"]
        for status, resp in op["responses"].items():
            if "$ref" in resp:
                continue
            media = resp.get("content", {}).get("application/json")
            if not media:
                continue
            schema_ptr = _pointer("paths", path, method, "responses", status, "content", "application/json", "schema")
            for name, ex in media.get("examples", {}).items():
                yield f"{op['operationId']} {status} {name}", schema_ptr, ex["value"]
    for event, item in spec["webhooks"].items():
        ptr = _pointer("webhooks", event, "post", "requestBody", "content", "application/json", "schema")
        for name, ex in item["post"]["requestBody"]["content"]["application/json"]["examples"].items():
            yield f"webhook {event} {name}", ptr, ex["value"]
    for name, resp in spec["components"]["responses"].items():
        media = resp["content"]["application/json"]
        for ex_name, ex in media.get("examples", {}).items():
            ptr = _pointer("components", "responses", name, "content", "application/json", "schema")
            yield f"response {name} {ex_name}", ptr, ex["value"]
    for name, schema in spec["components"]["schemas"].items():
        if "example" in schema:
            yield f"schema {name}", _pointer("components", "schemas", name), schema["example"]
        for prop, sub in schema.get("properties", {}).items():
            if "example" in sub:
                ptr = _pointer("components", "schemas", name, "properties", prop)
                yield f"schema {name}.{prop}", ptr, sub["example"]


def _parameter_names(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    params = spec["components"]["parameters"]
    return {params[p["$ref"].rsplit("/", 1)[1]]["name"] if "$ref" in p else p["name"] for p in op["parameters"]}


def _walk(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{where}/{i}")


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_spec_pins_one_api_version_and_the_client_carries_it(spec: dict[str, Any]) -> None:
    assert spec["info"]["version"] == "2026-01-01"
    assert SPEC_PATH.name == f"cashfree-pg-{spec['info']['version']}.yaml"
    # The generated client takes its API_VERSION from info.version (codegen/templates).
    assert spec["info"]["version"] == API_VERSION


def test_all_twelve_operations_with_their_auth_and_official_ids(spec: dict[str, Any]) -> None:
    found = {op["operationId"]: (method, path, op) for path, method, op in _operations(spec)}
    assert set(found) == set(OPERATIONS)
    for op_id, (method, path, authed, official) in OPERATIONS.items():
        got_method, got_path, op = found[op_id]
        assert (got_method, got_path) == (method, path)
        expected_security: list[dict[str, list[str]]] = [{"XClientID": [], "XClientSecret": []}] if authed else []
        assert op["security"] == expected_security, op_id
        # Recorded beside our own id so a reader can line the operation up with the official SDKs.
        assert op.get("x-cashfree-operation-id") == official, op_id


def test_every_operation_takes_the_common_headers(spec: dict[str, Any]) -> None:
    params = spec["components"]["parameters"]
    for _, _, op in _operations(spec):
        names = _parameter_names(spec, op)
        assert {"x-api-version", "x-request-id", "x-idempotency-key"} <= names, op["operationId"]
    version = params["ApiVersion"]
    assert version["required"] is True
    # A plain string header: no enum, const or $ref, so the generator keeps it a str.
    assert set(version["schema"]) <= {"type", "pattern"}
    assert re.fullmatch(version["schema"]["pattern"], spec["info"]["version"])


def test_every_operation_documents_the_error_statuses(spec: dict[str, Any]) -> None:
    errors = {"400", "401", "404", "409", "422", "429", "500"}
    for _, _, op in _operations(spec):
        statuses = set(op["responses"])
        expected = errors | {"200"} | (set() if op["operationId"] in NO_BAD_GATEWAY else {"502"})
        assert statuses == expected, op["operationId"]
        for status in statuses - {"200"}:
            ref = op["responses"][status]["$ref"]
            resp = spec["components"]["responses"][ref.rsplit("/", 1)[1]]
            assert resp["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}
    error = spec["components"]["schemas"]["ErrorResponse"]
    assert set(error["properties"]) == {"message", "code", "type", "help"}
    assert "required" not in error


def test_every_response_declares_request_id_and_version_headers(spec: dict[str, Any]) -> None:
    headers = spec["components"]["headers"]
    for _, _, op in _operations(spec):
        ok = op["responses"]["200"]["headers"]
        for name in ("x-request-id", "x-api-version", "x-idempotency-replayed", "x-ratelimit-retry"):
            assert name in ok
        assert headers["RequestId"]["required"]
        assert headers["ApiVersion"]["required"]


def test_request_payment_method_has_eight_exclusive_variants(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    one_of = [ref["$ref"].rsplit("/", 1)[1] for ref in schemas["PayOrderPaymentMethod"]["oneOf"]]
    assert dict.fromkeys(one_of) == dict.fromkeys(REQUEST_VARIANTS)
    for name, key in REQUEST_VARIANTS.items():
        variant = schemas[name]
        assert variant["required"] == [key]
        assert variant["additionalProperties"] is False
        assert list(variant["properties"]) == [key]


def test_response_payment_method_has_eight_exclusive_variants(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    keys = []
    for ref in schemas["PaymentEntityMethod"]["oneOf"]:
        variant = schemas[ref["$ref"].rsplit("/", 1)[1]]
        assert variant["additionalProperties"] is False
        assert len(variant["required"]) == 1
        keys.append(variant["required"][0])
    assert sorted(keys) == sorted(REQUEST_VARIANTS.values())


@pytest.mark.parametrize("key", sorted(REQUEST_VARIANTS.values()))
def test_exactly_one_request_variant_matches(spec: dict[str, Any], key: str) -> None:
    validator = _validator(spec, "#/components/schemas/PayOrderPaymentMethod")
    minimal = {
        "card": {"channel": "link", "card_number": "4111111111111111"},
        "emi": {
            "channel": "link",
            "card_number": "4111111111111111",
            "card_expiry_mm": "03",
            "card_expiry_yy": "28",
            "card_cvv": "123",
            "card_bank_name": "hdfc",
            "emi_tenure": 3,
        },
        "netbanking": {"channel": "link", "netbanking_bank_code": 3333},
        "upi": {"channel": "collect", "upi_id": "testsuccess@gocash"},
        "app": {"channel": "link", "provider": "gpay", "phone": "9898989898"},
        "cardless_emi": {"channel": "link", "provider": "flexmoney", "phone": "8714268343"},
        "paylater": {"channel": "link", "provider": "lazypay", "phone": "8714268343"},
        "banktransfer": {"channel": "link"},
    }
    validator.validate({key: minimal[key]})
    # Two keys at once match no variant: the body must name exactly one method.
    other = next(k for k in minimal if k != key)
    assert not validator.is_valid({key: minimal[key], other: minimal[other]})


def test_examples_are_valid_against_their_schemas(spec: dict[str, Any]) -> None:
    examples = list(_all_examples(spec))
    assert len(examples) >= 25
    failures: list[str] = []
    for label, pointer, value in examples:
        errors = sorted(_validator(spec, pointer).iter_errors(value), key=str)
        failures.extend(f"{label}: {e.message} at {list(e.absolute_path)}" for e in errors)
    assert failures == []


def _closed(node: Any) -> Any:
    """A copy of the spec where every object schema that leaves extras open by default refuses them."""
    if isinstance(node, list):
        return [_closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    copy = {key: _closed(value) for key, value in node.items()}
    if "properties" in copy and "additionalProperties" not in copy:
        copy["additionalProperties"] = False
    return copy


def test_examples_declare_every_field_they_show(spec: dict[str, Any]) -> None:
    # The examples are the seed pages' payloads: a field on a page that the spec forgot would be an
    # undeclared property here.
    closed = _closed(spec)
    failures: list[str] = []
    for label, pointer, value in _all_examples(spec):
        errors = _validator(closed, pointer).iter_errors(value)
        failures.extend(f"{label}: {e.message} at {list(e.absolute_path)}" for e in errors)
    assert failures == []


def test_every_seed_payment_method_example_is_attached(spec: dict[str, Any]) -> None:
    body = spec["paths"]["/orders/sessions"]["post"]["requestBody"]["content"]["application/json"]
    keys = {next(iter(ex["value"]["payment_method"])) for ex in body["examples"].values()}
    assert keys == {"card", "emi", "netbanking", "upi", "app"}  # the variants the seed pages show
    channels = {
        ex["value"]["payment_method"]["upi"]["channel"]
        for ex in body["examples"].values()
        if "upi" in ex["value"]["payment_method"]
    }
    assert channels == {"collect", "link", "qrcode", "podQrCode"}


def test_no_required_entry_names_a_missing_property(spec: dict[str, Any]) -> None:
    for where, node in _walk(spec):
        if isinstance(node.get("required"), list) and "properties" in node:
            missing = set(node["required"]) - set(node["properties"])
            assert not missing, f"{where} requires {missing}"


def test_no_null_inside_an_enum(spec: dict[str, Any]) -> None:
    for where, node in _walk(spec):
        if isinstance(node.get("enum"), list):
            assert None not in node["enum"], where


def test_string_enums_hold_only_strings(spec: dict[str, Any]) -> None:
    # YAML 1.1 reads a bare `yes`/`no`/`on` as a boolean (the EMI bank "yes" once was one).
    for where, node in _walk(spec):
        if node.get("type") == "string" and isinstance(node.get("enum"), list):
            assert all(isinstance(value, str) for value in node["enum"]), where


def test_cashfree_ids_are_strings(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert schemas["OrderEntity"]["properties"]["cf_order_id"]["type"] == "string"
    for name in ("PaymentEntity", "PayOrderEntity", "AuthenticatePaymentEntity", "PaymentWebhookPayment"):
        assert schemas[name]["properties"]["cf_payment_id"]["type"] == "string", name
    refund = schemas["RefundEntity"]["properties"]
    assert refund["cf_refund_id"]["type"] == "string"
    assert refund["cf_payment_id"]["type"] == ["string", "null"]


@pytest.mark.parametrize(
    ("schema", "field"),
    [
        ("PaymentEntity", "error_details"),
        ("PaymentEntity", "authorization"),
        ("PaymentEntity", "auth_id"),
        ("PaymentEntity", "bank_reference"),
        ("PaymentEntity", "payment_method"),
        ("OrderEntity", "terminal_data"),
        ("OrderEntity", "order_note"),
        ("PayOrderData", "payload"),
        ("PayOrderData", "url"),
        ("PayOrderData", "redirect_to_bank"),
        ("RefundEntity", "refund_arn"),
        ("RefundEntity", "processed_at"),
        ("RefundEntity", "refund_charge"),
        ("RefundEntity", "refund_type"),
        ("RefundEntity", "refund_speed"),
        ("RefundEntity", "refund_splits"),
        ("RefundEntity", "metadata"),
        ("RefundEntity", "forex_conversion_rate"),
        ("PaymentWebhookData", "error_details"),
        ("PaymentWebhookData", "payment_offers"),
        ("PaymentWebhookOrder", "order_tags"),
        ("PaymentWebhookPayment", "auth_id"),
        ("PaymentWebhookPayment", "payment_method"),
    ],
)
def test_fields_real_responses_leave_null_are_nullable(spec: dict[str, Any], schema: str, field: str) -> None:
    validator = _validator(spec, _pointer("components", "schemas", schema, "properties", field))
    assert validator.is_valid(None)


@pytest.mark.parametrize(
    ("schema", "field"),
    [
        ("PaymentEntity", "payment_status"),
        ("PaymentEntity", "payment_group"),
        ("OrderEntity", "order_status"),
        ("PayOrderEntity", "channel"),
        ("PayOrderEntity", "action"),
        ("PayOrderEntity", "payment_method"),
        ("AuthenticatePaymentEntity", "authenticate_status"),
        ("ErrorResponse", "type"),
        ("RefundEntity", "refund_status"),
        ("RefundEntity", "refund_type"),
        ("PaymentWebhook", "type"),
        ("PaymentWebhookPayment", "payment_status"),
        ("RefundWebhook", "type"),
    ],
)
def test_response_enums_are_open(spec: dict[str, Any], schema: str, field: str) -> None:
    validator = _validator(spec, _pointer("components", "schemas", schema, "properties", field))
    assert validator.is_valid("SOMETHING_CASHFREE_ADDS_LATER")


@pytest.mark.parametrize(
    ("schema", "body"),
    [
        ("AuthorizeOrderRequest", {"action": "REFUND"}),
        ("AuthenticatePaymentRequest", {"action": "SEND_SMS"}),
        ("Upi", {"channel": "intent"}),
        ("App", {"channel": "link", "provider": "venmo", "phone": "9898989898"}),
        ("CardEMI", {"channel": "link", "card_bank_name": "HDFC"}),
        ("Card", {"channel": "link", "card_bank_name": "kotak"}),
        ("AuthorizationData", {"transaction_type": "CARD"}),
        ("TerminateOrderRequest", {"order_status": "ACTIVE"}),
        ("CreateRefundRequest", {"refund_amount": 1, "refund_id": "refund_1", "refund_speed": "FAST"}),
    ],
)
def test_request_enums_are_closed(spec: dict[str, Any], schema: str, body: dict[str, Any]) -> None:
    assert not _validator(spec, _pointer("components", "schemas", schema)).is_valid(body)


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("refund_amount", 0),
        ("refund_amount", -1),
        ("refund_id", "ab"),
        ("refund_id", "r" * 41),
        ("refund_id", "has/slash"),
        ("refund_note", "no"),
        ("refund_splits", [{"amount": 1}]),
    ],
)
def test_create_refund_limits(spec: dict[str, Any], field: str, bad: Any) -> None:
    validator = _validator(spec, "#/components/schemas/CreateRefundRequest")
    good = {"refund_amount": 0.01, "refund_id": "refund_1", "refund_note": "a note", "refund_speed": "INSTANT"}
    assert validator.is_valid(good)
    assert not validator.is_valid({**good, field: bad})
    assert not validator.is_valid({"refund_amount": 1})  # refund_id is required (the official file misspells it)


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("order_amount", 0.5),
        ("order_id", "ab"),
        ("order_id", "has space"),
        ("order_currency", "inr"),
        ("order_note", "no"),
    ],
)
def test_create_order_limits(spec: dict[str, Any], field: str, bad: Any) -> None:
    validator = _validator(spec, "#/components/schemas/CreateOrderRequest")
    good = {"order_amount": 10.34, "order_currency": "INR", "order_id": "order_1", "order_note": "a note"}
    assert validator.is_valid(good)
    assert not validator.is_valid({**good, field: bad})


def test_links_point_at_real_operations_and_parameters(spec: dict[str, Any]) -> None:
    ops = {op["operationId"]: op for _, _, op in _operations(spec)}
    wanted = {
        ("createOrder", "payOrder"),
        ("createOrder", "getPaymentsForOrder"),
        ("createOrder", "preauthorizeOrder"),
        ("createOrder", "authorizeSession"),
        ("payOrder", "getPayment"),
        ("payOrder", "authenticatePayment"),
        ("getPaymentsForOrder", "getPayment"),
        ("authorizeSession", "getPayment"),
        ("createOrder", "getOrder"),
        ("createOrder", "terminateOrder"),
        ("createOrder", "createRefund"),
        ("createOrder", "getRefundsForOrder"),
        ("terminateOrder", "getOrder"),
        ("createRefund", "getRefund"),
        ("createRefund", "getRefundsForOrder"),
        ("getRefundsForOrder", "getRefund"),
    }
    seen = set()
    for source_id, op in ops.items():
        for link in op["responses"]["200"].get("links", {}).values():
            target = ops[link["operationId"]]
            seen.add((source_id, link["operationId"]))
            names = _parameter_names(spec, target)
            assert set(link.get("parameters", {})) <= names
            if "requestBody" in link:
                body_schema = target["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
                assert set(link["requestBody"]) <= set(spec["components"]["schemas"][body_schema]["properties"])
    assert wanted <= seen


@pytest.mark.parametrize("operation_id", ["getOrder", "getRefund"])
def test_get_by_id_takes_nothing_but_its_ids_and_the_version(spec: dict[str, Any], operation_id: str) -> None:
    # Schemathesis checks a created resource is fetchable only when a link supplies every required
    # parameter of the fetch; the links supply the path ids, the suite the version.
    op = next(op for _, _, op in _operations(spec) if op["operationId"] == operation_id)
    params = spec["components"]["parameters"]
    required = {
        params[p["$ref"].rsplit("/", 1)[1]]["name"]
        for p in op["parameters"]
        if params[p["$ref"].rsplit("/", 1)[1]]["required"]
    }
    path_ids = set(re.findall(r"\{(\w+)\}", next(path for path, _, o in _operations(spec) if o is op)))
    assert required == path_ids | {"x-api-version"}
