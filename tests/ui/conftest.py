"""Fixtures for window tests that need no refresh: the window on a copy of the session's demo shop."""

import pytest
from qt_support import open_window

from shopapp.resources import trouble_code_catalogue
from shopapp.services.shop_session import ShopSession


@pytest.fixture
def shop_window(qtbot, qloop, demo_store, shopapp_home):
    """The main window on a copy of the demo shop (24 cars), its list loaded."""
    return open_window(
        qtbot, qloop, ShopSession.for_shop(shopapp_home, trouble_code_catalogue()), shopapp_home
    )
