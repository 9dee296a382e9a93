"""The ``...Param`` TypedDicts against the spec's request schemas, both ways, and the run-time key check.

Every nested object of a request body has a ``TypedDict`` with the schema's keys, the same required ones
and value types that follow the schema; a key the spec does not name is a ``ValueError`` naming the
object and the key, at any depth, before anything is sent, and the value is never in the message.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal

import pytest

import cashfree_facade
import cashfree_openapi.models
from cashfree_facade import _params, _resources
from cashfree_facade._operations import authorize_session_call, create_order_call, create_refund_call, pay_order_call
from cashfree_facade._resources import AsyncOrders, AsyncRefunds, Orders, Refunds
from cashfree_facade._types import CreateOrderParams, RequestOptions
from cashfree_openapi.models import AuthorizationData, CartDetails, CustomerDetails, RefundSplit, VendorSplit
from tests.support.spec import SPEC

SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
REF = "#/components/schemas/"

# Schema -> its TypedDict. The request bodies themselves are the methods' parameters, and the payment
# methods (PayOrderPaymentMethod and below) have the payment_methods builders.
PARAMS: dict[str, type] = {
    "AuthorizationData": _params.AuthorizationDataParam,
    "CardFilters": _params.CardFiltersParam,
    "CartAddress": _params.CartAddressParam,
    "CartDetails": _params.CartDetailsParam,
    "CartItem": _params.CartItemParam,
    "CustomerDetails": _params.CustomerDetailsParam,
    "IncludeExcludeFilter": _params.IncludeExcludeFilterParam,
    "OrderMeta": _params.OrderMetaParam,
    "OrderProducts": _params.OrderProductsParam,
    "PaymentMethodsFilters": _params.PaymentMethodsFiltersParam,
    "ProductCondition": _params.ProductConditionParam,
    "ProductFeature": _params.ProductFeatureParam,
    "RefundSplit": _params.RefundSplitParam,
    "Terminal": _params.TerminalParam,
    "VendorSplit": _params.VendorSplitParam,
}
SECRET = "4111111111111111"  # what a misplaced key might hold: never in a message
# Amounts the client checks and sends exactly (to_json_number) take a Decimal too.
EXACT_AMOUNTS = {("RefundSplit", "amount")}


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        own = {node["$ref"].removeprefix(REF)} if "$ref" in node else set()
        return own.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node))
    return set()


def _closure(names: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(_refs(SCHEMAS[name]))
    return seen


def _request_bodies() -> set[str]:
    return {
        name
        for item in SPEC["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        for name in _refs(operation.get("requestBody", {}))
    }


def test_every_nested_request_object_has_a_typed_dict_and_nothing_else_does() -> None:
    bodies = _request_bodies()
    nested = _closure(bodies) - bodies - _closure({"PayOrderPaymentMethod"})
    objects = {name for name in nested if SCHEMAS[name].get("properties")}  # maps (order_tags) take any key
    assert objects == set(PARAMS)
    assert set(_params.__all__) == {cls.__name__ for cls in PARAMS.values()}


def _expected(schema: dict[str, Any]) -> Any:
    """The annotation a TypedDict key should carry for a property schema."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(REF)
        return PARAMS[name] if name in PARAMS else _expected(SCHEMAS[name])
    if "enum" in schema:
        return Literal[tuple(schema["enum"])]
    kind = schema["type"]
    if kind == "array":
        return Sequence[_expected(schema["items"])]  # type: ignore[misc]
    if kind == "object":
        return Mapping[str, Any]
    return {"string": str, "integer": int, "number": float, "boolean": bool}[kind]


@pytest.mark.parametrize("schema_name", sorted(PARAMS))
def test_typed_dict_matches_its_schema_both_ways(schema_name: str) -> None:
    schema, param = SCHEMAS[schema_name], PARAMS[schema_name]
    properties: dict[str, Any] = schema["properties"]
    assert set(param.__annotations__) == set(properties)
    assert param.__required_keys__ == frozenset(schema.get("required", []))  # type: ignore[attr-defined]
    hints = typing.get_type_hints(param)
    expected = {key: _expected(value) for key, value in properties.items()}
    expected |= {key: Decimal | int | float for name, key in EXACT_AMOUNTS if name == schema_name}
    assert {key: hints[key] for key in properties} == expected
    assert param.__doc__ is not None
    assert param.__doc__.startswith(f"``{schema_name}``")


