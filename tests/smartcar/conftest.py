"""Fixtures for the Smartcar client tests."""

import pytest_asyncio

from shopapp.smartcar import create_http_client


@pytest_asyncio.fixture
async def http():
    async with create_http_client() as client:
        yield client
