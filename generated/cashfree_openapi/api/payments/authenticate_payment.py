from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.authenticate_payment_entity import AuthenticatePaymentEntity
from ...models.authenticate_payment_request import AuthenticatePaymentRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    cf_payment_id: str,
    *,
    body: AuthenticatePaymentRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-api-version"] = x_api_version

    if not isinstance(x_request_id, Unset):
        headers["x-request-id"] = x_request_id

    if not isinstance(x_idempotency_key, Unset):
        headers["x-idempotency-key"] = x_idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/pay/authenticate/{cf_payment_id}".format(
            cf_payment_id=quote(str(cf_payment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthenticatePaymentEntity | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuthenticatePaymentEntity.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthenticatePaymentEntity | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cf_payment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticatePaymentRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
) -> Response[AuthenticatePaymentEntity | ErrorResponse]:
    """Submit or Resend OTP

     Submits the customer's OTP of a native OTP card payment, or asks the bank to send it
    again. No client credentials.

    Args:
        cf_payment_id (str):
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):
        body (AuthenticatePaymentRequest): `otp` is checked only with SUBMIT_OTP; with RESEND_OTP
            it is ignored, whatever it holds (the official SDK's model requires the field, so resend
            requests often carry a placeholder).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticatePaymentEntity | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cf_payment_id=cf_payment_id,
        body=body,
        x_api_version=x_api_version,
        x_request_id=x_request_id,
        x_idempotency_key=x_idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cf_payment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticatePaymentRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
) -> AuthenticatePaymentEntity | ErrorResponse | None:
    """Submit or Resend OTP

     Submits the customer's OTP of a native OTP card payment, or asks the bank to send it
    again. No client credentials.

    Args:
        cf_payment_id (str):
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):
        body (AuthenticatePaymentRequest): `otp` is checked only with SUBMIT_OTP; with RESEND_OTP
            it is ignored, whatever it holds (the official SDK's model requires the field, so resend
            requests often carry a placeholder).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticatePaymentEntity | ErrorResponse
    """

    return sync_detailed(
        cf_payment_id=cf_payment_id,
        client=client,
        body=body,
        x_api_version=x_api_version,
        x_request_id=x_request_id,
        x_idempotency_key=x_idempotency_key,
    ).parsed


async def asyncio_detailed(
    cf_payment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticatePaymentRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
) -> Response[AuthenticatePaymentEntity | ErrorResponse]:
    """Submit or Resend OTP

     Submits the customer's OTP of a native OTP card payment, or asks the bank to send it
    again. No client credentials.

    Args:
        cf_payment_id (str):
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):
        body (AuthenticatePaymentRequest): `otp` is checked only with SUBMIT_OTP; with RESEND_OTP
            it is ignored, whatever it holds (the official SDK's model requires the field, so resend
            requests often carry a placeholder).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticatePaymentEntity | ErrorResponse]
    """

    kwargs = _get_kwargs(
        cf_payment_id=cf_payment_id,
        body=body,
        x_api_version=x_api_version,
        x_request_id=x_request_id,
        x_idempotency_key=x_idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cf_payment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticatePaymentRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
) -> AuthenticatePaymentEntity | ErrorResponse | None:
    """Submit or Resend OTP

     Submits the customer's OTP of a native OTP card payment, or asks the bank to send it
    again. No client credentials.

    Args:
        cf_payment_id (str):
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):
        body (AuthenticatePaymentRequest): `otp` is checked only with SUBMIT_OTP; with RESEND_OTP
            it is ignored, whatever it holds (the official SDK's model requires the field, so resend
            requests often carry a placeholder).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticatePaymentEntity | ErrorResponse
    """

    return (
        await asyncio_detailed(
            cf_payment_id=cf_payment_id,
            client=client,
            body=body,
            x_api_version=x_api_version,
            x_request_id=x_request_id,
            x_idempotency_key=x_idempotency_key,
        )
    ).parsed
