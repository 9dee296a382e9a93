"""Raw HTTP against the mock's ASGI app, every answer checked against the spec."""

from __future__ import annotations

import json
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from cashfree_mock import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, create_app

from .spec import OPERATIONS, SPEC, VERSION

AUTH = {"x-client-id": DEFAULT_CLIENT_ID, "x-client-secret": DEFAULT_CLIENT_SECRET, "x-api-version": VERSION}
PUBLIC = {"x-api-version": VERSION}

_SPEC_URI = "urn:cashfree-pg-spec"
_REGISTRY: Registry[Any] = Registry().with_resource(_SPEC_URI, DRAFT202012.create_resource(SPEC))


def asgi_client(**options: Any) -> httpx.AsyncClient:
    """An async client in-process on a fresh mock app built with ``options``."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(**options)), base_url="http://testserver")


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _validator(pointer: str) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(
        {"$ref": _SPEC_URI + pointer},
        registry=_REGISTRY,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def check_component(name: str, value: Any) -> None:
    """Validate ``value`` (a webhook body, say) against the spec's ``components/schemas/<name>``."""
    _validator(_pointer("components", "schemas", name)).validate(value)


def check_response(operation_id: str, response: httpx.Response) -> Any:
    """Validate a response of an operation against the spec (body, status, headers); return its JSON."""
    path, method = OPERATIONS[operation_id]
    responses = SPEC["paths"][path][method]["responses"]
    status = str(response.status_code)
    assert status in responses, f"{operation_id} answered an undocumented {status}: {response.text}"
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-request-id"]
    assert response.headers["x-api-version"] == VERSION
    body = response.json()
    if "$ref" in responses[status]:
        pointer = _pointer("components", "schemas", "ErrorResponse")
    else:
        pointer = _pointer("paths", path, method, "responses", status, "content", "application/json", "schema")
    _validator(pointer).validate(body)
    return body


def check_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """An error in Cashfree's shape, with the type that goes with its status."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    _validator(_pointer("components", "schemas", "ErrorResponse")).validate(body)
    assert set(body) == {"message", "code", "type", "help"}
    if code is not None:
        assert body["code"] == code, body
    expected_type = {401: "authentication_error", 422: "idempotency_error", 429: "rate_limit_error"}.get(
        status, "api_error" if status >= 500 else "invalid_request_error"
    )
    assert body["type"] == expected_type
    return body


def check_webhook(headers: dict[str, str], body: str) -> dict[str, Any]:
    """Validate a webhook the mock sent against the spec's ``webhooks`` section (body and headers); its JSON."""
    event: dict[str, Any] = json.loads(body)
    kind = event["type"]
    assert kind in SPEC["webhooks"], f"the spec has no webhook {kind}"
    operation = SPEC["webhooks"][kind]["post"]
    _validator(_pointer("webhooks", kind, "post", "requestBody", "content", "application/json", "schema")).validate(
        event
    )
    for parameter in operation["parameters"]:
        name = parameter["$ref"].rsplit("/", 1)[-1]
        declared = SPEC["components"]["parameters"][name]
        value = headers.get(declared["name"])
        if value is None:
            assert not declared.get("required"), f"webhook header {declared['name']} is missing"
            continue
        _validator(_pointer("components", "parameters", name, "schema")).validate(value)
    return event


async def create_order(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    body = {
        "order_amount": 100,
        "order_currency": "INR",
        "customer_details": {"customer_id": "cust_001", "customer_phone": "9898989898"},
        **fields,
    }
    response = await client.post("/pg/orders", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = check_response("createOrder", response)
    return result


async def pay(client: httpx.AsyncClient, order: dict[str, Any], method: dict[str, Any], **extra: Any) -> httpx.Response:
    body = {"payment_session_id": order["payment_session_id"], "payment_method": method, **extra}
    return await client.post("/pg/orders/sessions", json=body, headers=PUBLIC)


async def paid(
    client: httpx.AsyncClient, order: dict[str, Any], method: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    response = await pay(client, order, method, **extra)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = check_response("payOrder", response)
    return result


async def get_payment(client: httpx.AsyncClient, order_id: str, cf_payment_id: str) -> dict[str, Any]:
    response = await client.get(f"/pg/orders/{order_id}/payments/{cf_payment_id}", headers=AUTH)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = check_response("getPayment", response)
    return result


async def outcome(client: httpx.AsyncClient, cf_payment_id: str, status: str) -> httpx.Response:
    return await client.post(f"/__mock/payments/{cf_payment_id}/outcome", json={"payment_status": status})


async def order_status(client: httpx.AsyncClient, order_id: str) -> str:
    response = await client.get(f"/__mock/orders/{order_id}")
    assert response.status_code == 200
    status: str = response.json()["order_status"]
    return status
