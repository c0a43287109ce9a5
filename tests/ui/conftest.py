"""Fixtures for window tests that need no refresh: the window on a copy of the session's demo shop."""

import pytest

from shopapp.resources import trouble_code_catalogue
from shopapp.services.shop_session import ShopSession
from shopapp.ui.app import ui_state_for
from shopapp.ui.main_window import MainWindow


@pytest.fixture
def shop_window(qtbot, qloop, demo_store, shopapp_home):
    """The main window on a copy of the demo shop (24 cars), its list loaded."""
    session = ShopSession.for_shop(shopapp_home, trouble_code_catalogue())
    main = MainWindow(session, ui_state_for(shopapp_home))
    qtbot.addWidget(main, before_close_func=lambda widget: qloop.run_until_complete(widget.shut_down()))
    main.resize(1400, 820)
    main.show()
    qloop.run_until_complete(main.load_rows_now())
    return main
