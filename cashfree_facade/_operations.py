"""One function per operation: arguments in, a ``Call`` (method, path, headers, JSON body, parser) out.

Paths, methods and headers come from the generated operation modules' ``_get_kwargs``, so they follow
the spec; request bodies go through the generated request models, which check required fields and
closed enums locally. Pure code, shared by the sync and async clients. Imported lazily.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, Generic, TypeVar

import attrs
import httpx

from cashfree_openapi.api.orders import create_order, get_order, terminate_order
from cashfree_openapi.api.payments import (
    authenticate_payment,
    authorize_session,
    get_payment,
    get_payments_for_order,
    pay_order,
    preauthorize_order,
)
from cashfree_openapi.api.refunds import create_refund, get_refund, get_refunds_for_order
from cashfree_openapi.models import (
    AppPaymentMethod,
    AuthenticatePaymentRequest,
    AuthorizeOrderRequest,
    AuthorizeSessionRequest,
    BanktransferPaymentMethod,
    CardEMIPaymentMethod,
    CardlessEMIPaymentMethod,
    CardPaymentMethod,
    CreateOrderRequest,
    CreateRefundRequest,
    NetbankingPaymentMethod,
    PaylaterPaymentMethod,
    PayOrderRequest,
    TerminateOrderRequest,
    UPIPaymentMethod,
)
from cashfree_openapi.types import UNSET

from . import _models
from ._amount import to_json_number
from ._redact import Secret, raised_clean, sensitive_values
from ._timeouts import check_timeout, check_total_timeout
from ._types import NOT_GIVEN, CreateOrderParams, NotGiven, RequestOptions

T = TypeVar("T")
M = TypeVar("M")

_OPTION_NAMES = frozenset(RequestOptions.__annotations__)
# A header value: printable ASCII, inner spaces allowed, none at either end (httpx would raise
# UnicodeEncodeError with the value in it, h11 would refuse a control character).
_HEADER_VALUE: Final = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")
# A path segment that cannot change the path: URI-unreserved characters only, and not "." or "..".
_PATH_ID: Final = re.compile(r"[A-Za-z0-9._~-]+")

_PAY_VARIANTS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "card": CardPaymentMethod.from_dict,
    "emi": CardEMIPaymentMethod.from_dict,
    "netbanking": NetbankingPaymentMethod.from_dict,
    "upi": UPIPaymentMethod.from_dict,
    "app": AppPaymentMethod.from_dict,
    "cardless_emi": CardlessEMIPaymentMethod.from_dict,
    "paylater": PaylaterPaymentMethod.from_dict,
    "banktransfer": BanktransferPaymentMethod.from_dict,
}


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """Everything about one logical API call but the I/O. Retries resend it unchanged.

    The JSON body (it may hold a card number and a CVV) and the sensitive values in it travel as
    ``Secret``s, so the ``repr`` of a call, in a log or in a crash reporter's frame locals, shows neither.
    """

    operation: str
    method: str
    path: str
    headers: dict[str, str]
    body: Secret[bytes] | None
    sensitive: Secret[tuple[str, ...]]
    authenticated: bool
    parse: Callable[[Any, str | None], T]
    timeout: httpx.Timeout | NotGiven | None
    total_timeout: float | NotGiven | None
    idempotency_key: str | None
    # When set, builds the result from the whole 2xx response instead of ``parse`` (``raw_request``).
    read: Callable[[httpx.Response], T] | None = None


def _check_options(function: str, options: Mapping[str, Any], allowed: frozenset[str] = _OPTION_NAMES) -> None:
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise TypeError(f"{function}() got an unexpected keyword argument {unknown[0]!r}")
    for name in ("idempotency_key", "request_id"):
        value = options.get(name)
        if value is not None and (not isinstance(value, str) or len(value) > 100 or not _HEADER_VALUE.fullmatch(value)):
            raise ValueError(f"{name}: must be 1 to 100 printable ASCII characters, without spaces at either end")
    if "timeout" in options:
        check_timeout(options["timeout"])
    if "total_timeout" in options:
        check_total_timeout(options["total_timeout"])


def _new_idempotency_key() -> str:
    """A random (version 4) UUID's text, as ``str(uuid.uuid4())`` gives it at a third of the cost (per POST)."""
    digits = os.urandom(16).hex()
    variant = "89ab"[int(digits[16], 16) & 3]
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{variant}{digits[17:20]}-{digits[20:]}"


