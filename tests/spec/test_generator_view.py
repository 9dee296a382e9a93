"""The spec as the generator reads it: response models without ``Unset``, request models as the spec says.

``scripts/regenerate.py`` feeds openapi-python-client a view of the spec in which every property of a
response body is required and the optional ones nullable; the model template reads a missing nullable
field as ``None`` (spec/README.md, "Required and absent fields").
"""

from __future__ import annotations

import copy
import importlib.util
from types import ModuleType
from typing import Any

import attrs
import pytest

import cashfree_openapi.models as models
from tests.support.spec import ROOT, SPEC


def _regenerate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "scripts" / "regenerate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REGENERATE = _regenerate()
REQUESTS, RESPONSES = REGENERATE._body_schemas(SPEC)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
RESPONSE_OBJECTS = sorted(name for name in RESPONSES if SCHEMAS[name].get("properties"))


def test_requests_and_responses_share_no_object_schema() -> None:
    assert RESPONSE_OBJECTS
    assert not {name for name in REQUESTS & RESPONSES if SCHEMAS[name].get("properties")}


@pytest.mark.parametrize("name", RESPONSE_OBJECTS)
def test_no_response_model_has_unset(name: str) -> None:
    model = getattr(models, name)
    fields = {field.name: str(field.type) for field in attrs.fields(model) if field.name != "additional_properties"}
    assert fields
    assert not [field for field, kind in fields.items() if "Unset" in kind]
    required = set(SCHEMAS[name].get("required", []))
    for field, kind in fields.items():
        nullable = "None" in kind.split(" | ")
        assert nullable or field.rstrip("_") in required, (field, kind)  # a `T` is one the spec requires


def test_the_view_requires_every_response_property_and_leaves_requests_alone() -> None:
    view = REGENERATE.generator_view(SPEC)
    viewed = view["components"]["schemas"]
    for name in RESPONSE_OBJECTS:
        assert viewed[name]["required"] == list(SCHEMAS[name]["properties"]), name
        required = set(SCHEMAS[name].get("required", []))
        for key, value in viewed[name]["properties"].items():
            assert key in required or REGENERATE._is_nullable(value), (name, key)
    for name in set(SCHEMAS) - set(RESPONSE_OBJECTS):
        assert viewed[name] == SCHEMAS[name], name
    assert view["paths"] == SPEC["paths"]
    assert SPEC["components"]["schemas"]["PaymentEntity"]["required"] == ["cf_payment_id", "order_id", "payment_status"]


def test_a_schema_in_a_request_and_a_response_stops_the_generation() -> None:
    shared = copy.deepcopy(SPEC)
    shared["components"]["schemas"]["OrderEntity"]["properties"]["order_splits"]["items"] = {
        "$ref": "#/components/schemas/VendorSplit"
    }
    with pytest.raises(SystemExit, match="VendorSplit is in a request and a response body"):
        REGENERATE.generator_view(shared)


def test_a_left_out_field_reads_as_null_and_a_left_out_required_one_fails() -> None:
    payment = models.PaymentEntity.from_dict({"cf_payment_id": "1", "order_id": "o", "payment_status": "SUCCESS"})
    assert payment.bank_reference is None
    assert payment.payment_gateway_details is None
    assert payment.to_dict()["bank_reference"] is None
    with pytest.raises(KeyError, match="cf_payment_id"):
        models.PaymentEntity.from_dict({"order_id": "o", "payment_status": "SUCCESS"})
    pay = models.PayOrderEntity.from_dict(
        {"cf_payment_id": "1", "payment_amount": 1, "payment_method": "upi", "channel": "link", "action": "custom"}
        | {"data": {"url": None}}
    )
    assert pay.data.payload is None  # nested too
    # Request models keep optional fields unset, so that they are not sent.
    assert models.CustomerDetails.from_dict({"customer_id": "c1", "customer_phone": "9"}).to_dict() == {
        "customer_id": "c1",
        "customer_phone": "9",
    }