def _model_hints(target: Any) -> dict[str, Any]:
    return typing.get_type_hints(target, localns=vars(cashfree_openapi.models))


def test_orders_create_takes_every_field_of_the_request_each_nested_one_typed() -> None:
    request = SCHEMAS["CreateOrderRequest"]["properties"]
    fields = set(CreateOrderParams.__optional_keys__) - set(RequestOptions.__annotations__)
    assert fields | {"order_amount", "order_currency", "customer_details"} == set(request)
    hints = _model_hints(CreateOrderParams)
    for name in fields:
        target = request[name].get("items", request[name]).get("$ref", "").removeprefix(REF)
        if target in PARAMS:
            typed = PARAMS[target] | getattr(cashfree_openapi.models, target)
            assert hints[name] == (Sequence[typed] if "items" in request[name] else typed), name  # type: ignore[valid-type]
    for resource in (Orders, AsyncOrders):
        customer = _params.CustomerDetailsParam | CustomerDetails | None
        assert _parameter(resource.create, "customer_details") == customer
        authorization = _params.AuthorizationDataParam | AuthorizationData
        assert _parameter(resource.authorize, "authorization_data") == authorization
    splits = Sequence[_params.RefundSplitParam | RefundSplit] | None
    for refunds in (Refunds, AsyncRefunds):
        assert _parameter(refunds.create, "refund_splits") == splits


def _parameter(method: Callable[..., Any], name: str) -> Any:
    """A parameter's annotation, evaluated (the package defers annotations; the models are imported for typing only)."""
    written = inspect.signature(method).parameters[name].annotation
    return eval(written, {**vars(_resources), **vars(cashfree_openapi.models)})  # noqa: S307 - our own annotation


def _value(annotation: Any) -> Any:
    """A value with every key, down to every nested TypedDict (the spec's limits aside)."""
    if typing.is_typeddict(annotation):
        return {key: _value(hint) for key, hint in typing.get_type_hints(annotation).items()}
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is Literal:
        return args[0]
    if origin is Sequence:
        return [_value(args[0])]
    if origin is Mapping:
        return {"key": "value"}
    if args:  # TypedDict | generated model: the dict
        return _value(args[0])
    return {str: "text", int: 7, float: 2.5, bool: True, Decimal: Decimal("2.50")}[annotation]


def _sent(call: Any) -> Any:
    return json.loads(call.body.reveal())


def test_every_key_of_every_typed_dict_is_sent() -> None:
    hints = _model_hints(CreateOrderParams)
    nested = ("order_meta", "order_splits", "terminal", "cart_details", "products")
    order_fields = {name: _value(hints[name]) for name in nested}
    customer = _value(_params.CustomerDetailsParam)
    sent = _sent(create_order_call(10, "INR", customer, order_fields, api_version="v"))
    assert sent == {"order_amount": 10, "order_currency": "INR", "customer_details": customer, **order_fields}
    data = _value(_params.AuthorizationDataParam)
    assert _sent(authorize_session_call("s", data, api_version="v", options={}))["authorization_data"] == data
    split = _value(_params.RefundSplitParam)
    assert _sent(_refund([split]))["refund_splits"] == [split]


def _refund(splits: Any) -> Any:
    return create_refund_call(
        "order_1",
        1,
        refund_id="refund_1",
        refund_note=None,
        refund_speed=None,
        refund_splits=splits,
        api_version="v",
        options={},
    )


def _order(**params: Any) -> Callable[[], Any]:
    return lambda: create_order_call(10, "INR", params.pop("customer_details", None), params, api_version="v")


