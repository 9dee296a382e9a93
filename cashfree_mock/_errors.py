"""Cashfree-shaped errors: `{message, code, type, help}` with the type that goes with the status."""

from __future__ import annotations

from typing import Any

HELP_URL = "https://www.cashfree.com/docs/api-reference/error-codes"

_TYPES = {
    401: "authentication_error",
    422: "idempotency_error",
    429: "rate_limit_error",
}


def error_type(status: int) -> str:
    if status >= 500:
        return "api_error"
    return _TYPES.get(status, "invalid_request_error")


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"message": message, "code": code, "type": error_type(status), "help": HELP_URL}


class ApiError(Exception):
    """Raised anywhere in request handling; becomes the error response."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return error_body(self.status, self.code, self.message)


def not_found(what: str, code: str) -> ApiError:
    return ApiError(404, code, f"{what} not found")


def bad_request(code: str, message: str) -> ApiError:
    return ApiError(400, code, message)
