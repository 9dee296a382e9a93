"""Payment-method builders: exactly the spec's JSON variant, local validation, masked reprs."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
import referencing
from referencing.jsonschema import DRAFT202012

from cashfree_facade import PaymentMethod
from cashfree_facade import payment_methods as pm

CARD = "4111111111111111"


def unchecked(value: object) -> Any:
    """A value of the wrong type, let past the type checker: what a caller without mypy may pass."""
    return value


@pytest.fixture(scope="module")
def validator(spec: dict[str, Any]) -> jsonschema.protocols.Validator:
    resource = referencing.Resource.from_contents(spec, default_specification=DRAFT202012)
    registry = referencing.Registry().with_resource("spec", resource)
    schema = {"$ref": "spec#/components/schemas/PayOrderPaymentMethod"}
    validator_class = jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"})
    validator: jsonschema.protocols.Validator = validator_class(schema, registry=registry)
    return validator


BUILT: list[tuple[str, Callable[[], PaymentMethod], dict[str, Any]]] = [
    (
        "card",
        lambda: pm.card("4111 1111 1111 1111", 3, 2028, "123", holder_name="Test", channel="post"),
        {
            "card": {
                "channel": "post",
                "card_number": CARD,
                "card_expiry_mm": "03",
                "card_expiry_yy": "28",
                "card_cvv": "123",
                "card_holder_name": "Test",
            }
        },
    ),
    (
        "card_default_channel",
        lambda: pm.card(CARD, "12", "30", "1234"),
        {
            "card": {
                "channel": "link",
                "card_number": CARD,
                "card_expiry_mm": "12",
                "card_expiry_yy": "30",
                "card_cvv": "1234",
            }
        },
    ),
    (
        "saved_card",
        lambda: pm.saved_card("54deabb4-ba45-4a60-9e6a-9c016fe7ab10", "123"),
        {"card": {"channel": "link", "instrument_id": "54deabb4-ba45-4a60-9e6a-9c016fe7ab10", "card_cvv": "123"}},
    ),
    (
        "card_token",
        lambda: pm.card_token(
            "4111111111111112",
            cryptogram="AQBBBBBBZatIlaIAmWKSghwBBBB=",
            token_requestor_id="22457512314",
            expiry_mm="09",
            expiry_yy="29",
            token_reference_id="ref",
            card_display="1112",
            par="V001",
        ),
        {
            "card": {
                "channel": "link",
                "card_number": "4111111111111112",
                "cryptogram": "AQBBBBBBZatIlaIAmWKSghwBBBB=",
                "token_requestor_id": "22457512314",
                "token_type": "NETWORK_GC_TOKEN",
                "card_expiry_mm": "09",
                "card_expiry_yy": "29",
                "token_reference_id": "ref",
                "card_display": "1112",
                "par": "V001",
            }
        },
    ),
    (
        "card_emi",
        lambda: pm.card_emi(CARD, "12", "25", "123", bank="hdfc", tenure=3, channel="post"),
        {
            "emi": {
                "channel": "post",
                "card_number": CARD,
                "card_expiry_mm": "12",
                "card_expiry_yy": "25",
                "card_cvv": "123",
                "card_bank_name": "hdfc",
                "emi_tenure": 3,
            }
        },
    ),
    (
        "netbanking",
        lambda: pm.netbanking("3333", bank_name="TESTR"),
        {"netbanking": {"channel": "link", "netbanking_bank_code": 3333, "netbanking_bank_name": "TESTR"}},
    ),
    (
        "upi_collect",
        lambda: pm.upi_collect("testsuccess@gocash", expiry_minutes=10, redirect_url=True),
        {
            "upi": {
                "channel": "collect",
                "upi_id": "testsuccess@gocash",
                "upi_expiry_minutes": 10,
                "upi_redirect_url": True,
            }
        },
    ),
    ("upi_intent", pm.upi_intent, {"upi": {"channel": "link"}}),
    ("upi_qrcode", pm.upi_qrcode, {"upi": {"channel": "qrcode"}}),
    (
        "upi_qrcode_vpa",
        lambda: pm.upi_qrcode("testsuccess@gocash"),
        {"upi": {"channel": "qrcode", "upi_id": "testsuccess@gocash"}},
    ),
    (
        "wallet",
        lambda: pm.wallet("phonepe", "9898989898"),
        {"app": {"channel": "link", "provider": "phonepe", "phone": "9898989898"}},
    ),
    (
        "cardless_emi",
        lambda: pm.cardless_emi("flexmoney", "8714268343", tenure=6),
        {"cardless_emi": {"channel": "link", "provider": "flexmoney", "phone": "8714268343", "emi_tenure": 6}},
    ),
    (
        "paylater",
        lambda: pm.paylater("lazypay", "8714268343"),
        {"paylater": {"channel": "link", "provider": "lazypay", "phone": "8714268343"}},
    ),
    ("banktransfer", pm.banktransfer, {"banktransfer": {"channel": "link"}}),
]


@pytest.mark.parametrize(("name", "build", "expected"), BUILT, ids=[b[0] for b in BUILT])
def test_builder_json_matches_the_spec(
    name: str, build: Callable[[], PaymentMethod], expected: dict[str, Any], validator: Any
) -> None:
    method = build()
    assert method.to_dict() == expected
    assert method.kind == next(iter(expected))
    assert method.channel == expected[method.kind]["channel"]
    validator.validate(method.to_dict())
    assert method == build()
    assert method.to_dict() is not method.to_dict()


def test_repr_masks_card_number_and_hides_cvv_and_cryptogram() -> None:
    for method in (
        pm.card(CARD, "03", "28", "987"),
        pm.card_emi(CARD, "03", "28", "987", bank="icici", tenure=6),
        pm.card_token("4111111111111112", cryptogram="CRYPTO", token_requestor_id="1", cvv="987"),
        pm.saved_card("instrument", "987"),
    ):
        text = repr(method) + str(method) + f"{method}"
        assert "987" not in text
        assert "CRYPTO" not in text
        assert "411111111111" not in text
        assert "***" in text
    assert "************1111" in repr(pm.card(CARD, "03", "28", "987"))


def test_builders_cannot_be_pickled() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(pm.card(CARD, "03", "28", "123"))


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: pm.card("4111111111111112", "03", "28", "123"), "card_number: fails the Luhn check"),
        (lambda: pm.card("41111111", "03", "28", "123"), "card_number: must be 12 to 19"),
        (lambda: pm.card("4111x11111111111", "03", "28", "123"), "card_number"),
        (lambda: pm.card(unchecked(4111111111111111), "03", "28", "123"), "card_number"),
        (lambda: pm.card(CARD, "13", "28", "123"), "card_expiry_mm"),
        (lambda: pm.card(CARD, 0, "28", "123"), "card_expiry_mm"),
        (lambda: pm.card(CARD, "03", "202", "123"), "card_expiry_yy"),
        (lambda: pm.card(CARD, "03", "1999", "123"), "card_expiry_yy"),
        (lambda: pm.card(CARD, "03", "28", "12"), "card_cvv"),
        (lambda: pm.card(CARD, "03", "28", unchecked(123)), "card_cvv"),
        (lambda: pm.card(CARD, "03", "28", "12345"), "card_cvv"),
        (lambda: pm.card(CARD, "03", "28", "123", channel=unchecked("email")), "channel"),
        (lambda: pm.card(CARD, "03", "28", "123", holder_name=""), "card_holder_name"),
        (lambda: pm.saved_card("", "123"), "instrument_id"),
        (lambda: pm.saved_card("abc", "1"), "card_cvv"),
        (lambda: pm.card_token("12", cryptogram="c", token_requestor_id="1"), "card_number"),
        (lambda: pm.card_token(CARD, cryptogram="", token_requestor_id="1"), "cryptogram"),
        (lambda: pm.card_token(CARD, cryptogram="c", token_requestor_id="1", token_type=unchecked("X")), "token_type"),
        (lambda: pm.card_emi(CARD, "03", "28", "123", bank="hdfcx", tenure=3), "card_bank_name"),
        (lambda: pm.card_emi(CARD, "03", "28", "123", bank="hdfc", tenure=0), "emi_tenure"),
        (lambda: pm.card_emi(CARD, "03", "28", "123", bank="hdfc", tenure=61), "emi_tenure"),
        (lambda: pm.netbanking(333), "netbanking_bank_code"),
        (lambda: pm.netbanking("33a3"), "netbanking_bank_code"),
        (lambda: pm.netbanking(3333, bank_name="testr"), "netbanking_bank_name"),
        (lambda: pm.upi_collect("not-a-vpa"), "upi_id"),
        (lambda: pm.upi_collect("a@1bank"), "upi_id"),
        (lambda: pm.upi_collect("ok@bank", expiry_minutes=4), "upi_expiry_minutes"),
        (lambda: pm.upi_qrcode("bad"), "upi_id"),
        (lambda: pm.wallet("venmo", "9898989898"), "provider"),
        (lambda: pm.wallet("paytm", "989898989"), "phone"),
        (lambda: pm.wallet("paytm", "98989898981"), "phone"),
        (lambda: pm.cardless_emi("klarna", "9898989898"), "provider"),
        (lambda: pm.cardless_emi("flexmoney", "9898989898", tenure=True), "emi_tenure"),
        (lambda: pm.paylater("afterpay", "9898989898"), "provider"),
    ],
)
def test_validation_names_the_field_and_never_the_value(build: Callable[[], PaymentMethod], field: str) -> None:
    with pytest.raises(ValueError, match=field) as caught:
        build()
    assert "4111111111111" not in str(caught.value)
    assert "12345" not in str(caught.value)


@pytest.mark.parametrize(
    ("enum", "builder"),
    [
        ("WalletProvider", lambda value: pm.wallet(value, "9898989898")),
        ("CardlessEMIProvider", lambda value: pm.cardless_emi(value, "9898989898")),
        ("PaylaterProvider", lambda value: pm.paylater(value, "9898989898")),
        ("CardEMIBank", lambda value: pm.card_emi(CARD, "03", "28", "123", bank=value, tenure=3)),
    ],
)
def test_every_provider_of_the_spec_is_accepted(
    spec: dict[str, Any], enum: str, builder: Callable[[str], PaymentMethod], validator: jsonschema.protocols.Validator
) -> None:
    for value in spec["components"]["schemas"][enum]["enum"]:
        sent = builder(value).to_dict()
        validator.validate(sent)
        (fields,) = sent.values()
        assert fields["card_bank_name" if enum == "CardEMIBank" else "provider"] == value


def test_amex_and_other_luhn_valid_numbers() -> None:
    for number in ("378282246310005", "5105105105105100", "6074825972083818", "4706131211212123"):
        assert pm.card(number, "03", "28", "1234").to_dict()["card"]["card_number"] == number
