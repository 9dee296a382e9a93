"""The app `create_app` returns is a Starlette app: what a user adds to it still runs."""

from __future__ import annotations

import httpx
import pytest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cashfree_mock import create_app
from tests.support.mock_http import AUTH

pytestmark = pytest.mark.anyio


class _Stamp:
    """A user's middleware: marks every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message["headers"], (b"x-stamped", b"yes")]}
            await send(message)

        await self.app(scope, receive, stamped)


async def test_middleware_a_user_adds_sees_the_simulators_requests() -> None:
    app = create_app()
    app.add_middleware(_Stamp)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        response = await client.get("/pg/orders/nope", headers=AUTH)
    assert response.status_code == 404
    assert response.json()["code"] == "order_not_found"
    assert response.headers["x-stamped"] == "yes"


async def test_without_additions_the_simulator_answers_as_before() -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app()), base_url="http://testserver") as c:
        response = await c.get("/pg/orders/nope", headers=AUTH)
    assert response.status_code == 404
    assert "x-stamped" not in response.headers
    assert response.headers["x-api-version"] == AUTH["x-api-version"]
