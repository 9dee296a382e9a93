"""The exceptions of the client. Every one is a ``CashfreeError``.

    CashfreeError
    ├── APIConnectionError             the request did not get an HTTP answer
    │   └── APITimeoutError            ... because a timeout expired
    ├── APIResponseValidationError     a 2xx answer the client cannot read
    ├── APIStatusError                 a non-2xx answer, a redirect included (status_code, code, message, ...)
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── IdempotencyError           422 (an idempotency key reused with another request)
    │   ├── RateLimitError             429 (retry_after: seconds to wait)
    │   └── InternalServerError        5xx
    └── WebhookVerificationError       a webhook whose signature or timestamp does not check out

Messages are scrubbed: the client secret and card numbers never appear in them, and no exception keeps
the request (its headers hold the secret, its body a card): a transport error is chained as a scrubbed
copy of the same type. Every error of a sent call has ``idempotency_key``: the key a POST went out with
(retry the logical call later with it: Cashfree answers with what the first one did).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CashfreeError",
    "ConflictError",
    "IdempotencyError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "WebhookVerificationError",
]


class CashfreeError(Exception):
    """The root of every error this library raises."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIConnectionError(CashfreeError):
    """No HTTP answer: DNS, TCP, TLS or a dropped connection.

    ``__cause__`` is a copy of the transport error (same type, scrubbed message, no request, no traceback).
    """

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        method: str = "",
        path: str = "",
        idempotency_key: str | None = None,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        self.idempotency_key = idempotency_key


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired, or the call's ``total_timeout`` was spent."""

    def __init__(
        self,
        message: str = "Request timed out.",
        *,
        method: str = "",
        path: str = "",
        idempotency_key: str | None = None,
    ) -> None:
        super().__init__(message, method=method, path=path, idempotency_key=idempotency_key)


class _ResponseError(CashfreeError):
    """What errors built from an HTTP answer carry.

    ``idempotency_replayed`` is the answer's ``x-idempotency-replayed``: True when it is Cashfree's stored
    answer to an earlier request with the same key, False when it was just stored, None when not said.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        request_id: str | None,
        headers: Mapping[str, str],
        body: Any,
        idempotency_key: str | None = None,
        idempotency_replayed: bool | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id
        self.headers: dict[str, str] = dict(headers)
        self.body = body
        self.idempotency_key = idempotency_key
        self.idempotency_replayed = idempotency_replayed


class APIResponseValidationError(_ResponseError):
    """A successful status whose body is not what the API promises (not JSON, a required field missing ...)."""


class APIStatusError(_ResponseError):
    """An error answer. ``code``, ``type``, ``help`` come from Cashfree's error body when it has one."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        type: str | None = None,
        help: str | None = None,
        **response: Any,
    ) -> None:
        status_code: int = response["status_code"]
        request_id: str | None = response["request_id"]
        self.code = code
        self.type = type
        self.help = help
        summary = f"{status_code} {code or 'error'}: {message}"
        if request_id:
            summary += f" (request_id={request_id})"
        super().__init__(summary, **response)
        self.message = message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, "
            f"message={self.message!r}, request_id={self.request_id!r}, idempotency_key={self.idempotency_key!r})"
        )


class BadRequestError(APIStatusError):
    """400: the request is invalid (``invalid_request_error``)."""


class AuthenticationError(APIStatusError):
    """401: missing or wrong client id / secret."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this."""


class NotFoundError(APIStatusError):
    """404: no such order, session or payment."""


class ConflictError(APIStatusError):
    """409: the resource exists already (e.g. a duplicate ``order_id``)."""


class IdempotencyError(APIStatusError):
    """422: the idempotency key was used before with a different request."""


class RateLimitError(APIStatusError):
    """429: too many requests. ``retry_after`` is the wait Cashfree asked for, in seconds, when it said one.

    Raised at once, without waiting, when that wait would end past the call's ``total_timeout``.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx: Cashfree or the bank failed (``api_error``)."""


class WebhookVerificationError(CashfreeError):
    """A webhook failed verification: missing headers, a stale timestamp, a wrong signature or a bad body."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: IdempotencyError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)