CUSTOMER = {"customer_id": "c1", "customer_phone": "9898989898"}
UNKNOWN_KEYS: list[tuple[str, Callable[[], Any]]] = [
    ("customer_details", _order(customer_details={**CUSTOMER, "customer_emial": SECRET})),
    ("order_meta", _order(order_meta={"notfy_url": SECRET})),
    ("order_meta.payment_methods_filters", _order(order_meta={"payment_methods_filters": {"filter": SECRET}})),
    (
        "order_meta.payment_methods_filters.filters",
        _order(order_meta={"payment_methods_filters": {"filters": {"card_binz": SECRET}}}),
    ),
    (
        "order_meta.payment_methods_filters.methods",
        _order(order_meta={"payment_methods_filters": {"methods": {"action": "ALLOW", "value": SECRET}}}),
    ),
    ("order_meta.offer_filters", _order(order_meta={"offer_filters": {"actions": SECRET}})),
    ("order_splits[1]", _order(order_splits=[{"vendor_id": "v1"}, {"vendor_id": "v2", "amont": SECRET}])),
    ("terminal", _order(terminal={"terminal_type": "SPOS", "terminal_phone": SECRET})),
    ("cart_details", _order(cart_details={"cart_item": SECRET})),
    ("cart_details.customer_billing_address", _order(cart_details={"customer_billing_address": {"pin": SECRET}})),
    ("cart_details.cart_items[0]", _order(cart_details={"cart_items": [{"item_nam": SECRET}]})),
    ("products", _order(products={"verify": SECRET})),
    ("products.one_click_checkout", _order(products={"one_click_checkout": {"enable": SECRET}})),
    (
        "products.verify_pay.conditions[0]",
        _order(products={"verify_pay": {"conditions": [{"key": "k", "value": SECRET}]}}),
    ),
    ("authorization_data", lambda: authorize_session_call("s", {"token_numbr": SECRET}, api_version="v", options={})),
    ("refund_splits[0]", lambda: _refund([{"vendor_id": "v1", "ammount": SECRET}])),
    (
        "payment_method.card",
        lambda: pay_order_call(
            "s",
            {"card": {"channel": "link", "card_numbr": SECRET}},
            save_instrument=None,
            offer_id=None,
            api_version="v",
            options={},
        ),
    ),
]


@pytest.mark.parametrize(("where", "build"), UNKNOWN_KEYS, ids=[where for where, _ in UNKNOWN_KEYS])
def test_an_unknown_key_is_refused_naming_the_object_and_the_key(where: str, build: Callable[[], Any]) -> None:
    with pytest.raises(ValueError, match=r"unknown key '\w+'$") as caught:
        build()
    assert str(caught.value).startswith(f"{where}: unknown key '")
    assert SECRET not in str(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None


def test_all_unknown_keys_of_an_object_are_named() -> None:
    with pytest.raises(ValueError, match=r"^customer_details: unknown keys 'customer_emial', 'phone'$"):
        _order(customer_details={**CUSTOMER, "phone": "1", "customer_emial": "2"})()


def test_maps_take_any_key() -> None:
    split = {"vendor_id": "v1", "amount": 5, "tags": {"any": "key", "nested": {"x": 1}}}
    sent = _sent(_order(order_tags={"free": "form"}, order_splits=[split])())
    assert sent["order_tags"] == {"free": "form"}
    assert sent["order_splits"] == [split]


def test_generated_models_are_taken_beside_the_typed_dicts() -> None:
    cart = CartDetails.from_dict({"cart_name": "c", "cart_items": [{"item_id": "i1", "item_quantity": 2}]})
    call = _order(
        customer_details=CustomerDetails(customer_id="c1", customer_phone="9898989898"),
        order_splits=[VendorSplit(vendor_id="v1", amount=5), {"vendor_id": "v2", "percentage": 10}],
        cart_details=cart,
    )()
    sent = _sent(call)
    assert sent["customer_details"] == CUSTOMER
    assert sent["order_splits"] == [{"vendor_id": "v1", "amount": 5}, {"vendor_id": "v2", "percentage": 10}]
    assert sent["cart_details"] == {"cart_name": "c", "cart_items": [{"item_id": "i1", "item_quantity": 2}]}
    refund = _sent(_refund([RefundSplit(vendor_id="v1", amount=5), {"vendor_id": "v2", "amount": Decimal("2.50")}]))
    assert refund["refund_splits"] == [{"vendor_id": "v1", "amount": 5}, {"vendor_id": "v2", "amount": 2.5}]
    # A model's own extra properties are keys the spec does not name, as in a dict.
    customer = CustomerDetails(customer_id="c1", customer_phone="9898989898")
    customer.additional_properties["customer_emial"] = SECRET
    with pytest.raises(ValueError, match=r"^customer_details: unknown key 'customer_emial'$"):
        _order(customer_details=customer)()


def test_the_typed_dicts_are_public() -> None:
    for param in PARAMS.values():
        assert getattr(cashfree_facade, param.__name__) is param
