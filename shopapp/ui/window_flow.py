"""What the main window lends the errands it hands off (Print reminders…, Export due list…): itself as the
parent of their dialogs, the shop, its background tasks and its database reader."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from shopapp.services.shop_session import DatabaseWorker, ShopSession
from shopapp.tasks import BackgroundTasks


class WindowFlow(QObject):
    """An errand of `window`'s, owned by it: its dialogs open over the window, it reads the shop's database
    on the window's `reader` thread and runs its steps as the window's `tasks`."""

    def __init__(
        self, window: QWidget, session: ShopSession, tasks: BackgroundTasks, reader: DatabaseWorker
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._tasks = tasks
        self._reader = reader