def _json_body(body: Any, operation: str) -> bytes:
    """The request body as httpx would encode it, but refusing NaN and objects JSON cannot hold."""
    try:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{operation}: the request body is not valid JSON ({type(exc).__name__})") from None


@dataclass(frozen=True, slots=True)
class _Operation(Generic[T]):
    """One operation of the spec: its generated ``_get_kwargs``, whether it needs credentials, its parser.

    ``name`` goes into logs and messages; ``methods`` are the public methods that call the operation
    (``name`` alone when left empty).
    """

    operation_id: str
    name: str
    get_kwargs: Callable[..., dict[str, Any]]
    authenticated: bool
    parse: Callable[[Any, str | None], T]
    methods: tuple[str, ...] = ()

    @property
    def public_methods(self) -> tuple[str, ...]:
        return self.methods or (self.name,)

    def call(self, *path_args: str, body: Any, api_version: str, options: Mapping[str, Any]) -> Call[T]:
        _check_options(self.name, options)
        key: str | None = options.get("idempotency_key")
        if body is not None and key is None:
            key = _new_idempotency_key()  # one key per logical POST, reused by every retry
        request_id: str | None = options.get("request_id")
        extra: dict[str, Any] = {} if body is None else {"body": body}
        kwargs = self.get_kwargs(
            *path_args,
            x_api_version=api_version,
            x_request_id=UNSET if request_id is None else request_id,
            x_idempotency_key=UNSET if key is None else key,
            **extra,
        )
        data = kwargs.get("json")
        return Call(
            operation=self.name,
            method=str(kwargs["method"]).upper(),
            path=str(kwargs["url"]),
            headers={str(k): str(v) for k, v in kwargs["headers"].items()},
            body=None if data is None else Secret(_json_body(data, self.name)),
            sensitive=Secret(sensitive_values(data)),
            authenticated=self.authenticated,
            parse=self.parse,
            timeout=check_timeout(options["timeout"]) if "timeout" in options else NOT_GIVEN,
            total_timeout=check_total_timeout(options["total_timeout"]) if "total_timeout" in options else NOT_GIVEN,
            idempotency_key=key,
        )


# The table of operations: the spec's operationIds this client wraps, each with its generated request
# builder, its credentials, its parser and the public methods that call it. One line per operation;
# tests/facade/test_operation_table.py fails when this table and the spec disagree, either way.
CREATE_ORDER = _Operation("createOrder", "orders.create", create_order._get_kwargs, True, _models.parse_order)
GET_ORDER = _Operation("getOrder", "orders.get", get_order._get_kwargs, True, _models.parse_order)
TERMINATE_ORDER = _Operation(
    "terminateOrder", "orders.terminate", terminate_order._get_kwargs, True, _models.parse_order
)
PAY_ORDER = _Operation("payOrder", "orders.pay", pay_order._get_kwargs, False, _models.parse_pay_result)
AUTHORIZE_SESSION = _Operation(
    "authorizeSession", "orders.authorize", authorize_session._get_kwargs, False, _models.parse_payment
)
PREAUTHORIZE = _Operation(
    "preauthorizeOrder",
    "orders.authorization",
    preauthorize_order._get_kwargs,
    True,
    _models.parse_payment,
    methods=("orders.capture", "orders.void"),
)
GET_PAYMENT = _Operation("getPayment", "payments.get", get_payment._get_kwargs, True, _models.parse_payment)
LIST_PAYMENTS = _Operation(
    "getPaymentsForOrder", "payments.list", get_payments_for_order._get_kwargs, True, _models.parse_payments
)
AUTHENTICATE = _Operation(
    "authenticatePayment",
    "payments.authenticate",
    authenticate_payment._get_kwargs,
    False,
    _models.parse_otp_result,
    methods=("payments.submit_otp", "payments.resend_otp"),
)
CREATE_REFUND = _Operation("createRefund", "refunds.create", create_refund._get_kwargs, True, _models.parse_refund)
GET_REFUND = _Operation("getRefund", "refunds.get", get_refund._get_kwargs, True, _models.parse_refund)
LIST_REFUNDS = _Operation(
    "getRefundsForOrder", "refunds.list", get_refunds_for_order._get_kwargs, True, _models.parse_refunds
)

OPERATIONS: Final[Mapping[str, _Operation[Any]]] = {
    operation.operation_id: operation
    for operation in (
        CREATE_ORDER,
        GET_ORDER,
        TERMINATE_ORDER,
        PAY_ORDER,
        AUTHORIZE_SESSION,
        PREAUTHORIZE,
        GET_PAYMENT,
        LIST_PAYMENTS,
        AUTHENTICATE,
        CREATE_REFUND,
        GET_REFUND,
        LIST_REFUNDS,
    )
}

