"""The cycle collector runs on the GUI thread only: a Qt object in a reference cycle is never freed on a
database thread (where Qt warns "Timers cannot be stopped from another thread", or crashes)."""

import gc
import threading
import weakref

from PySide6.QtCore import QTimer

from shopapp.ui.gui_thread_gc import GuiThreadGarbageCollector, collect_if_due


class _Cycle:
    def __init__(self):
        self.me = self


def test_a_qt_object_in_a_cycle_dies_on_the_gui_thread_not_on_a_worker(qtbot):
    collector = GuiThreadGarbageCollector()
    collector.start()
    assert not gc.isenabled()
    holder = _Cycle()
    holder.timer = QTimer()
    holder.timer.start(1000)
    gone = weakref.ref(holder)
    del holder

    def allocate_a_lot():  # what a refresh does on its database thread
        for _ in range(gc.get_threshold()[0] * 3):
            _Cycle()

    worker = threading.Thread(target=allocate_a_lot)
    worker.start()
    worker.join()
    assert gone() is not None  # nothing was collected on the worker thread
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)  # the GUI thread's timer collected it


def test_nothing_is_collected_below_the_thresholds():
    gc.collect()
    before = gc.get_count()
    collect_if_due()
    assert gc.get_count()[1:] == before[1:]
