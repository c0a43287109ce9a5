"""Python's cycle collector runs on whichever thread allocates when a threshold is crossed. On a database
worker thread it may free a Qt object there, and a Qt object must die on its own thread: "QObject::~QObject:
Timers cannot be stopped from another thread", or a crash. So the window turns the automatic collector off
and collects on the GUI thread instead, as often as the thresholds would have (Anki does the same)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 500


def collect_if_due() -> None:
    """One collection of the oldest generation whose threshold is crossed, as the automatic collector
    would have made; nothing when none is."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


class GuiThreadGarbageCollector(QObject):
    """Owns the timer; `start()` hands the cycle collector over to the GUI thread for good."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(collect_if_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()