# Operations of the spec deliberately left without a method, with the reason (cf.raw_request reaches them).
NOT_WRAPPED: Final[Mapping[str, str]] = {}


def _model(build: Callable[[Mapping[str, Any]], M], data: Mapping[str, Any], what: str, root: str = "") -> M:
    """Build a generated request model and refuse keys the spec does not name in it.

    The generated KeyError / TypeError / ValueError become a ValueError naming the field. ``root`` names
    the model itself in the message of an unknown key (empty: its fields are the method's parameters).
    """
    try:
        model = build(data)
    except KeyError as exc:
        raise ValueError(f"{what}: missing required field {exc.args[0]!r}") from None
    except (TypeError, AttributeError) as exc:
        raise ValueError(f"{what}: malformed ({type(exc).__name__})") from None
    except ValueError as exc:
        raise ValueError(f"{what}: {exc}") from None
    refuse_unknown_keys(model, root)
    return model


def refuse_unknown_keys(value: object, where: str) -> None:
    """Raise ``ValueError`` naming the object and the key for a key its schema does not name, at any depth.

    The generated ``from_dict`` keeps such keys in ``additional_properties``, where they would be sent
    (``customer_emial``) or dropped (``notfy_url``) without a word. A model with no declared fields is a
    map (``order_tags``, a split's ``tags``): any key goes. The message names keys, never values: a
    misplaced key may hold a card number.
    """
    if isinstance(value, list):
        for index, item in enumerate(value):
            refuse_unknown_keys(item, f"{where}[{index}]")
        return
    model: type = type(value)
    if model in _LEAVES:
        return
    names = _models.model_field_names(model)
    if not names:  # not a model, or a map that takes any key
        return
    extra = getattr(value, "additional_properties", None)
    if extra:
        unknown = sorted(repr(key) for key in extra)
        plural = "s" if len(unknown) > 1 else ""
        raise ValueError(f"{where or 'request'}: unknown key{plural} {', '.join(unknown)}")
    for name in names:
        item = getattr(value, name)
        if type(item) not in _LEAVES:
            refuse_unknown_keys(item, f"{where}.{name}" if where else name)


# Values that hold no model: most fields of a request, left alone by the walk above.
_LEAVES: Final = frozenset({str, int, float, bool, type(None), type(UNSET)})


def _plain(value: object) -> Any:
    """A request value as JSON data: a generated model (taken beside the ``...Param`` dicts) becomes its dict."""
    if attrs.has(type(value)):
        to_dict: Callable[[], dict[str, Any]] = getattr(value, "to_dict")  # noqa: B009 - every generated model has it
        return to_dict()
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _path_arg(value: object, name: str) -> str:
    """An id that goes into the URL path: refused when it could change the path (``..``, ``/``, ``?``, ``%`` ...)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name}: must be a non-empty string")
    if not _PATH_ID.fullmatch(value) or value in {".", ".."}:
        raise ValueError(f"{name}: only letters, digits and '-', '_', '.', '~' are allowed (and not '.' or '..')")
    return value


def _session_arg(value: object, name: str) -> str:
    """A payment session id: it goes in the body, so any non-blank string."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name}: must be a non-empty string")
    return value


