from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order_entity import OrderEntity
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: str,
    *,
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
        "method": "get",
        "url": "/orders/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrderEntity | None:
    if response.status_code == 200:
        response_200 = OrderEntity.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OrderEntity]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | OrderEntity]:
    """Get Order

     An order with its current status: ACTIVE until a payment succeeds, then PAID; EXPIRED once
    unpaid past its expiry; TERMINATED (or TERMINATION_REQUESTED) after Terminate Order.

    Args:
        order_id (str):
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderEntity]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        x_api_version=x_api_version,
        x_request_id=x_request_id,
        x_idempotency_key=x_idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | OrderEntity | None:
    """Get Order

     An order with its current status: ACTIVE until a payment succeeds, then PAID; EXPIRED once
    unpaid past its expiry; TERMINATED (or TERMINATION_REQUESTED) after Terminate Order.

    Args:
        order_id (str):
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderEntity
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
        x_api_version=x_api_version,
        x_request_id=x_request_id,
        x_idempotency_key=x_idempotency_key,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | OrderEntity]:
    """Get Order

     An order with its current status: ACTIVE until a payment succeeds, then PAID; EXPIRED once
    unpaid past its expiry; TERMINATED (or TERMINATION_REQUESTED) after Terminate Order.

    Args:
        order_id (str):
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderEntity]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        x_api_version=x_api_version,
        x_request_id=x_request_id,
        x_idempotency_key=x_idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient,
    x_api_version: str,
    x_request_id: str | Unset = UNSET,
    x_idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | OrderEntity | None:
    """Get Order

     An order with its current status: ACTIVE until a payment succeeds, then PAID; EXPIRED once
    unpaid past its expiry; TERMINATED (or TERMINATION_REQUESTED) after Terminate Order.

    Args:
        order_id (str):
        x_api_version (str):
        x_request_id (str | Unset):
        x_idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderEntity
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            x_api_version=x_api_version,
            x_request_id=x_request_id,
            x_idempotency_key=x_idempotency_key,
        )
    ).parsed
