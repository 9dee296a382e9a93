"""The spec's top-level `webhooks`: the four events, their headers, their bodies as generated models.

The bodies are component schemas so that the generated client has a model for each, and the
simulator's own events are checked against them here.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import jsonschema  # type: ignore[import-untyped]
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from cashfree_mock import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, create_app
from cashfree_openapi.models import (
    PaymentStatus,
    PaymentWebhook,
    PaymentWebhookType,
    RefundStatus,
    RefundWebhook,
    RefundWebhookType,
)
from tests.support.fields import without_nulls

SPEC_URI = "urn:cashfree-pg-spec"
EVENTS = {
    "PAYMENT_SUCCESS_WEBHOOK": "PaymentWebhook",
    "PAYMENT_FAILED_WEBHOOK": "PaymentWebhook",
    "PAYMENT_USER_DROPPED_WEBHOOK": "PaymentWebhook",
    "REFUND_STATUS_WEBHOOK": "RefundWebhook",
}
HEADERS = {
    "x-webhook-signature": True,
    "x-webhook-timestamp": True,
    "x-webhook-version": True,
    "x-webhook-attempt": False,
    "x-idempotency-key": False,
}


def _parameters(spec: dict[str, Any], event: str) -> dict[str, dict[str, Any]]:
    components = spec["components"]["parameters"]
    params = [components[p["$ref"].rsplit("/", 1)[1]] for p in spec["webhooks"][event]["post"]["parameters"]]
    return {p["name"]: p for p in params}


def _body(spec: dict[str, Any], event: str) -> dict[str, Any]:
    media: dict[str, Any] = spec["webhooks"][event]["post"]["requestBody"]["content"]["application/json"]
    return media


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    return jsonschema.Draft202012Validator({"$ref": SPEC_URI + schema["$ref"]}, registry=registry)


def test_the_four_events_and_nothing_else(spec: dict[str, Any]) -> None:
    assert set(spec["webhooks"]) == set(EVENTS)
    for event, schema in EVENTS.items():
        item = spec["webhooks"][event]
        assert set(item) == {"post"}, event
        assert _body(spec, event)["schema"] == {"$ref": f"#/components/schemas/{schema}"}
        assert item["post"]["requestBody"]["required"] is True
        # A receiver answers 2xx or the event is retried; the spec documents the answer expected.
        assert set(item["post"]["responses"]) == {"200"}


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_every_event_declares_the_delivery_headers(spec: dict[str, Any], event: str) -> None:
    params = _parameters(spec, event)
    assert {name: p.get("required", False) for name, p in params.items()} == HEADERS
    assert all(p["in"] == "header" for p in params.values())


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_the_generated_client_parses_every_example(spec: dict[str, Any], event: str) -> None:
    for example in _body(spec, event)["examples"].values():
        parsed: PaymentWebhook | RefundWebhook
        if EVENTS[event] == "PaymentWebhook":
            parsed = PaymentWebhook.from_dict(example["value"])
        else:
            parsed = RefundWebhook.from_dict(example["value"])
        assert without_nulls(parsed.to_dict()) == without_nulls(example["value"])
        assert parsed.type_ == event
        assert isinstance(parsed.type_, PaymentWebhookType | RefundWebhookType)  # a known event, not a bare str


def test_a_refund_event_carries_the_refund_entity(spec: dict[str, Any]) -> None:
    example = _body(spec, "REFUND_STATUS_WEBHOOK")["examples"]["processed"]["value"]
    refund = RefundWebhook.from_dict(example).data.refund
    assert refund.refund_status is RefundStatus.SUCCESS
    assert refund.refund_arn == "RF2312981231"


def test_an_unknown_event_type_is_kept_not_fatal(spec: dict[str, Any]) -> None:
    example = _body(spec, "PAYMENT_SUCCESS_WEBHOOK")["examples"]["upi"]["value"]
    parsed = PaymentWebhook.from_dict({**example, "type": "PAYMENT_CHARGEBACK_WEBHOOK"})
    assert parsed.type_ == "PAYMENT_CHARGEBACK_WEBHOOK"
    assert parsed.data.payment.payment_status is PaymentStatus.SUCCESS


async def _simulated_events() -> list[dict[str, Any]]:
    """A success, a failure and a dropped payment on the in-process simulator; its recorded events."""
    auth = {"x-client-id": DEFAULT_CLIENT_ID, "x-client-secret": DEFAULT_CLIENT_SECRET, "x-api-version": "2026-01-01"}
    transport = httpx.ASGITransport(app=create_app())
    async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
        order_body = {
            "order_amount": 10.34,
            "order_currency": "INR",
            "customer_details": {"customer_id": "c-1", "customer_phone": "9898989898"},
            "order_meta": {"notify_url": "https://merchant.example/hook"},
        }
        order = (await client.post("/pg/orders", json=order_body, headers=auth)).json()

        async def pay(method: dict[str, Any]) -> dict[str, Any]:
            body = {"payment_session_id": order["payment_session_id"], "payment_method": method}
            response = await client.post("/pg/orders/sessions", json=body, headers={"x-api-version": "2026-01-01"})
            assert response.status_code == 200, response.text
            result: dict[str, Any] = response.json()
            return result

        await pay({"upi": {"channel": "collect", "upi_id": "testfailure@gocash"}})
        pending = await pay({"netbanking": {"channel": "link", "netbanking_bank_code": 3333}})
        dropped = {"payment_status": "USER_DROPPED"}
        await client.post(f"/__mock/payments/{pending['cf_payment_id']}/outcome", json=dropped)
        await pay({"upi": {"channel": "collect", "upi_id": "testsuccess@gocash"}})
        events: list[dict[str, Any]] = (await client.get("/__mock/webhooks")).json()["data"]
    return events


def test_the_simulators_events_fit_the_spec(spec: dict[str, Any]) -> None:
    events = asyncio.run(_simulated_events())
    seen = []
    for event in events:
        body = json.loads(event["body"])
        seen.append(body["type"])
        media = _body(spec, body["type"])
        errors = [e.message for e in _validator(spec, media["schema"]).iter_errors(body)]
        assert errors == [], body["type"]
        for name, param in _parameters(spec, body["type"]).items():
            value = event["headers"].get(name)
            if value is None:
                assert not param.get("required"), name
            else:
                jsonschema.Draft202012Validator(param["schema"]).validate(value)
        assert without_nulls(PaymentWebhook.from_dict(body).to_dict()) == without_nulls(body)
    assert seen == ["PAYMENT_FAILED_WEBHOOK", "PAYMENT_USER_DROPPED_WEBHOOK", "PAYMENT_SUCCESS_WEBHOOK"]