def _drop_none(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


# The order's own fields: the keyword arguments of orders.create that are not request options.
_ORDER_FIELDS = frozenset(CreateOrderParams.__optional_keys__) - _OPTION_NAMES


@raised_clean
def create_order_call(
    order_amount: object,
    order_currency: str,
    customer_details: object | None,
    params: Mapping[str, Any],
    *,
    api_version: str,
) -> Call[_models.Order]:
    _check_options("create", params, _OPTION_NAMES | _ORDER_FIELDS)
    fields = {key: _plain(value) for key, value in params.items() if key in _ORDER_FIELDS}
    expiry = fields.get("order_expiry_time")
    if isinstance(expiry, datetime.datetime):
        if expiry.tzinfo is None:
            raise ValueError("order_expiry_time: needs a time zone (an aware datetime)")
        fields["order_expiry_time"] = expiry.isoformat()
    payload = _drop_none(
        {
            "order_amount": to_json_number(order_amount, "order_amount"),
            "order_currency": order_currency,
            "customer_details": _plain(customer_details),
            **fields,
        }
    )
    body = _model(CreateOrderRequest.from_dict, payload, "create order request")
    options = {key: value for key, value in params.items() if key in _OPTION_NAMES}
    return CREATE_ORDER.call(body=body, api_version=api_version, options=options)


def payment_method_json(payment_method: object) -> dict[str, Any]:
    """A builder's result or a raw ``{variant: {...}}`` mapping, as the JSON of the request."""
    to_dict = getattr(payment_method, "to_dict", None)
    data = to_dict() if callable(to_dict) else payment_method
    if not isinstance(data, Mapping) or len(data) != 1:
        raise ValueError("payment_method: expected a payment_methods builder result or a mapping with one key")
    return {str(key): value for key, value in data.items()}


@raised_clean
def pay_order_call(
    payment_session_id: str,
    payment_method: object,
    *,
    save_instrument: bool | None,
    offer_id: str | None,
    api_version: str,
    options: Mapping[str, Any],
) -> Call[_models.OrderPayResult]:
    session = _session_arg(payment_session_id, "payment_session_id")
    method = payment_method_json(payment_method)
    ((name, _),) = method.items()
    variant = _PAY_VARIANTS.get(name)
    if variant is None:
        raise ValueError(f"payment_method: unknown variant {name!r} (expected one of {', '.join(_PAY_VARIANTS)})")
    body = PayOrderRequest(
        payment_session_id=session,
        payment_method=_model(variant, method, f"payment_method.{name}", "payment_method"),
        save_instrument=UNSET if save_instrument is None else save_instrument,
        offer_id=UNSET if offer_id is None else offer_id,
    )
    return PAY_ORDER.call(body=body, api_version=api_version, options=options)


@raised_clean
def authorize_session_call(
    payment_session_id: str,
    authorization_data: object,
    *,
    api_version: str,
    options: Mapping[str, Any],
) -> Call[_models.Payment]:
    payload = {
        "payment_session_id": _session_arg(payment_session_id, "payment_session_id"),
        "authorization_data": _plain(authorization_data),
    }
    return AUTHORIZE_SESSION.call(
        body=_model(AuthorizeSessionRequest.from_dict, payload, "authorization_data"),
        api_version=api_version,
        options=options,
    )


@raised_clean
def preauthorization_call(
    order_id: str,
    action: str,
    amount: object | None,
    *,
    api_version: str,
    options: Mapping[str, Any],
) -> Call[_models.Payment]:
    payload: dict[str, Any] = {"action": action}
    if amount is not None:
        payload["amount"] = to_json_number(amount, "amount")
    return PREAUTHORIZE.call(
        _path_arg(order_id, "order_id"),
        body=_model(AuthorizeOrderRequest.from_dict, payload, "authorization request"),
        api_version=api_version,
        options=options,
    )


@raised_clean
def get_payment_call(
    order_id: str, cf_payment_id: str | int, *, api_version: str, options: Mapping[str, Any]
) -> Call[_models.Payment]:
    return GET_PAYMENT.call(
        _path_arg(order_id, "order_id"),
        _path_arg(cf_payment_id, "cf_payment_id"),
        body=None,
        api_version=api_version,
        options=options,
    )


@raised_clean
def list_payments_call(order_id: str, *, api_version: str, options: Mapping[str, Any]) -> Call[_models.PaymentList]:
    return LIST_PAYMENTS.call(_path_arg(order_id, "order_id"), body=None, api_version=api_version, options=options)


@raised_clean
def authenticate_call(
    cf_payment_id: str | int,
    action: str,
    otp: str | None,
    *,
    api_version: str,
    options: Mapping[str, Any],
) -> Call[_models.OtpResult]:
    payload: dict[str, Any] = {"action": action}
    if otp is not None:
        if not isinstance(otp, str) or not otp.isascii() or not otp.isdigit() or not 4 <= len(otp) <= 8:
            raise ValueError("otp: must be 4 to 8 digits")
        payload["otp"] = otp
    return AUTHENTICATE.call(
        _path_arg(cf_payment_id, "cf_payment_id"),
        body=_model(AuthenticatePaymentRequest.from_dict, payload, "authenticate request"),
        api_version=api_version,
        options=options,
    )


@raised_clean
def get_order_call(order_id: str, *, api_version: str, options: Mapping[str, Any]) -> Call[_models.Order]:
    return GET_ORDER.call(_path_arg(order_id, "order_id"), body=None, api_version=api_version, options=options)


@raised_clean
def terminate_order_call(order_id: str, *, api_version: str, options: Mapping[str, Any]) -> Call[_models.Order]:
    return TERMINATE_ORDER.call(
        _path_arg(order_id, "order_id"),
        body=TerminateOrderRequest.from_dict({"order_status": "TERMINATED"}),
        api_version=api_version,
        options=options,
    )


# The spec's CreateRefundRequest: refund_id 3-40 of these characters (it goes into Get Refund's path),
# refund_note 3-100 characters. tests/facade/test_refunds.py checks these against the spec.
REFUND_ID_LENGTH: Final = (3, 40)
REFUND_ID_CHARACTERS: Final = "A-Za-z0-9_-"
REFUND_NOTE_LENGTH: Final = (3, 100)
_PAISA: Final = Decimal("0.01")  # the smallest refund: "more than 0" with two decimals at most
_REFUND_ID: Final = re.compile(f"[{REFUND_ID_CHARACTERS}]{{{REFUND_ID_LENGTH[0]},{REFUND_ID_LENGTH[1]}}}")


def refund_id_for(idempotency_key: str | None) -> str:
    """A refund_id for a refund that was given none: random, or derived from the caller's idempotency key.

    Derived, a caller who repeats a refund with the same key sends the same body, and Cashfree replays
    the first answer instead of refusing the key (422) or refunding twice.
    """
    if idempotency_key is None:
        return f"refund_{uuid.uuid4().hex}"
    return f"refund_{hashlib.sha256(idempotency_key.encode()).hexdigest()[:32]}"


def _refund_id(value: object) -> str:
    if not isinstance(value, str) or not _REFUND_ID.fullmatch(value):
        low, high = REFUND_ID_LENGTH
        raise ValueError(f"refund_id: must be {low} to {high} letters, digits, '_' or '-'")
    return value


def _refund_note(value: object) -> str:
    low, high = REFUND_NOTE_LENGTH
    if not isinstance(value, str) or not low <= len(value) <= high:
        raise ValueError(f"refund_note: must be a string of {low} to {high} characters")
    return value


def _refund_splits(splits: object) -> list[dict[str, Any]]:
    """Each split as JSON, its ``amount`` (a Decimal, int or float) checked and sent exactly."""
    if isinstance(splits, str | bytes) or not isinstance(splits, Sequence):
        raise ValueError("refund_splits: expected a list of {'vendor_id', 'amount', 'tags'} mappings")
    result: list[dict[str, Any]] = []
    for index, split in enumerate(splits):
        item = _plain(split)  # a generated RefundSplit becomes its dict
        if not isinstance(item, dict):
            raise ValueError(f"refund_splits[{index}]: expected a mapping")
        if item.get("amount") is not None:
            item["amount"] = to_json_number(item["amount"], f"refund_splits[{index}].amount", minimum=Decimal(0))
        result.append(item)
    return result


@raised_clean
def create_refund_call(
    order_id: str,
    refund_amount: object,
    *,
    refund_id: str | None,
    refund_note: str | None,
    refund_speed: str | None,
    refund_splits: Sequence[object] | None,
    api_version: str,
    options: Mapping[str, Any],
) -> Call[_models.Refund]:
    """The refund as one ``Call``: its refund_id and idempotency key are fixed here, so every retry resends both."""
    key = options.get("idempotency_key")
    payload = _drop_none(
        {
            "refund_amount": to_json_number(refund_amount, "refund_amount", minimum=_PAISA),
            "refund_id": refund_id_for(key if isinstance(key, str) else None)
            if refund_id is None
            else _refund_id(refund_id),
            "refund_note": None if refund_note is None else _refund_note(refund_note),
            "refund_speed": refund_speed,
            "refund_splits": None if refund_splits is None else _refund_splits(refund_splits),
        }
    )
    return CREATE_REFUND.call(
        _path_arg(order_id, "order_id"),
        body=_model(CreateRefundRequest.from_dict, payload, "refund request"),
        api_version=api_version,
        options=options,
    )


@raised_clean
def get_refund_call(
    order_id: str, refund_id: str, *, api_version: str, options: Mapping[str, Any]
) -> Call[_models.Refund]:
    return GET_REFUND.call(
        _path_arg(order_id, "order_id"),
        _path_arg(refund_id, "refund_id"),
        body=None,
        api_version=api_version,
        options=options,
    )


@raised_clean
def list_refunds_call(order_id: str, *, api_version: str, options: Mapping[str, Any]) -> Call[_models.RefundList]:
    return LIST_REFUNDS.call(_path_arg(order_id, "order_id"), body=None, api_version=api_version, options=options)
