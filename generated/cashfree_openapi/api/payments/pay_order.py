from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.pay_order_entity import PayOrderEntity
from ...models.pay_order_request import PayOrderRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PayOrderRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    x_client_device: str | Unset = UNSET,
    x_client_os: str | Unset = UNSET,
    x_client_rendering_type: str | Unset = UNSET,
    x_client_browser: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-api-version"] = x_api_version

    if not isinstance(x_request_id, Unset):
        headers["x-request-id"] = x_request_id

    if not isinstance(x_idempotency_key, Unset):
        headers["x-idempotency-key"] = x_idempotency_key

    if not isinstance(x_client_device, Unset):
        headers["x-client-device"] = x_client_device

    if not isinstance(x_client_os, Unset):
        headers["x-client-os"] = x_client_os

    if not isinstance(x_client_rendering_type, Unset):
        headers["x-client-rendering-type"] = x_client_rendering_type

    if not isinstance(x_client_browser, Unset):
        headers["x-client-browser"] = x_client_browser

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PayOrderEntity | None:
    if response.status_code == 200:
        response_200 = PayOrderEntity.from_dict(response.json())

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
) -> Response[ErrorResponse | PayOrderEntity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayOrderRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    x_client_device: str | Unset = UNSET,
    x_client_os: str | Unset = UNSET,
    x_client_rendering_type: str | Unset = UNSET,
    x_client_browser: str | Unset = UNSET,
) -> Response[ErrorResponse | PayOrderEntity]:
    """Order Pay

     Starts a payment on an order with one payment method. No client credentials: the
    `payment_session_id` is the credential. The response says what the client does next
    (`action`, `data`).

    Args:
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):
        x_client_device (str | Unset):
        x_client_os (str | Unset):
        x_client_rendering_type (str | Unset):
        x_client_browser (str | Unset):
        body (PayOrderRequest): Pay an order's session with one payment method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PayOrderEntity]
    """

    kwargs = _get_kwargs(
        body=body,
        x_api_version=x_api_version,
        x_request_id=x_request_id,
        x_idempotency_key=x_idempotency_key,
        x_client_device=x_client_device,
        x_client_os=x_client_os,
        x_client_rendering_type=x_client_rendering_type,
        x_client_browser=x_client_browser,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PayOrderRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    x_client_device: str | Unset = UNSET,
    x_client_os: str | Unset = UNSET,
    x_client_rendering_type: str | Unset = UNSET,
    x_client_browser: str | Unset = UNSET,
) -> ErrorResponse | PayOrderEntity | None:
    """Order Pay

     Starts a payment on an order with one payment method. No client credentials: the
    `payment_session_id` is the credential. The response says what the client does next
    (`action`, `data`).

    Args:
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):
        x_client_device (str | Unset):
        x_client_os (str | Unset):
        x_client_rendering_type (str | Unset):
        x_client_browser (str | Unset):
        body (PayOrderRequest): Pay an order's session with one payment method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PayOrderEntity
    """

    return sync_detailed(
        client=client,
        body=body,
        x_api_version=x_api_version,
        x_request_id=x_request_id,
        x_idempotency_key=x_idempotency_key,
        x_client_device=x_client_device,
        x_client_os=x_client_os,
        x_client_rendering_type=x_client_rendering_type,
        x_client_browser=x_client_browser,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayOrderRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    x_client_device: str | Unset = UNSET,
    x_client_os: str | Unset = UNSET,
    x_client_rendering_type: str | Unset = UNSET,
    x_client_browser: str | Unset = UNSET,
) -> Response[ErrorResponse | PayOrderEntity]:
    """Order Pay

     Starts a payment on an order with one payment method. No client credentials: the
    `payment_session_id` is the credential. The response says what the client does next
    (`action`, `data`).

    Args:
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):
        x_client_device (str | Unset):
        x_client_os (str | Unset):
        x_client_rendering_type (str | Unset):
        x_client_browser (str | Unset):
        body (PayOrderRequest): Pay an order's session with one payment method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PayOrderEntity]
    """

    kwargs = _get_kwargs(
        body=body,
        x_api_version=x_api_version,
        x_request_id=x_request_id,
        x_idempotency_key=x_idempotency_key,
        x_client_device=x_client_device,
        x_client_os=x_client_os,
        x_client_rendering_type=x_client_rendering_type,
        x_client_browser=x_client_browser,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayOrderRequest,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
    x_client_device: str | Unset = UNSET,
    x_client_os: str | Unset = UNSET,
    x_client_rendering_type: str | Unset = UNSET,
    x_client_browser: str | Unset = UNSET,
) -> ErrorResponse | PayOrderEntity | None:
    """Order Pay

     Starts a payment on an order with one payment method. No client credentials: the
    `payment_session_id` is the credential. The response says what the client does next
    (`action`, `data`).

    Args:
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):
        x_client_device (str | Unset):
        x_client_os (str | Unset):
        x_client_rendering_type (str | Unset):
        x_client_browser (str | Unset):
        body (PayOrderRequest): Pay an order's session with one payment method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PayOrderEntity
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_api_version=x_api_version,
            x_request_id=x_request_id,
            x_idempotency_key=x_idempotency_key,
            x_client_device=x_client_device,
            x_client_os=x_client_os,
            x_client_rendering_type=x_client_rendering_type,
            x_client_browser=x_client_browser,
        )
    ).parsed
